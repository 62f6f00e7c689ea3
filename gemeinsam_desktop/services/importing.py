"""Importing participants from a table as Excel writes it (CSV or XLSX). No Qt here.

Three steps, each usable alone:

1. ``read_table(source)`` (in ``services.tables``, re-exported here) reads the file: CSV
   with ``;`` or ``,`` (sniffed from the header line), UTF-8 with or without BOM, else
   Windows-1252 (strict UTF-8 is tried first); or XLSX (openpyxl, read-only, first/active
   sheet; formulas are read as their text and refused, never evaluated).
2. ``ColumnMapping.guess(headers)`` maps columns to fields from German (and a few English)
   headers; the caller may change it with ``mapping.assign(column, field)``.
3. ``preview(...)`` checks every data row and says per row: ready (a ``ParticipantData``),
   "bereits vorhanden" (skipped, not an error), or the German reasons it is refused.
   ``import_rows(ws, preview)`` then writes all ready rows in one transaction.

Decisions:
- Status: "aktiv" when the file gives an entry date, else "interessiert". The entry date is
  *not* invented (no "import day" default): a list of invitees is not a list of entries, and
  an invented date would distort attendance figures and reports.
- The sample's single "Kinderbetreuung benötigt" column applies to children under 12
  (``roster.CHILDCARE_AGE_LIMIT``) on the import day.
- Duplicates: a row whose Kundennummer, or whose folded last + first name with birth date,
  already exists in the project is "bereits vorhanden" and skipped; importing the same file
  twice creates nothing new. A second row for the same person within the file is an error.
- Cells that Excel would run as formulas (``=…``, ``@…``, and ``+``/``-`` followed by
  anything but a plain number or phone number) are refused with a reason. A leading
  apostrophe before such a character (how our own CSV export escapes them) is dropped first.
- Reasons never reach the log: they quote personal data.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, KnownError, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.roster import (
    CHILDCARE_AGE_LIMIT,
    TEXT_FIELDS,
    ChildData,
    ConsentData,
    ParticipantData,
    normalized,
)
from gemeinsam_desktop.services.tables import MAX_FILE_BYTES as MAX_FILE_BYTES
from gemeinsam_desktop.services.tables import Table as Table
from gemeinsam_desktop.services.tables import decode_text as decode_text
from gemeinsam_desktop.services.tables import display_value as display_value
from gemeinsam_desktop.services.tables import read_table as read_table
from gemeinsam_desktop.services.text import bounded, clean, fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Child,
    Consent,
    Participant,
    ParticipantStatus,
    Project,
)

# Every field a column can feed, with its German label (context "fields" for the UI).
FIELD_LABELS: dict[str, str] = {
    "last_name": QT_TRANSLATE_NOOP("fields", "Nachname"),
    "first_name": QT_TRANSLATE_NOOP("fields", "Vorname"),
    "salutation": QT_TRANSLATE_NOOP("fields", "Anrede"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Geburtsdatum"),
    "street": QT_TRANSLATE_NOOP("fields", "Straße"),
    "postal_code": QT_TRANSLATE_NOOP("fields", "PLZ"),
    "city": QT_TRANSLATE_NOOP("fields", "Ort"),
    "phone": QT_TRANSLATE_NOOP("fields", "Telefon"),
    "email": QT_TRANSLATE_NOOP("fields", "E-Mail"),
    "customer_number": QT_TRANSLATE_NOOP("fields", "Kundennummer"),
    "children": QT_TRANSLATE_NOOP("fields", "Kinder (Geburtsmonat)"),
    "childcare": QT_TRANSLATE_NOOP("fields", "Kinderbetreuung benötigt"),
    "unemployed_since": QT_TRANSLATE_NOOP("fields", "Arbeitslos seit"),
    "occupation_wishes": QT_TRANSLATE_NOOP("fields", "Berufswunsch"),
    "max_weekly_hours": QT_TRANSLATE_NOOP("fields", "Wochenstunden (max.)"),
    "languages": QT_TRANSLATE_NOOP("fields", "Sprachen"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "entry_date": QT_TRANSLATE_NOOP("fields", "Eintritt"),
    "exit_date": QT_TRANSLATE_NOOP("fields", "Austritt"),
    "exit_reason": QT_TRANSLATE_NOOP("fields", "Austrittsgrund"),
    "consent_date": QT_TRANSLATE_NOOP("fields", "Einwilligung am"),
}
REQUIRED_FIELDS = ("last_name",)

# Headers as normalize_header() spells them; the first synonym of a field ranks highest.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "last_name": ("nachname", "familienname", "zuname", "name", "last name", "lastname",
                  "surname", "family name"),
    "first_name": ("vorname", "vornamen", "rufname", "first name", "firstname", "given name"),
    "salutation": ("anrede", "geschlecht", "salutation", "title", "gender"),
    "birth_date": ("geburtsdatum", "geb datum", "gebdatum", "geburtstag", "geboren am",
                   "geboren", "geb", "date of birth", "birth date", "birthdate", "dob"),
    "street": ("strasse", "strasse und hausnummer", "strasse hausnummer", "strasse nr", "str",
               "anschrift", "adresse", "street", "address"),
    "postal_code": ("plz", "postleitzahl", "zip", "zip code", "postcode", "postal code"),
    "city": ("ort", "wohnort", "stadt", "city", "town"),
    "phone": ("telefon", "telefonnummer", "tel", "tel nr", "handy", "handynummer", "mobil",
              "mobilnummer", "phone", "mobile", "telephone"),
    "email": ("e mail", "email", "e mail adresse", "email adresse", "mail"),
    "customer_number": ("kundennummer", "kd nr", "kdnr", "kunden nr", "kundennr",
                        "customer number", "customer id"),
    "children": ("kinder geburtsmonat", "kinder", "geburtsmonat kinder", "children"),
    "childcare": ("kinderbetreuung benoetigt", "kinderbetreuung", "betreuung",
                  "betreuung benoetigt", "childcare"),
    "unemployed_since": ("arbeitslos seit", "arbeitslos", "arbeitssuchend seit",
                         "unemployed since"),
    "occupation_wishes": ("berufswunsch", "berufswuensche", "wunschberuf", "berufsziel",
                          "occupation", "desired job"),
    "max_weekly_hours": ("wochenstunden max", "wochenstunden", "stunden pro woche",
                         "std woche", "hours per week", "weekly hours", "hours"),
    "languages": ("sprachen", "sprachkenntnisse", "languages"),
    "status": ("status",),
    "entry_date": ("eintritt", "eintrittsdatum", "eintritt am", "beginn", "entry date"),
    "exit_date": ("austritt", "austrittsdatum", "austritt am", "exit date"),
    "exit_reason": ("austrittsgrund", "grund", "exit reason"),
    "consent_date": ("einwilligung am", "einwilligung", "datenschutz", "consent date", "consent"),
}  # fmt: skip

_TRUE = {"ja", "j", "x", "1", "yes", "y", "true", "wahr", "✓", "✔"}
_FALSE = {"nein", "n", "0", "no", "false", "falsch", ""}
_SALUTATIONS = {
    "frau": "frau", "fr": "frau", "w": "frau", "weiblich": "frau", "mrs": "frau", "ms": "frau",
    "herr": "herr", "hr": "herr", "m": "herr", "maennlich": "herr", "mr": "herr",
}  # fmt: skip


# -- column mapping ---------------------------------------------------------------------
def normalize_header(text: str) -> str:
    """ "Geb.-Datum" → "geb datum", "Straße" → "strasse", "E-Mail" → "e mail"."""
    folded = fold(clean(text))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


def guess_field(header: str) -> tuple[str, tuple[int, int]] | None:
    """The field a header names and how sure (lower is surer), or None."""
    norm = normalize_header(header)
    if not norm:
        return None
    best: tuple[str, tuple[int, int]] | None = None
    for key, synonyms in _SYNONYMS.items():
        for rank, synonym in enumerate(synonyms):
            if norm == synonym:
                score = (0, rank)
            elif len(synonym) >= 3 and norm.startswith(synonym + " "):
                score = (1, rank)
            else:
                continue
            if best is None or score < best[1]:
                best = (key, score)
    return best


@dataclass
class ColumnMapping:
    """Which field each column feeds (``None``: the column is not imported)."""

    headers: list[str]
    fields: list[str | None]

    @classmethod
    def guess(cls, headers: Sequence[str]) -> ColumnMapping:
        candidates = []
        for column, header in enumerate(headers):
            found = guess_field(header)
            if found is not None:
                key, score = found
                candidates.append((score, column, key))
        fields: list[str | None] = [None] * len(headers)
        taken: set[str] = set()
        for _score, column, key in sorted(candidates):
            if key not in taken:
                fields[column] = key
                taken.add(key)
        return cls(list(headers), fields)

    def assign(self, column: int, field_key: str | None) -> None:
        """Let ``column`` feed ``field_key``; a column that fed it before is let go."""
        if field_key is not None and field_key not in FIELD_LABELS:
            raise ValueError(f"unknown field {field_key!r}")
        if field_key is not None:
            self.fields = [None if f == field_key else f for f in self.fields]
        self.fields[column] = field_key

    def column_of(self, field_key: str) -> int | None:
        return self.fields.index(field_key) if field_key in self.fields else None

    def missing(self) -> list[str]:
        return [key for key in REQUIRED_FIELDS if key not in self.fields]

    def copy(self) -> ColumnMapping:
        return ColumnMapping(list(self.headers), list(self.fields))


# -- the preview ------------------------------------------------------------------------
class RowState(enum.Enum):
    READY = "ready"
    EXISTING = "existing"  # "bereits vorhanden": skipped, not an error
    INVALID = "invalid"


@dataclass
class ImportRow:
    line: int  # as in the file (1 = header line)
    cells: list[str]  # the row's cells as text, for the preview table
    data: ParticipantData | None = None
    errors: list[KnownError] = field(default_factory=list)
    existing: bool = False

    @property
    def state(self) -> RowState:
        if self.errors or self.data is None:
            return RowState.INVALID
        return RowState.EXISTING if self.existing else RowState.READY

    @property
    def reasons(self) -> list[str]:
        """The German reasons (the UI translates ``errors`` itself)."""
        return [e.message() for e in self.errors]


@dataclass
class ImportPreview:
    project_id: int
    headers: list[str]
    mapping: ColumnMapping
    rows: list[ImportRow]
    today: dt.date
    name: str = ""

    def with_state(self, state: RowState) -> list[ImportRow]:
        return [r for r in self.rows if r.state is state]

    @property
    def ready(self) -> int:
        return len(self.with_state(RowState.READY))

    @property
    def invalid(self) -> int:
        return len(self.with_state(RowState.INVALID))

    @property
    def existing(self) -> int:
        return len(self.with_state(RowState.EXISTING))


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_existing: int
    invalid: int


def _missing_column(mapping: ColumnMapping) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "In der Datei fehlt die Spalte „{column}“. Gefundene Spalten: {found}. Bitte "
            "ordnen Sie eine Spalte zu oder ergänzen Sie die Überschrift. Es wurde nichts "
            "importiert.",
        ),
        column=" / ".join(FIELD_LABELS[k] for k in mapping.missing()),
        found=", ".join(f"„{h}“" for h in mapping.headers if h) or "–",
    )


def preview(
    source: Path | str | bytes | Table,
    mapping: ColumnMapping | None = None,
    *,
    project_id: int,
    ws: Workspace,
    today: dt.date | None = None,
) -> ImportPreview:
    """Check every row of the file against the project; writes nothing."""
    today = today or dt.date.today()
    table = source if isinstance(source, Table) else read_table(source)
    mapping = mapping.copy() if mapping is not None else ColumnMapping.guess(table.headers)
    if len(mapping.fields) != len(table.headers):
        raise ValueError("the mapping belongs to another table")
    if mapping.missing():
        raise _missing_column(mapping)
    rows = [_parse_row(line, cells, mapping, project_id, today) for line, cells in table.rows]
    with ws.db.session() as s:
        known = _ExistingKeys.load(s, project_id)
    _mark_duplicates(rows, known)
    return ImportPreview(project_id, list(table.headers), mapping, rows, today, table.name)


def _reason(template: str, **args: object) -> ValidationError:
    # A "field" argument is a label from FIELD_LABELS: the UI translates it as well.
    return ValidationError(template, arg_contexts={"field": "fields"}, **args)


def _strip_escape(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@":
        return text[1:]
    return text


_PLAIN_NUMBER = re.compile(r"[+-]?[\d\s/().-]*\d[\d\s/().-]*(?:[.,]\d+)?")


def formula_like(text: str) -> bool:
    """Would Excel run this cell as a formula? Plain numbers and phone numbers are fine."""
    if not text or text[0] not in "=+-@":
        return False
    if text[0] in "=@":
        return True
    return _PLAIN_NUMBER.fullmatch(text) is None


def _cell_text(value: object) -> str:
    raw = display_value(value)
    # Plain ASCII without control characters or double spaces is already clean (fast path).
    if raw.isascii() and raw.isprintable() and "  " not in raw:
        text = _strip_escape(raw.strip())
    else:
        text = _strip_escape(clean(raw))
    return "" if set(text) == {"-"} else text  # "-" or "--" is how many lists say "none"


def _parse_row(
    line: int, raw: list[object], mapping: ColumnMapping, project_id: int, today: dt.date
) -> ImportRow:
    row = ImportRow(line, [display_value(v) for v in raw])
    data = ParticipantData(project_id=project_id)
    childcare = False
    status: ParticipantStatus | None = None
    for column, key in enumerate(mapping.fields):
        if key is None:
            continue
        value = raw[column] if column < len(raw) else None
        label = FIELD_LABELS[key]
        text = _cell_text(value)
        if formula_like(text):
            row.errors.append(
                _reason(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "„{field}“ sieht aus wie eine Excel-Formel („{start}“) und wird nicht "
                        "übernommen.",
                    ),
                    field=label,
                    start=text[:24] + ("…" if len(text) > 24 else ""),
                )
            )
            continue
        try:
            if key == "childcare":
                childcare = _parse_bool(value, text, label)
            elif key == "status":
                status = _parse_status(text, label)
            else:
                _set_field(data, key, value, text, label, today)
        except ValidationError as exc:
            row.errors.append(exc)
    if status is not None:
        data.status = status
    else:
        data.status = (
            ParticipantStatus.AKTIV
            if data.entry_date is not None
            else ParticipantStatus.INTERESSIERT
        )
    for child in data.children:
        child.needs_childcare = childcare and child.age_on(today) < CHILDCARE_AGE_LIMIT
    if not data.last_name and not any(
        getattr(e, "args_map", {}).get("field") == FIELD_LABELS["last_name"] for e in row.errors
    ):
        row.errors.append(_reason(QT_TRANSLATE_NOOP("errors", "Der Nachname fehlt.")))
    if not row.errors:
        try:
            row.data = normalized(data, today)
        except ValidationError as exc:
            row.errors.append(exc)
    return row


def _set_field(
    data: ParticipantData, key: str, value: object, text: str, label: str, today: dt.date
) -> None:
    if key in TEXT_FIELDS:
        limit = TEXT_FIELDS[key][0]
        cleaned = text if len(text) <= limit else bounded(text, limit, label)  # already clean
        if key == "postal_code" and cleaned.isdigit() and len(cleaned) == 4:
            cleaned = cleaned.zfill(5)  # Excel dropped the leading zero of "01067"
        setattr(data, key, cleaned)
    elif key == "salutation":
        data.salutation = _SALUTATIONS.get(normalize_header(text), "")
    elif key in ("birth_date", "entry_date", "exit_date"):
        setattr(data, key, parse_date(value, text, label, today, past=key == "birth_date"))
    elif key == "unemployed_since":
        data.unemployed_since = parse_date(value, text, label, today, months=True, past=True)
    elif key == "consent_date":
        given = parse_date(value, text, label, today)
        data.consent = ConsentData(given_on=given) if given else ConsentData()
    elif key == "children":
        data.children = parse_children(value, text, label)
    elif key == "max_weekly_hours":
        data.max_weekly_hours = _parse_hours(value, text, label)


_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_MONTH_SLASH = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{4}|\d{2})")
_MONTH_ISO = re.compile(r"(\d{4})-(\d{1,2})")


def _full_year(two_digits: int, today: dt.date, past: bool) -> int:
    year = 2000 + two_digits
    limit = today.year if past else today.year + 20
    return year if year <= limit else year - 100


def parse_date(
    value: object,
    text: str,
    label: str,
    today: dt.date,
    *,
    months: bool = False,
    past: bool = False,
) -> dt.date | None:
    """dd.mm.yyyy, d.m.yy, yyyy-mm-dd, Excel dates and serial numbers; with ``months`` also
    mm/yyyy and yyyy-mm (the first of the month)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        from openpyxl.utils.datetime import from_excel

        serial = from_excel(value)
        return serial.date() if isinstance(serial, dt.datetime) else None
    if not text:
        return None
    try:
        if m := _DOTTED.fullmatch(text):
            day, month, year = int(m[1]), int(m[2]), int(m[3])
            if len(m[3]) == 2:
                year = _full_year(year, today, past)
            return dt.date(year, month, day)
        if m := _ISO.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if months and (m := _MONTH_SLASH.fullmatch(text)):
            year = int(m[2]) if len(m[2]) == 4 else _full_year(int(m[2]), today, past)
            return dt.date(year, int(m[1]), 1)
        if months and (m := _MONTH_ISO.fullmatch(text)):
            return dt.date(int(m[1]), int(m[2]), 1)
    except ValueError:
        pass
    raise _reason(
        QT_TRANSLATE_NOOP(
            "errors",
            "„{field}“: „{value}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ angeben, "
            "z. B. 08.02.1995.",
        ),
        field=label,
        value=text[:40],
    )


