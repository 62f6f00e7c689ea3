"""The record dialog's tab "Kinder": the children's table, the form to add a child, and the
undo commands for both.

``ChildrenTab`` edits ``data.children`` of the dialog's ``ParticipantData`` in place; every
change is a command on the dialog's ``QUndoStack``. Its texts keep the translation context
``ParticipantDialog``, where they were written first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services.roster import ChildData, ParticipantData
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.widgets.date_field import format_month, parse_month

COL_NAME, COL_MONTH, COL_AGE, COL_CARE, COL_NOTES = range(5)
CHILD_ATTRS = {COL_NAME: "first_name", COL_CARE: "needs_childcare", COL_NOTES: "care_notes"}


class _MonthDelegate(QStyledItemDelegate):
    """The birth month column is edited as MM/JJJJ."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,2}[/.]?\d{0,4}"), editor)
        )
        return editor


class _SetChild(QUndoCommand):
    def __init__(self, tab: ChildrenTab, child: ChildData, attr: str, old: Any, new: Any) -> None:
        super().__init__(QCoreApplication.translate("ParticipantDialog", "Kind ändern"))
        self.tab, self.kid, self.attr, self.old, self.new = tab, child, attr, old, new

    def redo(self) -> None:
        self.tab._set_child(self.kid, self.attr, self.new)

    def undo(self) -> None:
        self.tab._set_child(self.kid, self.attr, self.old)


class _AddOrRemoveChild(QUndoCommand):
    def __init__(self, tab: ChildrenTab, child: ChildData, index: int, *, add: bool) -> None:
        super().__init__(
            QCoreApplication.translate("ParticipantDialog", "Kind hinzufügen")
            if add
            else QCoreApplication.translate("ParticipantDialog", "Kind entfernen")
        )
        self.tab, self.kid, self.index, self.add = tab, child, index, add

    def redo(self) -> None:
        self.tab._place_child(self.kid, self.index, present=self.add)

    def undo(self) -> None:
        self.tab._place_child(self.kid, self.index, present=not self.add)


