"""The parts the session dialogs share (``session_dialog.py``, ``series_dialog.py``,
``coaching_booking.py``): date/time/count editors, the place picker, the warning panel and
the conflict watcher that asks ``calendar.conflicts`` on the worker.

``conflict_lines`` keeps its translation context "SessionDialog", where its strings began.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import accounts, calendar
from gemeinsam_desktop.services.calendar import Conflict, LocationInfo, SessionData
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.enums import SessionKind
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.widgets.calendar_views import alert_color, day_text, hhmm, qdate


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def qtime(value: dt.time | dt.datetime) -> QTime:
    return QTime(value.hour, value.minute)


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd, dd.MM.yyyy")
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("Mi., 30.09.2026") + 64)
    return edit


def time_edit(value: dt.time) -> QTimeEdit:
    edit = QTimeEdit(qtime(value))
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00:00") + 56)
    return edit


def time_range(first: QWidget) -> tuple[QHBoxLayout, QTimeEdit, QTimeEdit]:
    """The row "<first> 09:00 – 12:00" of the session and series dialogs."""
    start = time_edit(dt.time(9))
    start.setObjectName("startEdit")
    end = time_edit(dt.time(12))
    end.setObjectName("endEdit")
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(first, 2)
    row.addWidget(start, 1)
    row.addWidget(QLabel("–"))
    row.addWidget(end, 1)
    return row, start, end


def count_spin(special: str, maximum: int = 200) -> QSpinBox:
    """0 means "no limit" and shows ``special``."""
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSpecialValueText(special)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(f"Plätze: {special}") + 56)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin


def kind_combo(selected: SessionKind) -> QComboBox:
    combo = QComboBox()
    for kind in SessionKind:
        combo.addItem(session_kind_label(kind), kind.value)
    combo.setCurrentIndex(combo.findData(selected.value))
    return combo


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def conflict_lines(found: list[Conflict]) -> list[str]:
    """One German line per double-booking."""
    lines = []
    for c in found:
        other = c.other
        when = f"{day_text(other.starts_at.date())} {hhmm(other.starts_at)}–{hhmm(other.ends_at)}"
        what = " · ".join(p for p in (session_kind_label(other.kind), other.topic) if p)
        if c.kind == "room":
            text = QCoreApplication.translate(
                "SessionDialog", "Raum „{room}“ ist schon belegt: {what}, {when}"
            )
            lines.append(text.format(room=c.detail, what=what, when=when))
        else:
            text = QCoreApplication.translate(
                "SessionDialog", "{name} hat zur selben Zeit einen Termin: {what}, {when}"
            )
            lines.append(text.format(name=c.detail, what=what, when=when))
    return lines


def add_rows(form: QFormLayout, rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]]) -> None:
    """Form rows whose label's mnemonic (&) focuses ``buddy``."""
    for text, field, buddy in rows:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, field)


class PlacePicker(QWidget):
    """A location combo and an editable room combo with the location's rooms."""

    changed = Signal()

    def __init__(self, locations: list[LocationInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locations = {loc.id: loc for loc in locations}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.location = QComboBox()
        self.location.setObjectName("locationCombo")
        self.location.addItem(self.tr("– kein Ort –"), None)
        for loc in locations:
            self.location.addItem(loc.name, loc.id)
            self.location.setItemData(self.location.count() - 1, loc.address,
                                      Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.room = QComboBox()
        self.room.setObjectName("roomCombo")
        self.room.setEditable(True)
        self.room.setMinimumWidth(160)
        line = self.room.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Raum"))
        row.addWidget(self.location, 3)
        row.addWidget(self.room, 2)
        self.location.currentIndexChanged.connect(self._location_changed)
        self.room.currentTextChanged.connect(lambda _t: self.changed.emit())

    def _location_changed(self, _index: int) -> None:
        text = self.room.currentText()
        self.room.blockSignals(True)
        self.room.clear()
        loc = self.locations.get(self.location_id() or 0)
        if loc is not None:
            self.room.addItems(list(loc.rooms))
        self.room.setCurrentText(text if loc is None or not loc.rooms or text in loc.rooms
                                 else loc.rooms[0])  # fmt: skip
        self.room.blockSignals(False)
        self.changed.emit()

    def set_place(self, location_id: int | None, room: str) -> None:
        self.location.setCurrentIndex(max(0, self.location.findData(location_id)))
        self.room.setCurrentText(room)
        line = self.room.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long place (an employer's address) shows its start
            self.room.setToolTip(room if len(room) > 20 else "")

    def location_id(self) -> int | None:
        value = self.location.currentData()
        return int(value) if value is not None else None

    def room_text(self) -> str:
        return self.room.currentText().strip()


class WarningPanel(QFrame):
    """A warning icon and the lines, on a card; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        self.icon = QLabel()
        self.icon.setPixmap(icon("triangle-alert", alert_color()).pixmap(20, 20))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setObjectName("warningText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        self.lines: list[str] = []
        self.hide()

    def set_lines(self, lines: list[str]) -> None:
        self.lines = lines
        self.text.setText("\n".join(lines))
        self.setVisible(bool(lines))


class ConflictWatcher(QObject):
    """Asks ``calendar.conflicts`` on the worker a moment after the last change."""

    found = Signal(list)

    def __init__(self, ws: Workspace, data: Callable[[], SessionData | None], parent: QWidget):
        super().__init__(parent)
        self.ws, self.data, self.parent_widget = ws, data, parent
        self.generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._check)
        if isinstance(parent, QDialog):
            parent.finished.connect(lambda _r: self.stop())

    def schedule(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.generation += 1
        self.timer.stop()

    def _check(self) -> None:
        data = self.data()
        self.generation += 1
        generation = self.generation
        if data is None:
            self.found.emit([])
            return
        ws = self.ws

        def deliver(result: list[Conflict]) -> None:
            # The dialog may be gone by the time the worker answers.
            if generation == self.generation and shiboken6.isValid(self):
                self.found.emit(result)

        run_op(
            self.parent_widget,
            lambda: calendar.conflicts(ws, data),
            deliver,
            on_failure=lambda exc: isinstance(exc, KnownError),
        )


def load_choices(ws: Workspace) -> tuple[list[LocationInfo], list[CoachInfo]]:
    return calendar.list_locations(ws), accounts.list_coaches(ws)
