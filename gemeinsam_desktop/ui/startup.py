"""Start-up helpers: load the heavy modules while the coach types, and a quit hook for checks.

The unlock window needs only Qt. SQLAlchemy, the models and the services behind the main
window load on a plain Python thread once the first window is on screen
(``preload.preload_in_background``: pure-Python imports only, never a Qt module or object
off the GUI thread).

``$GEMEINSAM_QUIT_AFTER_MS`` (start-up benchmark, bundle test): when set, the first window
that reaches the screen is reported on stderr as
``gemeinsam-shown <class> <epoch seconds> <resident KiB>``; once the work it started is done
too (the worker idle: the first page's data on screen, the backup check made) follows
``gemeinsam-ready <class> <epoch seconds> <resident KiB>``. The app quits that many
milliseconds after the window showed, but not before it was ready (at most
``READY_TIMEOUT_MS``). The lines name the window's class only, nothing from the data.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from gemeinsam_desktop import preload

log = logging.getLogger(__name__)

QUIT_AFTER_ENV = "GEMEINSAM_QUIT_AFTER_MS"
READY_TIMEOUT_MS = 30_000
_READY_POLL_MS = 2
_WINDOW_POLL_MS = 5

# Qt modules the main window imports when it is built (GUI thread only)
MAIN_WINDOW_MODULES = (
    "gemeinsam_desktop.ui.main_window",
    "gemeinsam_desktop.ui.dialogs.backup_dialogs",
    "gemeinsam_desktop.ui.backup_scheduler",
)

_EXPOSE = QEvent.Type.Expose


def import_main_window() -> None:
    """On the GUI thread, while the worker derives the key (Argon2id frees the GIL): load
    the main window's modules and those of the page it shows first, so that opening it
    afterwards only builds it."""
    from gemeinsam_desktop.ui.page_registry import PAGE_SPECS, first_page_row

    for name in (*MAIN_WINDOW_MODULES, PAGE_SPECS[first_page_row()].module):
        importlib.import_module(name)
    preload.freeze_if_wanted()


class _FirstWindowWatcher(QObject):
    """Acts once, when the first window is exposed: preload, and report for the quit hook.

    It watches windows, not the application: an application-wide Python event filter is
    called for every event of every object, and PySide builds the Python class of each
    object it hands over (QStyle's alone ~5 ms) — measurable in the first window's time.
    The windows the app opens at start are handed to ``watch_window`` right after ``show()``
    (their expose event comes later, from the event loop); a timer looks every few
    milliseconds for any other window (a message box at start, the set-up wizard) and
    watches it, or takes it as shown if it already is.
    """

    def __init__(
        self, app: QApplication, quit_after_ms: int | None, after: Callable[[], None] | None
    ) -> None:
        super().__init__(app)
        self.quit_after_ms = quit_after_ms
        self.after = after
        self.name = ""
        self.ready = False
        self.delay_over = quit_after_ms is None
        self.done = False
        self.watched: list[QWindow] = []
        self.started = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(_WINDOW_POLL_MS)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def watch(self, window: QWindow) -> None:
        if not self.done and window not in self.watched:
            self.watched.append(window)
            window.installEventFilter(self)

    def _look(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            if window.isExposed():
                self._shown(window)
                return
            self.watch(window)
        if (time.monotonic() - self.started) * 1000 > READY_TIMEOUT_MS:
            # started minimised, say: no more waking up every few ms (battery); the
            # windows found so far still report their expose event
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == _EXPOSE and isinstance(watched, QWindow) and watched.isExposed():
            self._shown(watched)
        return False

    def _shown(self, window: QWindow) -> None:
        if self.done:
            return
        self.done = True
        self.timer.stop()
        for watched in self.watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self.watched.clear()
        _watcher["current"] = None
        self._first_window(window)

    def _first_window(self, window: QWindow) -> None:
        # The window comes first, then the work it started (the main window: opening the
        # database and loading its page's data on the worker), then the preload: a thread
        # importing beside the worker would only take turns with it for Python's GIL.
        _WhenWorkerIdle(self, self._ready)
        if self.quit_after_ms is None:
            return
        widget = next(
            (w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None
        )
        self.name = type(widget).__name__ if widget is not None else type(window).__name__
        _report("shown", self.name)
        QTimer.singleShot(self.quit_after_ms, self._delay_over)

    def _ready(self, idle: bool) -> None:
        if self.quit_after_ms is not None:
            _report("ready" if idle else "not-ready", self.name)
        preload.preload_in_background()
        if self.after is not None:
            self.after()
        self.ready = True
        self._quit_if_done()

    def _delay_over(self) -> None:
        self.delay_over = True
        self._quit_if_done()

    def _quit_if_done(self) -> None:
        if self.quit_after_ms is not None and self.ready and self.delay_over:
            QApplication.quit()


def _report(what: str, name: str) -> None:
    print(f"gemeinsam-{what} {name} {time.time():.6f} {_rss_kib()}", file=sys.stderr, flush=True)


class _WhenWorkerIdle(QObject):
    """Calls ``callback(True)`` once the worker (ui/operations.py) has been idle for two
    polls in a row, so that a result it handed back has been shown; ``callback(False)``
    after ``READY_TIMEOUT_MS`` if it never was (a long first backup, say)."""

    def __init__(self, parent: QObject, callback: Callable[[bool], None]) -> None:
        super().__init__(parent)
        self.callback = callback
        self.idle_polls = 0
        self.started = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(_READY_POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        from gemeinsam_desktop.ui.operations import pool

        self.idle_polls = self.idle_polls + 1 if pool().activeThreadCount() == 0 else 0
        waited_ms = (time.monotonic() - self.started) * 1000
        if self.idle_polls < 2 and waited_ms < READY_TIMEOUT_MS:
            return
        self.timer.stop()
        self.deleteLater()
        self.callback(self.idle_polls >= 2)


def _rss_kib() -> int:
    """Resident memory now (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def quit_after_ms() -> int | None:
    """``$GEMEINSAM_QUIT_AFTER_MS`` as a number, or None when unset or not a number."""
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    try:
        return max(0, int(value)) if value else None
    except ValueError:
        return None


_watcher: dict[str, _FirstWindowWatcher | None] = {"current": None}


def watch_first_window(app: QApplication, after: Callable[[], None] | None = None) -> None:
    """Once the first window is on screen: preload, call ``after``, and honour
    ``$GEMEINSAM_QUIT_AFTER_MS``."""
    preload.freeze_after_loading()
    _watcher["current"] = _FirstWindowWatcher(app, quit_after_ms(), after)


def watch_window(widget: QWidget) -> None:
    """A window the app just showed: the first-window watcher (if still waiting) sees its
    expose event itself, instead of finding the window a few milliseconds later."""
    watcher = _watcher["current"]
    handle = widget.windowHandle()
    if watcher is not None and handle is not None:
        watcher.watch(handle)
