"""Start-up helpers: load the heavy modules while the coach types, and a quit hook for checks.

The unlock window needs only Qt. SQLAlchemy, the models and the services behind the main
window load on a plain Python thread once the first window is on screen
(``preload.preload_in_background``: pure-Python imports only, never a Qt module or object
off the GUI thread).

``$GEMEINSAM_QUIT_AFTER_MS`` (start-up benchmark, bundle test): when set, the first window
that reaches the screen is reported on stderr as
``gemeinsam-shown <class> <epoch seconds> <resident KiB>`` and the app quits that many
milliseconds later. It names the window's class only, nothing from the data.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

from gemeinsam_desktop import preload

log = logging.getLogger(__name__)

QUIT_AFTER_ENV = "GEMEINSAM_QUIT_AFTER_MS"

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
    """Acts once, when the first window is exposed: preload, and report for the quit hook."""

    def __init__(
        self, app: QApplication, quit_after_ms: int | None, after: Callable[[], None] | None
    ) -> None:
        super().__init__(app)
        self.quit_after_ms = quit_after_ms
        self.after = after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == _EXPOSE  # first: this sees every event until the window shows
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._first_window(watched)
        return False

    def _first_window(self, window: QWindow) -> None:
        # after this paint: the window comes first, the imports second
        QTimer.singleShot(0, preload.preload_in_background)
        if self.after is not None:
            QTimer.singleShot(0, self.after)
        if self.quit_after_ms is None:
            return
        widget = next(
            (w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None
        )
        name = type(widget).__name__ if widget is not None else type(window).__name__
        print(f"gemeinsam-shown {name} {time.time():.6f} {_rss_kib()}", file=sys.stderr, flush=True)
        QTimer.singleShot(self.quit_after_ms, QApplication.quit)


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


def watch_first_window(app: QApplication, after: Callable[[], None] | None = None) -> None:
    """Once the first window is on screen: preload, call ``after``, and honour
    ``$GEMEINSAM_QUIT_AFTER_MS``."""
    preload.freeze_after_loading()
    app.installEventFilter(_FirstWindowWatcher(app, quit_after_ms(), after))
