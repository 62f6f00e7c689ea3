"""The application icon, for windows, the taskbar and the unlock window's logo.

``QIcon`` with the SVG's path: Qt's SVG icon engine (the ``iconengines`` plugin, in the
bundle too) draws each size when it is first asked for, in C++. The first window therefore
shows without importing QtSvg and without drawing sizes nobody asks for (~10 ms of start-up,
issue #8); ``ui/icons.py`` with its palette-coloured Lucide icons loads with the main window.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from gemeinsam_desktop.resources import resource_path


class MissingAppIconError(LookupError):
    """A packaging error: the app icon's file or Qt's SVG support is missing."""


@cache
def app_icon() -> QIcon:
    path = resource_path("icons", "app", "gemeinsam.svg")
    result = QIcon(str(path)) if path.is_file() else QIcon()
    if result.pixmap(16, 16).isNull():  # no file, or nothing in Qt that draws SVG
        raise MissingAppIconError(f"The app icon {path} is missing or cannot be drawn")
    return result
