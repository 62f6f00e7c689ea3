"""Python's garbage collector runs on the GUI thread only.

The cyclic collector runs in whichever thread happens to allocate when a threshold is
reached. If that is the database worker (ui/operations.py) and the garbage holds Qt
widgets, their C++ destructors run off the GUI thread and Qt crashes (seen in the test
suite as a segmentation fault "Garbage-collecting" in the worker). So automatic collection
is switched off and a timer on the GUI thread collects whenever the thresholds say so — the
same remedy Anki and the Qt for Python documentation use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> None:
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = gc.get_threshold()
        if count0 <= limit0:
            return
        generation = 0
        if count1 > limit1:
            generation = 1
            if count2 > limit2:
                generation = 2
        gc.collect(generation)


_collector: MainThreadCollector | None = None


def install(app: QObject) -> None:
    """Once per application (idempotent)."""
    global _collector
    if _collector is None:
        _collector = MainThreadCollector(app)
