"""The Betreuungsliste for the childcare staff: which children come to a session, how old.

Built from plain data (no database). The staff need the child, its age at the session date
and what to look out for, and whose child it is: so the list shows the parent's name and
nothing else about the parent (no address, phone or birth date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from gemeinsam_desktop.printing.layout import (
    CONTENT_WIDTH,
    HeaderInfo,
    PageGroup,
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

TITLE = "Betreuungsliste"
AGE_GROUPS = ("unter 3 Jahre", "3 bis 6 Jahre", "Schulalter")


@dataclass(frozen=True)
class CareChild:
    first_name: str  # may be empty: the list then says "Kind 1", "Kind 2" (per parent)
    birth_year: int
    birth_month: int
    parent_last_name: str
    parent_first_name: str
    care_notes: str


@dataclass(frozen=True)
class CareSession:
    kind: str  # German label, e.g. "Workshop"
    topic: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str
    room: str
    childcare_offered: bool
    capacity: int | None
    children: tuple[CareChild, ...]


def age_in_months(child: CareChild, day: dt.date) -> int:
    """Whole months at ``day`` (only birth year and month are stored)."""
    return max(0, (day.year - child.birth_year) * 12 + day.month - child.birth_month)


def age_text(months: int) -> str:
    """``28`` → ``"2 Jahre, 4 Monate"``; ``11`` → ``"11 Monate"``; ``12`` → ``"1 Jahr"``."""
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append("1 Jahr" if years == 1 else f"{years} Jahre")
    if rest or not years:
        parts.append("1 Monat" if rest == 1 else f"{rest} Monate")
    return ", ".join(parts)


def age_group(months: int) -> str:
    """The groups of the session page's childcare figures: under 3, 3 to 6, school age."""
    years = months // 12
    return AGE_GROUPS[0 if years < 3 else 1 if years < 7 else 2]


def _parent(child: CareChild) -> str:
    return ", ".join(p for p in (child.parent_last_name, child.parent_first_name) if p)


def _rows(session: CareSession) -> list[tuple[CareChild, str, int]]:
    """(child, shown name, months) sorted by parent, then the older child first."""
    day = session.starts_at.date()
    ordered = sorted(
        session.children,
        key=lambda c: (
            collation_key(c.parent_last_name),
            collation_key(c.parent_first_name),
            c.birth_year,
            c.birth_month,
        ),
    )
    unnamed: dict[tuple[str, str], int] = {}
    out = []
    for child in ordered:
        name = child.first_name.strip()
        if not name:
            key = (child.parent_last_name, child.parent_first_name)
            unnamed[key] = unnamed.get(key, 0) + 1
            name = f"Kind {unnamed[key]}"
        out.append((child, name, age_in_months(child, day)))
    return out


def _details(session: CareSession, rows: list[tuple[CareChild, str, int]]) -> Table:
    styles = document_styles()
    place = ", ".join(p for p in (session.location, session.room) if p) or "–"
    topic = session.topic.strip()
    what = f"{session.kind}: {topic}" if topic and topic != session.kind else session.kind
    groups = [0, 0, 0]
    for _child, _name, months in rows:
        groups[AGE_GROUPS.index(age_group(months))] += 1
    count = (
        f"{len(rows)} ("
        + ", ".join(f"{label}: {n}" for label, n in zip(AGE_GROUPS, groups, strict=True))
        + ")"
    )
    if session.capacity is not None:
        count += f" · Plätze: {session.capacity}"
        if len(rows) > session.capacity:
            count += " – mehr Kinder als Plätze!"
    lines = [
        ("Termin", what),
        ("Datum", format_weekday_date_de(session.starts_at.date())),
        ("Zeit", format_time_range_de(session.starts_at, session.ends_at)),
        ("Ort", place),
        ("Kinder", count if rows else "–"),
    ]
    data = [[paragraph(k, styles.table_header), paragraph(v, styles.table_cell)] for k, v in lines]
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


def _sheet(session: CareSession) -> list[Flowable]:
    styles = document_styles()
    rows = _rows(session)
    label = f"{TITLE} {format_date_de(session.starts_at.date())}"
    story: list[Flowable] = [
        PageGroup(label),
        paragraph(TITLE, styles.title),
        _details(session, rows),
    ]
    if not session.childcare_offered:
        story.append(paragraph("Bei diesem Termin gibt es keine Kinderbetreuung.", styles.body))
        return story
    if not rows:
        story.append(paragraph("Für diesen Termin sind keine Kinder angemeldet.", styles.body))
        return story
    story.append(
        make_table(
            ["Nr.", "Kind", "Alter", "Altersgruppe", "Elternteil", "Hinweise zur Betreuung"],
            [
                [f"{n}.", name, age_text(months), age_group(months), _parent(c), c.care_notes]
                for n, (c, name, months) in enumerate(rows, start=1)
            ],
            col_widths=[w * mm for w in (9, 21, 35, 25, 32, 43)],
            min_row_height=8 * mm,
        )
    )
    return story


def build_childcare_pdf(
    sessions: Sequence[CareSession],
    *,
    project_name: str,
    author: str = "",
    logo_left: Path | None = None,
    logo_right: Path | None = None,
    printed_at: dt.datetime | None = None,
) -> bytes:
    """One list (one or more pages) per session, in the order given, as PDF bytes."""
    if not sessions:
        raise ValueError("no sessions to print")
    story: list[Flowable] = []
    for index, session in enumerate(sessions):
        if index:
            story.append(PageBreak())
        story += _sheet(session)
    first = sessions[0].starts_at.date()
    days = {s.starts_at.date() for s in sessions}
    title = f"{TITLE} {format_date_de(first)}" if len(days) == 1 else TITLE
    return build_pdf(
        story,
        title=title,
        author=author,
        subject=TITLE,
        header=HeaderInfo(TITLE, project_name, logo_left, logo_right),
        printed_at=printed_at,
    )
