"""The wording of the Teilnahmebescheinigung: a template with placeholders, and the data
it is filled from. Plain Python (no reportlab), so settings screens can check and preview
a template without loading the PDF machinery.

Placeholders stand in braces, e.g. ``{anrede} {name}, geboren am {geburtsdatum}, …``.
Only those in :data:`PLACEHOLDERS` exist; :func:`check_template` refuses anything else
with a message naming the placeholder, so a typo never reaches paper. A template is
filled by plain substitution (no ``str.format``), so braces cannot reach attributes or
format specs.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.printing.formats import format_date_de, format_number_de

TITLE = "Teilnahmebescheinigung"
MAX_TEMPLATE_LENGTH = 2000

# Placeholder → what it stands for (shown in the settings as help).
PLACEHOLDERS: dict[str, str] = {
    "anrede": "Frau, Herr oder nichts (wie im Datensatz)",
    "name": "Vor- und Nachname",
    "vorname": "Vorname",
    "nachname": "Nachname",
    "geburtsdatum": "Geburtsdatum (TT.MM.JJJJ)",
    "von": "erster Tag der Teilnahme",
    "bis": "letzter Tag der Teilnahme",
    "projekt": "Name des Projekts",
    "anzahl_termine": "Zahl der besuchten Termine",
    "termine": "„1 Termin“ oder „12 Termine“",
    "stunden": "Stunden der besuchten Termine",
}

DEFAULT_TEMPLATE = (
    "{anrede} {name}, geboren am {geburtsdatum}, hat vom {von} bis {bis} am Projekt "
    "„{projekt}“ teilgenommen.\n\n"
    "Besucht wurden {termine} mit insgesamt {stunden} Stunden. Die Themen und Termine im "
    "Einzelnen:"
)
DEFAULT_PLACE = "Wetzlar"
DEFAULT_COACH_LABEL = "Coach"
DEFAULT_LEAD_LABEL = "Projektleitung"

SALUTATIONS = {"frau": "Frau", "herr": "Herr"}


@dataclass(frozen=True)
class AttendedTopic:
    """One topic (e.g. "Workshop: Bewerbungsmappe") with the dates it was attended."""

    title: str
    dates: tuple[dt.date, ...]
    hours: float


@dataclass(frozen=True)
class CertificateData:
    salutation: str  # "frau", "herr" or "" (neutral)
    first_name: str
    last_name: str
    birth_date: dt.date | None
    project_name: str
    period_from: dt.date
    period_to: dt.date
    sessions: int
    hours: float
    topics: tuple[AttendedTopic, ...]

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class CertificateWording:
    template: str = DEFAULT_TEMPLATE
    place: str = DEFAULT_PLACE
    coach_label: str = DEFAULT_COACH_LABEL
    lead_label: str = DEFAULT_LEAD_LABEL
    issued_on: dt.date | None = None  # None: the day of printing


SAMPLE = CertificateData(
    salutation="frau",
    first_name="Erika",
    last_name="Mustermann",
    birth_date=dt.date(1988, 3, 12),
    project_name="Gemeinsam in Wetzlar",
    period_from=dt.date(2026, 2, 2),
    period_to=dt.date(2026, 11, 27),
    sessions=12,
    hours=34.5,
    topics=(
        AttendedTopic("Workshop: Bewerbungsmappe", (dt.date(2026, 2, 3), dt.date(2026, 2, 10)), 6),
        AttendedTopic("Gruppengespräch", (dt.date(2026, 2, 5),), 1.5),
    ),
)


# -- the template ---------------------------------------------------------------------------
def _pieces(template: str) -> list[tuple[str, str | None]]:
    """(literal text, placeholder or None) pairs; refuses anything but known names."""
    text = template.strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Der Text der Teilnahmebescheinigung ist leer.")
        )
    if len(text) > MAX_TEMPLATE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Der Text der Teilnahmebescheinigung ist zu lang: {length} Zeichen, erlaubt "
                "sind {limit}.",
            ),
            length=len(text),
            limit=MAX_TEMPLATE_LENGTH,
        )
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Im Text der Teilnahmebescheinigung steht eine geschweifte Klammer ohne "
                "Gegenstück. Platzhalter stehen in {{ und }}, z. B. {{name}}.",
            )
        ) from None
    pieces: list[tuple[str, str | None]] = []
    for literal, field, spec, conversion in parsed:
        if field is None:
            pieces.append((literal, None))
            continue
        written = field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
        if field not in PLACEHOLDERS or spec or conversion:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Den Platzhalter {{{placeholder}}} gibt es nicht. Möglich sind: {known}.",
                ),
                placeholder=written,
                known=", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
            )
        pieces.append((literal, field))
    return pieces


def check_template(template: str) -> None:
    """Raise ``ValidationError`` naming the problem (unknown placeholder, stray brace, …)."""
    _pieces(template)


def _values(data: CertificateData) -> dict[str, str]:
    count = data.sessions
    return {
        "anrede": SALUTATIONS.get(data.salutation, ""),
        "name": data.name,
        "vorname": data.first_name,
        "nachname": data.last_name,
        "geburtsdatum": format_date_de(data.birth_date) if data.birth_date else "–",
        "von": format_date_de(data.period_from),
        "bis": format_date_de(data.period_to),
        "projekt": data.project_name,
        "anzahl_termine": str(count),
        "termine": "1 Termin" if count == 1 else f"{count} Termine",
        "stunden": format_number_de(data.hours),
    }


# "…, geboren am {geburtsdatum}, hat …" → "… hat …"; "…, geboren am {geburtsdatum}." → "….".
_BIRTH_CLAUSE_INSIDE = re.compile(r",[ \t]*geboren am[ \t]*\{geburtsdatum\}[ \t]*,")
_BIRTH_CLAUSE = re.compile(r",?[ \t]*geboren am[ \t]*\{geburtsdatum\}")


def fill_template(template: str, data: CertificateData) -> str:
    """The wording for one person. Without a birth date, "geboren am {geburtsdatum}" is left
    out; without a salutation, the spaces around {anrede} close up."""
    if data.birth_date is None:
        template = _BIRTH_CLAUSE.sub("", _BIRTH_CLAUSE_INSIDE.sub("", template))
    values = _values(data)
    text = "".join(lit + (values[field] if field else "") for lit, field in _pieces(template))
    lines = [re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r" ([,.;:])", r"\1", text)


def sample_text(template: str) -> str:
    """The template filled with the fictional :data:`SAMPLE` person (for the settings)."""
    return fill_template(template, SAMPLE)
