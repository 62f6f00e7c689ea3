"""The list view of the Kalender page: the sessions of the range grouped by day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from gemeinsam_desktop.services.calendar_types import SessionInfo
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.widgets.calendar_views import (
    DAY_ROLE,
    SESSION_ROLE,
    CalendarData,
    alert_color,
    chip_colors,
    day_text,
    hhmm,
    session_tooltip,
    warning_text,
)


class AgendaView(QTreeView):
    """The sessions of the range as a list grouped by day, with counts and warnings."""

    session_activated = Signal(int)
    context_requested = Signal(object, object, QPoint)  # day, session id or None, global pos

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setStyleSheet(
            "QTreeView::item { padding: 4px 6px; }"
            "QHeaderView::section { padding: 8px 6px 6px 6px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(window);"
            " font-weight: 600; }"
        )
        self.activated.connect(self._activated)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context)

    def headers(self) -> list[str]:
        return [
            self.tr("Zeit"),
            self.tr("Art"),
            self.tr("Thema"),
            self.tr("Ort"),
            self.tr("Teilnahme"),
            self.tr("Hinweise"),
        ]

    def set_data(self, data: CalendarData, start: dt.date, end: dt.date) -> None:
        c = theme.colors()
        self.model_.clear()
        self.model_.setHorizontalHeaderLabels(self.headers())
        today = dt.date.today()
        bold = QFont(self.font())
        bold.setBold(True)
        for day in sorted(d for d in data.by_day if start <= d <= end):
            title = day_text(day)
            if day in data.holidays:
                title += " · " + data.holidays[day]
            head = QStandardItem(title)
            head.setFont(bold)
            head.setData(day, DAY_ROLE)
            head.setSelectable(False)
            for s in data.by_day[day]:
                head.appendRow(self._row(s, data.warnings.get(s.id, []), today, c))
            self.model_.appendRow(head)
            self.setFirstColumnSpanned(self.model_.rowCount() - 1, self.rootIndex(), True)
        if not self.model_.rowCount():
            empty = QStandardItem(self.tr("In diesem Zeitraum sind keine Termine eingetragen."))
            empty.setSelectable(False)
            self.model_.appendRow(empty)
            self.setFirstColumnSpanned(0, self.rootIndex(), True)
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        for col in (0, 1, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(3, 260)

    def _row(
        self, s: SessionInfo, warnings: list[tuple[str, str]], today: dt.date, c: theme.Colors
    ) -> list[QStandardItem]:
        if s.starts_at.date() <= today:
            counts = self.tr("{present} von {expected} anwesend").format(
                present=s.present, expected=s.expected
            )
        else:
            counts = self.tr("{expected} erwartet").format(expected=s.expected)
        topic = s.topic if s.topic != session_kind_label(s.kind) else ""
        if s.cancelled:
            topic = (self.tr("fällt aus") + (f": {s.cancel_reason}" if s.cancel_reason else "")
                     + (f" ({topic})" if topic else ""))  # fmt: skip
        texts = [
            f"{hhmm(s.starts_at)}–{hhmm(s.ends_at)}",
            session_kind_label(s.kind),
            topic,
            s.place,
            counts,
            "; ".join(warning_text(k, d) for k, d in warnings),
        ]
        items = [QStandardItem(t) for t in texts]
        bg, bar = chip_colors(s.kind)
        items[1].setData(bar, Qt.ItemDataRole.DecorationRole)
        if warnings:
            items[5].setIcon(icon("triangle-alert", alert_color()))
        tooltip = session_tooltip(s, warnings)
        for item in items:
            item.setData(s.id, SESSION_ROLE)
            item.setToolTip(tooltip)
            if s.cancelled:
                font = QFont(self.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor(c.muted))
        return items

    def session_rows(self) -> list[tuple[dt.date, list[str]]]:
        """(day, texts of the row) of every session row, in order: for tests and checks."""
        out = []
        for r in range(self.model_.rowCount()):
            head = self.model_.item(r)
            day = head.data(DAY_ROLE)
            for k in range(head.rowCount()):
                texts = [head.child(k, col).text() for col in range(self.model_.columnCount())]
                out.append((day, texts))
        return out

    def current_session(self) -> int | None:
        value = self.currentIndex().data(SESSION_ROLE)
        return int(value) if value is not None else None

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        value = index.data(SESSION_ROLE)
        if value is not None:
            self.session_activated.emit(int(value))

    def _context(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        value = index.data(SESSION_ROLE)
        day = index.parent().data(DAY_ROLE) if value is not None else index.data(DAY_ROLE)
        if day is not None:
            self.context_requested.emit(day, value, self.viewport().mapToGlobal(pos))
