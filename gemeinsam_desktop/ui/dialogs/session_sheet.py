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
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import attendance, roster
from gemeinsam_desktop.services.attendance import (
    EXCUSE_REASONS,
    STATE_KEYS,
    AttendanceRow,
    ChildcareSummary,
    SessionSheet,
)
from gemeinsam_desktop.services.roster import RosterRow
from gemeinsam_desktop.services.text import fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import AttendanceState, ParticipantStatus
from gemeinsam_desktop.ui import messages, theme
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label, status_label
from gemeinsam_desktop.ui.models import attendance_model as am
from gemeinsam_desktop.ui.models.attendance_model import AttendanceModel, state_label
from gemeinsam_desktop.ui.operations import run_blocking, run_op

Index = QModelIndex | QPersistentModelIndex
CHANGES = frozenset({"attendance"})
TAB_ATTENDANCE, TAB_CHILDCARE = range(2)
#: participants whose children the childcare tab lists
CARE_STATES = frozenset(
    {AttendanceState.ERWARTET, AttendanceState.ANWESEND, AttendanceState.VERSPAETET}
)
_COLUMN_WIDTHS = {am.NR: 40, am.STATUS: 156, am.REASON: 168, am.SICK_NOTE: 54,
                  am.ARRIVED: 68, am.LEFT: 64, am.CHILDREN: 78}  # fmt: skip


def _qdate_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _time_text(value: dt.datetime) -> str:
    return am.time_text(value.time())


