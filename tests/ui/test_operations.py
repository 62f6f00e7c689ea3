"""run_op hands results back to the widget that asked, unless that widget is gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from gemeinsam_desktop.ui import operations
from gemeinsam_desktop.ui.operations import bus, run_op


def test_a_result_for_a_deleted_widget_is_dropped_but_the_change_announced(qtbot) -> None:
    release = threading.Event()
    got: list[object] = []
    announced: list[frozenset[str]] = []
    bus.changed.connect(announced.append)
    widget = QWidget()
    run_op(widget, lambda: release.wait(5) and 42, got.append, changes=frozenset({"probe"}))
    shiboken6.delete(widget)  # the page went away while the worker was busy
    release.set()
    assert operations.wait_idle()
    qtbot.waitUntil(lambda: frozenset({"probe"}) in announced)
    bus.changed.disconnect(announced.append)
    assert got == []


def test_a_result_for_a_living_widget_arrives(qtbot) -> None:
    got: list[object] = []
    widget = QWidget()
    qtbot.addWidget(widget)
    run_op(widget, lambda: 42, got.append)
    qtbot.waitUntil(lambda: got == [42])
