"""The log file rotates like logging.handlers.RotatingFileHandler did, and stays private."""

from __future__ import annotations

import logging
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gemeinsam_desktop import logging_setup
from gemeinsam_desktop.logging_setup import RotatingLog
from tests.helpers import REPO


@pytest.fixture
def logger(tmp_path: Path) -> Iterator[tuple[logging.Logger, Path]]:
    path = tmp_path / "gemeinsam.log"
    handler = RotatingLog(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("gemeinsam_desktop.test_rotation")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    yield log, path
    log.removeHandler(handler)
    handler.close()


def test_rotates_at_the_limit_and_keeps_only_the_newest_files(logger) -> None:
    log, path = logger
    for number in range(40):
        log.info("Schritt %02d erledigt", number)  # 20 bytes a line with its newline
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["gemeinsam.log", "gemeinsam.log.1", "gemeinsam.log.2"]
    assert all(p.stat().st_size <= 200 for p in path.parent.iterdir())
    assert "Schritt 30" in path.read_text(encoding="utf-8")
    assert "Schritt 39" in path.read_text(encoding="utf-8")
    assert "Schritt 29" in (path.parent / "gemeinsam.log.1").read_text(encoding="utf-8")
    assert "Schritt 10" in (path.parent / "gemeinsam.log.2").read_text(encoding="utf-8")
    assert "Schritt 00" not in "".join(p.read_text(encoding="utf-8") for p in path.parent.iterdir())


def test_every_log_file_is_private(logger) -> None:
    log, path = logger
    for number in range(25):
        log.info("Schritt %02d erledigt", number)
    for file in path.parent.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_setup_logging_writes_to_the_data_folder(tmp_path: Path) -> None:
    path = logging_setup.setup_logging(tmp_path)
    logging.getLogger("gemeinsam_desktop.test").info("gestartet")
    assert path == tmp_path / "logs" / "gemeinsam.log"
    assert "gestartet" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_logging_without_logging_handlers() -> None:
    # the point of RotatingLog: its import chain (socket, pickle …) stays out of start-up
    code = "import sys, gemeinsam_desktop.logging_setup\nprint('logging.handlers' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert out.stdout.strip() == "False"
