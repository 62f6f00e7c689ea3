"""The session sheet's attendance table: a ``QTableView`` over ``AttendanceModel``.

``AttendanceView`` takes quick keyboard entry: A, V, E, K or U (``attendance.STATE_KEYS``)
sets the state of the current row and moves to the next; Delete empties a cell. Its
delegates show the state as a coloured chip and edit states, reasons, times and notes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTime
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QWidget,
)

from gemeinsam_desktop.services.attendance import EXCUSE_REASONS, STATE_KEYS
from gemeinsam_desktop.store.enums import AttendanceState
from gemeinsam_desktop.ui.models import attendance_model as am
from gemeinsam_desktop.ui.models.attendance_model import AttendanceModel, state_label

Index = QModelIndex | QPersistentModelIndex
_COLUMN_WIDTHS = {am.NR: 40, am.STATUS: 156, am.REASON: 168, am.SICK_NOTE: 54,
                  am.ARRIVED: 68, am.LEFT: 64, am.CHILDREN: 78}  # fmt: skip


class StateDelegate(QStyledItemDelegate):
    """The state as a coloured chip; edited with a combo of every state."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        value = index.data(am.STATE_ROLE)
        if not value:
            return
        bg, fg = am.chip_colors(AttendanceState(value))
        rect: QRect = option.rect  # type: ignore[attr-defined]
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        height = min(rect.height() - 6, metrics.height() + 6)
        width = min(rect.width() - 12, metrics.horizontalAdvance(text) + 22)
        chip = QRect(rect.x() + 6, rect.y() + (rect.height() - height) // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(fg)
        painter.drawText(
            chip,
            int(Qt.AlignmentFlag.AlignCenter),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, chip.width() - 12),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 28, size.height())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("stateEditor")
        for state in am.STATE_ORDER:
            combo.addItem(state_label(state), state.value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(am.STATE_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ReasonDelegate(QStyledItemDelegate):
    """A combo of ``EXCUSE_REASONS`` (and an empty choice) for entschuldigt and krank."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("reasonEditor")
        combo.addItem(self.tr("(kein Grund)"), "")
        for reason in EXCUSE_REASONS:
            combo.addItem(am.reason_label(reason), reason)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            return
        reason = index.data(Qt.ItemDataRole.EditRole) or ""
        if editor.findData(reason) < 0:  # stored earlier under another wording
            editor.addItem(am.reason_label(reason), reason)
        editor.setCurrentIndex(editor.findData(reason))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TimeDelegate(QStyledItemDelegate):
    """Arrival or leaving time; an empty cell starts at the session's start or end."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QTimeEdit(parent)
        editor.setObjectName("timeEditor")
        editor.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QTimeEdit):
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if not isinstance(value, QTime) or not value.isValid():
            model = index.model()
            fallback = None
            if isinstance(model, AttendanceModel):
                fallback = (
                    model.session_start if index.column() == am.ARRIVED else model.session_end
                )
            value = am.to_qtime(fallback) or QTime.currentTime()
        editor.setTime(value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QTimeEdit):
            model.setData(index, editor.time(), Qt.ItemDataRole.EditRole)


class NoteDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("noteEditor")
        editor.setMaxLength(am.NOTE_LIMIT)
        return editor


class AttendanceView(QTableView):
    """The table with quick keyboard entry (A, V, E, K, U) and Delete to empty a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(34)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegateForColumn(am.STATUS, StateDelegate(self))
        self.setItemDelegateForColumn(am.REASON, ReasonDelegate(self))
        self.setItemDelegateForColumn(am.ARRIVED, TimeDelegate(self))
        self.setItemDelegateForColumn(am.LEFT, TimeDelegate(self))
        self.setItemDelegateForColumn(am.NOTE, NoteDelegate(self))

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        # Name and note share what is left, so that the table never scrolls sideways.
        header.setSectionResizeMode(am.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(am.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(am.NR, QHeaderView.ResizeMode.Fixed)

    def keyboardSearch(self, search: str) -> None:
        """Letters set states here; jumping to a name by typing would fight with that."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if self.state() != QAbstractItemView.State.EditingState and isinstance(
            model, AttendanceModel
        ):
            mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            key = event.text().upper()
            if key in STATE_KEYS and mods == Qt.KeyboardModifier.NoModifier:
                self._set_state(model, STATE_KEYS[key])
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                current = self.currentIndex()
                if current.isValid():
                    model.clear_cell(current)
                event.accept()
                return
        super().keyPressEvent(event)

    def _set_state(self, model: AttendanceModel, state: AttendanceState) -> None:
        if model.rowCount() == 0:
            return
        current = self.currentIndex()
        row = current.row() if current.isValid() else 0
        column = current.column() if current.isValid() else am.STATUS
        model.set_state(row, state)
        following = min(row + 1, model.rowCount() - 1)
        self.setCurrentIndex(model.index(following, column))
