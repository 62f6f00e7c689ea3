"""The month view of the Kalender page: 6 × 7 painted day cells, Monday first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.widgets.calendar_views import (
    _PaintedCalendar,
    alert_color,
    chip_text,
    grid_start,
)


class MonthView(_PaintedCalendar):
    """6 × 7 day cells, Monday first; chips "09:00 Workshop" coloured by kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.setAccessibleName(self.tr("Monatsansicht"))
        self.setMinimumSize(560, 420)
        self.year, self.month = self.today.year, self.today.month
        self.overflow: dict[dt.date, int] = {}  # day → sessions not shown as chips

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def set_month(self, year: int, month: int, selected: dt.date | None = None) -> None:
        self.year, self.month = year, month
        self.selected = selected or dt.date(year, month, 1)
        self.selected_session = None
        self.update()

    def days(self) -> list[dt.date]:
        start = grid_start(self.year, self.month)
        return [start + dt.timedelta(days=i) for i in range(42)]

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 14

    def _cell(self, index: int) -> QRectF:
        top = self._header_height()
        w = (self.width() - 1) / 7
        h = (self.height() - top - 1) / 6
        return QRectF(index % 7 * w, top + index // 7 * h, w, h)

    def day_at(self, pos: QPoint) -> dt.date | None:
        top = self._header_height()
        if pos.y() < top or pos.x() < 0 or pos.x() >= self.width():
            return None
        col = min(6, int(pos.x() / ((self.width() - 1) / 7)))
        row = min(5, int((pos.y() - top) / ((self.height() - top - 1) / 6)))
        return self.days()[row * 7 + col]

    def day_rect(self, day: dt.date) -> QRectF | None:
        index = (day - grid_start(self.year, self.month)).days
        return self._cell(index) if 0 <= index < 42 else None

    def weekday_names(self) -> list[str]:
        loc = QLocale()
        return [loc.dayName(d, QLocale.FormatType.ShortFormat).rstrip(".") for d in range(1, 8)]

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colors()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(c.base))
        fm = self.fontMetrics()
        header = self._header_height()
        w = (self.width() - 1) / 7
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor(c.muted))
        for col, name in enumerate(self.weekday_names()):
            p.drawText(QRectF(col * w, 0, w, header), Qt.AlignmentFlag.AlignCenter, name)
        p.setFont(self.font())
        self._hits = []
        self.overflow = {}
        line = fm.height()
        chip_h = line + 6
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        for index, day in enumerate(self.days()):
            rect = self._cell(index)
            inside = day.month == self.month
            holiday = self.data.holidays.get(day)
            bg = QColor(c.base if inside else c.window)
            if inside and (day.weekday() >= 5 or holiday):
                bg = QColor(c.alternate)
            p.fillRect(rect, bg)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(c.border), 1))
            p.drawRect(rect)
            # the day number; today in an accent circle
            number = QRectF(rect.left() + 6, rect.top() + 4, line + 8, line + 4)
            if day == self.today:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(c.accent))
                p.drawRoundedRect(number, number.height() / 2, number.height() / 2)
                p.setPen(QColor(c.on_accent))
                p.setFont(bold)
            else:
                p.setPen(QColor(c.text if inside else c.disabled))
            p.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
            p.setFont(self.font())
            if holiday:
                p.setFont(small)
                p.setPen(alert_color() if inside else QColor(c.disabled))
                area = QRectF(number.right() + 4, number.top(), rect.right() - number.right() - 10,
                              number.height())  # fmt: skip
                p.drawText(
                    area,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    QFontMetrics(small).elidedText(
                        holiday, Qt.TextElideMode.ElideRight, int(area.width())
                    ),  # fmt: skip
                )
                p.setFont(self.font())
            sessions = self.sessions_on(day)
            room = int((rect.bottom() - number.bottom() - 6) // (chip_h + 2))
            shown = sessions if len(sessions) <= room else sessions[: max(0, room - 1)]
            y = number.bottom() + 4
            for s in shown:
                chip = QRectF(rect.left() + 4, y, rect.width() - 8, chip_h)
                if not inside:
                    p.setOpacity(0.55)
                self.paint_chip(p, chip, s, chip_text(s), s.id == self.selected_session)
                p.setOpacity(1.0)
                self._hits.append((chip, s.id))
                y += chip_h + 2
            if len(shown) < len(sessions):
                more = len(sessions) - len(shown)
                self.overflow[day] = more
                p.setPen(QColor(c.link))
                p.drawText(
                    QRectF(rect.left() + 8, y, rect.width() - 12, chip_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.tr("+%n weitere", "", more),
                )
            if day == self.selected:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor(c.accent), 3 if self.hasFocus() else 2))
                p.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        p.end()
