"""Typing text into widgets the way a keyboard does, umlauts included.

``QTest.keyClicks`` aborts the whole process on PySide6 6.12 at the first non-ASCII
character (a Qt assert in qasciikey.cpp); sending each character as its own key event with
``Qt.Key_unknown`` delivers "Müller-Şahin ß" intact.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def press(widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)
