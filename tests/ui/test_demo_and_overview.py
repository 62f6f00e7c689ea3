"""The demo opens as a living app, and the Übersicht shows its figures."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from gemeinsam_desktop.services import demo
from gemeinsam_desktop.services.overview import load_overview
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.ui.controller import AppController
from gemeinsam_desktop.ui.pages.overview import OverviewPage


def test_demo_mode_builds_and_opens_a_marked_demo(qtbot, data_dir) -> None:
    folder = DataFolder(data_dir)
    folder.acquire()
    ctrl = AppController(folder, demo=True)
    try:
        assert ctrl.start()
        window = ctrl.main_window
        assert window is not None
        assert "DEMO" in window.windowTitle()
        assert window.findChild(QLabel, "demoBanner") is not None
        qtbot.waitUntil(
            lambda: window.pages[0].active.value.text() not in ("–", "0"), timeout=10_000
        )
        # Locked, the demo says its passphrase, so a newcomer gets back in.
        ctrl.lock()
        banner = ctrl.unlock_window.findChild(QLabel, "demoBanner")
        assert demo.DEMO_PASSPHRASE in banner.text()
    finally:
        ctrl.shutdown()
        if ctrl.unlock_window is not None:
            ctrl.unlock_window.close()
    # A second start opens the same demo instead of building a new one.
    ctrl2 = AppController(folder, demo=True)
    try:
        assert ctrl2.start()
        assert ctrl2.workspace is not None
        assert ctrl2.workspace.db.table_counts()["participant"] == 64
    finally:
        ctrl2.shutdown()


def test_overview_shows_figures_in_german_format(qtbot, workspace) -> None:
    demo.fill_demo(workspace, add_coaches=False)
    expected = load_overview(workspace)
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.active.value.text() == str(expected.active), timeout=10_000)
    assert page.placed.value.text() == str(expected.placed)
    assert page.due.value.text() == str(expected.agreements_due_this_week)
    lines = page.week_list.text().splitlines()
    assert len(lines) == len(expected.sessions_this_week) > 0
    first = expected.sessions_this_week[0].starts_at
    german_day = QLocale(QLocale.Language.German).dayName(
        first.isoweekday(), QLocale.FormatType.ShortFormat
    )
    assert lines[0].startswith(german_day)
    assert first.strftime("%d.%m.") in lines[0]
    start, end = expected.period
    assert isinstance(start, dt.date) and start.strftime("%d.%m.%Y") in page.greeting.text()
