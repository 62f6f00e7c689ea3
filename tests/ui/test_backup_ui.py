"""Backups through the real widgets: the settings card, the status-bar warning, the restore
dialog (own and foreign backups), the backup at locking, and damage found at unlocking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select

from gemeinsam_desktop.services import backup
from gemeinsam_desktop.services.workspace import DataFolder, FolderState, Workspace
from gemeinsam_desktop.store import rotation
from gemeinsam_desktop.store.models import Participant
from gemeinsam_desktop.ui.controller import AppController
from gemeinsam_desktop.ui.dialogs.backup_dialogs import (
    RestoreDialog,
    SecretDialog,
    restore_into_empty_folder,
)
from gemeinsam_desktop.ui.main_window import MainWindow
from gemeinsam_desktop.ui.operations import wait_idle
from gemeinsam_desktop.ui.unlock_window import UnlockWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import message_boxes
from tests.ui.typing_helper import type_text

OTHER = "Regenbogen über dem Dom 12"


def add_people(ws: Workspace, count: int, prefix: str = "Şahin") -> None:
    with ws.db.session() as s:
        s.add_all(
            Participant(project_id=1, last_name=f"{prefix} {i}", first_name="Ümit")
            for i in range(count)
        )


def people(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


def autos(folder: DataFolder) -> list[Path]:
    return sorted(folder.paths.backups.glob("auto-*.sicherung"))


def when_modal(handle: Callable[[QWidget], bool], timeout_ms: int = 15_000) -> list[str]:
    """Handle the next modal dialog (``handle`` returns True once it dealt with it)."""
    seen: list[str] = []
    deadline = [timeout_ms // 50]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and handle(widget):
            seen.append(widget.text() if isinstance(widget, QMessageBox) else widget.objectName())
            return
        deadline[0] -= 1
        if deadline[0] > 0:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


def press(button_text: str) -> Callable[[QWidget], bool]:
    def handle(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        for button in widget.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return True
        return False

    return handle


@pytest.fixture
def window(qtbot, workspace):
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    w.show_page(w.settings_page)
    yield w
    wait_idle()


@pytest.fixture
def controller(qtbot, ready_folder):
    ready_folder.acquire()
    ctrl = AppController(ready_folder)
    yield ctrl
    ctrl.shutdown()
    for w in QApplication.topLevelWidgets():
        w.close()


def unlock(qtbot, ctrl: AppController) -> MainWindow:
    assert ctrl.unlock_window is not None
    qtbot.waitUntil(ctrl.unlock_window.isVisible, timeout=5_000)
    ctrl.unlock_window.passphrase.clear()
    type_text(ctrl.unlock_window.passphrase, PASSPHRASE)
    QTest.keyClick(ctrl.unlock_window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=10_000)
    assert ctrl.main_window is not None
    return ctrl.main_window


# -- the settings card and the status bar ---------------------------------------------------
def test_backup_now_shows_the_last_backup(qtbot, window, workspace) -> None:
    card = window.settings_page.backup_card
    qtbot.waitUntil(lambda: "Noch keine Sicherung" in card.last.text(), timeout=5_000)
    warning = window.backup_scheduler.warning
    qtbot.waitUntil(warning.isVisible, timeout=5_000)
    add_people(workspace, 4)
    qtbot.mouseClick(card.now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(autos(workspace.folder)) == 1, timeout=10_000)
    today = dt.date.today().strftime("%d.%m.%Y")
    qtbot.waitUntil(lambda: today in card.last.text(), timeout=5_000)
    assert "4 Teilnehmende" in card.last.text()
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5_000)
    assert any("gespeichert und geprüft" in box.text() for box in message_boxes())


def test_rotation_counts_are_saved(qtbot, window, workspace) -> None:
    card = window.settings_page.backup_card
    qtbot.waitUntil(lambda: card.daily.value() == 7, timeout=5_000)
    card.monthly.setValue(12)
    card.daily.setValue(3)
    wait_idle()
    assert backup.policy(workspace) == rotation.Policy(3, 4, 12)


def test_usb_backup_lands_in_the_chosen_folder(qtbot, window, workspace, tmp_path) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()
    card = window.settings_page.backup_card
    card.backup_actions.choose_folder = lambda: stick  # type: ignore[method-assign]
    qtbot.mouseClick(card.usb_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(stick.glob("*.sicherung")), timeout=10_000)
    qtbot.waitUntil(lambda: any("STICK" in b.text() for b in message_boxes()), timeout=5_000)


def test_status_bar_warns_when_the_last_backup_is_older_than_a_week(qtbot, workspace) -> None:
    backup.make_backup(workspace, now=dt.datetime.now() - dt.timedelta(days=9))
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    warning = w.backup_scheduler.warning
    qtbot.waitUntil(warning.isVisible, timeout=5_000)
    old = (dt.date.today() - dt.timedelta(days=9)).strftime("%d.%m.%Y")
    assert old in warning.text() and "bitte jetzt sichern" in warning.text()
    # The daily check makes a new backup, and the warning goes.
    w.backup_scheduler.check_now()
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=10_000)
    assert len(autos(workspace.folder)) == 2
    wait_idle()


# -- restore --------------------------------------------------------------------------------
def test_restore_from_the_menu_locks_and_brings_the_backup_back(qtbot, controller) -> None:
    assert controller.start()
    window = unlock(qtbot, controller)
    ws = controller.workspace
    assert ws is not None
    add_people(ws, 5)
    backup.make_backup(ws)
    add_people(ws, 3, "Später")
    confirmed = when_modal(press("Wiederherstellen"))

    def restore_when_listed(widget: QWidget) -> bool:
        if not isinstance(widget, RestoreDialog) or widget.table.topLevelItemCount() == 0:
            return False
        widget.restore_button.click()
        return True

    when_modal(restore_when_listed)
    window.backup_actions.restore()
    assert confirmed and "5 Teilnehmende" in confirmed[0]
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=10_000)
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()
    qtbot.waitUntil(lambda: any("eingespielt" in b.text() for b in message_boxes()), timeout=5_000)
    for box in message_boxes():
        box.close()
    again = unlock(qtbot, controller)
    assert people(again.ws) == 5


def test_a_foreign_backup_asks_for_its_own_passphrase(qtbot, workspace, tmp_path) -> None:
    other_folder = DataFolder(tmp_path / "anderswo")
    other, _recovery = other_folder.initialize("Bea Beispiel", OTHER)
    add_people(other, 2, "Dort")
    copy = backup.backup_to(other, tmp_path)
    other.close()
    other_folder.release()
    dialog = RestoreDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()

    def type_secret(widget: QWidget) -> bool:
        if not isinstance(widget, SecretDialog):
            return False
        type_text(widget.field, OTHER)
        widget.accept()
        return True

    asked = when_modal(type_secret)
    confirmed = when_modal(press("Wiederherstellen"))
    dialog.choose_file_path = lambda: copy  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_of_restore is not None, timeout=15_000)
    assert asked == ["backupSecretDialog"] and "2 Teilnehmende" in confirmed[0]
    assert dialog.result_of_restore is not None and not dialog.result_of_restore.same_store
    workspace.close()
    again = workspace.folder.unlock_passphrase(OTHER)
    try:
        assert people(again) == 2
    finally:
        again.close()


def test_every_lock_leaves_a_backup(qtbot, controller) -> None:
    assert controller.start()
    window = unlock(qtbot, controller)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=10_000)
    assert len(autos(controller.folder)) == 1


# -- damage at unlocking, and another installation ------------------------------------------
def test_damaged_database_at_unlock_offers_the_newest_good_backup(qtbot, ready_folder) -> None:
    ws = ready_folder.unlock_passphrase(PASSPHRASE)
    add_people(ws, 6)
    backup.make_backup(ws)
    ws.close()
    database = ready_folder.paths.database
    data = bytearray(database.read_bytes())
    data[len(data) - 2000] ^= 0x01
    database.write_bytes(bytes(data))
    window = UnlockWindow(ready_folder)
    qtbot.addWidget(window)
    window.show()
    offered = when_modal(press("Sicherung einspielen"))
    with qtbot.waitSignal(window.unlocked, timeout=20_000) as signal:
        type_text(window.passphrase, PASSPHRASE)
        QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert offered and "beschädigt" in offered[0] and "6 Teilnehmende" in offered[0]
    restored = signal.args[0]
    try:
        assert people(restored) == 6
    finally:
        restored.close()
    kept = list(ready_folder.paths.backups.glob("vor-wiederherstellung-*.sicherung"))
    assert len(kept) == 1  # the damaged file, kept for rescue by hand


def test_restore_into_an_empty_folder_then_unlock(qtbot, workspace, tmp_path) -> None:
    add_people(workspace, 3)
    copy = backup.backup_to(workspace, tmp_path)
    folder = DataFolder(tmp_path / "neu")
    try:
        assert restore_into_empty_folder(None, folder, copy, PASSPHRASE)
        assert folder.state() is FolderState.READY
        qtbot.waitUntil(
            lambda: any("eingespielt" in b.text() for b in message_boxes()), timeout=5_000
        )
        ws = folder.unlock_passphrase(PASSPHRASE)
        try:
            assert people(ws) == 3
        finally:
            ws.close()
    finally:
        folder.release()


def test_recovery_key_on_a_damaged_database_also_offers_the_backup(qtbot, ready_folder) -> None:
    from gemeinsam_desktop.ui.dialogs.recovery import RecoveryDialog

    ws = ready_folder.unlock_passphrase(PASSPHRASE)
    add_people(ws, 2)
    backup.make_backup(ws)
    ws.close()
    database = ready_folder.paths.database
    database.write_bytes(database.read_bytes()[: 4096 * 3])
    dialog = RecoveryDialog(ready_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.key_field, ready_folder.recovery_key)  # type: ignore[attr-defined]
    offered = when_modal(press("Sicherung einspielen"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=20_000)
    assert offered and "2 Teilnehmende" in offered[0]
    assert dialog.workspace is not None and people(dialog.workspace) == 2
    dialog.workspace.close()
