"""Privacy rights in the UI: Auskunft, Löschen, anonymising a project.

Every step that changes data asks first and names what will go; erasing a person needs the
last name typed in, so a slip of the mouse never deletes anyone. The audit log
(``dialogs.audit_log``) and the retention period (``dialogs.retention``) live beside this
module; their dialogs are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.files import atomic_write_bytes
from gemeinsam_desktop.printing.disclosure import build_disclosure_pdf
from gemeinsam_desktop.services import privacy as privacy_service
from gemeinsam_desktop.services import roster
from gemeinsam_desktop.services.privacy import ErasureSummary
from gemeinsam_desktop.services.text import clean, fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.audit_labels import action_label as action_label
from gemeinsam_desktop.ui.audit_labels import record_label as record_label
from gemeinsam_desktop.ui.dialogs.audit_log import AuditLogDialog as AuditLogDialog
from gemeinsam_desktop.ui.dialogs.audit_log import AuditModel as AuditModel
from gemeinsam_desktop.ui.dialogs.audit_log import local_time_text as local_time_text
from gemeinsam_desktop.ui.dialogs.retention import RetentionDialog as RetentionDialog
from gemeinsam_desktop.ui.i18n import privacy
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
        data = privacy_service.disclosure(ws, participant_id)
        if fmt == "pdf":
            return data, build_disclosure_pdf(data)
        return data, privacy_service.disclosure_json(data)

    def show(result: tuple[dict[str, Any], bytes]) -> None:
        data, payload = result
        if fmt == "pdf":
            preview = PdfPreviewDialog(
                payload,
                privacy.tr("Auskunft nach Art. 15 DSGVO"),
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
        privacy.tr("Auskunft als JSON speichern"),
        str(_documents_folder() / suggested),
        privacy.tr("JSON-Dateien (*.json)"),
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
            text = privacy.tr("Der Speicherplatz ist voll. Die Datei wurde nicht gespeichert.")
        else:
            text = QCoreApplication.translate(
                "privacy",
                "Die Datei konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Ort.",
            )
        messages.show_info(parent, text, privacy.tr("Speichern fehlgeschlagen"))
        return None
    messages.show_info(
        parent,
        privacy.tr("Die Auskunft wurde gespeichert:\n{path}").format(path=path),
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
    goes = [privacy.tr("Name, Geburtsdatum, Anschrift, Telefon, E-Mail und Kundennummer")]
    goes += counted(
        s.notes,
        privacy.tr("1 Coaching-Notiz"),
        privacy.tr("%n Coaching-Notizen", "", s.notes),
    )
    goes += counted(
        s.agreements,
        privacy.tr("1 Vereinbarung"),
        privacy.tr("%n Vereinbarungen", "", s.agreements),
    )
    goes += counted(
        s.leads,
        privacy.tr("1 Hinweis auf eine Stelle"),
        privacy.tr("%n Hinweise auf Stellen", "", s.leads),
    )
    goes += counted(
        s.signatures,
        privacy.tr("1 Unterschrift"),
        privacy.tr("%n Unterschriften", "", s.signatures),
    )
    goes += counted(
        s.attendance_texts,
        privacy.tr("1 Bemerkung zur Anwesenheit"),
        privacy.tr("%n Bemerkungen zur Anwesenheit", "", s.attendance_texts),
    )
    goes += counted(
        s.children,
        privacy.tr("die Angaben zu 1 Kind"),
        privacy.tr("die Angaben zu %n Kindern", "", s.children),
    )
    goes += counted(
        s.consents,
        privacy.tr("1 Einwilligung"),
        privacy.tr("%n Einwilligungen", "", s.consents),
    )
    stays = counted(
        s.attendance_kept,
        privacy.tr("1 Eintrag zur Anwesenheit"),
        privacy.tr("%n Einträge zur Anwesenheit", "", s.attendance_kept),
    )
    stays += counted(
        s.placements_kept,
        privacy.tr("1 Arbeitsaufnahme"),
        privacy.tr("%n Arbeitsaufnahmen", "", s.placements_kept),
    )
    stays.append(privacy.tr("Status, Ein- und Austrittsdatum, Geburtsjahr"))
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
        privacy_service.check_may_erase(ws)  # before the dialog: no name typed in vain
        summary = run_blocking(lambda: privacy_service.erasure_summary(ws, participant_id))
    except KnownError as exc:
        messages.show_error(parent, exc)
        return False
    dialog = EraseDialog(summary, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        run_blocking(lambda: privacy_service.erase_participant(ws, participant_id))
    except Exception as exc:  # shown in the one place for errors
        messages.show_error(parent, exc)
        return False
    bus.changed.emit(PARTICIPANTS)
    return True


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
        privacy.tr("Projekt anonymisieren"),
        text,
        privacy.tr("Anonymisieren"),
    ):
        return False
    try:
        count = run_blocking(lambda: privacy_service.anonymise_project(ws, project_id))
    except Exception as exc:  # shown in the one place for errors
        messages.show_error(parent, exc)
        return False
    bus.changed.emit(PARTICIPANTS | {"project"})
    done = (
        privacy.tr("Das Projekt ist anonymisiert. 1 Person wurde gelöscht.")
        if count == 1
        else privacy.tr("Das Projekt ist anonymisiert. %n Personen wurden gelöscht.", "", count)
    )
    messages.show_info(parent, done)
    return True
