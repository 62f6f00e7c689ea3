"""The Teilnehmende page driven like a coach: filter, sort, open, archive, switch projects."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from gemeinsam_desktop.services import demo, roster
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.ui import operations, preferences
from gemeinsam_desktop.ui.models import roster_model as rm
from gemeinsam_desktop.ui.pages.participants import NewProjectDialog, ParticipantsPage
from tests.ui.typing_helper import press, type_text


def loaded(qtbot, page: ParticipantsPage, text: str) -> None:
    qtbot.waitUntil(lambda: page.count_label.text() == text, timeout=10_000)


@pytest.fixture
def page(qtbot, workspace):
    demo.fill_demo(workspace, add_coaches=False)
    p = ParticipantsPage(workspace)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    loaded(qtbot, p, "64 von 64 Teilnehmenden")
    return p


def shown_names(page: ParticipantsPage) -> list[str]:
    m = page.model
    return [m.data(m.index(r, rm.NAME)) for r in range(m.rowCount())]


def cell_center(page: ParticipantsPage, row: int, column: int = rm.NAME) -> QPoint:
    return page.view.visualRect(page.model.index(row, column)).center()


def test_typing_in_the_filter_narrows_the_table_and_the_count(qtbot, page) -> None:
    assert page.stack.currentWidget() is page.view
    type_text(page.filter_edit, "müller")
    assert 0 < page.model.visible_count() < 64
    assert all("Müller" in name for name in shown_names(page))
    assert page.count_label.text() == f"{page.model.visible_count()} von 64 Teilnehmenden"
    press(page.filter_edit, Qt.Key.Key_Escape)
    assert page.filter_edit.text() == ""
    assert page.count_label.text() == "64 von 64 Teilnehmenden"


def test_ctrl_f_focuses_the_filter(qtbot, page) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    press(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()


def test_status_filter_and_archived_checkbox(qtbot, page) -> None:
    page.status_combo.setCurrentIndex(page.status_combo.findText("vermittelt"))
    shown = page.model.visible_count()
    assert 0 < shown < 64
    column = rm.STATUS
    assert {page.model.data(page.model.index(r, column)) for r in range(shown)} == {"vermittelt"}
    assert page.count_label.text() == f"{shown} von 64 Teilnehmenden"
    page.status_combo.setCurrentIndex(0)
    assert page.model.visible_count() == 64


def test_clicking_a_header_sorts_and_is_remembered(qtbot, page, workspace) -> None:
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(rm.AGE) + header.sectionSize(rm.AGE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_column() == rm.AGE
    ages = [page.model.row_data(page.model.index(r, 0)).age for r in range(64)]
    present = [a for a in ages if a is not None]
    first_order = page.model.sort_order()
    assert present == sorted(present, reverse=first_order == Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_order() != first_order
    ages = [page.model.row_data(page.model.index(r, 0)).age for r in range(64)]
    present = [a for a in ages if a is not None]
    assert present == sorted(
        present, reverse=page.model.sort_order() == Qt.SortOrder.DescendingOrder
    )
    assert preferences.ROSTER_SORT.get().startswith("age ")
    again = ParticipantsPage(workspace)
    qtbot.addWidget(again)
    assert (again.model.sort_column(), again.model.sort_order()) == (
        rm.AGE,
        page.model.sort_order(),
    )


def test_double_click_and_enter_open_the_record(qtbot, page, monkeypatch) -> None:
    opened: list[int] = []
    monkeypatch.setattr(page, "open_record", opened.append)
    expected = page.model.row_id(page.model.index(2, 0))
    viewport = page.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=cell_center(page, 2))
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell_center(page, 2))
    assert opened == [expected]
    page.view.setFocus()
    press(page.view, Qt.Key.Key_Down)
    press(page.view, Qt.Key.Key_Return)
    assert opened == [expected, page.model.row_id(page.model.index(3, 0))]


def test_new_import_export_buttons_call_their_methods(qtbot, page, monkeypatch) -> None:
    calls: list[str] = []
    for name in ("new_record", "import_file", "export_file"):
        monkeypatch.setattr(page, name, lambda n=name: calls.append(n))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    press(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["new_record", "import_file", "export_file", "new_record"]


def test_archive_button_hides_the_row_and_restore_brings_it_back(qtbot, page, workspace) -> None:
    page.view.selectRow(0)
    pid = page.selected_ids()[0]
    assert page.archive_button.text() == "Archivieren"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, page, "63 von 63 Teilnehmenden")
    assert page.model.row_of_id(pid) is None
    assert pid not in {r.id for r in roster.roster_rows(workspace, 1)}
    page.archived_check.setChecked(True)
    assert page.count_label.text() == "64 von 64 Teilnehmenden"
    page.view.selectRow(page.model.row_of_id(pid))
    assert page.archive_button.text() == "Wiederherstellen"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not page.model.row_data(page.model.index(page.model.row_of_id(pid), 0)).archived
    )
    page.archived_check.setChecked(False)
    assert page.count_label.text() == "64 von 64 Teilnehmenden"


def test_selection_and_scroll_survive_a_refresh(qtbot, page) -> None:
    page.view.selectRow(40)
    page.view.scrollTo(page.model.index(40, 0))
    pid = page.current_id()
    scroll = page.view.verticalScrollBar().value()
    assert pid is not None and scroll > 0
    operations.bus.changed.emit(frozenset({"attendance"}))
    generation = page._generation
    operations.wait_idle()
    qtbot.waitUntil(lambda: page._generation == generation)  # the reload has arrived
    qtbot.wait(50)
    assert page.selected_ids() == [pid] and page.current_id() == pid
    assert page.view.verticalScrollBar().value() == scroll


def test_project_switcher_shows_the_other_projects_rows(qtbot, page, workspace) -> None:
    other = roster.create_project(workspace, "Gemeinsam 2027", dt.date(2027, 1, 4))
    roster.save_participant(
        workspace, ParticipantData(project_id=other.id, last_name="Yılmaz", first_name="Ayşe")
    )
    operations.bus.changed.emit(frozenset({"project"}))
    qtbot.waitUntil(lambda: page.project_combo.count() == 2, timeout=10_000)
    assert page.project_id == 1, "a newer project does not take over the page"
    assert page.project_combo.currentData() == 1
    page.project_combo.setCurrentIndex(page.project_combo.findData(other.id))
    loaded(qtbot, page, "1 von 1 Teilnehmenden")
    assert shown_names(page) == ["Yılmaz, Ayşe"]
    assert page.project_id == other.id
    assert preferences.ROSTER_PROJECT.get() == other.id
    page.project_combo.setCurrentIndex(page.project_combo.findData(1))
    loaded(qtbot, page, "64 von 64 Teilnehmenden")


def test_new_project_dialog_creates_and_refuses_an_end_before_the_start(qtbot, workspace) -> None:
    dialog = NewProjectDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.name, "Gemeinsam Süd")
    assert dialog.ok_button.isEnabled()
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert not dialog.ok_button.isEnabled()
    assert "vor dem Projektbeginn" in dialog.error.text()
    dialog.end.setDate(dialog.start.date().addMonths(6))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.created is not None and dialog.created.name == "Gemeinsam Süd"
    assert "Gemeinsam Süd" in [p.name for p in roster.list_projects(workspace)]


def test_context_menu_offers_the_record_actions(qtbot, page, monkeypatch) -> None:
    calls: list[tuple[str, int]] = []
    for name in ("open_record", "export_disclosure", "erase_record"):
        monkeypatch.setattr(page, name, lambda pid, n=name: calls.append((n, pid)))
    pid = page.model.row_id(page.model.index(5, 0))
    menu = page.context_menu(pid)
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert list(actions) == [
        "Öffnen",
        "Archivieren",
        "Teilnahmebescheinigung",
        "Auskunft exportieren…",
        "Löschen (DSGVO)…",
    ]
    certificate = actions["Teilnahmebescheinigung"].menu()
    assert [a.text() for a in certificate.actions()] == [
        "&Vorschau",
        "&Drucken…",
        "Als PDF &speichern…",
    ]
    for text in ("Öffnen", "Auskunft exportieren…", "Löschen (DSGVO)…"):
        actions[text].trigger()
    assert calls == [("open_record", pid), ("export_disclosure", pid), ("erase_record", pid)]
    menu.deleteLater()


def test_empty_project_shows_a_friendly_start(qtbot, workspace, monkeypatch) -> None:
    page = ParticipantsPage(workspace)
    qtbot.addWidget(page)
    calls: list[str] = []
    monkeypatch.setattr(page, "import_file", lambda: calls.append("import"))
    monkeypatch.setattr(page, "new_record", lambda: calls.append("new"))
    page.show()
    loaded(qtbot, page, "0 von 0 Teilnehmenden")
    assert page.stack.currentWidget() is page.empty
    assert not page.filter_row.isEnabled()
    qtbot.mouseClick(page.empty_import, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.empty_new, Qt.MouseButton.LeftButton)
    assert calls == ["import", "new"]


def test_right_click_selects_the_row_under_the_mouse(qtbot, page, monkeypatch) -> None:
    seen: list[int] = []

    def fake_menu(pid: int):
        seen.append(pid)

        class Quiet:
            def exec(self, _pos) -> None:
                return None

        return Quiet()

    monkeypatch.setattr(page, "context_menu", fake_menu)
    expected = page.model.row_id(page.model.index(4, 0))
    page.view.customContextMenuRequested.emit(cell_center(page, 4))
    assert seen == [expected] and page.selected_ids() == [expected]
    QTest.qWait(0)
