"""Einstellungen: language, auto-lock, keychain, coach accounts, data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import accounts, roster
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, preferences
from gemeinsam_desktop.ui.labels import role_label
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.pages.base import Page, card, hint, section_title


class SettingsPage(Page):
    icon_name = "settings"
    watches = frozenset({"coaches", "keychain", "project", "participants"})
    language_changed = Signal(str)
    auto_lock_changed = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Einstellungen"), parent)
        is_lead = ws.current_coach.is_lead

        # Language and auto-lock -----------------------------------------------------
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Bedienung")))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.LANGUAGE.get())))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData())
        )
        form.addRow(self.tr("&Sprache:"), self.language)
        self.auto_lock = QComboBox()
        self.auto_lock.setObjectName("autoLockCombo")
        for minutes in preferences.AUTO_LOCK_CHOICES:
            text = self.tr("nie") if minutes == 0 else self.tr("nach %n Minute(n)", "", minutes)
            self.auto_lock.addItem(text, minutes)
        current = self.auto_lock.findData(preferences.AUTO_LOCK_MINUTES.get())
        self.auto_lock.setCurrentIndex(current if current >= 0 else 3)
        self.auto_lock.currentIndexChanged.connect(self._auto_lock_chosen)
        form.addRow(self.tr("Automatisch &sperren:"), self.auto_lock)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Mit Strg+L sperren Sie die Anwendung jederzeit sofort.")))
        self.body.addWidget(frame)

        # Security -------------------------------------------------------------------
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Anmeldung und Schlüssel")))
        self.keychain_state = QLabel()
        self.keychain_state.setObjectName("keychainState")
        self.keychain_state.setWordWrap(True)
        layout.addWidget(self.keychain_state)
        row = QHBoxLayout()
        self.change_pw = QPushButton(self.tr("&Passwort ändern …"))
        self.change_pw.setObjectName("changePassphraseButton")
        self.change_pw.clicked.connect(self._change_passphrase)
        self.keychain_button = QPushButton()
        self.keychain_button.setObjectName("keychainButton")
        self.keychain_button.clicked.connect(self._toggle_keychain)
        self.new_recovery = QPushButton(self.tr("Neuen &Wiederherstellungsschlüssel …"))
        self.new_recovery.setObjectName("newRecoveryKeyButton")
        self.new_recovery.setVisible(is_lead)
        self.new_recovery.clicked.connect(self._new_recovery_key)
        for button in (self.change_pw, self.keychain_button, self.new_recovery):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.body.addWidget(frame)

        # Coaches --------------------------------------------------------------------
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Coach-Konten")))
        self.coach_list = QListWidget()
        self.coach_list.setObjectName("coachList")
        self.coach_list.setMaximumHeight(160)
        layout.addWidget(self.coach_list)
        row = QHBoxLayout()
        self.add_coach = QPushButton(self.tr("Coach &hinzufügen …"))
        self.add_coach.setObjectName("addCoachButton")
        self.add_coach.clicked.connect(self._add_coach)
        self.remove_coach = QPushButton(self.tr("Konto &entfernen …"))
        self.remove_coach.setObjectName("removeCoachButton")
        self.remove_coach.clicked.connect(self._remove_coach)
        for button in (self.add_coach, self.remove_coach):
            button.setVisible(is_lead)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        if not is_lead:
            layout.addWidget(hint(self.tr("Konten verwaltet die Projektleitung.")))
        self.body.addWidget(frame)

        # Privacy (Projektleitung) ---------------------------------------------------
        if is_lead:
            frame, layout = card()
            layout.addWidget(section_title(self.tr("Datenschutz")))
            layout.addWidget(
                hint(
                    self.tr(
                        "Das Protokoll zeigt, wer welche Datensätze angesehen, geändert, "
                        "exportiert oder gelöscht hat. Nach Projektende werden Daten nach der "
                        "Aufbewahrungsfrist gelöscht oder das ganze Projekt anonymisiert."
                    )
                )
            )
            row = QHBoxLayout()
            audit_button = QPushButton(self.tr("Protokoll an&zeigen …"))
            audit_button.setObjectName("auditLogButton")
            audit_button.clicked.connect(self._show_audit_log)
            retention_button = QPushButton(self.tr("&Aufbewahrung prüfen …"))
            retention_button.setObjectName("retentionButton")
            retention_button.clicked.connect(self._show_retention)
            self.project_combo = QComboBox()
            self.project_combo.setObjectName("anonymiseProjectCombo")
            anonymise_button = QPushButton(self.tr("Projekt an&onymisieren …"))
            anonymise_button.setObjectName("anonymiseProjectButton")
            anonymise_button.setProperty("danger", True)
            anonymise_button.clicked.connect(self._anonymise_project)
            for widget in (audit_button, retention_button, self.project_combo, anonymise_button):
                row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
            self.body.addWidget(frame)

        # Locations ------------------------------------------------------------------
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Orte, Räume und Vorlagen")))
        layout.addWidget(
            hint(
                self.tr(
                    "Wo Termine stattfinden (Rathaus, Nachbarschaftszentrum Westend und weitere) "
                    "und mit welchen Vorlagen Coaching-Notizen beginnen."
                )
            )
        )
        locations_button = QPushButton(self.tr("Orte und &Räume verwalten …"))
        locations_button.setObjectName("locationsButton")
        locations_button.clicked.connect(self._show_locations)
        templates_button = QPushButton(self.tr("Vorlagen für &Notizen …"))
        templates_button.setObjectName("templatesButton")
        templates_button.clicked.connect(self._show_templates)
        row = QHBoxLayout()
        row.addWidget(locations_button)
        row.addWidget(templates_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.body.addWidget(frame)

        # Printing -------------------------------------------------------------------
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Drucken")))
        layout.addWidget(
            hint(
                self.tr(
                    "Wortlaut und Mindestteilnahme der Teilnahmebescheinigung, Leerzeilen der "
                    "Anwesenheitsliste und die beiden Logos im Kopf jedes Dokuments."
                )
            )
        )
        print_button = QPushButton(self.tr("&Druckeinstellungen …"))
        print_button.setObjectName("printSettingsButton")
        print_button.clicked.connect(self._show_print_settings)
        row = QHBoxLayout()
        row.addWidget(print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.body.addWidget(frame)

        # Backups (issue #8) ---------------------------------------------------------
        from gemeinsam_desktop.ui.widgets.backup_card import BackupCard

        self.backup_card = BackupCard(ws)
        self.body.addWidget(self.backup_card)

        # Data folder ----------------------------------------------------------------
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Datenordner")))
        path = QLabel(str(ws.folder.root))
        path.setObjectName("dataFolderPath")
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(path)
        layout.addWidget(
            hint(
                self.tr(
                    "Hier liegen die verschlüsselte Datenbank, die Schlüsseldatei und die Sicherungen. "
                    "Ohne Passwort oder Wiederherstellungsschlüssel kann niemand die Daten lesen."
                )
            )
        )
        open_button = QPushButton(self.tr("Ordner ö&ffnen"))
        open_button.setObjectName("openDataFolder")
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ws.folder.root)))
        )
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.body.addWidget(frame)
        self.body.addStretch(1)

    # -- refresh ----------------------------------------------------------------------
    def refresh(self) -> None:
        remembered = self.ws.vault.keychain_remembered
        self.keychain_state.setText(
            self.tr(
                "Der Schlüssel ist auf diesem Computer gemerkt: die Anwendung öffnet sich "
                "ohne Passwort."
            )
            if remembered
            else self.tr("Beim Öffnen wird nach dem Passwort gefragt.")
        )
        self.keychain_button.setText(
            self.tr("Auf diesem Computer &vergessen")
            if remembered
            else self.tr("Auf diesem Computer &merken")
        )
        run_op(self, lambda: accounts.list_coaches(self.ws), self._show_coaches)
        if hasattr(self, "project_combo"):
            run_op(self, lambda: roster.list_projects(self.ws), self._show_projects)

    def _show_projects(self, projects: list[roster.ProjectInfo]) -> None:
        current = self.project_combo.currentData()
        self.project_combo.clear()
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        index = self.project_combo.findData(current)
        self.project_combo.setCurrentIndex(max(index, 0))

    def _show_coaches(self, coaches: list[accounts.CoachInfo]) -> None:
        self.coach_list.clear()
        me = self.ws.current_coach.id
        for coach in coaches:
            text = f"{coach.name} – {role_label(coach.role)}"
            if coach.id == me:
                text += " " + self.tr("(Sie)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, coach.id)
            self.coach_list.addItem(item)

    # -- actions ----------------------------------------------------------------------
    def _auto_lock_chosen(self) -> None:
        minutes = int(self.auto_lock.currentData())
        preferences.AUTO_LOCK_MINUTES.set(minutes)
        self.auto_lock_changed.emit(minutes)

    def _change_passphrase(self) -> None:
        from gemeinsam_desktop.ui.dialogs.accounts import ChangePassphraseDialog

        if ChangePassphraseDialog(self.ws, self).exec():
            messages.show_info(self, self.tr("Ihr Passwort wurde geändert."))

    def _add_coach(self) -> None:
        from gemeinsam_desktop.ui.dialogs.accounts import AddCoachDialog

        AddCoachDialog(self.ws, self).exec()

    def _remove_coach(self) -> None:
        item = self.coach_list.currentItem()
        if item is None:
            messages.show_info(self, self.tr("Bitte wählen Sie zuerst ein Konto in der Liste."))
            return
        coach_id = int(item.data(Qt.ItemDataRole.UserRole))
        if not messages.confirm(
            self,
            self.tr("Konto entfernen"),
            self.tr(
                "Das Konto „{name}“ kann sich danach nicht mehr anmelden. Notizen und "
                "Einträge der Person bleiben erhalten."
            ).format(name=item.text()),
            self.tr("Konto entfernen"),
        ):
            return
        run_op(
            self,
            lambda: accounts.deactivate_coach(self.ws, coach_id),
            changes=frozenset({"coaches"}),
        )

    def _toggle_keychain(self) -> None:
        vault = self.ws.vault
        try:
            if vault.keychain_remembered:
                vault.forget_keychain()
            else:
                vault.remember_in_keychain(self.ws.master_key, self.ws.current_coach.id)
        except KnownError as exc:
            messages.show_error(self, exc)
        self.refresh()

    def _show_templates(self) -> None:
        from gemeinsam_desktop.ui.dialogs.templates import TemplatesDialog

        TemplatesDialog(self.ws, self).exec()

    def _show_print_settings(self) -> None:
        from gemeinsam_desktop.ui.dialogs.print_settings import PrintSettingsDialog

        dialog = PrintSettingsDialog(self.ws, self)
        dialog.exec()
        dialog.deleteLater()

    def _show_locations(self) -> None:
        from gemeinsam_desktop.ui.dialogs.locations import LocationsDialog

        LocationsDialog(self.ws, self).exec()

    def _show_audit_log(self) -> None:
        from gemeinsam_desktop.ui.dialogs.privacy import AuditLogDialog

        AuditLogDialog(self.ws, self).exec()

    def _show_retention(self) -> None:
        from gemeinsam_desktop.ui.dialogs.privacy import RetentionDialog

        RetentionDialog(self.ws, self).exec()

    def _anonymise_project(self) -> None:
        from gemeinsam_desktop.ui.dialogs.privacy import anonymise_project_action

        project_id = self.project_combo.currentData()
        if project_id is not None:
            anonymise_project_action(self, self.ws, int(project_id))

    def _new_recovery_key(self) -> None:
        if not messages.confirm(
            self,
            self.tr("Neuer Wiederherstellungsschlüssel"),
            self.tr(
                "Der bisherige Schlüssel (auf dem alten Notfallblatt) funktioniert danach "
                "nicht mehr. Sie drucken gleich ein neues Notfallblatt."
            ),
            self.tr("Neuen Schlüssel erzeugen"),
        ):
            return

        def show(key: str) -> None:
            from gemeinsam_desktop.ui.dialogs.recovery_sheet import show_recovery_sheet

            show_recovery_sheet(self, self.ws, key)

        run_op(self, lambda: self.ws.vault.new_recovery_key(self.ws.master_key), show)
