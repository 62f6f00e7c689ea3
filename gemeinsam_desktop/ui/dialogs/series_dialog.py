"""The Terminserie dialog: a weekly rule, with a preview of its dates and skipped holidays."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import calendar
from gemeinsam_desktop.services.calendar import GROUP_KINDS, EditScope, LocationInfo, SeriesData
from gemeinsam_desktop.services.roster import list_projects
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.enums import SessionKind
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import bus, run_blocking
from gemeinsam_desktop.ui.widgets.calendar_views import day_text, qdate
from gemeinsam_desktop.ui.widgets.session_form import (
    PlacePicker,
    add_rows,
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
        when, self.start, self.end = time_range(self.weekday)
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
