"""Termin and Terminserie dialogs: one session, or a weekly rule, with live warnings.

Both show double-bookings (``calendar.conflicts``, checked on the worker a moment after the
last change) and holidays in Hessen before saving; saving anyway needs a confirmation. A
date of a series asks whether the change is meant for this date, the following ones or all.
The place picker and the warning panel are shared with ``coaching_booking.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import accounts, calendar
from gemeinsam_desktop.services.calendar import (
    GROUP_KINDS,
    Conflict,
    EditScope,
    LocationInfo,
    SeriesData,
    SessionData,
)
from gemeinsam_desktop.services.roster import list_projects
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.models import SessionKind
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.operations import bus, run_blocking, run_op
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionDialog", text)


def conflict_lines(found: list[Conflict]) -> list[str]:
    """One German line per double-booking."""
    lines = []
    for c in found:
        other = c.other
        when = f"{day_text(other.starts_at.date())} {hhmm(other.starts_at)}–{hhmm(other.ends_at)}"
        what = " · ".join(p for p in (session_kind_label(other.kind), other.topic) if p)
        if c.kind == "room":
            text = _tr("Raum „{room}“ ist schon belegt: {what}, {when}")
            lines.append(text.format(room=c.detail, what=what, when=when))
        else:
            text = _tr("{name} hat zur selben Zeit einen Termin: {what}, {when}")
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


class SessionDialog(QDialog):
    """Create or edit one session."""

    def __init__(
        self,
        ws: Workspace,
        project_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.project_id, self.session_id = ws, project_id, session_id
        self.deleted = False
        self.saved_id: int | None = None
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("Termin bearbeiten") if session_id else self.tr("Neuer Termin"))
        self.setMinimumWidth(560)

        def load() -> tuple[list[LocationInfo], list[CoachInfo], SessionData | None]:
            locations, coaches = load_choices(ws)
            data = calendar.load_session(ws, session_id) if session_id else None
            return locations, coaches, data

        locations, self.coaches, loaded = run_blocking(load)
        start = dt.datetime.combine(day or dt.date.today(), dt.time(9))
        self.original = loaded or SessionData(
            project_id=project_id,
            kind=SessionKind.WORKSHOP,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=3),
            coach_ids=[ws.coach.id] if ws.coach else [],
        )
        self._build(locations)
        self._fill(self.original)
        self.watcher = ConflictWatcher(ws, self.collect, self)
        self.watcher.found.connect(self._show_conflicts)
        self.conflicts: list[Conflict] = []
        for signal in (
            self.kind.currentIndexChanged, self.date.dateChanged, self.start.timeChanged,
            self.end.timeChanged, self.place.changed, self.coach.currentIndexChanged,
            self.cancelled.toggled,
        ):  # fmt: skip
            signal.connect(self._changed)
        for box in self.more_coaches.values():
            box.toggled.connect(self._changed)
        self._changed()
        self.watcher.timer.setInterval(0)
        self.watcher.schedule()
        self.watcher.timer.setInterval(250)

    # -- building -----------------------------------------------------------------------
    def _build(self, locations: list[LocationInfo]) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.kind = kind_combo(SessionKind.WORKSHOP)
        self.kind.setObjectName("kindCombo")
        self.topic = QLineEdit()
        self.topic.setObjectName("topicEdit")
        self.topic.setPlaceholderText(self.tr("z. B. Bewerbungsmappe"))
        self.date = date_edit(dt.date.today())
        self.date.setObjectName("dateEdit")
        self.start = time_edit(dt.time(9))
        self.start.setObjectName("startEdit")
        self.end = time_edit(dt.time(12))
        self.end.setObjectName("endEdit")
        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.date, 2)
        when.addWidget(self.start, 1)
        when.addWidget(QLabel("–"))
        when.addWidget(self.end, 1)
        self.place = PlacePicker(locations)
        self.coach = QComboBox()
        self.coach.setObjectName("coachCombo")
        self.coach.addItem(self.tr("– niemand –"), None)
        for coach in self.coaches:
            self.coach.addItem(coach.name, coach.id)
        self.more_coaches: dict[int, QCheckBox] = {}
        more = QHBoxLayout()
        more.setSpacing(12)
        for coach in self.coaches:
            box = QCheckBox(coach.name)
            self.more_coaches[coach.id] = box
            more.addWidget(box)
        more.addStretch(1)
        self.capacity = count_spin(self.tr("ohne Begrenzung"))
        self.capacity.setObjectName("capacitySpin")
        self.childcare = QCheckBox(self.tr("Kinderbetreuung &angeboten"))
        self.childcare.setObjectName("childcareCheck")
        self.childcare_capacity = count_spin(self.tr("ohne Begrenzung"), 50)
        self.childcare_capacity.setObjectName("childcareCapacitySpin")
        self.childcare_capacity.setPrefix(self.tr("Plätze: "))
        care = QHBoxLayout()
        care.setSpacing(12)
        care.addWidget(self.childcare)
        care.addWidget(self.childcare_capacity)
        care.addStretch(1)
        self.childcare.toggled.connect(self.childcare_capacity.setEnabled)
        self.cancelled = QCheckBox(self.tr("Termin fällt a&us"))
        self.cancelled.setObjectName("cancelledCheck")
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setObjectName("cancelReasonEdit")
        self.cancel_reason.setPlaceholderText(self.tr("Grund, z. B. Coach erkrankt"))
        cancel = QHBoxLayout()
        cancel.setSpacing(12)
        cancel.addWidget(self.cancelled)
        cancel.addWidget(self.cancel_reason, 1)
        self.cancelled.toggled.connect(self.cancel_reason.setEnabled)
        add_rows(
            form,
            [
                (self.tr("A&rt:"), self.kind, self.kind),
                (self.tr("&Thema:"), self.topic, self.topic),
                (self.tr("&Datum und Zeit:"), when, self.date),
                (self.tr("&Ort und Raum:"), self.place, self.place.location),
                (self.tr("&Coach:"), self.coach, self.coach),
                (self.tr("&Plätze:"), self.capacity, self.capacity),
                (self.tr("Kinder:"), care, self.childcare),
                (self.tr("Absage:"), cancel, self.cancelled),
            ],
        )
        if len(self.coaches) > 1:
            form.insertRow(5, self.tr("Weitere Coaches:"), more)
        self.coach.currentIndexChanged.connect(self._responsible_changed)
        layout.addLayout(form)
        self.series_hint = QLabel()
        self.series_hint.setProperty("hint", True)
        self.series_hint.setWordWrap(True)
        self.series_hint.hide()
        layout.addWidget(self.series_hint)
        self.warnings = WarningPanel()
        layout.addWidget(self.warnings)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(icon("trash-2", "#ffffff"), self.tr("&Löschen"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setProperty("danger", True)
        self.delete_button.setVisible(self.session_id is not None)
        self.delete_button.clicked.connect(self._delete)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Speichern"))
        self.save_button.setProperty("primary", True)
        self.save_button.setObjectName("saveButton")
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.box.accepted.connect(self._submit)
        self.box.rejected.connect(self.reject)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.box)
        layout.addLayout(buttons)

    def _fill(self, d: SessionData) -> None:
        self.kind.setCurrentIndex(self.kind.findData(d.kind.value))
        self.topic.setText(d.topic)
        self.date.setDate(qdate(d.starts_at.date()))
        self.start.setTime(qtime(d.starts_at))
        self.end.setTime(qtime(d.ends_at))
        self.place.set_place(d.location_id, d.room)
        first = d.coach_ids[0] if d.coach_ids else None
        self.coach.setCurrentIndex(max(0, self.coach.findData(first)))
        for cid, box in self.more_coaches.items():
            box.setChecked(cid in d.coach_ids[1:])
        self.capacity.setValue(d.capacity or 0)
        self.childcare.setChecked(d.childcare_offered)
        self.childcare_capacity.setValue(d.childcare_capacity or 0)
        self.childcare_capacity.setEnabled(d.childcare_offered)
        self.cancelled.setChecked(d.cancelled)
        self.cancel_reason.setText(d.cancel_reason)
        self.cancel_reason.setEnabled(d.cancelled)
        if d.series_id is not None:
            self.series_hint.setText(
                self.tr(
                    "Dieser Termin gehört zu einer wöchentlichen Terminserie. Beim "
                    "Speichern fragen wir, ob die Änderung nur für ihn gilt."
                )  # fmt: skip
            )
            self.series_hint.show()

    def _responsible_changed(self, _index: int) -> None:
        for cid, box in self.more_coaches.items():
            box.setEnabled(cid != self.coach.currentData())

    # -- reading ------------------------------------------------------------------------
    def collect(self) -> SessionData:
        day = pydate(self.date.date())
        first = self.coach.currentData()
        coach_ids = [int(first)] if first is not None else []
        coach_ids += [cid for cid, b in self.more_coaches.items() if b.isChecked() and cid != first]
        return replace(
            self.original,
            kind=SessionKind(self.kind.currentData()),
            topic=self.topic.text().strip(),
            starts_at=dt.datetime.combine(day, pytime(self.start.time())),
            ends_at=dt.datetime.combine(day, pytime(self.end.time())),
            location_id=self.place.location_id(),
            room=self.place.room_text(),
            coach_ids=coach_ids,
            capacity=self.capacity.value() or None,
            childcare_offered=self.childcare.isChecked(),
            childcare_capacity=(self.childcare_capacity.value() or None)
            if self.childcare.isChecked()
            else None,
            cancelled=self.cancelled.isChecked(),
            cancel_reason=self.cancel_reason.text().strip() if self.cancelled.isChecked() else "",
        )

    def _problem(self) -> str:
        if self.end.time() <= self.start.time():
            return self.tr("Das Ende muss nach dem Beginn liegen.")
        return ""

    def warning_lines(self) -> list[str]:
        lines = conflict_lines(self.conflicts)
        holiday = calendar.holiday_name(pydate(self.date.date()))
        if holiday:
            lines.append(self.tr("Der {day} ist ein Feiertag in Hessen: {name}.").format(
                day=day_text(pydate(self.date.date())), name=holiday))  # fmt: skip
        return lines

    def _changed(self, *_args: object) -> None:
        problem = self._problem()
        self.error.setText(problem)
        self.save_button.setEnabled(not problem)
        self.warnings.set_lines(self.warning_lines())
        self.watcher.schedule()

    def _show_conflicts(self, found: list[Conflict]) -> None:
        self.conflicts = found
        self.warnings.set_lines(self.warning_lines())

    # -- saving -------------------------------------------------------------------------
    def confirm_anyway(self, lines: list[str]) -> bool:
        return messages.confirm(
            self,
            self.tr("Trotzdem speichern?"),
            "\n".join(lines) + "\n\n" + self.tr("Möchten Sie den Termin trotzdem speichern?"),
            self.tr("Trotzdem speichern"),
        )

    def ask_scope(self) -> EditScope | None:
        """Which dates of the series the change is for (None: cancelled)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Terminserie ändern"),
                          self.tr("Dieser Termin gehört zu einer Terminserie. Wofür soll die "
                                  "Änderung gelten?"), QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        choices = {
            box.addButton(self.tr("Nur diesen Termin"), QMessageBox.ButtonRole.AcceptRole): (
                EditScope.ONE
            ),
            box.addButton(
                self.tr("Diesen und alle folgenden"), QMessageBox.ButtonRole.AcceptRole
            ): (EditScope.FOLLOWING),
            box.addButton(self.tr("Alle Termine der Serie"), QMessageBox.ButtonRole.AcceptRole): (
                EditScope.ALL
            ),
        }
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return choices.get(box.clickedButton())  # type: ignore[call-overload]

    def _submit(self) -> None:
        if self._problem():
            return
        data = self.collect()
        ws = self.ws
        try:
            self.conflicts = run_blocking(lambda: calendar.conflicts(ws, data))
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        lines = self.warning_lines()
        self.warnings.set_lines(lines)
        if lines and not self.confirm_anyway(lines):
            return
        scope = EditScope.ONE
        if self.original.series_id is not None and self.original.id is not None:
            chosen = self.ask_scope()
            if chosen is None:
                return
            scope = chosen
        try:
            self.saved_id = run_blocking(lambda: self._save(data, scope))
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        bus.changed.emit(frozenset({"sessions"}))
        self.accept()

    def _save(self, data: SessionData, scope: EditScope) -> int:
        """On the worker: one date, or the series' rule from this date on / for all."""
        if scope is EditScope.ONE or data.series_id is None or data.id is None:
            return calendar.save_session(self.ws, data)
        series = calendar.load_series(self.ws, data.series_id)
        rule = replace(
            series,
            kind=data.kind,
            topic=data.topic,
            weekday=data.starts_at.weekday(),
            start_time=data.starts_at.time(),
            end_time=data.ends_at.time(),
            location_id=data.location_id,
            room=data.room,
            coach_id=data.coach_ids[0] if data.coach_ids else None,
            capacity=data.capacity,
            childcare_offered=data.childcare_offered,
            childcare_capacity=data.childcare_capacity,
        )
        original_day = self.original.starts_at.date()
        calendar.update_series(self.ws, data.series_id, rule, scope, from_date=original_day)
        if (data.cancelled, data.cancel_reason) != (
            self.original.cancelled,
            self.original.cancel_reason,
        ):  # an absence concerns this date only
            now = calendar.load_session(self.ws, data.id)
            now.cancelled, now.cancel_reason = data.cancelled, data.cancel_reason
            calendar.save_session(self.ws, now)
        return data.id

    def _delete(self) -> None:
        if self.session_id is None:
            return
        when = day_text(self.original.starts_at.date())
        if not messages.confirm(
            self,
            self.tr("Termin löschen?"),
            self.tr(
                "Den Termin am {day} mit allen Einladungen löschen? Das lässt sich nicht "
                "rückgängig machen."
            ).format(day=when),  # fmt: skip
            self.tr("Löschen"),
        ):
            return
        ws, sid = self.ws, self.session_id
        try:
            run_blocking(lambda: calendar.delete_session(ws, sid))
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        self.deleted = True
        bus.changed.emit(frozenset({"sessions", "attendance"}))
        self.accept()


