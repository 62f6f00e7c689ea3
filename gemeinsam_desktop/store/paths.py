"""The data folder: where it is, what lies in it, and its permissions."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "GEMEINSAM_DATA_DIR"
APP_DIR_NAME = "gemeinsam-desktop"


def default_data_dir(*, demo: bool = False) -> Path:
    base = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))
    return base / "demo" if demo else base / "daten"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    """``--data-dir`` wins over ``GEMEINSAM_DATA_DIR``, which wins over the per-user default.

    The demo never shares a folder with real data: with ``demo`` a ``demo`` sub-folder of
    whatever folder was chosen is used.
    """
    if explicit:
        chosen = Path(explicit).expanduser()
    elif os.environ.get(ENV_DATA_DIR):
        chosen = Path(os.environ[ENV_DATA_DIR]).expanduser()
    else:
        return default_data_dir(demo=demo)
    return chosen / "demo" if demo else chosen


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "gemeinsam.db"

    @property
    def wal(self) -> Path:
        return self.root / "gemeinsam.db-wal"

    @property
    def shm(self) -> Path:
        return self.root / "gemeinsam.db-shm"

    @property
    def keyslots(self) -> Path:
        return self.root / "schluessel.json"

    @property
    def lock(self) -> Path:
        return self.root / ".gemeinsam.lock"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "sicherungen"

    def ensure_root(self) -> None:
        """Create the folder (and its parents) readable by the owner alone."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        _chmod(self.root, 0o700)

    def exists(self) -> bool:
        return self.keyslots.exists() or self.database.exists()


def _chmod(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # e.g. FAT file systems on a USB stick
        os.chmod(path, mode)
