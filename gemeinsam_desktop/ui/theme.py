"""One calm, consistent look: Fusion style, a light or dark palette, a small stylesheet.

``apply_theme(app)`` follows the system's colour scheme (and re-applies itself when the
system switches); tests force a scheme with ``apply_theme(app, scheme=Qt.ColorScheme.Dark)``.

The stylesheet styles these hooks (set dynamic properties *before* a widget is shown, or
call ``repolish(widget)`` after changing one):

- ``QListWidget#navigation``: the left navigation list (icon + text, rounded selection)
- ``QLabel#pageTitle``: a page's title; ``QLabel#demoBanner``: the amber "DEMO" banner
- ``QFrame#card``: a rounded panel on a subtle background
- ``QPushButton[primary="true"]``: the main action (accent background, white text)
- ``QPushButton[danger="true"]``: a destructive action (red background, white text)
- ``QLabel[hint="true"]``: muted explanatory text

Text sizes are in points so they follow 125 %/150 % display scaling.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from gemeinsam_desktop.resources import resource_path


@dataclass(frozen=True)
class Colors:
    """The colours of one scheme; every text/background pair has WCAG contrast >= 4.5."""

    window: str
    base: str
    alternate: str
    text: str
    muted: str  # hint text, disabled icons
    disabled: str
    button: str
    border: str
    card: str
    nav: str  # navigation list background
    hover: str
    accent: str
    accent_hover: str
    accent_pressed: str
    on_accent: str
    danger: str
    danger_hover: str
    link: str
    banner: str
    on_banner: str
    tooltip: str
    on_tooltip: str


# fmt: off
_TABLE = {  # role: (light, dark)
    "window":          ("#f4f6f7", "#1a2024"),
    "base":            ("#ffffff", "#12171a"),
    "alternate":       ("#eef3f4", "#1f272b"),
    "text":            ("#1c2a30", "#e4eaed"),
    "muted":           ("#56666d", "#9eacb2"),
    "disabled":        ("#8f9ba0", "#66747a"),
    "button":          ("#ffffff", "#252e33"),
    "border":          ("#cfd8dc", "#35424a"),
    "card":            ("#ffffff", "#212a2f"),
    "nav":             ("#e8eef0", "#151b1e"),
    "hover":           ("#d9e4e7", "#26343a"),
    "accent":          ("#1d7485", "#1d7485"),
    "accent_hover":    ("#186574", "#186574"),
    "accent_pressed":  ("#135461", "#135461"),
    "on_accent":       ("#ffffff", "#ffffff"),
    "danger":          ("#b42318", "#b42318"),
    "danger_hover":    ("#9a1d14", "#c8321f"),
    "link":            ("#176575", "#6cc8d8"),
    "banner":          ("#f5c04a", "#f5c04a"),
    "on_banner":       ("#3b2800", "#3b2800"),
    "tooltip":         ("#1c2a30", "#e4eaed"),
    "on_tooltip":      ("#f4f6f7", "#1a2024"),
}
# fmt: on

LIGHT = Colors(**{role: pair[0] for role, pair in _TABLE.items()})
DARK = Colors(**{role: pair[1] for role, pair in _TABLE.items()})

_current: dict[str, object] = {"dark": False, "forced": None, "connected": False}


def colors() -> Colors:
    """The colours of the scheme applied last."""
    return DARK if _current["dark"] else LIGHT


def is_dark() -> bool:
    return bool(_current["dark"])


def accent_color() -> QColor:
    return QColor(colors().accent)


def system_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


STYLE = "Fusion"


def style_arguments() -> list[str]:
    """For a QApplication about to be made: its style from the command line, so that the
    app need not set one afterwards (``setStyle`` makes Python build QStyle's enums first,
    ~6 ms of start-up)."""
    return ["-style", STYLE]


def styled_from_arguments(app: QApplication) -> None:
    """The QApplication was made with ``style_arguments()``: ``apply_theme`` keeps its style."""
    _current["styled"] = True


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Set the Fusion style, palette and stylesheet for ``scheme`` (default: the system's).

    With ``scheme`` given, the theme stays on it; without, it follows the system's changes.
    """
    _current["forced"] = scheme
    if not _current["connected"]:
        app.styleHints().colorSchemeChanged.connect(_on_scheme_changed)
        _current["connected"] = True
    _apply(app, scheme if scheme is not None else system_scheme())


def _on_scheme_changed(scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if _current["forced"] is None and isinstance(app, QApplication):
        _apply(app, scheme)


def _apply(app: QApplication, scheme: Qt.ColorScheme) -> None:
    _current["dark"] = scheme == Qt.ColorScheme.Dark
    c = colors()
    if not _current.get("styled"):
        # Once only: re-setting the style re-polishes every widget, and doing that with a
        # QWizard alive crashes Qt 6.12 (seen when the system switched to dark mode).
        app.setStyle(STYLE)
        _current["styled"] = True
    app.setPalette(build_palette(c))
    app.setStyleSheet(build_stylesheet(c))


def build_palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.base,
        role.AlternateBase: c.alternate,
        role.Text: c.text,
        role.Button: c.button,
        role.ButtonText: c.text,
        role.BrightText: "#ffffff",
        role.Highlight: c.accent,
        role.HighlightedText: c.on_accent,
        role.Link: c.link,
        role.LinkVisited: c.link,
        role.ToolTipBase: c.tooltip,
        role.ToolTipText: c.on_tooltip,
        role.PlaceholderText: c.muted,
        role.Accent: c.accent,
    }
    for r, value in pairs.items():
        p.setColor(r, QColor(value))
    base = QColor(c.window)
    p.setColor(role.Light, base.lighter(120))
    p.setColor(role.Midlight, base.lighter(110))
    p.setColor(role.Mid, QColor(c.border))
    p.setColor(role.Dark, base.darker(150))
    p.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        p.setColor(disabled, r, QColor(c.disabled))
    p.setColor(disabled, role.Highlight, QColor(c.border))
    return p


