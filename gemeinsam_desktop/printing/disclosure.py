"""Auskunft nach Art. 15 DSGVO: everything stored about one person, readable on paper.

Built from the plain data of ``services.privacy.disclosure`` (ISO dates, stored codes);
the codes are shown with the German labels the app uses. Written for the person, not for
the coach: plain words, one section per kind of data, "keine Einträge" instead of nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from gemeinsam_desktop.printing.layout import (
    CONTENT_WIDTH,
    HeaderInfo,
    build_pdf,
    document_styles,
    format_date_de,
    heading,
    make_table,
    paragraph,
)

TITLE = "Auskunft nach Art. 15 DSGVO"

STATUS = {"interessiert": "interessiert", "aktiv": "aktiv", "pausiert": "pausiert",
          "abgeschlossen": "abgeschlossen", "abgebrochen": "abgebrochen",
          "vermittelt": "vermittelt"}  # fmt: skip
SESSION_KIND = {"workshop": "Workshop", "gruppengespraech": "Gruppengespräch",
                "einzelcoaching": "Einzelcoaching", "betriebsbesichtigung": "Betriebsbesichtigung",
                "auftakt": "Auftaktveranstaltung", "infoveranstaltung": "Infoveranstaltung",
                "sonstiges": "Sonstiges"}  # fmt: skip
ATTENDANCE = {"erwartet": "erwartet", "anwesend": "anwesend", "verspaetet": "verspätet",
              "entschuldigt": "entschuldigt", "krank": "krank",
              "unentschuldigt": "unentschuldigt"}  # fmt: skip
VISIBILITY = {"private": "vertraulich", "team": "für das Team"}
AGREEMENT_STATE = {"offen": "offen", "erledigt": "erledigt", "verworfen": "verworfen"}
OWNER = {"participant": "Sie", "coach": "Coach"}
LEAD_STAGE = {"idee": "Idee", "angesprochen": "angesprochen", "beworben": "beworben",
              "gespraech": "Vorstellungsgespräch", "praktikum": "Praktikum", "zusage": "Zusage",
              "eingestellt": "eingestellt", "verworfen": "verworfen"}  # fmt: skip
LEAD_SOURCE = {"kontakt": "persönlicher Kontakt", "coach": "Coach", "partner": "Partnerbetrieb",
               "teilnehmende": "andere Teilnehmende"}  # fmt: skip
PLACEMENT_KIND = {"sv_vollzeit": "sozialversicherungspflichtig, Vollzeit",
                  "sv_teilzeit": "sozialversicherungspflichtig, Teilzeit",
                  "minijob": "Minijob", "ausbildung": "Ausbildung", "praktikum": "Praktikum",
                  "selbststaendig": "selbstständig"}  # fmt: skip
SALUTATION = {"frau": "Frau", "herr": "Herr"}
ACTIONS = {
    "participant.created": "Datensatz angelegt",
    "participant.changed": "Datensatz geändert",
    "participant.viewed": "Datensatz angesehen",
    "participant.archived": "archiviert",
    "participant.restored": "aus dem Archiv geholt",
    "participant.disclosed": "Auskunft erstellt",
    "participant.certificate": "Teilnahmebescheinigung erstellt",
    "participant.erased": "gelöscht",
}

_DASH = "–"


# -- formatting ---------------------------------------------------------------------------
def _date(value: str | None) -> str:
    return format_date_de(dt.date.fromisoformat(value)) if value else _DASH


def _local(value: str | None) -> dt.datetime | None:
    """A stored UTC time (ISO with offset) in the computer's local time."""
    if not value:
        return None
    moment = dt.datetime.fromisoformat(value)
    return moment.astimezone() if moment.tzinfo else moment


def _datetime(value: str | None) -> str:
    moment = _local(value)
    if moment is None:
        return _DASH
    return f"{format_date_de(moment.date())}, {moment:%H:%M}"


def _yes_no(value: bool | None) -> str:
    return _DASH if value is None else ("ja" if value else "nein")


def _text(value: Any) -> str:
    if value is None or value == "":
        return _DASH
    return str(value)


def _hours(value: float | None) -> str:
    if value is None:
        return _DASH
    return f"{value:g}".replace(".", ",")


def _label(labels: dict[str, str], code: str) -> str:
    return labels.get(code, code[:1].upper() + code[1:])


def full_name(person: dict[str, Any]) -> str:
    return " ".join(x for x in (person.get("first_name"), person.get("last_name")) if x)


# -- sections -----------------------------------------------------------------------------
def _section(
    title: str,
    header: Sequence[str],
    rows: list[list[str]],
    widths_mm: Sequence[float],
    empty: str = "Keine Einträge.",
) -> list[Flowable]:
    story = heading(title)
    if not rows:
        story.append(paragraph(empty, document_styles().small))
        return story
    scale = CONTENT_WIDTH / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    story.append(make_table(header, rows, col_widths=widths))
    return story


