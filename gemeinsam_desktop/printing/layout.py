"""The one page layout every printed document uses: fonts, A4 frame, header, footer, styles.

Documents (Notfallblatt, Anwesenheitsliste, Teilnahmebescheinigung, …) build a list of
reportlab flowables from plain data and hand it to :func:`build_pdf`, which returns the PDF
as bytes. Nothing here touches Qt or the disk (except reading the shipped fonts and logos).
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

# German dates, numbers and name order live in formats.py (plain Python); re-exported here.
from gemeinsam_desktop.printing.formats import WEEKDAYS_DE as WEEKDAYS_DE
from gemeinsam_desktop.printing.formats import collation_key as collation_key
from gemeinsam_desktop.printing.formats import format_date_de as format_date_de
from gemeinsam_desktop.printing.formats import format_datetime_de as format_datetime_de
from gemeinsam_desktop.printing.formats import format_number_de as format_number_de
from gemeinsam_desktop.printing.formats import format_time_range_de as format_time_range_de
from gemeinsam_desktop.printing.formats import format_weekday_date_de as format_weekday_date_de
from gemeinsam_desktop.resources import resource_path

log = logging.getLogger(__name__)

# --- fonts -------------------------------------------------------------------------------

FONT_FAMILY = "NotoSans"
FONT_REGULAR = "NotoSans"
FONT_BOLD = "NotoSans-Bold"
FONT_ITALIC = "NotoSans-Italic"
FONT_BOLD_ITALIC = "NotoSans-BoldItalic"

_FONT_FILES = {
    FONT_REGULAR: "NotoSans-Regular.ttf",
    **{name: f"{name}.ttf" for name in (FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)},
}
_font_lock = threading.Lock()


def register_fonts() -> None:
    """Register the shipped Noto Sans family with reportlab (safe to call any number of times).

    reportlab's font registry is process-global, so documents built on a worker thread
    share it; the lock keeps two first builds from registering half a family each.
    """
    with _font_lock:
        if FONT_BOLD_ITALIC in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        # Lets <b> and <i> inside a Paragraph pick the right face.
        faces = dict(zip(("normal", "bold", "italic", "boldItalic"), _FONT_FILES, strict=True))
        pdfmetrics.registerFontFamily(FONT_FAMILY, **faces)


# --- page geometry (DIN 5008-like) --------------------------------------------------------

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 27 * mm  # includes the header band
MARGIN_BOTTOM = 20 * mm  # includes the footer band
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

_HEADER_TOP = PAGE_HEIGHT - 10 * mm
_HEADER_RULE_Y = PAGE_HEIGHT - 21.5 * mm
_LOGO_HEIGHT = 10 * mm
_LOGO_MAX_WIDTH = 40 * mm
_FOOTER_RULE_Y = 14 * mm
_FOOTER_TEXT_Y = 10 * mm

# --- colours: one calm accent, greys for rules and secondary text ---------------------------

TEXT_COLOR = colors.HexColor("#1F2933")
MUTED_COLOR = colors.HexColor("#5F6B76")
ACCENT_COLOR = colors.HexColor("#2F5D7C")
RULE_COLOR = colors.HexColor("#B8C0C8")
HEADER_FILL = colors.HexColor("#E6ECF1")
ZEBRA_FILL = colors.HexColor("#F6F8FA")

PROJECT_NAME = "Gemeinsam in Wetzlar"
CREATOR = "Gemeinsam Desktop"


# --- header and styles -------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderInfo:
    """What the header band of every page shows.

    Logos are optional image files (PNG/JPEG) configured by the project; none are shipped.
    They are scaled to 10 mm height and at most 40 mm width.
    """

    document_title: str
    project_name: str = PROJECT_NAME
    logo_left: Path | None = None
    logo_right: Path | None = None


@dataclass(frozen=True)
class DocumentStyles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table_cell: ParagraphStyle
    table_header: ParagraphStyle


@cache
def document_styles() -> DocumentStyles:
    """The paragraph styles of all documents (built once; treat them as read-only)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT_REGULAR,
        fontSize=10,
        leading=14,
        textColor=TEXT_COLOR,
        alignment=TA_LEFT,
        spaceAfter=5,
        bulletFontName=FONT_REGULAR,
    )

    def derived(name: str, **overrides: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **overrides)

    cell = derived("table_cell", fontSize=9, leading=12, spaceAfter=0)
    return DocumentStyles(
        title=derived("title", fontName=FONT_BOLD, fontSize=17, leading=22, textColor=ACCENT_COLOR),
        heading=derived("heading", fontName=FONT_BOLD, fontSize=12, leading=16, spaceBefore=8),
        body=body,
        small=derived("small", fontSize=8.5, leading=11.5, textColor=MUTED_COLOR),
        table_cell=cell,
        table_header=ParagraphStyle("table_header", parent=cell, fontName=FONT_BOLD),
    )


