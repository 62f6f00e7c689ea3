"""Light charts drawn with QPainter (QtCharts may not be installed): a ring and a bar list.

Both are keyboard-focusable and clickable, and say what they show in words (accessible
name and description, tooltip), so a screen reader user gets the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from gemeinsam_desktop.ui import theme


def _color(name: str) -> QColor:
    return QColor(getattr(theme.colors(), name))


def percent_text(value: float | None) -> str:
    """``0.9`` → ``"90 %"`` (German spacing); None → an en dash."""
    if value is None:
        return "–"
    return f"{round(value * 100)} %"


class _Clickable(QWidget):
    """Focus, hover cursor, and Enter/Space/click → ``activated``."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.click_at(event.position())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def click_at(self, _pos: QPointF) -> None:
        self.activated.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _focus_frame(self, painter: QPainter) -> None:
        if self.hasFocus():
            pen = QPen(_color("accent"), 1.5, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)


class DonutChart(_Clickable):
    """A ring filled to ``value`` (0…1), with a tick at ``target``; the percentage inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: float | None = None
        self.target: float | None = None
        self.setMinimumSize(QSize(112, 112))

    def set_value(self, value: float | None, target: float | None, description: str) -> None:
        self.value = None if value is None else max(0.0, min(1.0, value))
        self.target = target
        self.setToolTip(description)
        self.setAccessibleName(description)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(120, 120)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 12
        ring = max(8.0, side * 0.13)
        box = QRectF(
            (self.width() - side) / 2 + ring / 2,
            (self.height() - side) / 2 + ring / 2,
            side - ring,
            side - ring,
        )
        track = QColor(_color("border"))
        pen = QPen(track, ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(box)
        if self.value:
            reached = self.target is None or self.value >= self.target
            pen.setColor(_color("accent") if reached else QColor("#d08a1e"))
            painter.setPen(pen)
            painter.drawArc(box, 90 * 16, -round(self.value * 360 * 16))
        if self.target is not None:
            painter.save()
            painter.translate(box.center())
            painter.rotate(self.target * 360)
            painter.setPen(QPen(_color("text"), 2.5))
            radius = box.width() / 2
            painter.drawLine(QPointF(0, -radius - ring * 0.75), QPointF(0, -radius + ring * 0.75))
            painter.restore()
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(max(9.0, font.pointSizeF() * side / 80))
        painter.setFont(font)
        painter.setPen(_color("text"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, percent_text(self.value))
        self._focus_frame(painter)
        painter.end()


@dataclass(frozen=True)
class Bar:
    key: str  # what a click reports
    label: str
    value: int


class BarChart(_Clickable):
    """Horizontal bars with their labels and values; a click on a bar reports its key."""

    barActivated = Signal(str)

    ROW = 24  # pixels per bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self._hover = -1
        self.activated.connect(lambda: self.barActivated.emit(""))

    def set_bars(self, bars: list[Bar], description: str) -> None:
        self.bars = list(bars)
        loc = QLocale()
        words = "; ".join(f"{b.label}: {loc.toString(b.value)}" for b in self.bars)
        self.setAccessibleName(description)
        self.setAccessibleDescription(words)
        self.setToolTip(description)
        self.setMinimumHeight(max(1, len(self.bars)) * self.ROW + 8)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, max(1, len(self.bars)) * self.ROW + 8)

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 12, int(self.width() * 0.62))

    def bar_at(self, pos: QPointF) -> int:
        index = int((pos.y() - 4) // self.ROW)
        return index if 0 <= index < len(self.bars) and pos.y() >= 4 else -1

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is drawn (for tests and tooltips)."""
        metrics = QFontMetrics(self.font())
        left = self._label_width()
        number = metrics.horizontalAdvance("0000") + 8
        room = max(10, self.width() - left - number - 4)
        top = max((b.value for b in self.bars), default=0) or 1
        width = room * self.bars[index].value / top
        return QRectF(left, 4 + index * self.ROW + 4, max(width, 2), self.ROW - 8)

    def click_at(self, pos: QPointF) -> None:
        index = self.bar_at(pos)
        self.barActivated.emit(self.bars[index].key if index >= 0 else "")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index != self._hover:
            self._hover = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(QPointF(event.pos()))
            if index >= 0:
                bar = self.bars[index]
                tip = f"{bar.label}: {QLocale().toString(bar.value)}"
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        left = self._label_width()
        text, muted = _color("text"), _color("muted")
        for index, bar in enumerate(self.bars):
            row = QRectF(0, 4 + index * self.ROW, self.width(), self.ROW)
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, left - 8)
            painter.drawText(
                row.adjusted(0, 0, -(self.width() - left + 8), 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            rect = self.bar_rect(index)
            fill = _color("accent_hover" if index == self._hover else "accent")
            if not bar.value:
                fill = _color("border")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(muted if not bar.value else text)
            painter.drawText(
                QRectF(rect.right() + 6, row.top(), 60, row.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                QLocale().toString(bar.value),
            )
        self._focus_frame(painter)
        painter.end()
