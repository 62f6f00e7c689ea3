"""The lead board, driven like a coach does: keys and drops move leads in the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gemeinsam_desktop.services import accounts, leads, placements, roster
from gemeinsam_desktop.services.leads import LeadData
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import CoachRole, LeadStage, ParticipantStatus
from gemeinsam_desktop.ui.dialogs.placement_dialog import PlacementDialog
from gemeinsam_desktop.ui.widgets.lead_board import LeadBoard, lead_id_of
from tests.ui.typing_helper import type_text

S = LeadStage


def person(ws: Workspace, last: str = "Müller", first: str = "Jülide") -> int:
    return roster.save_participant(
        ws,
        ParticipantData(
            project_id=1,
            last_name=last,
            first_name=first,
            status=ParticipantStatus.AKTIV,
            entry_date=dt.date.today() - dt.timedelta(days=60),
        ),
    )


def lead(ws: Workspace, pid: int, position: str = "Verkauf (Teilzeit)", **kw) -> int:
    return leads.save_lead(
        ws, LeadData(participant_id=pid, position=position, employer_text="Café Kornmarkt", **kw)
    )


def open_board(qtbot, ws: Workspace) -> LeadBoard:
    board = LeadBoard(ws)
    qtbot.addWidget(board)
    board.resize(1300, 700)
    board.show()
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: board.data is not None)
    return board


def ids(board: LeadBoard, stage: LeadStage) -> list[int]:
    cards = board.lists[stage]
    return [lead_id_of(cards.item(row)) for row in range(cards.count())]


def stages(ws: Workspace, lead_id: int) -> list[LeadStage]:
    return [h.stage for h in leads.load_lead(ws, lead_id).history]


def drop(board: LeadBoard, lead_id: int, target: LeadStage) -> None:
    """Drag a card onto another column and drop it there.

    Qt hands drag events only to the target of a running drag (a QDrag needs a real
    mouse), so the column's own handlers get the events a drag would bring.
    """
    source = next(lst for lst in board.lists.values() if lead_id in ids(board, lst.stage))
    item = source.item(ids(board, source.stage).index(lead_id))
    mime = source.mimeData([item])
    column = board.lists[target]
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event = QDropEvent(QPointF(column.viewport().rect().center()), *args)
    column.dropEvent(event)
    assert event.isAccepted()


def test_columns_show_every_stage_with_counts(qtbot, workspace) -> None:
    pid = person(workspace)
    first = lead(workspace, pid)
    second = lead(workspace, pid, "Kasse")
    leads.move_stage(workspace, second, S.GESPRAECH)
    board = open_board(qtbot, workspace)
    assert list(board.lists) == list(leads.BOARD_COLUMNS)
    assert ids(board, S.IDEE) == [first] and ids(board, S.GESPRAECH) == [second]
    assert board.headers[S.IDEE].text() == "Idee · 1"
    assert board.headers[S.VERWORFEN].text() == "verworfen · 0"
    assert "Müller, Jülide" in board.lists[S.IDEE].item(0).toolTip()


def test_keyboard_moves_forward_and_back_and_records_it(qtbot, workspace) -> None:
    pid = person(workspace)
    lid = lead(workspace, pid)
    board = open_board(qtbot, workspace)
    assert board.select_lead(lid)
    cards = board.lists[S.IDEE]
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ids(board, S.ANGESPROCHEN) == [lid])
    assert ids(board, S.IDEE) == []
    assert leads.load_lead(workspace, lid).stage is S.ANGESPROCHEN
    # The card keeps the focus in its new column: the next key moves it again.
    moved = board.lists[S.ANGESPROCHEN]
    assert moved.currentItem() is not None and lead_id_of(moved.currentItem()) == lid
    qtbot.keyClick(moved, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ids(board, S.BEWORBEN) == [lid])
    qtbot.keyClick(board.lists[S.BEWORBEN], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ids(board, S.ANGESPROCHEN) == [lid])
    assert stages(workspace, lid) == [S.IDEE, S.ANGESPROCHEN, S.BEWORBEN, S.ANGESPROCHEN]


def test_a_drop_on_another_column_moves_the_lead(qtbot, workspace) -> None:
    pid = person(workspace)
    lid = lead(workspace, pid)
    board = open_board(qtbot, workspace)
    drop(board, lid, S.GESPRAECH)
    qtbot.waitUntil(lambda: ids(board, S.GESPRAECH) == [lid])
    assert stages(workspace, lid) == [S.IDEE, S.GESPRAECH]
    assert leads.load_lead(workspace, lid).stage_changed_on == dt.date.today()


def test_a_drop_on_verworfen_asks_for_the_reason(qtbot, workspace) -> None:
    pid = person(workspace)
    lid = lead(workspace, pid)
    board = open_board(qtbot, workspace)
    drop(board, lid, S.VERWORFEN)
    dialog = board.reason_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()  # changed her mind: nothing happens
    qtbot.wait(50)
    assert leads.load_lead(workspace, lid).stage is S.IDEE
    drop(board, lid, S.VERWORFEN)
    dialog = board.reason_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible() and dialog.error.isVisible()
    line = dialog.reason_combo.lineEdit()
    assert line is not None
    type_text(line, "Öffnungszeiten der Kita passen nicht")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ids(board, S.VERWORFEN) == [lid])
    saved = leads.load_lead(workspace, lid)
    assert saved.dropped_reason == "Öffnungszeiten der Kita passen nicht"
    assert saved.history[-1].reason == "Öffnungszeiten der Kita passen nicht"


def test_reaching_eingestellt_offers_the_placement_filled_in(qtbot, workspace) -> None:
    pid = person(workspace)
    lid = lead(workspace, pid, weekly_hours=25)
    leads.move_stage(workspace, lid, S.ZUSAGE)
    board = open_board(qtbot, workspace)
    board.select_lead(lid)
    qtbot.keyClick(board.lists[S.ZUSAGE], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)

    def offer() -> QMessageBox | None:
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "offerPlacement"]
        return found[0] if found and found[0].isVisible() else None  # type: ignore[return-value]

    qtbot.waitUntil(lambda: offer() is not None)
    box = offer()
    assert box is not None
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)

    def placement_dialog() -> PlacementDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlacementDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: placement_dialog() is not None)
    dialog = placement_dialog()
    assert dialog is not None
    assert dialog.employer_combo.currentText() == "Café Kornmarkt"
    assert dialog.hours_spin.value() == 25 and dialog.mark_box.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = placements.placements_of(workspace, pid)
    assert (saved.employer_name, saved.lead_id, saved.start_date) == (
        "Café Kornmarkt",
        lid,
        dt.date.today(),
    )
    assert roster.load_participant(workspace, pid).status is ParticipantStatus.VERMITTELT


def test_filters_by_coach_and_folded_text(qtbot, workspace) -> None:
    jonas = accounts.add_coach(workspace, "Jonas Beispielmann", CoachRole.COACH, "ein Passwort 123")
    mine = lead(workspace, person(workspace), "Lager")
    his = lead(workspace, person(workspace, "Şahin", "Ayşe"), "Kasse", coach_id=jonas.id)
    board = open_board(qtbot, workspace)
    assert sorted(ids(board, S.IDEE)) == sorted([mine, his])
    board.coach_combo.setCurrentIndex(board.coach_combo.findData(jonas.id))
    qtbot.waitUntil(lambda: ids(board, S.IDEE) == [his])
    board.coach_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(ids(board, S.IDEE)) == 2)
    type_text(board.filter_edit, "muller")
    assert ids(board, S.IDEE) == [mine]
    board.filter_edit.clear()
    type_text(board.filter_edit, "sahin kasse")
    assert ids(board, S.IDEE) == [his]
    assert board.headers[S.IDEE].text() == "Idee · 1"
