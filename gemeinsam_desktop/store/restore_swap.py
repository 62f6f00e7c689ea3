"""Swapping a restored database in, so that a crash at any moment leaves old or new data.

Kept apart from ``store/backup.py`` and light on imports: ``DataFolder.state()`` finishes
an interrupted restore at every start, before the unlock window shows.

The new database (and, from another store, its key slots) wait under temporary names,
checked, before anything is replaced. Then a marker is written; from that moment a crash
is finished forward at the next start (:func:`finish_interrupted_restore`); before it, the
temporary files are simply removed and the old data is untouched.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from gemeinsam_desktop.files import _fsync_directory, atomic_write_bytes
from gemeinsam_desktop.store.paths import DataPaths

log = logging.getLogger(__name__)

RESTORE_DB = ".gemeinsam.db.restore"
RESTORE_SLOTS = ".schluessel.json.restore"
RESTORE_MARKER = ".wiederherstellung-laeuft"


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def restore_temp_paths(paths: DataPaths) -> tuple[Path, Path]:
    return paths.root / RESTORE_DB, paths.root / RESTORE_SLOTS


def commit_restore(paths: DataPaths) -> None:
    db_tmp, _slots_tmp = restore_temp_paths(paths)
    if not db_tmp.exists():
        raise FileNotFoundError(str(db_tmp))
    atomic_write_bytes(paths.root / RESTORE_MARKER, b"1\n")
    _roll_forward(paths)


def _roll_forward(paths: DataPaths) -> None:
    db_tmp, slots_tmp = restore_temp_paths(paths)
    if db_tmp.exists():
        # A WAL beside the restored file would be replayed into it: 500 rows restored next
        # to a stale WAL came back as 1,000 (issue #8). Never a mix.
        for stale in (paths.wal, paths.shm):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
    if slots_tmp.exists():
        os.replace(slots_tmp, paths.keyslots)
    if db_tmp.exists():
        os.replace(db_tmp, paths.database)
    _fsync_directory(paths.root)
    (paths.root / RESTORE_MARKER).unlink()
    _fsync_directory(paths.root)


def discard_restore(paths: DataPaths) -> None:
    """Undo the preparations of a restore that did not reach its marker."""
    if (paths.root / RESTORE_MARKER).exists():
        return
    for path in restore_temp_paths(paths):
        remove_with_sidecars(path)


def restore_pending(paths: DataPaths) -> bool:
    """A restore passed its marker and was cut off: it must be finished before anything else."""
    return (paths.root / RESTORE_MARKER).exists()


def finish_interrupted_restore(paths: DataPaths) -> None:
    """At start: complete a restore that passed its marker, or clear one that did not."""
    if (paths.root / RESTORE_MARKER).exists():
        log.info("finishing an interrupted restore")
        _roll_forward(paths)
    else:
        discard_restore(paths)
    # Copies extracted to check a backup (encrypted), left by a crash in the middle.
    for stale in (*paths.root.glob(".pruefen.*"), *paths.root.glob(".schluessel-pruefen.*")):
        with contextlib.suppress(OSError):
            stale.unlink()
