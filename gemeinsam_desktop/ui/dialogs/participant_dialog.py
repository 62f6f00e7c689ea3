"""The record dialog: one participant's master data, children, status and consent.

The dialog edits a ``roster.ParticipantData`` it holds. Every edit is a command on a
``QUndoStack``: a field's command is made when its editing finishes (Enter, leaving the
field, a toggle or a choice — not per keystroke), and consecutive edits of one text field
merge into one step. Undo and redo set the value on the data and in the widget without
making a new command. Saving checks the record with ``roster.normalized`` (the reason is
shown in the dialog and the field concerned gets the focus), asks about possible duplicates
(``roster.warnings_for``) and writes it on the worker through ``run_blocking``.

Use ``edit_participant(ws, participant_id, project_id, parent)``; it shows a failed load
as a message. ``ParticipantDialog(...)`` itself raises a ``KnownError`` when the record
cannot be loaded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import attendance, roster
from gemeinsam_desktop.services.attendance import AttendanceSummary, SessionLine
from gemeinsam_desktop.services.roster import ChildData, ParticipantData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import AttendanceState, ParticipantStatus
from gemeinsam_desktop.ui import messages, theme
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label, status_label
from gemeinsam_desktop.ui.models.roster_model import percent_text
from gemeinsam_desktop.ui.operations import bus, run_blocking

DATE_FORMAT = "dd.MM.yyyy"
LEAVING = frozenset(
    {ParticipantStatus.ABGESCHLOSSEN, ParticipantStatus.ABGEBROCHEN, ParticipantStatus.VERMITTELT}
)
TAB_BASICS, TAB_CHILDREN, TAB_STATUS, TAB_CONSENT, TAB_ATTENDANCE = range(5)
UNEXCUSED_WARNING = 3  # unexcused absences in a row from which the tab warns
CHILDREN = "children"  # the focus target of a problem with a child
COL_NAME, COL_MONTH, COL_AGE, COL_CARE, COL_NOTES = range(5)
CHILD_ATTRS = {COL_NAME: "first_name", COL_CARE: "needs_childcare", COL_NOTES: "care_notes"}
TEXT_LIMITS = {
    **{key: limit for key, (limit, _label) in roster.TEXT_FIELDS.items()},
    "consent.scope": 300,
    "consent.form_version": 40,
}

_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{2})(\d{2})(\d{4})")
_MONTH = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{4})")

# Status chip colours (background, text) per scheme; each pair has contrast >= 4.5.
_CHIP_COLORS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "interessiert": (("#e3eaf4", "#2b4a72"), ("#24364d", "#d3e2f5")),
    "aktiv": (("#d5edf1", "#0f5563"), ("#163f47", "#c9eef4")),
    "pausiert": (("#fbefd5", "#6b4a00"), ("#4a3a12", "#fbe3a8")),
    "abgeschlossen": (("#e4e8ea", "#3d4a50"), ("#2e373c", "#dce3e6")),
    "abgebrochen": (("#f9e0de", "#8c1c13"), ("#4d1f1b", "#f8d2ce")),
    "vermittelt": (("#dcf1e2", "#1d5e30"), ("#1e4027", "#cdeed6")),
    "archiviert": (("#e4e8ea", "#3d4a50"), ("#2e373c", "#dce3e6")),
}


def parse_date(text: str) -> dt.date | None:
    """``07.03.1985``, ``7.3.1985`` or ``07031985``; empty → None; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    m = _DATE.fullmatch(text)
    if m is None:
        raise ValueError(text)
    day, month, year = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    return dt.date(year, month, day)  # ValueError for 31.02.


def format_date(value: dt.date | None) -> str:
    return QDate(value.year, value.month, value.day).toString(DATE_FORMAT) if value else ""


def parse_month(text: str) -> tuple[int, int]:
    """``03/2019`` (or ``3.2019``) → (2019, 3); ValueError when it is no month."""
    m = _MONTH.fullmatch(text.strip())
    if m is None or not 1 <= int(m.group(1)) <= 12:
        raise ValueError(text)
    return int(m.group(2)), int(m.group(1))


def format_month(year: int, month: int) -> str:
    return f"{month:02d}/{year}"


def chip_style(kind: str) -> str:
    light, dark = _CHIP_COLORS[kind]
    bg, fg = dark if theme.is_dark() else light
    return (
        f"background: {bg}; color: {fg}; border-radius: 10px; padding: 2px 10px; font-weight: 600;"
    )