def _big_number(text: str, caption: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 0, 12, 0)
    layout.setSpacing(0)
    number = QLabel(text)
    number.setObjectName("bigNumber")
    font = number.font()
    font.setPointSizeF(font.pointSizeF() * 1.7)
    font.setWeight(QFont.Weight.DemiBold)
    number.setFont(font)
    number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    label = QLabel(caption)
    label.setProperty("hint", True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(number)
    layout.addWidget(label)
    return box


def _set_number(box: QWidget, text: str) -> None:
    label = box.findChild(QLabel, "bigNumber")
    if label is not None:
        label.setText(text)


def _banner() -> QLabel:
    c = theme.colors()
    label = QLabel()
    label.setObjectName("careWarning")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(
        f"background: {c.banner}; color: {c.on_banner}; font-weight: 600;"
        " padding: 10px 14px; border-radius: 8px;"
    )
    label.hide()
    return label


# -- delegates ------------------------------------------------------------------------------
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


# -- walk-ins -------------------------------------------------------------------------------
class WalkInPicker(QDialog):
    """Choose participants of the project who are not on this session's list yet."""

    def __init__(
        self,
        candidates: list[RosterRow],
        parent: QWidget | None = None,
        *,
        in_series: bool = False,
        upcoming: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walkInPicker")
        self.setWindowTitle(self.tr("Teilnehmende hinzufügen"))
        self.resize(480, 540)
        self._rows = sorted(candidates, key=lambda r: (fold(r.last_name), fold(r.first_name)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        explain = QLabel(
            self.tr("Die gewählten Personen werden zu diesem Termin eingeladen.")
            if upcoming
            else self.tr(
                "Wer ohne Anmeldung gekommen ist, wird in die Liste aufgenommen und als "
                "anwesend eingetragen."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("hint", True)
        layout.addWidget(explain)
        self.filter = QLineEdit()
        self.filter.setObjectName("walkInFilter")
        self.filter.setPlaceholderText(self.tr("Name, Kundennummer oder Telefon …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._take_single)
        self.filter.installEventFilter(self)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("walkInList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet("QListWidget#walkInList::item { padding: 4px 6px; }")
        for row in self._rows:
            text = row.name
            if row.status != ParticipantStatus.AKTIV:
                text = self.tr("{name} ({status})").format(
                    name=row.name, status=status_label(row.status)
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.list.itemSelectionChanged.connect(self._refresh_button)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setProperty("hint", True)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.whole_series = QCheckBox(
            self.tr("Auch zu allen weiteren Terminen der &Serie einladen")
        )
        self.whole_series.setObjectName("walkInWholeSeries")
        self.whole_series.setVisible(in_series)
        layout.addWidget(self.whole_series)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.add_button = QPushButton(self.tr("Hinzufügen"))
        self.add_button.setObjectName("walkInAdd")
        self.add_button.setProperty("primary", True)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self._apply_filter("")
        self.filter.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus()
            visible = self._visible_items()
            if visible and not self.list.selectedItems():
                self.list.setCurrentItem(visible[0])
            return True
        return super().eventFilter(watched, event)

    def _visible_items(self) -> list[QListWidgetItem]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [item for item in items if not item.isHidden()]

    def _apply_filter(self, text: str) -> None:
        words = fold(text).split()
        for n, row in enumerate(self._rows):
            self.list.item(n).setHidden(not all(w in row.search for w in words))
        shown = len(self._visible_items())
        if not self._rows:
            self.empty.setText(
                self.tr("Alle Teilnehmenden des Projekts stehen schon auf der Liste.")
            )
        elif not shown:
            self.empty.setText(self.tr("Niemand passt zu „{text}“.").format(text=text.strip()))
        self.empty.setVisible(not shown)
        self._refresh_button()

    def _take_single(self) -> None:
        visible = self._visible_items()
        if len(visible) == 1:
            visible[0].setSelected(True)
            self.accept()

    def _refresh_button(self) -> None:
        self.add_button.setEnabled(bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self.list.selectedItems()
            if not item.isHidden()
        ]


# -- childcare ------------------------------------------------------------------------------
class ChildcarePanel(QWidget):
    """Totals by age group, the capacity, a warning, and a checkbox per child."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(12)
        self.warning = _banner()
        layout.addWidget(self.warning)
        totals = QHBoxLayout()
        totals.setSpacing(4)
        self.under_3 = _big_number("0", self.tr("unter 3"))
        self.age_3_to_6 = _big_number("0", self.tr("3–6 Jahre"))
        self.school_age = _big_number("0", self.tr("Schulkinder"))
        self.total = _big_number("0", self.tr("gesamt"))
        for box in (self.under_3, self.age_3_to_6, self.school_age, self.total):
            totals.addWidget(box)
        totals.addSpacing(16)
        self.capacity = QLabel()
        self.capacity.setObjectName("careCapacity")
        self.capacity.setProperty("hint", True)
        self.capacity.setWordWrap(True)
        totals.addWidget(self.capacity, 1)
        layout.addLayout(totals)
        self.tree = QTreeWidget()
        self.tree.setObjectName("childcareTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                self.tr("Teilnehmende und Kinder"),
                self.tr("Alter"),
                self.tr("Hinweise zur Betreuung"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeWidget#childcareTree::item { padding: 3px 2px; }")
        self.tree.header().resizeSection(0, 300)
        self.tree.header().resizeSection(1, 90)
        self.tree.header().setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(
            self.tr("Von den erwarteten Teilnehmenden hat niemand Kinder, die betreut werden.")
        )
        self.empty.setProperty("hint", True)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self._building = False

    def show_rows(self, rows: tuple[AttendanceRow, ...], offered: bool = True) -> None:
        """A group per expected or present participant; without childcare on offer a
        child can only be taken off the list."""
        self._building = True
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for row in rows:
            if row.state not in CARE_STATES or not row.children:
                continue
            parent = QTreeWidgetItem(
                [self.tr("{name} · {state}").format(name=row.name, state=state_label(row.state))]
            )
            parent.setFont(0, bold)
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setData(0, Qt.ItemDataRole.UserRole, row.attendance_id)
            cared = {c.child_id for c in am.cared_children(row, offered)}
            for child in row.children:
                item = QTreeWidgetItem(
                    [
                        child.first_name or self.tr("Kind"),
                        self.tr("%n Jahr(e)", "", child.age),
                        child.care_notes,
                    ]
                )
                if offered or child.child_id in cared:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                else:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setCheckState(
                    0, Qt.CheckState.Checked if child.child_id in cared else Qt.CheckState.Unchecked
                )
                item.setData(0, Qt.ItemDataRole.UserRole, child.child_id)
                parent.addChild(item)
            self.tree.addTopLevelItem(parent)
        self.tree.expandAll()
        self.empty.setVisible(self.tree.topLevelItemCount() == 0)
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)
        self._building = False

    def building(self) -> bool:
        return self._building

    def show_summary(self, care: ChildcareSummary, offered: bool, registered: int = 0) -> None:
        loc = _locale()
        _set_number(self.under_3, loc.toString(care.under_3))
        _set_number(self.age_3_to_6, loc.toString(care.age_3_to_6))
        _set_number(self.school_age, loc.toString(care.school_age))
        _set_number(self.total, loc.toString(care.total))
        if not offered:
            self.capacity.setText(
                self.tr("Bei diesem Termin ist keine Kinderbetreuung vorgesehen.")
            )
        elif care.capacity is None:
            self.capacity.setText(self.tr("Für die Betreuung ist keine Platzzahl eingetragen."))
        else:
            self.capacity.setText(self.tr("Die Betreuung hat %n Platz/Plätze.", "", care.capacity))
        self.warning.setText(warning_text(care, offered, registered) or "")
        self.warning.setVisible(bool(self.warning.text()))


def _locale() -> QLocale:
    return QLocale()


def registered_children(rows: tuple[AttendanceRow, ...], offered: bool) -> int:
    return sum(len(am.cared_children(r, offered)) for r in rows)


def warning_text(care: ChildcareSummary, offered: bool, registered: int = 0) -> str | None:
    """The warning over the childcare list, or None when all is well.

    ``registered``: children chosen for the session (the service counts none when no
    childcare is offered, so the dialog counts them from the rows).
    """
    if not offered and registered:
        return QCoreApplication.translate(
            "ChildcarePanel",
            "Für diesen Termin ist keine Kinderbetreuung vorgesehen, es sind aber %n Kind(er) angemeldet.",
            "",
            registered,
        )
    if offered and care.over_capacity and care.capacity is not None:
        return QCoreApplication.translate(
            "ChildcarePanel",
            "Es sind %n Kind(er) angemeldet, die Betreuung hat Platz für {capacity}.",
            "",
            care.total,
        ).format(capacity=_locale().toString(care.capacity))
    return None


# -- the dialog -----------------------------------------------------------------------------
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
        self.expected_box = _big_number("0", self.tr("erwartet"))
        self.present_box = _big_number("0", self.tr("anwesend"))
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
        row.addWidget(self.saved)
        row.addWidget(self.error, 1)
        row.addStretch(0)
        row.addWidget(close)
        return row

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
            self.tr("Kinderbetreuung ({count})").format(count=_locale().toString(care.total))
            if care.total
            else self.tr("Kinderbetreuung"),
        )

    def _refresh_counts(self, *_args: object) -> None:
        expected, present = self.model.counts()
        loc = _locale()
        _set_number(self.expected_box, loc.toString(expected))
        _set_number(self.present_box, loc.toString(present))
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
