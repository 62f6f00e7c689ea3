"""Termin, Terminserie and Einzelcoaching dialogs, filled in through their widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from gemeinsam_desktop.services import calendar, roster
from gemeinsam_desktop.services.calendar import EditScope, SeriesData, SessionData
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.store.models import ParticipantStatus, SessionKind
from gemeinsam_desktop.ui import messages, operations
from gemeinsam_desktop.ui.dialogs.coaching_booking import CoachingBookingDialog
from gemeinsam_desktop.ui.dialogs.session_dialog import SeriesDialog, SessionDialog
from tests.ui.typing_helper import type_text

FIRST, LAST = dt.date(2026, 12, 1), dt.date(2027, 1, 31)  # Fridays: 25.12. and 1.1. are holidays


@pytest.fixture
def project_id(workspace) -> int:
    return roster.list_projects(workspace)[0].id


def location(ws, name: str) -> calendar.LocationInfo:
    return next(loc for loc in calendar.list_locations(ws) if loc.name == name)


def sessions(ws, pid: int) -> list[calendar.SessionInfo]:
    return calendar.sessions_between(ws, pid, dt.date(2026, 1, 1), dt.date(2027, 12, 31))


def weekly_series(ws, pid: int) -> int:
    rathaus = location(ws, "Rathaus Wetzlar")
    return calendar.create_series(
        ws,
        SeriesData(
            pid,
            SessionKind.WORKSHOP,
            1,
            dt.time(9),
            dt.time(12),
            dt.date(2026, 9, 1),
            dt.date(2026, 9, 29),
            "Bewerbungsmappe",
            rathaus.id,
            "Sitzungssaal",
        ),  # fmt: skip
    )


def test_series_dialog_previews_skipped_holidays_and_creates_the_dates(
    qtbot, workspace, project_id
) -> None:
    dialog = SeriesDialog(workspace, project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.weekday.setCurrentIndex(4)  # Freitag
    assert dialog.weekday.currentText() == "Freitag"
    dialog.first.setDate(QDate(2026, 12, 1))
    dialog.last.setDate(QDate(2027, 1, 31))
    dialog.start.setTime(QTime(13, 0))
    dialog.end.setTime(QTime(15, 30))
    type_text(dialog.topic, "Stärken entdecken")
    assert dialog.skip_holidays.isChecked()
    assert dialog.enrol.isChecked()  # a workshop is a group session
    preview = dialog.preview.text()
    assert preview.startswith(
        "7 Termine, 2 Feiertage übersprungen: 25.12.2026 (Erster Weihnachtstag), "
        "01.01.2027 (Neujahr)"
    )
    assert "vom Fr., 04.12.2026 bis Fr., 29.01.2027" in preview
    dialog.skip_holidays.setChecked(False)
    assert dialog.preview.text().startswith("9 Termine")
    dialog.skip_holidays.setChecked(True)
    with qtbot.waitSignal(operations.bus.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    made = sessions(workspace, project_id)
    assert len(made) == 7
    assert {s.starts_at.date().weekday() for s in made} == {4}
    assert all(s.topic == "Stärken entdecken" for s in made)
    assert all(
        (s.starts_at.time(), s.ends_at.time()) == (dt.time(13), dt.time(15, 30)) for s in made
    )
    assert dt.date(2026, 12, 25) not in {s.starts_at.date() for s in made}


def test_series_dialog_refuses_an_end_before_the_start(qtbot, workspace, project_id) -> None:
    dialog = SeriesDialog(workspace, project_id)
    qtbot.addWidget(dialog)
    dialog.start.setTime(QTime(12, 0))
    dialog.end.setTime(QTime(9, 0))
    assert not dialog.save_button.isEnabled()
    assert dialog.error.text() == "Das Ende muss nach dem Beginn liegen."


def test_editing_one_date_of_a_series_leaves_the_others(
    qtbot, workspace, project_id, monkeypatch
) -> None:
    weekly_series(workspace, project_id)
    dates = sessions(workspace, project_id)
    second = dates[1]
    dialog = SessionDialog(workspace, project_id, second.id)
    qtbot.addWidget(dialog)
    assert dialog.series_hint.isVisible() or not dialog.series_hint.isHidden()
    asked: list[bool] = []
    monkeypatch.setattr(dialog, "ask_scope", lambda: asked.append(True) or EditScope.ONE)
    dialog.topic.clear()
    type_text(dialog.topic, "Vorstellungsgespräch üben")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    after = {s.id: s for s in sessions(workspace, project_id)}
    assert after[second.id].topic == "Vorstellungsgespräch üben"
    assert [s.topic for s in after.values() if s.id != second.id] == ["Bewerbungsmappe"] * 4


def test_editing_all_dates_of_a_series_moves_every_loose_date(
    qtbot, workspace, project_id, monkeypatch
) -> None:
    weekly_series(workspace, project_id)
    dates = sessions(workspace, project_id)
    detached = dates[0]
    calendar.save_session(
        workspace, _with_topic(calendar.load_session(workspace, detached.id), "Eigener Termin")
    )
    dialog = SessionDialog(workspace, project_id, dates[2].id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_scope", lambda: EditScope.ALL)
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(12, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    after = {s.id: s for s in sessions(workspace, project_id)}
    assert after[detached.id].starts_at.time() == dt.time(9)  # a detached date keeps its time
    moved = [s for s in after.values() if s.id != detached.id]
    assert len(moved) == 4
    assert all(
        (s.starts_at.time(), s.ends_at.time()) == (dt.time(10), dt.time(12, 30)) for s in moved
    )


def _with_topic(data: SessionData, topic: str) -> SessionData:
    data.topic = topic
    return data


def test_scope_question_cancelled_saves_nothing(qtbot, workspace, project_id, monkeypatch) -> None:
    weekly_series(workspace, project_id)
    first = sessions(workspace, project_id)[0]
    dialog = SessionDialog(workspace, project_id, first.id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_scope", lambda: None)
    type_text(dialog.topic, " (neu)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert sessions(workspace, project_id)[0].topic == "Bewerbungsmappe"


def test_a_double_booking_shows_before_saving_and_needs_a_confirmation(
    qtbot, workspace, project_id, monkeypatch
) -> None:
    weekly_series(workspace, project_id)
    taken = sessions(workspace, project_id)[0]
    dialog = SessionDialog(workspace, project_id, day=taken.starts_at.date())
    qtbot.addWidget(dialog)
    dialog.show()
    rathaus = location(workspace, "Rathaus Wetzlar")
    dialog.place.set_place(rathaus.id, "Sitzungssaal")
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 0))
    qtbot.waitUntil(lambda: "Sitzungssaal" in dialog.warnings.text.text(), timeout=5_000)
    assert dialog.warnings.isVisible()
    assert "Raum „Sitzungssaal“ ist schon belegt: Workshop · Bewerbungsmappe" in (
        dialog.warnings.text.text()
    )
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: next(answers))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(sessions(workspace, project_id)) == 5  # refused at the question
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(sessions(workspace, project_id)) == 6


def test_a_holiday_is_warned_at_once(qtbot, workspace, project_id) -> None:
    dialog = SessionDialog(workspace, project_id, day=dt.date(2026, 12, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Erster Weihnachtstag" in dialog.warnings.text.text()
    assert "Fr., 25.12.2026" in dialog.warnings.text.text()


def test_new_session_and_delete_it(qtbot, workspace, project_id, monkeypatch) -> None:
    dialog = SessionDialog(workspace, project_id, day=dt.date(2026, 10, 6))
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.GRUPPENGESPRAECH.value))
    type_text(dialog.topic, "Netzwerk: Wer kennt wen?")
    dialog.capacity.setValue(12)
    dialog.cancelled.setChecked(True)
    type_text(dialog.cancel_reason, "Coach erkrankt")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = calendar.load_session(workspace, dialog.saved_id)
    assert saved.kind is SessionKind.GRUPPENGESPRAECH and saved.capacity == 12
    assert saved.cancelled and saved.cancel_reason == "Coach erkrankt"
    assert saved.starts_at == dt.datetime(2026, 10, 6, 9)
    again = SessionDialog(workspace, project_id, dialog.saved_id)
    qtbot.addWidget(again)
    again.show()
    assert again.delete_button.isVisible() and again.delete_button.property("danger")
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(again.delete_button, Qt.MouseButton.LeftButton)
    assert again.deleted
    assert sessions(workspace, project_id) == []


def test_coaching_booking_books_one_appointment(qtbot, workspace, project_id) -> None:
    pid = roster.save_participant(
        workspace,
        ParticipantData(
            project_id,
            "Şahin",
            "Ayşe",
            status=ParticipantStatus.AKTIV,
            entry_date=dt.date(2026, 9, 1),
        ),  # fmt: skip
    )
    dialog = CoachingBookingDialog(workspace, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Ayşe Şahin" in dialog.windowTitle()
    assert dialog.minutes.value() == 45
    assert dialog.coach.currentText() == "Anna Beispiel"
    assert dialog.place.location.currentText() == "Nachbarschaftszentrum Westend"
    assert dialog.place.room_text() == "Beratungsraum"
    dialog.date.setDate(QDate(2026, 10, 7))
    dialog.time.setTime(QTime(14, 0))
    type_text(dialog.topic, "Lebenslauf überarbeiten")
    with qtbot.waitSignal(operations.bus.changed) as signal:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert signal.args == [frozenset({"sessions", "attendance"})]
    info = calendar.session_info(workspace, dialog.session_id)
    assert info.kind is SessionKind.EINZELCOACHING
    assert (info.starts_at, info.ends_at) == (
        dt.datetime(2026, 10, 7, 14),
        dt.datetime(2026, 10, 7, 14, 45),
    )
    assert info.expected == 1 and info.room == "Beratungsraum"

    second = CoachingBookingDialog(workspace, pid)
    qtbot.addWidget(second)
    second.show()
    second.date.setDate(QDate(2026, 10, 7))
    second.time.setTime(QTime(14, 30))
    qtbot.waitUntil(lambda: "Anna Beispiel hat zur selben Zeit" in second.warnings.text.text(),
                    timeout=5_000)  # fmt: skip
    assert "Raum „Beratungsraum“ ist schon belegt" in second.warnings.text.text()
