"""Icons: Lucide SVGs from ``resources/icons/`` drawn in the palette's colours, and the app icon.

Lucide draws with ``stroke="currentColor"``; ``icon()`` puts the palette's text colour in
its place (a muted colour for disabled, the highlighted-text colour for selected items)
and renders pixmaps for the usual sizes. Icons are cached per name and colours, so after a
theme change ``icon()`` returns icons in the new colours; widgets that hold an icon should
fetch it again on ``QEvent.Type.PaletteChange``.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from gemeinsam_desktop.resources import resource_path

ICON_SIZES = (16, 20, 24, 32, 48, 64)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

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
        (QIcon.Mode.Normal, normal),
        (QIcon.Mode.Active, normal),
        (QIcon.Mode.Disabled, disabled),
        (QIcon.Mode.Selected, selected),
    ):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color).encode()))
        for size in ICON_SIZES:
            result.addPixmap(_render(renderer, size), mode)
    return result


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


@cache
def app_icon() -> QIcon:
    """The application icon (resources/icons/app/gemeinsam.svg) for windows and the taskbar."""
    path = resource_path("icons", "app", "gemeinsam.svg")
    renderer = QSvgRenderer(str(path)) if path.is_file() else None
    if renderer is None or not renderer.isValid():
        raise UnknownIconError(f"The app icon {path} is missing or not a valid SVG")
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addPixmap(_render(renderer, size))
    return result


def clear_cache() -> None:
    """Forget rendered icons (for tests; a theme change needs no clearing)."""
    _icon.cache_clear()
    _svg_source.cache_clear()
    app_icon.cache_clear()
