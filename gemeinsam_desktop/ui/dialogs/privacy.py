"""Privacy rights in the UI: Auskunft, Löschen, the audit log, retention, anonymising a project.

Every step that changes data asks first and names what will go; erasing a person needs the
last name typed in, so a slip of the mouse never deletes anyone.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.files import atomic_write_bytes
from gemeinsam_desktop.printing.disclosure import build_disclosure_pdf
from gemeinsam_desktop.services import audit, privacy, roster
from gemeinsam_desktop.services.audit import AuditEntry
from gemeinsam_desktop.services.privacy import ErasureSummary, RetentionCandidate
from gemeinsam_desktop.services.text import clean, fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.operations import bus, run_blocking, run_op
from gemeinsam_desktop.ui.theme import repolish
from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

log = logging.getLogger(__name__)
_open_dialogs: set[QDialog] = set()
PARTICIPANTS = frozenset({"participants"})


def _keep_open(dialog: QDialog) -> None:
    """A parentless dialog would vanish with its Python wrapper: keep it until closed."""
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _r, d=dialog: _open_dialogs.discard(d))


def _safe_file_part(text: str) -> str:
    return re.sub(r"[^\w-]+", "-", text, flags=re.UNICODE).strip("-") or "Person"


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


# -- Auskunft ---------------------------------------------------------------------------
class DisclosureFormatDialog(QDialog):
    """PDF for the person to read, or JSON for a machine (Art. 20 DSGVO)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureFormatDialog")
        self.setWindowTitle(self.tr("Auskunft erteilen"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Die Auskunft enthält alles, was über die Person gespeichert ist. "
                "In welcher Form möchten Sie sie ausgeben?"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pdf = QRadioButton(self.tr("Als &PDF zum Ausdrucken oder Mitgeben"))
        self.pdf.setObjectName("disclosurePdf")
        self.json = QRadioButton(self.tr("Als &JSON-Datei (maschinenlesbar, zum Weitergeben)"))
        self.json.setObjectName("disclosureJson")
        self.pdf.setChecked(True)
        layout.addWidget(self.pdf)
        layout.addWidget(self.json)
        note = QLabel(self.tr("Die Auskunft wird im Protokoll vermerkt."))
        note.setProperty("hint", True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Weiter"))
        ok.setProperty("primary", True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return "json" if self.json.isChecked() else "pdf"


def choose_disclosure_format(parent: QWidget | None) -> str | None:
    """``"pdf"``, ``"json"`` or None when the coach cancels."""
    dialog = DisclosureFormatDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.chosen()
    dialog.deleteLater()
    return chosen if accepted else None


def disclosure_filename(data: dict[str, Any], suffix: str) -> str:
    person = data["person"]
    name = _safe_file_part(f"{person.get('last_name', '')}-{person.get('first_name', '')}")
    return f"Auskunft-{name}-{dt.date.today():%Y-%m-%d}.{suffix}"


def export_disclosure(parent: QWidget | None, ws: Workspace, participant_id: int) -> None:
    """Ask PDF or JSON, gather the data off the GUI thread, then preview or save it."""
    fmt = choose_disclosure_format(parent)
    if fmt is None:
        return

    def gather() -> tuple[dict[str, Any], bytes]:
        data = privacy.disclosure(ws, participant_id)
        if fmt == "pdf":
            return data, build_disclosure_pdf(data)
        return data, privacy.disclosure_json(data)

    def show(result: tuple[dict[str, Any], bytes]) -> None:
        data, payload = result
        if fmt == "pdf":
            preview = PdfPreviewDialog(
                payload,
                QCoreApplication.translate("privacy", "Auskunft nach Art. 15 DSGVO"),
                disclosure_filename(data, "pdf"),
                parent,
            )
            preview.setObjectName("disclosurePreview")
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            _keep_open(preview)
            preview.open()
        else:
            save_json(parent, payload, disclosure_filename(data, "json"))

    run_op(parent, gather, show)


def save_json(parent: QWidget | None, payload: bytes, suggested: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("privacy", "Auskunft als JSON speichern"),
        str(_documents_folder() / suggested),
        QCoreApplication.translate("privacy", "JSON-Dateien (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".json" and not path.with_name(path.name + ".json").exists():
        path = path.with_name(path.name + ".json")
    try:
        atomic_write_bytes(path, payload, mode=0o600)
    except OSError as error:
        log.warning("saving a disclosure failed: %s", error.strerror or type(error).__name__)
        if error.errno == errno.ENOSPC:
            text = QCoreApplication.translate(
                "privacy", "Der Speicherplatz ist voll. Die Datei wurde nicht gespeichert."
            )
        else:
            text = QCoreApplication.translate(
                "privacy",
                "Die Datei konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Ort.",
            )
        messages.show_info(
            parent, text, QCoreApplication.translate("privacy", "Speichern fehlgeschlagen")
        )
        return None
    messages.show_info(
        parent,
        QCoreApplication.translate("privacy", "Die Auskunft wurde gespeichert:\n{path}").format(
            path=path
        ),
    )
    return path


# -- Löschen ----------------------------------------------------------------------------
def erasure_items(summary: ErasureSummary) -> tuple[list[str], list[str]]:
    """(what goes, what stays without a name) as short German phrases."""

    def counted(n: int, one: str, many: str) -> list[str]:
        if n <= 0:
            return []
        return [one if n == 1 else many]

    s = summary
    goes = [
        QCoreApplication.translate(
            "privacy", "Name, Geburtsdatum, Anschrift, Telefon, E-Mail und Kundennummer"
        )
    ]
    goes += counted(
        s.notes,
        QCoreApplication.translate("privacy", "1 Coaching-Notiz"),
        QCoreApplication.translate("privacy", "%n Coaching-Notizen", None, s.notes),
    )
    goes += counted(
        s.agreements,
        QCoreApplication.translate("privacy", "1 Vereinbarung"),
        QCoreApplication.translate("privacy", "%n Vereinbarungen", None, s.agreements),
    )
    goes += counted(
        s.leads,
        QCoreApplication.translate("privacy", "1 Hinweis auf eine Stelle"),
        QCoreApplication.translate("privacy", "%n Hinweise auf Stellen", None, s.leads),
    )
    goes += counted(
        s.signatures,
        QCoreApplication.translate("privacy", "1 Unterschrift"),
        QCoreApplication.translate("privacy", "%n Unterschriften", None, s.signatures),
    )
    goes += counted(
        s.attendance_texts,
        QCoreApplication.translate("privacy", "1 Bemerkung zur Anwesenheit"),
        QCoreApplication.translate(
            "privacy", "%n Bemerkungen zur Anwesenheit", None, s.attendance_texts
        ),
    )
    goes += counted(
        s.children,
        QCoreApplication.translate("privacy", "die Angaben zu 1 Kind"),
        QCoreApplication.translate("privacy", "die Angaben zu %n Kindern", None, s.children),
    )
    goes += counted(
        s.consents,
        QCoreApplication.translate("privacy", "1 Einwilligung"),
        QCoreApplication.translate("privacy", "%n Einwilligungen", None, s.consents),
    )
    stays = counted(
        s.attendance_kept,
        QCoreApplication.translate("privacy", "1 Eintrag zur Anwesenheit"),
        QCoreApplication.translate(
            "privacy", "%n Einträge zur Anwesenheit", None, s.attendance_kept
        ),
    )
    stays += counted(
        s.placements_kept,
        QCoreApplication.translate("privacy", "1 Arbeitsaufnahme"),
        QCoreApplication.translate("privacy", "%n Arbeitsaufnahmen", None, s.placements_kept),
    )
    stays.append(
        QCoreApplication.translate("privacy", "Status, Ein- und Austrittsdatum, Geburtsjahr")
    )
    return goes, stays


class EraseDialog(QDialog):
    """Names what will go; the red button waits for the last name."""

    def __init__(self, summary: ErasureSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Person endgültig löschen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        name = " ".join(x for x in (summary.first_name, summary.last_name) if x)
        title = QLabel(self.tr("„{name}“ endgültig löschen?").format(name=name))
        title.setObjectName("eraseTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        goes, stays = erasure_items(summary)
        self.goes = self._list(self.tr("Das wird gelöscht:"), goes, "eraseGoes")
        layout.addWidget(self.goes)
        self.stays = self._list(
            self.tr("Ohne Namen bleibt für die Berichte erhalten:"), stays, "eraseStays"
        )
        layout.addWidget(self.stays)
        warning = QLabel(
            self.tr(
                "Das kann nicht rückgängig gemacht werden. Sicherungen, die vorher angelegt "
                "wurden, enthalten die Daten noch, bis sie ersetzt werden."
            )
        )
        warning.setWordWrap(True)
        warning.setProperty("hint", True)
        layout.addWidget(warning)
        prompt = QLabel(
            self.tr("Zur Bestätigung tippen Sie bitte den Nachnamen ein: {name}").format(
                name=summary.last_name
            )
        )
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.confirm_field = QLineEdit()
        self.confirm_field.setObjectName("eraseConfirmName")
        self.confirm_field.setAccessibleName(self.tr("Nachname zur Bestätigung"))
        prompt.setBuddy(self.confirm_field)
        layout.addWidget(self.confirm_field)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.erase_button = QPushButton(self.tr("Endgültig löschen"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setProperty("danger", True)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm_field.textChanged.connect(self._check)
        self.confirm_field.setFocus()

    def _list(self, caption: str, items: list[str], name: str) -> QLabel:
        label = QLabel(caption + "\n" + "\n".join(f"•  {item}" for item in items))
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def name_matches(self) -> bool:
        typed = fold(clean(self.confirm_field.text()))
        return bool(typed) and typed == fold(clean(self.summary.last_name))

    def _check(self) -> None:
        self.erase_button.setEnabled(self.name_matches())
        repolish(self.erase_button)

    def accept(self) -> None:
        if self.name_matches():  # Enter in the field must not get round the check
            super().accept()


def confirm_and_erase(parent: QWidget | None, ws: Workspace, participant_id: int) -> bool:
    """Show what goes, wait for the last name, erase; True when the person was erased."""
    try:
        privacy.check_may_erase(ws)  # before the dialog: no name typed in vain
        summary = run_blocking(lambda: privacy.erasure_summary(ws, participant_id))
    except KnownError as exc:
        messages.show_error(parent, exc)
        return False
    dialog = EraseDialog(summary, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        run_blocking(lambda: privacy.erase_participant(ws, participant_id))
    except Exception as exc:  # shown in the one place for errors
        messages.show_error(parent, exc)
        return False
    bus.changed.emit(PARTICIPANTS)
    return True


# -- the audit log ----------------------------------------------------------------------
def action_label(action: str) -> str:
    labels = {
        "store.created": QCoreApplication.translate("privacy", "Datenspeicher eingerichtet"),
        "unlocked": QCoreApplication.translate("privacy", "Angemeldet"),
        "demo.filled": QCoreApplication.translate("privacy", "Demodaten eingetragen"),
        "coach.added": QCoreApplication.translate("privacy", "Coach-Konto angelegt"),
        "coach.deactivated": QCoreApplication.translate("privacy", "Coach-Konto entfernt"),
        "passphrase.changed": QCoreApplication.translate("privacy", "Passwort geändert"),
        "passphrase.recovered": QCoreApplication.translate(
            "privacy", "Passwort nach Wiederherstellung neu gesetzt"
        ),
        "project.created": QCoreApplication.translate("privacy", "Projekt angelegt"),
        "project.anonymised": QCoreApplication.translate("privacy", "Projekt anonymisiert"),
        "participant.created": QCoreApplication.translate("privacy", "Person angelegt"),
        "participant.imported": QCoreApplication.translate("privacy", "Person importiert"),
        "participants.exported": QCoreApplication.translate("privacy", "Liste exportiert"),
        "participant.changed": QCoreApplication.translate("privacy", "Person geändert"),
        "participant.viewed": QCoreApplication.translate("privacy", "Person angesehen"),
        "participant.archived": QCoreApplication.translate("privacy", "Person archiviert"),
        "participant.restored": QCoreApplication.translate(
            "privacy", "Person aus dem Archiv geholt"
        ),
        "participant.disclosed": QCoreApplication.translate("privacy", "Auskunft erteilt"),
        "participant.erased": QCoreApplication.translate("privacy", "Person gelöscht"),
        "retention.changed": QCoreApplication.translate("privacy", "Aufbewahrungsfrist geändert"),
    }
    return labels.get(action, action)


def record_label(entry: AuditEntry) -> str:
    if entry.entity == "participant":
        if entry.subject:
            return entry.subject
        return QCoreApplication.translate("privacy", "Person Nr. {id} (gelöscht)").format(
            id=entry.entity_id
        )
    names = {
        "project": QCoreApplication.translate("privacy", "Projekt Nr. {id}"),
        "coach": QCoreApplication.translate("privacy", "Coach-Konto Nr. {id}"),
    }
    if entry.entity in names and entry.entity_id is not None:
        return names[entry.entity].format(id=entry.entity_id)
    if entry.entity == "setting":
        return QCoreApplication.translate("privacy", "Einstellungen")
    return "–"


def local_time_text(at: dt.datetime) -> str:
    """A stored UTC time in local time, German style: ``25.11.2026 09:05``."""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H:%M")


class AuditModel(QAbstractTableModel):
    """The entries of the audit log (a row cache; read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []
        self.headers = [self.tr("Zeitpunkt"), self.tr("Coach"), self.tr("Aktion"),
                        self.tr("Datensatz")]  # fmt: skip

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return local_time_text(entry.at)
        if column == 1:
            return entry.coach_name or "–"
        if column == 2:
            return action_label(entry.action)
        return record_label(entry)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class AuditLogDialog(QDialog):
    """Who did what, when (read-only), and whether the chain of entries is intact."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.entity, self.entity_id = entity, entity_id
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Protokoll"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Wer hat wann was getan? Das Protokoll nennt nur Vorgänge, nie Inhalte. "
                "Die neuesten Einträge stehen oben."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.chain = QLabel(self.tr("Das Protokoll wird geprüft…"))
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        layout.addWidget(self.chain)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.loaded = False
        self.refresh()

    def refresh(self) -> None:
        ws, entity, entity_id = self.ws, self.entity, self.entity_id

        def load() -> tuple[list[AuditEntry], bool]:
            return audit.list_events(ws, entity=entity, entity_id=entity_id), audit.verify_chain(ws)

        run_op(self, load, self.show_entries)

    def show_entries(self, result: tuple[list[AuditEntry], bool]) -> None:
        entries, intact = result
        self.model.set_entries(entries)
        if intact:
            self.chain.setText(
                self.tr(
                    "✓ Das Protokoll ist vollständig: kein Eintrag wurde verändert oder entfernt."
                )
            )
            self.chain.setProperty("hint", True)
        else:
            self.chain.setText(
                self.tr(
                    "Achtung: Einträge des Protokolls wurden verändert oder entfernt. Bitte "
                    "spielen Sie keine Daten zurück und wenden Sie sich an die "
                    "Datenschutzbeauftragte oder den Datenschutzbeauftragten."
                )
            )
            self.chain.setObjectName("errorText")
        self.chain.setProperty("intact", intact)
        repolish(self.chain)
        self.loaded = True


# -- retention --------------------------------------------------------------------------
class RetentionDialog(QDialog):
    """The retention period and the people it makes due for erasure."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Aufbewahrungsfrist"))
        self.resize(620, 520)
        lead = ws.current_coach.is_lead
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Nach dem Projektende werden personenbezogene Daten nur so lange aufbewahrt, "
                "wie es nötig ist. Danach sind die Personen unten zum Löschen fällig; für die "
                "Berichte bleiben nur Zahlen ohne Namen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Aufbewahren bis"))
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(*privacy.RETENTION_RANGE)
        self.months.setSuffix(self.tr(" Monate nach Projektende"))
        self.months.setEnabled(False)
        caption.setBuddy(self.months)
        self.save_button = QPushButton(self.tr("Frist &speichern"))
        self.save_button.setObjectName("retentionSave")
        self.save_button.setEnabled(False)
        self.save_button.setAutoDefault(False)
        row.addWidget(caption)
        row.addWidget(self.months)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("retentionCandidates")
        layout.addWidget(self.list, 1)
        if not lead:
            only = QLabel(self.tr("Nur die Projektleitung kann die Frist ändern und löschen."))
            only.setProperty("hint", True)
            layout.addWidget(only)
        buttons = QDialogButtonBox()
        self.select_all = QPushButton(self.tr("Alle auswählen"))
        self.erase_button = QPushButton(self.tr("Ausgewählte löschen…"))
        self.erase_button.setObjectName("retentionErase")
        self.erase_button.setProperty("danger", True)
        self.erase_button.setEnabled(False)
        close = QPushButton(self.tr("Schließen"))
        for button in (self.select_all, self.erase_button, close):
            button.setAutoDefault(False)
        buttons.addButton(self.select_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.select_all.clicked.connect(self._select_all)
        self.erase_button.clicked.connect(self.erase_selected)
        self.save_button.clicked.connect(self.save_months)
        self.months.valueChanged.connect(self._months_edited)
        close.clicked.connect(self.reject)
        self.list.itemChanged.connect(self._update_buttons)
        self._lead = lead
        self._saved_months = 0
        self.loaded = False
        self.refresh()

    def refresh(self) -> None:
        ws = self.ws
        self.loaded = False

        def load() -> tuple[int, list[RetentionCandidate]]:
            return privacy.get_retention_months(ws), privacy.retention_candidates(ws)

        run_op(self, load, self.show_candidates)

    def show_candidates(self, result: tuple[int, list[RetentionCandidate]]) -> None:
        months, candidates = result
        self._saved_months = months
        self.months.blockSignals(True)
        self.months.setValue(months)
        self.months.blockSignals(False)
        self.months.setEnabled(self._lead)
        self.save_button.setEnabled(False)
        self.list.blockSignals(True)
        self.list.clear()
        for c in candidates:
            text = self.tr("{name} – Projekt „{project}“, Ende {end}").format(
                name=c.name, project=c.project_name, end=c.project_end.strftime("%d.%m.%Y")
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if self._lead else flags & ~Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if candidates:
            self.summary.setText(
                self.tr("Zum Löschen fällig: 1 Person.")
                if len(candidates) == 1
                else self.tr("Zum Löschen fällig: %n Personen.", "", len(candidates))
            )
        else:
            self.summary.setText(self.tr("Zurzeit ist niemand zum Löschen fällig."))
        self.select_all.setEnabled(self._lead and bool(candidates))
        self._update_buttons()
        self.loaded = True

    def _months_edited(self, value: int) -> None:
        self.save_button.setEnabled(self._lead and value != self._saved_months)

    def save_months(self) -> None:
        months, ws = self.months.value(), self.ws
        run_op(self, lambda: privacy.set_retention_months(ws, months), lambda _r: self.refresh())

    def checked_ids(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _select_all(self) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked)

    def _update_buttons(self, *_args: object) -> None:
        self.erase_button.setEnabled(self._lead and bool(self.checked_ids()))
        repolish(self.erase_button)

    def erase_selected(self) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        count = len(ids)
        text = (
            self.tr("1 Person endgültig löschen?")
            if count == 1
            else self.tr("%n Personen endgültig löschen?", "", count)
        )
        text += "\n\n" + self.tr(
            "Gelöscht werden Namen, Kontaktdaten, Kinder, Einwilligungen, Coaching-Notizen, "
            "Vereinbarungen und Hinweise auf Stellen. Ohne Namen bleiben Anwesenheiten und "
            "Arbeitsaufnahmen für die Berichte erhalten. Das kann nicht rückgängig gemacht "
            "werden."
        )
        if not messages.confirm(
            self, self.tr("Endgültig löschen"), text, self.tr("Endgültig löschen")
        ):
            return
        ws = self.ws

        def erase() -> int:
            for pid in ids:
                privacy.erase_participant(ws, pid)
            return len(ids)

        run_op(self, erase, lambda _n: self.refresh(), changes=PARTICIPANTS)


# -- anonymising a project --------------------------------------------------------------
def anonymise_project_action(parent: QWidget | None, ws: Workspace, project_id: int) -> bool:
    """Ask, then erase every remaining person of a finished project; True when done."""
    try:
        projects = run_blocking(lambda: roster.list_projects(ws, include_archived=True))
    except KnownError as exc:
        messages.show_error(parent, exc)
        return False
    name = next((p.name for p in projects if p.id == project_id), "")
    text = QCoreApplication.translate(
        "privacy",
        "Alle Personen des Projekts „{name}“ werden endgültig gelöscht: Namen, Kontaktdaten, "
        "Kinder, Einwilligungen, Coaching-Notizen, Vereinbarungen und Hinweise auf Stellen.\n\n"
        "Ohne Namen bleiben Anwesenheiten, Arbeitsaufnahmen und Status für die Berichte "
        "erhalten. Das kann nicht rückgängig gemacht werden.",
    ).format(name=name)
    if not messages.confirm(
        parent,
        QCoreApplication.translate("privacy", "Projekt anonymisieren"),
        text,
        QCoreApplication.translate("privacy", "Anonymisieren"),
    ):
        return False
    try:
        count = run_blocking(lambda: privacy.anonymise_project(ws, project_id))
    except Exception as exc:  # shown in the one place for errors
        messages.show_error(parent, exc)
        return False
    bus.changed.emit(PARTICIPANTS | {"project"})
    done = (
        QCoreApplication.translate(
            "privacy", "Das Projekt ist anonymisiert. 1 Person wurde gelöscht."
        )
        if count == 1
        else QCoreApplication.translate(
            "privacy", "Das Projekt ist anonymisiert. %n Personen wurden gelöscht.", None, count
        )
    )
    messages.show_info(parent, done)
    return True
