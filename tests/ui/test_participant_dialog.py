"""The record dialog: create, edit with undo/redo, validation, duplicates, cancel, children."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from gemeinsam_desktop.services import roster
from gemeinsam_desktop.services.roster import ChildData, ConsentData, ParticipantData
from gemeinsam_desktop.store.models import ParticipantStatus
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.dialogs.participant_dialog import DateField, ParticipantDialog
from gemeinsam_desktop.ui.labels import status_label
from gemeinsam_desktop.ui.operations import bus
from tests.ui.typing_helper import press, type_text

PROJECT = 1
TODAY = dt.date.today()


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def enter(widget: QWidget, text: str, *, replace: bool = False) -> None:
    """Type into a field like a coach does and finish with Enter."""
    edit = widget.edit if isinstance(widget, DateField) else widget
    assert isinstance(edit, QLineEdit)
    if replace:
        edit.selectAll()
    type_text(edit, text)
    press(edit, Qt.Key.Key_Return)


def open_dialog(qtbot, ws, participant_id: int | None = None) -> ParticipantDialog:
    dialog = ParticipantDialog(ws, participant_id, PROJECT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def stored(ws, **changes) -> int:
    data = ParticipantData(
        project_id=PROJECT,
        last_name="Schäfer",
        first_name="Jana",
        birth_date=dt.date(1990, 5, 4),
        phone="06441 12345",
        children=[
            ChildData(2019, 3, "Mia", True, "Allergie: Nüsse"),
            ChildData(2021, 11, "Emir", False, ""),
        ],
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return roster.save_participant(ws, data)


def people(ws) -> list[str]:
    return sorted(r.last_name for r in roster.roster_rows(ws, PROJECT, include_archived=True))


@pytest.fixture(autouse=True)
def asked(monkeypatch):
    """Answers for messages.confirm (also when qtbot closes a changed dialog at the end)."""
    questions: list[tuple[str, str]] = []
    answers = {"value": True}

    def confirm(_parent, title, text, _yes) -> bool:
        questions.append((title, text))
        return answers["value"]

    monkeypatch.setattr(messages, "confirm", confirm)
    return questions, answers


def test_new_participant_is_saved_with_every_value(qtbot, workspace, asked) -> None:
    questions, _answer = asked
    dialog = open_dialog(qtbot, workspace)
    assert dialog.windowTitle().startswith("Neue Teilnehmerin / neuer Teilnehmer")
    assert dialog.data.status == ParticipantStatus.INTERESSIERT
    assert dialog.widgets["entry_date"].date() is None
    assert not dialog.archive_button.isVisible()
    w = dialog.widgets
    w["salutation"].setCurrentIndex(w["salutation"].findData("frau"))
    enter(w["last_name"], "Müller-Şahin")
    enter(w["first_name"], "Ayşe Gül")
    enter(w["birth_date"], "7.3.1985")
    assert w["birth_date"].edit.text() == "07.03.1985"
    enter(w["street"], "Langgasse 5")
    enter(w["postal_code"], "35578")
    enter(w["city"], "Wetzlar")
    enter(w["phone"], "0170 1234567")
    enter(w["email"], "ayse@example.org")
    enter(w["customer_number"], "123d456")
    enter(w["unemployed_since"], "01.09.2024")
    enter(w["occupation_wishes"], "Verkäuferin, Einzelhandel")
    w["max_weekly_hours"].setValue(25)
    enter(w["languages"], "Türkisch, Deutsch")
    assert dialog.name_label.text() == "Ayşe Gül Müller-Şahin"

    dialog.tabs.setCurrentIndex(1)
    type_text(dialog.new_child_name, "Jonas")
    type_text(dialog.new_child_month, "04/2021")
    click(qtbot, dialog.new_child_care)
    type_text(dialog.new_child_notes, "schläft mittags")
    click(qtbot, dialog.add_child_button)
    assert dialog.children_table.rowCount() == 1
    age = ChildData(2021, 4).age_on(TODAY)
    assert dialog.children_table.item(0, 2).text() == str(age)
    assert dialog.new_child_name.text() == ""

    dialog.tabs.setCurrentIndex(2)
    w["status"].setCurrentIndex(w["status"].findData("aktiv"))
    assert dialog.status_chip.text() == status_label(ParticipantStatus.AKTIV)
    entry = TODAY - dt.timedelta(days=3)
    enter(w["entry_date"], entry.strftime("%d.%m.%Y"))
    dialog.tabs.setCurrentIndex(3)
    enter(w["consent.given_on"], entry.strftime("%d.%m.%Y"))
    enter(w["consent.scope"], "Teilnahme, Weitergabe an JobCenter")
    enter(w["consent.form_version"], "2026-01")

    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not questions
    saved = roster.load_participant(workspace, dialog.saved_id)
    assert saved == ParticipantData(
        id=dialog.saved_id,
        project_id=PROJECT,
        salutation="frau",
        last_name="Müller-Şahin",
        first_name="Ayşe Gül",
        birth_date=dt.date(1985, 3, 7),
        street="Langgasse 5",
        postal_code="35578",
        city="Wetzlar",
        phone="0170 1234567",
        email="ayse@example.org",
        customer_number="123D456",
        unemployed_since=dt.date(2024, 9, 1),
        occupation_wishes="Verkäuferin, Einzelhandel",
        max_weekly_hours=25,
        languages="Türkisch, Deutsch",
        status=ParticipantStatus.AKTIV,
        entry_date=entry,
        children=[ChildData(2021, 4, "Jonas", True, "schläft mittags", saved.children[0].id)],
        consent=ConsentData(entry, "Teilnahme, Weitergabe an JobCenter", "2026-01", None),
    )


def test_edit_phone_undo_redo_and_save(qtbot, workspace, asked) -> None:
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    phone = dialog.widgets["phone"]
    assert phone.text() == "06441 12345"
    assert dialog.windowTitle().startswith("Jana Schäfer")
    assert not dialog.undo_button.isEnabled()

    enter(phone, "0170 999888", replace=True)
    assert dialog.data.phone == "0170 999888"
    assert dialog.undo_button.isEnabled()

    click(qtbot, dialog.undo_button)
    assert phone.text() == "06441 12345"
    assert dialog.data.phone == "06441 12345"
    assert dialog.undo_stack.count() == 1  # applying the undo made no new command

    click(qtbot, dialog.redo_button)
    assert phone.text() == "0170 999888"
    assert dialog.data.phone == "0170 999888"

    with qtbot.waitSignal(bus.changed) as changed:
        click(qtbot, dialog.save_button)
    assert changed.args == [frozenset({"participants"})]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert roster.load_participant(workspace, pid).phone == "0170 999888"


def test_edits_of_one_field_merge_into_one_step(qtbot, workspace) -> None:
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    phone = dialog.widgets["phone"]
    enter(phone, "1", replace=True)
    enter(phone, "0170 2", replace=True)
    enter(dialog.widgets["city"], "Wetzlar")
    assert dialog.undo_stack.count() == 2
    dialog.undo_action.trigger()
    dialog.undo_action.trigger()
    assert phone.text() == "06441 12345"
    assert dialog.data.city == ""
    assert not dialog.undo_action.isEnabled()


def test_ctrl_z_in_a_finished_field_undoes_the_dialog_step(qtbot, workspace) -> None:
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    phone = dialog.widgets["phone"]
    enter(phone, "0170 5", replace=True)
    assert phone.hasFocus()
    press(phone, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.data.phone == "06441 12345"
    assert phone.text() == "06441 12345"
    press(phone, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert dialog.data.phone == "0170 5"
    press(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert roster.load_participant(workspace, pid).phone == "0170 5"


def test_ctrl_z_while_typing_undoes_the_typing_first(qtbot, workspace) -> None:
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    city = dialog.widgets["city"]
    enter(city, "Wetzlar")
    type_text(city, "er")
    press(city, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert city.text() != "Wetzlarer"  # the field's own undo took the typing back
    assert dialog.data.city == "Wetzlar"


def test_empty_last_name_is_explained_and_nothing_saved(qtbot, workspace, asked) -> None:
    dialog = open_dialog(qtbot, workspace)
    enter(dialog.widgets["first_name"], "Jörg")
    dialog.tabs.setCurrentIndex(3)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error.text() == "Bitte geben Sie einen Nachnamen ein."
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is dialog.widgets["last_name"]
    assert people(workspace) == []


def test_impossible_dates_are_explained(qtbot, workspace, asked) -> None:
    dialog = open_dialog(qtbot, workspace)
    enter(dialog.widgets["last_name"], "Öztürk")
    enter(dialog.widgets["birth_date"], "31.02.1990")
    dialog.tabs.setCurrentIndex(2)
    click(qtbot, dialog.save_button)
    assert "31.02.1990" in dialog.error.text()
    assert "kein gültiges Datum" in dialog.error.text()
    assert dialog.tabs.currentIndex() == 0

    future = TODAY + dt.timedelta(days=30)
    enter(dialog.widgets["birth_date"], future.strftime("%d.%m.%Y"), replace=True)
    click(qtbot, dialog.save_button)
    assert dialog.error.text() == (
        f"Das Geburtsdatum {future:%d.%m.%Y} ist nicht möglich. "
        "Bitte prüfen Sie Tag, Monat und Jahr."
    )
    assert dialog.focusWidget() is dialog.widgets["birth_date"].edit
    assert people(workspace) == []


def test_exit_before_entry_points_to_the_status_tab(qtbot, workspace, asked) -> None:
    dialog = open_dialog(qtbot, workspace)
    enter(dialog.widgets["last_name"], "Weiß")
    enter(dialog.widgets["entry_date"], "01.03.2026")
    enter(dialog.widgets["exit_date"], "01.02.2026")
    dialog.tabs.setCurrentIndex(0)
    click(qtbot, dialog.save_button)
    assert dialog.error.text() == "Das Austrittsdatum liegt vor dem Eintrittsdatum."
    assert dialog.tabs.currentIndex() == 2
    assert people(workspace) == []


@pytest.mark.parametrize("answer", [False, True])
def test_a_possible_duplicate_is_asked_about(qtbot, workspace, asked, answer) -> None:
    questions, answers = asked
    answers["value"] = answer
    stored(workspace)
    dialog = open_dialog(qtbot, workspace)
    enter(dialog.widgets["last_name"], "Schaefer")  # folded like "Schäfer"
    enter(dialog.widgets["first_name"], "Jana")
    enter(dialog.widgets["birth_date"], "04.05.1990")
    click(qtbot, dialog.save_button)
    assert len(questions) == 1
    assert "Es gibt bereits eine Person mit diesem Namen und Geburtsdatum." in questions[0][1]
    if answer:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert people(workspace) == ["Schaefer", "Schäfer"]
    else:
        assert dialog.isVisible()
        assert people(workspace) == ["Schäfer"]


def test_cancel_with_changes_asks_first(qtbot, workspace, asked) -> None:
    questions, answers = asked
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    click(qtbot, dialog.cancel_button)  # nothing changed: no question
    assert not questions
    assert dialog.result() == QDialog.DialogCode.Rejected

    dialog = open_dialog(qtbot, workspace, pid)
    type_text(dialog.widgets["city"], "Gießen")  # still being typed: counts as a change
    answers["value"] = False
    press(dialog.widgets["city"], Qt.Key.Key_Escape)
    assert questions and questions[-1][0] == "Änderungen verwerfen?"
    assert dialog.isVisible()
    answers["value"] = True
    click(qtbot, dialog.cancel_button)
    assert len(questions) == 2
    assert not dialog.isVisible()
    assert roster.load_participant(workspace, pid).city == ""


def test_removing_a_child_can_be_undone(qtbot, workspace, asked) -> None:
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    dialog.tabs.setCurrentIndex(1)
    table = dialog.children_table
    assert table.rowCount() == 2
    assert not dialog.remove_child_button.isEnabled()
    table.selectRow(0)
    click(qtbot, dialog.remove_child_button)
    assert [c.first_name for c in dialog.data.children] == ["Emir"]
    assert table.rowCount() == 1
    assert not dialog.remove_child_button.isEnabled()

    dialog.undo_action.trigger()
    assert [c.first_name for c in dialog.data.children] == ["Mia", "Emir"]
    assert table.item(0, 0).text() == "Mia"
    assert table.item(0, 3).checkState() == Qt.CheckState.Checked
    assert not dialog.has_changes()

    dialog.redo_action.trigger()
    dialog.undo_action.trigger()
    click(qtbot, dialog.save_button)
    children = roster.load_participant(workspace, pid).children
    assert [(c.first_name, c.needs_childcare) for c in children] == [
        ("Mia", True),
        ("Emir", False),
    ]


def test_child_cells_are_edited_as_commands(qtbot, workspace, asked) -> None:
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    table = dialog.children_table
    table.item(1, 3).setCheckState(Qt.CheckState.Checked)  # what a click on the box does
    table.item(1, 1).setText("5/2022")
    assert dialog.data.children[1].needs_childcare
    assert (dialog.data.children[1].birth_year, dialog.data.children[1].birth_month) == (2022, 5)
    assert table.item(1, 1).text() == "05/2022"
    table.item(1, 1).setText("13/2022")
    assert "MM/JJJJ" in dialog.error.text()
    assert dialog.data.children[1].birth_month == 5
    dialog.undo_action.trigger()
    assert table.item(1, 1).text() == "11/2021"
    dialog.undo_action.trigger()
    assert table.item(1, 3).checkState() == Qt.CheckState.Unchecked
    assert not dialog.data.children[1].needs_childcare


def test_a_child_needs_a_birth_month(qtbot, workspace, asked) -> None:
    dialog = open_dialog(qtbot, workspace)
    dialog.tabs.setCurrentIndex(1)
    type_text(dialog.new_child_name, "Lina")
    click(qtbot, dialog.add_child_button)
    assert "MM/JJJJ" in dialog.error.text()
    assert dialog.data.children == []


def test_leaving_status_enables_the_reason(qtbot, workspace, asked) -> None:
    dialog = open_dialog(qtbot, workspace)
    status, reason = dialog.widgets["status"], dialog.widgets["exit_reason"]
    assert not reason.isEnabled()
    status.setCurrentIndex(status.findData("abgebrochen"))
    assert reason.isEnabled()
    dialog.undo_action.trigger()
    assert status.currentData() == "interessiert"
    assert not reason.isEnabled()


def test_archive_asks_and_archives(qtbot, workspace, asked) -> None:
    questions, answers = asked
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    answers["value"] = False
    click(qtbot, dialog.archive_button)
    assert not roster.load_participant(workspace, pid).archived
    answers["value"] = True
    click(qtbot, dialog.archive_button)
    assert len(questions) == 2
    assert roster.load_participant(workspace, pid).archived
    assert dialog.archived_chip.isVisible()
    assert dialog.archive_button.text() == "Wiederherstellen"
    click(qtbot, dialog.cancel_button)  # archiving is no unsaved change
    assert len(questions) == 2
    assert not dialog.isVisible()


def test_default_and_small_sizes_keep_fields_reachable(qtbot, workspace) -> None:
    pid = stored(workspace)
    dialog = open_dialog(qtbot, workspace, pid)
    assert (dialog.width(), dialog.height()) == (760, 620)
    dialog.resize(700, 560)
    qtbot.wait(10)
    for key, widget in dialog.widgets.items():
        field = dialog.fields[key]
        dialog.tabs.setCurrentIndex(field.tab)
        assert widget.width() >= widget.minimumSizeHint().width(), key


# -- attendance tab ---------------------------------------------------------------------------
def _past_sessions(ws, pid: int, states: list) -> list[int]:
    """One workshop a week before today per state, the person recorded with that state."""
    from gemeinsam_desktop.services import attendance
    from gemeinsam_desktop.store.models import Attendance, Session, SessionKind

    ids = []
    for n, state in enumerate(states):
        begin = dt.datetime.combine(TODAY - dt.timedelta(weeks=len(states) - n), dt.time(9))
        with ws.db.session() as s:
            row = Session(
                project_id=PROJECT,
                kind=SessionKind.WORKSHOP,
                topic=f"Workshop {n + 1}",
                starts_at=begin,
                ends_at=begin + dt.timedelta(hours=3),
            )
            s.add(row)
            s.flush()
            s.add(Attendance(session_id=row.id, participant_id=pid, state=state))
            ids.append(row.id)
    assert attendance.summary_for(ws, pid).counted == len(states)
    return ids


def test_attendance_tab_shows_figures_and_sessions(qtbot, workspace) -> None:
    from gemeinsam_desktop.store.models import AttendanceState as A
    from gemeinsam_desktop.ui.dialogs.participant_dialog import TAB_ATTENDANCE

    pid = stored(workspace, entry_date=TODAY - dt.timedelta(weeks=10))
    states = [A.ANWESEND, A.ENTSCHULDIGT, A.UNENTSCHULDIGT, A.UNENTSCHULDIGT, A.UNENTSCHULDIGT]
    _past_sessions(workspace, pid, states)
    dialog = open_dialog(qtbot, workspace, pid)
    assert dialog.tabs.count() == 8  # … Vereinbarungen, Stellen
    assert dialog.tabs.tabText(TAB_ATTENDANCE) == "Anwesenheit"
    figures = {key: label.text() for key, label in dialog.attendance_figures.items()}
    assert figures == {
        "counted": "5",
        "attended": "1",
        "hours": "3,0",
        "rate": "20\u00a0%",
        "excused": "1",
        "unexcused": "3",
        "in_a_row": "3",
    }
    assert dialog.attendance_figures["in_a_row"].property("warning") is True
    assert dialog.attendance_figures["in_a_row"].styleSheet()
    table = dialog.attendance_table
    assert table.rowCount() == 5
    latest = [table.item(0, c).text() for c in range(4)]
    assert latest[1:] == ["Workshop", "Workshop 5", "unentschuldigt"]
    assert table.item(4, 3).text() == "anwesend"
    assert not dialog.isWindowModified() and not dialog.has_changes()


def test_attendance_tab_only_for_existing_records_without_warning(qtbot, workspace) -> None:
    from gemeinsam_desktop.store.models import AttendanceState as A

    assert open_dialog(qtbot, workspace).tabs.count() == 4
    pid = stored(workspace, entry_date=TODAY - dt.timedelta(weeks=10))
    _past_sessions(workspace, pid, [A.UNENTSCHULDIGT, A.UNENTSCHULDIGT, A.ANWESEND])
    dialog = open_dialog(qtbot, workspace, pid)
    assert dialog.attendance_figures["in_a_row"].text() == "0"
    assert dialog.attendance_figures["in_a_row"].property("warning") is False
    assert dialog.attendance_figures["rate"].text() == "33\u00a0%"


def test_book_coaching_opens_the_booking_dialog_and_refreshes(
    qtbot, workspace, monkeypatch
) -> None:
    import sys
    import types

    from gemeinsam_desktop.services import attendance
    from gemeinsam_desktop.store.models import Session, SessionKind

    pid = stored(workspace)
    opened = []

    class FakeBooking:
        def __init__(self, ws, participant_id, parent) -> None:
            opened.append((ws, participant_id, parent))

        def exec(self) -> int:  # books a session as the real dialog would
            begin = dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(10))
            with workspace.db.session() as s:
                row = Session(
                    project_id=PROJECT,
                    kind=SessionKind.EINZELCOACHING,
                    topic="Einzelcoaching",
                    starts_at=begin,
                    ends_at=begin + dt.timedelta(minutes=45),
                    childcare_offered=False,
                )
                s.add(row)
                s.flush()
                sid = row.id
            attendance.enrol(workspace, sid, [pid])
            return QDialog.DialogCode.Accepted.value

    fake = types.ModuleType("gemeinsam_desktop.ui.dialogs.coaching_booking")
    fake.CoachingBookingDialog = FakeBooking  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gemeinsam_desktop.ui.dialogs.coaching_booking", fake)
    from gemeinsam_desktop.ui.dialogs.participant_dialog import TAB_ATTENDANCE

    dialog = open_dialog(qtbot, workspace, pid)
    dialog.tabs.setCurrentIndex(TAB_ATTENDANCE)
    assert dialog.attendance_table.rowCount() == 0 and dialog.no_sessions.isVisible()
    assert dialog.book_button.text() == "Einzelcoaching buchen…"
    click(qtbot, dialog.book_button)
    assert opened == [(workspace, pid, dialog)]
    assert dialog.attendance_table.rowCount() == 1
    assert dialog.attendance_table.item(0, 1).text() == "Einzelcoaching"
    assert dialog.attendance_table.item(0, 3).text() == "erwartet"
