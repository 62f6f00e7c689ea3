"""The attendance table of one session, and the labels and colours of the attendance states.

The model holds the ``AttendanceRow``s of a ``SessionSheet`` in the sheet's order (the
order of the printed sign-in sheet). It does no database work: an edit through ``setData``
changes the row at once (so quick keyboard entry shows every key immediately) and emits
``changeRequested(attendance_id, changes)`` with the keyword arguments for
``attendance.set_attendance``; the dialog saves them and hands the stored row back through
``replace_row``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP
from gemeinsam_desktop.services.attendance import AttendanceRow, ChildCare
from gemeinsam_desktop.store.enums import AttendanceState
from gemeinsam_desktop.ui import theme

Index = QModelIndex | QPersistentModelIndex
A = AttendanceState

NR, NAME, STATUS, REASON, SICK_NOTE, ARRIVED, LEFT, CHILDREN, NOTE = range(9)
COLUMN_COUNT = 9
ID_ROLE = Qt.ItemDataRole.UserRole  # the attendance id
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the AttendanceState's value
DASH = "–"
NOTE_LIMIT = 500

PRESENT = frozenset({A.ANWESEND, A.VERSPAETET})
EXCUSED = frozenset({A.ENTSCHULDIGT, A.KRANK})  # these take a reason
ABSENT = EXCUSED | {A.UNENTSCHULDIGT}
#: the order the status combo offers
STATE_ORDER = (A.ANWESEND, A.VERSPAETET, A.ENTSCHULDIGT, A.KRANK, A.UNENTSCHULDIGT, A.ERWARTET)

# The service stores the German reasons as shown; these mark them for lupdate.
REASON_TEXTS = (
    QT_TRANSLATE_NOOP("attendance", "Kind krank"),
    QT_TRANSLATE_NOOP("attendance", "Betreuung ausgefallen"),
    QT_TRANSLATE_NOOP("attendance", "Termin beim JobCenter"),
    QT_TRANSLATE_NOOP("attendance", "Vorstellungsgespräch"),
    QT_TRANSLATE_NOOP("attendance", "Sonstiges"),
)

# Chip colours (background, text) per state, (light, dark); each pair has contrast >= 4.5.
_CHIP_COLORS: dict[AttendanceState, tuple[tuple[str, str], tuple[str, str]]] = {
    A.ERWARTET: (("#e4e8ea", "#3d4a50"), ("#2e373c", "#dce3e6")),
    A.ANWESEND: (("#dcf1e2", "#1d5e30"), ("#1e4027", "#cdeed6")),
    A.VERSPAETET: (("#fbefd5", "#6b4a00"), ("#4a3a12", "#fbe3a8")),
    A.ENTSCHULDIGT: (("#e3eaf4", "#2b4a72"), ("#24364d", "#d3e2f5")),
    A.KRANK: (("#ede4f5", "#54307a"), ("#3a2a4d", "#e6d6f7")),
    A.UNENTSCHULDIGT: (("#f9e0de", "#8c1c13"), ("#4d1f1b", "#f8d2ce")),
}


def state_label(state: AttendanceState) -> str:
    """The state as the session page shows it, with the sign-in sheet's abbreviation."""
    return {
        A.ERWARTET: QCoreApplication.translate("attendance", "erwartet"),
        A.ANWESEND: QCoreApplication.translate("attendance", "anwesend"),
        A.VERSPAETET: QCoreApplication.translate("attendance", "verspätet"),
        A.ENTSCHULDIGT: QCoreApplication.translate("attendance", "entschuldigt (E)"),
        A.KRANK: QCoreApplication.translate("attendance", "krank (K)"),
        A.UNENTSCHULDIGT: QCoreApplication.translate("attendance", "unentschuldigt (UE)"),
    }[state]


def reason_label(reason: str) -> str:
    return QCoreApplication.translate("attendance", reason) if reason else ""


def chip_colors(state: AttendanceState) -> tuple[QColor, QColor]:
    """(background, text) of the state's chip in the current scheme."""
    light, dark = _CHIP_COLORS[state]
    bg, fg = dark if theme.is_dark() else light
    return QColor(bg), QColor(fg)


def to_qtime(value: dt.time | None) -> QTime | None:
    return QTime(value.hour, value.minute) if value is not None else None


