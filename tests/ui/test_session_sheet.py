"""The session page: quick keyboard entry, edits saved at once, walk-ins, childcare."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialog
from sqlalchemy import func, select

from gemeinsam_desktop.services import attendance, demo, roster
from gemeinsam_desktop.store.models import Attendance, Session
from gemeinsam_desktop.store.models import AttendanceState as S
from gemeinsam_desktop.ui import messages, operations
from gemeinsam_desktop.ui.dialogs import session_sheet as ss
from gemeinsam_desktop.ui.dialogs.session_sheet import SessionSheetDialog, WalkInPicker
from gemeinsam_desktop.ui.models import attendance_model as am
from tests.ui.typing_helper import press, type_text


@pytest.fixture
def demo_ws(workspace):
    demo.fill_demo(workspace, add_coaches=False, today=dt.date(2026, 11, 20))
    return workspace


def busiest_session(ws, *, offered: bool = True) -> int:
    """The session with the most enrolments (not cancelled, childcare as asked)."""
    with ws.db.session() as s:
        return s.execute(
            select(Attendance.session_id)
            .join(Session, Session.id == Attendance.session_id)
            .where(Session.cancelled.is_(False), Session.childcare_offered.is_(offered))
            .group_by(Attendance.session_id)
            .order_by(func.count().desc(), Attendance.session_id)
            .limit(1)
        ).scalar_one()


def set_session(ws, session_id: int, **values: object) -> None:
    with ws.db.session() as s:
        sess = s.get(Session, session_id)
        for key, value in values.items():
            setattr(sess, key, value)


@pytest.fixture
def dialog(qtbot, demo_ws):
    dlg = SessionSheetDialog(demo_ws, busiest_session(demo_ws))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def settle(qtbot, dlg: SessionSheetDialog) -> None:
    qtbot.waitUntil(lambda: not dlg.saving(), timeout=10_000)
    operations.wait_idle()
    qtbot.wait(1)


def stored(dlg: SessionSheetDialog):
    return attendance.session_sheet(dlg.ws, dlg.session_id).rows


def test_header_shows_the_session(dialog: SessionSheetDialog) -> None:
    info = dialog.sheet.session
    assert dialog.title.text().startswith("Workshop") or dialog.title.text()
    assert ":" in dialog.when.text() and "Uhr" in dialog.when.text()
    weekday = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
    assert dialog.when.text().startswith(weekday[info.starts_at.weekday()])
    expected, present = dialog.model.counts()
    assert expected == info.expected and present == info.present
    assert dialog.expected_box.findChild(ss.QLabel, "bigNumber").text() == str(expected)
    assert dialog.cancelled.isHidden()
    assert dialog.keys_hint.text() == (
        "Tasten: A anwesend · V verspätet · E entschuldigt · K krank · U unentschuldigt"
    )


def test_cancelled_session_says_so(qtbot, demo_ws) -> None:
    sid = busiest_session(demo_ws)
    set_session(demo_ws, sid, cancelled=True, cancel_reason="Raum belegt")
    dlg = SessionSheetDialog(demo_ws, sid)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.cancelled.isVisible()
    assert dlg.cancelled.text() == "fällt aus: Raum belegt"
    assert not dlg.add_button.isEnabled()


def test_letters_set_states_row_by_row(qtbot, dialog: SessionSheetDialog) -> None:
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, am.STATUS))
    for key in (Qt.Key.Key_A, Qt.Key.Key_V, Qt.Key.Key_E, Qt.Key.Key_K, Qt.Key.Key_U):
        press(table, key)
    assert table.currentIndex().row() == 5
    shown = [dialog.model.row_at(r).state for r in range(5)]
    expected = [S.ANWESEND, S.VERSPAETET, S.ENTSCHULDIGT, S.KRANK, S.UNENTSCHULDIGT]
    assert shown == expected  # at once, before the saves are done
    settle(qtbot, dialog)
    assert [r.state for r in stored(dialog)[:5]] == expected
    assert dialog.saved.text().startswith("✓ gespeichert")
    assert dialog.error.isHidden()


def test_arrow_keys_move_between_rows(dialog: SessionSheetDialog) -> None:
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, am.STATUS))
    press(table, Qt.Key.Key_Down)
    press(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 2
    press(table, Qt.Key.Key_Up)
    assert table.currentIndex().row() == 1
    press(table, Qt.Key.Key_Right)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, am.REASON)
    press(table, Qt.Key.Key_U)  # a state key works in any column
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, am.REASON)


def test_excuse_reason_through_the_delegate(qtbot, dialog: SessionSheetDialog) -> None:
    model, table = dialog.model, dialog.table
    model.set_state(0, S.ENTSCHULDIGT)
    index = model.index(0, am.REASON)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.findChild(QComboBox, "reasonEditor")
    assert combo is not None
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "(kein Grund)",
        *attendance.EXCUSE_REASONS,
    ]
    combo.setCurrentIndex(combo.findData("Vorstellungsgespräch"))
    combo.activated.emit(combo.currentIndex())
    settle(qtbot, dialog)
    first = stored(dialog)[0]
    assert (first.state, first.excuse_reason) == (S.ENTSCHULDIGT, "Vorstellungsgespräch")
    assert model.index(0, am.REASON).data() == "Vorstellungsgespräch"


def test_sick_note_times_and_note_are_saved(qtbot, dialog: SessionSheetDialog) -> None:
    model = dialog.model
    model.set_state(1, S.KRANK)
    model.setData(model.index(1, am.SICK_NOTE), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    model.set_state(0, S.VERSPAETET)
    model.setData(model.index(0, am.ARRIVED), QTime(9, 25))
    model.setData(model.index(0, am.LEFT), QTime(11, 30))
    model.setData(model.index(0, am.NOTE), "Bus verpasst, Kita früher zu")
    settle(qtbot, dialog)
    first, second = stored(dialog)[:2]
    assert (first.state, first.arrived_at, first.left_at) == (
        S.VERSPAETET, dt.time(9, 25), dt.time(11, 30)
    )  # fmt: skip
    assert first.note == "Bus verpasst, Kita früher zu"
    assert (second.state, second.sick_note) == (S.KRANK, True)
    # Delete empties a time again.
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(0, am.LEFT))
    press(dialog.table, Qt.Key.Key_Delete)
    settle(qtbot, dialog)
    assert stored(dialog)[0].left_at is None


def test_note_typed_with_umlauts(qtbot, dialog: SessionSheetDialog) -> None:
    table = dialog.table
    index = dialog.model.index(2, am.NOTE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(ss.QLineEdit, "noteEditor")
    assert editor is not None
    editor.clear()
    type_text(editor, "Gespräch über Übergänge")
    press(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: dialog.model.row_at(2).note == "Gespräch über Übergänge")
    settle(qtbot, dialog)
    assert stored(dialog)[2].note == "Gespräch über Übergänge"


def test_refused_change_shows_the_reason_and_reloads(qtbot, dialog: SessionSheetDialog) -> None:
    model = dialog.model
    model.set_state(0, S.ANWESEND)
    settle(qtbot, dialog)
    model.setData(model.index(0, am.ARRIVED), QTime(11, 0))
    model.setData(model.index(0, am.LEFT), QTime(10, 0))  # leaving before arriving
    settle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Gehzeit" in dialog.error.text()
    qtbot.waitUntil(lambda: dialog.model.row_at(0).left_at is None)


def test_walk_in_from_the_picker(qtbot, dialog: SessionSheetDialog, monkeypatch) -> None:
    enrolled = {r.participant_id for r in dialog.model.rows()}
    project = dialog.sheet.session.project_id
    newcomer = next(p for p in roster.roster_rows(dialog.ws, project) if p.id not in enrolled)

    def pick(picker: WalkInPicker) -> int:
        assert picker.list.count() == len(
            [p for p in roster.roster_rows(dialog.ws, project) if p.id not in enrolled]
        )
        type_text(picker.filter, f"{newcomer.last_name} {newcomer.first_name}")
        visible = picker._visible_items()
        item = next(i for i in visible if i.data(Qt.ItemDataRole.UserRole) == newcomer.id)
        item.setSelected(True)
        assert picker.add_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WalkInPicker, "exec", pick)
    before = dialog.model.rowCount()
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == before + 1, timeout=10_000)
    settle(qtbot, dialog)
    rows = {r.participant_id: r for r in stored(dialog)}
    assert rows[newcomer.id].state == S.ANWESEND
    current = dialog.model.row_at(dialog.table.currentIndex().row())
    assert current.participant_id == newcomer.id


def test_picker_filters_and_takes_one_on_enter(qtbot, demo_ws) -> None:
    people = roster.roster_rows(demo_ws, roster.list_projects(demo_ws)[0].id)[:8]
    picker = WalkInPicker(people)
    qtbot.addWidget(picker)
    picker.show()
    target = people[3]
    type_text(picker.filter, target.last_name)
    assert all(target.last_name in i.text() for i in picker._visible_items())
    type_text(picker.filter, " " + target.first_name)
    if len(picker._visible_items()) == 1:
        press(picker.filter, Qt.Key.Key_Return)
        assert picker.result() == QDialog.DialogCode.Accepted
        assert picker.selected_ids() == [target.id]
    type_text(picker.filter, " zzzz")
    assert picker._visible_items() == [] and not picker.empty.isHidden()


def test_remove_enrolment_after_asking(qtbot, dialog: SessionSheetDialog, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, title, text, yes: asked.append(text) or True
    )
    victim = dialog.model.row_at(0)
    dialog.table.setCurrentIndex(dialog.model.index(0, am.NAME))
    dialog.remove_button.click()
    settle(qtbot, dialog)
    assert victim.name in asked[0]
    assert victim.attendance_id not in {r.attendance_id for r in stored(dialog)}
    assert dialog.model.row_of(victim.attendance_id) is None


def age_groups(rows, offered=True) -> tuple[int, int, int]:
    groups = [0, 0, 0]
    for r in rows:
        for child in am.cared_children(r, offered):
            groups[0 if child.age < 3 else 1 if child.age < 7 else 2] += 1
    return groups[0], groups[1], groups[2]


def numbers(dlg: SessionSheetDialog) -> tuple[int, ...]:
    panel = dlg.childcare
    boxes = (panel.under_3, panel.age_3_to_6, panel.school_age, panel.total)
    return tuple(int(b.findChild(ss.QLabel, "bigNumber").text()) for b in boxes)


def test_childcare_totals_and_over_capacity_banner(qtbot, demo_ws) -> None:
    sid = busiest_session(demo_ws)
    set_session(demo_ws, sid, childcare_capacity=2)
    dlg = SessionSheetDialog(demo_ws, sid)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.tabs.setCurrentIndex(ss.TAB_CHILDCARE)
    under_3, small, school = age_groups(dlg.model.rows())
    total = under_3 + small + school
    assert total > 2
    assert numbers(dlg) == (under_3, small, school, total)
    assert dlg.childcare.warning.isVisible()
    assert dlg.childcare.warning.text().startswith(f"Es sind {total} Kind")
    assert dlg.childcare.warning.text().endswith("angemeldet, die Betreuung hat Platz für 2.")
    # Unticking a child is saved and counted.
    tree = dlg.childcare.tree
    group = next(
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).child(0).checkState(0) == Qt.CheckState.Checked
    )
    aid = int(group.data(0, Qt.ItemDataRole.UserRole))
    group.child(0).setCheckState(0, Qt.CheckState.Unchecked)
    settle(qtbot, dlg)
    assert numbers(dlg)[3] == total - 1
    row = next(r for r in stored(dlg) if r.attendance_id == aid)
    assert not row.children[0].selected
    # With room for everyone the banner goes.
    set_session(demo_ws, sid, childcare_capacity=total + 5)
    dlg.reload()
    qtbot.waitUntil(lambda: not dlg.childcare.warning.isVisible(), timeout=10_000)


def test_warning_when_no_childcare_is_offered(qtbot, demo_ws) -> None:
    sid = busiest_session(demo_ws)
    # Children chosen while childcare was offered stay chosen when it is taken away.
    registered = sum(
        len(am.cared_children(r, False)) for r in attendance.session_sheet(demo_ws, sid).rows
    )
    assert registered
    set_session(demo_ws, sid, childcare_offered=False)
    dlg = SessionSheetDialog(demo_ws, sid)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.tabs.setCurrentIndex(ss.TAB_CHILDCARE)
    assert dlg.childcare.warning.isVisible()
    assert dlg.childcare.warning.text().startswith(
        "Für diesen Termin ist keine Kinderbetreuung vorgesehen"
    )
    assert "keine Kinderbetreuung vorgesehen" in dlg.childcare.capacity.text()


def test_grab_looks_complete(qtbot, dialog: SessionSheetDialog) -> None:
    image = dialog.grab().toImage()
    assert image.width() >= 900 and image.height() >= 600
    assert (
        dialog.table.horizontalScrollBar().isHidden()
        or not dialog.table.horizontalScrollBar().isVisible()
    )


def test_inviting_to_an_upcoming_session_and_the_rest_of_its_series(
    qtbot, demo_ws, monkeypatch
) -> None:
    with demo_ws.db.session() as s:
        upcoming = s.scalars(
            select(Session)
            .where(
                Session.series_id.is_not(None),
                Session.starts_at > dt.datetime.now(),
                Session.cancelled.is_(False),
            )
            .order_by(Session.starts_at)
        ).first()
        later = s.scalars(
            select(Session.id).where(
                Session.series_id == upcoming.series_id,
                Session.starts_at > upcoming.starts_at,
                Session.cancelled.is_(False),
            )
        ).all()
        sid = upcoming.id
    assert later, "the demo series goes on after this date"
    dlg = SessionSheetDialog(demo_ws, sid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.sheet is not None, timeout=10_000)
    enrolled = {r.participant_id for r in dlg.model.rows()}
    project = dlg.sheet.session.project_id
    newcomer = next(p for p in roster.roster_rows(demo_ws, project) if p.id not in enrolled)

    def pick(picker: WalkInPicker) -> int:
        assert picker.whole_series.isVisibleTo(picker)
        item = next(
            picker.list.item(n)
            for n in range(picker.list.count())
            if picker.list.item(n).data(Qt.ItemDataRole.UserRole) == newcomer.id
        )
        item.setSelected(True)
        picker.whole_series.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WalkInPicker, "exec", pick)
    dlg.add_button.click()
    qtbot.waitUntil(
        lambda: newcomer.id in {r.participant_id for r in dlg.model.rows()}, timeout=10_000
    )
    settle(qtbot, dlg)
    rows = {r.participant_id: r for r in stored(dlg)}
    assert rows[newcomer.id].state == S.ERWARTET  # invited, not marked present in advance
    with demo_ws.db.session() as s:
        invited = set(
            s.scalars(select(Attendance.session_id).where(Attendance.participant_id == newcomer.id))
        )
    assert set(later) <= invited