_CHILD_SPLIT = re.compile(r"\s*(?:[,;\n]|\bund\b|&)\s*")
_CHILD_FORMS = (
    (re.compile(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?"), 1, 2),
    (re.compile(r"(\d{1,2})\s*[/.]\s*(\d{4})"), 2, 1),
    (re.compile(r"\d{1,2}\.(\d{1,2})\.(\d{4})"), 2, 1),
)


def parse_children(value: object, text: str, label: str) -> list[ChildData]:
    """ "2016-10, 2019-09", "10/2016; 09/2019" or birth dates → one child per entry."""
    if isinstance(value, dt.date):
        return [ChildData(value.year, value.month)]
    children = []
    for part in _CHILD_SPLIT.split(text):
        if not part:
            continue
        for pattern, year_group, month_group in _CHILD_FORMS:
            m = pattern.fullmatch(part)
            if m and 1 <= int(m[month_group]) <= 12:
                children.append(ChildData(int(m[year_group]), int(m[month_group])))
                break
        else:
            raise _reason(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "„{field}“: „{value}“ ist kein Geburtsmonat. Bitte z. B. „2016-10“ oder "
                    "„10/2016“ schreiben, mehrere Kinder mit Komma getrennt.",
                ),
                field=label,
                value=part[:40],
            )
    return children


def _parse_bool(value: object, text: str, label: str) -> bool:
    if isinstance(value, bool):
        return value
    word = normalize_header(text) if text not in ("✓", "✔") else text
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise _reason(
        QT_TRANSLATE_NOOP(
            "errors", "„{field}“: „{value}“ ist weder ja noch nein (erlaubt: ja, nein, x, 1, 0)."
        ),
        field=label,
        value=text[:40],
    )


_HOURS = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:h|std\.?|stunden)?", re.IGNORECASE)


