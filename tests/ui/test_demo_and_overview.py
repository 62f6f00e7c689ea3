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


def test_overview_says_it_is_loading_and_never_keeps_saying_so(qtbot, data_dir) -> None:
    from tests.conftest import PASSPHRASE
    from tests.ui.conftest import message_boxes

    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    ws.close()
    ws = folder.unlock_passphrase(PASSPHRASE)  # the database opens with the first load
    page = OverviewPage(ws)
    qtbot.addWidget(page)
    assert page.greeting.text() == "Die Zahlen werden geladen …"
    page.show()
    qtbot.waitUntil(lambda: page.greeting.text().startswith("Guten Tag"), timeout=10_000)
    # a load that fails (here: locked meanwhile) leaves no "loading" standing, and says why
    ws.close()
    page.greeting.setText("Die Zahlen werden geladen …")
    page.refresh_now()
    qtbot.waitUntil(lambda: page.greeting.text() == "" and bool(message_boxes()), timeout=10_000)
    assert "gesperrt" in message_boxes()[0].text()
    for box in message_boxes():
        box.close()
    folder.release()


# -- Fällig diese Woche (issue #5) ----------------------------------------------------------
def _due_fixture(ws):
    from gemeinsam_desktop.services import notes, roster
    from gemeinsam_desktop.services.notes import AgreementData
    from gemeinsam_desktop.services.overview import week_bounds
    from gemeinsam_desktop.services.roster import ParticipantData
    from gemeinsam_desktop.store.models import AgreementState, ParticipantStatus

    def person(last: str, first: str) -> int:
        return roster.save_participant(
            ws,
            ParticipantData(
                project_id=1, last_name=last, first_name=first, status=ParticipantStatus.AKTIV
            ),
        )

    def agreement(pid: int, text: str, due: dt.date, state=AgreementState.OFFEN) -> int:
        return notes.save_agreement(
            ws, AgreementData(participant_id=pid, text=text, due_date=due, state=state)
        )

    today = dt.date.today()
    monday, sunday = week_bounds(today)
    mueller, weber = person("Müller", "Jülide"), person("Weber", "Tom")
    ids = {
        "sunday": agreement(mueller, "Lebenslauf per E-Mail schicken", sunday),
        "monday": agreement(weber, "Termin beim JobCenter wahrnehmen", monday),
        "old": agreement(weber, "Kita-Platz anfragen", monday - dt.timedelta(days=10)),
        "next": agreement(mueller, "Praktikum anfragen", sunday + dt.timedelta(days=1)),
        "done": agreement(mueller, "Schon erledigt", sunday, AgreementState.ERLEDIGT),
    }
    return ids, {"mueller": mueller, "weber": weber}, today, monday


def _overview(qtbot, ws, rows: int) -> OverviewPage:
    page = OverviewPage(ws)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.due_rows) == rows, timeout=10_000)
    # Rows are clicked in the tests: wait until they are shown and laid out.
    qtbot.waitUntil(
        lambda: all(r.isVisible() and r.check.width() < r.width() for r in page.due_rows)
    )
    return page


def test_overview_lists_open_agreements_due_this_week_and_overdue_ones(qtbot, workspace) -> None:
    ids, people, today, monday = _due_fixture(workspace)
    page = _overview(qtbot, workspace, 3)
    shown = [row.agreement.id for row in page.due_rows]
    # This week's by date first, then what was due before Monday; not next week's, not done.
    assert shown == [ids["monday"], ids["sunday"], ids["old"]]
    by_id = {row.agreement.id: row for row in page.due_rows}
    sunday_row = by_id[ids["sunday"]]
    assert sunday_row.name_label.text() == "Müller, Jülide"
    assert sunday_row.text_label.text() == "Lebenslauf per E-Mail schicken"
    sunday = monday + dt.timedelta(days=6)
    german = QLocale(QLocale.Language.German).dayName(7, QLocale.FormatType.ShortFormat)
    assert sunday_row.date_label.text() == f"{german}, {sunday:%d.%m.}"
    assert sunday_row.overdue_label.isHidden()
    assert not by_id[ids["old"]].overdue_label.isHidden()
    assert by_id[ids["old"]].overdue_label.text() == "überfällig"
    assert by_id[ids["monday"]].overdue_label.isHidden() == (monday >= today)
    assert page.findChild(QLabel, "dueEarlier") is not None
    assert "überfällig" in page.due_hint.text()


def test_marking_an_agreement_erledigt_removes_it(qtbot, workspace) -> None:
    from PySide6.QtCore import Qt

    from gemeinsam_desktop.services import notes
    from gemeinsam_desktop.services.overview import week_bounds

    ids, _people, today, monday = _due_fixture(workspace)
    page = _overview(qtbot, workspace, 3)
    row = next(r for r in page.due_rows if r.agreement.id == ids["sunday"])
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.due_rows) == 2, timeout=10_000)
    assert ids["sunday"] not in [r.agreement.id for r in page.due_rows]
    _monday, sunday = week_bounds(today)
    still_open = notes.due_between(workspace, 1, dt.date.min, sunday)
    assert ids["sunday"] not in [a.id for a in still_open]


def test_clicking_a_due_row_opens_the_persons_record(qtbot, workspace, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    ids, people, _today, _monday = _due_fixture(workspace)
    page = _overview(qtbot, workspace, 3)
    opened: list[int] = []
    monkeypatch.setattr(page, "open_participant", opened.append)
    row = next(r for r in page.due_rows if r.agreement.id == ids["sunday"])
    qtbot.mouseClick(row.text_label, Qt.MouseButton.LeftButton)
    assert opened == [people["mueller"]]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    assert opened == [people["mueller"]] * 2
    assert not row.check.isChecked()  # opening marks nothing


def test_overview_without_due_agreements_says_so(qtbot, workspace) -> None:
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.due_hint.text() != "", timeout=10_000)
    assert page.due_rows == []
    assert page.due_hint.text() == "Diese Woche ist keine Vereinbarung fällig."
