"""Zwischenbericht / Abschlussbericht for the JobCenter and the city, from ``Figures``.

Counts, rates and charts only. Names appear only in the named appendix, and only when the
coach chose it (``named`` is not None); note texts never appear (the figures hold none).
The footnotes define every rate exactly as ``services.figures`` computes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from gemeinsam_desktop.printing.layout import (
    ACCENT_COLOR,
    CONTENT_WIDTH,
    FONT_BOLD,
    FONT_REGULAR,
    HEADER_FILL,
    MUTED_COLOR,
    RULE_COLOR,
    TEXT_COLOR,
    Cell,
    HeaderInfo,
    build_pdf,
    document_styles,
    format_date_de,
    heading,
    make_table,
    paragraph,
    table_style,
)
from gemeinsam_desktop.services.calendar_types import KIND_NAMES
from gemeinsam_desktop.services.figures import (
    LEAD_STAGE_NAMES,
    PLACEMENT_KIND_NAMES,
    STATUS_NAMES,
    Figures,
    NamedLine,
)
from gemeinsam_desktop.services.figures_export import percent_de
from gemeinsam_desktop.store.models import ParticipantStatus, PlacementKind

INTERIM, FINAL = "zwischen", "abschluss"
TITLES = {INTERIM: "Zwischenbericht", FINAL: "Abschlussbericht"}
WARN_COLOR = colors.HexColor("#C77A12")
SHORT_KINDS = {
    PlacementKind.SV_VOLLZEIT: "SV Vollzeit",
    PlacementKind.SV_TEILZEIT: "SV Teilzeit",
    PlacementKind.AUSBILDUNG: "Ausbildung",
    PlacementKind.SELBSTSTAENDIG: "selbstständig",
    PlacementKind.MINIJOB: "Minijob",
    PlacementKind.PRAKTIKUM: "Praktikum",
}

FOOTNOTES = (
    "Integrationsquote (in Anlehnung an § 48a SGB II): Teilnehmende mit mindestens einer "
    "Arbeitsaufnahme in sozialversicherungspflichtiger Beschäftigung (Voll- oder Teilzeit), "
    "Ausbildung oder Selbstständigkeit, geteilt durch alle Teilnehmenden, die die Teilnahme bis "
    "zum Ende des Berichtszeitraums beendet haben (Austritt bis dahin oder Status vermittelt, "
    "abgeschlossen, abgebrochen). Gezählt wird vom Projektbeginn bis zum Ende des "
    "Berichtszeitraums. Minijob und Praktikum zählen nicht als Integration; sie stehen daneben.",
    "Anwesenheitsquote: anwesend (einschließlich verspätet) geteilt durch alle erfassten "
    "Teilnahmen an durchgeführten Terminen im Berichtszeitraum, jeweils innerhalb der "
    "Teilnahmezeit der Person. Noch nicht erfasste Termine zählen weder als anwesend noch als "
    "abwesend.",
    "Kind-Termine: für jeden durchgeführten Termin die Zahl der dabei betreuten Kinder, summiert.",
    "Nachhaltigkeit: Integrationen, deren Beginn mindestens 3 bzw. 6 Monate vor dem Ende des "
    "Berichtszeitraums liegt; Quote = weiterhin beschäftigt geteilt durch nachgefragt.",
)


def _pct(value: float | None) -> str:
    """As ``percent_de``, never broken between number and sign."""
    return percent_de(value).replace(" %", "\u00a0%")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _period(fig: Figures) -> str:
    return f"{format_date_de(fig.start)} bis {format_date_de(fig.end)}"


# -- charts -------------------------------------------------------------------------------
def bar_chart(items: Sequence[tuple[str, int]], width: float = CONTENT_WIDTH) -> Drawing:
    """Horizontal bars with the value at the end; one row of 7 mm a bar."""
    row = 7 * mm
    label_room = 58 * mm
    height = max(1, len(items)) * row + 6
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, 3
    chart.width, chart.height = width - label_room - 14 * mm, height - 6
    chart.data = [[value for _label, value in reversed(items)] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _value in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = FONT_REGULAR
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.fillColor = TEXT_COLOR
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE_COLOR
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([v for _l, v in items] + [1]) * 1.08
    chart.bars[0].fillColor = ACCENT_COLOR
    chart.bars[0].strokeColor = None
    chart.barWidth = row * 0.62
    chart.groupSpacing = row * 0.38
    chart.barLabelFormat = lambda v: _n(int(v))
    chart.barLabels.fontName = FONT_REGULAR
    chart.barLabels.fontSize = 8.5
    chart.barLabels.fillColor = TEXT_COLOR
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def gauge(rate: float | None, target: float | None, width: float = CONTENT_WIDTH) -> Drawing:
    """A bar filled to ``rate`` with a mark at ``target`` (0 % … 100 %)."""
    height, bar = 14 * mm, 5 * mm
    drawing = Drawing(width, height)
    y = 5 * mm
    drawing.add(Rect(0, y, width, bar, fillColor=HEADER_FILL, strokeColor=None))
    if rate:
        reached = target is None or rate >= target
        fill = ACCENT_COLOR if reached else WARN_COLOR
        drawing.add(Rect(0, y, width * min(rate, 1.0), bar, fillColor=fill, strokeColor=None))
    if target is not None:
        x = width * target
        drawing.add(Line(x, y - 1.5 * mm, x, y + bar + 1.5 * mm, strokeColor=TEXT_COLOR))
        drawing.add(
            String(
                x,
                y + bar + 2.5 * mm,
                f"Ziel {_pct(target)}",
                fontName=FONT_BOLD,
                fontSize=8,
                fillColor=TEXT_COLOR,
                textAnchor="middle",
            )  # fmt: skip
        )
    for share in (0.0, 0.5, 1.0):
        anchor = {0.0: "start", 0.5: "middle", 1.0: "end"}[share]
        drawing.add(
            String(
                width * share,
                0.8 * mm,
                f"{round(share * 100)} %",
                fontName=FONT_REGULAR,
                fontSize=7,
                fillColor=MUTED_COLOR,
                textAnchor=anchor,
            )  # fmt: skip
        )
    return drawing


# -- sections -----------------------------------------------------------------------------
def _key_figures(fig: Figures) -> Table:
    styles = document_styles()
    quota = fig.integration
    cells = [
        (_n(fig.in_period), "Teilnehmende im Zeitraum"),
        (_pct(quota.rate), f"Integrationsquote (Ziel {_pct(quota.target)})"),
        (_pct(fig.attendance.rate), "Anwesenheitsquote"),
        (_n(fig.sessions_held), "Termine durchgeführt"),
    ]
    big = styles.title
    row = [[paragraph(value, big), paragraph(label, styles.small)] for value, label in cells]
    table = Table([row], colWidths=[CONTENT_WIDTH / 4] * 4, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 0.6, RULE_COLOR),
            ("LINEBEFORE", (1, 0), (-1, 0), 0.4, RULE_COLOR),
            ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    table.spaceAfter = 6
    return table


def _two_columns(rows: Sequence[tuple[str, str]], header: tuple[str, str]) -> Flowable:
    table = make_table(header, rows, col_widths=[CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3])
    return KeepTogether([table]) if len(rows) <= 20 else table


def _participants(fig: Figures) -> list[Flowable]:
    story = heading("1. Teilnehmende")
    story.append(
        _two_columns(
            [
                ("im Berichtszeitraum betreut", _n(fig.in_period)),
                ("Eintritte", _n(fig.entries)),
                ("Austritte", _n(fig.exits)),
            ]
            + [
                (f"Stand {format_date_de(fig.today)}: {STATUS_NAMES[s]}", _n(fig.status_count(s)))
                for s in ParticipantStatus
                if fig.status_count(s)
            ],
            ("Teilnehmende", "Anzahl"),
        )
    )
    if fig.exits_by_reason:
        rows = [
            (f"{STATUS_NAMES[e.status]}: {e.reason or 'ohne Angabe'}", _n(e.count))
            for e in fig.exits_by_reason
        ]
        story.append(_two_columns(rows, ("Austritte nach Grund", "Anzahl")))
    return story


def _attendance(fig: Figures) -> list[Flowable]:
    att = fig.attendance
    story = heading("2. Anwesenheit", min_space_below=70 * mm)
    if att.counted:
        items = [
            ("anwesend", att.present - att.late),
            ("verspätet", att.late),
            ("entschuldigt (E)", att.excused),
            ("krank (K)", att.sick),
            ("unentschuldigt (UE)", att.unexcused),
        ]
        story += [bar_chart(items), Spacer(1, 3 * mm)]
    story.append(
        _two_columns(
            [
                ("erfasste Teilnahmen an Terminen", _n(att.counted)),
                ("anwesend (einschließlich verspätet)", _n(att.present)),
                ("davon verspätet", _n(att.late)),
                ("entschuldigt (E)", _n(att.excused)),
                ("krank (K)", _n(att.sick)),
                ("unentschuldigt (UE)", _n(att.unexcused)),
                ("Anwesenheitsquote¹", _pct(att.rate)),
            ],
            ("Anwesenheit", "Anzahl"),
        )
    )
    return story


def _sessions(fig: Figures) -> list[Flowable]:
    story = heading("3. Termine und Kinderbetreuung", min_space_below=70 * mm)
    items = [(KIND_NAMES[kind], n) for kind, n in fig.sessions_by_kind.items()]
    if items:
        story.append(bar_chart(items))
        story.append(Spacer(1, 3 * mm))
    rows = [(name, _n(n)) for name, n in items]
    rows += [
        ("durchgeführt insgesamt", _n(fig.sessions_held)),
        ("abgesagt", _n(fig.sessions_cancelled)),
        ("Kind-Termine (betreute Kinder je Termin, summiert)²", _n(fig.child_sessions)),
        ("verschiedene Kinder betreut", _n(fig.children_cared)),
    ]
    story.append(_two_columns(rows, ("Termine", "Anzahl")))
    return story


def _leads(fig: Figures) -> list[Flowable]:
    story = heading("4. Hinweise und Vermittlungen", min_space_below=80 * mm)
    items = [(LEAD_STAGE_NAMES[stage], n) for stage, n in fig.leads_by_stage.items()]
    story.append(
        paragraph(
            f"{_n(fig.leads_new)} Hinweise (Leads) kamen im Berichtszeitraum neu hinzu. "
            "Stand aller Hinweise bis zum Ende des Zeitraums nach Stufe:"
        )
    )
    if items:
        story.append(bar_chart(items))
        story.append(Spacer(1, 3 * mm))
    rows = [
        [
            name,
            _n(fig.placements_by_kind.get(kind, 0)),
            _n(fig.placements_total_by_kind.get(kind, 0)),
        ]
        for kind, name in PLACEMENT_KIND_NAMES.items()
    ]
    table = make_table(
        ("Vermittlungen nach Art", "im Zeitraum", "seit Projektbeginn"),
        rows,
        col_widths=[CONTENT_WIDTH * 0.56, CONTENT_WIDTH * 0.22, CONTENT_WIDTH * 0.22],
    )
    story.append(KeepTogether([table]))
    return story


def _integration(fig: Figures) -> list[Flowable]:
    quota, sus = fig.integration, fig.sustained
    story = heading("5. Integrationsquote und Nachhaltigkeit")
    verdict = "erreicht" if quota.reached else "noch nicht erreicht"
    story.append(
        paragraph(
            f"{_n(quota.integrated)} von {_n(quota.finished)} Teilnehmenden, die die Teilnahme "
            f"beendet haben, haben eine Arbeit, Ausbildung oder Selbstständigkeit aufgenommen: "
            f"Integrationsquote {_pct(quota.rate)}³ (Ziel {_pct(quota.target)}, "
            f"{verdict}). Daneben: {_n(quota.minijob)} Minijob, {_n(quota.praktikum)} Praktikum."
        )
    )
    story.append(gauge(quota.rate, quota.target))
    story.append(Spacer(1, 3 * mm))
    rows = [
        ["nach 3 Monaten", _n(sus.due_3m), _n(sus.checked_3m), _n(sus.employed_3m),
         _pct(sus.rate_3m)],
        ["nach 6 Monaten", _n(sus.due_6m), _n(sus.checked_6m), _n(sus.employed_6m),
         _pct(sus.rate_6m)],
    ]  # fmt: skip
    story.append(
        make_table(
            ("Nachhaltigkeit⁴", "fällig", "nachgefragt", "beschäftigt", "Quote"),
            rows,
            col_widths=[CONTENT_WIDTH * 0.32] + [CONTENT_WIDTH * 0.17] * 4,
        )
    )
    return story


def _footnotes() -> list[Flowable]:
    small = document_styles().small
    story: list[Flowable] = [Spacer(1, 4 * mm), *heading("Erläuterungen", min_space_below=30 * mm)]
    marks = ("¹", "²", "³", "⁴")
    order = (1, 2, 0, 3)  # attendance, child-sessions, quota, sustained — as numbered above
    for mark, index in zip(marks, order, strict=True):
        story.append(paragraph(f"{mark} {FOOTNOTES[index]}", small))
    story.append(
        paragraph(
            "Der Bericht enthält keine Inhalte aus Coaching-Notizen. Namen stehen nur in einer "
            "namentlichen Anlage, wenn sie ausdrücklich gewählt wurde.",
            small,
        )
    )
    return story


def _appendix(lines: list[NamedLine], fig: Figures) -> list[Flowable]:
    story: list[Flowable] = [PageBreak()]
    story += heading("Anlage: Teilnehmende namentlich")
    story.append(
        paragraph(
            f"Alle Teilnehmenden, die im Zeitraum {_period(fig)} betreut wurden. Vertraulich: "
            "nur für die zuständigen Stellen.",
            document_styles().small,
        )
    )

    def day(value: dt.date | None) -> str:
        return format_date_de(value) if value else "–"

    small = ParagraphStyle("appendix_cell", parent=document_styles().table_cell, fontSize=8,
                           leading=10)  # fmt: skip

    def cells(*values: str) -> list[Cell]:
        return [paragraph(v, small) for v in values]

    rows = [
        cells(
            line.name,
            line.customer_number or "–",
            day(line.entry),
            day(line.exit),
            STATUS_NAMES[line.status],
            _pct(line.attendance_rate),
            ", ".join(SHORT_KINDS[k] for k in line.placements) or "–",
        )
        for line in lines
    ]
    widths = [34, 22, 18, 18, 23, 20, 30]
    story.append(
        make_table(
            ("Name", "Kunden-Nr.", "Eintritt", "Austritt", "Status", "Anwesend", "Vermittlung"),
            rows or [cells("Niemand im Zeitraum.", "", "", "", "", "", "")],
            col_widths=[w * CONTENT_WIDTH / sum(widths) for w in widths],
        )
    )
    return story


def build_report(
    fig: Figures,
    kind: str = INTERIM,
    named: list[NamedLine] | None = None,
    *,
    author: str = "",
    printed_at: dt.datetime | None = None,
) -> bytes:
    """The report as PDF bytes; ``named`` adds the named appendix (the coach's choice)."""
    title = TITLES.get(kind, TITLES[INTERIM])
    styles = document_styles()
    story: list[Flowable] = [
        paragraph(title, styles.title),
        paragraph(f"Projekt „{fig.project_name}“ · Berichtszeitraum {_period(fig)}", styles.body),
        paragraph("Bericht für das JobCenter und die Stadt", styles.small),
        Spacer(1, 4 * mm),
        KeepTogether([_key_figures(fig)]),
    ]
    for section in (_participants, _attendance, _sessions, _leads, _integration):
        story += section(fig)
    story += _footnotes()
    if named is not None:
        story += _appendix(named, fig)
    return build_pdf(
        story,
        title=f"{title} {_period(fig)}",
        author=author or fig.project_name,
        subject=f"{title} – {fig.project_name}",
        header=HeaderInfo(
            document_title=f"{title} · {_period(fig)}", project_name=fig.project_name
        ),
        printed_at=printed_at,
    )
