"""Importing partner employers from a table (CSV or XLSX), e.g. ``arbeitgeber.csv``. No Qt.

Like the participant import (``services.importing``): ``preview`` reads and checks every
row and writes nothing; ``import_rows`` writes in one transaction, all or nothing (unless
the coach skips the bad rows). The file is read by ``services.tables``.

- Columns are recognised by their headers: Name (required), Branche, Adresse, Größe,
  Partner seit, Angebote, and for one contact person Ansprechperson, Funktion, Telefon,
  E-Mail. Other columns are left out.
- "Angebote" holds several offers in one cell ("Betriebsbesichtigung; Praktikum;
  Fragerunde"); "Praktikum" gives one internship place, "3 Praktikumsplätze" or
  "Praktikum (3)" three.
- Idempotent: an employer whose folded name exists already is not created again. What the
  row adds is filled in (empty fields, offers switched on, more internship places, a contact
  person not yet known); a row that adds nothing is "bereits vorhanden".
- Cells Excel would run as formulas are refused with a reason, as in the participant import.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, KnownError, ValidationError
from gemeinsam_desktop.services import audit, network
from gemeinsam_desktop.services.importing import (
    RowState,
    formula_like,
    normalize_header,
    parse_date,
)
from gemeinsam_desktop.services.network import ContactData, EmployerData
from gemeinsam_desktop.services.tables import Table, display_value, read_table
from gemeinsam_desktop.services.text import clean, fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import Employer, EmployerContact

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "sector": QT_TRANSLATE_NOOP("fields", "Branche"),
    "address": QT_TRANSLATE_NOOP("fields", "Adresse"),
    "size": QT_TRANSLATE_NOOP("fields", "Größe"),
    "partner_since": QT_TRANSLATE_NOOP("fields", "Partner seit"),
    "offers": QT_TRANSLATE_NOOP("fields", "Angebote"),
    "contact_name": QT_TRANSLATE_NOOP("fields", "Ansprechperson"),
    "contact_role": QT_TRANSLATE_NOOP("fields", "Funktion"),
    "contact_phone": QT_TRANSLATE_NOOP("fields", "Telefon"),
    "contact_email": QT_TRANSLATE_NOOP("fields", "E-Mail"),
}
_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "arbeitgeber", "firma", "betrieb", "unternehmen", "partnerbetrieb",
             "employer", "company"),
    "sector": ("branche", "sektor", "bereich", "sector", "industry"),
    "address": ("adresse", "anschrift", "address"),
    "size": ("groesse", "betriebsgroesse", "mitarbeitende", "size"),
    "partner_since": ("partner seit", "partnerschaft seit", "partner since"),
    "offers": ("angebote", "angebot", "offers"),
    "contact_name": ("ansprechperson", "ansprechpartner", "ansprechpartnerin", "kontakt",
                     "contact"),
    "contact_role": ("funktion", "rolle", "position", "role"),
    "contact_phone": ("telefon", "tel", "telefonnummer", "phone"),
    "contact_email": ("e mail", "email", "mail"),
}  # fmt: skip
_OFFER_WORDS = {
    "tour": ("betriebsbesichtigung", "besichtigung", "betriebsfuehrung", "fuehrung", "tour"),
    "internships": ("praktikum", "praktika", "praktikumsplatz", "praktikumsplaetze",
                    "praktikumsstelle", "praktikumsstellen", "internship", "internships"),
    "qa": ("fragerunde", "fragestunde", "fragen", "q a", "infoveranstaltung"),
}  # fmt: skip
_COUNT = re.compile(r"(?:(\d{1,2})\s+)?([a-z ]+?)(?:\s*\(?(\d{1,2})\)?)?")
_SPLIT = re.compile(r"\s*(?:[;,/+\n]|\bund\b)\s*")


def guess_columns(headers: list[str]) -> dict[str, int]:
    """Field → column, from the headers (the first column naming a field wins)."""
    found: dict[str, int] = {}
    for column, header in enumerate(headers):
        norm = normalize_header(header)
        for key, names in _HEADERS.items():
            if key not in found and norm in names:
                found[key] = column
                break
    return found


@dataclass
class EmployerImportRow:
    line: int
    cells: list[str]
    data: EmployerData | None = None
    errors: list[KnownError] = field(default_factory=list)
    existing_id: int | None = None  # an employer of this name exists
    adds: bool = False  # ... and this row adds something to it

    @property
    def state(self) -> RowState:
        if self.errors or self.data is None:
            return RowState.INVALID
        if self.existing_id is not None and not self.adds:
            return RowState.EXISTING
        return RowState.READY

    @property
    def updates(self) -> bool:
        return self.state is RowState.READY and self.existing_id is not None

    @property
    def reasons(self) -> list[str]:
        return [e.message() for e in self.errors]


@dataclass
class EmployerPreview:
    headers: list[str]
    columns: dict[str, int]
    rows: list[EmployerImportRow]
    name: str = ""

    def with_state(self, state: RowState) -> list[EmployerImportRow]:
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

    @property
    def updates(self) -> int:
        return sum(1 for r in self.rows if r.updates)


@dataclass(frozen=True)
class EmployerImportResult:
    created: int
    updated: int
    unchanged: int
    invalid: int


def _reason(template: str, **args: object) -> ValidationError:
    return ValidationError(template, arg_contexts={"field": "fields"}, **args)


def _text(value: object) -> str:
    text = clean(display_value(value))
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@":
        text = text[1:]  # how our own exports escape such cells
    return "" if set(text) == {"-"} else text


def parse_offers(text: str, label: str = FIELD_LABELS["offers"]) -> tuple[bool, int, bool]:
    """ "Betriebsbesichtigung; Praktikum; Fragerunde" → (tour, internship places, Q&A)."""
    tour, places, qa = False, 0, False
    for part in _SPLIT.split(text):
        words = normalize_header(part)
        if not words:
            continue
        m = _COUNT.fullmatch(words)
        word = m[2].strip() if m else words
        count = int((m[1] or m[3]) or 1) if m else 1
        if word in _OFFER_WORDS["tour"]:
            tour = True
        elif word in _OFFER_WORDS["internships"]:
            places = max(places, min(count, network.MAX_INTERNSHIPS))
        elif word in _OFFER_WORDS["qa"]:
            qa = True
        else:
            raise _reason(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "„{field}“: „{value}“ ist kein bekanntes Angebot (möglich: "
                    "Betriebsbesichtigung, Praktikum, Fragerunde).",
                ),
                field=label,
                value=part[:40],
            )
    return tour, places, qa


def _parse_row(
    line: int, raw: list[object], columns: dict[str, int], today: dt.date
) -> EmployerImportRow:
    row = EmployerImportRow(line, [display_value(v) for v in raw])
    data = EmployerData()
    contact = ContactData()
    for key, column in columns.items():
        value = raw[column] if column < len(raw) else None
        text, label = _text(value), FIELD_LABELS[key]
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
            if key == "offers":
                data.offers_tour, data.offers_internships, data.offers_qa = parse_offers(text)
            elif key == "partner_since":
                data.partner_since = parse_date(value, text, label, today, past=True)
            elif key.startswith("contact_"):
                setattr(contact, key.removeprefix("contact_"), text)
            else:
                setattr(data, key, text)
        except ValidationError as exc:
            row.errors.append(exc)
    if contact.name:
        data.contacts = [contact]
    elif contact.phone or contact.email:
        row.errors.append(
            _reason(QT_TRANSLATE_NOOP("errors", "Telefon oder E-Mail ohne Ansprechperson."))
        )
    if not data.name and not row.errors:
        row.errors.append(_reason(QT_TRANSLATE_NOOP("errors", "Der Name des Arbeitgebers fehlt.")))
    if not row.errors:
        try:
            row.data = network.normalized(data)
        except ValidationError as exc:
            row.errors.append(exc)
    return row


# -- existing employers ---------------------------------------------------------------------
def _merged(old: EmployerData, new: EmployerData) -> EmployerData | None:
    """``old`` with what ``new`` adds (None: it adds nothing)."""
    out = old.copy()
    for key in ("sector", "address", "size", "partner_since"):
        if not getattr(out, key) and getattr(new, key):
            setattr(out, key, getattr(new, key))
    out.offers_tour = out.offers_tour or new.offers_tour
    out.offers_qa = out.offers_qa or new.offers_qa
    out.offers_internships = max(out.offers_internships, new.offers_internships)
    known = {fold(c.name) for c in out.contacts}
    out.contacts += [c for c in new.contacts if fold(c.name) not in known]
    return None if out == old else out


def _existing(ws: Workspace) -> dict[str, EmployerData]:
    """Every employer by folded name (the lowest id for a name used twice)."""
    with ws.db.session() as s:
        ids: dict[str, int] = {}
        for eid, name in s.execute(select(Employer.id, Employer.name).order_by(Employer.id)):
            ids.setdefault(fold(name), eid)
    found = {key: network.load_employer(ws, eid) for key, eid in ids.items()}
    for data in found.values():
        data.interactions = []  # the import never touches the log
    return found


def preview(
    source: Path | str | bytes | Table, *, ws: Workspace, today: dt.date | None = None
) -> EmployerPreview:
    """Check every row of the file; writes nothing."""
    today = today or dt.date.today()
    table = source if isinstance(source, Table) else read_table(source)
    columns = guess_columns(table.headers)
    if "name" not in columns:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "In der Datei fehlt die Spalte „Name“ (des Arbeitgebers). Gefundene Spalten: "
                "{found}. Bitte ergänzen Sie die Überschrift. Es wurde nichts importiert.",
            ),
            found=", ".join(f"„{h}“" for h in table.headers if h) or "–",
        )
    rows = [_parse_row(line, cells, columns, today) for line, cells in table.rows]
    known = _existing(ws)
    first: dict[str, int] = {}
    for row in rows:
        if row.data is None:
            continue
        key = fold(row.data.name)
        if key in first:
            row.errors.append(
                _reason(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Doppelt in der Datei: derselbe Arbeitgeber steht in Zeile {line}.",
                    ),
                    line=first[key],
                )
            )
            continue
        first[key] = row.line
        if key in known:
            row.existing_id = known[key].id
            row.adds = _merged(known[key], row.data) is not None
    return EmployerPreview(list(table.headers), columns, rows, table.name)


def import_rows(
    ws: Workspace, checked: EmployerPreview, *, skip_invalid: bool = False
) -> EmployerImportResult:
    """Create the new employers and fill in the known ones, in one transaction; with bad rows
    and no ``skip_invalid``, nothing is written."""
    invalid = checked.invalid
    if invalid and not skip_invalid:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Fehlerhafte Zeilen: {count}. Es wurde nichts importiert. Bitte korrigieren Sie "
                "die Datei oder überspringen Sie die fehlerhaften Zeilen.",
            ),
            count=invalid,
        )
    created = updated = 0
    unchanged = checked.existing
    coach_id = ws.current_coach.id
    with ws.db.session() as s:
        known: dict[str, Employer] = {}
        for e in s.scalars(select(Employer).order_by(Employer.id)):
            known.setdefault(fold(e.name), e)
        for row in checked.with_state(RowState.READY):
            new = row.data
            assert new is not None
            found = known.get(fold(new.name))
            if found is None:
                e = Employer(name=new.name)
                s.add(e)
                old = EmployerData(name=new.name)
            else:
                e = found
                contacts = [
                    ContactData(c.name, c.role, c.phone, c.email, c.id)
                    for c in s.scalars(
                        select(EmployerContact).where(EmployerContact.employer_id == e.id)
                    )
                ]
                old = EmployerData(
                    **{k: getattr(e, k) for k in network.EMPLOYER_COLUMNS},
                    contacts=contacts,
                    id=e.id,
                )
            merged = _merged(old, new) if old.id is not None else new
            if merged is None:
                unchanged += 1
                continue
            network.apply_fields(e, merged)
            s.flush()
            known[fold(new.name)] = e
            for c in merged.contacts:
                if c.id is None:
                    s.add(
                        EmployerContact(
                            employer_id=e.id, name=c.name, role=c.role, phone=c.phone, email=c.email
                        )
                    )
            if old.id is None:
                created += 1
                audit.record(s, coach_id, "employer.imported", "employer", e.id)
            else:
                updated += 1
                audit.record(s, coach_id, "employer.updated", "employer", e.id)
    return EmployerImportResult(created, updated, unchanged, invalid)
