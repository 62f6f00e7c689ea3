"""Start-up stays light: the unlock window does not wait for SQLAlchemy, printing or keyring.

benchmarks/bench_startup.py measures the times; these tests guard the import structure that
makes them, and the quit hook both the benchmark and the bundle test rely on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gemeinsam_desktop.store import database
from tests.conftest import PASSPHRASE
from tests.helpers import REPO, run_cli

HEAVY = ("sqlalchemy", "alembic", "reportlab", "keyring", "argon2", "cryptography", "openpyxl")


def loaded_after(code: str) -> set[str]:
    """Which HEAVY top-level packages a fresh interpreter holds after running ``code``."""
    check = f"{code}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, cwd=REPO, env=env
    )
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split()) & set(HEAVY)


def test_unlock_window_and_its_start_path_import_nothing_heavy() -> None:
    assert (
        loaded_after(
            "import gemeinsam_desktop.__main__, gemeinsam_desktop.cli, gemeinsam_desktop.app\n"
            "import gemeinsam_desktop.ui.controller, gemeinsam_desktop.ui.unlock_window"
        )
        == set()
    )


def test_main_window_and_its_first_pages_import_nothing_heavy() -> None:
    # what the window shows at first: SQLAlchemy loads after it (Workspace.db)
    assert "sqlalchemy" not in loaded_after(
        "import gemeinsam_desktop.ui.main_window, gemeinsam_desktop.ui.pages.overview\n"
        "import gemeinsam_desktop.ui.pages.participants, gemeinsam_desktop.ui.pages.calendar\n"
        "import gemeinsam_desktop.ui.backup_scheduler, gemeinsam_desktop.ui.startup\n"
        "import gemeinsam_desktop.ui.dialogs.backup_dialogs"
    )


def test_the_check_itself_sees_heavy_imports() -> None:
    # the guards above can fail: the network's page does pull SQLAlchemy in
    assert "sqlalchemy" in loaded_after("import gemeinsam_desktop.ui.pages.network")


MAIN_WINDOW_FIRST = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from gemeinsam_desktop.app import create_application
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.ui.main_window import MainWindow

app = create_application([])
ws = DataFolder(Path(sys.argv[1])).unlock_passphrase(sys.argv[2])
window = MainWindow(ws)
window.show()
while window.windowHandle() is None or not window.windowHandle().isExposed():
    QTest.qWait(5)
print("shown", window.windowTitle(), "sqlalchemy" in sys.modules)
page = window.overview_page
print("meanwhile", page.greeting.text())
for _ in range(1000):  # its data follows, loaded on the worker
    if page.greeting.text().startswith("Guten Tag"):
        break
    QTest.qWait(10)
print("data", page.greeting.text(), "sqlalchemy" in sys.modules)
"""


OTHER_FIRST_PAGE = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from gemeinsam_desktop.app import create_application
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.ui import preferences
from gemeinsam_desktop.ui.main_window import MainWindow

app = create_application([])
preferences.LAST_PAGE.set(int(sys.argv[3]))  # the page shown last opens first
ws = DataFolder(Path(sys.argv[1])).unlock_passphrase(sys.argv[2])
window = MainWindow(ws)
window.show()
while window.windowHandle() is None or not window.windowHandle().isExposed():
    QTest.qWait(5)
page = window.navigation.currentRow(), "sqlalchemy" in sys.modules
combo = window.pages[int(sys.argv[3])].project_combo
for _ in range(1000):  # its data follows, loaded on the worker
    if combo.count():
        break
    QTest.qWait(10)
