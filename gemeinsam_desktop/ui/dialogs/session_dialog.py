"""The Termin dialog: one session, with live warnings.

It shows double-bookings (``calendar.conflicts``, checked on the worker a moment after the
last change) and holidays in Hessen before saving; saving anyway needs a confirmation. A
date of a series asks whether the change is meant for this date, the following ones or all.
The Terminserie dialog lives in ``series_dialog.py``, the form parts shared with it and with
``coaching_booking.py`` in ``ui/widgets/session_form.py``; both are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import calendar
from gemeinsam_desktop.services.calendar import Conflict, EditScope, LocationInfo, SessionData
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.enums import SessionKind
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.dialogs.series_dialog import SeriesDialog as SeriesDialog
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import bus, run_blocking
from gemeinsam_desktop.ui.widgets.calendar_views import day_text, qdate
from gemeinsam_desktop.ui.widgets.session_form import (
    ConflictWatcher,
    PlacePicker,
    WarningPanel,
    add_rows,
    conflict_lines,
    count_spin,
    date_edit,
    error_label,
    kind_combo,
    load_choices,
    pydate,
    pytime,
    qtime,
    time_range,
)


class SessionDialog(QDialog):
    """Create or edit one session; ``template`` pre-fills a new one (e.g. a company visit)."""

    def __init__(
        self,
        ws: Workspace,
        project_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
        template: SessionData | None = None,
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
        self.original = (
            loaded
            or template
            or SessionData(
                project_id=project_id,
                kind=SessionKind.WORKSHOP,
                starts_at=start,
                ends_at=start + dt.timedelta(hours=3),
                coach_ids=[ws.coach.id] if ws.coach else [],
            )
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
        when, self.start, self.end = time_range(self.date)
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
