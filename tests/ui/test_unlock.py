"""Unlocking, forgetting the passphrase, locking and idle lock, through the real widgets."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.ui import preferences
from gemeinsam_desktop.ui.controller import AppController
from gemeinsam_desktop.ui.dialogs.recovery import RecoveryDialog
from gemeinsam_desktop.ui.main_window import MainWindow
from gemeinsam_desktop.ui.unlock_window import UnlockWindow
from tests.conftest import PASSPHRASE, FailingKeyring
from tests.ui.conftest import message_boxes
from tests.ui.typing_helper import type_text


@pytest.fixture
def unlock_window(qtbot, ready_folder: DataFolder):
    window = UnlockWindow(ready_folder)
    qtbot.addWidget(window)
    window.show()
    yield window
    ready_folder.release()


def enter(qtbot, window: UnlockWindow, passphrase: str) -> None:
    window.passphrase.clear()
    type_text(window.passphrase, passphrase)
    QTest.keyClick(window.passphrase, Qt.Key.Key_Return)


def test_right_passphrase_unlocks(qtbot, unlock_window) -> None:
    with qtbot.waitSignal(unlock_window.unlocked, timeout=10_000) as signal:
        enter(qtbot, unlock_window, PASSPHRASE)
    ws = signal.args[0]
    try:
        assert ws.current_coach.name == "Anna Beispiel"
        assert unlock_window.passphrase.text() == ""
    finally:
        ws.close()


def test_wrong_passphrase_says_so_and_slows_down(qtbot, unlock_window) -> None:
    unlocked = []
    unlock_window.unlocked.connect(unlocked.append)
    for attempt in range(3):
        enter(qtbot, unlock_window, f"falsches Passwort {attempt}")
        qtbot.waitUntil(lambda: not unlock_window.busy, timeout=10_000)
        assert "Passwort ist falsch" in unlock_window.status.text()
    assert unlocked == []
    # After the third failure the button waits a growing number of seconds.
    assert unlock_window.throttle.remaining() > 0
    assert not unlock_window.unlock_button.isEnabled()
    assert "Sekunde" in unlock_window.unlock_button.text()
    assert unlock_window.throttle.delay_for(5) > unlock_window.throttle.delay_for(4)


def test_remember_without_a_keychain_says_so_once_and_unlocks(qtbot, unlock_window) -> None:
    keyring.set_keyring(FailingKeyring())
    unlock_window.remember.setChecked(True)
    with qtbot.waitSignal(unlock_window.unlocked, timeout=10_000) as signal:
        enter(qtbot, unlock_window, PASSPHRASE)
    signal.args[0].close()
    boxes = message_boxes()
    assert len(boxes) == 1 and "Schlüsselbund" in boxes[0].text()
    assert preferences.KEYCHAIN_NOTICE_SHOWN.get()


def test_forgotten_passphrase_recovery_key_then_new_passphrase(qtbot, ready_folder) -> None:
    dialog = RecoveryDialog(ready_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.key_field, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Wiederherstellungsschlüssel passt nicht" in dialog.error.text()
    assert dialog.stack.currentIndex() == 0
    dialog.key_field.clear()
    type_text(dialog.key_field, ready_folder.recovery_key.lower())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1
    assert dialog.coach_combo.currentText() == "Anna Beispiel"
    type_text(dialog.new_fields.first, "Neues Passwort nach dem Urlaub")
    type_text(dialog.new_fields.second, "Neues Passwort nach dem Urlaub")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    ws = dialog.workspace
    assert ws is not None and ws.current_coach.name == "Anna Beispiel"
    ws.close()
    vault = ready_folder.vault()
    assert vault.unlock_passphrase("Neues Passwort nach dem Urlaub")[1] == 1
    with pytest.raises(Exception, match="falsch"):
        vault.unlock_passphrase(PASSPHRASE)


@pytest.fixture
def controller(qtbot, ready_folder):
    ready_folder.acquire()
    ctrl = AppController(ready_folder)
    yield ctrl
    ctrl.shutdown()
    for w in QApplication.topLevelWidgets():
        w.close()


def unlock_through_window(qtbot, ctrl: AppController) -> MainWindow:
    assert ctrl.unlock_window is not None and ctrl.unlock_window.isVisible()
    enter(qtbot, ctrl.unlock_window, PASSPHRASE)
    qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=10_000)
    window = ctrl.main_window
    qtbot.waitExposed(window)
    return window


def test_ctrl_l_locks_closes_the_engine_and_shows_nothing_personal(qtbot, controller) -> None:
    assert controller.start()
    window = unlock_through_window(qtbot, controller)
    ws = controller.workspace
    assert "Anna Beispiel" in window.findChild(QLabel, "coachLabel").text()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5_000)
    assert ws.db.engine is None
    assert bytes(ws.master_key) == bytes(32)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_window]
    # Unlocking again brings the work back.
    again = unlock_through_window(qtbot, controller)
    assert again.ws.current_coach.name == "Anna Beispiel"


def test_idle_time_locks_by_itself(qtbot, controller) -> None:
    controller.start()
    unlock_through_window(qtbot, controller)
    assert controller.idle_timer.isActive()
    assert controller.idle_timer.interval() == preferences.AUTO_LOCK_MINUTES.get() * 60_000
    controller.idle_timer.setInterval(150)
    controller.idle_timer.start()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5_000)
    assert controller.unlock_window.isVisible()


def test_activity_postpones_the_idle_lock(qtbot, controller) -> None:
    controller.start()
    window = unlock_through_window(qtbot, controller)
    controller.idle_timer.setInterval(400)
    controller.idle_timer.start()
    for _ in range(4):
        qtbot.wait(150)
        QTest.mouseMove(window, window.rect().center())
        QTest.keyClick(window.navigation, Qt.Key.Key_Down)
    assert controller.workspace is not None


def test_window_geometry_is_remembered_across_lock(qtbot, controller) -> None:
    controller.start()
    window = unlock_through_window(qtbot, controller)
    window.resize(760, 540)
    window.navigation.setCurrentRow(5)
    controller.lock()
    again = unlock_through_window(qtbot, controller)
    assert (again.width(), again.height()) == (760, 540)
    assert again.navigation.currentRow() == 5


def test_remembered_key_opens_straight_away(qtbot, ready_folder) -> None:
    ws = ready_folder.unlock_passphrase(PASSPHRASE)
    ws.vault.remember_in_keychain(ws.master_key, 1)
    ws.close()
    ctrl = AppController(ready_folder)
    try:
        assert ctrl.start()
        assert ctrl.main_window is not None and ctrl.unlock_window is None
    finally:
        ctrl.shutdown()


def test_remembered_key_but_keychain_gone_asks_for_the_passphrase(qtbot, ready_folder) -> None:
    ws = ready_folder.unlock_passphrase(PASSPHRASE)
    ws.vault.remember_in_keychain(ws.master_key, 1)
    ws.close()
    keyring.set_keyring(FailingKeyring())
    ctrl = AppController(ready_folder)
    try:
        assert ctrl.start()
        assert ctrl.main_window is None and ctrl.unlock_window.isVisible()
    finally:
        ctrl.shutdown()
        ctrl.unlock_window.close()


def test_switching_the_language_applies_at_once(qtbot, controller) -> None:
    controller.start()
    window = unlock_through_window(qtbot, controller)
    window.show_page(window.settings_page)
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData("en"))
    try:
        english = controller.main_window
        assert english is not None and english is not window
        assert english.navigation.item(0).text() == "Overview"
        assert english.stack.currentWidget() is english.settings_page
        assert english.settings_page.language.currentData() == "en"
        assert preferences.LANGUAGE.get() == "en"
    finally:
        combo = controller.main_window.settings_page.language
        combo.setCurrentIndex(combo.findData("de"))
    assert controller.main_window.navigation.item(0).text() == "Übersicht"


def test_idle_lock_closes_an_open_dialog_first(qtbot, controller) -> None:
    from PySide6.QtCore import QTimer

    from gemeinsam_desktop.ui.dialogs.accounts import ChangePassphraseDialog

    controller.start()
    window = unlock_through_window(qtbot, controller)
    dialog = ChangePassphraseDialog(controller.workspace, window)
    results = []
    controller.idle_timer.setInterval(200)
    controller.idle_timer.start()
    QTimer.singleShot(2_000, dialog.reject)  # a safety net: the lock must come first
    import time

    started = time.monotonic()
    results.append(dialog.exec())
    assert results == [0]
    assert time.monotonic() - started < 1.5, "the lock, not the safety net, closed the dialog"
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5_000)
    assert controller.unlock_window.isVisible()


def test_drafts_left_by_a_crash_are_announced_after_unlocking(qtbot, controller) -> None:
    from gemeinsam_desktop.services import notes, roster
    from gemeinsam_desktop.services.roster import ParticipantData

    ws = controller.folder.unlock_passphrase(PASSPHRASE)
    pid = roster.save_participant(ws, ParticipantData(project_id=1, last_name="Öztürk"))
    notes.save_draft(ws, pid, "angefangen, dann fiel der Strom aus")
    ws.close()
    controller.start()
    unlock_through_window(qtbot, controller)
    qtbot.waitUntil(lambda: any("Öztürk" in b.text() for b in message_boxes()), timeout=5_000)
