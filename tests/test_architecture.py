"""Qt stays in ui/ (STYLE habit 1): the rest imports and runs without PySide6."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO

CHECK = """
import importlib, pkgutil, sys
import gemeinsam_desktop
skip = ("gemeinsam_desktop.ui", "gemeinsam_desktop.app", "gemeinsam_desktop.store.migrations")
for info in pkgutil.walk_packages(gemeinsam_desktop.__path__, "gemeinsam_desktop."):
    if not info.name.startswith(skip):
        importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.startswith("PySide6"))
print(",".join(loaded) or "none")
"""


def test_non_ui_packages_import_no_qt() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert out.stdout.strip() == "none"


def test_command_line_runs_without_qt() -> None:
    code = (
        "import sys; from gemeinsam_desktop.__main__ import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert out.stdout.strip().endswith("False")