def build_stylesheet(c: Colors) -> str:
    check = _tinted_file("check", c.on_accent)
    down = _tinted_file("chevron-down", c.muted)
    up = _tinted_file("chevron-up", c.muted)
    return f"""
QListWidget#navigation {{
    background: {c.nav}; border: none; border-right: 1px solid {c.border};
    padding: 10px 8px; font-size: 11pt; outline: 0; qproperty-iconSize: 20px 20px;
}}
QListWidget#navigation::item {{
    color: {c.text}; padding: 10px 14px; margin: 2px 0; border-radius: 8px;
}}
QListWidget#navigation::item:hover {{ background: {c.hover}; }}
QListWidget#navigation::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QLabel#pageTitle {{ font-size: 18pt; font-weight: 600; }}
QLabel[hint="true"] {{ color: {c.muted}; }}
QLabel#demoBanner {{
    background: {c.banner}; color: {c.on_banner}; font-weight: 600;
    padding: 6px 12px; border-radius: 6px;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit, QDateTimeEdit, QTimeEdit,
QComboBox {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border};
    border-radius: 6px; padding: 4px 8px; selection-background-color: {c.accent};
    selection-color: {c.on_accent};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDateEdit:focus,
QDateTimeEdit:focus, QTimeEdit:focus, QComboBox:focus {{ border-color: {c.accent}; }}
QLineEdit:disabled, QComboBox:disabled {{ color: {c.disabled}; background: {c.window}; }}
QComboBox::drop-down {{ border: none; width: 1.8em; }}
QComboBox::down-arrow {{ image: url({down}); width: 1em; height: 1em; }}
QSpinBox, QDateEdit, QDateTimeEdit, QTimeEdit {{ padding-right: 1.8em; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    border: none; width: 1.6em; subcontrol-origin: border;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: 0.8em; height: 0.8em; }}
QAbstractSpinBox::down-arrow {{ image: url({down}); width: 0.8em; height: 0.8em; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 1.1em; height: 1.1em; border: 1px solid {c.muted}; background: {c.base};
}}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 0.55em; }}
QCheckBox::indicator:checked {{
    background: {c.accent}; border-color: {c.accent}; image: url({check});
}}
QRadioButton::indicator:checked {{
    border-color: {c.accent}; background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5,
    fx: 0.5, fy: 0.5, stop: 0 {c.on_accent}, stop: 0.4 {c.on_accent}, stop: 0.5 {c.accent},
    stop: 1 {c.accent});
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {c.border}; }}
QTableView, QTreeView, QListView {{ border: 1px solid {c.border}; gridline-color: {c.border}; }}
QFrame#card, QFrame#dueCard {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 10px; }}
QPushButton {{
    background: {c.button}; color: {c.text}; border: 1px solid {c.border};
    border-radius: 6px; padding: 6px 14px; min-height: 1.4em;
}}
QPushButton:hover {{ background: {c.hover}; }}
QPushButton:focus {{ border-color: {c.accent}; }}
QPushButton:disabled {{ color: {c.disabled}; background: {c.window}; }}
QPushButton[primary="true"] {{
    background: {c.accent}; color: {c.on_accent}; border-color: {c.accent_pressed};
    font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {c.accent_hover}; }}
QPushButton[primary="true"]:pressed {{ background: {c.accent_pressed}; }}
QPushButton[danger="true"] {{
    background: {c.danger}; color: #ffffff; border-color: {c.danger_hover};
    font-weight: 600;
}}
QPushButton[danger="true"]:hover {{ background: {c.danger_hover}; }}
QPushButton[primary="true"]:focus, QPushButton[danger="true"]:focus {{
    border: 2px solid {c.text}; padding: 5px 13px;
}}
QPushButton[primary="true"]:disabled, QPushButton[danger="true"]:disabled {{
    background: {c.border}; color: {c.disabled}; border-color: {c.border};
}}
"""


def _tinted_file(name: str, color: str) -> str:
    """The Lucide icon ``name`` in ``color`` as a file, for the stylesheet's ``url()``."""
    folder = _current.get("tempdir")
    if not isinstance(folder, str):
        folder = tempfile.mkdtemp(prefix="gemeinsam-theme-")
        atexit.register(shutil.rmtree, folder, True)
        _current["tempdir"] = folder
    path = Path(folder) / f"{name}-{color.lstrip('#')}.svg"
    if not path.exists():
        svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
        path.write_text(svg.replace("currentColor", color), encoding="utf-8")
    return path.as_posix()


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property (primary, danger, hint) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1.0 to 21.0)."""

    def luminance(color: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
