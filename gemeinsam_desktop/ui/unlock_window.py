"""The locked face of the app: nothing personal, just the way back in."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop import APP_NAME
from gemeinsam_desktop.errors import DamagedStoreError, KeychainUnavailableError, WrongKeyError
from gemeinsam_desktop.services.throttle import UnlockThrottle
from gemeinsam_desktop.services.workspace import DataFolder, Workspace
from gemeinsam_desktop.ui import messages, preferences
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.widgets.passphrase import password_field


class UnlockWindow(QWidget):
    """Emits ``unlocked`` with the open workspace."""

    unlocked = Signal(object)

    def __init__(
        self, folder: DataFolder, *, demo_hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.throttle = UnlockThrottle()
        self.busy = False
        self.setObjectName("unlockWindow")
        self.setWindowTitle(APP_NAME + (" – DEMO" if demo_hint else ""))

        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(460)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        try:
            from gemeinsam_desktop.ui.app_icon import app_icon

            logo = QLabel()
            logo.setPixmap(app_icon().pixmap(72, 72))
            logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(logo)
        except Exception:  # icons are a nicety; never block unlocking over them
            pass
        title = QLabel(APP_NAME)
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(title)
        subtitle = QLabel(self.tr("Die Daten sind gesperrt. Bitte geben Sie Ihr Passwort ein."))
        subtitle.setWordWrap(True)
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setProperty("hint", True)
        inner.addWidget(subtitle)
        if demo_hint:
            banner = QLabel(demo_hint)
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(banner)

        self.passphrase = password_field(self.tr("Passwort"))
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textChanged.connect(self._update_button)
        inner.addWidget(self.passphrase)
        self.remember = QCheckBox(self.tr("Auf diesem Computer &merken"))
        self.remember.setObjectName("rememberOnUnlock")
        inner.addWidget(self.remember)
        self.status = QLabel()
        self.status.setObjectName("errorText")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(self.status)
        self.unlock_button = QPushButton(self.tr("&Entsperren"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        inner.addWidget(self.unlock_button)
        self.forgot = QPushButton(self.tr("&Passwort vergessen?"))
        self.forgot.setObjectName("forgotButton")
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self.recover)
        inner.addWidget(self.forgot, alignment=Qt.AlignmentFlag.AlignCenter)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._update_button)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.close)
        self._update_button()
        self.passphrase.setFocus()

    def _update_button(self) -> None:
        wait = self.throttle.remaining()
        if wait > 0:
            self.unlock_button.setText(self.tr("Bitte %n Sekunden warten", "", wait))
        else:
            self.unlock_button.setText(self.tr("&Entsperren"))
            self._countdown.stop()
        self.unlock_button.setEnabled(not self.busy and wait == 0 and bool(self.passphrase.text()))

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        self.busy = True
        self.status.setText(self.tr("Einen Moment …"))
        self._update_button()
        from gemeinsam_desktop.ui.operations import run_op  # the worker: not before the paint

        run_op(
            self,
            lambda: self.folder.unlock_passphrase(passphrase),
            self._on_unlocked,
            on_failure=self._on_failure,
        )

    def _on_failure(self, exc: BaseException) -> bool:
        self.busy = False
        if isinstance(exc, WrongKeyError):
            self.throttle.record_failure()
            self.passphrase.selectAll()
            self.status.setText(error_text(exc))
            self._countdown.start()
            self._update_button()
            return True
        self.status.clear()
        self._update_button()
        if isinstance(exc, DamagedStoreError):
            self.report_failure(exc)
            return True
        return False  # shown by messages.show_error

    def report_failure(self, exc: BaseException) -> None:
        """An unlock failed outside this window's own attempt (the keychain at start) or the
        database is damaged: offer the newest good backup (issue #8), else show the error."""
        if not isinstance(exc, DamagedStoreError):
            messages.show_error(self, exc)
            return
        from gemeinsam_desktop.ui.dialogs.backup_dialogs import offer_restore_after_damage

        if not offer_restore_after_damage(self, self.folder, exc):
            return
        self.status.setText(self.tr("Die Sicherung ist eingespielt. Bitte melden Sie sich an."))
        if self.passphrase.text():
            self.try_unlock()
        else:
            from gemeinsam_desktop.ui.operations import run_op

            run_op(self, self.folder.unlock_keychain, self._keychain_unlocked)

    def _keychain_unlocked(self, workspace: Workspace | None) -> None:
        if workspace is not None:
            self._on_unlocked(workspace)

    def _on_unlocked(self, workspace: Workspace) -> None:
        self.busy = False
        self.throttle.record_success()
        self.passphrase.clear()
        self.status.clear()
        if self.remember.isChecked():
            try:
                workspace.vault.remember_in_keychain(
                    workspace.master_key, workspace.current_coach.id
                )
            except KeychainUnavailableError as exc:
                if not preferences.KEYCHAIN_NOTICE_SHOWN.get():
                    preferences.KEYCHAIN_NOTICE_SHOWN.set(True)
                    messages.show_known_error(None, exc)
        self._update_button()
        self.unlocked.emit(workspace)

    def recover(self) -> None:
        from gemeinsam_desktop.ui.dialogs.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.folder, self)
        if dialog.exec() == RecoveryDialog.DialogCode.Accepted and dialog.workspace is not None:
            self.unlocked.emit(dialog.workspace)
