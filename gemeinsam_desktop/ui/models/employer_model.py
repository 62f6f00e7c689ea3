"""The employer list of the Netzwerk page: rows of ``network.list_employers``, filtered
(words, sector, only due follow-ups) and sorted inside the model — a project has tens to a
few hundred partner employers, so plain Python lists are instant."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from gemeinsam_desktop.services.network import EmployerRow
from gemeinsam_desktop.services.text import fold
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.widgets.calendar_views import alert_color
from gemeinsam_desktop.ui.widgets.date_field import format_date

Index = QModelIndex | QPersistentModelIndex

NAME, SECTOR, OFFERS, CONTACTS, LEADS, LAST_CONTACT, FOLLOW_UP = range(7)
COLUMN_COUNT = 7
NUMERIC = frozenset({CONTACTS, LEADS})
ID_ROLE = Qt.ItemDataRole.UserRole
OFFERS_ROLE = Qt.ItemDataRole.UserRole + 1  # (tour, internship places, Q&A) for the delegate
DASH = "–"

_SORT_KEYS: dict[int, Callable[[EmployerRow], Any]] = {
    NAME: lambda r: fold(r.name),
    SECTOR: lambda r: fold(r.sector) or None,
    OFFERS: lambda r: (r.offers_tour + (r.offers_internships > 0) + r.offers_qa) or None,
    CONTACTS: lambda r: r.contacts,
    LEADS: lambda r: r.open_leads,
    LAST_CONTACT: lambda r: r.last_contact,
    FOLLOW_UP: lambda r: r.next_follow_up,
}


class EmployerModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self._rows: list[EmployerRow] = []
        self._visible: list[EmployerRow] = []
        self._words = ""
        self._sector: str | None = None
        self._due_only = False
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Name"),
            self.tr("Branche"),
            self.tr("Angebote"),
            self.tr("Ansprech-\npersonen"),
            self.tr("Offene\nHinweise"),
            self.tr("Letzter\nKontakt"),
            self.tr("Wieder-\nvorlage"),
        )
        self._tips = (
            self.tr("Name des Betriebs"),
            self.tr("Branche"),
            self.tr("Betriebsbesichtigung, Praktikumsplätze, Fragerunde"),
            self.tr("Anzahl der Ansprechpersonen"),
            self.tr("Hinweise (Leads) für Teilnehmende, die noch laufen"),
            self.tr("Datum des letzten eingetragenen Kontakts"),
            self.tr("Wann wieder Kontakt aufgenommen werden soll; rot: fällig"),
        )

    # -- feeding ------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[EmployerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._words = text
        self._apply()
        self.endResetModel()

    def set_sector(self, sector: str | None) -> None:
        self.beginResetModel()
        self._sector = sector or None
        self._apply()
        self.endResetModel()

    def set_due_only(self, due_only: bool) -> None:
        self.beginResetModel()
        self._due_only = due_only
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        rows = self._rows
        if self._sector:
            rows = [r for r in rows if r.sector == self._sector]
        if self._due_only:
            rows = [r for r in rows if r.due(self.today)]
        if self._words.strip():
            rows = [r for r in rows if r.matches(self._words)]
        column, order = self._sort
        key = _SORT_KEYS[column]
        valued = sorted((r for r in rows if key(r) is not None), key=key)
        if order == Qt.SortOrder.DescendingOrder:
            valued.reverse()
        self._visible = valued + [r for r in rows if key(r) is None]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    # -- reading ------------------------------------------------------------------------
    def total_count(self) -> int:
        return len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def due_count(self) -> int:
        return sum(1 for r in self._rows if r.due(self.today))

    def row_data(self, index: Index) -> EmployerRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        return self._visible[index.row()]

    def row_of_id(self, employer_id: int) -> int | None:
        return next((n for n, r in enumerate(self._visible) if r.id == employer_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def offers_text(self, row: EmployerRow) -> str:
        parts = []
        if row.offers_tour:
            parts.append(self.tr("Betriebsbesichtigung"))
        if row.offers_internships:
            parts.append(self.tr("%n Praktikumsplätze", "", row.offers_internships))
        if row.offers_qa:
            parts.append(self.tr("Fragerunde"))
        return ", ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_data(index)
        if row is None:
            return None
        column = index.column()
        due = column == FOLLOW_UP and row.due(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == OFFERS:
                return self.offers_text(row) or self.tr("keine Angebote eingetragen")
            if due:
                return self.tr("Wiedervorlage fällig")
            if column in (NAME, SECTOR) and row.address:
                return row.address
            return None
        if role == ID_ROLE:
            return row.id
        if role == OFFERS_ROLE and column == OFFERS:
            return (row.offers_tour, row.offers_internships, row.offers_qa)
        if role == Qt.ItemDataRole.DecorationRole and due:
            return icon("clock", alert_color().name())
        if role == Qt.ItemDataRole.ForegroundRole and due:
            return alert_color()
        if role == Qt.ItemDataRole.FontRole and (due or column == NAME):
            font = QFont()
            font.setBold(due)
            font.setWeight(QFont.Weight.DemiBold if column == NAME and not due else font.weight())
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: EmployerRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == SECTOR:
            return row.sector or DASH
        if column == OFFERS:
            return self.offers_text(row)
        if column == CONTACTS:
            return str(row.contacts)
        if column == LEADS:
            return str(row.open_leads) if row.open_leads else DASH
        if column == LAST_CONTACT:
            return format_date(row.last_contact) or DASH
        return format_date(row.next_follow_up) or DASH

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = (
                Qt.AlignmentFlag.AlignRight if section in NUMERIC else Qt.AlignmentFlag.AlignLeft
            )
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None
