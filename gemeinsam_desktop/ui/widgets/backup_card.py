"""Einstellungen → Sicherung: the last good backup, what rotation keeps, and the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import backup
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.rotation import Policy
from gemeinsam_desktop.ui.dialogs.backup_dialogs import (
    BACKUPS,
    BackupActions,
    format_count,
    format_when,
)
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import bus, run_op
from gemeinsam_desktop.ui.pages.base import hint, section_title


class BackupCard(QFrame):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.backup_actions = BackupActions(ws, self)
        self._loading = False
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(section_title(self.tr("Sicherung")))
        self.last = QLabel()
        self.last.setObjectName("lastBackupLabel")
        self.last.setWordWrap(True)
        self.last.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.last)
        layout.addWidget(
            hint(
                self.tr(
                    "Die Daten werden beim Sperren, beim Beenden und einmal am Tag verschlüsselt "
                    "in den Ordner „sicherungen“ gesichert; jede Sicherung wird geprüft. Legen "
                    "Sie regelmäßig eine Sicherung auf einen USB-Stick, der nicht beim Laptop "
                    "liegt."
                )
            )
        )

        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Aufbewahren:")))
        self.daily = self._spin("keepDaily", 1)
        self.weekly = self._spin("keepWeekly", 0)
        self.monthly = self._spin("keepMonthly", 0)
        for spin, text in (
            (self.daily, self.tr("tägliche,")),
            (self.weekly, self.tr("wöchentliche,")),
            (self.monthly, self.tr("monatliche Sicherungen")),
        ):
            keep.addWidget(spin)
            label = QLabel(text)
            label.setBuddy(spin)
            keep.addWidget(label)
        keep.addStretch(1)
        layout.addLayout(keep)

        row = QHBoxLayout()
        self.now_button = QPushButton(icon("archive"), self.tr("Jetzt s&ichern"))
        self.now_button.setObjectName("backupNowButton")
        self.now_button.clicked.connect(self.backup_actions.backup_now)
        self.usb_button = QPushButton(icon("save"), self.tr("Sicherung auf &USB-Stick …"))
        self.usb_button.setObjectName("usbBackupButton")
        self.usb_button.clicked.connect(self.backup_actions.backup_to_usb)
        self.restore_button = QPushButton(icon("archive-restore"), self.tr("Wiederherste&llen …"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.clicked.connect(self.backup_actions.restore)
        for button in (self.now_button, self.usb_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _spin(self, name: str, minimum: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(minimum, backup.POLICY_LIMIT)
        spin.setKeyboardTracking(False)  # one change per finished entry, not per digit
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("000") + 56)
        spin.valueChanged.connect(self._policy_changed)
        return spin

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & BACKUPS:
            self.refresh()

    def refresh(self) -> None:
        run_op(self, lambda: backup.last_backup(self.ws.folder), self._show_last)
        run_op(self, lambda: backup.policy(self.ws), self._show_policy)

    def _show_last(self, info: backup.BackupInfo | None) -> None:
        if info is None:
            self.last.setText(self.tr("Noch keine Sicherung vorhanden."))
            return
        text = self.tr("Letzte Sicherung: {when} ({people} Teilnehmende, {notes} Notizen)").format(
            when=format_when(info.created),
            people=format_count(info.participants),
            notes=format_count(info.notes),
        )
        if backup.is_stale(info):
            text += " – " + self.tr("älter als 7 Tage, bitte jetzt sichern")
        self.last.setText(text)

    def _show_policy(self, policy: Policy) -> None:
        self._loading = True
        try:
            self.daily.setValue(policy.daily)
            self.weekly.setValue(policy.weekly)
            self.monthly.setValue(policy.monthly)
        finally:
            self._loading = False

    def _policy_changed(self) -> None:
        if self._loading:
            return
        chosen = Policy(self.daily.value(), self.weekly.value(), self.monthly.value())
        run_op(self, lambda: backup.set_policy(self.ws, chosen))
