"""Einstellungen: coach accounts, own passphrase, keychain, auto-lock, data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from gemeinsam_desktop.services import accounts
from gemeinsam_desktop.ui import preferences
from gemeinsam_desktop.ui.dialogs.accounts import AddCoachDialog, ChangePassphraseDialog
from gemeinsam_desktop.ui.main_window import MainWindow
from gemeinsam_desktop.ui.operations import wait_idle
from tests.conftest import PASSPHRASE
from tests.ui.typing_helper import type_text


@pytest.fixture
def window(qtbot, workspace):
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    w.show_page(w.settings_page)
    qtbot.waitUntil(lambda: w.settings_page.coach_list.count() == 1, timeout=5_000)
    return w


def test_lead_adds_a_coach_who_can_then_unlock(qtbot, window, workspace) -> None:
    dialog = AddCoachDialog(workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Selin Musterfrau-Şahin")
    type_text(dialog.passphrase.first, "Selins eigenes Passwort")
    type_text(dialog.passphrase.second, "Selins eigenes Passwort")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == AddCoachDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: window.settings_page.coach_list.count() == 2, timeout=5_000)
    texts = [window.settings_page.coach_list.item(i).text() for i in range(2)]
    assert any("Selin Musterfrau-Şahin – Coach" in t for t in texts)
    assert workspace.vault.unlock_passphrase("Selins eigenes Passwort")[1] == 2


def test_adding_a_coach_with_someone_elses_passphrase_is_refused(qtbot, window, workspace) -> None:
    dialog = AddCoachDialog(workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Jonas")
    type_text(dialog.passphrase.first, PASSPHRASE)
    type_text(dialog.passphrase.second, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "anderes Konto" in dialog.error.text()
    assert [c.name for c in accounts.list_coaches(workspace)] == ["Anna Beispiel"]


def test_empty_name_gets_a_clear_message(qtbot, window, workspace) -> None:
    dialog = AddCoachDialog(workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.passphrase.first, "ein gutes Passwort")
    type_text(dialog.passphrase.second, "ein gutes Passwort")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Namen" in dialog.error.text() and dialog.isVisible()


def test_change_own_passphrase_needs_the_old_one(qtbot, window, workspace) -> None:
    dialog = ChangePassphraseDialog(workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.old, "nicht das alte Passwort")
    type_text(dialog.new.first, "Das neue Passwort 2026")
    type_text(dialog.new.second, "Das neue Passwort 2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "falsch" in dialog.error.text()
    assert workspace.vault.unlock_passphrase(PASSPHRASE)[1] == 1
    dialog.old.clear()
    type_text(dialog.old, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ChangePassphraseDialog.DialogCode.Accepted
    assert workspace.vault.unlock_passphrase("Das neue Passwort 2026")[1] == 1
    with pytest.raises(Exception, match="falsch"):
        workspace.vault.unlock_passphrase(PASSPHRASE)


def test_keychain_button_remembers_and_forgets(qtbot, window, workspace) -> None:
    page = window.settings_page
    assert "merken" in page.keychain_button.text()
    qtbot.mouseClick(page.keychain_button, Qt.MouseButton.LeftButton)
    assert workspace.vault.keychain_remembered
    assert workspace.vault.unlock_keychain() is not None
    assert "vergessen" in page.keychain_button.text()
    qtbot.mouseClick(page.keychain_button, Qt.MouseButton.LeftButton)
    assert not workspace.vault.keychain_remembered
    assert workspace.vault.unlock_keychain() is None


def test_auto_lock_choice_is_kept(qtbot, window) -> None:
    page = window.settings_page
    seen = []
    page.auto_lock_changed.connect(seen.append)
    page.auto_lock.setCurrentIndex(page.auto_lock.findData(2))
    assert seen == [2] and preferences.AUTO_LOCK_MINUTES.get() == 2
    page.auto_lock.setCurrentIndex(page.auto_lock.findData(0))
    assert preferences.AUTO_LOCK_MINUTES.get() == 0


def test_removing_a_coach_asks_first(qtbot, window, workspace) -> None:
    accounts.add_coach(
        workspace, "Jonas Beispielmann", accounts.CoachRole.COACH, "Jonas Passwort 123"
    )
    page = window.settings_page
    page.refresh_now()
    qtbot.waitUntil(lambda: page.coach_list.count() == 2, timeout=5_000)
    row = next(i for i in range(2) if "Jonas" in page.coach_list.item(i).text())
    page.coach_list.setCurrentRow(row)

    def answer(accept: bool) -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        wanted = QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()

    QTimer.singleShot(100, lambda: answer(False))
    page._remove_coach()
    wait_idle()
    assert len(accounts.list_coaches(workspace)) == 2
    QTimer.singleShot(100, lambda: answer(True))
    page._remove_coach()
    wait_idle()
    qtbot.waitUntil(lambda: page.coach_list.count() == 1, timeout=5_000)
    with pytest.raises(Exception, match="falsch"):
        workspace.vault.unlock_passphrase("Jonas Passwort 123")


def test_data_folder_is_shown(window, workspace) -> None:
    label = window.settings_page.findChild(QLabel, "dataFolderPath")
    assert label.text() == str(workspace.folder.root)


def test_privacy_tools_open_from_settings(qtbot, window, workspace, monkeypatch) -> None:
    from gemeinsam_desktop.ui.dialogs import privacy

    opened = []
    monkeypatch.setattr(privacy.AuditLogDialog, "exec", lambda self: opened.append("audit"))
    monkeypatch.setattr(privacy.RetentionDialog, "exec", lambda self: opened.append("retention"))
    monkeypatch.setattr(
        privacy,
        "anonymise_project_action",
        lambda parent, ws, pid: opened.append(("anonymise", pid)),
    )
    page = window.settings_page
    qtbot.waitUntil(lambda: page.project_combo.count() == 1, timeout=5_000)
    for name in ("auditLogButton", "retentionButton", "anonymiseProjectButton"):
        qtbot.mouseClick(page.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    assert opened == ["audit", "retention", ("anonymise", 1)]


def test_a_coach_adds_a_location_with_rooms(qtbot, window, workspace, monkeypatch) -> None:
    from gemeinsam_desktop.services import calendar
    from gemeinsam_desktop.ui.dialogs.locations import LocationEditor, LocationsDialog

    dialog = LocationsDialog(workspace, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2  # Rathaus and Westend come with every new store

    def fill(editor: LocationEditor) -> int:
        type_text(editor.name, "Familienzentrum Büblingshausen")
        editor.rooms.setPlainText("Spielzimmer\nKüche")
        editor.save()
        return editor.result()

    monkeypatch.setattr(LocationEditor, "exec", fill)
    dialog.add()
    names = {loc.name: loc.rooms for loc in calendar.list_locations(workspace)}
    assert names["Familienzentrum Büblingshausen"] == ("Spielzimmer", "Küche")
    assert dialog.list.count() == 3
    dialog.list.setCurrentRow(0)
    dialog.archive()
    assert len(calendar.list_locations(workspace)) == 2


def test_coaches_define_note_templates(qtbot, window, workspace, monkeypatch) -> None:
    from gemeinsam_desktop.services import notes
    from gemeinsam_desktop.ui import messages
    from gemeinsam_desktop.ui.dialogs.templates import TemplatesDialog

    dialog = TemplatesDialog(workspace, window)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Standortbestimmung")
    dialog.text.setPlainText("**Ziele:**\n- Arbeitszeiten passend zur Kita")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in notes.list_templates(workspace)] == ["Standortbestimmung"]
    dialog.new()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name
    assert "Namen" in dialog.error.text()
    dialog.list.setCurrentRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert notes.list_templates(workspace) == []