def _parse_hours(value: object, text: str, label: str) -> int | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = Decimal(str(value))
    elif not text:
        return None
    elif m := _HOURS.fullmatch(text):
        try:
            number = Decimal(m[1].replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern allows digits only
            number = Decimal(-1)
    else:
        raise _reason(
            QT_TRANSLATE_NOOP("errors", "„{field}“: „{value}“ ist keine Zahl."),
            field=label,
            value=text[:40],
        )
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _parse_status(text: str, label: str) -> ParticipantStatus | None:
    if not text:
        return None
    word = normalize_header(text)
    for status in ParticipantStatus:
        if word == status.value:
            return status
    raise _reason(
        QT_TRANSLATE_NOOP("errors", "„{field}“: „{value}“ ist kein Status (erlaubt: {allowed})."),
        field=label,
        value=text[:40],
        allowed=", ".join(s.value for s in ParticipantStatus),
    )


# -- duplicates -------------------------------------------------------------------------
def _name_key(data: ParticipantData) -> tuple[str, str, dt.date] | None:
    if data.birth_date is None:
        return None
    return (fold(data.last_name), fold(data.first_name), data.birth_date)


@dataclass
class _ExistingKeys:
    numbers: set[str]
    names: set[tuple[str, str, dt.date]]

    @classmethod
    def load(cls, s: Session, project_id: int) -> _ExistingKeys:
        found = s.execute(
            select(
                Participant.customer_number,
                Participant.last_name,
                Participant.first_name,
                Participant.birth_date,
            ).where(Participant.project_id == project_id, Participant.erased_at.is_(None))
        ).all()
        numbers = {n.upper() for n, _l, _f, _b in found if n}
        names = {(fold(last), fold(first), born) for _n, last, first, born in found if born}
        return cls(numbers, names)

    def holds(self, data: ParticipantData) -> bool:
        key = _name_key(data)
        return bool(data.customer_number and data.customer_number in self.numbers) or (
            key is not None and key in self.names
        )


def _mark_duplicates(rows: list[ImportRow], known: _ExistingKeys) -> None:
    first_number: dict[str, int] = {}
    first_name: dict[tuple[str, str, dt.date], int] = {}
    for row in rows:
        data = row.data
        if data is None:
            continue
        if known.holds(data):
            row.existing = True
            continue
        key = _name_key(data)
        earlier = first_number.get(data.customer_number) if data.customer_number else None
        if earlier is None and key is not None:
            earlier = first_name.get(key)
        if earlier is not None:
            row.errors.append(
                _reason(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Doppelt in der Datei: dieselbe Person steht schon in Zeile {line}.",
                    ),
                    line=earlier,
                )
            )
            continue
        if data.customer_number:
            first_number[data.customer_number] = row.line
        if key is not None:
            first_name[key] = row.line


