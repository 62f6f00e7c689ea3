"""The roster table: participants of one project, filtered and sorted inside the model.

No QSortFilterProxyModel: the model keeps its own list of visible row indexes. Filtering
(text words AND-ed over ``RosterRow.search``, a set of states, archived rows shown or not)
and sorting (any column, stable, empty values last, names by a folded German key computed
once per row) work on plain Python lists of ints. Measured at 10,000 rows: ~1 ms to filter
here against 60–1000 ms for the stock proxy (``benchmarks/bench_roster.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from gemeinsam_desktop.services.text import fold
from gemeinsam_desktop.store.enums import ParticipantStatus
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import status_label

if TYPE_CHECKING:
    from gemeinsam_desktop.services.roster import RosterRow

Index = QModelIndex | QPersistentModelIndex

NAME, STATUS, AGE, CHILDREN, CHILDCARE, ENTRY, LAST_ATTENDANCE, RATE, AGREEMENTS = range(9)
COLUMN_COUNT = 9
#: stable names for the columns (stored in the preferences, never shown)
COLUMN_KEYS = (
    "name",
    "status",
    "age",
    "children",
    "childcare",
    "entry",
    "last",
    "rate",
    "agreements",
)
NUMERIC = frozenset({AGE, CHILDCARE, RATE, AGREEMENTS})
#: from this many unexcused absences in a row the rate cell warns
UNEXCUSED_WARNING = 3
DASH = "–"
ID_ROLE = Qt.ItemDataRole.UserRole
_STATUS_ORDER = {status: n for n, status in enumerate(ParticipantStatus)}


def name_key(row: RosterRow) -> str:
    """German phone-book order: "Müller" as "Mueller", case and accents ignored."""
    last = row.last_name.lower() if row.last_name.isascii() else fold(row.last_name)
    first = row.first_name.lower() if row.first_name.isascii() else fold(row.first_name)
    return f"{last}\x00{first}"


def percent_text(rate: float | None, loc: QLocale | None = None) -> str:
    """A share as a whole German percentage ("93 %"); a dash for None."""
    if rate is None:
        return DASH
    loc = loc or QLocale()
    return f"{loc.toString(rate * 100, 'f', 0)}\u00a0{loc.percent()}"


def _qdate(value: Any) -> QDate:
    return QDate(value.year, value.month, value.day)


#: sort key of a column; None sorts last in both orders
_SORT_KEYS: dict[int, Callable[[RosterRow], Any]] = {
    STATUS: lambda r: _STATUS_ORDER[r.status],
    AGE: lambda r: r.age,
    CHILDREN: lambda r: (len(r.children_ages), r.children_ages),
    CHILDCARE: lambda r: r.childcare_needed,
    ENTRY: lambda r: r.entry_date,
    LAST_ATTENDANCE: lambda r: r.last_attendance,
    RATE: lambda r: r.attendance_rate,
    AGREEMENTS: lambda r: r.open_agreements,
}


class RosterModel(QAbstractTableModel):
    """Rows of ``roster_rows``; ``visible_count`` of them pass the filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self._name_keys: list[str] = []
        self._order: list[int] = []  # every row index, in sort order
        self._search: list[str] = []
        self._archived: list[bool] = []
        self._status: list[ParticipantStatus] = []
        self._scope: list[int] = []  # rows passing the archived and status filters
        self._scope_search: list[str] = []
        self._visible_pos: list[int] = []  # positions in _scope that match the words
        self._visible: list[int] = []  # the rows shown, in sort order
        self._words: tuple[str, ...] = ()
        self._statuses: frozenset[ParticipantStatus] = frozenset()  # empty: all
        self._show_archived = False
        self._in_scope = 0
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = (
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Alter"),
            self.tr("Kinder"),
            self.tr("Betreuung"),
            self.tr("Eintritt"),
            self.tr("Letzte\nTeilnahme"),
            self.tr("Teilnahme"),
            self.tr("Offene\nVereinbarungen"),
        )
        self._header_tips = (
            self.tr("Nachname, Vorname"),
            self.tr("Stand der Teilnahme"),
            self.tr("Alter in Jahren"),
            self.tr("Anzahl der Kinder und ihr Alter in Jahren"),
            self.tr("Kinder, die während der Termine betreut werden"),
            self.tr("Eintrittsdatum"),
            self.tr("Letzter Termin, bei dem die Person anwesend war"),
            self.tr(
                "Anteil der vergangenen Termine seit dem Eintritt, bei denen die Person da war"
            ),
            self.tr("Vereinbarungen, die noch offen sind"),
        )

    # -- feeding ------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[RosterRow]) -> None:
        """Replace all rows; the current filters and sort order stay."""
        self.beginResetModel()
        self._rows = list(rows)
        self._name_keys = [name_key(r) for r in self._rows]
        self._search = [r.search for r in self._rows]
        self._archived = [r.archived for r in self._rows]
        self._status = [r.status for r in self._rows]
        self._order = self._sorted(list(range(len(self._rows))), NAME, Qt.SortOrder.AscendingOrder)
        if self._sort_column != NAME or self._sort_order != Qt.SortOrder.AscendingOrder:
            self._order = self._sorted(self._order, self._sort_column, self._sort_order)
        self._rebuild_scope()
        self._match(None)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show rows whose name, Kundennummer or phone contain every word of ``text``."""
        words = tuple(fold(text).split())
        if words == self._words:
            return
        # Typing on narrows the set: test only what is shown instead of every row.
        narrower = all(any(old in new for new in words) for old in self._words)
        self.beginResetModel()
        self._words = words
        self._match(self._visible_pos if narrower else None)
        self.endResetModel()

    def set_status_filter(self, statuses: Iterable[ParticipantStatus] | None) -> None:
        """Show only these states; an empty set or None shows all."""
        wanted = frozenset(statuses or ())
        if wanted == self._statuses:
            return
        self.beginResetModel()
        self._statuses = wanted
        self._rebuild_scope()
        self._match(None)
        self.endResetModel()

    def set_show_archived(self, show: bool) -> None:
        if show == self._show_archived:
            return
        self.beginResetModel()
        self._show_archived = show
        self._rebuild_scope()
        self._match(None)
        self.endResetModel()

    def filter_text_words(self) -> tuple[str, ...]:
        return self._words

    def status_filter(self) -> frozenset[ParticipantStatus]:
        return self._statuses

    def show_archived(self) -> bool:
        return self._show_archived

    def _rebuild_scope(self) -> None:
        """Rows in sort order that pass the archived and status filters.

        Their search texts are copied in that order: the copies lie side by side in memory,
        which makes the scan while typing ~3x faster at 100,000 rows than reading the
        originals in sorted (scattered) order.
        """
        scope = self._order
        if not self._show_archived:
            archived = self._archived
            scope = [i for i in scope if not archived[i]]
        if self._statuses:
            status, wanted = self._status, self._statuses
            scope = [i for i in scope if status[i] in wanted]
        self._scope = scope
        search = self._search
        self._scope_search = [search[i] + "\x1f" for i in scope]
        self._in_scope = len(self._rows) if self._show_archived else self._archived.count(False)

    def _match(self, positions: list[int] | None) -> None:
        """Filter by the words: all of the scope (None) or these positions in it."""
        texts, words = self._scope_search, self._words
        if positions is None:
            if not words:
                positions = list(range(len(texts)))
            else:
                first = words[0]
                positions = [p for p, t in enumerate(texts) if first in t]
                words = words[1:]
        for word in words:
            positions = [p for p in positions if word in texts[p]]
        self._visible_pos = positions
        scope = self._scope
        self._visible = [scope[p] for p in positions]

    # -- sorting ------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(p, self._visible[p.row()], p.column()) for p in persistent]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted(self._order, column, order)
        self._rebuild_scope()
        self._match(None)
        if moved:
            position = {row: n for n, row in enumerate(self._visible)}
            self.changePersistentIndexList(
                [p for p, _r, _c in moved],
                [self.index(position[r], c) for _p, r, c in moved],
            )
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _sorted(self, order: list[int], column: int, direction: Qt.SortOrder) -> list[int]:
        """``order`` stably sorted by ``column``; rows without a value go last."""
        descending = direction == Qt.SortOrder.DescendingOrder
        if column == NAME:
            keys = self._name_keys
            return sorted(order, key=keys.__getitem__, reverse=descending)
        key = _SORT_KEYS[column]
        rows = self._rows
        valued = [(key(rows[i]), i) for i in order]
        empty = [i for k, i in valued if k is None]
        present = [pair for pair in valued if pair[0] is not None]
        present.sort(key=lambda pair: pair[0], reverse=descending)
        return [i for _k, i in present] + empty

    # -- lookup -------------------------------------------------------------------------
    def row_id(self, index: Index) -> int | None:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        return self._rows[self._visible[index.row()]].id

    def row_data(self, index: Index) -> RosterRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        return self._rows[self._visible[index.row()]]

    def row_of_id(self, participant_id: int) -> int | None:
        """The visible row showing ``participant_id``, or None when it is filtered out."""
        return self.rows_of_ids([participant_id]).get(participant_id)

    def rows_of_ids(self, participant_ids: Iterable[int]) -> dict[int, int]:
        """Visible row of each id that is shown (filtered-out ids are left out)."""
        wanted = set(participant_ids)
        if not wanted:
            return {}
        rows = self._rows
        found: dict[int, int] = {}
        for n, i in enumerate(self._visible):
            pid = rows[i].id
            if pid in wanted:
                found[pid] = n
                if len(found) == len(wanted):
                    break
        return found

    def visible_count(self) -> int:
        return len(self._visible)

    def total_count(self) -> int:
        """Rows before the text and status filters (archived ones only when shown)."""
        return self._in_scope

    def all_count(self) -> int:
        """Every row held, archived ones included."""
        return len(self._rows)

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

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
            return _alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None  # most roles a view asks for while painting
        row = self.row_data(index)
        if row is None or not 0 <= index.column() < COLUMN_COUNT:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if column in NUMERIC else _ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == RATE and _warns(row):
                return QColor(theme.colors().on_banner)
            if row.archived or _is_empty(row, column):
                return QColor(theme.colors().muted)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(theme.colors().banner) if column == RATE and _warns(row) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and row.archived:
            return icon("archive", theme.colors().muted)
        return None

    def display_text(self, row: RosterRow, column: int) -> str:
        loc = QLocale()
        if column == NAME:
            return row.name
        if column == STATUS:
            return status_label(row.status)
        if column == AGE:
            return loc.toString(row.age) if row.age is not None else DASH
        if column == CHILDREN:
            if not row.children_ages:
                return DASH
            ages = ", ".join(loc.toString(age) for age in row.children_ages)
            return f"{loc.toString(len(row.children_ages))} ({ages})"
        if column == CHILDCARE:
            return loc.toString(row.childcare_needed) if row.childcare_needed else DASH
        if column == ENTRY:
            return _date_text(loc, row.entry_date)
        if column == LAST_ATTENDANCE:
            return _date_text(loc, row.last_attendance)
        if column == RATE:
            return percent_text(row.attendance_rate, loc)
        if column == AGREEMENTS:
            return loc.toString(row.open_agreements) if row.open_agreements else DASH
        return ""

    def _tooltip(self, row: RosterRow, column: int) -> str | None:
        if column == NAME:
            lines = [row.name]
            if row.customer_number:
                lines.append(self.tr("Kundennummer: {number}").format(number=row.customer_number))
            if row.phone:
                lines.append(self.tr("Telefon: {phone}").format(phone=row.phone))
            if row.archived:
                lines.append(self.tr("archiviert"))
            return "\n".join(lines)
        if column == CHILDREN:
            count = len(row.children_ages)
            if not count:
                return self.tr("keine Kinder eingetragen")
            ages = ", ".join(QLocale().toString(age) for age in row.children_ages)
            return self.tr("%n Kind(er), Alter: {ages}", "", count).format(ages=ages)
        if column == CHILDCARE:
            if not row.childcare_needed:
                return self.tr("Kein Kind braucht Betreuung während der Termine.")
            return self.tr(
                "%n Kind(er) brauchen Betreuung während der Termine.", "", row.childcare_needed
            )
        if column == STATUS and row.archived:
            return self.tr("{status}, archiviert").format(status=status_label(row.status))
        if column == LAST_ATTENDANCE and row.last_attendance is None:
            return self.tr("Noch bei keinem Termin anwesend")
        if column == RATE:
            if _warns(row):
                return self.tr(
                    "%n Mal in Folge unentschuldigt gefehlt. Bitte nachfragen.",
                    "",
                    row.unexcused_in_a_row,
                )
            if row.attendance_rate is None:
                return self.tr("Noch kein vergangener Termin erfasst")
        return None


_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        ID_ROLE,
    )
)


def _alignment(column: int) -> int:
    return _ALIGN_RIGHT if column in NUMERIC else _ALIGN_LEFT


def _warns(row: RosterRow) -> bool:
    return row.unexcused_in_a_row >= UNEXCUSED_WARNING


def _is_empty(row: RosterRow, column: int) -> bool:
    """Cells that show a dash."""
    if column == AGE:
        return row.age is None
    if column == CHILDREN:
        return not row.children_ages
    if column == CHILDCARE:
        return not row.childcare_needed
    if column == ENTRY:
        return row.entry_date is None
    if column == LAST_ATTENDANCE:
        return row.last_attendance is None
    if column == RATE:
        return row.attendance_rate is None
    if column == AGREEMENTS:
        return not row.open_agreements
    return False


def _date_text(loc: QLocale, value: Any) -> str:
    return loc.toString(_qdate(value), "dd.MM.yyyy") if value is not None else DASH
