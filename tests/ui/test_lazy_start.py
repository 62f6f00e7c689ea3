"""Start-up work (issue #8): pages built when first shown, data loaded after the window
shows, heavy modules imported when used, and an idle watcher that only reads the clock."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gemeinsam_desktop.services.notes import AgreementData
from gemeinsam_desktop.ui import icons, preferences, theme
from gemeinsam_desktop.ui.controller import AppController
from gemeinsam_desktop.ui.main_window import MainWindow
from gemeinsam_desktop.ui.operations import wait_idle
from gemeinsam_desktop.ui.page_registry import PAGE_SPECS, page_titles
from gemeinsam_desktop.ui.pages.base import Page
from gemeinsam_desktop.ui.pages.overview import DueAgreements, OverviewPage
from tests.conftest import PASSPHRASE
from tests.helpers import REPO
from tests.ui.typing_helper import type_text


def built_keys(window: MainWindow) -> list[str]:
    return [spec.key for spec in PAGE_SPECS if window.built_page(spec.key) is not None]


def new_window(qtbot, workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    return window


# -- pages built on first show ---------------------------------------------------------
def test_only_the_first_page_is_built_and_others_on_first_visit(qtbot, workspace) -> None:
    window = new_window(qtbot, workspace)
    assert built_keys(window) == ["overview"]
    assert [window.navigation.item(i).text() for i in range(6)] == [
        "Übersicht",
        "Teilnehmende",
        "Kalender",
        "Netzwerk",
        "Berichte",
        "Einstellungen",
    ]
    # the other rows hold empty placeholders, not pages
    assert not isinstance(window.stack.widget(3), Page)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(3)
    network = window.built_page("network")
    assert network is not None and network is window.network_page
    assert window.stack.currentWidget() is network
    assert window.stack.indexOf(network) == 3
    assert built_keys(window) == ["overview", "network"]
    assert window.pages.index(network) == 3 and network in window.pages
    # Strg+5 goes to Berichte and builds it then
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.built_page("reports")
    assert window.stack.count() == 6
    wait_idle()


def test_navigation_titles_and_icons_are_the_pages_own(qtbot, workspace) -> None:
    window = new_window(qtbot, workspace)
    assert len(window.pages) == len(PAGE_SPECS) == len(page_titles())
    for row, spec in enumerate(PAGE_SPECS):
        page = window.pages[row]  # builds it
        assert type(page).__name__ == spec.class_name
        assert type(page).icon_name == spec.icon_name
        assert page.title == window.navigation.item(row).text()
        assert window.stack.widget(row) is page
    assert built_keys(window) == [spec.key for spec in PAGE_SPECS]
    wait_idle()


def test_the_remembered_page_is_the_one_built(qtbot, workspace) -> None:
    preferences.LAST_PAGE.set(4)
    window = new_window(qtbot, workspace)
    assert built_keys(window) == ["reports"]
    assert window.stack.currentWidget() is window.reports_page
    assert window.navigation.currentRow() == 4
    wait_idle()


def test_the_settings_page_signals_reach_the_window_once_it_is_built(qtbot, workspace) -> None:
    window = new_window(qtbot, workspace)
    assert window.built_page("settings") is None
    with qtbot.waitSignal(window.language_changed) as language:
        window.settings_page.language_changed.emit("en")
    assert language.args == ["en"]
    with qtbot.waitSignal(window.auto_lock_changed) as minutes:
        window.settings_page.auto_lock_changed.emit(7)
    assert minutes.args == [7]
    wait_idle()


def test_a_new_window_shows_before_its_page_loads_data(qtbot, workspace) -> None:
    window = new_window(qtbot, workspace)
    window.show()  # no event processed yet: the window is not on screen
    overview = window.overview_page
    assert overview.isVisible() and overview._stale  # waits for the window's first paint
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: overview.active.value.text() == "0", timeout=10_000)
    assert not overview._stale
    wait_idle()


# -- the agreements due: one style sheet for all rows ------------------------------------
def test_overdue_rows_are_marked_in_the_danger_colour(qtbot, workspace) -> None:
    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    items = [
        AgreementData(
            1,
            "Kita-Platz anfragen",
            monday - dt.timedelta(days=9),
            id=1,
            participant_name="Öztürk, Ayşe",
        ),
        AgreementData(
            1,
            "Lebenslauf schicken",
            monday + dt.timedelta(days=6),
            id=2,
            participant_name="Öztürk, Ayşe",
        ),
    ]
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    # The page loads its own list once it is on screen; let that land first, or it would
    # replace these rows (and delete their labels) while the test looks at them.
    qtbot.waitUntil(lambda: not page._stale)
    wait_idle()
    qtbot.waitUntil(lambda: page.due_hint.text() != "")
    page.show_due(DueAgreements(today, monday, monday + dt.timedelta(days=6), 1, items))
    rows = {row.agreement.id: row for row in page.due_rows}
    overdue = rows[1].overdue_label
    qtbot.waitUntil(overdue.isVisible)
    assert rows[2].overdue_label.isHidden()
    image = overdue.grab().toImage()
    danger = QColor(theme.colors().danger)
    reddish = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if abs(image.pixelColor(x, y).red() - danger.red()) < 40
        and image.pixelColor(x, y).green() < 120
    ]
    assert len(reddish) > 20  # the word is drawn in red, not in the text colour
    # a second load replaces the rows and keeps the one style sheet
    page.show_due(DueAgreements(today, monday, monday + dt.timedelta(days=6), 1, items[1:]))
    assert [row.agreement.id for row in page.due_rows] == [2]
    assert page.due_frame.styleSheet().count("QFrame#dueRow {") == 1


# -- icons -----------------------------------------------------------------------------------
def test_hover_icons_are_drawn_like_normal_ones(qapp) -> None:
    icon = icons.icon("users")
    normal = icon.pixmap(24, 24, QIcon.Mode.Normal).toImage()
    assert icon.pixmap(24, 24, QIcon.Mode.Active).toImage() == normal
    assert icon.pixmap(24, 24, QIcon.Mode.Selected).toImage() != normal


# -- the idle watcher ------------------------------------------------------------------------
def test_idle_watcher_listens_only_while_auto_lock_is_on(qtbot, ready_folder) -> None:
    ready_folder.acquire()
    ctrl = AppController(ready_folder)
    try:
        assert ctrl.start()
        assert not ctrl._idle.installed  # the unlock window: no auto-lock, no filter
        unlock = ctrl.unlock_window
        assert unlock is not None
        type_text(unlock.passphrase, PASSPHRASE)
        QTest.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=10_000)
        assert ctrl._idle.installed and ctrl.idle_timer.isActive()
        before = ctrl._idle.last_activity
        qtbot.wait(20)
        QTest.keyClick(ctrl.main_window.navigation, Qt.Key.Key_Down)
        assert ctrl._idle.last_activity > before
        ctrl.set_auto_lock(0)
        assert not ctrl._idle.installed and not ctrl.idle_timer.isActive()
        ctrl.set_auto_lock(5)
        ctrl.lock()
        assert not ctrl._idle.installed
    finally:
        ctrl.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()


# -- imports ---------------------------------------------------------------------------------
def loaded_after(code: str, names: tuple[str, ...]) -> set[str]:
    """Which of ``names`` a fresh interpreter holds after running ``code``."""
    check = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, cwd=REPO, env=env
    )
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split()) & set(names)


PAGES = tuple(spec.module for spec in PAGE_SPECS)
PRINTING = ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "reportlab")


def test_the_main_window_imports_only_its_first_page() -> None:
    loaded = loaded_after("import gemeinsam_desktop.ui.main_window", PAGES + PRINTING)
    assert loaded == set()
    overview = loaded_after(
        "import gemeinsam_desktop.ui.pages.overview",
        ("gemeinsam_desktop.services.overview", "gemeinsam_desktop.services.figures"),
    )
    assert overview == set()  # the figures' services load on the worker


def test_pages_with_print_menus_load_printing_when_used() -> None:
    code = "import gemeinsam_desktop.ui.pages.participants, gemeinsam_desktop.ui.pages.calendar"
    assert loaded_after(code, PRINTING) == set()
    assert loaded_after(code + "\nimport gemeinsam_desktop.ui.widgets.pdf_preview", PRINTING)


def test_the_demo_passphrase_needs_no_sqlalchemy() -> None:
    code = "from gemeinsam_desktop.services.demo_accounts import DEMO_PASSPHRASE"
    assert loaded_after(code, ("sqlalchemy",)) == set()
    assert loaded_after("import gemeinsam_desktop.services.demo_data", ("sqlalchemy",))
