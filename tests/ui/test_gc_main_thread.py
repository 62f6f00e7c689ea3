"""Garbage is collected on the GUI thread, never in the database worker."""

from __future__ import annotations

import gc
import threading
import weakref

from gemeinsam_desktop.ui import operations


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_automatic_collection_is_off_and_the_gui_thread_collects(qtbot) -> None:
    assert not gc.isenabled()
    collected_in: list[str] = []
    gc.callbacks.append(
        lambda phase, _info: (
            collected_in.append(threading.current_thread().name) if phase == "stop" else None
        )
    )
    try:
        node = Node()
        alive = weakref.ref(node)
        del node
        # Plenty of allocations in the worker: with automatic collection on, the worker
        # thread would collect here.
        operations.run_blocking(lambda: [Node() for _ in range(50_000)] and None)
        qtbot.waitUntil(lambda: alive() is None, timeout=5_000)
    finally:
        gc.callbacks.pop()
    assert collected_in and set(collected_in) == {threading.main_thread().name}
