"""Writing files outside the database so that a crash or a full disk never leaves half a file.

Used for everything the app writes by itself: key slots, settings, exports, saved PDFs
(STYLE habit 8, after Electrum's ``storage.py``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` in one step: readers see the old or the new file, never
    a mix.

    The temporary file lives in the same folder (``os.replace`` is only atomic within one
    file system) and gets its permissions *before* the first byte is written, so a secret
    is never readable by others, not even for a moment. After a crash or ``OSError`` (disk
    full, folder not writable) the old file is untouched and no temporary file remains; the
    error is re-raised for the caller to turn into a message.
    """
    path = Path(path)
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp creates 0600 already; chmod states the wanted mode whatever the umask.
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        else:  # Windows: only the read-only bit exists
            os.chmod(tmp_name, mode)
        with os.fdopen(fd, "wb") as handle:
            fd = -1  # now owned (and closed) by the file object
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder for this."""
    if os.name != "posix":
        return
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
