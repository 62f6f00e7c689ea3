"""Changes go through one door (STYLE habit 2, after Anki's CollectionOp).

``run_op`` runs a service call on the single database worker thread (SQLite likes one
writer), hands the result back to the GUI thread, reports any failure in one place
(``messages.show_error``) and announces what changed through ``bus.changed`` so that each
page refreshes only what it shows. ``run_blocking`` does the same for the few steps that
must finish before the UI may go on (a wizard page), while the event loop keeps painting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from gemeinsam_desktop.ui import messages

T = TypeVar("T")


class ChangeBus(QObject):
    """Pages listen here; an operation names the kinds of data it changed."""

    changed = Signal(frozenset)


bus = ChangeBus()
_pool: QThreadPool | None = None
_running: set[_Relay] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def _alive(widget: QWidget | None) -> bool:
    return widget is None or shiboken6.isValid(widget)


def run_op(
    parent: QWidget | None,
    fn: Callable[[], T],
    on_success: Callable[[T], None] | None = None,
    *,
    on_failure: Callable[[BaseException], bool] | None = None,
    changes: frozenset[str] = frozenset(),
) -> None:
    """Run ``fn`` off the GUI thread; ``on_failure`` returns True when it handled the error."""
    relay = _Relay()
    _running.add(relay)

    def finished() -> None:
        _running.discard(relay)
        relay.deleteLater()

    def ok(result: Any) -> None:
        finished()
        # The widget that asked may be gone by now (a page closed, the app locked): its
        # callback would touch deleted Qt objects. The change is still announced.
        if on_success is not None and _alive(parent):
            on_success(result)
        if changes:
            bus.changed.emit(changes)

    def failed(exc: BaseException) -> None:
        finished()
        if not _alive(parent):
            messages.show_error(None, exc)  # a failed save must not go unnoticed
            return
        if on_failure is not None and on_failure(exc):
            return
        messages.show_error(parent, exc)

    relay.done.connect(ok, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    pool().start(_Job(fn, relay))


def run_blocking(fn: Callable[[], T]) -> T:
    """Run ``fn`` on the worker and wait for it with a busy cursor; re-raise its error."""
    relay = _Relay()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def ok(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    relay.done.connect(ok, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pool().start(_Job(fn, relay))
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        QGuiApplication.restoreOverrideCursor()
        relay.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def wait_idle(timeout_ms: int = 10_000) -> bool:
    """For shutdown and tests: wait until no operation is running."""
    return pool().waitForDone(timeout_ms)
