"""Übersicht: the project at a glance (key figures, agreements due, this week's sessions)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import notes, roster
from gemeinsam_desktop.services.notes import AgreementData
from gemeinsam_desktop.services.overview import Overview, load_overview, week_bounds
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import AgreementState
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.pages.base import Page, card, hint, section_title

MAX_DUE_ROWS = 40  # more than that is a list for the records, not for the dashboard


def qdate(value) -> QDate:  # type: ignore[no-untyped-def]
    return QDate(value.year, value.month, value.day)


def qdatetime(value) -> QDateTime:  # type: ignore[no-untyped-def]
    return QDateTime(qdate(value), QTime(value.hour, value.minute))


class FigureCard(QWidget):
    def __init__(self, caption: str, name: str) -> None:
        super().__init__()
        frame, layout = card(self)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.value = QLabel("–")
        self.value.setObjectName(name)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.value)
        layout.addWidget(hint(caption))


@dataclass(frozen=True)
class DueAgreements:
    """Open agreements due up to this Sunday (overdue ones first), for the first project."""

    today: dt.date
    monday: dt.date
    sunday: dt.date
    project_id: int
    items: list[AgreementData] = field(default_factory=list)


def load_due(ws: Workspace, today: dt.date | None = None) -> DueAgreements:
    """Runs on the worker. The project is the one ``load_overview`` counts (lowest id)."""
    today = today or dt.date.today()
    monday, sunday = week_bounds(today)
    projects = roster.list_projects(ws, include_archived=True)
    if not projects:
        return DueAgreements(today, monday, sunday, 0)
    pid = min(p.id for p in projects)
    items = notes.due_between(ws, pid, dt.date.min, sunday)
    return DueAgreements(today, monday, sunday, pid, items)


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
        self.overdue_label.setObjectName("dueOverdue")
        danger = "#ff9b8f" if theme.is_dark() else theme.colors().danger
        self.overdue_label.setStyleSheet(f"color: {danger}; font-weight: 600;")
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
        c = theme.colors()
        self.setStyleSheet(
            f"QFrame#dueRow {{ border-radius: 6px; }}"
            f"QFrame#dueRow:hover {{ background: {c.hover}; }}"
            f"QFrame#dueRow:focus {{ border: 1px solid {c.accent}; }}"
        )

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
    watches = frozenset({"participants", "sessions", "agreements", "project", "notes"})

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Übersicht"), parent)
        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.body.addWidget(self.greeting)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.active = FigureCard(self.tr("Teilnehmende aktiv"), "figureActive")
        self.placed = FigureCard(self.tr("in Arbeit vermittelt"), "figurePlaced")
        self.due = FigureCard(self.tr("Vereinbarungen fällig diese Woche"), "figureDue")
        self.week = FigureCard(self.tr("Gruppentermine diese Woche"), "figureWeek")
        for col, figure in enumerate((self.active, self.placed, self.due, self.week)):
            grid.addWidget(figure, 0, col)
        self.body.addLayout(grid)
        self.due_rows: list[DueRow] = []
        self.project_id = 0
        self._due_generation = 0
        due_frame, due_layout = card()
        due_frame.setObjectName("dueCard")
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
        self.body.addWidget(due_frame)
        frame, self.week_layout = card()
        self.week_layout.addWidget(section_title(self.tr("Diese Woche")))
        self.week_list = QLabel()
        self.week_list.setObjectName("weekList")
        self.week_list.setTextFormat(Qt.TextFormat.PlainText)
        self.week_list.setWordWrap(True)
        self.week_layout.addWidget(self.week_list)
        self.body.addWidget(frame)
        self.body.addStretch(1)

    def refresh(self) -> None:
        run_op(self, lambda: load_overview(self.ws), self.show_overview)
        self._due_generation += 1
        generation, ws = self._due_generation, self.ws
        run_op(self, lambda: load_due(ws), lambda due: self.show_due(due, generation))

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
        self.active.value.setText(loc.toString(data.active))
        self.placed.value.setText(loc.toString(data.placed))
        self.due.value.setText(loc.toString(data.agreements_due_this_week))
        self.week.value.setText(loc.toString(len(data.sessions_this_week)))
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
