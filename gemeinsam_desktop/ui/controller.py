"""Which face the app shows: set-up wizard, unlock window or main window; lock and idle lock."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services.workspace import DataFolder, FolderState, Workspace
from gemeinsam_desktop.ui import messages, preferences, startup
from gemeinsam_desktop.ui.i18n import install_language

if TYPE_CHECKING:
    from gemeinsam_desktop.preload import KeyDerivation
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
    """Notes the time of the last key press or mouse move in the app.

    An application-wide event filter sees every event of every widget (~11,000 while the
    main window is built), so it is installed only while auto-lock is on (``watch``), and
    it only reads the clock: restarting the timer on every mouse move was a Qt call per
    event (and, with PySide6 6.12 on Python 3.11, a reference to ``None`` lost per call).
    The controller's timer asks ``idle_ms`` when it fires.
    """

    def __init__(self) -> None:
        super().__init__()
        self.installed = False
        self.last_activity = time.monotonic()

    def idle_ms(self) -> int:
        return int((time.monotonic() - self.last_activity) * 1000)

    def watch(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self.installed:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self.installed = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            self.last_activity = time.monotonic()
        return False


class AppController(QObject):
    def __init__(
        self, folder: DataFolder, *, demo: bool = False, demo_key: KeyDerivation | None = None
    ) -> None:
        super().__init__()
        self.folder = folder
        self.demo = demo
        self.demo_key = demo_key  # the demo's unlock, started before Qt (app.run_gui)
        self.workspace: Workspace | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle_timeout)
        # when the coach was active meanwhile: fires after the rest of the interval
        self._idle_recheck = QTimer(self)
        self._idle_recheck.setSingleShot(True)
        self._idle_recheck.timeout.connect(self._idle_timeout)
        self._idle = IdleWatcher()
        app = QApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self.shutdown)

    # -- start ------------------------------------------------------------------------
    def start(self) -> bool:
        """Show the first window; False when there is nothing the app can open."""
        state = self.folder.state()
        if self.demo:
            return self._start_demo(state)
        if state is FolderState.NEW:
            return self._run_wizard()
        if state is FolderState.DAMAGED and not self.folder.paths.keyslots.exists():
            from gemeinsam_desktop.errors import DamagedDatabaseError

            messages.show_error(None, DamagedDatabaseError(detail="Datei fehlt"))
            return False
        # Database missing or damaged: unlocking says so and offers the newest good backup.
        try:
            ws = self.folder.unlock_keychain()
        except KnownError as exc:
            self.show_unlock()
            assert self.unlock_window is not None
            self.unlock_window.report_failure(exc)
            return True
        if ws is not None:
            self.open_main(ws)
        else:
            self.show_unlock()
        return True

    def _start_demo(self, state: FolderState) -> bool:
        from gemeinsam_desktop.ui.operations import run_blocking

        # The main window's modules load on this thread (inside run_blocking's loop) while
        # the key is derived; SQLAlchemy and the services behind the pages' data load once
        # the window shows (startup.watch_first_window, Workspace.db)
        QTimer.singleShot(0, startup.import_main_window)
        demo_key, self.demo_key = self.demo_key, None
        try:
            if state is FolderState.NEW:

                def build() -> Workspace:
                    from gemeinsam_desktop.services import demo

                    ws, _key = self.folder.initialize(demo.DEMO_LEAD_NAME, demo.DEMO_PASSPHRASE)
                    demo.fill_demo(ws)
                    return ws

                ws = run_blocking(build)
            elif demo_key is not None:  # derived since before Qt loaded
                ws = run_blocking(lambda: self.folder.open_with_key(*demo_key.result()))
            else:

                def unlock() -> Workspace:
                    # not from demo_data: that imports the models, and the key derivation
                    # would wait for SQLAlchemy to load instead of running beside it
                    from gemeinsam_desktop.services.demo_accounts import DEMO_PASSPHRASE

                    return self.folder.unlock_passphrase(DEMO_PASSPHRASE)

                ws = run_blocking(unlock)
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
            if self.folder.state() is FolderState.READY:  # restored from a backup file
                self.show_unlock()
                return True
            return False
        self.open_main(wizard.workspace)
        return True

    # -- windows ----------------------------------------------------------------------
    def demo_hint(self) -> str:
        if not self.demo:
            return ""
        from gemeinsam_desktop.services.demo_accounts import DEMO_PASSPHRASE

        return QApplication.translate("AppController", "DEMO – Passwort: {pw}").format(
            pw=DEMO_PASSPHRASE
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
        startup.watch_window(window)
        window.raise_()
        window.activateWindow()

    def open_main(self, ws: Workspace) -> None:
        from gemeinsam_desktop.ui.main_window import MainWindow

        self.workspace = ws
        if self.unlock_window is not None:
            self.unlock_window.hide()
        window = MainWindow(ws, demo=self.demo)
        window.lock_requested.connect(self.lock)
        window.language_changed.connect(self.switch_language)  # from its settings page
        window.auto_lock_changed.connect(self.set_auto_lock)
        self.main_window = window
        window.show()
        startup.watch_window(window)
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
        from PySide6.QtWidgets import QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)

    def lock(self) -> None:
        """Close the database, forget the key, show nothing personal."""
        from gemeinsam_desktop.ui.operations import run_blocking, wait_idle

        if self.workspace is None:
            return
        self.idle_timer.stop()
        self._idle_recheck.stop()
        self._idle.watch(False)
        wait_idle()
        self._close_dialogs()
        self._close_main()
        from gemeinsam_desktop.ui.backup_scheduler import exit_backup

        workspace = self.workspace
        run_blocking(lambda: exit_backup(workspace))  # issue #8: a backup at every lock
        self.workspace.close()
        self.workspace = None
        by_timer = self.sender() in (self.idle_timer, self._idle_recheck)
        log.info("locked by %s", "idle timer" if by_timer else "coach")
        self.show_unlock()

    def set_auto_lock(self, minutes: int) -> None:
        self._idle_recheck.stop()
        if minutes <= 0 or self.workspace is None:
            self.idle_timer.stop()
            self._idle.watch(False)
            return
        self.idle_timer.setInterval(minutes * 60_000)
        self._idle.last_activity = time.monotonic()
        self.idle_timer.start()
        self._idle.watch(True)

    def _idle_timeout(self) -> None:
        """Lock when nothing happened for the whole interval, else look again when it ends."""
        rest = self.idle_timer.interval() - self._idle.idle_ms()
        if rest > 50:
            self._idle_recheck.start(rest)
        else:
            self.lock()

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
        from gemeinsam_desktop.ui.operations import wait_idle

        self.idle_timer.stop()
        self._idle_recheck.stop()
        self._idle.watch(False)
        wait_idle()
        self._close_main()
        if self.workspace is not None:
            from gemeinsam_desktop.ui.backup_scheduler import exit_backup

            exit_backup(self.workspace)  # the clean-exit backup (issue #8); the worker is idle
            self.workspace.close()
            self.workspace = None
        self.folder.release()