class ChildrenTab(QWidget):
    """The children of ``data``; ``show_message`` reports a problem in the dialog and
    ``reveal`` brings this tab to the front when undo or redo changes a child."""

    def __init__(
        self,
        data: ParticipantData,
        undo_stack: QUndoStack,
        *,
        show_message: Callable[[str], None],
        reveal: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.undo_stack = undo_stack
        self._show_message = show_message
        self._reveal = reveal
        self._applying = False
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        intro = QLabel(
            QCoreApplication.translate(
                "ParticipantDialog",
                "Kinder, die während der Termine betreut werden sollen, kommen auf die "
                "Betreuungsliste. Zum Ändern doppelt in eine Zelle klicken.",
            )
        )
        intro.setProperty("hint", True)
        intro.setWordWrap(True)
        box.addWidget(intro)
        table = QTableWidget(0, 5)
        self.children_table = table
        table.setObjectName("childrenTable")
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ParticipantDialog", "Vorname"),
                QCoreApplication.translate("ParticipantDialog", "Geburtsmonat"),
                QCoreApplication.translate("ParticipantDialog", "Alter"),
                QCoreApplication.translate("ParticipantDialog", "Betreuung"),
                QCoreApplication.translate("ParticipantDialog", "Hinweise zur Betreuung"),
            ]
        )
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        c = theme.colors()  # an unchecked box must show on the dark theme, too
        table.setStyleSheet(
            f"QTableView::indicator:unchecked {{ border: 1px solid {c.muted}; "
            f"background: {c.base}; border-radius: 3px; width: 0.9em; height: 0.9em; }}"
        )
        table.setItemDelegateForColumn(COL_MONTH, _MonthDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(COL_NAME, 150)
        table.setMinimumHeight(140)
        table.itemChanged.connect(self._child_item_changed)
        table.itemSelectionChanged.connect(self._refresh_child_buttons)
        box.addWidget(table, 1)
        self.no_children = QLabel(
            QCoreApplication.translate("ParticipantDialog", "Noch keine Kinder eingetragen.")
        )
        self.no_children.setProperty("hint", True)
        actions = QHBoxLayout()
        actions.addWidget(self.no_children)
        actions.addStretch(1)
        self.remove_child_button = QPushButton(
            icon("trash-2"), QCoreApplication.translate("ParticipantDialog", "Entfernen")
        )
        self.remove_child_button.setObjectName("removeChildButton")
        self.remove_child_button.setAutoDefault(False)
        self.remove_child_button.clicked.connect(self._remove_selected_child)
        actions.addWidget(self.remove_child_button)
        box.addLayout(actions)

        group = QGroupBox(QCoreApplication.translate("ParticipantDialog", "Kind hinzufügen"))
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.new_child_name = QLineEdit()
        self.new_child_name.setObjectName("newChildName")
        self.new_child_name.setMaxLength(120)
        self.new_child_month = QLineEdit()
        self.new_child_month.setObjectName("newChildMonth")
        self.new_child_month.setPlaceholderText(
            QCoreApplication.translate("ParticipantDialog", "MM/JJJJ")
        )
        self.new_child_month.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,2}[/.]?\d{0,4}"))
        )
        self.new_child_month.setMaximumWidth(
            self.new_child_month.fontMetrics().horizontalAdvance("MM/JJJJJJ") + 24
        )
        self.new_child_care = QCheckBox(
            QCoreApplication.translate("ParticipantDialog", "Betreuung nötig")
        )
        self.new_child_care.setObjectName("newChildCare")
        self.new_child_notes = QLineEdit()
        self.new_child_notes.setObjectName("newChildNotes")
        self.new_child_notes.setMaxLength(500)
        self.add_child_button = QPushButton(
            icon("plus"), QCoreApplication.translate("ParticipantDialog", "Kind hinzufügen")
        )
        self.add_child_button.setObjectName("addChildButton")
        self.add_child_button.setAutoDefault(False)
        self.add_child_button.clicked.connect(self._add_child)
        self.new_child_month.returnPressed.connect(self._add_child)
        grid.addWidget(
            self._label(
                QCoreApplication.translate("ParticipantDialog", "Vorname:"), self.new_child_name
            ),
            0,
            0,
        )
        grid.addWidget(self.new_child_name, 0, 1)
        grid.addWidget(
            self._label(
                QCoreApplication.translate("ParticipantDialog", "Geburtsmonat:"),
                self.new_child_month,
            ),
            0,
            2,
        )
        grid.addWidget(self.new_child_month, 0, 3)
        grid.addWidget(self.new_child_care, 0, 4)
        grid.addWidget(
            self._label(
                QCoreApplication.translate("ParticipantDialog", "Hinweise:"), self.new_child_notes
            ),
            1,
            0,
        )
        grid.addWidget(self.new_child_notes, 1, 1, 1, 3)
        grid.addWidget(self.add_child_button, 1, 4)
        box.addWidget(group)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def refresh(self, select: ChildData | None = None) -> None:
        table = self.children_table
        was, self._applying = self._applying, True
        try:
            table.setRowCount(len(self.data.children))
            for row, child in enumerate(self.data.children):
                self._render_child(row, child)
            if select is not None and select in self.data.children:
                table.selectRow(self._child_row(select))
            else:
                table.clearSelection()  # a second click on "Entfernen" removes nothing
        finally:
            self._applying = was
        self.no_children.setVisible(not self.data.children)
        self._refresh_child_buttons()

    def _child_row(self, child: ChildData) -> int:
        return next(i for i, c in enumerate(self.data.children) if c is child)

    def _render_child(self, row: int, child: ChildData) -> None:
        table = self.children_table
        age = child.age_on(dt.date.today())
        texts = {
            COL_NAME: child.first_name,
            COL_MONTH: format_month(child.birth_year, child.birth_month),
            COL_AGE: str(age),
            COL_CARE: QCoreApplication.translate("ParticipantDialog", "nötig")
            if child.needs_childcare
            else QCoreApplication.translate("ParticipantDialog", "nicht nötig"),
            COL_NOTES: child.care_notes,
        }
        for col, text in texts.items():
            item = table.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if col in (COL_NAME, COL_MONTH, COL_NOTES):
                    flags |= Qt.ItemFlag.ItemIsEditable
                if col == COL_CARE:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                if col == COL_AGE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setFlags(flags)
                table.setItem(row, col, item)
            item.setText(text)
            if col == COL_CARE:
                item.setCheckState(
                    Qt.CheckState.Checked if child.needs_childcare else Qt.CheckState.Unchecked
                )

    def _child_item_changed(self, item: QTableWidgetItem) -> None:
        if self._applying or not 0 <= item.row() < len(self.data.children):
            return
        child = self.data.children[item.row()]
        col = item.column()
        old: Any
        new: Any
        if col == COL_MONTH:
            attr, old = "birth", (child.birth_year, child.birth_month)
            try:
                new = parse_month(item.text())
            except ValueError:
                self._show_message(self._month_problem())
                new = old
        elif col == COL_CARE:
            attr, old = "needs_childcare", child.needs_childcare
            new = item.checkState() == Qt.CheckState.Checked
        elif col in CHILD_ATTRS:
            attr = CHILD_ATTRS[col]
            old, new = getattr(child, attr), item.text()
        else:
            return
        if new == old:
            was, self._applying = self._applying, True
            try:
                self._render_child(item.row(), child)  # e.g. "3/2019" shown as "03/2019"
            finally:
                self._applying = was
            return
        self.undo_stack.push(_SetChild(self, child, attr, old, new))

    def _set_child(self, child: ChildData, attr: str, value: Any) -> None:
        if attr == "birth":
            child.birth_year, child.birth_month = value
        else:
            setattr(child, attr, value)
        self._reveal()
        was, self._applying = self._applying, True
        try:
            self._render_child(self._child_row(child), child)
        finally:
            self._applying = was

    def _place_child(self, child: ChildData, index: int, *, present: bool) -> None:
        if present:
            self.data.children.insert(index, child)
        else:
            self.data.children.remove(child)
        self._reveal()
        self.refresh(select=child if present else None)

    def _month_problem(self) -> str:
        return QCoreApplication.translate(
            "ParticipantDialog", "Bitte geben Sie den Geburtsmonat als MM/JJJJ ein, z. B. 03/2019."
        )

    def _add_child(self) -> None:
        try:
            year, month = parse_month(self.new_child_month.text())
        except ValueError:
            self._show_message(self._month_problem())
            self.new_child_month.setFocus()
            return
        child = ChildData(
            birth_year=year,
            birth_month=month,
            first_name=self.new_child_name.text().strip(),
            needs_childcare=self.new_child_care.isChecked(),
            care_notes=self.new_child_notes.text().strip(),
        )
        self.undo_stack.push(_AddOrRemoveChild(self, child, len(self.data.children), add=True))
        for edit in (self.new_child_name, self.new_child_month, self.new_child_notes):
            edit.clear()
        self.new_child_care.setChecked(False)
        self._show_message("")
        self.new_child_name.setFocus()

    def _remove_selected_child(self) -> None:
        row = self.children_table.currentRow()
        if not 0 <= row < len(self.data.children):
            return
        child = self.data.children[row]
        self.undo_stack.push(_AddOrRemoveChild(self, child, row, add=False))

    def _refresh_child_buttons(self) -> None:
        rows = self.children_table.selectionModel().selectedRows()
        self.remove_child_button.setEnabled(bool(rows) and bool(self.data.children))

    def pending(self) -> bool:
        return any(
            w.text().strip()
            for w in (self.new_child_name, self.new_child_month, self.new_child_notes)
        )