class SeriesDialog(QDialog):
    """A weekly series: "jeden Dienstag 9:00–12:00 im Rathaus bis 15.12."."""

    def __init__(
        self,
        ws: Workspace,
        project_id: int,
        parent: QWidget | None = None,
        series_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.project_id, self.series_id = ws, project_id, series_id
        self.saved_id: int | None = None
        self.setObjectName("seriesDialog")
        self.setWindowTitle(
            self.tr("Terminserie bearbeiten") if series_id else self.tr("Neue Terminserie")
        )
        self.setMinimumWidth(580)

        def load() -> tuple[list[LocationInfo], list[CoachInfo], SeriesData | None, dt.date | None]:
            locations, coaches = load_choices(ws)
            data = calendar.load_series(ws, series_id) if series_id else None
            projects = {p.id: p for p in list_projects(ws)}
            project = projects.get(project_id)
            return locations, coaches, data, project.end_date if project else None

        locations, coaches, loaded, project_end = run_blocking(load)
        today = dt.date.today()
        first = today + dt.timedelta(days=(1 - today.weekday()) % 7 or 7)  # next Tuesday
        last = (
            project_end if project_end and project_end > first else first + dt.timedelta(weeks=12)
        )
        self.original = loaded or SeriesData(
            project_id=project_id,
            kind=SessionKind.WORKSHOP,
            weekday=1,
            start_time=dt.time(9),
            end_time=dt.time(12),
            first_date=first,
            last_date=last,
            location_id=locations[0].id if locations else None,
            room=locations[0].rooms[0] if locations and locations[0].rooms else "",
            coach_id=ws.coach.id if ws.coach else None,
        )
        self._build(locations, coaches)
        self._fill(self.original)
        for signal in (
            self.weekday.currentIndexChanged, self.first.dateChanged, self.last.dateChanged,
            self.start.timeChanged, self.end.timeChanged, self.skip_holidays.toggled,
        ):  # fmt: skip
            signal.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._changed()

    def _build(self, locations: list[LocationInfo], coaches: list[CoachInfo]) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.kind = kind_combo(SessionKind.WORKSHOP)
        self.kind.setObjectName("kindCombo")
        self.topic = QLineEdit()
        self.topic.setObjectName("topicEdit")
        self.topic.setPlaceholderText(self.tr("z. B. Bewerbungsmappe"))
        self.weekday = QComboBox()
        self.weekday.setObjectName("weekdayCombo")
        loc = QLocale()
        for day in range(7):
            self.weekday.addItem(loc.dayName(day + 1), day)
        self.start = time_edit(dt.time(9))
        self.start.setObjectName("startEdit")
        self.end = time_edit(dt.time(12))
        self.end.setObjectName("endEdit")
        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.weekday, 2)
        when.addWidget(self.start, 1)
        when.addWidget(QLabel("–"))
        when.addWidget(self.end, 1)
        self.first = date_edit(dt.date.today())
        self.first.setObjectName("firstDateEdit")
        self.last = date_edit(dt.date.today())
        self.last.setObjectName("lastDateEdit")
        period = QHBoxLayout()
        period.setSpacing(8)
        period.addWidget(self.first, 1)
        period.addWidget(QLabel(self.tr("bis")))
        period.addWidget(self.last, 1)
        self.place = PlacePicker(locations)
        self.coach = QComboBox()
        self.coach.setObjectName("coachCombo")
        self.coach.addItem(self.tr("– niemand –"), None)
        for coach in coaches:
            self.coach.addItem(coach.name, coach.id)
        self.capacity = count_spin(self.tr("ohne Begrenzung"))
        self.capacity.setObjectName("capacitySpin")
        self.childcare = QCheckBox(self.tr("Kinderbetreuung &angeboten"))
        self.childcare.setObjectName("childcareCheck")
        self.childcare_capacity = count_spin(self.tr("ohne Begrenzung"), 50)
        self.childcare_capacity.setPrefix(self.tr("Plätze: "))
        self.childcare.toggled.connect(self.childcare_capacity.setEnabled)
        care = QHBoxLayout()
        care.setSpacing(12)
        care.addWidget(self.childcare)
        care.addWidget(self.childcare_capacity)
        care.addStretch(1)
        self.skip_holidays = QCheckBox(self.tr("&Feiertage in Hessen überspringen"))
        self.skip_holidays.setObjectName("skipHolidaysCheck")
        self.skip_holidays.setChecked(True)
        self.enrol = QCheckBox(self.tr("Alle aktiven Teilnehmenden &einladen"))
        self.enrol.setObjectName("enrolCheck")
        self.enrol.setChecked(True)
        self.scope = QComboBox()
        self.scope.setObjectName("scopeCombo")
        today = dt.date.today()
        self.scope.addItem(
            self.tr("Termine ab heute ({day})").format(day=day_text(today)), "following"
        )
        self.scope.addItem(self.tr("Alle Termine der Serie"), "all")
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            (self.tr("A&rt:"), self.kind, self.kind),
            (self.tr("&Thema:"), self.topic, self.topic),
            (self.tr("&Wochentag und Zeit:"), when, self.weekday),
            (self.tr("&Zeitraum:"), period, self.first),
            (self.tr("&Ort und Raum:"), self.place, self.place.location),
            (self.tr("&Coach:"), self.coach, self.coach),
            (self.tr("&Plätze:"), self.capacity, self.capacity),
            (self.tr("Kinder:"), care, self.childcare),
        ]
        if self.series_id is not None:
            rows.append((self.tr("Ä&nderung gilt für:"), self.scope, self.scope))
        add_rows(form, rows)
        layout.addLayout(form)
        layout.addWidget(self.skip_holidays)
        layout.addWidget(self.enrol)
        self.enrol.setVisible(self.series_id is None)
        self.preview = QLabel()
        self.preview.setObjectName("seriesPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        frame = QFrame()
        frame.setObjectName("card")
        inner = QHBoxLayout(frame)
        inner.setContentsMargins(12, 10, 12, 10)
        mark = QLabel()
        mark.setPixmap(icon("calendar-days").pixmap(20, 20))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        inner.addWidget(mark)
        inner.addWidget(self.preview, 1)
        layout.addWidget(frame)
        self.error = error_label()
        layout.addWidget(self.error)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(
            self.tr("&Speichern") if self.series_id else self.tr("&Serie anlegen")
        )
        self.save_button.setProperty("primary", True)
        self.save_button.setObjectName("saveButton")
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.box.accepted.connect(self._submit)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)

    def _fill(self, d: SeriesData) -> None:
        self.kind.setCurrentIndex(self.kind.findData(d.kind.value))
        self.topic.setText(d.topic)
        self.weekday.setCurrentIndex(d.weekday)
        self.start.setTime(qtime(d.start_time))
        self.end.setTime(qtime(d.end_time))
        self.first.setDate(qdate(d.first_date))
        self.last.setDate(qdate(d.last_date))
        self.place.set_place(d.location_id, d.room)
        self.coach.setCurrentIndex(max(0, self.coach.findData(d.coach_id)))
        self.capacity.setValue(d.capacity or 0)
        self.childcare.setChecked(d.childcare_offered)
        self.childcare_capacity.setValue(d.childcare_capacity or 0)
        self.childcare_capacity.setEnabled(d.childcare_offered)
        self.skip_holidays.setChecked(d.skip_holidays)
        self.enrol.setChecked(d.kind in GROUP_KINDS)

    def _kind_changed(self, _index: int) -> None:
        kind = SessionKind(self.kind.currentData())
        self.enrol.setChecked(kind in GROUP_KINDS)

    def collect(self) -> SeriesData:
        coach = self.coach.currentData()
        return replace(
            self.original,
            kind=SessionKind(self.kind.currentData()),
            topic=self.topic.text().strip(),
            weekday=int(self.weekday.currentData()),
            start_time=pytime(self.start.time()),
            end_time=pytime(self.end.time()),
            first_date=pydate(self.first.date()),
            last_date=pydate(self.last.date()),
            location_id=self.place.location_id(),
            room=self.place.room_text(),
            coach_id=int(coach) if coach is not None else None,
            capacity=self.capacity.value() or None,
            childcare_offered=self.childcare.isChecked(),
            childcare_capacity=(self.childcare_capacity.value() or None)
            if self.childcare.isChecked()
            else None,
            skip_holidays=self.skip_holidays.isChecked(),
        )

    def preview_text(self, data: SeriesData) -> str:
        dates, skipped = calendar.series_dates(data)
        if not dates:
            return self.tr("In diesem Zeitraum liegt kein Termin.")
        text = self.tr("%n Termine", "", len(dates))
        if skipped:
            shown = ", ".join(f"{d:%d.%m.%Y} ({name})" for d, name in skipped)
            text += ", " + self.tr("%n Feiertage übersprungen", "", len(skipped)) + ": " + shown
        period = self.tr("vom {first} bis {last}").format(
            first=day_text(dates[0]), last=day_text(dates[-1])
        )
        return f"{text}\n{period}"

    def _problem(self) -> str:
        if self.end.time() <= self.start.time():
            return self.tr("Das Ende muss nach dem Beginn liegen.")
        if self.last.date() < self.first.date():
            return self.tr("Der letzte Termin liegt vor dem ersten.")
        if not calendar.series_dates(self.collect())[0]:
            return self.tr("In diesem Zeitraum liegt kein Termin.")
        return ""

    def _changed(self, *_args: object) -> None:
        self.preview.setText(self.preview_text(self.collect()))
        problem = self._problem()
        self.error.setText(problem if problem != self.preview.text() else "")
        self.save_button.setEnabled(not problem)

    def _submit(self) -> None:
        if self._problem():
            return
        data, ws, enrol = self.collect(), self.ws, self.enrol.isChecked()
        series_id = self.series_id
        scope = EditScope.ALL if self.scope.currentData() == "all" else EditScope.FOLLOWING

        def save() -> int:
            if series_id is None:
                return calendar.create_series(ws, data, enrol_active=enrol)
            calendar.update_series(ws, series_id, data, scope, from_date=dt.date.today())
            return series_id

        try:
            self.saved_id = run_blocking(save)
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        bus.changed.emit(frozenset({"sessions", "attendance"}))
        self.accept()