def time_text(value: dt.time | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def _to_time(value: Any) -> dt.time | None:
    """A QTime, datetime.time or None (an invalid QTime counts as None)."""
    if value is None:
        return None
    if isinstance(value, QTime):
        return dt.time(value.hour(), value.minute()) if value.isValid() else None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    raise TypeError(value)


def _to_state(value: Any) -> AttendanceState:
    return value if isinstance(value, AttendanceState) else AttendanceState(str(value))


def cared_children(row: AttendanceRow, offered: bool = True) -> tuple[ChildCare, ...]:
    """The children looked after during the session: those chosen, or, while the person is
    still expected and nothing is chosen, every child needing care (the service's forecast)."""
    chosen = tuple(child for child in row.children if child.selected)
    if chosen or row.state in ABSENT:
        return chosen
    return row.children if offered and row.state == A.ERWARTET else ()


class AttendanceModel(QAbstractTableModel):
    """The rows of one session sheet; edits are applied at once and announced."""

    #: (attendance_id, {keyword: value} for ``attendance.set_attendance``)
    changeRequested = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self._numbers: list[int] = []  # Nr.: fixed while shown, like on the printed sheet
        self._position: dict[int, int] = {}
        self.session_start: dt.time | None = None
        self.session_end: dt.time | None = None
        self.childcare_offered = True
        self._headers = (
            self.tr("Nr."),
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Grund"),
            self.tr("Attest"),
            self.tr("Ankunft"),
            self.tr("Gehen"),
            self.tr("Kinder in\nBetreuung"),
            self.tr("Notiz"),
        )
        self._header_tips = (
            self.tr("Nummer auf der Anwesenheitsliste"),
            self.tr("Nachname, Vorname"),
            self.tr("A anwesend · V verspätet · E entschuldigt · K krank · U unentschuldigt"),
            self.tr("Grund der Abwesenheit (bei entschuldigt oder krank)"),
            self.tr("Liegt ein Attest vor? (bei krank)"),
            self.tr("Ankunftszeit, wenn abweichend (Entf löscht sie)"),
            self.tr("Uhrzeit des Gehens, wenn abweichend (Entf löscht sie)"),
            self.tr("Kinder, die während des Termins betreut werden"),
            self.tr("Kurze Notiz zu diesem Termin"),
        )

    # -- feeding ------------------------------------------------------------------------
    def set_rows(
        self,
        rows: Iterable[AttendanceRow],
        session_start: dt.time | None = None,
        session_end: dt.time | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._numbers = list(range(1, len(self._rows) + 1))
        self._reindex()
        self.session_start, self.session_end = session_start, session_end
        self.endResetModel()

    def _reindex(self) -> None:
        self._position = {r.attendance_id: n for n, r in enumerate(self._rows)}

    def replace_row(self, row: AttendanceRow) -> None:
        """Show the row as the service stored it."""
        n = self._position.get(row.attendance_id)
        if n is None:
            return
        self._rows[n] = row
        self.dataChanged.emit(self.index(n, 0), self.index(n, COLUMN_COUNT - 1))

    def remove_attendance(self, attendance_id: int) -> None:
        n = self._position.get(attendance_id)
        if n is None:
            return
        self.beginRemoveRows(QModelIndex(), n, n)
        del self._rows[n]
        del self._numbers[n]
        self._reindex()
        self.endRemoveRows()

    def set_children_selected(self, attendance_id: int, child_ids: Iterable[int]) -> None:
        n = self._position.get(attendance_id)
        if n is None:
            return
        wanted = set(child_ids)
        row = self._rows[n]
        children = tuple(replace(c, selected=c.child_id in wanted) for c in row.children)
        self._rows[n] = replace(row, children=children)
        self.dataChanged.emit(self.index(n, CHILDREN), self.index(n, CHILDREN))

    # -- lookup -------------------------------------------------------------------------
    def rows(self) -> tuple[AttendanceRow, ...]:
        return tuple(self._rows)

    def row_at(self, row: int) -> AttendanceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, attendance_id: int) -> int | None:
        return self._position.get(attendance_id)

    def counts(self) -> tuple[int, int]:
        """(enrolled, present: anwesend or verspätet)."""
        return len(self._rows), sum(1 for r in self._rows if r.state in PRESENT)

    # -- editing ------------------------------------------------------------------------
    def set_state(self, row: int, state: AttendanceState) -> bool:
        return self.setData(self.index(row, STATUS), state, Qt.ItemDataRole.EditRole)

    def clear_cell(self, index: Index) -> bool:
        """Empty a reason, a time or the note (the Delete key)."""
        column = index.column()
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if column in (ARRIVED, LEFT):
            return self.setData(index, None, Qt.ItemDataRole.EditRole)
        if column in (REASON, NOTE):
            return self.setData(index, "", Qt.ItemDataRole.EditRole)
        return False

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        row = self._rows[index.row()]
        column = index.column()
        changes: dict[str, Any]
        try:
            if role == Qt.ItemDataRole.CheckStateRole and column == SICK_NOTE:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                changes = {"sick_note": checked}
            elif role != Qt.ItemDataRole.EditRole:
                return False
            elif column == STATUS:
                changes = {"state": _to_state(value)}
            elif column == REASON:
                changes = {"excuse_reason": str(value or "").strip()}
            elif column == ARRIVED:
                changes = {"arrived_at": _to_time(value)}
            elif column == LEFT:
                changes = {"left_at": _to_time(value)}
            elif column == NOTE:
                changes = {"note": " ".join(str(value or "").split())[:NOTE_LIMIT]}
            else:
                return False
        except (TypeError, ValueError):
            return False
        if all(getattr(row, key) == new for key, new in changes.items()):
            return True  # nothing changed: nothing to save
        self._rows[index.row()] = replace(row, **changes)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMN_COUNT - 1))
        self.changeRequested.emit(row.attendance_id, changes)
        return True

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        row = self.row_at(index.row())
        if row is None:
            return flags
        column = index.column()
        if (
            column in (STATUS, NOTE)
            or (column == REASON and row.state in EXCUSED)
            or (column in (ARRIVED, LEFT) and row.state in PRESENT)
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        elif column == SICK_NOTE and row.state == A.KRANK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if section in _NUMERIC else _ALIGN_LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if row is None or not 0 <= column < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(index.row(), row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == ID_ROLE:
            return row.attendance_id
        if role == STATE_ROLE:
            return row.state.value
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == SICK_NOTE and row.state == A.KRANK:
                return Qt.CheckState.Checked if row.sick_note else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if column in _NUMERIC else _ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == NR or (column == REASON and not row.excuse_reason):
                return QColor(theme.colors().muted)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def display_text(self, number: int, row: AttendanceRow, column: int) -> str:
        loc = QLocale()
        if column == NR:
            return loc.toString(self._numbers[number])
        if column == NAME:
            return row.name
        if column == STATUS:
            return state_label(row.state)
        if column == REASON:
            if row.state not in EXCUSED:
                return ""
            if row.excuse_reason or row.state == A.KRANK:  # krank needs no other reason
                return reason_label(row.excuse_reason)
            return self.tr("Grund wählen …")
        if column == ARRIVED:
            return time_text(row.arrived_at)
        if column == LEFT:
            return time_text(row.left_at)
        if column == CHILDREN:
            if not row.children:
                return ""
            count = len(cared_children(row, self.childcare_offered))
            return loc.toString(count) if count else DASH
        if column == NOTE:
            return row.note
        return ""

    def _edit_value(self, row: AttendanceRow, column: int) -> Any:
        if column == STATUS:
            return row.state.value
        if column == REASON:
            return row.excuse_reason
        if column == ARRIVED:
            return to_qtime(row.arrived_at)
        if column == LEFT:
            return to_qtime(row.left_at)
        if column == NOTE:
            return row.note
        return None

    def _tooltip(self, row: AttendanceRow, column: int) -> str | None:
        if column == CHILDREN and row.children:
            lines = []
            cared = {c.child_id for c in cared_children(row, self.childcare_offered)}
            for c in row.children:
                age = self.tr("%n Jahr(e)", "", c.age)
                name = c.first_name or self.tr("Kind")
                line = f"{name}, {age}"
                lines.append(
                    line
                    if c.child_id in cared
                    else self.tr("{child} – nicht angemeldet").format(child=line)
                )
            return "\n".join(lines)
        if column in (ARRIVED, LEFT) and row.state not in PRESENT:
            return self.tr("Zeiten gibt es nur bei anwesend oder verspätet.")
        if column == NOTE and row.note:
            return row.note
        return None


_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC = frozenset({NR, CHILDREN})
_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        ID_ROLE,
        STATE_ROLE,
    )
)