print(*page, combo.currentText())
"""


@pytest.mark.parametrize("row", [1, 2], ids=["Teilnehmende", "Kalender"])
def test_the_roster_or_calendar_as_first_page_shows_before_sqlalchemy_too(
    row: int, data_dir: Path
) -> None:
    run_cli("init", "--coach", "Erika Beispiel", data_dir=data_dir, passphrase=PASSPHRASE)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(data_dir / "c")}
    out = subprocess.run(
        [sys.executable, "-c", OTHER_FIRST_PAGE, str(data_dir), PASSPHRASE, str(row)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[-2] == f"{row} False Gemeinsam in Wetzlar", out.stdout


def test_main_window_shows_before_sqlalchemy_and_its_data_follows(data_dir: Path) -> None:
    run_cli("init", "--coach", "Erika Beispiel", data_dir=data_dir, passphrase=PASSPHRASE)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(data_dir / "c")}
    out = subprocess.run(
        [sys.executable, "-c", MAIN_WINDOW_FIRST, str(data_dir), PASSPHRASE],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    shown, meanwhile, data = out.stdout.splitlines()[-3:]
    # the title names the project, read with plain SQL while unlocking
    assert shown == "shown Gemeinsam Desktop – Gemeinsam in Wetzlar False", out.stdout
    assert meanwhile == "meanwhile Die Zahlen werden geladen …"
    assert data.startswith("data Guten Tag, Erika Beispiel.") and data.endswith(" True"), data


def test_data_folder_checks_before_unlocking_stay_light(data_dir: Path) -> None:
    """state() and the keychain question (nothing remembered) need no crypto or database."""
    run_cli("init", "--coach", "Erika Beispiel", data_dir=data_dir, passphrase=PASSPHRASE)
    code = (
        "from pathlib import Path\n"
        "from gemeinsam_desktop.services.workspace import DataFolder\n"
        f"folder = DataFolder(Path({str(data_dir)!r}))\n"
        "assert folder.state().value == 'ready'\n"
        "assert folder.unlock_keychain() is None\n"
    )
    assert loaded_after(code) == set()


def test_schema_head_from_the_revision_files_is_alembics_head() -> None:
    # a current store opens without Alembic because of this equality
    assert database.head_revision() == database.HEAD_REVISION
    assert int(database.head_revision()) == database.SCHEMA_VERSION


@pytest.mark.slow
def test_quit_hook_reports_the_first_window_and_quits(data_dir: Path, tmp_path: Path) -> None:
    run_cli("init", "--coach", "Erika Beispiel", data_dir=data_dir, passphrase=PASSPHRASE)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEMEINSAM_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        GEMEINSAM_QUIT_AFTER_MS="0",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(REPO),
    )
    out = subprocess.run(
        [sys.executable, "-m", "gemeinsam_desktop", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 0, out.stderr
    shown = [line.split() for line in out.stderr.splitlines() if line.startswith("gemeinsam-shown")]
    assert len(shown) == 1, out.stderr
    _, window, when, rss_kib = shown[0]
    assert window == "UnlockWindow"
    assert float(when) > 0 and int(rss_kib) > 0
    # the preload ran after the window and finished before the process ended
    log = (data_dir / "logs").glob("*.log*")
    assert any("modules preloaded" in p.read_text(encoding="utf-8") for p in log)


def test_the_app_made_by_the_gui_start_has_the_fusion_style_whatever_the_system_says() -> None:
    # the style comes from QApplication's command line (theme.style_arguments), which beats
    # $QT_STYLE_OVERRIDE as setStyle did
    code = (
        "from gemeinsam_desktop.app import create_application\n"
        "app = create_application([])\n"
        "app.setStyleSheet('')\n"  # the stylesheet's style wraps the base style
        "print(app.style().name())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "Windows"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-1] == "fusion"


def test_the_unlock_window_draws_its_logo_without_qtsvg(data_dir: Path) -> None:
    # the app icon comes from Qt's SVG icon engine (ui/app_icon.py); QtSvg and the Lucide
    # icons (ui/icons.py) load with the main window
    run_cli("init", "--coach", "Erika Beispiel", data_dir=data_dir, passphrase=PASSPHRASE)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from gemeinsam_desktop.app import create_application\n"
        "from gemeinsam_desktop.services.workspace import DataFolder\n"
        "from gemeinsam_desktop.ui.unlock_window import UnlockWindow\n"
        "app = create_application([])\n"
        f"window = UnlockWindow(DataFolder(Path({str(data_dir)!r})))\n"
        "logo = window.findChildren(type(window.status))[0].pixmap()\n"
        "print(logo.width(), 'PySide6.QtSvg' in sys.modules, 'gemeinsam_desktop.ui.icons' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(data_dir / "c")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-3:] == ["72", "False", "False"]


FIRST_WINDOW = """
import sys
from PySide6.QtWidgets import QLabel
from gemeinsam_desktop.app import create_application
from gemeinsam_desktop.ui import startup
app = create_application([])
startup.watch_first_window(app)
label = QLabel("Gemeinsam")
label.show()
if sys.argv[1] == "told":
    startup.watch_window(label)
sys.exit(app.exec())
"""


@pytest.mark.parametrize("how", ["told", "found"])
def test_the_first_window_is_seen_whether_told_or_found(how: str, tmp_path: Path) -> None:
    # the app hands its windows to watch_window; anything else (a message box at start)
    # the watcher finds by itself
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEMEINSAM_")}
    env.update(QT_QPA_PLATFORM="offscreen", GEMEINSAM_QUIT_AFTER_MS="0",
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, how],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    lines = [line.split()[:2] for line in out.stderr.splitlines() if line.startswith("gemeinsam-")]
    assert lines == [["gemeinsam-shown", "QLabel"], ["gemeinsam-ready", "QLabel"]], out.stderr
