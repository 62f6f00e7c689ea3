"""What the audit log's entries say in words: the action and the record it concerns.

The services log ids and an action code ("lead.stage"); here each code gets its German
text (translated in the context "privacy", as the rest of the log). A code without a text
would show as it is: tests/ui/test_audit_labels.py finds every code the services write and
asks for its text.
"""

from __future__ import annotations

from gemeinsam_desktop.services.audit import AuditEntry
from gemeinsam_desktop.ui.i18n import privacy


def _actions() -> dict[str, str]:
    return {
        # the data store and access
        "store.created": privacy.tr("Datenspeicher eingerichtet"),
        "unlocked": privacy.tr("Angemeldet"),
        "demo.filled": privacy.tr("Demodaten eingetragen"),
        "coach.added": privacy.tr("Coach-Konto angelegt"),
        "coach.deactivated": privacy.tr("Coach-Konto entfernt"),
        "passphrase.changed": privacy.tr("Passwort geändert"),
        "passphrase.recovered": privacy.tr("Passwort nach Wiederherstellung neu gesetzt"),
        "backup.exported": privacy.tr("Sicherung gespeichert"),
        "backup.restored": privacy.tr("Sicherung wiederhergestellt"),
        "backup.policy_changed": privacy.tr("Aufbewahrung der Sicherungen geändert"),
        "print_settings.changed": privacy.tr("Druckeinstellungen geändert"),
        "retention.changed": privacy.tr("Aufbewahrungsfrist geändert"),
        # projects and people
        "project.created": privacy.tr("Projekt angelegt"),
        "project.anonymised": privacy.tr("Projekt anonymisiert"),
        "participant.created": privacy.tr("Person angelegt"),
        "participant.imported": privacy.tr("Person importiert"),
        "participants.exported": privacy.tr("Liste exportiert"),
        "participant.changed": privacy.tr("Person geändert"),
        "participant.viewed": privacy.tr("Person angesehen"),
        "participant.archived": privacy.tr("Person archiviert"),
        "participant.restored": privacy.tr("Person aus dem Archiv geholt"),
        "participant.disclosed": privacy.tr("Auskunft erteilt"),
        "participant.erased": privacy.tr("Person gelöscht"),
        "participant.certificate": privacy.tr("Teilnahmebescheinigung erstellt"),
        # coaching
        "note.created": privacy.tr("Notiz angelegt"),
        "note.changed": privacy.tr("Notiz geändert"),
        "note.deleted": privacy.tr("Notiz gelöscht"),
        "template.created": privacy.tr("Vorlage angelegt"),
        "template.changed": privacy.tr("Vorlage geändert"),
        "template.deleted": privacy.tr("Vorlage gelöscht"),
        "agreement.created": privacy.tr("Vereinbarung angelegt"),
        "agreement.changed": privacy.tr("Vereinbarung geändert"),
        "agreement.state": privacy.tr("Vereinbarung erledigt oder verworfen"),
        # calendar and attendance
        "location.created": privacy.tr("Ort angelegt"),
        "location.updated": privacy.tr("Ort geändert"),
        "series.created": privacy.tr("Terminreihe angelegt"),
        "series.updated": privacy.tr("Terminreihe geändert"),
        "session.created": privacy.tr("Termin angelegt"),
        "session.updated": privacy.tr("Termin geändert"),
        "session.cancelled": privacy.tr("Termin abgesagt"),
        "session.deleted": privacy.tr("Termin gelöscht"),
        "session.enrolled": privacy.tr("Teilnehmende zum Termin eingetragen"),
        "attendance.changed": privacy.tr("Anwesenheit eingetragen"),
        "attendance.children": privacy.tr("Kinderbetreuung eingetragen"),
        "attendance.enrolled": privacy.tr("Zum Termin eingetragen"),
        "attendance.removed": privacy.tr("Vom Termin ausgetragen"),
        "attendance.walk_in": privacy.tr("Ohne Anmeldung dazugekommen"),
        "signin.printed": privacy.tr("Anwesenheitsliste erstellt"),
        "childcare.printed": privacy.tr("Betreuungsliste erstellt"),
        # the employer network
        "employer.created": privacy.tr("Arbeitgeber angelegt"),
        "employer.updated": privacy.tr("Arbeitgeber geändert"),
        "employer.imported": privacy.tr("Arbeitgeber importiert"),
        "employer.deleted": privacy.tr("Arbeitgeber gelöscht"),
        "employer_contact.created": privacy.tr("Ansprechperson angelegt"),
        "employer_contact.updated": privacy.tr("Ansprechperson geändert"),
        "employer_contact.deleted": privacy.tr("Ansprechperson gelöscht"),
        "interaction.created": privacy.tr("Kontakt eingetragen"),
        "interaction.updated": privacy.tr("Kontakt geändert"),
        "interaction.deleted": privacy.tr("Kontakt gelöscht"),
        "lead.created": privacy.tr("Hinweis angelegt"),
        "lead.changed": privacy.tr("Hinweis geändert"),
        "lead.stage": privacy.tr("Hinweis in eine andere Stufe verschoben"),
        "lead.deleted": privacy.tr("Hinweis gelöscht"),
        "placement.created": privacy.tr("Vermittlung eingetragen"),
        "placement.changed": privacy.tr("Vermittlung geändert"),
        "placement.follow_up": privacy.tr("Nachbetreuung eingetragen"),
        "placement.deleted": privacy.tr("Vermittlung gelöscht"),
        # reports
        "report.exported": privacy.tr("Bericht erstellt"),
        "figures.exported": privacy.tr("Kennzahlen exportiert"),
        "absences.exported": privacy.tr("Fehlzeitenbescheinigung erstellt"),
    }


def action_label(action: str) -> str:
    """The action in words; an unknown code (from a newer version) as it is."""
    return _actions().get(action, action)


def _records() -> dict[str, str]:
    return {
        "project": privacy.tr("Projekt Nr. {id}"),
        "coach": privacy.tr("Coach-Konto Nr. {id}"),
        "session": privacy.tr("Termin Nr. {id}"),
        "session_series": privacy.tr("Terminreihe Nr. {id}"),
        "location": privacy.tr("Ort Nr. {id}"),
        "note": privacy.tr("Notiz Nr. {id}"),
        "note_template": privacy.tr("Vorlage Nr. {id}"),
        "agreement": privacy.tr("Vereinbarung Nr. {id}"),
        "employer": privacy.tr("Arbeitgeber Nr. {id}"),
        "employer_contact": privacy.tr("Ansprechperson Nr. {id}"),
        "interaction": privacy.tr("Kontakt Nr. {id}"),
        "lead": privacy.tr("Hinweis Nr. {id}"),
        "placement": privacy.tr("Vermittlung Nr. {id}"),
    }


def record_label(entry: AuditEntry) -> str:
    """The record an entry concerns: a person by name (while the record exists), anything
    else by kind and number."""
    if entry.entity == "participant":
        if entry.subject:
            return entry.subject
        return privacy.tr("Person Nr. {id} (gelöscht)").format(id=entry.entity_id)
    if entry.entity == "setting":
        return privacy.tr("Einstellungen")
    names = _records()
    if entry.entity in names and entry.entity_id is not None:
        return names[entry.entity].format(id=entry.entity_id)
    return "–"
