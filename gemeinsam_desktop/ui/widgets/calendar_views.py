"""The three views of the Kalender page: a painted month grid, a week with a time axis, and
an agenda list grouped by day.

All three show one ``CalendarData``: the sessions of the loaded range, the public holidays
in Hessen by day, and the warnings of each session (room or coach double-booked, holiday).
Double-bookings are found in the loaded list itself (``find_overlaps``, the rule of
``calendar.conflicts``: overlapping times in the same location and room, or with a shared
coach), so a month needs no query per session.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QToolTip, QTreeView, QWidget

from gemeinsam_desktop.services.calendar import SessionInfo
from gemeinsam_desktop.store.models import SessionKind
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
FIRST_HOUR, LAST_HOUR = 8, 18

# One hue per kind: the bar/border of a chip. Backgrounds are these hues mixed into the
# theme's base colour, so the theme's text colour keeps its contrast on them.
KIND_HUES: dict[SessionKind, str] = {
    SessionKind.WORKSHOP: "#1d7485",
    SessionKind.GRUPPENGESPRAECH: "#6a4c9c",
    SessionKind.EINZELCOACHING: "#2f6db5",
    SessionKind.BETRIEBSBESICHTIGUNG: "#a35f00",
    SessionKind.AUFTAKT: "#b03a62",
    SessionKind.INFOVERANSTALTUNG: "#2e7d4f",
    SessionKind.SONSTIGES: "#66747a",
}


def _mix(a: QColor, b: QColor, share_a: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * share_a + b.redF() * (1 - share_a),
        a.greenF() * share_a + b.greenF() * (1 - share_a),
        a.blueF() * share_a + b.blueF() * (1 - share_a),
    )


def chip_colors(kind: SessionKind, colors: theme.Colors | None = None) -> tuple[QColor, QColor]:
    """(background, bar) of a session chip in the current (or given) scheme."""
    c = colors or theme.colors()
    hue = QColor(KIND_HUES[kind])
    dark = c is theme.DARK
    bar = hue.lighter(150) if dark else hue
    return _mix(hue, QColor(c.base), 0.32 if dark else 0.14), bar


def alert_color() -> QColor:
    """Warnings and holiday names: the theme's red, lightened on a dark background."""
    return QColor("#ff8a7a") if theme.is_dark() else QColor(theme.colors().danger)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def hhmm(moment: dt.datetime | dt.time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def day_text(day: dt.date) -> str:
    """German: "Di., 24.11.2026" (follows the UI locale)."""
    return QLocale().toString(qdate(day), "ddd, dd.MM.yyyy")


def grid_start(year: int, month: int) -> dt.date:
    """The Monday on or before the first of the month: the first cell of the month grid."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=first.weekday())


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# -- the data the views share ---------------------------------------------------------------
@dataclass
class CalendarData:
    sessions: list[SessionInfo] = field(default_factory=list)
    holidays: dict[dt.date, str] = field(default_factory=dict)
    # session id → [("room" | "coach" | "holiday", detail)]
    warnings: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    by_day: dict[dt.date, list[SessionInfo]] = field(default_factory=dict)

    def session(self, session_id: int) -> SessionInfo | None:
        return next((s for s in self.sessions if s.id == session_id), None)


def find_overlaps(sessions: list[SessionInfo]) -> dict[int, list[tuple[str, str]]]:
    """Room and coach double-bookings among ``sessions`` (cancelled ones never collide)."""
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    active: list[SessionInfo] = []
    for s in sorted((s for s in sessions if not s.cancelled), key=lambda s: s.starts_at):
        active = [a for a in active if a.ends_at > s.starts_at]
        for other in active:
            if (
                s.location_id is not None
                and s.room.strip()
                and s.location_id == other.location_id
                and s.room.strip().casefold() == other.room.strip().casefold()
            ):
                detail = s.place
                for sid in (s.id, other.id):
                    if ("room", detail) not in found[sid]:
                        found[sid].append(("room", detail))
            for name in set(s.coach_names) & set(other.coach_names):
                for sid in (s.id, other.id):
                    if ("coach", name) not in found[sid]:
                        found[sid].append(("coach", name))
        active.append(s)
    return dict(found)


def build_data(sessions: list[SessionInfo], holidays: dict[dt.date, str]) -> CalendarData:
    """Group by day and collect the warnings; plain Python, fine on the worker thread."""
    warnings = find_overlaps(sessions)
    by_day: dict[dt.date, list[SessionInfo]] = defaultdict(list)
    for s in sessions:
        day = s.starts_at.date()
        by_day[day].append(s)
        name = s.holiday or holidays.get(day)
        if name:
            warnings.setdefault(s.id, []).append(("holiday", name))
    return CalendarData(sorted(sessions, key=lambda s: s.starts_at), holidays, warnings, by_day)


def warning_text(kind: str, detail: str) -> str:
    if kind == "room":
        return QCoreApplication.translate("calendar_views", "Raum doppelt belegt: {room}").format(
            room=detail
        )
    if kind == "coach":
        return QCoreApplication.translate("calendar_views", "Coach doppelt gebucht: {name}").format(
            name=detail
        )
    return QCoreApplication.translate("calendar_views", "Feiertag: {name}").format(name=detail)


def session_tooltip(s: SessionInfo, warnings: list[tuple[str, str]]) -> str:
    lines = [
        f"{day_text(s.starts_at.date())}, {hhmm(s.starts_at)}–{hhmm(s.ends_at)}",
        " · ".join(p for p in (session_kind_label(s.kind), s.topic) if p),
    ]
    if s.place:
        lines.append(s.place)
    if s.coach_names:
        lines.append(", ".join(s.coach_names))
    if s.cancelled:
        lines.append(
            QCoreApplication.translate("calendar_views", "Fällt aus")
            + (f": {s.cancel_reason}" if s.cancel_reason else "")
        )
    lines.extend("⚠ " + warning_text(k, d) for k, d in warnings)
    return "\n".join(lines)


def chip_text(s: SessionInfo) -> str:
    """ "09:00 Workshop" """
    return f"{hhmm(s.starts_at)} {session_kind_label(s.kind)}"


class _PaintedCalendar(QWidget):
    """What the month and the week share: data, selection, signals, tooltips, key moves."""

    session_activated = Signal(int)
    day_activated = Signal(object)  # dt.date: Enter or a double-click beside the chips
    selection_changed = Signal(object)  # dt.date
    context_requested = Signal(object, object, QPoint)  # day, session id or None, global pos

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.data = CalendarData()
        self.selected = dt.date.today()
        self.selected_session: int | None = None
        self.today = dt.date.today()
        self._hits: list[tuple[QRectF, int]] = []  # session rectangles of the last layout

    def set_data(self, data: CalendarData) -> None:
        self.data = data
        if self.selected_session is not None and data.session(self.selected_session) is None:
            self.selected_session = None
        self.update()

    def select(self, day: dt.date, session_id: int | None = None) -> None:
        self.selected, self.selected_session = day, session_id
        self.update()
        self.selection_changed.emit(day)

    def sessions_on(self, day: dt.date) -> list[SessionInfo]:
        return self.data.by_day.get(day, [])

    # -- to be given by the subclass ---------------------------------------------------------
    def day_at(self, pos: QPoint) -> dt.date | None:
        raise NotImplementedError

    def day_rect(self, day: dt.date) -> QRectF | None:
        raise NotImplementedError

    # -- input -------------------------------------------------------------------------------
    def session_at(self, pos: QPoint) -> int | None:
        return next((sid for rect, sid in self._hits if rect.contains(pos.toPointF())), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.select(day, self.session_at(event.position().toPoint()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        sid, day = self.session_at(pos), self.day_at(pos)
        if sid is not None:
            self.session_activated.emit(sid)
        elif day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self.vertical_step,
            Qt.Key.Key_Down: self.vertical_step,
        }.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.select(self.selected + dt.timedelta(days=step))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_session is not None:
                self.session_activated.emit(self.selected_session)
            else:
                self.day_activated.emit(self.selected)
        else:
            super().keyPressEvent(event)

    vertical_step = 7

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            rect = self.day_rect(self.selected)
            pos = rect.center().toPoint() if rect is not None else QPoint(0, 0)
            self.context_requested.emit(self.selected, self.selected_session, self.mapToGlobal(pos))
            return
        pos = event.pos()
        day, sid = self.day_at(pos), self.session_at(pos)
        if day is not None:
            self.select(day, sid)
            self.context_requested.emit(day, sid, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            sid = self.session_at(event.pos())
            info = self.data.session(sid) if sid is not None else None
            if info is None:
                QToolTip.hideText()
                day = self.day_at(event.pos())
                if day is not None and day in self.data.holidays:
                    QToolTip.showText(event.globalPos(), self.data.holidays[day], self)
            else:
                text = session_tooltip(info, self.data.warnings.get(info.id, []))
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    # -- painting helpers --------------------------------------------------------------------
    def paint_chip(
        self, p: QPainter, rect: QRectF, s: SessionInfo, text: str, selected: bool
    ) -> None:
        c = theme.colors()
        bg, bar = chip_colors(s.kind)
        if s.cancelled:
            bg = _mix(bg, QColor(c.base), 0.4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(bg)
        p.drawRoundedRect(rect, 4, 4)
        p.setBrush(bar)
        p.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        if selected:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(c.accent), 2))
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        warned = bool(self.data.warnings.get(s.id))
        text_rect = rect.adjusted(8, 0, -(rect.height() + 2 if warned else 4), 0)
        if warned:
            size = int(min(rect.height() - 4, 16))
            icon("triangle-alert", alert_color()).paint(
                p, int(rect.right() - size - 3), int(rect.top() + 2), size, size
            )
        font = QFont(self.font())
        font.setStrikeOut(s.cancelled)
        p.setFont(font)
        p.setPen(QColor(c.muted if s.cancelled else c.text))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        if text_rect.height() < QFontMetrics(font).height() * 2:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            text = QFontMetrics(font).elidedText(
                text, Qt.TextElideMode.ElideRight, int(text_rect.width())
            )
        else:
            text_rect = text_rect.adjusted(0, 2, 0, -2)
        p.drawText(text_rect, flags, text)
        p.setFont(self.font())


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
