"""Kalender: the sessions of one project as a month grid, a week, or a list.

The views live in ``ui/widgets/calendar_views.py``; this page loads the shown range on the
worker (sessions, holidays in Hessen, double-bookings) and opens the dialogs. Each dialog
call sits in its own small method so that tests can replace it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, QStandardPaths
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from gemeinsam_desktop.files import atomic_write_bytes
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import preferences, print_jobs
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.pages.base import Page
from gemeinsam_desktop.ui.widgets import print_buttons
from gemeinsam_desktop.ui.widgets.calendar_views import (
    AgendaView,
    CalendarData,
    MonthView,
    WeekView,
    build_data,
    chip_text,
    day_text,
    grid_start,
    month_end,
    qdate,
)

MONTH, WEEK, LIST = "month", "week", "list"
if TYPE_CHECKING:  # the services load on the worker (start-up, issue #8)
    from gemeinsam_desktop.services.roster import ProjectInfo

Loaded = tuple[list["ProjectInfo"], int, dt.date, dt.date, CalendarData]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class CalendarPage(Page):
    icon_name = "calendar-days"
    watches = frozenset({"sessions", "attendance", "participants", "project"})

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Kalender"), parent)
        self.project_id = 0
        self.mode = MONTH
        self.anchor = dt.date.today()  # the selected day; the shown range contains it
        self.data = CalendarData()
        self.loaded_span: tuple[dt.date, dt.date] | None = None  # the range ``data`` covers
        self._generation = 0
        self.body.addLayout(self._action_row())
        self.body.addLayout(self._navigation_row())
        self.stack = QStackedWidget()
        self.month_view = MonthView()
        self.week_view = WeekView()
        self.agenda = AgendaView()
        for view in (self.month_view, self.week_view):
            view.session_activated.connect(lambda sid: self.open_session(sid))
            view.day_activated.connect(self._day_activated)
            view.selection_changed.connect(self._day_selected)
            view.context_requested.connect(self._context_menu)
            self.stack.addWidget(view)
        self.agenda.session_activated.connect(lambda sid: self.open_session(sid))
        self.agenda.context_requested.connect(self._context_menu)
        self.agenda.selectionModel().currentChanged.connect(
            lambda *_a: self.edit_button.setEnabled(self.selected_session() is not None)
        )
        self.stack.addWidget(self.agenda)
        self.body.addWidget(self.stack, 1)
        self.summary = QLabel()
        self.summary.setObjectName("calendarSummary")
        self.summary.setProperty("hint", True)
        self.body.addWidget(self.summary)
        self._shortcuts()
        self._show_mode()

    # -- building -----------------------------------------------------------------------
    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("calendarProjectCombo")
        self.project_combo.setMinimumWidth(240)
        self.project_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project_combo.currentIndexChanged.connect(self._project_chosen)
        label = QLabel(self.tr("&Projekt:"))
        label.setBuddy(self.project_combo)
        self.export_button = QPushButton(icon("download"), self.tr("Als &iCalendar exportieren…"))
        self.export_button.setObjectName("exportIcsButton")
        self.export_button.setToolTip(
            self.tr("Die gezeigten Termine für Outlook oder Thunderbird speichern")
        )
        self.export_button.clicked.connect(lambda: self.export_ics())
        self.series_button = QPushButton(icon("calendar-plus"), self.tr("Neue &Serie…"))
        self.series_button.setObjectName("newSeriesButton")
        self.series_button.setToolTip(self.tr("Ein wöchentlicher Termin, z. B. jeden Dienstag"))
        self.series_button.clicked.connect(lambda: self.new_series())
        self.new_button = QPushButton(icon("plus", "#ffffff"), self.tr("&Neuer Termin…"))
        self.new_button.setObjectName("newSessionButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Einen Termin anlegen (Strg+N)"))
        self.new_button.clicked.connect(lambda: self.new_session())
        row.addWidget(label)
        row.addWidget(self.project_combo)
        row.addStretch(1)
        for button in (self.export_button, self.series_button, self.new_button):
            row.addWidget(button)
        return row

    def _navigation_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.today_button = QPushButton(icon("calendar-check"), self.tr("Heute"))
        self.today_button.setObjectName("todayButton")
        self.today_button.setToolTip(self.tr("Zum heutigen Tag (Strg+T)"))
        self.today_button.clicked.connect(self.go_today)
        self.prev_button = QPushButton(icon("chevron-left"), "")
        self.prev_button.setObjectName("previousButton")
        self.prev_button.setToolTip(self.tr("Zurück (Alt+Pfeil links oder Bild auf)"))
        self.prev_button.setAccessibleName(self.tr("Zurück"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(icon("chevron-right"), "")
        self.next_button.setObjectName("nextButton")
        self.next_button.setToolTip(self.tr("Weiter (Alt+Pfeil rechts oder Bild ab)"))
        self.next_button.setAccessibleName(self.tr("Weiter"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.period_label.setFont(font)
        self.edit_button = QPushButton(icon("pencil"), self.tr("&Bearbeiten…"))
        self.edit_button.setObjectName("editSessionButton")
        self.edit_button.setToolTip(self.tr("Den gewählten Termin bearbeiten (F2)"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.day_print_button = QPushButton(icon("printer"), self.tr("&Tageslisten"))
        self.day_print_button.setObjectName("dayPrintButton")
        self.day_print_button.setToolTip(
            self.tr("Anwesenheits- und Betreuungslisten des gewählten Tages (Strg+P)")
        )
        self.day_print_menu = QMenu(self.day_print_button)
        self.day_print_menu.setObjectName("dayPrintMenu")
        self.day_print_menu.aboutToShow.connect(self._fill_day_print_menu)
        self.day_print_button.setMenu(self.day_print_menu)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode, text, name in (
            (MONTH, self.tr("&Monat"), "calendar-days"),
            (WEEK, self.tr("&Woche"), "clock"),
            (LIST, self.tr("&Liste"), "list"),
        ):
            button = QPushButton(icon(name), text)
            button.setObjectName(f"{mode}ModeButton")
            button.setCheckable(True)
            button.setToolTip(self.tr("Ansicht wechseln (Alt + unterstrichener Buchstabe)"))
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
        for widget in (self.today_button, self.prev_button, self.next_button):
            row.addWidget(widget)
        row.addSpacing(8)
        row.addWidget(self.period_label)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.day_print_button)
        row.addSpacing(12)
        for button in self.mode_buttons.values():
            row.addWidget(button)
        return row

    def _shortcuts(self) -> None:
        def bind(keys: QKeySequence | QKeySequence.StandardKey | str, slot) -> None:  # type: ignore[no-untyped-def]
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

        bind("Ctrl+T", self.go_today)
        bind("Alt+Left", lambda: self.step(-1))
        bind("Alt+Right", lambda: self.step(1))
        bind("PgUp", lambda: self.step(-1))
        bind("PgDown", lambda: self.step(1))
        bind(QKeySequence.StandardKey.New, lambda: self.new_session())
        bind("F2", self._edit_selected)
        bind("Ctrl+P", lambda: self.print_day(print_buttons.PRINT))
        bind("Ctrl+Shift+P", lambda: self.print_day(print_buttons.PREVIEW))

    # -- range and navigation -----------------------------------------------------------
    def shown_range(self) -> tuple[dt.date, dt.date]:
        """The days the current view shows (the export range)."""
        if self.mode == WEEK:
            monday = self.anchor - dt.timedelta(days=self.anchor.weekday())
            return monday, monday + dt.timedelta(days=6)
        return self.anchor.replace(day=1), month_end(self.anchor.year, self.anchor.month)

    def loaded_range(self) -> tuple[dt.date, dt.date]:
        """The days to load: the whole 6-week grid in the month view."""
        if self.mode == WEEK:
            return self.shown_range()
        start = grid_start(self.anchor.year, self.anchor.month)
        return start, start + dt.timedelta(days=41)

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self._show_mode()
            self.refresh_now()

    def _show_mode(self) -> None:
        self.mode_buttons[self.mode].setChecked(True)
        view = {MONTH: self.month_view, WEEK: self.week_view, LIST: self.agenda}[self.mode]
        self.stack.setCurrentWidget(view)
        self._place_views()

    def go_today(self) -> None:
        self.go_to(dt.date.today())

    def go_to(self, day: dt.date) -> None:
        before = self.loaded_range()
        self.anchor = day
        self._place_views()
        if self.loaded_range() != before:
            self.refresh_now()
        else:
            self._update_labels()

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.go_to(self.anchor + dt.timedelta(weeks=direction))
        else:
            target = _add_months(self.anchor, direction)
            today = dt.date.today()
            same = (today.year, today.month) == (target.year, target.month)
            self.go_to(today if same else target)

    def _place_views(self) -> None:
        self.month_view.set_month(self.anchor.year, self.anchor.month, self.anchor)
        monday = self.anchor - dt.timedelta(days=self.anchor.weekday())
        self.week_view.set_week(monday, self.anchor)
        self._update_labels()

    def _day_selected(self, day: dt.date) -> None:
        first, last = self.shown_range()
        if self.mode != LIST and not first <= day <= last:
            self.go_to(day)  # an arrow key left the month or week
        else:
            self.anchor = day
        self.edit_button.setEnabled(self.selected_session() is not None)

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation, ws = self._generation, self.ws
        wanted = self.project_id or preferences.ROSTER_PROJECT.get()
        start, end = self.loaded_range()

        def load() -> Loaded:
            from gemeinsam_desktop.services import calendar
            from gemeinsam_desktop.services.roster import list_projects

            projects = list_projects(ws)
            ids = [p.id for p in projects]
            pid = wanted if wanted in ids else (ids[0] if ids else 0)
            sessions = calendar.sessions_between(ws, pid, start, end) if pid else []
            days = (start + dt.timedelta(days=i) for i in range((end - start).days + 1))
            holidays = {d: name for d in days if (name := calendar.holiday_name(d))}
            return projects, pid, start, end, build_data(sessions, holidays)

        run_op(self, load, lambda loaded: self.show_loaded(loaded, generation))

    def show_loaded(self, loaded: Loaded, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # a newer load is on its way
        projects, pid, start, end, data = loaded
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        self.project_combo.setCurrentIndex(self.project_combo.findData(pid))
        self.project_combo.blockSignals(False)
        self.project_id = pid
        self.data = data
        self.loaded_span = (start, end)
        self.month_view.set_data(data)
        self.week_view.set_data(data)
        first, last = self.shown_range()
        self.agenda.set_data(data, first, last)
        for button in (
            self.new_button, self.series_button, self.export_button, self.day_print_button
        ):  # fmt: skip
            button.setEnabled(bool(pid))
        self._update_labels()

    def _update_labels(self) -> None:
        loc = QLocale()
        first, last = self.shown_range()
        if self.mode == WEEK:
            week, _year = qdate(first).weekNumber()
            self.period_label.setText(
                self.tr("KW {week} · {start} – {end}").format(
                    week=week,
                    start=loc.toString(qdate(first), "dd.MM."),
                    end=loc.toString(qdate(last), "dd.MM.yyyy"),
                )
            )
        else:
            self.period_label.setText(f"{loc.standaloneMonthName(first.month)} {first.year}")
        shown = [s for s in self.data.sessions if first <= s.starts_at.date() <= last]
        warned = sum(1 for s in shown if self.data.warnings.get(s.id))
        parts = [self.tr("%n Termine", "", len(shown))]
        if warned:
            parts.append(self.tr("%n mit Hinweisen (Doppelbelegung oder Feiertag)", "", warned))
        parts.append(
            self.tr(
                "Pfeiltasten wählen einen Tag, Eingabe öffnet ihn, Doppelklick öffnet einen Termin."
            )  # fmt: skip
            if self.mode != LIST
            else self.tr("Eingabe oder Doppelklick öffnet einen Termin.")
        )
        self.summary.setText(" · ".join(parts))
        self.edit_button.setEnabled(self.selected_session() is not None)

    def _project_chosen(self, index: int) -> None:
        pid = self.project_combo.itemData(index)
        if isinstance(pid, int) and pid != self.project_id:
            self.project_id = pid
            self.refresh_now()

    # -- selection and actions ----------------------------------------------------------
    def selected_session(self) -> int | None:
        if self.mode == LIST:
            return self.agenda.current_session()
        view = self.month_view if self.mode == MONTH else self.week_view
        if view.selected_session is not None:
            return view.selected_session
        day = view.sessions_on(view.selected)
        return day[0].id if day else None

    def _edit_selected(self) -> None:
        sid = self.selected_session()
        if sid is not None:
            self.edit_session(sid)

    def _day_activated(self, day: dt.date) -> None:
        sessions = self.data.by_day.get(day, [])
        if not sessions:
            self.new_session(day)
        elif len(sessions) == 1:
            self.open_session(sessions[0].id)
        else:
            sid = self.choose_session(day)
            if sid is not None:
                self.open_session(sid)

    def choose_session(self, day: dt.date) -> int | None:
        """The day list: which of the day's sessions to open."""
        menu = QMenu(self)
        menu.setObjectName("dayMenu")
        for s in self.data.by_day.get(day, []):
            menu.addAction(chip_text(s) + (f" · {s.topic}" if s.topic else "")).setData(s.id)
        rect = self.month_view.day_rect(day) if self.mode == MONTH else None
        view = self.month_view if self.mode == MONTH else self.week_view
        pos = view.mapToGlobal(rect.center().toPoint() if rect is not None else QPoint(40, 40))
        chosen = menu.exec(pos)
        menu.deleteLater()
        return int(chosen.data()) if chosen is not None else None

    def context_menu(self, day: dt.date, sid: int | None) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("calendarMenu")
        if sid is not None:
            opener = menu.addAction(icon("calendar-check"), self.tr("Anwesenheit öffnen…"))
            opener.triggered.connect(lambda: self.open_session(sid))
            menu.setDefaultAction(opener)
            menu.addAction(icon("pencil"), self.tr("Bearbeiten…")).triggered.connect(
                lambda: self.edit_session(sid)
            )
            info = self.data.session(sid)
            if info is not None:
                menu.addSeparator()
                print_jobs.add_session_menus(menu, self.ws, info, self)
            menu.addSeparator()
        menu.addAction(icon("plus"), self.tr("Neuer Termin an diesem Tag…")).triggered.connect(
            lambda: self.new_session(day)
        )
        if self.data.by_day.get(day):
            menu.addSeparator()
            print_jobs.add_day_menus(menu, self.ws, day, self)
        return menu

    # -- printing -----------------------------------------------------------------------
    def selected_day(self) -> dt.date:
        """The day whose lists "Tageslisten" prints: the selected day or session's day."""
        if self.mode == LIST:
            sid = self.agenda.current_session()
            info = self.data.session(sid) if sid is not None else None
            if info is not None:
                return info.starts_at.date()
        return self.anchor

    def _fill_day_print_menu(self) -> None:
        menu, day = self.day_print_menu, self.selected_day()
        menu.clear()
        sessions = [s for s in self.data.by_day.get(day, []) if not s.cancelled]
        heading = menu.addAction(day_text(day))
        heading.setEnabled(False)
        print_jobs.add_day_menus(menu, self.ws, day, self, has_sessions=bool(sessions))
        if not sessions:
            menu.addAction(self.tr("An diesem Tag gibt es keine Termine.")).setEnabled(False)

    def print_day(self, action: str) -> None:
        """Strg+P: the day's Anwesenheitslisten (Strg+Umschalt+P: their preview)."""
        if self.project_id:
            job = print_jobs.day_signin_job(self.ws, self.selected_day())
            print_buttons.run_job(self, job, action)

    def _context_menu(self, day: dt.date, sid: int | None, pos: QPoint) -> None:
        menu = self.context_menu(day, sid)
        menu.exec(pos)
        menu.deleteLater()

    # The dialogs are imported inside these small methods (tests replace them).
    def open_session(self, session_id: int) -> None:
        from gemeinsam_desktop.ui.dialogs.session_sheet import SessionSheetDialog

        SessionSheetDialog(self.ws, session_id, self).exec()

    def edit_session(self, session_id: int) -> None:
        from gemeinsam_desktop.ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.ws, self.project_id, session_id, self)
        dialog.exec()
        dialog.deleteLater()

    def new_session(self, day: dt.date | None = None) -> None:
        if not self.project_id:
            return
        from gemeinsam_desktop.ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.ws, self.project_id, None, self, day=day or self.anchor)
        dialog.exec()
        dialog.deleteLater()

    def new_series(self) -> None:
        if not self.project_id:
            return
        from gemeinsam_desktop.ui.dialogs.session_dialog import SeriesDialog

        dialog = SeriesDialog(self.ws, self.project_id, self)
        dialog.exec()
        dialog.deleteLater()

    def export_ics(self) -> None:
        if not self.project_id:
            return
        first, last = self.shown_range()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"Termine-{first:%Y-%m-%d}-bis-{last:%Y-%m-%d}.ics")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Als iCalendar exportieren"),
            suggested,
            self.tr("iCalendar-Datei (*.ics)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".ics") else path + ".ics")
        ws, pid = self.ws, self.project_id

        def write() -> None:
            from gemeinsam_desktop.services import calendar

            data = calendar.export_ics(ws, pid, start=first, end=last)
            atomic_write_bytes(target, data, mode=0o644)

        def done(_result: None) -> None:
            self.summary.setText(self.tr("Gespeichert: {path}").format(path=str(target)))

        run_op(self, write, done)
