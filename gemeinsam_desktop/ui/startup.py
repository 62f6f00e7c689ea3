"""Start-up helpers: load the heavy modules while the coach types, and a quit hook for checks.

The unlock window needs only Qt. SQLAlchemy, the models and the services behind the main
window take ~0.4 s to import, so they load on a plain Python thread once the first
window is on screen (``preload_in_background``) — pure-Python imports only, never a Qt module
or object off the GUI thread. When the coach presses "Entsperren" they are usually there;
if not, the unlock waits for Python's import lock, as it would have waited for the import.

``$GEMEINSAM_QUIT_AFTER_MS`` (start-up benchmark, bundle test): when set, the first window
that reaches the screen is reported on stderr as
``gemeinsam-shown <class> <epoch seconds> <resident KiB>`` and the app quits that many
milliseconds later. It names the window's class only, nothing from the data.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

QUIT_AFTER_ENV = "GEMEINSAM_QUIT_AFTER_MS"

# What unlocking and the main window need from outside Qt, in the order they are needed.
# Printing (reportlab), the keychain (keyring) and Alembic (only when a schema must change,
# see store/database.py) are not here: they load when used.
PRELOAD_UNLOCK = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "sqlcipher3",
    "argon2.low_level",
    "cryptography.hazmat.primitives.ciphers.aead",
    "gemeinsam_desktop.store.vault",
    "gemeinsam_desktop.store.models",
    "gemeinsam_desktop.store.database",
    "gemeinsam_desktop.services.audit",
    "gemeinsam_desktop.services.workspace",
)
# The services behind the first pages' data: the worker needs them once the window shows.
PRELOAD_PAGES = (
    "gemeinsam_desktop.services.overview",
    "gemeinsam_desktop.services.roster",
    "gemeinsam_desktop.services.calendar",
    "gemeinsam_desktop.services.notes",
)
PRELOAD = PRELOAD_UNLOCK + PRELOAD_PAGES
# Qt modules the main window imports when it is built (GUI thread only)
MAIN_WINDOW_MODULES = (
    "gemeinsam_desktop.ui.main_window",
    "gemeinsam_desktop.ui.dialogs.backup_dialogs",
    "gemeinsam_desktop.ui.backup_scheduler",
)

_requested: set[str] = set()
_freeze_after_loading = False  # set by watch_first_window: the app, not the tests' process
_EXPOSE = QEvent.Type.Expose


def _preload(names: tuple[str, ...]) -> None:
    start = time.perf_counter()
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the real import later reports it where it belongs
            log.exception("preloading %s failed", name)
    log.info("modules preloaded in %.0f ms", (time.perf_counter() - start) * 1000)
    # What is loaded now lives as long as the app: keep it out of every later collection
    # (ui/gc_main_thread.py collects on the GUI thread; a full pass over all of SQLAlchemy
    # and Qt's wrappers costs ~60 ms each time). Moving objects collects nothing, so this
    # is safe on any thread.
    if _freeze_after_loading:
        gc.freeze()


def preload_in_background(names: tuple[str, ...] = PRELOAD) -> threading.Thread | None:
    """Import those of ``names`` not asked for before on a Python thread; returns that thread
    (None when there was nothing left to load)."""
    todo = tuple(name for name in names if name not in _requested)
    if not todo:
        return None
    _requested.update(todo)
    thread = threading.Thread(target=_preload, args=(todo,), name="preload")
    thread.start()
    return thread


def import_main_window() -> None:
    """On the GUI thread, while the worker derives the key (Argon2id frees the GIL): load
    the main window's modules and those of the page it shows first, so that opening it
    afterwards only builds it."""
    from gemeinsam_desktop.ui.page_registry import PAGE_SPECS, first_page_row

    for name in (*MAIN_WINDOW_MODULES, PAGE_SPECS[first_page_row()].module):
        importlib.import_module(name)
    if _freeze_after_loading:
        gc.freeze()  # see _preload


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
        QTimer.singleShot(0, preload_in_background)
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
    global _freeze_after_loading
    _freeze_after_loading = True
    app.installEventFilter(_FirstWindowWatcher(app, quit_after_ms(), after))
