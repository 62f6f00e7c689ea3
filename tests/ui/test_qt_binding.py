"""The Qt binding must not lose references to None (PySide6 6.12.0 on Python 3.11 did).

Each lost reference brings "Fatal Python error: none_dealloc" closer; an app that calls
Qt setters in paint and refresh code would abort after a long session.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setToolTip("Hinweis")
        QApplication.processEvents()
    lost = before - sys.getrefcount(None)
    # Python 3.12+ reports a constant (immortal None): lost == 0 there too.
    assert lost < 100, f"{lost} references to None lost in 4,000 Qt calls"
