"""When backups happen while the app runs: once a day, and at every clean exit or lock.

``BackupScheduler`` belongs to the main window (it ends with it at locking): it checks every
hour whether the daily backup is due (``services.backup.backup_if_due``, run on the worker)
and keeps a status-bar label that warns when the newest backup is older than a week.
``exit_backup`` is called by the controller just before the workspace is closed.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from gemeinsam_desktop.services import backup
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui.dialogs.backup_dialogs import BACKUPS, format_when
from gemeinsam_desktop.ui.operations import bus, run_op
from gemeinsam_desktop.ui.theme import colors

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000  # is the daily backup due? (hourly)
FIRST_CHECK_MS = 2 * 60 * 1000  # not while the first page loads


class BackupScheduler(QObject):
    def __init__(self, ws: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = ws
        self.widget = parent
        self.busy = False
        self.warning = QLabel()
        self.warning.setObjectName("backupWarning")
        c = colors()
        self.warning.setStyleSheet(
            f"QLabel#backupWarning {{ background: {c.danger}; color: {c.on_accent}; "
            "font-weight: 600; padding: 6px 12px; border-radius: 6px; }"
        )
        self.warning.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check_now)
        self.first.start(FIRST_CHECK_MS)
        bus.changed.connect(self._on_changed)
        # the first refresh(): the main window's, once it is on screen (start-up, issue #8)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & BACKUPS:
            self.refresh()

    def refresh(self) -> None:
        run_op(self.widget, lambda: backup.last_backup(self.ws.folder), self._show)

    def _show(self, info: backup.BackupInfo | None) -> None:
        if not shiboken6.isValid(self.warning):  # the window was locked meanwhile
            return
        if not backup.is_stale(info):
            self.warning.setVisible(False)
            return
        if info is None:
            text = self.tr("Noch keine Sicherung – bitte jetzt sichern")
        else:
            text = self.tr("Letzte Sicherung am {when} – bitte jetzt sichern").format(
                when=format_when(info.created)
            )
        self.warning.setText(text)
        self.warning.setToolTip(
            self.tr("Einstellungen → Sicherung → „Jetzt sichern“ oder „Sicherung auf USB-Stick“")
        )
        self.warning.setVisible(True)

    def check_now(self) -> None:
        """Make the daily backup if it is due (quietly, on the worker)."""
        if self.busy:
            return
        self.busy = True

        def done(_info: backup.BackupInfo | None) -> None:
            self.busy = False

        def failed(_exc: BaseException) -> bool:
            self.busy = False
            return False  # shown (disk full, damaged data …)

        run_op(
            self.widget,
            lambda: backup.backup_if_due(self.ws),
            done,
            on_failure=failed,
            changes=BACKUPS,
        )


def exit_backup(ws: Workspace | None) -> None:
    """The backup at a clean exit or lock. Never stops the lock: a failure is logged only.

    The caller makes sure the worker is idle (``wait_idle``) and runs this where it likes.
    """
    if ws is None or not ws.is_open:
        return
    try:
        backup.make_backup(ws)
    except Exception as exc:  # noqa: BLE001 - locking must go on whatever happens here
        log.warning("backup at exit failed: %s", type(exc).__name__)
