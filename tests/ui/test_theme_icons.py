"""The theme's colours are readable in light and dark, and every shipped icon loads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QIcon, QImage, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QListWidget, QPushButton  # noqa: E402

from gemeinsam_desktop.resources import resource_path  # noqa: E402
from gemeinsam_desktop.ui import icons, theme  # noqa: E402

SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]


@pytest.fixture(autouse=True, scope="module")
def _restore_app_look(qapp: QApplication) -> Iterator[None]:
    """Leave the shared QApplication as it was for the other UI test modules."""
    style_sheet, palette = qapp.styleSheet(), qapp.palette()
    yield
    qapp.setStyleSheet(style_sheet)
    qapp.setPalette(palette)
    icons.clear_cache()


@pytest.fixture
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[QApplication]:
    theme.apply_theme(qapp, scheme=request.param)
    yield qapp
    theme.apply_theme(qapp, scheme=Qt.ColorScheme.Light)


def opaque_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )


def test_icon_names_match_the_files() -> None:
    shipped = {p.stem for p in resource_path("icons").glob("*.svg")}
    assert shipped == set(icons.ICON_NAMES)


@pytest.mark.parametrize("name", sorted(icons.ICON_NAMES))
def test_every_icon_loads_with_visible_pixels(qapp: QApplication, name: str) -> None:
    result = icons.icon(name)
    assert not result.isNull()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected):
        pixmap = result.pixmap(24, 24, mode)
        assert not pixmap.isNull()
        assert opaque_pixels(pixmap.toImage()) > 10, (name, mode)


def test_icon_is_drawn_in_the_palette_text_colour(qapp: QApplication) -> None:
    theme.apply_theme(qapp, scheme=Qt.ColorScheme.Dark)
    try:
        image = icons.icon("x").pixmap(48, 48).toImage()
        text = qapp.palette().color(QPalette.ColorRole.WindowText)
        colours = {
            image.pixelColor(x, y).rgb()
            for y in range(48)
            for x in range(48)
            if image.pixelColor(x, y).alpha() == 255
        }
        assert colours == {text.rgb()}
    finally:
        theme.apply_theme(qapp, scheme=Qt.ColorScheme.Light)


def test_icon_in_an_explicit_colour_and_cached(qapp: QApplication) -> None:
    white = icons.icon("plus", "#ffffff")
    assert icons.icon("plus", "#ffffff").cacheKey() == white.cacheKey()
    assert icons.icon("plus").cacheKey() != white.cacheKey()


@pytest.mark.parametrize("name", ["", "nope", "Users", "alert-triangle", "../LICENSE-lucide"])
def test_unknown_icon_raises(qapp: QApplication, name: str) -> None:
    with pytest.raises(icons.UnknownIconError, match="Unknown icon"):
        icons.icon(name)


def test_app_icon_loads_at_every_size_it_is_asked_for(qapp: QApplication) -> None:
    from gemeinsam_desktop.ui.app_icon import app_icon

    result = app_icon()
    assert not result.isNull()
    assert opaque_pixels(result.pixmap(32, 32).toImage()) > 500
    # drawn from the SVG at the size asked (the unlock window's logo, a large taskbar icon)
    for size in (72, 256):
        image = result.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        assert opaque_pixels(image) > size * size // 3


def test_licence_and_readme_are_shipped() -> None:
    licence = resource_path("icons", "LICENSE-lucide.txt")
    assert licence.is_file()
    assert "ISC License" in licence.read_text(encoding="utf-8")
    assert "lucide-static" in resource_path("icons", "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("themed", SCHEMES, indirect=True)
def test_palette_text_is_readable(themed: QApplication) -> None:
    palette = themed.palette()
    role = QPalette.ColorRole
    for fg, bg in [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
    ]:
        ratio = theme.contrast_ratio(palette.color(fg), palette.color(bg))
        assert ratio >= 4.5, (fg, bg, ratio)


@pytest.mark.parametrize("themed", SCHEMES, indirect=True)
def test_scheme_is_applied(themed: QApplication) -> None:
    dark = themed.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert theme.is_dark() == dark
    assert theme.accent_color() == QColor(theme.colors().accent)


def test_follows_the_system_scheme_unless_forced(qapp: QApplication) -> None:
    hints = qapp.styleHints()
    try:
        theme.apply_theme(qapp)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark()
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not theme.is_dark()
        theme.apply_theme(qapp, scheme=Qt.ColorScheme.Light)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert not theme.is_dark()
    finally:
        theme.apply_theme(qapp, scheme=Qt.ColorScheme.Light)


@pytest.mark.parametrize("themed", SCHEMES, indirect=True)
def test_styled_colour_pairs_are_readable(themed: QApplication) -> None:
    c = theme.colors()
    pairs = {
        "primary button": (c.on_accent, c.accent),
        "primary hover": (c.on_accent, c.accent_hover),
        "danger button": ("#ffffff", c.danger),
        "danger hover": ("#ffffff", c.danger_hover),
        "hint on window": (c.muted, c.window),
        "hint on card": (c.muted, c.card),
        "text on card": (c.text, c.card),
        "navigation": (c.text, c.nav),
        "navigation hover": (c.text, c.hover),
        "demo banner": (c.on_banner, c.banner),
    }
    for what, (fg, bg) in pairs.items():
        ratio = theme.contrast_ratio(QColor(fg), QColor(bg))
        assert ratio >= 4.5, (what, ratio)


@pytest.mark.parametrize("themed", SCHEMES, indirect=True)
def test_primary_button_is_drawn_in_the_accent(themed: QApplication, qtbot) -> None:
    button = QPushButton("Speichern")
    button.setProperty("primary", True)
    qtbot.addWidget(button)
    button.resize(160, 40)
    image = button.grab().toImage()
    centre_left = image.pixelColor(8, image.height() // 2)
    assert centre_left.name() == theme.colors().accent


def test_styled_widgets_render_without_warnings(qapp: QApplication, qtbot) -> None:
    for scheme in SCHEMES:
        theme.apply_theme(qapp, scheme=scheme)
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.addItem("Übersicht")
        title = QLabel("Teilnehmende")
        title.setObjectName("pageTitle")
        hint = QLabel("Hinweis")
        hint.setProperty("hint", True)
        card = QFrame()
        card.setObjectName("card")
        danger = QPushButton("Löschen")
        danger.setProperty("danger", True)
        for widget in (nav, title, hint, card, danger):
            qtbot.addWidget(widget)
            assert not widget.grab().isNull()
    theme.apply_theme(qapp, scheme=Qt.ColorScheme.Light)


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, 0.01)
