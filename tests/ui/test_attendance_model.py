"""The attendance table model: Qt's contract, German labels, edits announced for saving."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime

from gemeinsam_desktop.services.attendance import EXCUSE_REASONS, AttendanceRow, ChildCare
from gemeinsam_desktop.store.models import AttendanceState as S
from gemeinsam_desktop.ui.models import attendance_model as am
from gemeinsam_desktop.ui.models.attendance_model import AttendanceModel


def row(aid: int, last: str, first: str = "", state: S = S.ERWARTET, **kw: object) -> AttendanceRow:
    values: dict[str, object] = dict(
        attendance_id=aid, participant_id=100 + aid, last_name=last, first_name=first,
        state=state, excuse_reason="", sick_note=False, arrived_at=None, left_at=None,
        note="", children=(),
    )  # fmt: skip
    values.update(kw)
    return AttendanceRow(**values)  # type: ignore[arg-type]


ROWS = [
    row(1, "Al-Hassan", "Svenja", S.ANWESEND, arrived_at=dt.time(9, 12)),
    row(2, "Bäcker", "Maria", S.ENTSCHULDIGT, excuse_reason="Kind krank"),
    row(3, "Öztürk", "Jülide", S.KRANK, sick_note=True),
    row(4, "Şahin", "", S.ERWARTET,
        children=(ChildCare(7, "Mia", 4, False, ""), ChildCare(8, "Ben", 9, False, ""))),
    row(5, "Weiß", "René", S.ANWESEND, children=(ChildCare(9, "Ela", 2, True, "Allergie"),)),
]  # fmt: skip


@pytest.fixture
def model() -> AttendanceModel:
    m = AttendanceModel()
    m.set_rows(ROWS, dt.time(9, 0), dt.time(12, 0))
    return m


def requests(m: AttendanceModel) -> list[tuple[int, dict]]:
    got: list[tuple[int, dict]] = []
    m.changeRequested.connect(lambda aid, changes: got.append((aid, changes)))
    return got


def test_qt_model_contract(qtmodeltester, model: AttendanceModel) -> None:
    qtmodeltester.check(model)
    model.set_state(0, S.KRANK)
    model.remove_attendance(2)
    qtmodeltester.check(model)


def test_display_in_german(model: AttendanceModel) -> None:
    text = [
        [model.index(r, c).data() for c in range(am.COLUMN_COUNT)] for r in range(model.rowCount())
    ]
    assert text[0][:3] == ["1", "Al-Hassan, Svenja", "anwesend"]
    assert text[0][am.ARRIVED] == "09:12"
    assert text[1][am.STATUS] == "entschuldigt (E)"
    assert text[1][am.REASON] == "Kind krank"
    assert text[2][am.STATUS] == "krank (K)"
    assert (
        model.index(2, am.SICK_NOTE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    assert text[3][am.NAME] == "Şahin"
    assert text[3][am.CHILDREN] == "2"  # expected, nothing chosen: the forecast
    assert text[4][am.CHILDREN] == "1"
    assert model.headerData(am.CHILDREN, Qt.Orientation.Horizontal) == "Kinder in\nBetreuung"
    assert [am.state_label(s) for s in am.STATE_ORDER] == [
        "anwesend", "verspätet", "entschuldigt (E)", "krank (K)", "unentschuldigt (UE)", "erwartet",
    ]  # fmt: skip
    assert model.counts() == (5, 2)


def test_reason_texts_match_the_service() -> None:
    assert am.REASON_TEXTS == EXCUSE_REASONS


def test_only_fitting_cells_are_editable(model: AttendanceModel) -> None:
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, am.STATUS)) & editable
    assert not model.flags(model.index(0, am.REASON)) & editable  # anwesend: no reason
    assert model.flags(model.index(1, am.REASON)) & editable
    assert model.flags(model.index(0, am.ARRIVED)) & editable
    assert not model.flags(model.index(1, am.ARRIVED)) & editable  # absent: no times
    assert model.flags(model.index(2, am.SICK_NOTE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(1, am.SICK_NOTE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(model.index(0, am.REASON), "Sonstiges")
    assert not model.flags(model.index(0, am.NAME)) & editable


def test_edits_change_the_row_and_ask_to_save(model: AttendanceModel) -> None:
    got = requests(model)
    assert model.setData(model.index(1, am.REASON), "Termin beim JobCenter")
    assert model.setData(model.index(2, am.SICK_NOTE), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    assert model.setData(model.index(0, am.LEFT), QTime(11, 45))
    assert model.setData(model.index(4, am.NOTE), "  kam  mit   Kind ")
    assert model.set_state(3, S.VERSPAETET)
    assert got == [
        (2, {"excuse_reason": "Termin beim JobCenter"}),
        (3, {"sick_note": False}),
        (1, {"left_at": dt.time(11, 45)}),
        (5, {"note": "kam mit Kind"}),
        (4, {"state": S.VERSPAETET}),
    ]
    assert model.index(1, am.REASON).data() == "Termin beim JobCenter"
    assert model.index(0, am.LEFT).data() == "11:45"
    assert model.index(3, am.STATUS).data() == "verspätet"


def test_unchanged_values_are_not_saved_again(model: AttendanceModel) -> None:
    got = requests(model)
    assert model.set_state(0, S.ANWESEND)
    assert model.setData(model.index(1, am.REASON), "Kind krank")
    assert got == []


def test_delete_empties_times_reason_and_note(model: AttendanceModel) -> None:
    got = requests(model)
    assert model.clear_cell(model.index(0, am.ARRIVED))
    assert model.clear_cell(model.index(1, am.REASON))
    assert not model.clear_cell(model.index(0, am.NAME))
    assert got == [(1, {"arrived_at": None}), (2, {"excuse_reason": ""})]
    assert model.index(0, am.ARRIVED).data() == ""
    assert model.index(1, am.REASON).data() == "Grund wählen …"


def test_stored_rows_replace_shown_ones(model: AttendanceModel) -> None:
    model.replace_row(row(2, "Bäcker", "Maria", S.UNENTSCHULDIGT))
    assert model.index(1, am.STATUS).data() == "unentschuldigt (UE)"
    assert model.index(1, am.REASON).data() == ""
    model.set_children_selected(4, [8])
    assert model.index(3, am.CHILDREN).data() == "1"
    model.remove_attendance(1)
    assert model.rowCount() == 4
    assert model.index(0, am.NR).data() == "2"  # numbers stay until the sheet is loaded again
    assert model.row_of(2) == 0
