"""The Netzwerk page and the employer dialog, driven through their widgets."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from gemeinsam_desktop.services import calendar, network, roster
from gemeinsam_desktop.services.network import ContactData, EmployerData, InteractionData
from gemeinsam_desktop.store.models import SessionKind
from gemeinsam_desktop.ui import messages, operations
from gemeinsam_desktop.ui.dialogs.employer_dialog import TAB_CONTACTS, TAB_LOG, EmployerDialog
from gemeinsam_desktop.ui.dialogs.employer_import_dialog import EmployerImportDialog
from gemeinsam_desktop.ui.dialogs.session_dialog import SessionDialog
from gemeinsam_desktop.ui.models import employer_model as em
from gemeinsam_desktop.ui.pages.network import NetworkPage
from tests.services.test_employer_import import SAMPLE
from tests.ui.typing_helper import press, type_text

TODAY = dt.date.today()


def when_modal_opens(kind: type, action: Callable[[QDialog], None]) -> None:
    tries = [100]  # give up after two seconds: never reach into a later test

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmations are answered yes; their titles are recorded."""
    asked: list[str] = []

    def confirm(_parent, title, _text, _yes) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


def finish(widget) -> None:  # type: ignore[no-untyped-def]
    press(widget, Qt.Key.Key_Return)


def test_create_an_employer_with_a_contact_and_a_log_entry_then_plan_a_visit(
    qtbot, workspace, answers
) -> None:
    dialog = EmployerDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle().startswith("Neuer Arbeitgeber")
    type_text(dialog.name, "Bäckerei Stöhr & Söhne")
    finish(dialog.name)
    type_text(dialog.sector, "Lebensmittelhandwerk")
    finish(dialog.sector)
    type_text(dialog.address, "Langgasse 3, 35578 Wetzlar")
    finish(dialog.address)
    dialog.offers_tour.click()
    dialog.internships.setValue(2)
    dialog.min_hours.setValue(20)
    assert dialog.title.text() == "Bäckerei Stöhr & Söhne"
    assert dialog.plan_tour_button.isEnabled() and not dialog.plan_qa_button.isEnabled()

    dialog.tabs.setCurrentIndex(TAB_CONTACTS)
    contacts = dialog.contacts_tab
    assert not contacts.add_button.isEnabled()
    type_text(contacts.name, "Jürgen Weiß")
    type_text(contacts.role, "Inhaber")
    type_text(contacts.email, "juergen-at-example")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    assert "nicht gültig" in dialog.error.text()  # nothing added, the form keeps the text
    assert contacts.table.rowCount() == 0 and contacts.name.text() == "Jürgen Weiß"
    contacts.email.setText("juergen@example.org")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    assert contacts.table.rowCount() == 1 and contacts.name.text() == ""
    assert contacts.table.item(0, 0).text() == "Jürgen Weiß"
    assert dialog.tabs.tabText(TAB_CONTACTS) == "Ansprechpersonen (1)"

    dialog.tabs.setCurrentIndex(TAB_LOG)
    log = dialog.log_tab
    log.kind.setCurrentIndex(log.kind.findData("besuch"))
    type_text(log.summary, "Betrieb besucht, Arbeitszeiten für Mütter besprochen.")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert log.table.rowCount() == 1
    assert log.table.item(0, 1).text() == "Besuch"
    assert log.table.item(0, 3).text() == "Anna Beispiel"

    # Undo takes the log entry back, redo brings it again.
    dialog.undo_action.trigger()
    assert log.table.rowCount() == 0
    dialog.redo_action.trigger()
    assert log.table.rowCount() == 1

    with qtbot.waitSignal(operations.bus.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = network.load_employer(workspace, dialog.saved_id)
    assert (stored.name, stored.sector, stored.offers_tour, stored.offers_internships) == (
        "Bäckerei Stöhr & Söhne",
        "Lebensmittelhandwerk",
        True,
        2,
    )
    assert stored.min_weekly_hours == 20
    assert [(c.name, c.role, c.email) for c in stored.contacts] == [
        ("Jürgen Weiß", "Inhaber", "juergen@example.org")
    ]
    [entry] = stored.interactions
    assert (entry.kind, entry.happened_on, entry.coach_name) == ("besuch", TODAY, "Anna Beispiel")

    # Plan the company visit: the session dialog opens pre-filled; the coach picks the day.
    again = EmployerDialog(workspace, stored.id)
    qtbot.addWidget(again)
    again.show()
    day = TODAY + dt.timedelta(days=14)
    while calendar.holiday_name(day) or day.weekday() > 4:
        day += dt.timedelta(days=1)
    seen: dict[str, object] = {}

    def fill(session_dialog: QDialog) -> None:
        assert isinstance(session_dialog, SessionDialog)
        seen["kind"] = session_dialog.kind.currentText()
        seen["topic"] = session_dialog.topic.text()
        seen["room"] = session_dialog.place.room_text()
        session_dialog.date.setDate(QDate(day.year, day.month, day.day))
        session_dialog.save_button.click()

    when_modal_opens(SessionDialog, fill)
    again.plan_tour_button.click()
    assert seen == {
        "kind": "Betriebsbesichtigung",
        "topic": "Betriebsbesichtigung bei Bäckerei Stöhr & Söhne",
        "room": "Langgasse 3, 35578 Wetzlar",
    }
    pid = roster.list_projects(workspace)[0].id
    [session] = calendar.sessions_between(workspace, pid, day, day)
    assert session.kind is SessionKind.BETRIEBSBESICHTIGUNG
    assert session.employer_name == "Bäckerei Stöhr & Söhne"
    assert session.starts_at == dt.datetime.combine(day, dt.time(9))
    # The log notes the plan, and the dialog shows it without a change to save.
    assert again.log_tab.table.item(0, 2).text() == (
        f"Betriebsbesichtigung am {day:%d.%m.%Y} geplant."
    )
    assert not again.has_changes()


def test_closing_with_changes_asks_and_keeps_the_data(qtbot, workspace, monkeypatch) -> None:
    eid = network.save_employer(workspace, EmployerData(name="Optik Lahntal AG (fiktiv)"))
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, _t, _y: asked.append(title) or False)
    dialog = EmployerDialog(workspace, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.selectAll()
    type_text(dialog.name, "Optik Lahntal")
    dialog.reject()
    assert asked == ["Änderungen verwerfen?"] and dialog.isVisible()
    dialog.name.clear()
    finish(dialog.name)
    dialog.save()
    assert dialog.error.text() == "Bitte geben Sie den Namen des Arbeitgebers an."
    assert dialog.isVisible()
    assert network.load_employer(workspace, eid).name == "Optik Lahntal AG (fiktiv)"
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    dialog.reject()
    assert not dialog.isVisible()


@pytest.fixture
def filled(workspace):
    """Three employers: one with a due follow-up, one later, one without."""
    network.save_employer(
        workspace,
        EmployerData(
            name="Gießerei Lahnguss (fiktiv)",
            sector="Metall/Produktion",
            offers_tour=True,
            offers_internships=2,
            next_follow_up=TODAY - dt.timedelta(days=3),
            contacts=[ContactData("Petra Müller", phone="06441 12345")],
            interactions=[InteractionData(TODAY - dt.timedelta(days=20), "telefonat", "Bedarf.")],
        ),
    )
    network.save_employer(
        workspace,
        EmployerData(
            name="Optik Lahntal AG (fiktiv)",
            sector="Optik/Feinmechanik",
            offers_qa=True,
            next_follow_up=TODAY + dt.timedelta(days=10),
        ),
    )
    network.save_employer(workspace, EmployerData(name="Bäckerei Stöhr & Söhne (fiktiv)"))
    return workspace


def shown_page(qtbot, ws) -> NetworkPage:  # type: ignore[no-untyped-def]
    page = NetworkPage(ws)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.employers.model.total_count() > 0)
    return page


