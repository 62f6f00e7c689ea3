"""The Notfallblatt: the recovery key on paper, printed once when the data store is set up.

It is the only copy of the key outside the key-slot file, so it has to be legible years
later to someone who never saw the app: very large key, plain words, one A4 page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
)

from gemeinsam_desktop.printing.layout import (
    ACCENT_COLOR,
    CONTENT_WIDTH,
    FONT_BOLD,
    FONT_REGULAR,
    MUTED_COLOR,
    RULE_COLOR,
    TEXT_COLOR,
    HeaderInfo,
    build_pdf,
    document_styles,
    format_datetime_de,
    heading,
    paragraph,
    table_style,
)

TITLE = "Notfallblatt – Wiederherstellungsschlüssel"
GROUP_SIZE = 4

_KEY_FONT_SIZE = 26
_KEY_CHAR_SPACE = 3
_KEY_FILL = colors.HexColor("#F3F6F9")
_WARN_FILL = colors.HexColor("#FFF6E0")
_WARN_BAR = colors.HexColor("#C98A00")


@dataclass(frozen=True)
class RecoverySheetData:
    project_name: str
    coach_name: str
    created_at: datetime
    data_dir: str
    recovery_key: str


def key_groups(recovery_key: str) -> list[str]:
    """``"abcd-efgh …"`` → ``["ABCD", "EFGH", …]``; hyphens and spaces are only for reading."""
    compact = "".join(recovery_key.split()).replace("-", "").upper()
    if not compact:
        raise ValueError("recovery key is empty")
    return [compact[i : i + GROUP_SIZE] for i in range(0, len(compact), GROUP_SIZE)]


class _KeyGroup(Flowable):
    """One group of the key, letter-spaced so each character stands on its own.

    Paragraphs cannot letter-space; spacing by inserting blanks would also make the text
    copied out of the PDF ("A B C D") differ from the key.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def _text_width(self) -> float:
        width = self.canv.stringWidth(self.text, FONT_BOLD, _KEY_FONT_SIZE)
        return width + _KEY_CHAR_SPACE * (len(self.text) - 1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = _KEY_FONT_SIZE
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        text = canvas.beginText()
        text.setFont(FONT_BOLD, _KEY_FONT_SIZE)
        text.setCharSpace(_KEY_CHAR_SPACE)
        text.setFillColor(TEXT_COLOR)
        # Baseline a little above the bottom: capitals and digits have no descenders.
        text.setTextOrigin((self.width - self._text_width()) / 2, 0.12 * _KEY_FONT_SIZE)
        text.textOut(self.text)
        canvas.drawText(text)


def _key_box(groups: list[str]) -> Table:
    columns = 4
    cells: list[Flowable] = [_KeyGroup(group) for group in groups]
    cells += [Spacer(1, 1)] * (-len(cells) % columns)
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    return Table(
        rows,
        colWidths=[CONTENT_WIDTH / columns] * columns,
        style=table_style(
            *[
                ("BOX", (0, 0), (-1, -1), 1.4, ACCENT_COLOR),
                ("BACKGROUND", (0, 0), (-1, -1), _KEY_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 16),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 16),
            ]
        ),
    )


def _warning_box(lines: list[str], style: ParagraphStyle) -> Table:
    bullets = ListFlowable(
        [ListItem(paragraph(line, style), leftIndent=10) for line in lines],
        bulletType="bullet",
        start="•",
        bulletFontName=FONT_REGULAR,
        bulletFontSize=style.fontSize,
        leftIndent=10,
    )
    title = Paragraph("Wichtig", ParagraphStyle("warn_title", parent=style, fontName=FONT_BOLD))
    return Table(
        [[title], [bullets]],
        colWidths=[CONTENT_WIDTH],
        style=table_style(
            *[
                ("BACKGROUND", (0, 0), (-1, -1), _WARN_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, _WARN_BAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        ),
    )


def _facts_table(data: RecoverySheetData, style: ParagraphStyle) -> Table:
    label = ParagraphStyle("fact_label", parent=style, textColor=MUTED_COLOR)
    facts = [
        ("Projekt", data.project_name),
        ("Eingerichtet am", format_datetime_de(data.created_at)),
        ("Eingerichtet von", data.coach_name),
        ("Datenordner", data.data_dir),
    ]
    rows = [[paragraph(name, label), paragraph(value, style)] for name, value in facts]
    return Table(
        rows,
        colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm],
        style=table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        ),
    )


def _custody_lines(style: ParagraphStyle) -> Table:
    """Blank lines to write on by hand: who keeps the sheet, where, signed when."""
    labels = ["Aufbewahrt bei", "Ort", "Datum, Unterschrift"]
    rows = [[paragraph(label, style), ""] for label in labels]
    return Table(
        rows,
        colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm],
        rowHeights=[11 * mm] * len(rows),
        style=table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, RULE_COLOR),
            ]
        ),
    )


def _story(data: RecoverySheetData) -> list[Flowable]:
    styles = document_styles()
    body = styles.body
    centred_small = ParagraphStyle("key_note", parent=styles.small, alignment=TA_CENTER)
    steps = [
        "Gemeinsam Desktop starten.",
        "Im Anmeldefenster „Passwort vergessen?“ wählen.",
        "Den Wiederherstellungsschlüssel von diesem Blatt eingeben (mit oder ohne Bindestriche).",
        "Ein neues Passwort festlegen. Danach das Blatt wieder sicher verschließen.",
    ]
    return [
        paragraph(TITLE, styles.title),
        paragraph(
            "Mit dem Schlüssel auf diesem Blatt öffnen Sie alle Daten von Gemeinsam Desktop, "
            "wenn jedes Passwort vergessen ist. Er ist der Ersatzschlüssel für die Daten: "
            "Ohne Passwort und ohne dieses Blatt kann niemand die Daten wiederherstellen – "
            "auch kein Support.",
            body,
        ),
        Spacer(1, 2),
        _warning_box(
            [
                "Bewahren Sie dieses Blatt verschlossen auf wie einen Haustürschlüssel, "
                "zum Beispiel im Tresor des Projektbüros.",
                "Speichern Sie den Schlüssel nie auf dem Laptop. Fotografieren, kopieren oder "
                "verschicken Sie ihn nicht.",
                "Wer dieses Blatt und den Laptop hat, kann alle Daten lesen.",
            ],
            body,
        ),
        Spacer(1, 12),
        paragraph("Ihr Wiederherstellungsschlüssel", styles.heading),
        _key_box(key_groups(data.recovery_key)),
        Spacer(1, 4),
        paragraph(
            "Groß- und Kleinschreibung spielt keine Rolle. Die Zeichen 0 (Null), O, 1 (Eins) "
            "und I kommen im Schlüssel nicht vor.",
            centred_small,
        ),
        Spacer(1, 6),
        _facts_table(data, body),
        *heading("So stellen Sie den Zugang wieder her"),
        ListFlowable(
            [ListItem(paragraph(step, body), leftIndent=16) for step in steps],
            bulletType="1",
            bulletFormat="%s.",
            bulletFontName=FONT_BOLD,
            bulletFontSize=body.fontSize,
            leftIndent=16,
        ),
        *heading("Aufbewahrung"),
        _custody_lines(body),
    ]


def build_recovery_sheet(data: RecoverySheetData) -> bytes:
    """The Notfallblatt as PDF bytes (one A4 page)."""
    return build_pdf(
        _story(data),
        title=TITLE,
        author=data.coach_name,
        subject=f"{data.project_name} – vertraulich",
        header=HeaderInfo(
            document_title="Notfallblatt · vertraulich", project_name=data.project_name
        ),
    )
