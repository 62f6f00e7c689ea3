"""Start-up savings outside the app's own code paths (issue #8): PySide6's import hook reads
no sources, and the demo opens with the key derived before Qt loaded."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from gemeinsam_desktop import preload
from gemeinsam_desktop.services.demo_accounts import DEMO_LEAD_NAME, DEMO_PASSPHRASE
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.ui import pyside_imports
from gemeinsam_desktop.ui.controller import AppController
from tests.conftest import PASSPHRASE
from tests.helpers import REPO
from tests.ui.conftest import message_boxes

# Imports SQLAlchemy after Qt and says how many of its files Python holds in linecache
# (SQLAlchemy registers its generated wrappers there itself: those are no files).
SOURCES_READ = """
import linecache, sys
{setup}
import sqlalchemy.orm
print(sum(1 for name in linecache.cache if "sqlalchemy" in name and name.endswith(".py")))
"""


def sqlalchemy_sources_read(setup: str) -> int:
    code = SOURCES_READ.format(setup=setup)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    return int(out.stdout.split()[-1])


def test_pyside_reads_no_module_sources_once_the_ui_package_is_imported() -> None:
    # PySide6's hook (see ui/pyside_imports.py) reads every later module's file …
    assert sqlalchemy_sources_read("import PySide6.QtCore") > 50
    # … unless the app replaced it first: then none. Fails when a PySide6 release renames
    # the hook — look for its new name, or drop pyside_imports if it is fixed.
    skip = "from gemeinsam_desktop.ui import pyside_imports\npyside_imports.skip_source_scan()"
    assert sqlalchemy_sources_read(skip) == 0
    assert pyside_imports.skip_source_scan()


def test_no_module_of_the_app_selects_a_pyside_feature() -> None:
    # the hook's answer only matters for modules that do; ui/pyside_imports.py says "no"
    sources = [*(REPO / "gemeinsam_desktop").rglob("*.py"), *(REPO / "tests").rglob("*.py")]
    selects = re.compile(r"^\s*from __feature__ import", re.MULTILINE)
    offenders = [p.name for p in sources if selects.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def make_demo_store(data_dir: Path, passphrase: str) -> DataFolder:
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize(DEMO_LEAD_NAME, passphrase)
    ws.close()
    folder.release()
    return DataFolder(data_dir)


def test_demo_opens_with_the_key_derived_before_qt(qtbot, data_dir: Path) -> None:
    folder = make_demo_store(data_dir, DEMO_PASSPHRASE)
    ctrl = AppController(folder, demo=True, demo_key=preload.start_demo_unlock(folder))
    assert ctrl.demo_key is not None
    try:
        assert ctrl.start()
        assert ctrl.demo_key is None  # taken
        assert ctrl.main_window is not None and ctrl.workspace is not None
        assert ctrl.workspace.current_coach.name == DEMO_LEAD_NAME
        assert "DEMO" in ctrl.main_window.windowTitle()
    finally:
        ctrl.shutdown()


def test_a_failed_early_unlock_is_reported_like_any_failed_start(qtbot, data_dir: Path) -> None:
    # a demo folder whose passphrase is not the demo's: the error shows, nothing opens
    folder = make_demo_store(data_dir, PASSPHRASE)
    ctrl = AppController(folder, demo=True, demo_key=preload.start_demo_unlock(folder))
    try:
        assert not ctrl.start()
        assert ctrl.main_window is None and ctrl.workspace is None
        assert any("Passwort" in box.text() for box in message_boxes())
    finally:
        ctrl.shutdown()
