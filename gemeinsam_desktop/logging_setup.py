"""Logging to a rotating file in the data folder.

Log lines name steps and ids, never names, notes or contact data (STYLE habit 11).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

_handler: logging.Handler | None = None
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3


class RotatingLog(logging.FileHandler):
    """``gemeinsam.log`` up to ``max_bytes``, then ``.1`` … ``.<backups>`` (the oldest goes).

    What ``logging.handlers.RotatingFileHandler`` does, without importing that module
    (socket, pickle, …: ~6 ms before the first window, benchmarks/bench_startup.py); and a
    new file is made 0600 like the first one.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT) -> None:
        _create_private(Path(path))
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.max_bytes > 0:
                size = self.stream.tell() + len(self.format(record).encode("utf-8")) + 1
                if size > self.max_bytes:
                    self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        _create_private(Path(base))
        self.stream = self._open()


def setup_logging(data_root: Path, level: int = logging.INFO) -> Path:
    """Send the ``gemeinsam_desktop`` loggers to ``<data>/logs/gemeinsam.log`` (0600)."""
    global _handler
    logs = Path(data_root) / "logs"
    logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = logs / "gemeinsam.log"
    root = logging.getLogger("gemeinsam_desktop")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler = RotatingLog(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return path


def _create_private(path: Path) -> None:
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
