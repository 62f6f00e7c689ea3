"""A lead drawn as a small card on the board: who, which job, where, and for how long.

``CardDelegate`` paints the item of a board column (its ``CARD_ROLE`` holds the
``leads.BoardCard``): the person in bold, the position on up to two lines, the employer,
and the days at the stage behind a clock (red after ``LONG_IN_STAGE`` days at an open
stage); a dropped lead shows its reason instead.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gemeinsam_desktop.services import leads
from gemeinsam_desktop.services.leads import BoardCard
from gemeinsam_desktop.store.enums import LeadStage
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.lead_labels import days_text

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
LONG_IN_STAGE = 28  # days at an open stage before the card's age turns red


class CardDelegate(QStyledItemDelegate):
    """Draws a lead as a small card: name (bold), position, employer, days in the stage."""

    PAD = 7

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.height()
        return QSize(110, 5 * line + 2 * self.PAD + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card: BoardCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        c = theme.colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect).adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor(c.accent if selected else c.border), 2 if selected else 1))
        painter.setBrush(QColor(c.card))
        painter.drawRoundedRect(rect, 7, 7)
        inner = rect.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD)
        metrics = option.fontMetrics
        width = inner.width()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        name = painter.fontMetrics().elidedText(
            card.participant_name, Qt.TextElideMode.ElideRight, width
        )
        painter.setFont(option.font)
        # The position may take two lines; the rest one line each.
        rows = [(name, c.text, bold)]
        rows += [
            (text, c.text, option.font) for text in two_lines(card.position or "—", metrics, width)
        ]
        rows += [
            (
                metrics.elidedText(card.employer_name or "—", Qt.TextElideMode.ElideRight, width),
                c.muted,
                option.font,
            ),
            (
                metrics.elidedText(self._age(card), Qt.TextElideMode.ElideRight, width),
                self._age_color(card),
                option.font,
            ),
        ]
        line = metrics.height()
        top = inner.top()
        last = len(rows) - 1
        for n, (text, color, font) in enumerate(rows):
            painter.setFont(font)
            painter.setPen(QColor(color))
            box = QRect(inner.left(), top + n * line + (2 if n else 0), width, line)
            if n == last and not card.dropped_reason:  # the age, behind a clock
                size = min(line - 2, 14)
                clock = icon("clock", color).pixmap(size, size)
                painter.drawPixmap(box.left(), box.top() + (line - size) // 2, clock)
                box.setLeft(box.left() + size + 4)
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    @staticmethod
    def _age(card: BoardCard) -> str:
        if card.stage is LeadStage.VERWORFEN and card.dropped_reason:
            return card.dropped_reason
        return days_text(card.days_in_stage)

    @staticmethod
    def _age_color(card: BoardCard) -> str:
        c = theme.colors()
        open_stage = card.stage not in leads.CLOSED
        return c.danger if open_stage and card.days_in_stage >= LONG_IN_STAGE else c.muted


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` broken at a space into at most two lines of ``width``, the second elided."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    first = ""
    for n, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if first and metrics.horizontalAdvance(candidate) > width:
            rest = " ".join(words[n:])
            return [
                metrics.elidedText(first, Qt.TextElideMode.ElideRight, width),
                metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width),
            ]
        first = candidate
    return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