def _person_rows(p: dict[str, Any]) -> list[list[str]]:
    address = ", ".join(
        x for x in (p["street"], " ".join(x for x in (p["postal_code"], p["city"]) if x)) if x
    )
    hours = p["max_weekly_hours"]
    return [
        ["Anrede", _text(SALUTATION.get(p["salutation"], ""))],
        ["Nachname", _text(p["last_name"])],
        ["Vorname", _text(p["first_name"])],
        ["Geburtsdatum", _date(p["birth_date"])],
        ["Anschrift", _text(address)],
        ["Telefon", _text(p["phone"])],
        ["E-Mail", _text(p["email"])],
        ["Kundennummer (JobCenter)", _text(p["customer_number"])],
        ["Arbeitslos seit", _date(p["unemployed_since"])],
        ["Berufswunsch", _text(p["occupation_wishes"])],
        ["Höchstens Wochenstunden", _DASH if hours is None else str(hours)],
        ["Sprachen", _text(p["languages"])],
        ["Status im Projekt", _label(STATUS, p["status"])],
        ["Eintritt", _date(p["entry_date"])],
        ["Austritt", _date(p["exit_date"])],
        ["Grund des Austritts", _text(p["exit_reason"])],
        ["Archiviert", _yes_no(p["archived"])],
        ["Angelegt am", _datetime(p["created_at"])],
    ]


def _attendance_rows(rows: list[dict[str, Any]]) -> list[list[str]]:
    out = []
    for a in rows:
        state = _label(ATTENDANCE, a["state"])
        if a["arrived_at"]:
            state += f" (ab {a['arrived_at']} Uhr)"
        if a["sick_note"]:
            state += ", mit Attest"
        remarks = [x for x in (a["excuse_reason"], a["note"]) if x]
        if a["signature_stored"]:
            remarks.append("Unterschrift gespeichert")
        if a["cancelled"]:
            remarks.insert(0, "Termin fiel aus")
        what = _label(SESSION_KIND, a["kind"])
        if a["topic"] and a["topic"] != what:
            what += f": {a['topic']}"
        out.append(
            [
                _date(a["date"]),
                f"{a['start']}–{a['end']}",
                what,
                state,
                str(a["children_in_care"]) if a["children_in_care"] else _DASH,
                "; ".join(remarks) or _DASH,
            ]
        )
    return out


