"""Which face the app shows: set-up wizard, unlock window or main window; lock and idle lock."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services.workspace import DataFolder, FolderState, Workspace
from gemeinsam_desktop.ui import messages, preferences
from gemeinsam_desktop.ui.i18n import install_language
from gemeinsam_desktop.ui.operations import run_blocking, wait_idle

if TYPE_CHECKING:
    from gemeinsam_desktop.ui.main_window import MainWindow
    from gemeinsam_desktop.ui.unlock_window import UnlockWindow

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Restarts the auto-lock timer on every key press or mouse move in the app."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class AppController(QObject):
    def __init__(self, folder: DataFolder, *, demo: bool = False) -> None:
        super().__init__()
        self.folder = folder
        self.demo = demo
        self.workspace: Workspace | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self._idle = IdleWatcher(self.idle_timer)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self._idle)
        app.aboutToQuit.connect(self.shutdown)

    # -- start ------------------------------------------------------------------------
    def start(self) -> bool:
        """Show the first window; False when there is nothing the app can open."""
        state = self.folder.state()
        if self.demo:
            return self._start_demo(state)
        if state is FolderState.NEW:
            return self._run_wizard()
        if state is FolderState.DAMAGED:
            from gemeinsam_desktop.errors import DamagedDatabaseError

            messages.show_error(None, DamagedDatabaseError(detail="Datei fehlt"))
            return False
        try:
            ws = self.folder.unlock_keychain()
        except KnownError as exc:
            messages.show_error(None, exc)
            ws = None
        if ws is not None:
            self.open_main(ws)
        else:
            self.show_unlock()
        return True

    def _start_demo(self, state: FolderState) -> bool:
        from gemeinsam_desktop.services import demo

        try:
            if state is FolderState.NEW:

                def build() -> Workspace:
                    ws, _key = self.folder.initialize(demo.DEMO_LEAD_NAME, demo.DEMO_PASSPHRASE)
                    demo.fill_demo(ws)
                    return ws

                ws = run_blocking(build)
            else:
                ws = run_blocking(lambda: self.folder.unlock_passphrase(demo.DEMO_PASSPHRASE))
        except KnownError as exc:
            messages.show_error(None, exc)
            return False
        self.open_main(ws)
        return True

    def _run_wizard(self) -> bool:
        from gemeinsam_desktop.ui.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(self.folder)
        wizard.exec()
        if wizard.workspace is None:
            return False
        self.open_main(wizard.workspace)
        return True

    # -- windows ----------------------------------------------------------------------
    def demo_hint(self) -> str:
        if not self.demo:
            return ""
        from gemeinsam_desktop.services import demo

        return QApplication.translate("AppController", "DEMO – Passwort: {pw}").format(
            pw=demo.DEMO_PASSPHRASE
        )

    def show_unlock(self) -> None:
        from gemeinsam_desktop.ui.unlock_window import UnlockWindow

        window = self.unlock_window
        if window is None:
            window = UnlockWindow(self.folder, demo_hint=self.demo_hint())
            window.unlocked.connect(self.open_main)
            window.resize(720, 560)
            self.unlock_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def open_main(self, ws: Workspace) -> None:
        from gemeinsam_desktop.ui.main_window import MainWindow

        self.workspace = ws
        if self.unlock_window is not None:
            self.unlock_window.hide()
        window = MainWindow(ws, demo=self.demo)
        window.lock_requested.connect(self.lock)
        window.settings_page.language_changed.connect(self.switch_language)
        window.settings_page.auto_lock_changed.connect(self.set_auto_lock)
        self.main_window = window
        window.show()
        self.set_auto_lock(preferences.AUTO_LOCK_MINUTES.get())

    def _close_main(self) -> None:
        window = self.main_window
        if window is not None:
            window.save_geometry()
            window.hide()
            window.deleteLater()
            self.main_window = None

    def _close_dialogs(self) -> None:
        """Close open dialogs first: none may outlive the window and the data they show.

        ``done`` (not ``reject``) skips "discard changes?" questions — locking is not
        negotiable, and an unsaved form is what an idle lock costs.
        """
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)

    def lock(self) -> None:
        """Close the database, forget the key, show nothing personal."""
        if self.workspace is None:
            return
        self.idle_timer.stop()
        wait_idle()
        self._close_dialogs()
        self._close_main()
        self.workspace.close()
        self.workspace = None
        log.info("locked by %s", "idle timer" if self.sender() is self.idle_timer else "coach")
        self.show_unlock()

    def set_auto_lock(self, minutes: int) -> None:
        if minutes <= 0 or self.workspace is None:
            self.idle_timer.stop()
            return
        self.idle_timer.setInterval(minutes * 60_000)
        self.idle_timer.start()

    def switch_language(self, language: str) -> None:
        """Apply a new language at once: re-create the main window in it."""
        preferences.LANGUAGE.set(language)
        install_language(language)
        if self.workspace is not None:
            self._close_main()
            self.open_main(self.workspace)
            assert self.main_window is not None
            self.main_window.show_page(self.main_window.settings_page)
        if self.unlock_window is not None:
            self.unlock_window.deleteLater()
            self.unlock_window = None

    def shutdown(self) -> None:
        wait_idle()
        self._close_main()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self.folder.release()
