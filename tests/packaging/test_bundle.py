"""The PyInstaller bundle runs on its own: CLI, encrypted store, PDF fonts, GUI with --demo.

Not in the default run (it builds for about a minute). One command runs it:

    bash packaging/dev.sh bundle-test

which sets GEMEINSAM_BUNDLE_TEST=1. With GEMEINSAM_BUNDLE_DIR=<dist/gemeinsam-desktop> an
existing bundle is tested instead of building one. The bundle is copied to a temporary
folder first and started from there, with an environment free of the source tree, so it
can only use what it ships: Python, Qt, SQLCipher, translations, fonts and icons.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.skipif(
    os.environ.get("GEMEINSAM_BUNDLE_TEST") != "1" or not sys.platform.startswith("linux"),
    reason="builds the Linux bundle: bash packaging/dev.sh bundle-test",
)

PASSPHRASE = "Sonnenblume am Lahnufer 7"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("GEMEINSAM_BUNDLE_DIR")
    if given:
        source = Path(given)
    else:
        env = {**os.environ, "VENV": sys.prefix, "GEMEINSAM_SKIP_INSTALL": "1"}
        build = subprocess.run(
            ["bash", str(REPO / "packaging" / "build.sh")],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
        source = REPO / "dist" / "gemeinsam-desktop"
    target = tmp_path_factory.mktemp("installed") / "gemeinsam-desktop"
    shutil.copytree(source, target, symlinks=True)
    return target


def bundle_env(home: Path, **extra: str) -> dict[str, str]:
    """A coach's environment: no Python paths, no source tree, a home of its own."""
    keep = ("PATH", "LANG", "LC_ALL", "TZ")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
        # no Secret Service here: keyring's fail backend, as on a machine without one
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    env.update(extra)
    return env


def run(
    bundle: Path, exe: str, *args: str, home: Path, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / exe), *args],
        cwd=home,
        env=bundle_env(home, **extra),
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def cli(bundle: Path, *args: str, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    out = run(bundle, "gemeinsam-desktop-cli", *args, home=home, **extra)
    assert out.returncode == 0, f"{args}: {out.stdout}\n{out.stderr}"
    return out


def test_bundle_ships_what_the_app_loads_from_disk(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (bundle / "gemeinsam-desktop").is_file()
    assert (bundle / "gemeinsam-desktop.desktop").is_file()
    assert (bundle / "gemeinsam-desktop.png").is_file()
    assert {p.name for p in (internal / "resources" / "translations").glob("*.qm")} == {
        "gemeinsam_de.qm",
        "gemeinsam_en.qm",
    }
    assert list((internal / "resources" / "fonts").glob("NotoSans-*.ttf"))
    assert (internal / "resources" / "icons" / "app").is_dir()
    versions = internal / "gemeinsam_desktop" / "store" / "migrations" / "versions"
    assert (versions / "0001_initial_schema.py").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_de.qm").is_file()
    # left out on purpose (packaging/hooks/hook-PySide6.QtGui.py, the spec)
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert not list(plugins.rglob("*qgtk3*"))
    assert not list(plugins.rglob("*virtualkeyboard*"))
    assert not (internal / "PySide6" / "Qt" / "translations" / "qtbase_fr.qm").exists()


def test_cli_sets_up_checks_and_prints_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    version = cli(bundle, "--version", home=home)
    assert re.fullmatch(r"gemeinsam-desktop \d+\.\d+\.\d+\n", version.stdout)

    store = home / "daten"
    out = cli(
        bundle,
        "--data-dir", str(store), "init", "--coach", "Erika Beispiel",
        home=home, GEMEINSAM_PASSPHRASE=PASSPHRASE,
    )  # fmt: skip
    assert "Wiederherstellungsschlüssel" in out.stdout
    # SQLCipher from the bundle: the file is encrypted, not a plain SQLite database
    assert not (store / "gemeinsam.db").read_bytes().startswith(b"SQLite format 3")
    check = cli(
        bundle, "--data-dir", str(store), "check", home=home, GEMEINSAM_PASSPHRASE=PASSPHRASE
    )
    assert "Schema-Version" in check.stdout

    demo = home / "demo"
    made = cli(bundle, "--data-dir", str(demo), "demo", home=home)
    demo_pw = re.search(r"\(Passwort: (.+)\)", made.stdout)
    assert demo_pw is not None, made.stdout
    check = cli(
        bundle, "--data-dir", str(demo), "check", home=home, GEMEINSAM_PASSPHRASE=demo_pw[1]
    )
    assert re.search(r"Teilnehmende\s+[1-9]\d*", check.stdout), check.stdout

    help_text = cli(bundle, "--help", home=home).stdout
    if re.search(r"^\s+print\s", help_text, re.MULTILINE):  # cli_print.py is registered
        pdf = home / "anwesenheit.pdf"
        day = first_session_day(bundle, demo, home, demo_pw[1])
        cli(
            bundle,
            "--data-dir", str(demo), "print", "signin", "--date", day.isoformat(), "--out", str(pdf),
            home=home, GEMEINSAM_PASSPHRASE=demo_pw[1],
        )  # fmt: skip
        assert_pdf_uses_shipped_fonts(pdf, tmp_path)


def first_session_day(bundle: Path, demo: Path, home: Path, passphrase: str) -> dt.date:
    out = cli(
        bundle, "--data-dir", str(demo), "sessions", home=home, GEMEINSAM_PASSPHRASE=passphrase
    )
    days = re.findall(r"^\w\w (\d\d)\.(\d\d)\.(\d{4}) ", out.stdout, re.MULTILINE)
    assert days, out.stdout
    d, m, y = days[0]
    return dt.date(int(y), int(m), int(d))


def assert_pdf_uses_shipped_fonts(pdf: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    fonts = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoSans" in f for f in fonts), fonts
    assert "Anwesenheit" in reader.pages[0].extract_text()
    if shutil.which("pdftoppm"):  # a picture to look at while working on the layout
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                        str(tmp_path / "anwesenheit")], check=False)  # fmt: skip


def test_gui_starts_offscreen_with_the_demo(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = home / "daten"
    for lang in ("de", "en"):
        out = run(
            bundle, "gemeinsam-desktop", "--data-dir", str(data), "--demo", "--lang", lang,
            home=home, GEMEINSAM_QUIT_AFTER_MS="300",
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        lines = [line.split() for line in out.stderr.splitlines()]
        shown = [line[1] for line in lines if line and line[0] == "gemeinsam-shown"]
        ready = [line[1] for line in lines if line and line[0] == "gemeinsam-ready"]
        assert shown == ready == ["MainWindow"], out.stderr
        assert "Traceback" not in out.stderr
    log = (data / "demo" / "logs" / "gemeinsam.log").read_text(encoding="utf-8")
    assert "modules preloaded" in log
    assert " ERROR " not in log, log
