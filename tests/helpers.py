"""Small helpers shared by the tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE_NAMES = ("Jülide", "Öztürk-Weiß", "Şahin", "Mustermann-Groß")


def run_cli(
    *args: str,
    data_dir: Path,
    passphrase: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m gemeinsam_desktop`` as a coach would, in a child process."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("GEMEINSAM_")}
    full_env["PYTHONPATH"] = str(REPO)
    if passphrase is not None:
        full_env["GEMEINSAM_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "gemeinsam_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def files_contain(folder: Path, needles: tuple[str, ...]) -> list[str]:
    """Which needles appear (UTF-8 or UTF-16) in any file of the folder, as 'file: needle'."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for needle in needles:
            for enc in ("utf-8", "utf-16-le"):
                if needle.encode(enc) in data:
                    found.append(f"{path.name}: {needle}")
    return found