# -- writing ----------------------------------------------------------------------------
def resolve_project(ws: Workspace, project_id: int | None = None) -> int:
    """The given project (it must exist), or the first (lowest id) project not archived."""
    with ws.db.session() as s:
        if project_id is not None:
            if s.get(Project, project_id) is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Ein Projekt mit der Nummer {id} gibt es nicht."),
                    id=project_id,
                )
            return project_id
        first = s.scalars(
            select(Project.id).where(Project.archived.is_(False)).order_by(Project.id).limit(1)
        ).first()
    if first is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Es gibt kein laufendes Projekt. Bitte legen Sie eines an.")
        )
    return first


def _participant_row(data: ParticipantData) -> dict[str, object]:
    return {
        "project_id": data.project_id,
        "salutation": data.salutation,
        "last_name": data.last_name,
        "first_name": data.first_name,
        "birth_date": data.birth_date,
        "birth_year": data.birth_date.year if data.birth_date else None,
        "street": data.street,
        "postal_code": data.postal_code,
        "city": data.city,
        "phone": data.phone,
        "email": data.email,
        "customer_number": data.customer_number,
        "unemployed_since": data.unemployed_since,
        "occupation_wishes": data.occupation_wishes,
        "max_weekly_hours": data.max_weekly_hours,
        "languages": data.languages,
        "status": data.status,
        "entry_date": data.entry_date,
        "exit_date": data.exit_date,
        "exit_reason": data.exit_reason,
        "archived": False,
    }


