"""The Teilnahmebescheinigung: one page per person, built from plain data (no database).

The wording comes from a template (``certificate_text``); below it, the topics attended
with their dates and hours, then place, date and signature lines for coach and
Projektleitung.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from gemeinsam_desktop.printing.certificate_text import (
    TITLE,
    CertificateData,
    CertificateWording,
    check_template,
    fill_template,
)
from gemeinsam_desktop.printing.layout import (
    CONTENT_WIDTH,
    FONT_BOLD,
    Cell,
    HeaderInfo,
    PageGroup,
    Plain,
    build_pdf,
    document_styles,
    format_date_de,
    format_number_de,
    make_table,
    paragraph,
    table_style,
)


# -- the page ---------------------------------------------------------------------------------
def _date_list(dates: Sequence[dt.date]) -> str:
    """``16.06., 23.06., 30.06.2026`` (the year once per year)."""
    parts: list[str] = []
    ordered = sorted(dates)
    for i, day in enumerate(ordered):
        last_of_year = i + 1 == len(ordered) or ordered[i + 1].year != day.year
        parts.append(format_date_de(day) if last_of_year else f"{day.day:02d}.{day.month:02d}.")
    return ", ".join(parts)


class _Progress(Flowable):
    """Reports "certificate i of n laid out" while reportlab builds the document."""

    def __init__(self, done: int, total: int, callback: Callable[[int, int], None]) -> None:
        super().__init__()
        self.done, self.total, self.callback = done, total, callback
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.callback(self.done, self.total)


def _styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    styles = document_styles()
    title = ParagraphStyle(
        "certificate_title", parent=styles.title, fontSize=22, leading=28, alignment=TA_CENTER
    )
    body = ParagraphStyle("certificate_body", parent=styles.body, fontSize=11, leading=16.5)
    return title, body


def _signatures(wording: CertificateWording, issued_on: dt.date) -> Flowable:
    styles = document_styles()
    gap = 15 * mm
    width = (CONTENT_WIDTH - gap) / 2
    place = f"{wording.place}, {format_date_de(issued_on)}" if wording.place else ""
    table = Table(
        [
            [paragraph(place, styles.body), "", ""],
            ["", "", ""],
            [
                paragraph(wording.coach_label, styles.small),
                "",
                paragraph(wording.lead_label, styles.small),
            ],
        ],
        colWidths=[width, gap, width],
        rowHeights=[None, 16 * mm, None],
        hAlign="LEFT",
        style=table_style(
            ("LINEBELOW", (0, 1), (0, 1), 0.8, styles.body.textColor),
            ("LINEBELOW", (2, 1), (2, 1), 0.8, styles.body.textColor),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 2), (-1, 2), 2),
        ),
    )
    return KeepTogether([Spacer(1, 10 * mm), table])


def _certificate(
    data: CertificateData, wording: CertificateWording, issued_on: dt.date
) -> list[Flowable]:
    styles = document_styles()
    title_style, body_style = _styles()
    story: list[Flowable] = [
        PageGroup(f"{TITLE} {data.name}"),
        Spacer(1, 8 * mm),
        paragraph(TITLE, title_style),
        Spacer(1, 7 * mm),
    ]
    for block in re.split(r"\n\s*\n", fill_template(wording.template, data)):
        story.append(paragraph(block.strip(), body_style))
    if data.topics:
        story.append(Spacer(1, 3 * mm))
        # Numbers and the sum row never wrap: plain cells, far cheaper than paragraphs
        # when sixty certificates are printed at once.
        rows: list[list[Cell]] = [
            [topic.title, _date_list(topic.dates), Plain(format_number_de(topic.hours))]
            for topic in data.topics
        ]
        rows.append(
            [Plain("Zusammen"), Plain(_count(data.sessions)), Plain(format_number_de(data.hours))]
        )
        story.append(
            make_table(
                ["Thema", "Termine", "Stunden"],
                rows,
                col_widths=[68 * mm, CONTENT_WIDTH - 68 * mm - 20 * mm, 20 * mm],
                zebra=False,
                extra_style=[
                    ("LINEABOVE", (0, -1), (-1, -1), 0.9, styles.body.textColor),
                    ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
                    ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                ],
            )
        )
    story.append(_signatures(wording, issued_on))
    return story


def _count(sessions: int) -> str:
    return "1 Termin" if sessions == 1 else f"{sessions} Termine"


def build_certificates_pdf(
    people: Sequence[CertificateData],
    wording: CertificateWording,
    *,
    project_name: str,
    author: str = "",
    logo_left: Path | None = None,
    logo_right: Path | None = None,
    printed_at: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """One certificate per person (each on its own page or pages), in the order given.

    ``progress(done, total)`` is called as each certificate is laid out and once at the end.
    """
    if not people:
        raise ValueError("no certificates to print")
    check_template(wording.template)
    printed_at = printed_at or dt.datetime.now()
    issued_on = wording.issued_on or printed_at.date()
    total = len(people)
    story: list[Flowable] = []
    for index, data in enumerate(people):
        if index:
            story.append(PageBreak())
        if progress is not None:
            story.append(_Progress(index, total, progress))
        story += _certificate(data, wording, issued_on)
    title = f"{TITLE} {people[0].name}" if total == 1 else f"{TITLE}en ({total})"
    pdf = build_pdf(
        story,
        title=title,
        author=author,
        subject=TITLE,
        header=HeaderInfo(TITLE, project_name, logo_left, logo_right),
        printed_at=printed_at,
    )
    if progress is not None:
        progress(total, total)
    return pdf
