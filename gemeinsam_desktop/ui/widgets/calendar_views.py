"""What the three views of the Kalender page share: the data, colours, texts and the base of
the painted views. The views themselves live in ``month_view.py`` (a painted month grid),
``week_view.py`` (a week with a time axis) and ``agenda_view.py`` (a list grouped by day);
they are re-exported here.

All three show one ``CalendarData``: the sessions of the loaded range, the public holidays
in Hessen by day, and the warnings of each session (room or coach double-booked, holiday).
Double-bookings are found in the loaded list itself (``find_overlaps``, the rule of
``calendar.conflicts``: overlapping times in the same location and room, or with a shared
coach), so a month needs no query per session.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QRectF,
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
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from gemeinsam_desktop.services.calendar_types import SessionInfo
from gemeinsam_desktop.store.enums import SessionKind
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label

if TYPE_CHECKING:
    from gemeinsam_desktop.ui.widgets.agenda_view import AgendaView as AgendaView
    from gemeinsam_desktop.ui.widgets.month_view import MonthView as MonthView
    from gemeinsam_desktop.ui.widgets.week_view import WeekView as WeekView

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


# -- re-exports -----------------------------------------------------------------------------
# The views build on the helpers above, so they import this module; they are looked up on
# first use (PEP 562) instead of imported here, which would make the import order matter.
_VIEWS = {"MonthView": "month_view", "WeekView": "week_view", "AgendaView": "agenda_view"}


def __getattr__(name: str) -> object:
    module = _VIEWS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"gemeinsam_desktop.ui.widgets.{module}"), name)
    globals()[name] = value
    return value
