"""Passphrase entry: one field to unlock, or two fields with a strength hint to set one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from gemeinsam_desktop.store.vault import MIN_PASSPHRASE_LENGTH


def strength(passphrase: str) -> int:
    """0–4: a rough hint, not a guarantee. Length counts most; a sentence beats symbols."""
    text = passphrase.strip()
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    score = 1
    if len(text) >= 14:
        score += 1
    if len(text) >= 20 or len(text.split()) >= 4:
        score += 1
    classes = sum(
        [
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        ]
    )
    if classes >= 3:
        score += 1
    if len(set(text.lower())) < 5:  # "aaaaaaaaaaaa" or "abababababab"
        score = 1
    return min(score, 4)


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    return field


class NewPassphraseFields(QWidget):
    """Passphrase twice, with a strength bar and a hint that says what is missing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_field(self.tr("mindestens %n Zeichen", "", MIN_PASSPHRASE_LENGTH))
        self.second = password_field(self.tr("zur Sicherheit noch einmal"))
        self.first.setObjectName("newPassphrase")
        self.second.setObjectName("repeatPassphrase")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("hint", True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passwort:"), self.first)
        form.addRow(self.tr("Passwort &wiederholen:"), self.second)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """What stops this passphrase from being accepted, in words; ``None`` when fine."""
        text = self.first.text()
        if len(text.strip()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Das Passwort braucht mindestens %n Zeichen.", "", MIN_PASSPHRASE_LENGTH)
        if self.second.text() != text:
            return self.tr("Die beiden Eingaben stimmen noch nicht überein.")
        return None

    def is_acceptable(self) -> bool:
        return self.problem() is None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        score = strength(self.first.text())
        self.meter.setValue(score)
        labels = [
            self.tr("Zu kurz."),
            self.tr("Schwach – länger ist besser, z. B. ein kleiner Satz."),
            self.tr("Mittel – ein, zwei Wörter mehr machen es stark."),
            self.tr("Gut."),
            self.tr("Sehr gut."),
        ]
        problem = self.problem() if self.second.text() else None
        self.hint.setText(problem or labels[score])
        self.changed.emit()
