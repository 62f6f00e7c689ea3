"""Einzelcoaching vereinbaren: one appointment for one participant, from the record.

Date, time and duration (45 minutes unless changed), the coach (the one signed in), the
place (Nachbarschaftszentrum Westend, Beratungsraum, when it exists) and a topic; double
bookings show while choosing. Saving calls ``calendar.book_coaching``, which also invites
the participant.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import calendar
from gemeinsam_desktop.services.calendar import Conflict, LocationInfo, SessionData
from gemeinsam_desktop.services.roster import load_participant
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.enums import SessionKind
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.operations import bus, run_blocking
from gemeinsam_desktop.ui.widgets.calendar_views import day_text
from gemeinsam_desktop.ui.widgets.session_form import (
    ConflictWatcher,
    PlacePicker,
    WarningPanel,
    add_rows,
    conflict_lines,
    date_edit,
    error_label,
    load_choices,
    pydate,
    pytime,
    time_edit,
)

DEFAULT_PLACE = ("Nachbarschaftszentrum Westend", "Beratungsraum")


def next_workday(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5 or calendar.holiday_name(day):
        day += dt.timedelta(days=1)
    return day


class CoachingBookingDialog(QDialog):
    def __init__(self, ws: Workspace, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.participant_id = ws, participant_id
        self.session_id: int | None = None
        self.conflicts: list[Conflict] = []
        self.setObjectName("coachingBookingDialog")

        def load() -> tuple[list[LocationInfo], list[CoachInfo], int, str]:
            locations, coaches = load_choices(ws)
            person = load_participant(ws, participant_id)
            name = f"{person.first_name} {person.last_name}".strip()
            return locations, coaches, person.project_id, name

        locations, coaches, self.project_id, name = run_blocking(load)
        self.setWindowTitle(self.tr("Einzelcoaching vereinbaren – {name}").format(name=name))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.date = date_edit(next_workday(dt.date.today()))
        self.date.setObjectName("dateEdit")
        self.time = time_edit(dt.time(10))
        self.time.setObjectName("timeEdit")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutesSpin")
        self.minutes.setRange(15, 240)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(45)
        self.minutes.setSuffix(self.tr(" Min."))
        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.date, 2)
        when.addWidget(self.time, 1)
        when.addWidget(self.minutes, 1)
        self.coach = QComboBox()
        self.coach.setObjectName("coachCombo")
        for coach in coaches:
            self.coach.addItem(coach.name, coach.id)
        if ws.coach is not None:
            self.coach.setCurrentIndex(max(0, self.coach.findData(ws.coach.id)))
        self.place = PlacePicker(locations)
        westend = next((loc for loc in locations if loc.name == DEFAULT_PLACE[0]), None)
        if westend is not None:
            room = DEFAULT_PLACE[1] if DEFAULT_PLACE[1] in westend.rooms else ""
            self.place.set_place(westend.id, room or (westend.rooms[0] if westend.rooms else ""))
        self.topic = QLineEdit()
        self.topic.setObjectName("topicEdit")
        self.topic.setPlaceholderText(self.tr("z. B. Lebenslauf überarbeiten"))
        add_rows(
            form,
            [
                (self.tr("&Datum und Zeit:"), when, self.date),
                (self.tr("&Coach:"), self.coach, self.coach),
                (self.tr("&Ort und Raum:"), self.place, self.place.location),
                (self.tr("&Thema:"), self.topic, self.topic),
            ],
        )
        layout.addLayout(form)
        self.warnings = WarningPanel()
        layout.addWidget(self.warnings)
        self.error = error_label()
        layout.addWidget(self.error)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Vereinbaren"))
        self.ok_button.setObjectName("bookButton")
        self.ok_button.setProperty("primary", True)
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.box.accepted.connect(self._submit)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.watcher = ConflictWatcher(ws, self.collect, self)
        self.watcher.found.connect(self._show_conflicts)
        for signal in (
            self.date.dateChanged,
            self.time.timeChanged,
            self.minutes.valueChanged,
            self.coach.currentIndexChanged,
            self.place.changed,
        ):
            signal.connect(self._changed)
        self._changed()
        self.time.setFocus(Qt.FocusReason.OtherFocusReason)

    def collect(self) -> SessionData:
        starts = dt.datetime.combine(pydate(self.date.date()), pytime(self.time.time()))
        coach = self.coach.currentData()
        return SessionData(
            project_id=self.project_id,
            kind=SessionKind.EINZELCOACHING,
            starts_at=starts,
            ends_at=starts + dt.timedelta(minutes=self.minutes.value()),
            topic=self.topic.text().strip(),
            location_id=self.place.location_id(),
            room=self.place.room_text(),
            coach_ids=[int(coach)] if coach is not None else [],
            capacity=1,
            childcare_offered=False,
        )

    def warning_lines(self) -> list[str]:
        lines = conflict_lines(self.conflicts)
        data = self.collect()
        if data.ends_at.date() != data.starts_at.date():
            lines.append(self.tr("Der Termin endet erst am nächsten Tag."))
        holiday = calendar.holiday_name(data.starts_at.date())
        if holiday:
            lines.append(
                self.tr("Der {day} ist ein Feiertag in Hessen: {name}.").format(
                    day=day_text(data.starts_at.date()), name=holiday
                )
            )
        return lines

    def _changed(self, *_args: object) -> None:
        self.warnings.set_lines(self.warning_lines())
        self.watcher.schedule()

    def _show_conflicts(self, found: list[Conflict]) -> None:
        self.conflicts = found
        self.warnings.set_lines(self.warning_lines())

    def _submit(self) -> None:
        data, ws, pid = self.collect(), self.ws, self.participant_id
        try:
            self.conflicts = run_blocking(lambda: calendar.conflicts(ws, data))
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        lines = self.warning_lines()
        self.warnings.set_lines(lines)
        if lines and not messages.confirm(
            self,
            self.tr("Trotzdem vereinbaren?"),
            "\n".join(lines),
            self.tr("Trotzdem vereinbaren"),
        ):
            return
        minutes = self.minutes.value()

        def book() -> int:
            return calendar.book_coaching(
                ws,
                pid,
                data.starts_at,
                minutes,
                coach_id=data.coach_ids[0] if data.coach_ids else None,
                location_id=data.location_id,
                room=data.room,
                topic=data.topic,
            )

        try:
            self.session_id = run_blocking(book)
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        bus.changed.emit(frozenset({"sessions", "attendance"}))
        self.accept()
