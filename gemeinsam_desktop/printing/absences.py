"""Fehlzeitenbescheinigung: one page (or more) per participant and month for the JobCenter.

Built from ``services.absences.AbsenceReport``: who, Kundennummer, the project, the month;
every absence with date, session, code (E / UE / K) and reason; the counts; and lines for
the provider's signature. Each person is a page group of their own ("Seite 1 von 1" and the
name in the footer), so the pages can be sent one by one.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from gemeinsam_desktop.printing.layout import (
    CONTENT_WIDTH,
    RULE_COLOR,
    HeaderInfo,
    PageGroup,
    build_pdf,
    document_styles,
    format_date_de,
    make_table,
    paragraph,
    table_style,
)
from gemeinsam_desktop.services.absences import CODE_NAMES, AbsenceReport, PersonMonth

TITLE = "Fehlzeitenbescheinigung"
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")  # fmt: skip
WEEKDAYS_SHORT = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def month_name(year: int, month: int) -> str:
    return f"{MONTHS_DE[month - 1]} {year}"


def _facts(report: AbsenceReport, person: PersonMonth) -> Table:
    styles = document_styles()
    period = f"{format_date_de(report.first_day)} bis {format_date_de(report.last_day)}"
    rows = [
        ("Teilnehmer/in", person.name),
        ("Kundennummer", person.customer_number or "– (nicht erfasst)"),
        ("Maßnahme", report.project_name),
        ("Monat", f"{month_name(report.year, report.month)} ({period})"),
    ]
    data = [
        [paragraph(label, styles.table_header), paragraph(value, styles.table_cell)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[40 * mm, CONTENT_WIDTH - 40 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_COLOR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    table.spaceAfter = 10
    return table


def _summary(person: PersonMonth) -> str:
    absent = len(person.absences)
    counts = ", ".join(f"{code} {person.count(code)}" for code in CODE_NAMES)
    return (
        f"Termine im Monat: {person.counted} · anwesend: {person.present} · "
        f"Fehlzeiten: {absent} ({counts})"
    )


def _signature() -> Table:
    styles = document_styles()
    line = "_" * 38
    data = [
        [paragraph(line, styles.body), paragraph(line, styles.body)],
        [
            paragraph("Ort, Datum", styles.small),
            paragraph("Unterschrift und Stempel des Trägers", styles.small),
        ],
    ]
    table = Table(data, colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return table


def _person(report: AbsenceReport, person: PersonMonth) -> list[Flowable]:
    styles = document_styles()
    story: list[Flowable] = [
        PageGroup(f"{person.name} · {month_name(report.year, report.month)}"),
        paragraph(TITLE, styles.title),
        Spacer(1, 2 * mm),
        _facts(report, person),
        paragraph(_summary(person), styles.body),
    ]
    if person.absences:
        rows = [
            [
                f"{WEEKDAYS_SHORT[a.day.weekday()]}, {format_date_de(a.day)}",
                f"{a.starts_at:%H:%M} Uhr · {a.session}",
                a.code,
                a.reason or "–",
            ]
            for a in person.absences
        ]
        widths = [28 * mm, 62 * mm, 14 * mm, CONTENT_WIDTH - 104 * mm]
        story.append(make_table(("Datum", "Termin", "Code", "Grund"), rows, col_widths=widths))
    else:
        month = month_name(report.year, report.month)
        story.append(paragraph(f"Im {month} gab es keine Fehlzeiten.", styles.body))
    story += [
        paragraph(
            "Codes: E = entschuldigt, UE = unentschuldigt, K = krank (Arbeitsunfähigkeit). "
            "Gezählt werden durchgeführte Termine innerhalb der Teilnahmezeit.",
            styles.small,
        ),
        Spacer(1, 14 * mm),
        KeepTogether([_signature()]),
    ]
    return story


def build_absences(
    report: AbsenceReport, *, author: str = "", printed_at: dt.datetime | None = None
) -> bytes:
    """The certificates of everyone in ``report`` as one PDF (a page group per person)."""
    story: list[Flowable] = []
    for index, person in enumerate(report.people):
        if index:
            story.append(PageBreak())
        story += _person(report, person)
    if not report.people:
        story += [
            paragraph(TITLE, document_styles().title),
            paragraph(
                f"Im {month_name(report.year, report.month)} hat niemand an Terminen "
                "teilgenommen, die gezählt werden.",
            ),
        ]
    month = month_name(report.year, report.month)
    return build_pdf(
        story,
        title=f"{TITLE} {month}",
        author=author or report.project_name,
        subject=f"{TITLE} – {report.project_name}",
        header=HeaderInfo(document_title=f"{TITLE} · {month}", project_name=report.project_name),
        printed_at=printed_at,
    )
