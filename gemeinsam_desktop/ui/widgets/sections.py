"""Compact parts of a tab: a titled table with its buttons in the title row.

Used where one tab holds several lists one above the other (the record's "Stellen"):
the buttons sit beside the title instead of below the table, and a hint replaces an
empty table.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.ui.icons import icon


def compact_table(headers: list[str], name: str, stretch: tuple[int, ...] = (0,)) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(64)
    return table


def section_button(icon_name: str, text: str, name: str, *, icon_only: bool = False) -> QPushButton:
    """A button; ``icon_only`` ones show the text as tooltip (and to screen readers)."""
    button = QPushButton(icon(icon_name), "" if icon_only else text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if icon_only:
        button.setToolTip(text)
        button.setAccessibleName(text)
    return button


def titled_section(
    title: str, table: QTableWidget, empty: QLabel, buttons: list[QWidget]
) -> tuple[QWidget, QVBoxLayout]:
    """A titled part: title and buttons in one row, the table (or the empty hint) below."""
    part = QWidget()
    box = QVBoxLayout(part)
    box.setContentsMargins(0, 4, 0, 4)
    box.setSpacing(4)
    row = QHBoxLayout()
    row.setSpacing(6)
    heading = QLabel(title)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    heading.setBuddy(table)
    row.addWidget(heading)
    row.addStretch(1)
    for widget in buttons:
        row.addWidget(widget)
    box.addLayout(row)
    box.addWidget(table, 1)
    empty.setProperty("hint", True)
    empty.setWordWrap(True)
    box.addWidget(empty)
    return part, box
