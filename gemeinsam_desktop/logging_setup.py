"""Logging to a rotating file in the data folder.

Log lines name steps and ids, never names, notes or contact data (STYLE habit 11).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

_handler: logging.Handler | None = None


def setup_logging(data_root: Path, level: int = logging.INFO) -> Path:
    """Send the ``gemeinsam_desktop`` loggers to ``<data>/logs/gemeinsam.log`` (0600)."""
    global _handler
    logs = Path(data_root) / "logs"
    logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = logs / "gemeinsam.log"
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    root = logging.getLogger("gemeinsam_desktop")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return path
