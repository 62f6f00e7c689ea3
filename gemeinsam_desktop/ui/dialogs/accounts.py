"""Dialogs for coach accounts: add a coach, change one's own passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import accounts
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import CoachRole
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.labels import role_label
from gemeinsam_desktop.ui.operations import bus, run_blocking
from gemeinsam_desktop.ui.widgets.passphrase import NewPassphraseFields, password_field


class _FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def _submit(self) -> None:
        self.error.clear()
        try:
            if self.submit():
                self.accept()
        except KnownError as exc:
            self.error.setText(error_text(exc))

    def submit(self) -> bool:
        raise NotImplementedError


class AddCoachDialog(_FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Coach hinzufügen"), self.tr("&Anlegen"), parent)
        self.ws = ws
        self.setObjectName("addCoachDialog")
        intro = QLabel(
            self.tr(
                "Die neue Person gibt ihr Passwort am besten selbst ein. Jedes Konto hat ein "
                "eigenes Passwort; die Daten bleiben dieselben."
            )
        )
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("newCoachName")
        self.role = QComboBox()
        self.role.setObjectName("newCoachRole")
        for role in (CoachRole.COACH, CoachRole.PROJEKTLEITUNG):
            self.role.addItem(role_label(role), role.value)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Rolle:"), self.role)
        self.layout_.addLayout(form)
        self.passphrase = NewPassphraseFields()
        self.layout_.addWidget(self.passphrase)
        self.finish_layout()

    def submit(self) -> bool:
        problem = self.passphrase.problem()
        if problem:
            self.error.setText(problem)
            return False
        name, role, pw = (
            self.name.text(),
            CoachRole(self.role.currentData()),
            self.passphrase.passphrase(),
        )
        run_blocking(lambda: accounts.add_coach(self.ws, name, role, pw))
        self.passphrase.clear()
        bus.changed.emit(frozenset({"coaches"}))
        return True


class ChangePassphraseDialog(_FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Passwort ändern"), self.tr("&Ändern"), parent)
        self.ws = ws
        self.setObjectName("changePassphraseDialog")
        form = QFormLayout()
        self.old = password_field()
        self.old.setObjectName("oldPassphrase")
        form.addRow(self.tr("&Bisheriges Passwort:"), self.old)
        self.layout_.addLayout(form)
        self.new = NewPassphraseFields()
        self.layout_.addWidget(self.new)
        self.finish_layout()

    def submit(self) -> bool:
        problem = self.new.problem()
        if problem:
            self.error.setText(problem)
            return False
        old, new = self.old.text(), self.new.passphrase()
        run_blocking(lambda: accounts.change_own_passphrase(self.ws, old, new))
        self.old.clear()
        self.new.clear()
        return True
