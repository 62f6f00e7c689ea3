"""The session page: who came to one session, and whose children are looked after.

``SessionSheetDialog(ws, session_id, parent).exec()`` shows one session: a header (kind,
topic, date, time, place, coaches, cancelled, expected and present counts), the tab
"Anwesenheit" with the attendance table and the tab "Kinderbetreuung".

Quick keyboard entry: the arrow keys move between rows; A, V, E, K or U sets the state of
the current row (``attendance.STATE_KEYS``) and moves to the next row. Every change is
saved at once on the worker (``operations.run_op``, announcing ``"attendance"``); the table
shows it before the save is done, and the stored row replaces it afterwards. When a save
fails, the reason is shown in the dialog (known errors) or as a crash message (bugs), and
the sheet is loaded again so that it shows what is stored.

The table is ``ui.widgets.attendance_table``, the childcare tab ``ui.widgets.childcare_panel``
and the choice of walk-ins ``walk_in_picker`` (``WalkInPicker`` is still importable here).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,  # noqa: F401  (tests reach the editors' classes through this module)
    QMenu,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import attendance, roster
from gemeinsam_desktop.services.attendance import AttendanceRow, ChildcareSummary, SessionSheet
from gemeinsam_desktop.services.calendar_types import SessionInfo
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, print_jobs, theme
from gemeinsam_desktop.ui.dialogs.walk_in_picker import WalkInPicker
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.models import attendance_model as am
from gemeinsam_desktop.ui.models.attendance_model import AttendanceModel, state_label
from gemeinsam_desktop.ui.operations import run_blocking, run_op
from gemeinsam_desktop.ui.widgets.attendance_table import AttendanceView
from gemeinsam_desktop.ui.widgets.childcare_panel import (
    ChildcarePanel,
    big_number,
    registered_children,
    set_number,
    warning_text,
)
from gemeinsam_desktop.ui.widgets.print_buttons import PrintButton

CHANGES = frozenset({"attendance"})
TAB_ATTENDANCE, TAB_CHILDCARE = range(2)


def _qdate_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _time_text(value: dt.datetime) -> str:
    return am.time_text(value.time())


class SessionSheetDialog(QDialog):
    """One session's attendance and childcare; every change is saved at once."""

    def __init__(self, ws: Workspace, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSheetDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ws = ws
        self.session_id = session_id
        self.sheet: SessionSheet | None = None
        self.care: ChildcareSummary | None = None
        self._pending: dict[int, int] = {}  # attendance id → saves under way
        self._running = 0
        self._closed = False
        self.setWindowTitle(self.tr("Anwesenheit"))
        self.resize(980, 700)
        self.setMinimumSize(760, 520)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(12)
        outer.addWidget(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(self._build_attendance_tab(), self.tr("Anwesenheit"))
        self.childcare = ChildcarePanel()
        self.childcare.tree.itemChanged.connect(self._child_toggled)
        self.tabs.addTab(self.childcare, self.tr("Kinderbetreuung"))
        self._care_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(self._build_footer())

        self.model.changeRequested.connect(self._save_change)
        for signal in (self.model.dataChanged, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._refresh_counts)
        try:
            sheet = run_blocking(lambda: attendance.session_sheet(ws, session_id))
        except KnownError as exc:
            self._show_error(error_text(exc))
            self.add_button.setEnabled(False)
        except Exception as exc:  # a bug: the crash message names the log
            messages.show_error(self, exc)
            self.add_button.setEnabled(False)
        else:
            self.show_sheet(sheet)
        self.table.setFocus()

    # -- building --------------------------------------------------------------------
    def _build_header(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        row = QHBoxLayout(frame)
        row.setContentsMargins(20, 14, 16, 14)
        row.setSpacing(12)
        text = QVBoxLayout()
        text.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(420)
        self.cancelled = QLabel(self.tr("fällt aus"))
        self.cancelled.setObjectName("cancelledChip")
        light, dark = ("#f9e0de", "#8c1c13"), ("#4d1f1b", "#f8d2ce")
        bg, fg = dark if theme.is_dark() else light
        self.cancelled.setStyleSheet(
            f"background: {bg}; color: {fg}; border-radius: 10px; padding: 2px 10px;"
            " font-weight: 600;"
        )
        self.cancelled.hide()
        text.addWidget(self.title)
        when_row = QHBoxLayout()
        when_row.setSpacing(10)
        self.when = QLabel()
        self.when.setObjectName("sessionWhen")
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        when_row.addWidget(self.when)
        when_row.addWidget(self.cancelled)
        when_row.addStretch(1)
        self.where = QLabel()
        self.where.setObjectName("sessionWhere")
        self.where.setProperty("hint", True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        text.addLayout(when_row)
        text.addWidget(self.where)
        row.addLayout(text, 1)
        self.expected_box = big_number("0", self.tr("erwartet"))
        self.present_box = big_number("0", self.tr("anwesend"))
        row.addWidget(self.expected_box, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.present_box, 0, Qt.AlignmentFlag.AlignVCenter)
        return frame

    def _build_attendance_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        tools = QHBoxLayout()
        tools.setSpacing(8)
        self.keys_hint = QLabel(
            self.tr(
                "Tasten: A anwesend · V verspätet · E entschuldigt · K krank · U unentschuldigt"
            )
        )
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setProperty("hint", True)
        self.keys_hint.setToolTip(
            self.tr(
                "Die Pfeiltasten wechseln die Zeile; ein Buchstabe trägt den Status ein und "
                "springt zur nächsten Zeile. F2 oder Doppelklick bearbeitet ein Feld, Entf "
                "leert es."
            )
        )
        tools.addWidget(self.keys_hint, 1)
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Entfernen …"))
        self.remove_button.setObjectName("removeEnrolment")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Die markierte Person aus diesem Termin entfernen"))
        self.remove_button.clicked.connect(self._remove_current)
        self.add_button = QPushButton(icon("user-plus"), self.tr("Teilnehmende hinzufügen …"))
        self.add_button.setObjectName("addWalkIn")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_walk_ins)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.add_button)
        layout.addLayout(tools)
        self.model = AttendanceModel(self)
        self.table = AttendanceView()
        self.table.setModel(self.model)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._refresh_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Für diesen Termin ist noch niemand angemeldet. Mit „Teilnehmende hinzufügen …“ "
                "tragen Sie ein, wer gekommen ist."
            )
        )
        self.empty.setProperty("hint", True)
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        return page

    def _build_footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        danger = "#ff9b8f" if theme.is_dark() else theme.colors().danger
        self.error.setStyleSheet(f"color: {danger}; font-weight: 600;")
        self.error.hide()
        self.saved = QLabel(self.tr("Änderungen werden sofort gespeichert."))
        self.saved.setObjectName("saveStatus")
        self.saved.setProperty("hint", True)
        close = QPushButton(self.tr("Schließen"))
        close.setObjectName("closeButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.print_signin = PrintButton(
            self.tr("Anwesenheitsliste"),
            lambda: print_jobs.signin_job(self.ws, self.session_id, self._info()),
            shortcuts=True,
        )
        self.print_signin.setObjectName("printSigninButton")
        self.print_childcare = PrintButton(
            self.tr("Betreuungsliste"),
            lambda: print_jobs.childcare_job(self.ws, self.session_id, self._info()),
        )
        self.print_childcare.setObjectName("printChildcareButton")
        self.print_childcare.hide()  # shown when the session offers childcare
        row.addWidget(self.saved)
        row.addWidget(self.error, 1)
        row.addStretch(0)
        row.addWidget(self.print_signin)
        row.addWidget(self.print_childcare)
        row.addWidget(close)
        return row

    def _info(self) -> SessionInfo | None:
        return self.sheet.session if self.sheet is not None else None

    # -- showing ---------------------------------------------------------------------
    def show_sheet(self, sheet: SessionSheet) -> None:
        """Show a freshly loaded sheet; the current row stays on the same person."""
        current = self.model.row_at(self.table.currentIndex().row())
        column = self.table.currentIndex().column()
        self.sheet = sheet
        info = sheet.session
        self.model.childcare_offered = info.childcare_offered
        self.model.set_rows(sheet.rows, info.starts_at.time(), info.ends_at.time())
        kind = session_kind_label(info.kind)
        self.title.setText(f"{kind}: {info.topic}" if info.topic else kind)
        day = _qdate_text(info.starts_at.date())
        self.setWindowTitle(self.tr("Anwesenheit – {kind}, {day}").format(kind=kind, day=day))
        when = self.tr("{day} · {start}–{end} Uhr").format(
            day=day, start=_time_text(info.starts_at), end=_time_text(info.ends_at)
        )
        if info.holiday:
            when += " · " + self.tr("Feiertag: {name}").format(name=info.holiday)
        self.when.setText(when)
        parts = [info.place] if info.place else []
        if info.employer_name:
            parts.append(self.tr("bei {employer}").format(employer=info.employer_name))
        if info.coach_names:
            parts.append(self.tr("Leitung: {names}").format(names=", ".join(info.coach_names)))
        self.where.setText(" · ".join(parts))
        self.where.setVisible(bool(parts))
        self.cancelled.setVisible(info.cancelled)
        self.print_childcare.setVisible(info.childcare_offered)
        self.add_button.setEnabled(not info.cancelled)
        self.add_button.setToolTip(
            self.tr("Der Termin fällt aus: Es kann niemand dazukommen.") if info.cancelled else ""
        )
        self.cancelled.setToolTip(info.cancel_reason)
        if info.cancelled and info.cancel_reason:
            self.cancelled.setText(self.tr("fällt aus: {reason}").format(reason=info.cancel_reason))
        self.show_care(sheet.childcare)
        self._refresh_childcare_list()
        row = self.model.row_of(current.attendance_id) if current is not None else None
        if self.model.rowCount():
            self.table.setCurrentIndex(
                self.model.index(row or 0, column if column >= 0 else am.STATUS)
            )
        self._refresh_counts()
        self._refresh_buttons()

    def show_care(self, care: ChildcareSummary) -> None:
        self.care = care
        offered = self.sheet.session.childcare_offered if self.sheet else True
        registered = registered_children(self.model.rows(), offered)
        self.childcare.show_summary(care, offered, registered)
        warn = warning_text(care, offered, registered) is not None
        self.tabs.setTabIcon(TAB_CHILDCARE, icon("triangle-alert") if warn else icon("baby"))
        self.tabs.setTabText(
            TAB_CHILDCARE,
            self.tr("Kinderbetreuung ({count})").format(count=QLocale().toString(care.total))
            if care.total
            else self.tr("Kinderbetreuung"),
        )

    def _refresh_counts(self, *_args: object) -> None:
        expected, present = self.model.counts()
        loc = QLocale()
        set_number(self.expected_box, loc.toString(expected))
        set_number(self.present_box, loc.toString(present))
        self.empty.setVisible(self.sheet is not None and expected == 0)
        self.table.setVisible(expected > 0 or self.sheet is None)

    def _refresh_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(
            self.model.row_at(self.table.currentIndex().row()) is not None
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _set_saving(self, delta: int) -> None:
        self._running += delta
        if self._running:
            self.saved.setText(self.tr("Wird gespeichert …"))
        else:
            now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.saved.setText(self.tr("✓ gespeichert ({time})").format(time=now))

    def saving(self) -> bool:
        """True while changes are on their way to the store."""
        return self._running > 0

    # -- saving ----------------------------------------------------------------------
    def _run(self, fn: Any, on_success: Any) -> None:
        """Run a change on the worker; report, reload and count what is under way."""
        self._set_saving(+1)
        self._show_error("")

        def done(result: Any) -> None:
            if self._closed:
                return
            self._set_saving(-1)
            on_success(result)

        def failed(exc: BaseException) -> bool:
            if self._closed:  # the dialog may be gone: show it without a parent
                messages.show_error(None, exc)
                return True
            self._set_saving(-1)
            self._pending.clear()
            self.reload()
            if isinstance(exc, KnownError):
                self._show_error(error_text(exc))
                return True
            return False  # a bug: run_op shows the crash message

        run_op(self, fn, done, on_failure=failed, changes=CHANGES)

    def _save_change(self, attendance_id: int, changes: dict[str, Any]) -> None:
        ws, sid = self.ws, self.session_id
        self._pending[attendance_id] = self._pending.get(attendance_id, 0) + 1

        def save() -> tuple[AttendanceRow, ChildcareSummary | None]:
            row = attendance.set_attendance(ws, attendance_id, **changes)
            care = attendance.childcare_summary(ws, sid) if "state" in changes else None
            return row, care

        def saved(result: tuple[AttendanceRow, ChildcareSummary | None]) -> None:
            row, care = result
            left = self._pending.get(attendance_id, 1) - 1
            if left > 0:
                self._pending[attendance_id] = left
            else:
                self._pending.pop(attendance_id, None)
                self.model.replace_row(row)  # a newer change would show until it is saved
            if care is not None:
                self.show_care(care)
            if "state" in changes:
                self._refresh_childcare_list()

        self._run(save, saved)
        if "state" in changes:
            self._refresh_childcare_list()

    def _refresh_childcare_list(self, *_args: object) -> None:
        """Rebuild the childcare list when it is shown (later, when it is not)."""
        if self.tabs.currentIndex() != TAB_CHILDCARE:
            self._care_stale = True
            return
        self._care_stale = False
        offered = self.sheet.session.childcare_offered if self.sheet else True
        self.childcare.show_rows(self.model.rows(), offered)

    def _tab_changed(self, index: int) -> None:
        if index == TAB_CHILDCARE and self._care_stale:
            self._refresh_childcare_list()

    def _child_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        parent = item.parent()
        if self.childcare.building() or parent is None or column != 0:
            return
        attendance_id = int(parent.data(0, Qt.ItemDataRole.UserRole))
        kids = [parent.child(n) for n in range(parent.childCount())]
        child_ids = [
            int(kid.data(0, Qt.ItemDataRole.UserRole))
            for kid in kids
            if kid is not None and kid.checkState(0) == Qt.CheckState.Checked
        ]
        self.model.set_children_selected(attendance_id, child_ids)
        ws, sid = self.ws, self.session_id

        def save() -> ChildcareSummary:
            attendance.set_children(ws, attendance_id, child_ids)
            return attendance.childcare_summary(ws, sid)

        self._run(save, self.show_care)

    def reload(self) -> None:
        ws, sid = self.ws, self.session_id

        def shown(sheet: SessionSheet) -> None:
            if not self._closed:
                self.show_sheet(sheet)

        run_op(self, lambda: attendance.session_sheet(ws, sid), shown)

    # -- walk-ins and removing -------------------------------------------------------
    def _add_walk_ins(self) -> None:
        if self.sheet is None:
            return
        ws, project_id = self.ws, self.sheet.session.project_id
        try:
            people = run_blocking(lambda: roster.roster_rows(ws, project_id))
        except KnownError as exc:
            self._show_error(error_text(exc))
            return
        enrolled = {r.participant_id for r in self.model.rows()}
        info = self.sheet.session
        upcoming = info.starts_at > dt.datetime.now()
        picker = WalkInPicker(
            [p for p in people if p.id not in enrolled],
            self,
            in_series=info.series_id is not None,
            upcoming=upcoming,
        )
        if picker.exec() != QDialog.DialogCode.Accepted or not picker.selected_ids():
            return
        ids, sid = picker.selected_ids(), self.session_id
        series_id = info.series_id if picker.whole_series.isChecked() else None

        def add() -> tuple[list[AttendanceRow], SessionSheet]:
            if series_id is not None:
                attendance.enrol_series(ws, series_id, ids)
            if upcoming:  # invited, not yet there
                attendance.enrol(ws, sid, ids)
                added: list[AttendanceRow] = []
            else:
                added = [attendance.add_walk_in(ws, sid, pid) for pid in ids]
            return added, attendance.session_sheet(ws, sid)

        def added(result: tuple[list[AttendanceRow], SessionSheet]) -> None:
            rows, sheet = result
            self.show_sheet(sheet)
            if rows:
                row = self.model.row_of(rows[0].attendance_id)
                if row is not None:
                    self.table.setCurrentIndex(self.model.index(row, am.STATUS))
                    self.table.scrollTo(self.table.currentIndex())

        self._run(add, added)

    def _context_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        number = index.row()
        states = menu.addMenu(self.tr("Status"))
        for state in am.STATE_ORDER:
            action = QAction(state_label(state), states)
            action.triggered.connect(lambda _c=False, r=number, s=state: self.model.set_state(r, s))
            states.addAction(action)
        menu.addSeparator()
        remove = menu.addAction(icon("trash-2"), self.tr("Aus diesem Termin entfernen …"))
        remove.triggered.connect(self._remove_current)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _remove_current(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        if not messages.confirm(
            self,
            self.tr("Aus dem Termin entfernen?"),
            self.tr(
                "{name} wird aus diesem Termin entfernt. Was für diesen Termin eingetragen "
                "ist (Status, Zeiten, Notiz, Kinderbetreuung), geht dabei verloren."
            ).format(name=row.name),
            self.tr("Entfernen"),
        ):
            return
        ws, sid, attendance_id = self.ws, self.session_id, row.attendance_id

        def remove() -> ChildcareSummary:
            attendance.remove_enrolment(ws, attendance_id)
            return attendance.childcare_summary(ws, sid)

        def removed(care: ChildcareSummary) -> None:
            self.model.remove_attendance(attendance_id)
            self.show_care(care)
            self._refresh_childcare_list()
            self._refresh_buttons()

        self._run(remove, removed)

    # -- closing ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self._closed = False
        super().showEvent(event)

    def done(self, result: int) -> None:
        self._closed = True  # results of saves still under way no longer touch the widgets
        super().done(result)
