"""Start-up work that needs no Qt: loading modules ahead of time, the demo's key derivation.

Everything here runs on plain Python threads and imports pure-Python modules only — never
a Qt module or object (those belong to the GUI thread, see ui/startup.py).

- ``preload_in_background``: SQLAlchemy, the models and the services behind the main window
  take ~0.3 s to import. The unlock window shows without them; they load on a thread once
  it is on screen, so that "Entsperren" usually finds them there. If not, the unlock waits
  for Python's import lock, as it would have waited for the import.
- ``start_demo_unlock``: the demo knows its passphrase, so Argon2id (~0.15 s on two cores,
  C code that releases the GIL) starts before Qt is even imported, beside Qt's and then
  SQLAlchemy's imports. On Linux the derivation runs at a lower CPU priority: its threads
  take what the importing thread leaves over (measured: ~35 ms sooner on screen than at
  normal priority, which gained only ~7 ms over starting after Qt).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import sys
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gemeinsam_desktop.services.workspace import DataFolder
    from gemeinsam_desktop.store.vault import Vault

log = logging.getLogger(__name__)

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
    "gemeinsam_desktop.services.backup",
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

_requested: set[str] = set()
_freeze = {"after_loading": False}  # set by the app (ui/startup.py), not in the tests


def freeze_after_loading() -> None:
    """From now on, what a preload loaded is kept out of later garbage collections."""
    _freeze["after_loading"] = True


def freeze_if_wanted() -> None:
    # What is loaded now lives as long as the app: keep it out of every later collection
    # (ui/gc_main_thread.py collects on the GUI thread; a full pass over all of SQLAlchemy
    # and Qt's wrappers costs ~60 ms each time). Moving objects collects nothing, so this
    # is safe on any thread.
    if _freeze["after_loading"]:
        gc.freeze()


def _preload(names: tuple[str, ...]) -> None:
    start = time.perf_counter()
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the real import later reports it where it belongs
            log.exception("preloading %s failed", name)
    log.info("modules preloaded in %.0f ms", (time.perf_counter() - start) * 1000)
    freeze_if_wanted()


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


def _lower_priority() -> None:
    """This thread (and the threads it starts: Argon2id's lanes) yields to the GUI thread.

    Linux only: there a thread id names one thread for ``setpriority``; elsewhere it could
    name the whole process, so nothing changes there.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


class KeyDerivation:
    """One passphrase's unlock, started at once on its own thread; ``result`` waits for it."""

    def __init__(self, folder: DataFolder, passphrase: str) -> None:
        self.folder = folder
        self._passphrase: str | None = passphrase
        self._result: tuple[Vault, bytearray, int] | None = None
        self._error: BaseException | None = None
        self._taken = False
        self._thread = threading.Thread(target=self._run, name="key-derivation", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        _lower_priority()
        passphrase, self._passphrase = self._passphrase, None
        try:
            assert passphrase is not None
            self._result = self.folder.derive_passphrase_key(passphrase)
        except BaseException as exc:  # handed to the caller of result()
            self._error = exc

    def result(self) -> tuple[Vault, bytearray, int]:
        """The vault, the master key and the coach whose slot opened; raises what the
        unlock raised (a wrong passphrase, a damaged key slot file …). Once only."""
        if self._taken:
            raise RuntimeError("the derived key was taken already")
        self._taken = True
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        result, self._result = self._result, None
        return result


def start_demo_unlock(folder: DataFolder) -> KeyDerivation | None:
    """For ``--demo`` on a demo folder made before: claim the folder and start deriving the
    key. None when the folder is not ready (new, damaged, open in another window …): the
    usual start then finds out again and says so.

    SQLAlchemy loads once Qt has (``AppController._start_demo``), not beside Qt's imports:
    two importing threads only take turns with the GIL, each turn waiting for the scheduler
    (measured: ~40 ms later on screen than one after the other)."""
    from gemeinsam_desktop.errors import KnownError
    from gemeinsam_desktop.services.demo_accounts import DEMO_PASSPHRASE
    from gemeinsam_desktop.services.workspace import FolderState

    held = folder.lock.held
    try:
        folder.acquire()
        if folder.state() is FolderState.READY:
            return KeyDerivation(folder, DEMO_PASSPHRASE)
    except (KnownError, OSError):
        pass
    if not held:
        folder.release()
    return None
