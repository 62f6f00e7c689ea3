"""Icons: Lucide SVGs from ``resources/icons/`` drawn in the palette's colours, and the app icon.

Lucide draws with ``stroke="currentColor"``; ``icon()`` puts the palette's text colour in
its place (a muted colour for disabled, the highlighted-text colour for selected items).
Icons are cached per name and colours, so after a theme change ``icon()`` returns icons in
the new colours; widgets that hold an icon should fetch it again on
``QEvent.Type.PaletteChange``.

Each icon is rendered once per colour set: three modes (Active falls back to Normal in
``QIcon`` — the same colour — so it is not drawn twice) at the sizes the app uses, for the
screens' pixel ratio (``_pixel_sizes``). A Python
``QIconEngine`` that renders on demand was tried (issue #8) and dropped: it calls Python on
every paint of every icon, and with PySide6 6.12 on Python 3.11 each such call that draws
costs a reference to ``None`` (see docs/ARCHITECTURE.md, "PySide6 6.12 and None").
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from gemeinsam_desktop.resources import resource_path
from gemeinsam_desktop.ui.app_icon import app_icon

#: The sizes icons are drawn at (menus, buttons, tabs 16; navigation 20; 48 for larger marks).
ICON_SIZES = (16, 20, 24, 32, 48)

#: Every icon shipped in resources/icons/ (Lucide's canonical names).
ICON_NAMES: frozenset[str] = frozenset(
    {
        # navigation
        "layout-dashboard",  # Übersicht
        "users",  # Teilnehmende
        "calendar-days",  # Kalender
        "handshake",  # Netzwerk
        "network",
        "chart-column",  # Berichte
        "settings",  # Einstellungen
        # lock, account
        "lock",
        "lock-open",
        "key-round",
        "log-out",
        # editing
        "plus",
        "pencil",
        "trash-2",
        "archive",
        "archive-restore",
        "copy",
        "check",
        "x",
        "undo-2",
        "redo-2",
        "refresh-cw",
        "search",
        "list",
        # files, printing
        "printer",
        "file-down",
        "file-text",
        "file-spreadsheet",
        "save",
        "eye",
        "upload",
        "download",
        "folder-open",
        # messages
        "triangle-alert",
        "info",
        "circle-question-mark",
        # data, backup
        "shield-check",
        "database",
        # people, network
        "user-plus",
        "user-round",
        "user-check",
        "baby",
        "building",
        "briefcase",
        # calendar
        "calendar-plus",
        "calendar-check",
        "clock",
        # misc
        "sun",
        "moon",
        "chevron-left",
        "chevron-right",
        "chevron-down",
        "chevron-up",
    }
)


class UnknownIconError(LookupError):
    """A programming error: the icon name is not in ``ICON_NAMES`` (or its file is missing)."""


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The Lucide icon ``name`` in the palette's text colour, or in ``color`` if given.

    ``color`` is for icons on coloured backgrounds, e.g. white on a primary button.
    """
    if name not in ICON_NAMES:
        raise UnknownIconError(
            f"Unknown icon {name!r}: not in gemeinsam_desktop.ui.icons.ICON_NAMES "
            f"(resources/icons/{name}.svg)"
        )
    palette = QGuiApplication.palette()
    normal = QColor(color) if color is not None else palette.color(QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    return _icon(name, normal.name(), disabled.name(), selected.name())


@cache
def _icon(name: str, normal: str, disabled: str, selected: str) -> QIcon:
    svg = _svg_source(name)
    result = QIcon()
    for mode, color in (
        (QIcon.Mode.Normal, normal),  # also drawn for Active (hover), as QIcon falls back
        (QIcon.Mode.Disabled, disabled),
        (QIcon.Mode.Selected, selected),
    ):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color).encode()))
        for size in _pixel_sizes():
            result.addPixmap(_render(renderer, size), mode)
    return result


def _pixel_sizes() -> list[int]:
    """``ICON_SIZES`` at 1× and at the screens' highest pixel ratio (20 px at 200 % is 40).

    Only these: each size costs a pixmap per mode; 64 px alone was almost half of the
    icons' memory while nothing draws it (larger requests are scaled from 48).
    """
    ratio = max((screen.devicePixelRatio() for screen in QGuiApplication.screens()), default=1)
    return sorted({*ICON_SIZES, *(round(size * ratio) for size in ICON_SIZES)})


@cache
def _svg_source(name: str) -> str:
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise UnknownIconError(f"Icon {name!r} is listed in ICON_NAMES but {path} is missing")
    return path.read_text(encoding="utf-8")


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def clear_cache() -> None:
    """Forget rendered icons (for tests; a theme change needs no clearing)."""
    _icon.cache_clear()
    _svg_source.cache_clear()
    app_icon.cache_clear()