def names(page: NetworkPage) -> list[str]:
    model = page.employers.model
    return [model.index(r, em.NAME).data() for r in range(model.rowCount())]


def test_the_list_filters_highlights_due_follow_ups_and_deletes(qtbot, filled, answers) -> None:
    page = shown_page(qtbot, filled)
    tab = page.employers
    assert page.tabs.tabText(0) == "Arbeitgeber"
    assert names(page) == [
        "Bäckerei Stöhr & Söhne (fiktiv)",
        "Gießerei Lahnguss (fiktiv)",
        "Optik Lahntal AG (fiktiv)",
    ]
    model = tab.model
    due = model.index(1, em.FOLLOW_UP)
    assert due.data() == (TODAY - dt.timedelta(days=3)).strftime("%d.%m.%Y")
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert model.index(2, em.FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, em.OFFERS).data() == "Betriebsbesichtigung, 2 Praktikumsplätze"
    assert model.index(1, em.CONTACTS).data() == "1"
    assert tab.due_check.text() == "Nur fällige Wiedervorlagen zeigen (1 fällig)"

    type_text(tab.filter_edit, "mueller")  # the contact person, spelled without umlaut
    assert names(page) == ["Gießerei Lahnguss (fiktiv)"]
    tab.filter_edit.clear()
    tab.sector_combo.setCurrentIndex(tab.sector_combo.findData("Optik/Feinmechanik"))
    assert names(page) == ["Optik Lahntal AG (fiktiv)"]
    page.show_section("follow_ups")  # what the Übersicht asks for
    assert tab.sector_combo.currentIndex() == 0 and tab.due_check.isChecked()
    assert names(page) == ["Gießerei Lahnguss (fiktiv)"]
    tab.due_check.setChecked(False)

    tab.select(network.list_employers(filled, "optik")[0].id)
    assert tab.qa_button.isEnabled() and not tab.tour_button.isEnabled()
    tab.view.setFocus()
    with qtbot.waitSignal(operations.bus.changed):
        press(tab.view, Qt.Key.Key_Delete)
    assert answers == ["Arbeitgeber löschen?"]
    qtbot.waitUntil(lambda: model.total_count() == 2)
    assert "Optik Lahntal AG (fiktiv)" not in names(page)


def test_keyboard_opens_new_and_selected_employers(qtbot, filled, monkeypatch) -> None:
    page = shown_page(qtbot, filled)
    tab = page.employers
    opened: list[int | None] = []
    monkeypatch.setattr(tab, "open_employer", lambda eid: opened.append(eid))
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = network.list_employers(filled)[0].id
    tab.select(first)
    press(tab.view, Qt.Key.Key_Return)
    assert opened == [None, first]


def test_import_dialog_takes_the_sample_list(qtbot, workspace, tmp_path: Path) -> None:
    copy = tmp_path / "arbeitgeber.csv"
    shutil.copyfile(SAMPLE, copy)
    dialog = EmployerImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(copy)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert dialog.summary.text() == "8 neu, 0 werden ergänzt, 0 fehlerhaft, 0 bereits vorhanden"
    assert dialog.model.index(0, 1).data() == "OK"
    with qtbot.waitSignal(operations.bus.changed):
        dialog.import_button.click()
    assert len(network.list_employers(workspace)) == 8
