"""The tab "Arbeitgeber" of the Netzwerk page: the partner employers, filtered as you type.

Ctrl+N makes a new employer, Enter (or a double click) opens one, Del deletes it after
asking, Ctrl+F goes to the filter. Follow-ups that are due show in red, and a line above the
list names how many are due (a click on it shows only those).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import network
from gemeinsam_desktop.services.network import EmployerRow
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.dialogs import employer_actions
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.models import employer_model as em
from gemeinsam_desktop.ui.models.employer_model import EmployerModel
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.pages.base import card, hint, section_title

Loaded = tuple[list[EmployerRow], list[str]]
OFFER_ICONS = (("building", 0), ("briefcase", 1), ("circle-question-mark", 2))


class OffersDelegate(QStyledItemDelegate):
    """Draws the offers as icons: a building (visit), a briefcase with the number of
    internship places, a question mark (Q&A); the tooltip names them in words."""

    SIZE = 18

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        offers = index.data(em.OFFERS_ROLE)
        if not offers:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        color = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        x = opt.rect.left() + 8
        top = opt.rect.top() + (opt.rect.height() - self.SIZE) // 2
        painter.save()
        painter.setPen(color)
        for name, position in OFFER_ICONS:
            value = offers[position]
            if not value:
                continue
            icon(name, color).paint(painter, QRect(x, top, self.SIZE, self.SIZE))
            x += self.SIZE + 2
            if position == 1 and value > 1:
                text = str(value)
                width = opt.fontMetrics.horizontalAdvance(text)
                painter.drawText(
                    QRect(x, opt.rect.top(), width + 2, opt.rect.height()),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    text,
                )
                x += width + 2
            x += 8
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint_ = super().sizeHint(option, index)
        return QSize(3 * (self.SIZE + 10) + 30, hint_.height())


class EmployersTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employersTab")
        self.ws = ws
        self._generation = 0
        self._pending_select: int | None = None  # a just saved employer, after the reload
        self.model = EmployerModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._top_row())
        self.due_check = QCheckBox()
        self.due_check.setObjectName("dueOnly")
        self.due_check.toggled.connect(self._due_toggled)
        second = QHBoxLayout()
        second.addWidget(self.due_check)
        second.addStretch(1)
        second.addLayout(self._legend())
        layout.addLayout(second)
        self.stack = QStackedWidget()
        self.view = self._table()
        self.stack.addWidget(self.view)
        self.empty = self._empty_state()
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._action_row())
        self._shortcuts()
        self._update_actions()

    # -- building -----------------------------------------------------------------------
    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("employerFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Suchen nach Name, Branche, Adresse oder Ansprechperson")
        )
        self.filter_edit.setToolTip(self.tr("Strg+F: suchen · Esc: Suche leeren"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.sector_combo = QComboBox()
        self.sector_combo.setObjectName("sectorFilter")
        self.sector_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sector_combo.addItem(self.tr("Alle Branchen"), None)
        self.sector_combo.currentIndexChanged.connect(self._sector_changed)
        self.import_button = QPushButton(icon("upload"), self.tr("Importieren…"))
        self.import_button.setObjectName("importEmployersButton")
        self.import_button.setToolTip(self.tr("Arbeitgeber aus einer Excel- oder CSV-Liste"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.new_button = QPushButton(icon("plus", "#ffffff"), self.tr("Neuer Arbeitgeber…"))
        self.new_button.setObjectName("newEmployerButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Neuen Arbeitgeber anlegen (Strg+N)"))
        self.new_button.clicked.connect(lambda: self.new_employer())
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.sector_combo)
        row.addSpacing(8)
        row.addWidget(self.import_button)
        row.addWidget(self.new_button)
        return row

    def _table(self) -> QTableView:
        view = QTableView()
        view.setObjectName("employerTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setCornerButtonEnabled(False)
        view.setStyleSheet(
            "QTableView::item { padding-left: 8px; padding-right: 8px; }"
            "QHeaderView::section { padding: 6px 8px 4px 8px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(window);"
            " font-weight: 600; }"
        )
        view.setItemDelegateForColumn(em.OFFERS, OffersDelegate(view))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.activated.connect(self._activated)  # double-click and Enter
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        metrics = view.fontMetrics()
        widths = {
            em.SECTOR: "Lebensmittelhandwerk",
            em.OFFERS: "Angebote__",
            em.CONTACTS: "personen__",
            em.LEADS: "Hinweise__",
            em.LAST_CONTACT: "00.00.0000__",
            em.FOLLOW_UP: "00.00.0000______",
        }
        for column, sample in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(em.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(em.NAME, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        return view

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit_name_column()

    def fit_name_column(self) -> None:
        """The name takes the room the other columns leave, but never less than ~26 letters
        (a narrow window scrolls the table sideways instead of hiding the names)."""
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, em.COLUMN_COUNT))
        bold = QFont(self.view.font())
        bold.setWeight(QFont.Weight.DemiBold)
        least = QFontMetrics(bold).horizontalAdvance("Lahn-Dill Pflegedienst Beispiel") + 24
        header.resizeSection(em.NAME, max(least, self.view.viewport().width() - others))

    def _empty_state(self) -> QWidget:
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Noch keine Arbeitgeber")))
        layout.addWidget(
            hint(
                self.tr(
                    "Tragen Sie Partnerbetriebe mit ihren Angeboten ein – Betriebsbesichtigung, "
                    "Praktikumsplätze, Fragerunde – oder übernehmen Sie Ihre Liste aus Excel."
                )
            )
        )
        buttons = QHBoxLayout()
        empty_import = QPushButton(icon("upload"), self.tr("Liste importieren…"))
        empty_import.clicked.connect(lambda: self.import_file())
        empty_new = QPushButton(icon("plus", "#ffffff"), self.tr("Arbeitgeber anlegen…"))
        empty_new.setProperty("primary", True)
        empty_new.clicked.connect(lambda: self.new_employer())
        buttons.addWidget(empty_import)
        buttons.addWidget(empty_new)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        outer.addWidget(frame)
        outer.addStretch(1)
        return holder

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.count_label = QLabel()
        self.count_label.setObjectName("employerCount")
        self.count_label.setProperty("hint", True)
        self.open_button = QPushButton(icon("pencil"), self.tr("Öffnen"))
        self.open_button.setObjectName("openEmployerButton")
        self.open_button.clicked.connect(lambda: self._open_selected())
        self.tour_button = QPushButton(icon("calendar-plus"), self.tr("Besichtigung…"))
        self.tour_button.setObjectName("planTourButton")
        self.tour_button.setToolTip(self.tr("Betriebsbesichtigung als Termin planen"))
        self.tour_button.clicked.connect(lambda: self._plan_selected("tour"))
        self.qa_button = QPushButton(icon("calendar-plus"), self.tr("Fragerunde…"))
        self.qa_button.setObjectName("planQaButton")
        self.qa_button.setToolTip(self.tr("Fragerunde als Termin planen"))
        self.qa_button.clicked.connect(lambda: self._plan_selected("qa"))
        self.delete_button = QPushButton(icon("trash-2"), self.tr("Löschen…"))
        self.delete_button.setObjectName("deleteEmployerButton")
        self.delete_button.setToolTip(self.tr("Ausgewählten Arbeitgeber löschen (Entf)"))
        self.delete_button.clicked.connect(lambda: self._delete_selected())
        row.addWidget(self.count_label)
        row.addStretch(1)
        for button in (self.open_button, self.tour_button, self.qa_button, self.delete_button):
            row.addWidget(button)
        return row

    def _legend(self) -> QHBoxLayout:
        """What the offer icons mean, in small muted type."""
        legend = QHBoxLayout()
        legend.setSpacing(4)
        words = (self.tr("Besichtigung"), self.tr("Praktikum"), self.tr("Fragerunde"))
        for (name, _position), word in zip(OFFER_ICONS, words, strict=True):
            picture = QLabel()
            picture.setPixmap(icon(name).pixmap(14, 14))
            text = QLabel(word)
            text.setProperty("hint", True)
            legend.addWidget(picture)
            legend.addWidget(text)
            legend.addSpacing(6)
        return legend

    def _shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_filter)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.activated.connect(lambda: self.new_employer())
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._delete_selected())
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.filter_edit.clear)

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation, ws = self._generation, self.ws
        run_op(
            self,
            lambda: (network.list_employers(ws), network.sectors(ws)),
            lambda loaded: self.show_loaded(loaded, generation),
        )

    def show_loaded(self, loaded: Loaded, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        rows, sectors = loaded
        current = self._pending_select or self.selected_id()
        self._pending_select = None
        self.model.today = dt.date.today()
        self.model.set_rows(rows)
        wanted = self.sector_combo.currentData()
        self.sector_combo.blockSignals(True)
        self.sector_combo.clear()
        self.sector_combo.addItem(self.tr("Alle Branchen"), None)
        for sector in sectors:
            self.sector_combo.addItem(sector, sector)
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(wanted)))
        self.sector_combo.blockSignals(False)
        if self.sector_combo.currentData() != wanted:
            self.model.set_sector(None)
        if current is not None:
            self.select(current)
        self.stack.setCurrentWidget(self.empty if not rows else self.view)
        self._update_actions()

    # -- filter ---------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def show_due_only(self) -> None:
        """Only the employers whose follow-up is due (from the Übersicht)."""
        self.filter_edit.clear()
        self.sector_combo.setCurrentIndex(0)
        self.due_check.setChecked(True)

    def _filter_changed(self, text: str) -> None:
        current = self.selected_id()
        self.model.set_filter(text)
        self._reselect(current)

    def _sector_changed(self, _index: int) -> None:
        current = self.selected_id()
        self.model.set_sector(self.sector_combo.currentData())
        self._reselect(current)

    def _due_toggled(self, due_only: bool) -> None:
        current = self.selected_id()
        self.model.set_due_only(due_only)
        self._reselect(current)

    def _reselect(self, employer_id: int | None) -> None:
        if employer_id is not None:
            self.select(employer_id)
        self._update_actions()

    # -- selection ----------------------------------------------------------------------
    def selected_row(self) -> EmployerRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_data(rows[0]) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, employer_id: int) -> None:
        position = self.model.row_of_id(employer_id)
        if position is not None:
            self.view.selectRow(position)
            self.view.scrollTo(self.model.index(position, 0))

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.tour_button.setEnabled(row is not None and row.offers_tour)
        self.qa_button.setEnabled(row is not None and row.offers_qa)
        total, shown = self.model.total_count(), self.model.visible_count()
        self.count_label.setText(
            self.tr("{shown} von %n Arbeitgebern", "", total).format(shown=shown)
        )
        due = self.model.due_count()
        self.due_check.setText(self.tr("Nur fällige Wiedervorlagen zeigen (%n fällig)", "", due))
        self.due_check.setVisible(due > 0 or self.due_check.isChecked())

    # -- actions ------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_data(index)
        if row is not None:
            self.open_employer(row.id)

    def _context_menu(self, pos: QPoint) -> None:
        row = self.model.row_data(self.view.indexAt(pos))
        if row is None:
            return
        self.select(row.id)
        menu = QMenu(self)
        opened = menu.addAction(icon("pencil"), self.tr("Öffnen"))
        opened.triggered.connect(lambda: self.open_employer(row.id))
        menu.setDefaultAction(opened)
        tour = menu.addAction(icon("calendar-plus"), self.tr("Betriebsbesichtigung planen…"))
        tour.setEnabled(row.offers_tour)
        tour.triggered.connect(lambda: self.plan(row.id, "tour"))
        qa = menu.addAction(icon("calendar-plus"), self.tr("Fragerunde planen…"))
        qa.setEnabled(row.offers_qa)
        qa.triggered.connect(lambda: self.plan(row.id, "qa"))
        menu.addSeparator()
        menu.addAction(icon("trash-2"), self.tr("Löschen…")).triggered.connect(
            lambda: self.delete(row.id, row.name)
        )
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _open_selected(self) -> None:
        if (eid := self.selected_id()) is not None:
            self.open_employer(eid)

    def _plan_selected(self, offer: str) -> None:
        if (eid := self.selected_id()) is not None:
            self.plan(eid, offer)

    def _delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.delete(row.id, row.name)

    # The dialogs sit in small methods, so that a test may replace one on the tab.
    def open_employer(self, employer_id: int | None) -> int | None:
        from gemeinsam_desktop.ui.dialogs.employer_dialog import EmployerDialog

        try:
            dialog = EmployerDialog(self.ws, employer_id, self)
        except KnownError as exc:  # deleted meanwhile, or the store is locked
            messages.show_error(self, exc)
            self.refresh()
            return None
        dialog.exec()
        saved = None if dialog.deleted else dialog.saved_id
        dialog.deleteLater()
        self._pending_select = saved
        self.refresh()
        return saved

    def new_employer(self) -> int | None:
        return self.open_employer(None)

    def plan(self, employer_id: int, offer: str) -> int | None:
        return employer_actions.plan_offer(self.ws, self, employer_id, offer)

    def delete(self, employer_id: int, name: str) -> bool:
        return employer_actions.delete_employer(self.ws, self, employer_id, name)

    def import_file(self) -> None:
        from gemeinsam_desktop.ui.dialogs.employer_import_dialog import EmployerImportDialog

        dialog = EmployerImportDialog(self.ws, self)
        dialog.exec()
        dialog.deleteLater()