class DateField(QWidget):
    """A date that may be empty: typed as TT.MM.JJJJ or picked from a calendar."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edit.setMaxLength(10)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.]{0,10}")))
        self.edit.setClearButtonEnabled(True)
        width = self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 56
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 24)
        self.edit.editingFinished.connect(self._finished)
        self.calendar = QCalendarWidget()
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.button = QToolButton()
        self.button.setIcon(icon("calendar-days"))
        self.button.setToolTip(self.tr("Im Kalender wählen"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAutoRaise(True)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        layout.addStretch(0)
        self.setFocusProxy(self.edit)

    def date(self) -> dt.date | None:
        """The date, or None when empty (or not a date: see ``is_valid``)."""
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_date(self.edit.text())
        except ValueError:
            return False
        return True

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))
        self._mark(True)

    def _finished(self) -> None:
        valid = self.is_valid()
        if valid:
            self.edit.setText(format_date(self.date()))
        self._mark(valid)
        self.editingFinished.emit()

    def _mark(self, valid: bool) -> None:
        self.edit.setStyleSheet("" if valid else f"border-color: {theme.colors().danger};")

    def _prepare_calendar(self) -> None:
        day = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.menu.hide()
        self.editingFinished.emit()


class _MonthDelegate(QStyledItemDelegate):
    """The birth month column is edited as MM/JJJJ."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,2}[/.]?\d{0,4}"), editor)
        )
        return editor


@dataclass
class _Field:
    key: str  # attribute of ParticipantData, "consent.<attr>" for the consent
    label: str  # names the field in "Rückgängig: …"
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    tab: int
    merges: bool  # consecutive edits make one undo step


class _SetField(QUndoCommand):
    def __init__(self, dialog: ParticipantDialog, field: _Field, old: Any, new: Any) -> None:
        super().__init__(
            QCoreApplication.translate("ParticipantDialog", "„{field}“ ändern").format(
                field=field.label
            )
        )
        self.dialog, self.field, self.old, self.new = dialog, field, old, new
        self._id = (1000 + list(dialog.fields).index(field.key)) if field.merges else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetField) or other.field.key != self.field.key:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.dialog._apply(self.field, self.new)

    def undo(self) -> None:
        self.dialog._apply(self.field, self.old)


class _SetChild(QUndoCommand):
    def __init__(
        self, dialog: ParticipantDialog, child: ChildData, attr: str, old: Any, new: Any
    ) -> None:
        super().__init__(QCoreApplication.translate("ParticipantDialog", "Kind ändern"))
        self.dialog, self.kid, self.attr, self.old, self.new = dialog, child, attr, old, new

    def redo(self) -> None:
        self.dialog._set_child(self.kid, self.attr, self.new)

    def undo(self) -> None:
        self.dialog._set_child(self.kid, self.attr, self.old)


class _AddOrRemoveChild(QUndoCommand):
    def __init__(
        self, dialog: ParticipantDialog, child: ChildData, index: int, *, add: bool
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ParticipantDialog", "Kind hinzufügen")
            if add
            else QCoreApplication.translate("ParticipantDialog", "Kind entfernen")
        )
        self.dialog, self.kid, self.index, self.add = dialog, child, index, add

    def redo(self) -> None:
        self.dialog._place_child(self.kid, self.index, present=self.add)

    def undo(self) -> None:
        self.dialog._place_child(self.kid, self.index, present=not self.add)


