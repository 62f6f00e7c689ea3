"""The week view of the Kalender page: seven painted day columns on a time axis."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from gemeinsam_desktop.services.calendar_types import SessionInfo
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.widgets.calendar_views import (
    FIRST_HOUR,
    LAST_HOUR,
    _PaintedCalendar,
    alert_color,
    hhmm,
    qdate,
)


class WeekView(_PaintedCalendar):
    """Seven day columns on a time axis from 8 to 18 h; each session a block."""

    vertical_step = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.setAccessibleName(self.tr("Wochenansicht"))
        self.setMinimumSize(560, 420)
        self.monday = self.today - dt.timedelta(days=self.today.weekday())

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def set_week(self, monday: dt.date, selected: dt.date | None = None) -> None:
        self.monday = monday
        self.selected = selected or monday
        self.selected_session = None
        self.update()

    def days(self) -> list[dt.date]:
        return [self.monday + dt.timedelta(days=i) for i in range(7)]

    def _axis(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 16

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 16

    def _hour_height(self) -> float:
        return (self.height() - self._header_height() - 1) / (LAST_HOUR - FIRST_HOUR)

    def _column(self, index: int) -> QRectF:
        w = (self.width() - self._axis() - 1) / 7
        return QRectF(self._axis() + index * w, 0, w, self.height() - 1)

    def day_at(self, pos: QPoint) -> dt.date | None:
        if pos.x() < self._axis():
            return None
        w = (self.width() - self._axis() - 1) / 7
        return self.days()[min(6, max(0, int((pos.x() - self._axis()) / w)))]

    def day_rect(self, day: dt.date) -> QRectF | None:
        index = (day - self.monday).days
        return self._column(index) if 0 <= index < 7 else None

    def _y(self, moment: dt.datetime) -> float:
        hours = moment.hour + moment.minute / 60
        hours = min(max(hours, FIRST_HOUR), LAST_HOUR)
        return self._header_height() + (hours - FIRST_HOUR) * self._hour_height()

    @staticmethod
    def lanes(sessions: list[SessionInfo]) -> list[tuple[SessionInfo, int, int]]:
        """(session, lane, lanes in its group): overlapping sessions sit side by side."""
        out: list[tuple[SessionInfo, int, int]] = []
        group: list[tuple[SessionInfo, int]] = []
        group_end: dt.datetime | None = None
        ends: list[dt.datetime] = []

        def flush() -> None:
            count = max((lane for _s, lane in group), default=-1) + 1
            out.extend((s, lane, count) for s, lane in group)

        for s in sorted(sessions, key=lambda s: s.starts_at):
            if group_end is not None and s.starts_at >= group_end:
                flush()
                group, ends, group_end = [], [], None
            lane = next((i for i, end in enumerate(ends) if end <= s.starts_at), len(ends))
            if lane == len(ends):
                ends.append(s.ends_at)
            else:
                ends[lane] = s.ends_at
            group.append((s, lane))
            group_end = max(group_end or s.ends_at, s.ends_at)
        flush()
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colors()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(c.base))
        fm = self.fontMetrics()
        header, axis, hour_h = self._header_height(), self._axis(), self._hour_height()
        loc = QLocale()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        self._hits = []
        for index, day in enumerate(self.days()):
            col = self._column(index)
            holiday = self.data.holidays.get(day)
            if day.weekday() >= 5 or holiday:
                p.fillRect(col.adjusted(0, header, 0, 0), QColor(c.alternate))
            head = QRectF(col.left(), 4, col.width(), fm.height() + 4)
            if day == self.today:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(c.accent))
                p.drawRoundedRect(head.adjusted(6, 0, -6, 0), 6, 6)
                p.setPen(QColor(c.on_accent))
            else:
                p.setPen(QColor(c.text))
            p.setFont(bold)
            p.drawText(head, Qt.AlignmentFlag.AlignCenter, loc.toString(qdate(day), "ddd, dd.MM."))
            p.setFont(small)
            if holiday:
                p.setPen(alert_color())
                below = QRectF(col.left() + 4, head.bottom() + 2, col.width() - 8, fm.height())
                p.drawText(
                    below,
                    Qt.AlignmentFlag.AlignCenter,
                    QFontMetrics(small).elidedText(
                        holiday, Qt.TextElideMode.ElideRight, int(below.width())
                    ),  # fmt: skip
                )
            p.setFont(self.font())
        p.setPen(QPen(QColor(c.border), 1))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = header + (hour - FIRST_HOUR) * hour_h
            p.drawLine(QPoint(axis - 4, int(y)), QPoint(self.width(), int(y)))
        for index in range(8):
            x = int(axis + index * (self.width() - axis - 1) / 7)
            p.drawLine(QPoint(x, header), QPoint(x, self.height()))
        p.setPen(QColor(c.muted))
        for hour in range(FIRST_HOUR, LAST_HOUR):
            y = header + (hour - FIRST_HOUR) * hour_h
            p.drawText(QRectF(0, y + 2, axis - 8, fm.height()), Qt.AlignmentFlag.AlignRight,
                       f"{hour:02d}:00")  # fmt: skip
        for index, day in enumerate(self.days()):
            col = self._column(index)
            for s, lane, count in self.lanes(self.sessions_on(day)):
                width = (col.width() - 6) / count
                top = self._y(s.starts_at)
                bottom = max(self._y(s.ends_at), top + fm.height() + 6)
                block = QRectF(col.left() + 3 + lane * width, top + 1, width - 2, bottom - top - 2)
                text = "\n".join(
                    t
                    for t in (
                        f"{hhmm(s.starts_at)}–{hhmm(s.ends_at)}",
                        session_kind_label(s.kind),
                        s.topic if s.topic != session_kind_label(s.kind) else "",
                        s.place,
                    )
                    if t
                )
                self.paint_chip(p, block, s, text, s.id == self.selected_session)
                self._hits.append((block, s.id))
        rect = self.day_rect(self.selected)
        if rect is not None:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(c.accent), 3 if self.hasFocus() else 2))
            p.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        p.end()
