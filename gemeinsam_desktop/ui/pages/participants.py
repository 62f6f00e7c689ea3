"""Teilnehmende: the roster of one project, filtered as you type, with its record actions.

The table's model (``ui/models/roster_model.py``) filters and sorts on its own index list.
Dialogs written elsewhere (record, import, export, privacy) are imported inside the small
methods that open them, so that tests can replace each method.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import ParticipantStatus
from gemeinsam_desktop.ui import preferences, print_jobs
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import status_label
from gemeinsam_desktop.ui.models import roster_model as rm
from gemeinsam_desktop.ui.models.roster_model import RosterModel
from gemeinsam_desktop.ui.operations import bus, run_blocking, run_op
from gemeinsam_desktop.ui.pages.base import Page, card, hint, section_title
from gemeinsam_desktop.ui.widgets.print_buttons import add_print_menu

if TYPE_CHECKING:  # the roster's services load on the worker (start-up, issue #8)
    from gemeinsam_desktop.services.roster import ProjectInfo, RosterRow

Loaded = tuple[list["ProjectInfo"], int, list["RosterRow"]]


def sort_preference() -> tuple[int, Qt.SortOrder]:
    """The remembered sort column and order (name ascending when unknown)."""
    key, _, direction = preferences.ROSTER_SORT.get().partition(" ")
    column = rm.COLUMN_KEYS.index(key) if key in rm.COLUMN_KEYS else rm.NAME
    order = Qt.SortOrder.DescendingOrder if direction == "desc" else Qt.SortOrder.AscendingOrder
    return column, order


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class NewProjectDialog(QDialog):
    """Name and period of a new project (cohort); creates it on OK."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.created: ProjectInfo | None = None
        self.setObjectName("newProjectDialog")
        self.setWindowTitle(self.tr("Neues Projekt"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("projectName")
        self.name.setPlaceholderText(self.tr("z. B. Gemeinsam in Wetzlar 2027"))
        today = dt.date.today()
        self.start = self._date_edit(QDate(today.year, today.month, today.day))
        self.end = self._date_edit(self.start.date().addMonths(8).addDays(-1))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Beginn:"), self.start)
        form.addRow(self.tr("&Ende:"), self.end)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Anlegen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.start.dateChanged.connect(self._check)
        self.end.dateChanged.connect(self._check)
        self._check()

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    def _check(self) -> None:
        problem = ""
        if self.end.date() < self.start.date():
            problem = self.tr("Das Projektende liegt vor dem Projektbeginn.")
        self.error.setText(problem)
        self.ok_button.setEnabled(bool(self.name.text().strip()) and not problem)

    def _submit(self) -> None:
        name = self.name.text()
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        try:
            from gemeinsam_desktop.services.roster import create_project

            self.created = run_blocking(lambda: create_project(self.ws, name, start, end))
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class ParticipantsPage(Page):
    icon_name = "users"
    watches = frozenset({"participants", "attendance", "agreements", "project"})

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Teilnehmende"), parent)
        self.project_id = 0
        self._generation = 0
        self.model = RosterModel(self)
        self.body.addLayout(self._project_row())
        self.filter_row = QWidget()
        self.filter_row.setLayout(self._filter_row())
        self.body.addWidget(self.filter_row)
        self.stack = QStackedWidget()
        self.view = self._table()
        self.stack.addWidget(self.view)
        self.empty = self._empty_state()
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("rosterCount")
        self.count_label.setProperty("hint", True)
        self.body.addWidget(self.count_label)
        self._shortcuts()
        self._update_actions()

    # -- building -----------------------------------------------------------------------
    def _project_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("projectCombo")
        self.project_combo.setMinimumWidth(260)
        self.project_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project_combo.currentIndexChanged.connect(self._project_chosen)
        label = QLabel(self.tr("&Projekt:"))
        label.setBuddy(self.project_combo)
        self.new_project_button = QPushButton(icon("plus"), self.tr("Neues Projekt…"))
        self.new_project_button.setObjectName("newProjectButton")
        self.new_project_button.clicked.connect(lambda: self.new_project())
        self.import_button = QPushButton(icon("upload"), self.tr("Importieren…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Teilnehmende aus einer Excel- oder CSV-Liste"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(icon("download"), self.tr("Exportieren…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self.export_file())
        self.certificates_button = QPushButton(
            icon("printer"), self.tr("Teilnahmebescheinigungen…")
        )
        self.certificates_button.setObjectName("certificatesButton")
        self.certificates_button.setToolTip(
            self.tr("Bescheinigungen für das ganze Projekt drucken oder speichern")
        )
        self.certificates_button.clicked.connect(lambda: self.open_certificates())
        self.new_button = QPushButton(icon("user-plus", "#ffffff"), self.tr("Neu…"))
        self.new_button.setObjectName("newParticipantButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Neue Person anlegen (Strg+N)"))
        self.new_button.clicked.connect(lambda: self.new_record())
        for widget in (label, self.project_combo, self.new_project_button):
            row.addWidget(widget)
        row.addStretch(1)
        # The certificates button sits in the filter row: one row for all would need
        # more than the 1180 px the window opens with.
        for button in (self.import_button, self.export_button, self.new_button):
            row.addWidget(button)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("rosterFilter")
        self.filter_edit.setPlaceholderText(self.tr("Suchen nach Name, Kundennummer oder Telefon"))
        self.filter_edit.setToolTip(self.tr("Strg+F: suchen · Esc: Suche leeren"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("Alle Status"), None)
        for status in ParticipantStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.archived_check = QCheckBox(self.tr("Archivierte zeigen"))
        self.archived_check.setObjectName("showArchived")
        self.archived_check.toggled.connect(self._archived_toggled)
        self.archive_button = QPushButton(icon("archive"), self.tr("Archivieren"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.clicked.connect(lambda: self.archive_selected())
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.status_combo)
        row.addWidget(self.archived_check)
        row.addSpacing(8)
        row.addWidget(self.archive_button)
        row.addWidget(self.certificates_button)
        return row

    def _table(self) -> QTableView:
        view = QTableView()
        view.setObjectName("rosterTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setCornerButtonEnabled(False)
        # Air between a right-aligned number and the text of the next column.
        # palette() follows a switch between light and dark.
        view.setStyleSheet(
            "QTableView::item { padding-left: 8px; padding-right: 8px; }"
            "QHeaderView::section { padding: 10px 8px 4px 8px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(window);"
            " font-weight: 600; }"
            # The sort arrow above the title: a right-aligned title keeps its place.
            "QHeaderView::up-arrow, QHeaderView::down-arrow { subcontrol-origin: border;"
            " subcontrol-position: top center; width: 9px; height: 6px; top: 2px; }"
        )
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.activated.connect(self._activated)  # double-click and Enter
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(rm.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        bold = QFont(view.font())
        bold.setBold(True)
        samples = {
            rm.STATUS: [status_label(s) for s in ParticipantStatus],
            rm.AGE: ["100"],
            rm.CHILDREN: ["4 (10, 13, 14, 16)"],
            rm.CHILDCARE: ["3"],
            rm.ENTRY: ["24.11.2026"],
            rm.LAST_ATTENDANCE: ["24.11.2026"],
            rm.RATE: ["100 %"],
            rm.AGREEMENTS: ["10"],
        }
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(
                max(metrics.horizontalAdvance(t) for t in texts) + 24,
                max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 36,
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widest)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Alter") + 24)
        column, order = sort_preference()
        header.setSortIndicator(column, order)
        view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        view.selectionModel().selectionChanged.connect(self._update_actions)
        return view

    def _empty_state(self) -> QWidget:
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = card()
        frame.setObjectName("card")
        layout.addWidget(section_title(self.tr("Noch keine Teilnehmenden")))
        layout.addWidget(
            hint(
                self.tr(
                    "In diesem Projekt ist noch niemand eingetragen. Übernehmen Sie Ihre "
                    "bisherige Excel-Liste oder legen Sie die erste Person von Hand an."
                )
            )
        )
        buttons = QHBoxLayout()
        self.empty_import = QPushButton(icon("upload"), self.tr("Liste importieren…"))
        self.empty_import.setObjectName("emptyImportButton")
        self.empty_import.clicked.connect(lambda: self.import_file())
        self.empty_new = QPushButton(icon("user-plus", "#ffffff"), self.tr("Person anlegen…"))
        self.empty_new.setObjectName("emptyNewButton")
        self.empty_new.setProperty("primary", True)
        self.empty_new.clicked.connect(lambda: self.new_record())
        buttons.addWidget(self.empty_import)
        buttons.addWidget(self.empty_new)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        outer.addWidget(frame)
        outer.addStretch(1)
        return holder

    def _shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_filter)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.activated.connect(lambda: self.new_record())
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.filter_edit.clear)

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation, ws = self._generation, self.ws
        wanted = preferences.ROSTER_PROJECT.get()

        def load() -> Loaded:
            from gemeinsam_desktop.services.roster import list_projects, roster_rows

            projects = list_projects(ws)
            ids = [p.id for p in projects]
            pid = wanted if wanted in ids else (ids[0] if ids else 0)
            rows = roster_rows(ws, pid, include_archived=True) if pid else []
            return projects, pid, rows

        run_op(self, load, lambda loaded: self.show_loaded(loaded, generation))

    def show_loaded(self, loaded: Loaded, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # a newer load is on its way
        projects, pid, rows = loaded
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
            self.project_combo.setItemData(
                self.project_combo.count() - 1, self._period(project), Qt.ItemDataRole.ToolTipRole
            )
        self.project_combo.setCurrentIndex(self.project_combo.findData(pid))
        self.project_combo.blockSignals(False)
        same_project = pid == self.project_id
        self.project_id = pid
        if pid and preferences.ROSTER_PROJECT.get() != pid:
            preferences.ROSTER_PROJECT.set(pid)  # a project added later does not take over
        selected, current = self.selected_ids(), self.current_id()
        scroll = self.view.verticalScrollBar().value()
        self.model.set_rows(rows)
        if same_project:
            self._select(selected, current)
            self.view.updateGeometries()
            self.view.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentWidget(self.empty if not rows else self.view)
        self.filter_row.setEnabled(bool(rows))
        self.count_label.setVisible(bool(rows))
        self._update_count()
        self._update_actions()

    def _period(self, project: ProjectInfo) -> str:
        if project.start_date is None or project.end_date is None:
            return project.name
        return self.tr("{start} bis {end}").format(
            start=project.start_date.strftime("%d.%m.%Y"), end=project.end_date.strftime("%d.%m.%Y")
        )

    # -- filter and sort ----------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _keeping_selection(self, change) -> None:  # type: ignore[no-untyped-def]
        selected, current = self.selected_ids(), self.current_id()
        change()
        self._select(selected, current)
        self._update_count()
        self._update_actions()

    def _filter_changed(self, text: str) -> None:
        self._keeping_selection(lambda: self.model.set_filter(text))

    def _status_changed(self, _index: int) -> None:
        value = self.status_combo.currentData()
        statuses = {ParticipantStatus(value)} if value else set()
        self._keeping_selection(lambda: self.model.set_status_filter(statuses))

    def _archived_toggled(self, show: bool) -> None:
        self._keeping_selection(lambda: self.model.set_show_archived(show))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
        preferences.ROSTER_SORT.set(f"{rm.COLUMN_KEYS[column]} {direction}")

    def _update_count(self) -> None:
        total = self.model.total_count()
        self.count_label.setText(
            self.tr("{shown} von {total} Teilnehmenden", "", total).format(
                shown=self.locale().toString(self.model.visible_count()),
                total=self.locale().toString(total),
            )
        )

    # -- selection ----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [pid for pid in (self.model.row_id(i) for i in rows) if pid is not None]

    def current_id(self) -> int | None:
        return self.model.row_id(self.view.currentIndex())

    def _select(self, ids: list[int], current: int | None) -> None:
        positions = self.model.rows_of_ids([*ids, *([current] if current is not None else [])])
        selection = QItemSelection()
        last = rm.COLUMN_COUNT - 1
        for pid in ids:
            if pid in positions:
                row = positions[pid]
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        chooser = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if current is not None and current in positions:
            chooser.setCurrentIndex(self.model.index(positions[current], 0), flags.NoUpdate)
        chooser.select(selection, flags.ClearAndSelect)

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        restore = bool(ids) and all(
            (row := self.model.row_data(i)) is not None and row.archived
            for i in self.view.selectionModel().selectedRows()
        )
        self.archive_button.setEnabled(bool(ids))
        self.archive_button.setText(
            self.tr("Wiederherstellen") if restore else self.tr("Archivieren")
        )
        self.archive_button.setIcon(icon("archive-restore" if restore else "archive"))
        has_project = bool(self.project_id)
        for button in (self.new_button, self.import_button, self.export_button):
            button.setEnabled(has_project)
        self.export_button.setEnabled(has_project and self.model.all_count() > 0)
        self.certificates_button.setEnabled(has_project and self.model.all_count() > 0)

    # -- actions ------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        pid = self.model.row_id(index)
        if pid is not None:
            self.open_record(pid)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        pid = self.model.row_id(index)
        if pid is None:
            return
        if pid not in self.selected_ids():
            self._select([pid], pid)
        self.context_menu(pid).exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, pid: int) -> QMenu:
        """The menu of one row: open, archive or restore, disclosure, erasure."""
        menu = QMenu(self)
        menu.setObjectName("rosterMenu")
        position = self.model.row_of_id(pid)
        row = self.model.row_data(self.model.index(position, 0)) if position is not None else None
        archived = row is not None and row.archived
        open_action = menu.addAction(icon("eye"), self.tr("Öffnen"))
        open_action.triggered.connect(lambda: self.open_record(pid))
        menu.setDefaultAction(open_action)
        if archived:
            menu.addAction(icon("archive-restore"), self.tr("Wiederherstellen")).triggered.connect(
                lambda: self.set_archived([pid], False)
            )
        else:
            menu.addAction(icon("archive"), self.tr("Archivieren")).triggered.connect(
                lambda: self.set_archived([pid], True)
            )
        if row is not None:
            add_print_menu(
                menu,
                self.tr("Teilnahmebescheinigung"),
                lambda: print_jobs.certificate_job(self.ws, pid, row.last_name, row.first_name),
                self,
            )
        menu.addSeparator()
        menu.addAction(icon("file-down"), self.tr("Auskunft exportieren…")).triggered.connect(
            lambda: self.export_disclosure(pid)
        )
        menu.addAction(icon("trash-2"), self.tr("Löschen (DSGVO)…")).triggered.connect(
            lambda: self.erase_record(pid)
        )
        return menu

    def archive_selected(self) -> None:
        rows = [self.model.row_data(i) for i in self.view.selectionModel().selectedRows()]
        chosen = [r for r in rows if r is not None]
        if chosen:
            restore = all(r.archived for r in chosen)
            self.set_archived([r.id for r in chosen], not restore)

    def set_archived(self, ids: list[int], archived: bool) -> None:
        ws = self.ws

        def change() -> None:
            from gemeinsam_desktop.services.roster import set_archived

            for pid in ids:
                set_archived(ws, pid, archived)

        run_op(self, change, changes=frozenset({"participants"}))

    def new_project(self) -> None:
        dialog = NewProjectDialog(self.ws, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted and dialog.created is not None:
            preferences.ROSTER_PROJECT.set(dialog.created.id)
            bus.changed.emit(frozenset({"project"}))

    def _project_chosen(self, index: int) -> None:
        pid = self.project_combo.itemData(index)
        if isinstance(pid, int) and pid != self.project_id:
            preferences.ROSTER_PROJECT.set(pid)
            self.filter_edit.clear()
            self.refresh_now()

    # The dialogs below are written elsewhere; each call sits in its own small method
    # (connected through lambdas, so that a test may replace the method on the page).
    def open_record(self, pid: int) -> None:
        from gemeinsam_desktop.ui.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.ws, pid, self.project_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh_now()

    def new_record(self) -> None:
        if not self.project_id:
            return
        from gemeinsam_desktop.ui.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.ws, None, self.project_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh_now()

    def import_file(self) -> None:
        from gemeinsam_desktop.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.ws, self.project_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh_now()

    def export_file(self) -> None:
        from gemeinsam_desktop.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.ws, self.project_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh_now()

    def open_certificates(self) -> None:
        if not self.project_id:
            return
        from gemeinsam_desktop.ui.dialogs.certificates_dialog import CertificatesDialog

        dialog = CertificatesDialog(self.ws, self.project_id, self)
        dialog.exec()
        dialog.deleteLater()

    def export_disclosure(self, pid: int) -> None:
        from gemeinsam_desktop.ui.dialogs.privacy import export_disclosure

        export_disclosure(self, self.ws, pid)

    def erase_record(self, pid: int) -> None:
        from gemeinsam_desktop.ui.dialogs.privacy import confirm_and_erase

        confirm_and_erase(self, self.ws, pid)  # announces the change itself on success
