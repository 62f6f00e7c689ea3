"""The record's notes and agreements tabs, driven like a coach does (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from gemeinsam_desktop.services import accounts, notes, roster
from gemeinsam_desktop.services.notes import NoteData, TemplateData
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.models import AgreementState, CoachRole, NoteVisibility
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.dialogs.participant_agreements import AgreementsTab
from gemeinsam_desktop.ui.dialogs.participant_dialog import (
    TAB_AGREEMENTS,
    TAB_NOTES,
    ParticipantDialog,
)
from gemeinsam_desktop.ui.dialogs.participant_notes import NotesTab
from gemeinsam_desktop.ui.operations import wait_idle
from tests.ui.typing_helper import type_text

PROJECT = 1


@pytest.fixture(autouse=True)
def asked(monkeypatch):
    questions: list[str] = []
    answers = {"value": True}

    def confirm(_parent, title, _text, _yes) -> bool:
        questions.append(title)
        return answers["value"]

    monkeypatch.setattr(messages, "confirm", confirm)
    return questions, answers


def person(ws: Workspace) -> int:
    return roster.save_participant(
        ws, ParticipantData(project_id=PROJECT, last_name="Schäfer", first_name="Jana")
    )


def open_tab(qtbot, ws: Workspace, pid: int) -> NotesTab:
    tab = NotesTab(ws, pid)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.refresh()
    tab.restore_draft()
    return tab


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_note_with_umlauts_and_bold_appears_formatted(qtbot, workspace) -> None:
    pid = person(workspace)
    tab = open_tab(qtbot, workspace, pid)
    assert tab.empty.isVisible() and tab.mode_label.text() == "Neue Notiz"
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("telefonat"))
    type_text(tab.editor, "Gespräch über Größe: ")
    type_text(tab.editor, "Übung")
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, 5)
    tab.editor.setTextCursor(cursor)
    qtbot.keyClick(tab.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert tab.text() == "Gespräch über Größe: **Übung**"
    assert "font-weight" in tab.preview.toHtml()
    assert tab.has_unsaved_text()
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.text() == "" and not tab.has_unsaved_text()
    [note] = notes.timeline(workspace, pid)
    assert note.text == "Gespräch über Größe: **Übung**" and note.kind == "telefonat"
    assert len(tab.cards) == 1
    card = tab.cards[0]
    assert "Übung" in card.body.text() and "font-weight" in card.body.text()
    assert "**" not in card.body.text()
    assert card.meta.text() == "Anna Beispiel · Telefonat"
    assert card.private_badge is None and card.edited_label is None
    assert notes.load_draft(workspace, pid) is None


def test_list_button_and_private_badge(qtbot, workspace) -> None:
    pid = person(workspace)
    tab = open_tab(qtbot, workspace, pid)
    type_text(tab.editor, "Lebenslauf")
    click(qtbot, tab.list_button)
    assert tab.text() == "- Lebenslauf"
    tab.visibility_combo.setCurrentIndex(tab.visibility_combo.findData("private"))
    click(qtbot, tab.save_button)
    [card] = tab.cards
    assert card.private_badge is not None and card.private_badge.text() == "nur für mich"
    assert "<li" in card.body.text()


def test_private_note_of_another_coach_is_not_shown(qtbot, workspace) -> None:
    pid = person(workspace)
    jonas = accounts.add_coach(workspace, "Jonas", CoachRole.COACH, "Lahnbrücke im Nebel 42")
    other = Workspace(
        workspace.folder,
        workspace.vault,
        workspace.master_key,
        CoachInfo(jonas.id, "Jonas", CoachRole.COACH),
        db=workspace.db,
    )
    notes.save_note(
        other,
        NoteData(participant_id=pid, text="Geheim", visibility=NoteVisibility.PRIVATE),
    )
    notes.save_note(other, NoteData(participant_id=pid, text="Für alle"))
    tab = open_tab(qtbot, workspace, pid)
    assert [c.note.text for c in tab.cards] == ["Für alle"]
    assert tab.cards[0].meta.text().startswith("Jonas")


def test_draft_saved_while_typing_and_restored_in_a_new_tab(qtbot, workspace) -> None:
    pid = person(workspace)
    tab = open_tab(qtbot, workspace, pid)
    type_text(tab.editor, "Entwurf mit Ümläuten")
    qtbot.waitUntil(lambda: notes.load_draft(workspace, pid) is not None, timeout=5000)
    wait_idle()
    draft = notes.load_draft(workspace, pid)
    assert draft is not None and draft.text == "Entwurf mit Ümläuten"

    again = open_tab(qtbot, workspace, pid)
    assert again.text() == "Entwurf mit Ümläuten"
    assert again.restored_hint.isVisible()
    assert again.restored_hint.text().startswith("Entwurf vom ")
    assert again.restored_hint.text().endswith(" wiederhergestellt")
    assert again.has_unsaved_text()
    click(qtbot, again.discard_button)
    wait_idle()
    assert again.text() == "" and notes.load_draft(workspace, pid) is None


def test_edited_note_shows_bearbeitet_and_history(qtbot, workspace) -> None:
    pid = person(workspace)
    notes.save_note(workspace, NoteData(participant_id=pid, text="Erste Fassung"))
    tab = open_tab(qtbot, workspace, pid)
    [card] = tab.cards
    assert card.history_button is None
    click(qtbot, card.edit_button)
    assert tab.mode_label.text().startswith("Notiz vom ")
    assert tab.text() == "Erste Fassung" and not tab.has_unsaved_text()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(tab.editor, " – ergänzt")
    click(qtbot, tab.save_button)
    [card] = tab.cards
    assert card.note.text == "Erste Fassung – ergänzt"
    assert card.edited_label is not None and card.edited_label.text() == "bearbeitet"
    assert card.history_button is not None
    click(qtbot, card.history_button)
    dialog = tab.history_dialog
    assert dialog is not None and dialog.isVisible()
    assert [v.text for v in dialog.versions] == ["Erste Fassung – ergänzt", "Erste Fassung"]
    shown = dialog.browser.toPlainText()
    assert "aktuelle Fassung" in shown and "frühere Fassung" in shown
    dialog.close()


def test_template_is_inserted(qtbot, workspace) -> None:
    pid = person(workspace)
    notes.save_template(workspace, TemplateData(name="Standortbestimmung", text="- Berufswunsch:"))
    tab = open_tab(qtbot, workspace, pid)
    combo = tab.template_combo
    assert combo.itemText(0) == "Vorlage einfügen…"
    index = combo.findText("Standortbestimmung")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert tab.text() == "- Berufswunsch:" and combo.currentIndex() == 0
    type_text(tab.editor, " Pflege")
    assert tab.text() == "- Berufswunsch: Pflege"


def test_agreement_from_a_note_and_its_state(qtbot, workspace) -> None:
    pid = person(workspace)
    note_id = notes.save_note(
        workspace, NoteData(participant_id=pid, text="**Bewerbung** bei Müller abschicken")
    )
    tab = open_tab(qtbot, workspace, pid)
    agreements = AgreementsTab(workspace, pid)
    qtbot.addWidget(agreements)
    agreements.show()
    agreements.refresh()
    assert agreements.empty.isVisible()
    click(qtbot, tab.cards[0].agreement_button)
    dialog = tab.agreement_dialog
    assert dialog is not None
    assert dialog.text_edit.toPlainText() == "Bewerbung bei Müller abschicken"
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("coach"))
    dialog.due_field.edit.setText("01.12.2026")
    click(qtbot, dialog.save_button)
    [saved] = notes.agreements_of(workspace, pid)
    assert saved.note_id == note_id and saved.owner == "coach"
    assert agreements.table.rowCount() == 1
    row = [agreements.table.item(0, c).text() for c in range(4)]
    assert row == ["Bewerbung bei Müller abschicken", "01.12.2026", "Coach", "offen"]
    agreements.table.selectRow(0)
    assert not agreements.reopen_button.isEnabled()
    click(qtbot, agreements.done_button)
    qtbot.waitUntil(lambda: agreements.table.item(0, 3).text() == "erledigt")
    assert notes.agreements_of(workspace, pid)[0].state is AgreementState.ERLEDIGT
    assert agreements.reopen_button.isEnabled() and not agreements.done_button.isEnabled()


def test_closing_the_record_with_unsaved_text_asks(qtbot, workspace, asked) -> None:
    questions, answers = asked
    pid = person(workspace)
    dialog = ParticipantDialog(workspace, pid, PROJECT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tabs.tabText(TAB_NOTES) == "Notizen"
    assert dialog.tabs.tabText(TAB_AGREEMENTS) == "Vereinbarungen"
    dialog.tabs.setCurrentIndex(TAB_NOTES)
    assert dialog.notes_tab is not None
    type_text(dialog.notes_tab.editor, "Noch nicht gespeichert: Größe")
    answers["value"] = False
    click(qtbot, dialog.cancel_button)
    assert questions == ["Notiz nicht gespeichert"]
    assert dialog.isVisible() and dialog.tabs.currentIndex() == TAB_NOTES
    answers["value"] = True
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    wait_idle()
    draft = notes.load_draft(workspace, pid)
    assert draft is not None and draft.text == "Noch nicht gespeichert: Größe"

    reopened = ParticipantDialog(workspace, pid, PROJECT)
    qtbot.addWidget(reopened)
    assert reopened.tabs.currentIndex() == TAB_NOTES
    assert reopened.notes_tab is not None
    assert reopened.notes_tab.text() == "Noch nicht gespeichert: Größe"


def test_a_long_timeline_opens_with_the_newest_and_shows_older_on_request(qtbot, workspace) -> None:
    from gemeinsam_desktop.ui.dialogs import participant_notes

    pid = person(workspace)
    page = participant_notes.CARDS_PER_PAGE
    for i in range(page * 2 + 3):
        notes.save_note(workspace, NoteData(participant_id=pid, text=f"Gespräch Nummer {i}"))
    tab = open_tab(qtbot, workspace, pid)
    assert len(tab.cards) == page
    assert tab.more_button.isVisible()
    click(qtbot, tab.more_button)
    assert len(tab.cards) == page * 2
    click(qtbot, tab.more_button)
    assert len(tab.cards) == page * 2 + 3 and not tab.more_button.isVisible()
