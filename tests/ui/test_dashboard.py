"""Übersicht: the project's figures and charts, each opening the list behind it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from gemeinsam_desktop.store.models import LeadStage
from gemeinsam_desktop.ui.main_window import MainWindow
from gemeinsam_desktop.ui.pages.overview import OverviewPage
from tests.services import figures_data


@pytest.fixture
def project(workspace):
    return figures_data.build(workspace, dt.date.today() - dt.timedelta(days=180))


def _page(qtbot, workspace) -> OverviewPage:
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitUntil(lambda: page.integration_chart.value is not None, timeout=10_000)
    return page


def test_dashboard_shows_key_figures_and_charts(qtbot, workspace, project) -> None:
    page = _page(qtbot, workspace)

    assert page.active.value.text() == "3"
    assert page.placed.value.text() == "19"
    assert page.dropped.value.text() == "1"
    assert page.integration_chart.value == pytest.approx(0.9)
    assert page.integration_chart.target == pytest.approx(0.9)
    assert "18 von 20" in page.integration_text.text()
    assert "Minijob 1" in page.integration_text.text()
    assert "90 %" in page.integration_chart.accessibleName()
    assert page.attendance_chart.value == pytest.approx(4 / 7)
    assert "4 von 7" in page.attendance_text.text()
    bars = {bar.key: bar.value for bar in page.leads_chart.bars}
    assert bars[LeadStage.BEWORBEN.value] == 1
    assert bars[LeadStage.IDEE.value] == 1
    assert bars[LeadStage.ZUSAGE.value] == 0
    assert "beworben: 1" in page.leads_chart.accessibleDescription()
    # Nine placements are older than three months and nobody asked yet.
    assert page.follow.value.text() == "9"
    assert page.follow.detail.text() == "Arbeitgeber: 0 · Vermittlungen: 9"


def test_clicks_and_keys_ask_for_the_list_behind_a_figure(qtbot, workspace, project) -> None:
    page = _page(qtbot, workspace)
    asked: list[tuple[str, str]] = []
    page.navigate.connect(lambda target, arg: asked.append((target, arg)))

    qtbot.mouseClick(page.placed, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.dropped.value, Qt.MouseButton.LeftButton)
    page.week.setFocus()
    qtbot.keyClick(page.week, Qt.Key.Key_Return)
    qtbot.mouseClick(page.attendance_chart, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.follow, Qt.MouseButton.LeftButton)
    index = next(i for i, b in enumerate(page.leads_chart.bars) if b.key == "beworben")
    bar = page.leads_chart.bar_rect(index).center().toPoint()
    qtbot.mouseClick(page.leads_chart, Qt.MouseButton.LeftButton, pos=bar)
    qtbot.mouseClick(page.leads_chart, Qt.MouseButton.LeftButton, pos=QPoint(2, 1))

    assert asked == [
        ("participants", "vermittelt"),
        ("participants", "abgebrochen"),
        ("calendar", ""),
        ("attendance", ""),
        ("network", "follow_ups"),
        ("network", "leads:beworben"),
        ("network", "leads"),
    ]


def test_clicking_placed_opens_the_roster_filtered_by_status(qtbot, workspace, project) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.pages[0])
    overview = window.pages[0]
    qtbot.waitUntil(lambda: overview.placed.value.text() == "19", timeout=10_000)

    qtbot.mouseClick(overview.placed, Qt.MouseButton.LeftButton)

    roster = window.participants_page
    assert window.stack.currentWidget() is roster
    assert roster.status_combo.currentData() == "vermittelt"
    qtbot.waitUntil(lambda: roster.model.rowCount() == 19, timeout=10_000)

    window.show_page(overview)
    qtbot.mouseClick(overview.active, Qt.MouseButton.LeftButton)
    assert roster.status_combo.currentData() == "aktiv"
    qtbot.waitUntil(lambda: roster.model.rowCount() == 3, timeout=10_000)

    window.show_page(overview)
    qtbot.mouseClick(overview.follow, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().icon_name == "handshake"


def test_agreements_figure_scrolls_to_the_due_list(qtbot, workspace) -> None:
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitUntil(lambda: page.due_hint.text() != "", timeout=10_000)
    qtbot.mouseClick(page.due, Qt.MouseButton.LeftButton)
    top = page.due_frame.mapTo(page, QPoint(0, 0)).y()
    assert 0 <= top < page.height()


def test_empty_project_says_so(qtbot, workspace) -> None:
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.leads_text.text() != "", timeout=10_000)
    assert page.integration_chart.value is None
    assert page.integration_text.text().startswith("Noch hat niemand die Teilnahme beendet.")
    assert page.attendance_text.text() == "Noch keine Anwesenheit erfasst."
    assert page.leads_text.text() == "Noch keine Hinweise erfasst."
