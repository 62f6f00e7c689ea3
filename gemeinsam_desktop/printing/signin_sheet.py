"""The Anwesenheitsliste: one sheet per session, printed before it and signed by hand.

Built from plain data (no database): the expected people are pre-filled, sorted the way
a German list sorts (Ä like A), followed by blank rows for walk-ins. The sheet passes from
hand to hand in the room, so it shows nothing about a person beyond the name: no address,
no birth date, no Kundennummer — and no pre-filled number of children either (that would
tell everyone who has children); people write that number themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from gemeinsam_desktop.printing.layout import (
    CONTENT_WIDTH,
    Cell,
    HeaderInfo,
    PageGroup,
    Plain,
    build_pdf,
    collation_key,
    document_styles,
    format_date_de,
    format_time_range_de,
    format_weekday_date_de,
    make_table,
    paragraph,
    table_style,
)

TITLE = "Anwesenheitsliste"
ROW_HEIGHT = 10 * mm  # room for a signature
MAX_BLANK_ROWS = 60


@dataclass(frozen=True)
class SigninPerson:
    last_name: str
    first_name: str


@dataclass(frozen=True)
class SigninSession:
    """What a sheet shows about the session; ``kind`` is the German label (e.g. Workshop)."""

    kind: str
    topic: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str
    room: str
    coaches: tuple[str, ...]
    childcare_offered: bool
    people: tuple[SigninPerson, ...]


def sorted_people(people: Sequence[SigninPerson]) -> list[SigninPerson]:
    """By last name, then first name, German order (Ä like A, ß like ss)."""
    return sorted(people, key=lambda p: (collation_key(p.last_name), collation_key(p.first_name)))


def session_title(session: SigninSession) -> str:
    """``"Workshop: Bewerbungsmappe"``, or only the kind when there is no (other) topic."""
    topic = session.topic.strip()
    return f"{session.kind}: {topic}" if topic and topic != session.kind else session.kind


def _details(session: SigninSession) -> Table:
    styles = document_styles()
    place = ", ".join(p for p in (session.location, session.room) if p) or "–"
    rows = [
        ("Termin", session_title(session)),
        ("Datum", format_weekday_date_de(session.starts_at.date())),
        ("Zeit", format_time_range_de(session.starts_at, session.ends_at)),
        ("Ort", place),
        ("Coach", ", ".join(session.coaches) or "–"),
    ]
    data = [[paragraph(k, styles.table_header), paragraph(v, styles.table_cell)] for k, v in rows]
    table = Table(
        data,
        colWidths=[28 * mm, CONTENT_WIDTH - 28 * mm],
        hAlign="LEFT",
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ),
    )
    table.spaceAfter = 4 * mm
    return table


def _columns(session: SigninSession, times: bool) -> tuple[list[str], list[float]]:
    """Header labels and widths (mm); the signature column takes what is left."""
    header = ["Nr.", "Nachname", "Vorname"]
    widths = [10.0, 40.0, 34.0] if not times else [9.0, 35.0, 28.0]
    if session.childcare_offered:
        header.append("Kinder-\nbetreuung\n(Anzahl)" if not times else "Kinder\n(Anzahl)")
        widths.append(21.0 if not times else 18.0)
    if times:
        header += ["Ankunft", "Gehen"]
        widths += [18.0, 16.0]
    header.append("Unterschrift")
    widths.append(CONTENT_WIDTH / mm - sum(widths))
    return header, [w * mm for w in widths]


def _sheet(session: SigninSession, blank_rows: int, times: bool) -> list[Flowable]:
    styles = document_styles()
    header, widths = _columns(session, times)
    blanks: list[Cell] = [None] * (len(header) - 3)
    people = sorted_people(session.people)
    rows: list[list[Cell]] = [
        [Plain(f"{n}."), p.last_name, p.first_name, *blanks] for n, p in enumerate(people, start=1)
    ]
    first_blank = len(rows) + 1
    rows += [
        [Plain(f"{n}."), None, None, *blanks] for n in range(first_blank, first_blank + blank_rows)
    ]
    label = f"{TITLE} {format_date_de(session.starts_at.date())} · {session_title(session)}"
    story: list[Flowable] = [
        PageGroup(label),
        paragraph(TITLE, styles.title),
        _details(session),
    ]
    if rows:
        story.append(
            make_table(
                header,
                rows,
                col_widths=widths,
                zebra=False,
                min_row_height=ROW_HEIGHT,
                extra_style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")],
            )
        )
    if not people:
        story.append(paragraph("Für diesen Termin ist noch niemand angemeldet.", styles.small))
    story.append(
        KeepTogether(
            [
                Spacer(1, 12 * mm),
                _signature_line("Datum, Unterschrift Coach"),
            ]
        )
    )
    return story


def _signature_line(label: str, width: float = 80 * mm) -> Table:
    """A line to sign on with its label underneath."""
    styles = document_styles()
    table = Table(
        [[""], [paragraph(label, styles.small)]],
        colWidths=[width],
        rowHeights=[10 * mm, None],
        hAlign="LEFT",
        style=table_style(
            ("LINEBELOW", (0, 0), (0, 0), 0.8, styles.body.textColor),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (0, 1), 2),
        ),
    )
    return table


def build_signin_pdf(
    sessions: Sequence[SigninSession],
    *,
    project_name: str,
    blank_rows: int = 5,
    arrival_leaving_columns: bool = False,
    author: str = "",
    logo_left: Path | None = None,
    logo_right: Path | None = None,
    printed_at: dt.datetime | None = None,
) -> bytes:
    """One sheet (one or more pages) per session, in the order given, as PDF bytes.

    Each sheet counts its own pages ("Seite 1 von 2") and names its date in the footer, so
    the pages of a series stay sortable after printing.
    """
    if not sessions:
        raise ValueError("no sessions to print")
    blank_rows = max(0, min(blank_rows, MAX_BLANK_ROWS))
    story: list[Flowable] = []
    for index, session in enumerate(sessions):
        if index:
            story.append(PageBreak())
        story += _sheet(session, blank_rows, arrival_leaving_columns)
    first = sessions[0]
    title = TITLE if len(sessions) > 1 else f"{TITLE} {format_date_de(first.starts_at.date())}"
    return build_pdf(
        story,
        title=title,
        author=author,
        subject=TITLE,
        header=HeaderInfo(TITLE, project_name, logo_left, logo_right),
        printed_at=printed_at,
    )
