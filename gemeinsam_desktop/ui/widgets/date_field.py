"""Dates as typed in the forms: ``TT.MM.JJJJ`` for a day, ``MM/JJJJ`` for a month.

``parse_date``/``format_date`` and ``parse_month``/``format_month`` convert between text
and values; ``DateField`` is a date that may be empty, typed or picked from a calendar.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.icons import icon

DATE_FORMAT = "dd.MM.yyyy"

_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{2})(\d{2})(\d{4})")
_MONTH = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{4})")


def parse_date(text: str) -> dt.date | None:
    """``07.03.1985``, ``7.3.1985`` or ``07031985``; empty → None; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    m = _DATE.fullmatch(text)
    if m is None:
        raise ValueError(text)
    day, month, year = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    return dt.date(year, month, day)  # ValueError for 31.02.


def format_date(value: dt.date | None) -> str:
    return QDate(value.year, value.month, value.day).toString(DATE_FORMAT) if value else ""


def parse_month(text: str) -> tuple[int, int]:
    """``03/2019`` (or ``3.2019``) → (2019, 3); ValueError when it is no month."""
    m = _MONTH.fullmatch(text.strip())
    if m is None or not 1 <= int(m.group(1)) <= 12:
        raise ValueError(text)
    return int(m.group(2)), int(m.group(1))


def format_month(year: int, month: int) -> str:
    return f"{month:02d}/{year}"


class DateField(QWidget):
    """A date that may be empty: typed as TT.MM.JJJJ or picked from a calendar."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edit.setMaxLength(10)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.]{0,10}")))
        self.edit.setClearButtonEnabled(True)
        width = self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 56
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 24)
        self.edit.editingFinished.connect(self._finished)
        self.calendar = QCalendarWidget()
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.button = QToolButton()
        self.button.setIcon(icon("calendar-days"))
        self.button.setToolTip(self.tr("Im Kalender wählen"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAutoRaise(True)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        layout.addStretch(0)
        self.setFocusProxy(self.edit)

    def date(self) -> dt.date | None:
        """The date, or None when empty (or not a date: see ``is_valid``)."""
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_date(self.edit.text())
        except ValueError:
            return False
        return True

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))
        self._mark(True)

    def _finished(self) -> None:
        valid = self.is_valid()
        if valid:
            self.edit.setText(format_date(self.date()))
        self._mark(valid)
        self.editingFinished.emit()

    def _mark(self, valid: bool) -> None:
        self.edit.setStyleSheet("" if valid else f"border-color: {theme.colors().danger};")

    def _prepare_calendar(self) -> None:
        day = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.menu.hide()
        self.editingFinished.emit()