def paragraph(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text: ``<``, ``&`` in names or notes are escaped, not markup."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style or document_styles().body)


def heading(text: str, *, min_space_below: float = 35 * mm) -> list[Flowable]:
    """A section heading that never stays alone at the bottom of a page.

    Not ``keepWithNext``: reportlab then keeps heading and next flowable together as a
    whole, and a long table after the heading would leave the rest of the page empty.
    A conditional page break only starts a new page when less than ``min_space_below`` is left.
    """
    return [CondPageBreak(min_space_below), paragraph(text, document_styles().heading)]


# --- tables ------------------------------------------------------------------------------


class Plain(str):
    """A table cell set as it is, not as a paragraph: for short text that never wraps
    (numbers, "12."). Much cheaper to lay out than a paragraph; style it with table
    commands (``ALIGN``, ``FONTNAME``) — it does not wrap, so keep it short."""


Cell: TypeAlias = str | Flowable | None


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle for any table in a document: use it instead of ``TableStyle``.

    Plain-string cells (even empty ones) are otherwise set in reportlab's default
    Helvetica, which then lands in the PDF beside the embedded font.
    """
    every = ((0, 0), (-1, -1))
    base = [("FONTNAME", *every, FONT_REGULAR), ("FONTSIZE", *every, 9)]
    return TableStyle([*base, ("TEXTCOLOR", *every, TEXT_COLOR), *commands])


def make_table(
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    col_widths: Sequence[float] | None = None,
    zebra: bool = True,
    extra_style: Sequence[tuple[Any, ...]] = (),
    min_row_height: float | None = None,
) -> Table:
    """A table with a calm grid whose header row repeats on every page.

    Text cells are wrapped in paragraphs so long names and notes break inside their column;
    ``col_widths`` default to equal columns over the full content width. ``min_row_height``
    makes every body row at least that tall (room to sign by hand); a row whose text needs
    more grows, so nothing is clipped.
    """
    styles = document_styles()

    def cell(value: Cell) -> Flowable | str:
        if value is None:
            return ""
        if isinstance(value, Plain):
            return str(value)
        if isinstance(value, str):
            return paragraph(value, styles.table_cell)
        return value

    data: list[list[Flowable | str]] = [[paragraph(h, styles.table_header) for h in header]]
    data.extend([cell(v) for v in row] for row in rows)
    widths = list(col_widths) if col_widths else [CONTENT_WIDTH / len(header)] * len(header)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOR),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT_COLOR),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]))
    commands.extend(extra_style)
    heights = _row_heights(data, widths, min_row_height) if min_row_height else None
    table = Table(
        data,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        style=table_style(*commands),
        hAlign="LEFT",
    )
    table.spaceAfter = 8
    return table


_CELL_PADDING_X = 10.0  # LEFTPADDING + RIGHTPADDING of make_table
_CELL_PADDING_Y = 7.5  # TOPPADDING + BOTTOMPADDING


def _row_heights(
    data: list[list[Flowable | str]], widths: list[float], minimum: float
) -> list[float | None]:
    """Header row as tall as it needs; body rows at least ``minimum``, more if text wraps."""
    heights: list[float | None] = [None]
    for row in data[1:]:
        needed = minimum
        for value, width in zip(row, widths, strict=False):
            if isinstance(value, Flowable):
                _w, h = value.wrap(width - _CELL_PADDING_X, PAGE_HEIGHT)
                needed = max(needed, h + _CELL_PADDING_Y)
        heights.append(needed)
    return heights


# --- header, footer and "Seite x von y" --------------------------------------------------


def _logo(path: Path | None) -> ImageReader | None:
    if path is None:
        return None
    try:
        return ImageReader(str(path))
    except Exception:  # a broken logo must not stop a sign-in sheet from printing
        log.warning("Logo konnte nicht gelesen werden und wird weggelassen: %s", path.name)
        return None


def _logo_size(image: ImageReader) -> tuple[float, float]:
    width, height = image.getSize()
    scale = min(_LOGO_HEIGHT / height, _LOGO_MAX_WIDTH / width)
    return width * scale, height * scale


def _rule(canvas: Canvas, y: float) -> None:
    canvas.setStrokeColor(RULE_COLOR)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, y, PAGE_WIDTH - MARGIN_RIGHT, y)


class _PageDecorator:
    """Draws header band and the left part of the footer on each page (``onPage`` callback)."""

    def __init__(self, header: HeaderInfo | None, printed_at: datetime) -> None:
        self.header = header
        self.printed_on = format_date_de(printed_at)
        self.logo_left = _logo(header.logo_left) if header else None
        self.logo_right = _logo(header.logo_right) if header else None

    def __call__(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if self.header is not None:
            self._draw_header(canvas, self.header)
        _rule(canvas, _FOOTER_RULE_Y)
        canvas.setFont(FONT_REGULAR, 8)
        canvas.setFillColor(MUTED_COLOR)
        canvas.drawString(MARGIN_LEFT, _FOOTER_TEXT_Y, f"Gedruckt am {self.printed_on}")
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas, header: HeaderInfo) -> None:
        text_x = MARGIN_LEFT
        logo_y = _HEADER_TOP - _LOGO_HEIGHT
        if self.logo_left is not None:
            width, height = _logo_size(self.logo_left)
            canvas.drawImage(self.logo_left, MARGIN_LEFT, logo_y, width, height, mask="auto")
            text_x += width + 4 * mm
        if self.logo_right is not None:
            width, height = _logo_size(self.logo_right)
            x = PAGE_WIDTH - MARGIN_RIGHT - width
            canvas.drawImage(self.logo_right, x, logo_y, width, height, mask="auto")
        canvas.setFillColor(ACCENT_COLOR)
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawString(text_x, _HEADER_TOP - 4.5 * mm, header.project_name)
        canvas.setFillColor(MUTED_COLOR)
        canvas.setFont(FONT_REGULAR, 8.5)
        canvas.drawString(text_x, _HEADER_TOP - 8.8 * mm, header.document_title)
        _rule(canvas, _HEADER_RULE_Y)


_GROUP_ATTR = "_gd_page_group"


class PageGroup(Flowable):
    """Starts a document of its own inside one PDF (a sign-in sheet per date, a certificate
    per person): "Seite x von y" counts the pages of this group, and ``label`` (if any)
    stands in the middle of the footer of each of its pages, so a continuation page still
    says which date or person it belongs to.

    Put it first on a fresh page (after a ``PageBreak``); it takes no space.
    """

    def __init__(self, label: str = "") -> None:
        super().__init__()
        self.label = label
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        # The canvas keeps the attribute for the following pages until the next group;
        # _NumberedCanvas saves it with each page's state.
        serial = (getattr(self.canv, _GROUP_ATTR, None) or (0, ""))[0] + 1
        setattr(self.canv, _GROUP_ATTR, (serial, self.label))


class _NumberedCanvas(Canvas):
    """Holds every finished page back until the end, so each footer can name the total.

    The page count is only known after the last flowable is laid out; instead of building
    the document twice, the page states are kept and drawn out in :meth:`save`. With
    :class:`PageGroup` markers the count runs per group.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        groups = [state.get(_GROUP_ATTR) for state in self._page_states]
        sizes: dict[object, int] = {}
        for group in groups:
            sizes[group] = sizes.get(group, 0) + 1
        seen: dict[object, int] = {}
        for state, group in zip(self._page_states, groups, strict=True):
            self.__dict__.update(state)
            seen[group] = seen.get(group, 0) + 1
            self._draw_page_number(seen[group], sizes[group], group[1] if group else "")
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int, label: str) -> None:
        self.saveState()
        self.setFont(FONT_REGULAR, 8)
        self.setFillColor(MUTED_COLOR)
        text = f"Seite {number} von {total}"
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, _FOOTER_TEXT_Y, text)
        if label:
            centre = MARGIN_LEFT + CONTENT_WIDTH / 2
            self.drawCentredString(centre, _FOOTER_TEXT_Y, label)
        self.restoreState()


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    subject: str | None = None,
    header: HeaderInfo | None = None,
    printed_at: datetime | None = None,
) -> bytes:
    """Lay out ``story`` on A4 pages with header and footer and return the PDF bytes.

    ``title`` and ``author`` go into the PDF metadata (shown by viewers and the print
    queue); ``printed_at`` defaults to now and appears as "Gedruckt am …" in the footer.
    The story list is consumed by reportlab; build a fresh one for each call.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        title=title,
        author=author,
        subject=subject or "",
        creator=CREATOR,
        lang="de-DE",
        # Otherwise reportlab starts every page in Helvetica, which is then listed (unused)
        # among the PDF's fonts.
        initialFontName=FONT_REGULAR,
        initialFontSize=10,
    )
    # The frame is the margin box exactly (no padding), so content lines up with the rules.
    no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, **no_padding)
    decorate = _PageDecorator(header, printed_at or datetime.now())
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