def import_rows(
    ws: Workspace, preview: ImportPreview, *, skip_invalid: bool = False
) -> ImportResult:
    """Write every ready row in one transaction; with invalid rows and no ``skip_invalid``,
    raise and write nothing. Rows that exist by now (checked again) are skipped."""
    invalid = preview.invalid
    if invalid and not skip_invalid:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Fehlerhafte Zeilen: {count}. Es wurde nichts importiert. Bitte korrigieren Sie "
                "die Datei oder überspringen Sie die fehlerhaften Zeilen.",
            ),
            count=invalid,
        )
    ready = [r.data for r in preview.with_state(RowState.READY) if r.data is not None]
    skipped = preview.existing
    with ws.db.session() as s:
        if s.get(Project, preview.project_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Ein Projekt mit der Nummer {id} gibt es nicht."),
                id=preview.project_id,
            )
        known = _ExistingKeys.load(s, preview.project_id)
        todo = [d for d in ready if not known.holds(d)]
        skipped += len(ready) - len(todo)
        if todo:
            ids = (
                s.execute(
                    insert(Participant).returning(Participant.id, sort_by_parameter_order=True),
                    [_participant_row(d) for d in todo],
                )
                .scalars()
                .all()
            )
            children = [
                {
                    "participant_id": pid,
                    "first_name": c.first_name,
                    "birth_year": c.birth_year,
                    "birth_month": c.birth_month,
                    "needs_childcare": c.needs_childcare,
                    "care_notes": c.care_notes,
                }
                for pid, d in zip(ids, todo, strict=True)
                for c in d.children
            ]
            if children:
                s.execute(insert(Child), children)
            consents = [
                {
                    "participant_id": pid,
                    "given_on": d.consent.given_on,
                    "scope": d.consent.scope,
                    "form_version": d.consent.form_version,
                    "withdrawn_on": d.consent.withdrawn_on,
                }
                for pid, d in zip(ids, todo, strict=True)
                if d.consent.given_on is not None
            ]
            if consents:
                s.execute(insert(Consent), consents)
            # One entry per imported person: "who created this record" stays answerable.
            audit.record_many(s, ws.current_coach.id, "participant.imported", "participant", ids)
    return ImportResult(imported=len(todo), skipped_existing=skipped, invalid=invalid)
