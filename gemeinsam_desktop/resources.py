"""Where the shipped resources (fonts, icons, translations) live.

In a source checkout (and an editable install) they sit in ``resources/`` beside the
package; in a PyInstaller build they are unpacked below ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