def build_disclosure_pdf(
    data: dict[str, Any],
    *,
    header: HeaderInfo | None = None,
    printed_at: dt.datetime | None = None,
) -> bytes:
    """The Auskunft as PDF bytes (A4, the app's layout)."""
    styles = document_styles()
    person = data["person"]
    name = full_name(person) or _DASH
    project = data["project"]
    created = _local(data.get("created_at"))
    story: list[Flowable] = [
        paragraph(TITLE, styles.title),
        paragraph(
            f"über die Daten von {name}, gespeichert im Projekt „{project['name']}“",
            styles.body,
        ),
        Spacer(1, 2 * mm),
        paragraph(
            "Sie haben das Recht zu erfahren, welche Daten wir über Sie gespeichert haben. "
            "Hier steht alles, was das Projekt in seinem Programm über Sie führt, "
            f"Stand {format_date_de(created.date()) if created else _DASH}. "
            f"Erstellt von {data.get('created_by') or _DASH}.",
            styles.body,
        ),
    ]
    story += _section("1. Angaben zu Ihrer Person", ["Angabe", "Inhalt"],
                      _person_rows(person), (55, 105))  # fmt: skip
    story += _section(
        "2. Kinder",
        ["Vorname", "Geboren", "Kinderbetreuung", "Hinweise zur Betreuung"],
        [
            [
                _text(c["first_name"]),
                f"{c['birth_month']:02d}/{c['birth_year']}",
                "ja" if c["needs_childcare"] else "nein",
                _text(c["care_notes"]),
            ]
            for c in data["children"]
        ],
        (35, 25, 30, 70),
    )
    story += _section(
        "3. Einwilligungen",
        ["Erteilt am", "Umfang", "Formular", "Widerrufen am"],
        [
            [
                _date(c["given_on"]),
                _text(c["scope"]),
                _text(c["form_version"]),
                _date(c["withdrawn_on"]),
            ]
            for c in data["consents"]
        ],  # fmt: skip
        (28, 72, 28, 32),
    )
    story += _section(
        "4. Termine und Anwesenheit",
        ["Datum", "Zeit", "Termin", "Anwesenheit", "Kinder betreut", "Bemerkung"],
        _attendance_rows(data["attendance"]),
        (20, 22, 39, 24, 17, 36),
    )
    story += _notes_section(data)
    story += _section(
        "6. Vereinbarungen und Ziele",
        ["Datum", "Inhalt", "Wer", "Fällig", "Stand"],
        [
            [
                _date((a["created_at"] or "")[:10] or None),
                _text(a["text"]),
                _label(OWNER, a["owner"]),
                _date(a["due_date"]),
                _label(AGREEMENT_STATE, a["state"]),
            ]
            for a in data["agreements"]
        ],  # fmt: skip
        (22, 76, 18, 22, 22),
    )
    story += _section(
        "7. Hinweise auf Stellen (Kontakte)",
        ["Seit", "Betrieb", "Stelle", "Woher", "Stand"],
        [
            [
                _date(lead["created_on"]),
                _text(lead["employer"]),
                _text(lead["position"]),
                _label(LEAD_SOURCE, lead["source"]),
                _label(LEAD_STAGE, lead["stage"])
                + (f" ({lead['dropped_reason']})" if lead["dropped_reason"] else ""),
            ]
            for lead in data["leads"]
        ],  # fmt: skip
        (20, 38, 36, 30, 36),
    )
    story += _section(
        "8. Arbeitsaufnahmen",
        ["Beginn", "Betrieb", "Art", "Std./Woche", "nach 3 Mon.", "nach 6 Mon."],
        [
            [
                _date(pl["start_date"]),
                _text(pl["employer"]),
                _label(PLACEMENT_KIND, pl["kind"]),
                _hours(pl["hours_per_week"]),
                _yes_no(pl["employed_after_3m"]),
                _yes_no(pl["employed_after_6m"]),
            ]
            for pl in data["placements"]
        ],  # fmt: skip
        (22, 40, 44, 18, 18, 18),
    )
    story += _section(
        "9. Wer hat wann mit Ihrem Datensatz gearbeitet",
        ["Zeitpunkt", "Person", "Vorgang"],
        [
            [_datetime(e["at"]), _text(e["coach"]), _label(ACTIONS, e["action"])]
            for e in data["audit"]
        ],
        (40, 55, 65),
    )
    story += _rights(data)
    return build_pdf(
        story,
        title=f"{TITLE} – {name}",
        author=data.get("created_by") or "",
        subject=TITLE,
        header=header or HeaderInfo(TITLE, project_name=project["name"] or "Gemeinsam in Wetzlar"),
        printed_at=printed_at,
    )


def _notes_section(data: dict[str, Any]) -> list[Flowable]:
    story = _section(
        "5. Coaching-Notizen",
        ["Geschrieben", "Von", "Art", "Notiz"],
        [
            [
                _datetime(n["written_at"]),
                _text(n["author"]),
                _label(SESSION_KIND, n["kind"]) + f"\n{_label(VISIBILITY, n['visibility'])}",
                _text(n["text"]),
            ]
            for n in data["coaching_notes"]
        ],
        (28, 28, 28, 76),
    )
    withheld = data.get("private_notes_of_other_coaches", 0)
    if withheld:
        count = "1 vertrauliche Notiz" if withheld == 1 else f"{withheld} vertrauliche Notizen"
        story.append(
            paragraph(
                f"Nicht abgedruckt: {count} anderer Coaches. Über vertrauliche Notizen gibt "
                "nur die Person Auskunft, die sie geschrieben hat.",
                document_styles().small,
            )
        )
    return story


def _rights(data: dict[str, Any]) -> list[Flowable]:
    months = data.get("retention_months")
    styles = document_styles()
    lines = [
        "Zweck: Ihre Begleitung im Projekt auf dem Weg in Arbeit, die Kinderbetreuung bei "
        "Terminen und die Berichte an die Geldgeber (dort nur Zahlen, keine Namen).",
        f"Speicherdauer: bis {months} Monate nach Projektende; danach werden Name, "
        "Kontaktdaten, Notizen und Vereinbarungen gelöscht. Übrig bleiben nur Zahlen ohne "
        "Namen (zum Beispiel, an wie vielen Terminen jemand teilgenommen hat).",
        "Ihre Rechte: Sie können verlangen, dass falsche Angaben berichtigt (Art. 16 DSGVO) "
        "und Ihre Daten gelöscht werden (Art. 17 DSGVO), dass die Verarbeitung eingeschränkt "
        "wird (Art. 18 DSGVO), und Sie können einer Verarbeitung widersprechen (Art. 21 DSGVO). "
        "Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen. Sie können sich "
        "bei der Datenschutz-Aufsichtsbehörde beschweren.",
    ]
    return [*heading("Weitere Informationen"), *(paragraph(t, styles.body) for t in lines)]
