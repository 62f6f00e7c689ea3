""" "Passwort vergessen?": the recovery key opens the store, then a new passphrase is set."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import DamagedStoreError, KnownError
from gemeinsam_desktop.services import accounts
from gemeinsam_desktop.services.workspace import DataFolder, Workspace
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.operations import run_blocking
from gemeinsam_desktop.ui.widgets.passphrase import NewPassphraseFields


class RecoveryDialog(QDialog):
    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.workspace: Workspace | None = None
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Zugang wiederherstellen"))
        self.setMinimumWidth(520)

        self.stack = QStackedWidget()
        # Step 1: the key from the Notfallblatt.
        step1 = QWidget()
        l1 = QVBoxLayout(step1)
        intro = QLabel(
            self.tr(
                "Geben Sie den Wiederherstellungsschlüssel vom Notfallblatt ein. Groß- und "
                "Kleinschreibung und Bindestriche spielen keine Rolle."
            )
        )
        intro.setWordWrap(True)
        l1.addWidget(intro)
        self.key_field = QLineEdit()
        self.key_field.setObjectName("recoveryKeyField")
        self.key_field.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        l1.addWidget(self.key_field)
        # Step 2: whose passphrase, and the new one.
        step2 = QWidget()
        l2 = QVBoxLayout(step2)
        intro2 = QLabel(
            self.tr("Der Schlüssel passt. Wählen Sie Ihr Konto und ein neues Passwort.")
        )
        intro2.setWordWrap(True)
        l2.addWidget(intro2)
        form = QFormLayout()
        self.coach_combo = QComboBox()
        self.coach_combo.setObjectName("coachCombo")
        form.addRow(self.tr("&Konto:"), self.coach_combo)
        l2.addLayout(form)
        self.new_fields = NewPassphraseFields()
        l2.addWidget(self.new_fields)
        self.stack.addWidget(step1)
        self.stack.addWidget(step2)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Weiter"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _next(self) -> None:
        self.error.clear()
        if self.stack.currentIndex() == 0:
            self._check_key()
        else:
            self._set_passphrase()

    def _check_key(self) -> None:
        key = self.key_field.text()
        try:
            self.workspace = run_blocking(lambda: self.folder.unlock_recovery(key))
            coaches = run_blocking(lambda: accounts.list_coaches(self.workspace))  # type: ignore[arg-type]
        except KnownError as exc:
            if isinstance(exc, DamagedStoreError):  # offer the newest good backup (issue #8)
                from gemeinsam_desktop.ui.dialogs.backup_dialogs import offer_restore_after_damage

                if offer_restore_after_damage(self, self.folder, exc):
                    self._check_key()
                    return
            self.error.setText(error_text(exc))
            return
        self.coach_combo.clear()
        for coach in coaches:
            self.coach_combo.addItem(coach.name, coach.id)
        self.stack.setCurrentIndex(1)
        self.ok_button.setText(self.tr("Passwort &speichern"))
        self.new_fields.first.setFocus()

    def _set_passphrase(self) -> None:
        problem = self.new_fields.problem()
        if problem:
            self.error.setText(problem)
            return
        ws = self.workspace
        assert ws is not None
        coach_id = int(self.coach_combo.currentData())
        passphrase = self.new_fields.passphrase()
        try:
            run_blocking(lambda: accounts.set_passphrase_after_recovery(ws, coach_id, passphrase))
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        self.new_fields.clear()
        self.accept()

    def reject(self) -> None:
        if self.workspace is not None and self.result() != QDialog.DialogCode.Accepted:
            self.workspace.close()
            self.workspace = None
        super().reject()
