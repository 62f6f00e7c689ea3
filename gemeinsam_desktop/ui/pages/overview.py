"""Übersicht: the project at a glance — key figures (each opens the list behind it), charts of
the Integrationsquote, attendance and leads, the agreements due and this week's sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import AgreementState, LeadStage
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.lead_labels import stage_label
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.pages.base import Page, card, hint, section_title
from gemeinsam_desktop.ui.widgets.charts import Bar, BarChart, DonutChart, percent_text

if TYPE_CHECKING:  # the services load on the worker, after the window shows (issue #8)
    from gemeinsam_desktop.services.figures import Figures
    from gemeinsam_desktop.services.notes import AgreementData
    from gemeinsam_desktop.services.overview import Overview

MAX_DUE_ROWS = 40  # more than that is a list for the records, not for the dashboard


def qdate(value) -> QDate:  # type: ignore[no-untyped-def]
    return QDate(value.year, value.month, value.day)


def qdatetime(value) -> QDateTime:  # type: ignore[no-untyped-def]
    return QDateTime(qdate(value), QTime(value.hour, value.minute))


class FigureCard(QFrame):
    """A key figure with its caption; a click (or Enter) opens the list behind it."""

    activated = Signal()

    def __init__(self, caption: str, name: str, tooltip: str = "") -> None:
        super().__init__()
        self.setObjectName("figureCard")
        self.caption = caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(2)
        self.value = QLabel("–")
        self.value.setObjectName(name)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.value)
        self.caption_label = hint(caption)
        layout.addWidget(self.caption_label)
        self.detail = hint("")
        self.detail.setObjectName(name + "Detail")
        self.detail.hide()
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tooltip)
        c = theme.colors()
        self.setStyleSheet(
            f"QFrame#figureCard {{ background: {c.card}; border: 1px solid {c.border};"
            " border-radius: 10px; }"
            f"QFrame#figureCard:hover {{ background: {c.hover}; }}"
            f"QFrame#figureCard:focus {{ border: 1px solid {c.accent}; }}"
        )

    def set_value(self, text: str, detail: str = "") -> None:
        self.value.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption}: {text}" + (f" ({detail})" if detail else ""))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def chart_card(title: str, chart: QWidget, caption: QLabel) -> QFrame:
    frame, layout = card()
    layout.addWidget(section_title(title))
    layout.addWidget(chart, 1, Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(caption)
    return frame


@dataclass(frozen=True)
class DueAgreements:
    """Open agreements due up to this Sunday (overdue ones first), for the first project."""

    today: dt.date
    monday: dt.date
    sunday: dt.date
    project_id: int
    items: list[AgreementData] = field(default_factory=list)


def load_overview(ws: Workspace) -> Overview:
    """Runs on the worker (which imports the figures' services on first use)."""
    from gemeinsam_desktop.services.overview import load_overview as load

    return load(ws)


def load_due(ws: Workspace, today: dt.date | None = None) -> DueAgreements:
    """Runs on the worker. The project is the one ``load_overview`` counts (lowest id)."""
    from gemeinsam_desktop.services import notes, roster
    from gemeinsam_desktop.services.overview import week_bounds

    today = today or dt.date.today()
    monday, sunday = week_bounds(today)
    projects = roster.list_projects(ws, include_archived=True)
    if not projects:
        return DueAgreements(today, monday, sunday, 0)
    pid = min(p.id for p in projects)
    items = notes.due_between(ws, pid, dt.date.min, sunday)
    return DueAgreements(today, monday, sunday, pid, items)


def due_row_style() -> str:
    """The rows' look, set once on the list's card: a style sheet per row cost ~1 ms each."""
    c = theme.colors()
    danger = "#ff9b8f" if theme.is_dark() else c.danger
    return (
        f"QFrame#dueRow {{ border-radius: 6px; }}"
        f"QFrame#dueRow:hover {{ background: {c.hover}; }}"
        f"QFrame#dueRow:focus {{ border: 1px solid {c.accent}; }}"
        f"QLabel#dueOverdue {{ color: {danger}; font-weight: 600; }}"
    )


class DueRow(QFrame):
    """One open agreement: a box to mark it erledigt; a click elsewhere opens the record."""

    opened = Signal(int)  # participant id
    done = Signal(int)  # agreement id

    def __init__(self, item: AgreementData, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueRow")
        self.agreement = item
        self.overdue = item.due_date is not None and item.due_date < today
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Akte von {name} öffnen").format(name=item.participant_name))
        self.setAccessibleName(
            self.tr("{name}: {text}").format(name=item.participant_name, text=item.text)
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(12)
        self.check = QCheckBox()
        self.check.setObjectName("dueDone")
        self.check.setCursor(Qt.CursorShape.ArrowCursor)
        self.check.setToolTip(self.tr("Als erledigt markieren"))
        self.check.setAccessibleName(self.tr("Erledigt: {text}").format(text=item.text))
        self.check.toggled.connect(self._toggled)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        loc = QLocale()
        day = ""
        if item.due_date is not None:
            d = item.due_date
            day = loc.toString(QDate(d.year, d.month, d.day), "ddd, dd.MM.")
        self.date_label = QLabel(day)
        self.date_label.setObjectName("dueDate")
        self.date_label.setTextFormat(Qt.TextFormat.PlainText)
        self.date_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Mi., 00.00.  "))
        row.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.name_label = QLabel(item.participant_name)
        self.name_label.setObjectName("dueName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        head.addWidget(self.name_label)
        self.overdue_label = QLabel(self.tr("überfällig"))
        self.overdue_label.setObjectName("dueOverdue")  # styled by due_row_style()
        self.overdue_label.setVisible(self.overdue)
        head.addWidget(self.overdue_label)
        head.addStretch(1)
        words.addLayout(head)
        self.text_label = QLabel(item.text)
        self.text_label.setObjectName("dueText")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        words.addWidget(self.text_label)
        row.addLayout(words, 1)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.check.setEnabled(False)  # once: the row goes when the change is saved
            self.done.emit(self.agreement.id or 0)

    def undo_check(self) -> None:
        """The change failed: the box is free again."""
        self.check.blockSignals(True)
        self.check.setChecked(False)
        self.check.blockSignals(False)
        self.check.setEnabled(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # the release that follows opens the record
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(pos):
            event.accept()
            if self.check.geometry().contains(pos):  # beside the tick box: still the box
                if self.check.isEnabled():
                    self.check.click()
                return
            self.opened.emit(self.agreement.participant_id)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.agreement.participant_id)
            event.accept()
            return
        super().keyPressEvent(event)


class OverviewPage(Page):
    icon_name = "layout-dashboard"
    watches = frozenset(
        {"participants", "sessions", "agreements", "project", "notes", "attendance"}
        | {"leads", "placements", "employers"}
    )
    #: (target, argument) for the main window: "participants" + status, "attendance",
    #: "calendar", "network" + "leads[:stage]" or "follow_ups" (see ``open_figure``)
    navigate = Signal(str, str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Übersicht"), parent)
        # until the first load is back (the window shows before the database opens)
        self.greeting = QLabel(self.tr("Die Zahlen werden geladen …"))
        self.greeting.setWordWrap(True)
        self.body.addWidget(self.greeting)
        grid = QGridLayout()
        grid.setSpacing(16)
        go = self.tr("Klicken öffnet die Liste dazu.")
        self.active = FigureCard(self.tr("Teilnehmende aktiv"), "figureActive", go)
        self.placed = FigureCard(self.tr("in Arbeit vermittelt"), "figurePlaced", go)
        self.dropped = FigureCard(self.tr("Teilnahme abgebrochen"), "figureDropped", go)
        self.week = FigureCard(self.tr("Gruppentermine diese Woche"), "figureWeek", go)
        self.due = FigureCard(self.tr("Vereinbarungen fällig diese Woche"), "figureDue", go)
        self.follow = FigureCard(self.tr("Nachfassen fällig"), "figureFollowUps", go)
        cards = (self.active, self.placed, self.dropped, self.week, self.due, self.follow)
        for index, figure in enumerate(cards):
            grid.addWidget(figure, index // 3, index % 3)
        self.body.addLayout(grid)
        self.active.activated.connect(lambda: self.navigate.emit("participants", "aktiv"))
        self.placed.activated.connect(lambda: self.navigate.emit("participants", "vermittelt"))
        self.dropped.activated.connect(lambda: self.navigate.emit("participants", "abgebrochen"))
        self.week.activated.connect(lambda: self.navigate.emit("calendar", ""))
        self.due.activated.connect(self.show_due_list)
        self.follow.activated.connect(lambda: self.navigate.emit("network", "follow_ups"))
        self._build_charts()
        self.due_rows: list[DueRow] = []
        self.project_id = 0
        self._due_generation = 0
        self.due_frame, due_layout = card()
        self.due_frame.setObjectName("dueCard")
        due_layout.addWidget(section_title(self.tr("Fällig diese Woche")))
        self.due_hint = hint("")
        self.due_hint.setObjectName("dueHint")
        due_layout.addWidget(self.due_hint)
        self.due_box = QVBoxLayout()
        self.due_box.setSpacing(2)
        due_layout.addLayout(self.due_box)
        self.due_more = hint("")
        self.due_more.setObjectName("dueMore")
        self.due_more.hide()
        due_layout.addWidget(self.due_more)
        self.body.addWidget(self.due_frame)
        frame, self.week_layout = card()
        self.week_layout.addWidget(section_title(self.tr("Diese Woche")))
        self.week_list = QLabel()
        self.week_list.setObjectName("weekList")
        self.week_list.setTextFormat(Qt.TextFormat.PlainText)
        self.week_list.setWordWrap(True)
        self.week_layout.addWidget(self.week_list)
        self.body.addWidget(frame)
        self.body.addStretch(1)

    def _build_charts(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(16)
        self.integration_chart = DonutChart()
        self.integration_chart.setObjectName("integrationChart")
        self.integration_text = hint("")
        self.integration_text.setObjectName("integrationText")
        self.integration_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.integration_chart.activated.connect(
            lambda: self.navigate.emit("participants", "vermittelt")
        )
        row.addWidget(
            chart_card(self.tr("Integrationsquote"), self.integration_chart, self.integration_text),
            1,
        )
        self.attendance_chart = DonutChart()
        self.attendance_chart.setObjectName("attendanceChart")
        self.attendance_text = hint("")
        self.attendance_text.setObjectName("attendanceText")
        self.attendance_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.attendance_chart.activated.connect(lambda: self.navigate.emit("attendance", ""))
        row.addWidget(
            chart_card(self.tr("Anwesenheit"), self.attendance_chart, self.attendance_text), 1
        )
        self.leads_chart = BarChart()
        self.leads_chart.setObjectName("leadsChart")
        self.leads_chart.setMinimumWidth(220)
        self.leads_text = hint("")
        self.leads_text.setObjectName("leadsText")
        self.leads_chart.barActivated.connect(
            lambda key: self.navigate.emit("network", f"leads:{key}" if key else "leads")
        )
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Hinweise nach Stufe")))
        layout.addWidget(self.leads_chart)
        layout.addWidget(self.leads_text)
        layout.addStretch(1)
        row.addWidget(frame, 1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        ws = self.ws
        run_op(self, lambda: load_overview(ws), self.show_overview, on_failure=self._not_loaded)
        self._due_generation += 1
        generation = self._due_generation
        run_op(self, lambda: load_due(ws), lambda due: self.show_due(due, generation))

    def _not_loaded(self, _exc: BaseException) -> bool:
        self.greeting.setText("")  # no "loading" left standing; run_op shows what went wrong
        return False

    # -- agreements due --------------------------------------------------------------
    def show_due(self, due: DueAgreements, generation: int | None = None) -> None:
        if generation is not None and generation != self._due_generation:
            return  # a newer load is on its way
        self.project_id = due.project_id
        while self.due_box.count():  # rows and the sub-heading of the last load
            taken = self.due_box.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.due_rows = []
        style = due_row_style()  # in the theme's colours of now
        if self.due_frame.styleSheet() != style:
            self.due_frame.setStyleSheet(style)
        loc = QLocale()
        sunday = loc.toString(
            QDate(due.sunday.year, due.sunday.month, due.sunday.day), "dddd, dd.MM."
        )
        overdue = sum(1 for a in due.items if a.due_date is not None and a.due_date < due.today)
        if not due.items:
            self.due_hint.setText(self.tr("Diese Woche ist keine Vereinbarung fällig."))
        elif overdue:
            self.due_hint.setText(
                self.tr(
                    "Offene Vereinbarungen bis {day}; %n davon überfällig.", "", overdue
                ).format(day=sunday)
            )
        else:
            self.due_hint.setText(self.tr("Offene Vereinbarungen bis {day}.").format(day=sunday))
        # This week's first, in date order; what was due before Monday under its own heading.
        this_week = [a for a in due.items if a.due_date is None or a.due_date >= due.monday]
        earlier = [a for a in due.items if a.due_date is not None and a.due_date < due.monday]
        shown = 0
        for group, items in ((False, this_week), (True, earlier)):
            room = MAX_DUE_ROWS - shown
            if not items or room <= 0:
                continue
            if group:
                heading = QLabel(self.tr("Früher fällig und noch offen"))
                heading.setObjectName("dueEarlier")
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setContentsMargins(0, 10, 0, 2)
                self.due_box.addWidget(heading)
            for item in items[:room]:
                row = DueRow(item, due.today)
                row.opened.connect(lambda pid: self.open_participant(pid))
                row.done.connect(lambda aid, r=row: self.mark_done(aid, r))
                self.due_box.addWidget(row)
                self.due_rows.append(row)
                shown += 1
        rest = len(due.items) - shown
        self.due_more.setVisible(rest > 0)
        if rest > 0:
            self.due_more.setText(self.tr("… und %n weitere in den Akten.", "", rest))

    def mark_done(self, agreement_id: int, row: DueRow | None = None) -> None:
        """Set the agreement erledigt; the change refreshes this page (it watches agreements)."""
        from gemeinsam_desktop.services import notes

        ws = self.ws

        def failed(_exc: BaseException) -> bool:
            if row is not None:
                row.undo_check()
            return False  # the message is shown as for any failed change

        run_op(
            self,
            lambda: notes.set_agreement_state(ws, agreement_id, AgreementState.ERLEDIGT),
            on_failure=failed,
            changes=frozenset({"agreements"}),
        )

    def open_participant(self, pid: int) -> None:
        from gemeinsam_desktop.ui.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.ws, pid, self.project_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh_now()

    def show_overview(self, data: Overview) -> None:
        loc = QLocale()
        coach = self.ws.coach.name if self.ws.coach else ""
        start, end = data.period
        period = ""
        if start and end:
            period = self.tr("Laufzeit {start} bis {end}.").format(
                start=loc.toString(qdate(start), "dd.MM.yyyy"),
                end=loc.toString(qdate(end), "dd.MM.yyyy"),
            )
        self.greeting.setText(
            self.tr("Guten Tag, {name}. Projekt „{project}“. {period}")
            .format(name=coach, project=data.project_name, period=period)
            .strip()
        )
        self.active.set_value(loc.toString(data.active))
        self.placed.set_value(loc.toString(data.placed))
        self.dropped.set_value(loc.toString(data.dropped))
        overdue = ""
        if data.agreements_overdue:
            overdue = self.tr("%n überfällig", "", data.agreements_overdue)
        self.due.set_value(loc.toString(data.agreements_due_this_week), overdue)
        self.week.set_value(loc.toString(len(data.sessions_this_week)))
        follow = data.follow_ups
        self.follow.set_value(
            loc.toString(follow.total),
            self.tr("Arbeitgeber: {employers} · Vermittlungen: {checks}").format(
                employers=loc.toString(follow.employers), checks=loc.toString(follow.placements)
            ),
        )
        if data.figures is not None:
            self.show_figures(data.figures)
        lines = []
        for s in data.sessions_this_week:
            day = loc.toString(qdate(s.starts_at), "ddd, dd.MM.")
            time = "{}–{}".format(
                loc.toString(QTime(s.starts_at.hour, s.starts_at.minute), "HH:mm"),
                loc.toString(QTime(s.ends_at.hour, s.ends_at.minute), "HH:mm"),
            )
            kind = session_kind_label(s.kind)
            topic = s.topic if s.topic != kind else ""
            parts = [f"{day} {time}", kind, topic, s.place]
            line = " · ".join(p for p in parts if p)
            if s.cancelled:
                line += " – " + self.tr("fällt aus")
            lines.append(line)
        self.week_list.setText(
            "\n".join(lines) or self.tr("Diese Woche sind keine Gruppentermine geplant.")
        )

    def show_figures(self, figures: Figures) -> None:
        loc = QLocale()
        quota = figures.integration
        target = percent_text(quota.target)
        if quota.finished:
            words = self.tr(
                "{integrated} von {finished} Beendeten in Arbeit oder Ausbildung"
            ).format(
                integrated=loc.toString(quota.integrated), finished=loc.toString(quota.finished)
            )
        else:
            words = self.tr("Noch hat niemand die Teilnahme beendet.")
        beside = self.tr("Ziel {target} · daneben Minijob {minijob}, Praktikum {praktikum}").format(
            target=target,
            minijob=loc.toString(quota.minijob),
            praktikum=loc.toString(quota.praktikum),
        )
        self.integration_text.setText(f"{words}\n{beside}")
        self.integration_chart.set_value(
            quota.rate,
            quota.target,
            self.tr("Integrationsquote {rate} (Ziel {target}): {words}").format(
                rate=percent_text(quota.rate), target=target, words=words
            ),
        )
        att = figures.attendance
        if att.counted:
            words = self.tr("{present} von {counted} erfassten Terminen anwesend").format(
                present=loc.toString(att.present), counted=loc.toString(att.counted)
            )
            detail = self.tr("entschuldigt {e} · krank {k} · unentschuldigt {ue}").format(
                e=loc.toString(att.excused),
                k=loc.toString(att.sick),
                ue=loc.toString(att.unexcused),
            )
        else:
            words, detail = self.tr("Noch keine Anwesenheit erfasst."), ""
        self.attendance_text.setText(f"{words}\n{detail}".strip())
        self.attendance_chart.set_value(
            att.rate,
            None,
            self.tr("Anwesenheitsquote {rate}: {words}").format(
                rate=percent_text(att.rate), words=words
            ),
        )
        bars = [
            Bar(stage.value, stage_label(stage), figures.leads_by_stage.get(stage, 0))
            for stage in LeadStage
        ]
        total = sum(b.value for b in bars)
        self.leads_chart.set_bars(bars, self.tr("Hinweise nach Stufe, %n insgesamt", "", total))
        self.leads_text.setText(
            self.tr("Klicken Sie auf eine Stufe, um die Hinweise zu sehen.")
            if total
            else self.tr("Noch keine Hinweise erfasst.")
        )

    def show_due_list(self) -> None:
        """The figure "Vereinbarungen fällig" scrolls to the list of them on this page."""
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(self.due_frame, 0, 0)
        first = self.due_rows[0] if self.due_rows else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


def open_figure(window: Any, target: str, argument: str) -> None:
    """Show the list behind a figure of the Übersicht in the main window ``window``.

    "participants" + a status (or "") filters the roster; "attendance" sorts the roster by
    attendance rate, lowest first; "calendar" shows the calendar; "network" shows the
    Netzwerk page and, when it offers ``show_section(argument)``, the part named
    ("leads", "leads:<stage>", "follow_ups").
    """
    from gemeinsam_desktop.ui.models import roster_model as rm

    if target in ("participants", "attendance"):
        page = window.participants_page
        window.show_page(page)
        page.filter_edit.clear()
        index = page.status_combo.findData(argument) if argument else 0
        page.status_combo.setCurrentIndex(max(0, index))
        if target == "attendance":
            page.view.sortByColumn(rm.RATE, Qt.SortOrder.AscendingOrder)
        return
    wanted = {"calendar": "calendar_page", "network": "network_page"}.get(target)
    if wanted is not None:  # the main window builds the page on first use
        page = getattr(window, wanted)
        window.show_page(page)
        show_section = getattr(page, "show_section", None)
        if callable(show_section) and argument:
            show_section(argument)
