"""First start: create the encrypted store and the first coach account.

Welcome (project, name) → passphrase (the store is created when this page is left) →
recovery key, shown once, with the Notfallblatt to print or save → keychain → done.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gemeinsam_desktop.errors import KeychainUnavailableError, KnownError
from gemeinsam_desktop.services.workspace import DEFAULT_PROJECT_NAME, DataFolder, Workspace
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.operations import run_blocking
from gemeinsam_desktop.ui.widgets.passphrase import NewPassphraseFields


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Willkommen bei Gemeinsam Desktop"))
        self.setSubTitle(self.tr("In wenigen Schritten ist alles eingerichtet."))
        self.project = QLineEdit(DEFAULT_PROJECT_NAME)
        self.project.setObjectName("projectName")
        self.coach = QLineEdit()
        self.coach.setObjectName("coachName")
        self.coach.setPlaceholderText(self.tr("z. B. Anna Beispiel"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "Alle Daten der Teilnehmenden bleiben auf diesem Computer, verschlüsselt. "
                    "Sie legen jetzt das erste Konto an – für die Projektleitung. Weitere "
                    "Coaches fügen Sie später unter Einstellungen hinzu."
                )
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("P&rojekt:"), self.project)
        form.addRow(self.tr("Ihr &Name:"), self.coach)
        layout.addLayout(form)
        layout.addStretch(1)
        self.coach.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.coach.text().strip())


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Ihr Passwort"))
        self.setSubTitle(self.tr("Damit öffnen Sie künftig die Daten."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Einrichten"))
        self.fields = NewPassphraseFields()
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "Am besten ein kleiner Satz, den nur Sie kennen, z. B. „Mittwochs regnet es "
                    "am Dom“. Schreiben Sie das Passwort nirgends auf den Laptop."
                )
            )
        )
        layout.addWidget(self.fields)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("errorText")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.fields.is_acceptable()

    def validatePage(self) -> bool:
        wizard = self._wizard
        if wizard.workspace is not None:
            return True
        welcome = wizard.welcome
        try:
            wizard.workspace, wizard.recovery_key = run_blocking(
                lambda: wizard.folder.initialize(
                    welcome.coach.text(), self.fields.passphrase(), welcome.project.text()
                )
            )
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return False
        self.fields.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Ihr Wiederherstellungsschlüssel"))
        self.setSubTitle(self.tr("Er wird nur dieses eine Mal angezeigt."))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "Mit diesem Schlüssel öffnen Sie die Daten, wenn alle Passwörter vergessen "
                    "sind. Drucken Sie das Notfallblatt aus und schließen Sie es ein, z. B. im "
                    "Projektbüro. Speichern Sie den Schlüssel nicht auf diesem Laptop."
                )
            )
        )
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.sheet_button = QPushButton(self.tr("&Notfallblatt anzeigen und drucken …"))
        self.sheet_button.setObjectName("showRecoverySheet")
        self.sheet_button.clicked.connect(self._show_sheet)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.noted = QCheckBox(
            self.tr("Ich habe den Schlüssel aufgeschrieben oder das Notfallblatt gedruckt.")
        )
        self.noted.setObjectName("recoveryNoted")
        self.noted.toggled.connect(self.completeChanged)
        layout.addWidget(self.noted)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.key_label.setText(self._wizard.recovery_key)

    def isComplete(self) -> bool:
        return self.noted.isChecked()

    def _show_sheet(self) -> None:
        from gemeinsam_desktop.ui.dialogs.recovery_sheet import show_recovery_sheet

        ws = self._wizard.workspace
        assert ws is not None
        show_recovery_sheet(self, ws, self._wizard.recovery_key)


class KeychainPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Auf diesem Computer merken?"))
        self.setSubTitle(self.tr("Bequemer – aber nur, wenn Sie den Laptop allein benutzen."))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "Der Schlüssel kann im Schlüsselbund Ihres Benutzerkontos auf diesem "
                    "Computer liegen. Dann öffnet sich die Anwendung ohne Passwort, solange Sie "
                    "angemeldet sind. Teilen sich mehrere Personen ein Benutzerkonto, lassen Sie "
                    "das Kästchen leer."
                )
            )
        )
        self.remember = QCheckBox(self.tr("Schlüssel auf diesem Computer &merken"))
        self.remember.setObjectName("rememberKey")
        layout.addWidget(self.remember)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        ws = self._wizard.workspace
        if self.remember.isChecked() and ws is not None:
            try:
                ws.vault.remember_in_keychain(ws.master_key, ws.current_coach.id)
            except KeychainUnavailableError as exc:
                messages.show_known_error(self, exc)
                self.remember.setChecked(False)
                return False
        return True


class SetupWizard(QWizard):
    """Creates the store; afterwards ``workspace`` is the unlocked store."""

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.workspace: Workspace | None = None
        self.recovery_key = ""
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Gemeinsam Desktop einrichten"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome = WelcomePage(self)
        self.passphrase = PassphrasePage(self)
        self.recovery = RecoveryPage(self)
        self.keychain = KeychainPage(self)
        for page in (self.welcome, self.passphrase, self.recovery, self.keychain):
            self.addPage(page)
        # Another installation: bring the data from a backup file instead (issue #8).
        restore = QPushButton(self.tr("Stattdessen aus einer &Sicherung wiederherstellen …"))
        restore.setObjectName("restoreFromBackupButton")
        restore.clicked.connect(self._restore_from_backup)
        welcome_layout = self.welcome.layout()
        assert isinstance(welcome_layout, QVBoxLayout)
        row = QHBoxLayout()
        row.addWidget(restore)
        row.addStretch(1)
        welcome_layout.addLayout(row)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Weiter"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Zurück"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Fertig"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.resize(640, 520)
        self.created_at = dt.datetime.now()

    def _restore_from_backup(self) -> None:
        from gemeinsam_desktop.ui.dialogs.backup_dialogs import restore_into_empty_folder

        if restore_into_empty_folder(self, self.folder):
            self.reject()  # the controller finds the folder ready and shows the unlock window

    def reject(self) -> None:
        # Once the store exists, leaving without the recovery key noted is not offered.
        if self.workspace is not None:
            return
        super().reject()