class ParticipantDialog(QDialog):
    """Create (``participant_id=None``) or edit one participant; Accepted when saved."""

    def __init__(
        self,
        ws: Workspace,
        participant_id: int | None,
        project_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.ws = ws
        self.saved_id: int | None = None
        if participant_id is None:
            self.data = ParticipantData(project_id=project_id)
        else:
            self.data = run_blocking(lambda: roster.load_participant(ws, participant_id))
        self._original = self.data.copy()
        self._applying = False
        self.fields: dict[str, _Field] = {}
        self.widgets: dict[str, QWidget] = {}
        self._field_of: dict[QObject, _Field] = {}
        self.undo_stack = QUndoStack(self)
        self.resize(760, 620)
        self.setMinimumSize(560, 420)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(12)
        outer.addLayout(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self._scrolled(self._build_basics()), self.tr("Stammdaten"))
        self.tabs.addTab(self._build_children(), self.tr("Kinder"))
        self.tabs.addTab(self._scrolled(self._build_status()), self.tr("Status"))
        self.tabs.addTab(self._scrolled(self._build_consent()), self.tr("Einwilligung"))
        self.attendance_summary: AttendanceSummary | None = None
        if participant_id is not None:
            self.tabs.addTab(self._build_attendance(), self.tr("Anwesenheit"))
            self._refresh_attendance()
        outer.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        danger = "#ff9b8f" if theme.is_dark() else theme.colors().danger
        self.error.setStyleSheet(f"color: {danger}; font-weight: 600;")
        self.error.hide()
        outer.addWidget(self.error)
        outer.addLayout(self._build_buttons())

        for key, field in self.fields.items():
            self._write(field, self._model(key))
        self._refresh_children()
        self._refresh_header()
        self._refresh_status_fields()
        self.undo_stack.indexChanged.connect(self._refresh_modified)
        if participant_id is None:
            self.widgets["last_name"].setFocus()

    # -- building --------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.archived_chip = QLabel(self.tr("archiviert"))
        self.archived_chip.setStyleSheet(chip_style("archiviert"))
        row.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.archived_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)

        shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.undo_action = QAction(icon("undo-2"), self.tr("Rückgängig"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(icon("redo-2"), self.tr("Wiederholen"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self._undo_keys = (shortcut, "Ctrl+Shift+Z")
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._refresh_undo_tips)
        self.undo_stack.redoTextChanged.connect(self._refresh_undo_tips)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setObjectName("redoButton")
        self.redo_button.setDefaultAction(self.redo_action)
        for button in (self.undo_button, self.redo_button):
            button.setAutoRaise(True)
            row.addWidget(button)
        self._refresh_undo_tips()

        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.setAutoDefault(False)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.archive_button.setVisible(self.data.id is not None)
        row.addSpacing(8)
        row.addWidget(self.archive_button)
        box.addLayout(row)
        self.subtitle = QLabel()
        self.subtitle.setProperty("hint", True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.subtitle)
        return box

    def _build_basics(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 0)
        rows = iter(range(100))
        tab = TAB_BASICS

        def section(text: str) -> None:
            label = QLabel(text)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            r = next(rows)
            if r:
                grid.setRowMinimumHeight(r, 8)
                r = next(rows)
            grid.addWidget(label, r, 0, 1, 4)

        narrow: list[QWidget] = []  # keep their own width, on the left

        def pair(left: tuple[str, QWidget], right: tuple[str, QWidget] | None = None) -> None:
            r = next(rows)
            for col, (text, widget) in ((0, left), (2, right or ("", QWidget()))):
                if not text:
                    continue
                align = Qt.AlignmentFlag.AlignLeft if widget in narrow else Qt.AlignmentFlag(0)
                grid.addWidget(self._label(text, widget), r, col)
                grid.addWidget(widget, r, col + 1, 1, 1 if right else 3, align)

        salutation = self._combo(
            "salutation",
            self.tr("Anrede"),
            [("—", ""), (self.tr("Frau"), "frau"), (self.tr("Herr"), "herr")],
            tab,
        )
        narrow.append(salutation)
        section(self.tr("Person"))
        pair(
            (self.tr("Anrede:"), salutation),
            (self.tr("Geburtsdatum:"), self._date("birth_date", self.tr("Geburtsdatum"), tab)),
        )
        pair(
            (self.tr("Nachname*:"), self._line("last_name", self.tr("Nachname"), tab)),
            (self.tr("Vorname:"), self._line("first_name", self.tr("Vorname"), tab)),
        )
        section(self.tr("Kontakt"))
        pair((self.tr("Straße:"), self._line("street", self.tr("Straße"), tab)))
        postal = self._line("postal_code", self.tr("PLZ"), tab)
        postal.setMaximumWidth(postal.fontMetrics().horizontalAdvance("0000000000") + 24)
        pair((self.tr("PLZ:"), postal), (self.tr("Ort:"), self._line("city", self.tr("Ort"), tab)))
        pair(
            (self.tr("Telefon:"), self._line("phone", self.tr("Telefon"), tab)),
            (self.tr("E-Mail:"), self._line("email", self.tr("E-Mail"), tab)),
        )
        section(self.tr("Arbeit und Vermittlung"))
        hours = QSpinBox()
        hours.setRange(-1, 60)
        hours.setSpecialValueText("—")
        hours.setKeyboardTracking(False)
        narrow.append(hours)
        self._bind(
            "max_weekly_hours",
            self.tr("max. Wochenstunden"),
            hours,
            lambda: None if hours.value() < 0 else hours.value(),
            lambda v: hours.setValue(-1 if v is None else v),
            tab,
            merges=True,
        )
        hours.valueChanged.connect(lambda _v: self._commit("max_weekly_hours"))
        pair(
            (
                self.tr("Kundennummer:"),
                self._line("customer_number", self.tr("Kundennummer"), tab),
            ),
            (
                self.tr("Arbeitslos seit:"),
                self._date("unemployed_since", self.tr("Arbeitslos seit"), tab),
            ),
        )
        pair(
            (
                self.tr("Berufswunsch:"),
                self._line("occupation_wishes", self.tr("Berufswunsch"), tab),
            )
        )
        pair(
            (self.tr("max. Wochenstunden:"), hours),
            (self.tr("Sprachen:"), self._line("languages", self.tr("Sprachen"), tab)),
        )
        required = QLabel(self.tr("* Pflichtfeld"))
        required.setProperty("hint", True)
        grid.addWidget(required, next(rows), 0, 1, 4)
        grid.setRowStretch(next(rows), 1)
        return page

    def _build_children(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        intro = QLabel(
            self.tr(
                "Kinder, die während der Termine betreut werden sollen, kommen auf die "
                "Betreuungsliste. Zum Ändern doppelt in eine Zelle klicken."
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
                self.tr("Vorname"),
                self.tr("Geburtsmonat"),
                self.tr("Alter"),
                self.tr("Betreuung"),
                self.tr("Hinweise zur Betreuung"),
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
        self.no_children = QLabel(self.tr("Noch keine Kinder eingetragen."))
        self.no_children.setProperty("hint", True)
        actions = QHBoxLayout()
        actions.addWidget(self.no_children)
        actions.addStretch(1)
        self.remove_child_button = QPushButton(icon("trash-2"), self.tr("Entfernen"))
        self.remove_child_button.setObjectName("removeChildButton")
        self.remove_child_button.setAutoDefault(False)
        self.remove_child_button.clicked.connect(self._remove_selected_child)
        actions.addWidget(self.remove_child_button)
        box.addLayout(actions)

        group = QGroupBox(self.tr("Kind hinzufügen"))
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.new_child_name = QLineEdit()
        self.new_child_name.setObjectName("newChildName")
        self.new_child_name.setMaxLength(120)
        self.new_child_month = QLineEdit()
        self.new_child_month.setObjectName("newChildMonth")
        self.new_child_month.setPlaceholderText(self.tr("MM/JJJJ"))
        self.new_child_month.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,2}[/.]?\d{0,4}"))
        )
        self.new_child_month.setMaximumWidth(
            self.new_child_month.fontMetrics().horizontalAdvance("MM/JJJJJJ") + 24
        )
        self.new_child_care = QCheckBox(self.tr("Betreuung nötig"))
        self.new_child_care.setObjectName("newChildCare")
        self.new_child_notes = QLineEdit()
        self.new_child_notes.setObjectName("newChildNotes")
        self.new_child_notes.setMaxLength(500)
        self.add_child_button = QPushButton(icon("plus"), self.tr("Kind hinzufügen"))
        self.add_child_button.setObjectName("addChildButton")
        self.add_child_button.setAutoDefault(False)
        self.add_child_button.clicked.connect(self._add_child)
        self.new_child_month.returnPressed.connect(self._add_child)
        grid.addWidget(self._label(self.tr("Vorname:"), self.new_child_name), 0, 0)
        grid.addWidget(self.new_child_name, 0, 1)
        grid.addWidget(self._label(self.tr("Geburtsmonat:"), self.new_child_month), 0, 2)
        grid.addWidget(self.new_child_month, 0, 3)
        grid.addWidget(self.new_child_care, 0, 4)
        grid.addWidget(self._label(self.tr("Hinweise:"), self.new_child_notes), 1, 0)
        grid.addWidget(self.new_child_notes, 1, 1, 1, 3)
        grid.addWidget(self.add_child_button, 1, 4)
        box.addWidget(group)
        return page

    def _build_status(self) -> QWidget:
        page = QWidget()
        grid = self._form_grid(page)
        tab = TAB_STATUS
        status = self._combo(
            "status",
            self.tr("Status"),
            [(status_label(s), s.value) for s in ParticipantStatus],
            tab,
        )
        self._form_row(grid, 0, self.tr("Status:"), status)
        self._form_row(
            grid, 1, self.tr("Eintritt:"), self._date("entry_date", self.tr("Eintritt"), tab)
        )
        self._form_row(
            grid, 2, self.tr("Austritt:"), self._date("exit_date", self.tr("Austritt"), tab)
        )
        self._form_row(grid, 3, self.tr("Grund:"), self._line("exit_reason", self.tr("Grund"), tab))
        self.exit_hint = QLabel(
            self.tr(
                "Einen Grund tragen Sie ein bei „abgeschlossen“, „abgebrochen“ und „vermittelt“."
            )
        )
        self.exit_hint.setProperty("hint", True)
        self.exit_hint.setWordWrap(True)
        grid.addWidget(self.exit_hint, 4, 1)
        grid.setRowStretch(5, 1)
        return page

    def _build_consent(self) -> QWidget:
        page = QWidget()
        grid = self._form_grid(page)
        tab = TAB_CONSENT
        given = self._date("consent.given_on", self.tr("Einwilligung erteilt am"), tab)
        withdrawn = self._date("consent.withdrawn_on", self.tr("Widerrufen am"), tab)
        self._form_row(grid, 0, self.tr("Erteilt am:"), given)
        self._form_row(
            grid, 1, self.tr("Umfang:"), self._line("consent.scope", self.tr("Umfang"), tab)
        )
        version = self._line("consent.form_version", self.tr("Formularversion"), tab)
        self._form_row(grid, 2, self.tr("Formularversion:"), version)
        self._form_row(grid, 3, self.tr("Widerrufen am:"), withdrawn)
        note = QLabel(
            self.tr(
                "Tragen Sie das Datum der unterschriebenen Einwilligung ein. Bei einem Widerruf "
                "bleibt die Einwilligung vermerkt; das Datum des Widerrufs kommt dazu."
            )
        )
        note.setProperty("hint", True)
        note.setWordWrap(True)
        grid.addWidget(note, 4, 1)
        grid.setRowStretch(5, 1)
        return page

    def _build_attendance(self) -> QWidget:
        """Read-only: the person's attendance figures and sessions (``services.attendance``)."""
        page = QWidget()
        page.setObjectName("attendanceTab")
        box = QVBoxLayout(page)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.attendance_figures: dict[str, QLabel] = {}
        figures = (
            ("counted", self.tr("Termine gezählt:")),
            ("attended", self.tr("teilgenommen:")),
            ("hours", self.tr("Stunden:")),
            ("rate", self.tr("Quote:")),
            ("excused", self.tr("entschuldigt:")),
            ("unexcused", self.tr("unentschuldigt:")),
            ("in_a_row", self.tr("unentschuldigt in Folge:")),
        )
        for n, (key, text) in enumerate(figures):
            value = QLabel()
            value.setObjectName(f"attendance_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            row, col = n % 4, (n // 4) * 2
            grid.addWidget(self._label(text, value), row, col)
            grid.addWidget(value, row, col + 1, Qt.AlignmentFlag.AlignLeft)
            self.attendance_figures[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box.addLayout(grid)
        hint = QLabel(
            self.tr(
                "Gezählt werden vergangene, nicht abgesagte Termine zwischen Eintritt und "
                "Austritt bzw. Arbeitsaufnahme, bei denen die Anwesenheit erfasst ist. "
                "Grau: zählt nicht."
            )
        )
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        box.addWidget(hint)
        table = QTableWidget(0, 4)
        self.attendance_table = table
        table.setObjectName("attendanceTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Art"), self.tr("Thema"), self.tr("Anwesenheit")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(140)
        box.addWidget(table, 1)
        actions = QHBoxLayout()
        self.no_sessions = QLabel(self.tr("Noch für keinen Termin angemeldet."))
        self.no_sessions.setProperty("hint", True)
        actions.addWidget(self.no_sessions)
        actions.addStretch(1)
        self.book_button = QPushButton(icon("calendar-days"), self.tr("Einzelcoaching buchen…"))
        self.book_button.setObjectName("bookCoachingButton")
        self.book_button.setAutoDefault(False)
        self.book_button.clicked.connect(self.book_coaching)
        actions.addWidget(self.book_button)
        box.addLayout(actions)
        return page

    def _refresh_attendance(self) -> None:
        pid = self.data.id
        if pid is None:
            return
        summary, lines = run_blocking(
            lambda: (attendance.summary_for(self.ws, pid), attendance.sessions_of(self.ws, pid))
        )
        self.attendance_summary = summary
        loc = QLocale()
        values = {
            "counted": loc.toString(summary.counted),
            "attended": loc.toString(summary.attended),
            "hours": loc.toString(summary.hours, "f", 1),
            "rate": percent_text(summary.rate, loc),
            "excused": loc.toString(summary.excused),
            "unexcused": loc.toString(summary.unexcused),
            "in_a_row": loc.toString(summary.unexcused_in_a_row),
        }
        for key, text in values.items():
            self.attendance_figures[key].setText(text)
        run = self.attendance_figures["in_a_row"]
        warn = summary.unexcused_in_a_row >= UNEXCUSED_WARNING
        run.setProperty("warning", warn)
        run.setStyleSheet(chip_style("abgebrochen") if warn else "")
        run.setToolTip(
            self.tr("Bitte nachfragen: mehrmals hintereinander unentschuldigt gefehlt.")
            if warn
            else ""
        )
        self._fill_sessions(lines)

    def _fill_sessions(self, lines: list[SessionLine]) -> None:
        table = self.attendance_table
        table.setRowCount(len(lines))
        muted = QColor(theme.colors().muted)
        for row, line in enumerate(lines):
            state = (
                self.tr("abgesagt")
                if line.cancelled
                else self._state_text(line.state, line.starts_at.date())
            )
            texts = (
                format_date(line.starts_at.date()) + line.starts_at.strftime(" %H:%M"),
                session_kind_label(line.kind),
                line.topic,
                state,
            )
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if not line.counted:
                    item.setForeground(muted)
                    item.setToolTip(self.tr("zählt nicht für die Quote"))
                table.setItem(row, col, item)
        self.no_sessions.setVisible(not lines)

    def _state_text(self, state: AttendanceState, day: dt.date) -> str:
        if state is AttendanceState.ERWARTET:
            return self.tr("erwartet") if day >= dt.date.today() else self.tr("nicht erfasst")
        return {
            AttendanceState.ANWESEND: self.tr("anwesend"),
            AttendanceState.VERSPAETET: self.tr("verspätet"),
            AttendanceState.ENTSCHULDIGT: self.tr("entschuldigt"),
            AttendanceState.KRANK: self.tr("krank"),
            AttendanceState.UNENTSCHULDIGT: self.tr("unentschuldigt"),
        }[state]

    def book_coaching(self) -> None:
        """Book an Einzelcoaching for this person; the list shows it afterwards."""
        from gemeinsam_desktop.ui.dialogs.coaching_booking import CoachingBookingDialog

        participant_id = self.data.id
        if participant_id is None:
            return
        CoachingBookingDialog(self.ws, participant_id, self).exec()
        try:
            self._refresh_attendance()
        except KnownError as exc:
            self._show_message(error_text(exc))

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(icon("save", theme.colors().on_accent), self.tr("Speichern"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.save_button.setToolTip(self.tr("Speichern ({keys})").format(keys=save_keys))
        self.save_button.clicked.connect(self.save)
        self.save_action = QAction(self.tr("Speichern"), self)
        self.save_action.setShortcuts(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    @staticmethod
    def _form_grid(page: QWidget) -> QGridLayout:
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)  # fields take about three quarters of the width
        return grid

    def _form_row(self, grid: QGridLayout, row: int, text: str, widget: QWidget) -> None:
        grid.addWidget(self._label(text, widget), row, 0)
        grid.addWidget(widget, row, 1)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    # -- fields and their commands ----------------------------------------------------
    def _bind(
        self,
        key: str,
        label: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        tab: int,
        *,
        merges: bool = False,
        watch: QWidget | None = None,
    ) -> None:
        field = _Field(key, label, widget, read, write, tab, merges)
        widget.setObjectName("field_" + key.replace(".", "_"))
        self.fields[key] = field
        self.widgets[key] = widget
        watched = watch or widget
        self._field_of[watched] = field
        watched.installEventFilter(self)

    def _line(self, key: str, label: str, tab: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(TEXT_LIMITS[key])

        def write(text: str) -> None:
            edit.setText(text)
            edit.setCursorPosition(0)  # long text shows its beginning

        self._bind(key, label, edit, edit.text, write, tab, merges=True)
        edit.editingFinished.connect(lambda: self._commit(key))
        return edit

    def _date(self, key: str, label: str, tab: int) -> DateField:
        field = DateField()
        self._bind(key, label, field, field.date, field.set_date, tab, watch=field.edit)
        field.editingFinished.connect(lambda: self._commit(key))
        return field

    def _combo(self, key: str, label: str, items: list[tuple[str, Any]], tab: int) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._bind(
            key,
            label,
            combo,
            combo.currentData,
            lambda v: combo.setCurrentIndex(max(0, combo.findData(str(v)))),
            tab,
        )
        combo.currentIndexChanged.connect(lambda _i: self._commit(key))
        return combo

    def _model(self, key: str) -> Any:
        target, attr = self._target(key)
        return getattr(target, attr)

    def _target(self, key: str) -> tuple[Any, str]:
        if key.startswith("consent."):
            return self.data.consent, key.removeprefix("consent.")
        return self.data, key

    def _write(self, field: _Field, value: Any) -> None:
        was, self._applying = self._applying, True
        try:
            field.write(value)
        finally:
            self._applying = was

    def _commit(self, key: str) -> None:
        """The widget's value became final: make it a command (unless it is unchanged)."""
        if self._applying:
            return
        field = self.fields[key]
        if isinstance(field.widget, DateField) and not field.widget.is_valid():
            return  # kept in the widget; saving names the problem
        new, old = field.read(), self._model(key)
        if key == "status":
            new = ParticipantStatus(new)
        if new != old:
            self.undo_stack.push(_SetField(self, field, old, new))

    def commit_pending(self) -> None:
        """Turn what is still being typed into commands (before saving or closing)."""
        for key in self.fields:
            self._commit(key)

    def _apply(self, field: _Field, value: Any) -> None:
        """Set ``value`` on the data and in the widget (from a command: no new command)."""
        target, attr = self._target(field.key)
        setattr(target, attr, value)
        self._write(field, value)
        if self.tabs.currentIndex() != field.tab:
            self.tabs.setCurrentIndex(field.tab)
        if field.key in ("status",):
            self._refresh_status_fields()
        self._refresh_header()

    # -- children ----------------------------------------------------------------------
    def _refresh_children(self, select: ChildData | None = None) -> None:
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
            COL_CARE: self.tr("nötig") if child.needs_childcare else self.tr("nicht nötig"),
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
        self.tabs.setCurrentIndex(TAB_CHILDREN)
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
        self.tabs.setCurrentIndex(TAB_CHILDREN)
        self._refresh_children(select=child if present else None)

    def _month_problem(self) -> str:
        return self.tr("Bitte geben Sie den Geburtsmonat als MM/JJJJ ein, z. B. 03/2019.")

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

    def _pending_child(self) -> bool:
        return any(
            w.text().strip()
            for w in (self.new_child_name, self.new_child_month, self.new_child_notes)
        )

    # -- header, status ----------------------------------------------------------------
    def _refresh_header(self) -> None:
        d = self.data
        name = " ".join(part for part in (d.first_name.strip(), d.last_name.strip()) if part)
        new_title = self.tr("Neue Teilnehmerin / neuer Teilnehmer")
        self.name_label.setText(name or new_title)
        if d.id is None:
            self.setWindowTitle(new_title + "[*]")
        else:
            self.setWindowTitle(self.tr("{name} – Teilnehmende").format(name=name) + "[*]")
        self.status_chip.setText(status_label(d.status))
        self.status_chip.setStyleSheet(chip_style(d.status.value))
        self.archived_chip.setVisible(d.archived)
        details = []
        if d.birth_date:
            details.append(self.tr("geb. {date}").format(date=format_date(d.birth_date)))
        if d.customer_number.strip():
            details.append(
                self.tr("Kundennummer {number}").format(number=d.customer_number.strip())
            )
        if d.entry_date:
            details.append(self.tr("Eintritt {date}").format(date=format_date(d.entry_date)))
        self.subtitle.setText("  ·  ".join(details))
        self.subtitle.setVisible(bool(details))
        self.archive_button.setText(
            self.tr("Wiederherstellen") if d.archived else self.tr("Archivieren")
        )
        self.archive_button.setIcon(icon("archive-restore" if d.archived else "archive"))

    def _refresh_status_fields(self) -> None:
        leaving = self.data.status in LEAVING
        self.widgets["exit_reason"].setEnabled(leaving)

    def _refresh_undo_tips(self) -> None:
        for action, name, text, keys in (
            (self.undo_action, self.tr("Rückgängig"), self.undo_stack.undoText(), "Ctrl+Z"),
            (self.redo_action, self.tr("Wiederholen"), self.undo_stack.redoText(), "Ctrl+Y"),
        ):
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            what = f"{name}: {text}" if text else name
            action.setToolTip(f"{what} ({native})")

    def _refresh_modified(self) -> None:
        self.setWindowModified(self.data != self._original)

    def has_changes(self) -> bool:
        self.commit_pending()
        dates_typed = any(
            isinstance(f.widget, DateField) and not f.widget.is_valid()
            for f in self.fields.values()
        )
        return self.data != self._original or dates_typed or self._pending_child()

    # -- undo keys inside text fields ---------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a field whose text is already a command goes to the dialog's undo."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            field = self._field_of.get(watched)
            is_undo_key = (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
            )
            if is_undo_key and field is not None and not self._typing_in(field):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def _typing_in(self, field: _Field) -> bool:
        if isinstance(field.widget, DateField):
            if not field.widget.is_valid():
                return True
            return field.widget.edit.text() != format_date(self._model(field.key))
        value = field.read()
        return value != self._model(field.key)

    # -- saving, closing, archiving ------------------------------------------------------
    def save(self) -> None:
        self.commit_pending()
        self._show_message("")
        for field in self.fields.values():
            if isinstance(field.widget, DateField) and not field.widget.is_valid():
                self._show_message(
                    self.tr(
                        "„{field}“: {text} ist kein gültiges Datum. Bitte geben Sie es als "
                        "TT.MM.JJJJ ein, z. B. 07.03.1985."
                    ).format(field=field.label, text=field.widget.edit.text())
                )
                self._focus(field.key)
                return
        data = self.data.copy()
        try:
            roster.normalized(data)
            found = run_blocking(lambda: roster.warnings_for(self.ws, data))
            if found and not messages.confirm(
                self,
                self.tr("Trotzdem speichern?"),
                "\n\n".join(QCoreApplication.translate("errors", text) for text in found)
                + "\n\n"
                + self.tr("Möchten Sie den Eintrag trotzdem speichern?"),
                self.tr("Trotzdem speichern"),
            ):
                return
            self.saved_id = run_blocking(lambda: roster.save_participant(self.ws, data))
        except KnownError as exc:
            self._show_message(error_text(exc))
            self._focus(self._problem_field(exc))
            return
        bus.changed.emit(frozenset({"participants"}))
        self.accept()

    def reject(self) -> None:
        if self.has_changes() and not messages.confirm(
            self,
            self.tr("Änderungen verwerfen?"),
            self.tr(
                "Ihre Änderungen sind noch nicht gespeichert. Wenn Sie das Fenster schließen, "
                "gehen sie verloren."
            ),
            self.tr("Verwerfen"),
        ):
            return
        super().reject()

    def _toggle_archived(self) -> None:
        pid = self.data.id
        if pid is None:
            return
        archive = not self.data.archived
        name = self.name_label.text()
        if archive and not messages.confirm(
            self,
            self.tr("Archivieren?"),
            self.tr(
                "{name} verschwindet aus der Liste der Teilnehmenden. Die Daten und der "
                "Verlauf bleiben erhalten; Sie können den Eintrag später wiederherstellen."
            ).format(name=name),
            self.tr("Archivieren"),
        ):
            return
        try:
            run_blocking(lambda: roster.set_archived(self.ws, pid, archive))
        except KnownError as exc:
            self._show_message(error_text(exc))
            return
        self.data.archived = self._original.archived = archive
        self.saved_id = pid
        bus.changed.emit(frozenset({"participants"}))
        self._refresh_header()

    def _show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _problem_field(self, exc: KnownError) -> str | None:
        """Which field a ``roster.normalized`` reason is about (None: cannot tell)."""
        label = exc.args_map.get("field")
        if label is not None:
            by_label = {lbl: key for key, (_limit, lbl) in roster.TEXT_FIELDS.items()}
            by_label |= {
                "Umfang der Einwilligung": "consent.scope",
                "Formularversion": "consent.form_version",
                "Vorname des Kindes": CHILDREN,
                "Hinweise zur Betreuung": CHILDREN,
            }
            return by_label.get(str(label))
        for word, key in (
            ("Nachnamen", "last_name"),
            ("Geburtsdatum", "birth_date"),
            ("Geburtsmonat eines Kindes", CHILDREN),
            ("Austrittsdatum", "exit_date"),
            ("Arbeitslos seit", "unemployed_since"),
            ("Wochenstunden", "max_weekly_hours"),
            ("E-Mail-Adresse", "email"),
            ("Widerruf", "consent.withdrawn_on"),
        ):
            if word in exc.template:
                return key
        return None

    def _focus(self, key: str | None) -> None:
        if key is None:
            return
        if key == CHILDREN:
            self.tabs.setCurrentIndex(TAB_CHILDREN)
            self.children_table.setFocus()
            return
        field = self.fields[key]
        self.tabs.setCurrentIndex(field.tab)
        field.widget.setFocus()
        edit = field.widget.edit if isinstance(field.widget, DateField) else field.widget
        if isinstance(edit, QLineEdit | QAbstractSpinBox):
            edit.selectAll()


def edit_participant(
    ws: Workspace, participant_id: int | None, project_id: int, parent: QWidget | None = None
) -> int | None:
    """Open the record dialog modally; the saved id, or None when nothing was saved."""
    try:
        dialog = ParticipantDialog(ws, participant_id, project_id, parent)
    except KnownError as exc:
        messages.show_error(parent, exc)
        return None
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    saved = dialog.saved_id
    dialog.deleteLater()
    return saved if accepted else None
