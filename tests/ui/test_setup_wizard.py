"""First start through the real wizard: store, recovery key, keychain."""

from __future__ import annotations

import re
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from gemeinsam_desktop.services.workspace import DataFolder, FolderState
from gemeinsam_desktop.store.vault import KEYRING_SERVICE, Vault
from gemeinsam_desktop.ui.dialogs.setup_wizard import SetupWizard
from tests.conftest import FailingKeyring
from tests.ui.conftest import message_boxes
from tests.ui.typing_helper import type_text

PW = "Mittwochs regnet es am Dom"
KEY_RE = re.compile(r"^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$")


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def wizard(qtbot, data_dir: Path):
    folder = DataFolder(data_dir)
    w = SetupWizard(folder)
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.workspace is not None:
        w.workspace.close()
    folder.release()


def fill_until_commit(qtbot, wizard: SetupWizard, name: str = "Jülide Öztürk-Weiß") -> None:
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # name missing
    type_text(wizard.welcome.coach, name)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(wizard.passphrase.fields.first, PW)
    type_text(wizard.passphrase.fields.second, PW)


def test_wizard_creates_the_store_and_shows_the_recovery_key_once(qtbot, wizard) -> None:
    fill_until_commit(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.workspace is not None
    assert wizard.workspace.current_coach.name == "Jülide Öztürk-Weiß"
    assert wizard.folder.state() is FolderState.READY
    shown = wizard.recovery.key_label.text()
    assert KEY_RE.match(shown)
    # The passphrase fields are emptied once the store exists.
    assert wizard.passphrase.fields.first.text() == ""
    # No going back to set-up once created, and no finishing before the key is noted.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible(), "cancel must not drop the recovery key page"
    wizard.recovery.noted.click()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    # The key shown is a working recovery key, and nothing was remembered.
    vault = Vault.load(wizard.folder.paths.keyslots)
    assert vault.unlock_recovery(shown) == wizard.workspace.master_key
    assert not vault.keychain_remembered


def test_short_or_mismatched_passphrase_keeps_commit_disabled(qtbot, wizard) -> None:
    type_text(wizard.welcome.coach, "Anna")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    type_text(wizard.passphrase.fields.first, "kurz")
    type_text(wizard.passphrase.fields.second, "kurz")
    assert not commit.isEnabled()
    assert "mindestens" in wizard.passphrase.fields.hint.text()
    wizard.passphrase.fields.first.clear()
    wizard.passphrase.fields.second.clear()
    type_text(wizard.passphrase.fields.first, PW)
    type_text(wizard.passphrase.fields.second, PW + "!")
    assert not commit.isEnabled()
    assert "überein" in wizard.passphrase.fields.hint.text()
    assert wizard.folder.state() is FolderState.NEW


def test_remember_in_keychain_on_the_last_page(qtbot, wizard) -> None:
    fill_until_commit(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    wizard.recovery.noted.click()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.keychain.remember.click()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    vault = Vault.load(wizard.folder.paths.keyslots)
    assert vault.keychain_remembered
    assert keyring.get_password(KEYRING_SERVICE, vault.store_id)
    assert vault.unlock_keychain() == (wizard.workspace.master_key, 1)


def test_without_keychain_the_wizard_says_so_and_goes_on_with_the_passphrase(qtbot, wizard) -> None:
    keyring.set_keyring(FailingKeyring())
    fill_until_commit(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    wizard.recovery.noted.click()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.keychain.remember.click()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    boxes = message_boxes()
    assert boxes and "Schlüsselbund" in boxes[0].text()
    assert not wizard.keychain.remember.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    assert DataFolder(wizard.folder.root).vault().unlock_passphrase(PW)[1] == 1
