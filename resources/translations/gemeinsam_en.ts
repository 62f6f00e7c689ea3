<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AddCoachDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/accounts.py" line="+64"/>
        <source>Coach hinzufügen</source>
        <translation>Add coach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die neue Person gibt ihr Passwort am besten selbst ein. Jedes Konto hat ein eigenes Passwort; die Daten bleiben dieselben.</source>
        <translation>Ideally, the new person types in their own password. Each account has its own password; the data stays the same.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/agenda_view.py" line="+57"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilnahme</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweise</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In diesem Zeitraum sind keine Termine eingetragen.</source>
        <translation>There are no sessions in this period.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{present} von {expected} anwesend</source>
        <translation>{present} of {expected} present</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{expected} erwartet</source>
        <translation>{expected} expected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fällt aus</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_agreements.py" line="+81"/>
        <source>Neue Vereinbarung</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vereinbarung bearbeiten</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wird mit der Notiz verknüpft.</source>
        <translation>Will be linked to the note.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Was wurde vereinbart?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Vereinbarung:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fällig am:</source>
        <translation>Due on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuständig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein.</source>
        <translation>{text} is not a valid date. Please enter it as DD.MM.YYYY.</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <location line="-106"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilnehmende</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Noch keine Vereinbarungen.</source>
        <translation>No agreements yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verworfen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wieder offen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neue Vereinbarung…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/controller.py" line="+173"/>
        <source>DEMO – Passwort: {pw}</source>
        <translation>DEMO – password: {pw}</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/models/attendance_model.py" line="+144"/>
        <source>Nr.</source>
        <extracomment>(attendance_id, {keyword: value} for ``attendance.set_attendance``)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attest</source>
        <translation>Doctor&apos;s note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ankunft</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehen</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder in
Betreuung</source>
        <translation>Children in
childcare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nummer auf der Anwesenheitsliste</source>
        <translation>Number on the attendance list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachname, Vorname</source>
        <translation>Last name, first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A anwesend · V verspätet · E entschuldigt · K krank · U unentschuldigt</source>
        <translation>A present · V late · E excused · K ill · U unexcused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund der Abwesenheit (bei entschuldigt oder krank)</source>
        <translation>Reason for absence (if excused or ill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liegt ein Attest vor? (bei krank)</source>
        <translation>Is there a doctor&apos;s note? (if ill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ankunftszeit, wenn abweichend (Entf löscht sie)</source>
        <translation>Arrival time, if different (Del clears it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uhrzeit des Gehens, wenn abweichend (Entf löscht sie)</source>
        <translation>Departure time, if different (Del clears it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder, die während des Termins betreut werden</source>
        <translation>Children who receive childcare during the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurze Notiz zu diesem Termin</source>
        <translation>Short note on this session</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Grund wählen …</source>
        <translation>Choose reason …</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n Jahr(e)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{child} – nicht angemeldet</source>
        <translation>{child} – not registered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zeiten gibt es nur bei anwesend oder verspätet.</source>
        <translation>Times only apply if present or late.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/audit_log.py" line="+97"/>
        <source>Protokoll</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wer hat wann was getan? Das Protokoll nennt nur Vorgänge, nie Inhalte. Die neuesten Einträge stehen oben.</source>
        <translation>Who did what, and when? The audit log records only actions, never content. The newest entries are at the top.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Das Protokoll wird geprüft…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>✓ Das Protokoll ist vollständig: kein Eintrag wurde verändert oder entfernt.</source>
        <translation>✓ The audit log is complete: no entry has been changed or removed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Achtung: Einträge des Protokolls wurden verändert oder entfernt. Bitte spielen Sie keine Daten zurück und wenden Sie sich an die Datenschutzbeauftragte oder den Datenschutzbeauftragten.</source>
        <translation>Warning: entries in the audit log have been changed or removed. Please do not restore any data, and contact the data protection officer.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-105"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/backup_dialogs.py" line="+145"/>
        <source>Die Sicherung vom {when} ist gespeichert und geprüft.</source>
        <translation>The backup from {when} has been saved and verified.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Daten werden gesichert und geprüft …</source>
        <translation>Backing up and verifying the data …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ordner für die Sicherung wählen (z. B. USB-Stick)</source>
        <translation>Choose a folder for the backup (e.g. a USB stick)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Die Sicherung ist gespeichert: {path}

Sie ist verschlüsselt und lässt sich nur mit einem Passwort dieser Daten oder dem Wiederherstellungsschlüssel öffnen – auch auf einem anderen Computer („Wiederherstellen …“).</source>
        <translation>The backup has been saved: {path}

It is encrypted and can only be opened with a password for this data or with the recovery key – on another computer too (“Restore …”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicherung gespeichert</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Sicherung wird geschrieben und geprüft …</source>
        <translation>Writing and verifying the backup …</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/backup_card.py" line="+40"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Daten werden beim Sperren, beim Beenden und einmal am Tag verschlüsselt in den Ordner „sicherungen“ gesichert; jede Sicherung wird geprüft. Legen Sie regelmäßig eine Sicherung auf einen USB-Stick, der nicht beim Laptop liegt.</source>
        <translation>The data is backed up, encrypted, to the “sicherungen” folder when you lock or quit and once a day; every backup is verified. Regularly put a backup on a USB stick that is not kept with the laptop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aufbewahren:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tägliche,</source>
        <translation>daily,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wöchentliche,</source>
        <translation>weekly,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monatliche Sicherungen</source>
        <translation>monthly backups</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jetzt s&amp;ichern</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sicherung auf &amp;USB-Stick …</source>
        <translation>Backup to &amp;USB stick …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wiederherste&amp;llen …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Noch keine Sicherung vorhanden.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letzte Sicherung: {when} ({people} Teilnehmende, {notes} Notizen)</source>
        <translation>Last backup: {when} ({people} participants, {notes} notes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>älter als 7 Tage, bitte jetzt sichern</source>
        <translation>older than 7 days, please back up now</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/backup_dialogs.py" line="-112"/>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vor einer Wiederherstellung</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vor einem Update</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>Die Sicherung vom {when} ist eingespielt. Die bisherigen Daten liegen als „{aside}“ im Ordner „sicherungen“. Bitte melden Sie sich erneut an.</source>
        <translation>The backup from {when} has been restored. The previous data has been kept as “{aside}” in the “sicherungen” folder. Please log in again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Sicherung vom {when} ist eingespielt. Die bisherigen Daten liegen als „{aside}“ im Ordner „sicherungen“. Bitte melden Sie sich mit einem Passwort dieser Sicherung oder ihrem Wiederherstellungsschlüssel an.</source>
        <translation>The backup from {when} has been restored. The previous data has been kept as “{aside}” in the “sicherungen” folder. Please log in with a password for this backup or with its recovery key.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{problem}

Die neueste gute Sicherung ist vom {when} ({people} Teilnehmende, {notes} Notizen). Soll sie jetzt eingespielt werden? Die beschädigte Datei wird vorher im Ordner „sicherungen“ aufbewahrt.</source>
        <translation>{problem}

The latest good backup is from {when} ({people} participants, {notes} notes). Restore it now? The damaged file will first be kept in the “sicherungen” folder.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherung einspielen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherungen (*.sicherung);;Alle Dateien (*)</source>
        <translation>Backups (*.sicherung);;All files (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Die Sicherung vom {when} ist eingespielt. Melden Sie sich jetzt mit einem Passwort dieser Daten an.</source>
        <translation>The backup from {when} has been restored. Now log in with a password for this data.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/backup_scheduler.py" line="+68"/>
        <source>Noch keine Sicherung – bitte jetzt sichern</source>
        <translation>No backup yet – please back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letzte Sicherung am {when} – bitte jetzt sichern</source>
        <translation>Last backup on {when} – please back up now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Einstellungen → Sicherung → „Jetzt sichern“ oder „Sicherung auf USB-Stick“</source>
        <translation>Settings → Backup → “Back up now” or “Backup to USB stick”</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/page_registry.py" line="+56"/>
        <location filename="../../gemeinsam_desktop/ui/pages/calendar.py" line="+63"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/calendar.py" line="+42"/>
        <source>&amp;Projekt:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als &amp;iCalendar exportieren…</source>
        <translation>Export as &amp;iCalendar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die gezeigten Termine für Outlook oder Thunderbird speichern</source>
        <translation>Save the sessions shown for Outlook or Thunderbird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neue &amp;Serie…</source>
        <translation>New &amp;series…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ein wöchentlicher Termin, z. B. jeden Dienstag</source>
        <translation>A weekly session, e.g. every Tuesday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Neuer Termin…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einen Termin anlegen (Strg+N)</source>
        <translation>Create a session (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zum heutigen Tag (Strg+T)</source>
        <translation>Go to today (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zurück (Alt+Pfeil links oder Bild auf)</source>
        <translation>Back (Alt+Left arrow or Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weiter (Alt+Pfeil rechts oder Bild ab)</source>
        <translation>Next (Alt+Right arrow or Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bearbeiten…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den gewählten Termin bearbeiten (F2)</source>
        <translation>Edit the selected session (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tageslisten</source>
        <translation>&amp;Daily lists</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anwesenheits- und Betreuungslisten des gewählten Tages (Strg+P)</source>
        <translation>Sign-in sheets and childcare lists for the selected day (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Monat</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Woche</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ansicht wechseln (Alt + unterstrichener Buchstabe)</source>
        <translation>Switch view (Alt + underlined letter)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>KW {week} · {start} – {end}</source>
        <translation>Week {week} · {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n Termine</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mit Hinweisen (Doppelbelegung oder Feiertag)</source>
        <translation>
            <numerusform>%n with warnings (double booking or public holiday)</numerusform>
            <numerusform>%n with warnings (double booking or public holiday)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pfeiltasten wählen einen Tag, Eingabe öffnet ihn, Doppelklick öffnet einen Termin.</source>
        <translation>Arrow keys select a day, Enter opens it, double-click opens a session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eingabe oder Doppelklick öffnet einen Termin.</source>
        <translation>Enter or double-click opens a session.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Anwesenheit öffnen…</source>
        <translation>Open attendance…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neuer Termin an diesem Tag…</source>
        <translation>New session on this day…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An diesem Tag gibt es keine Termine.</source>
        <translation>There are no sessions on this day.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Als iCalendar exportieren</source>
        <translation>Export as iCalendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar-Datei (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/certificates_dialog.py" line="+57"/>
        <location line="+236"/>
        <source>Teilnahmebescheinigungen</source>
        <translation>Certificates of participation</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Alle auswählen</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keine auswählen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ein PDF für alle</source>
        <translation>One PDF for all</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Einzelne &amp;Dateien in Ordner…</source>
        <translation>Separate &amp;files in folder…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eine PDF-Datei je Person in einen Ordner speichern</source>
        <translation>Save one PDF file per person to a folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Teilnahmebescheinigungen – {project}</source>
        <translation>Certificates of participation – {project}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Ausgewählt sind alle, die mindestens %n Termin(e) besucht haben. Wer darunter liegt, steht grau in der Liste und kann von Hand ausgewählt werden. Die Mindestteilnahme ändern Sie unter Einstellungen → Drucken.</source>
        <translation>
            <numerusform>Everyone who attended at least %n session is selected. Anyone below that is shown in grey in the list and can be selected by hand. You can change the minimum attendance under Settings → Printing.</numerusform>
            <numerusform>Everyone who attended at least %n sessions is selected. Anyone below that is shown in grey in the list and can be selected by hand. You can change the minimum attendance under Settings → Printing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>In diesem Projekt ist noch niemand eingetragen.</source>
        <translation>Nobody is registered in this project yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>noch an keinem Termin teilgenommen</source>
        <translation>has not attended any session yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>unter der Mindestteilnahme (%n Termin(e))</source>
        <translation>
            <numerusform>below the minimum attendance (%n session)</numerusform>
            <numerusform>below the minimum attendance (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{chosen} von {total} ausgewählt</source>
        <translation>{chosen} of {total} selected</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ordner für die Teilnahmebescheinigungen</source>
        <translation>Folder for the certificates of participation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Teilnahmebescheinigungen werden gespeichert …</source>
        <translation>Saving the certificates of participation …</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n Teilnahmebescheinigung(en) gespeichert im Ordner:</source>
        <translation>
            <numerusform>%n certificate of participation saved in the folder:</numerusform>
            <numerusform>%n certificates of participation saved in the folder:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Abgebrochen. %n Bescheinigung(en) wurden vorher vollständig gespeichert im Ordner:</source>
        <translation>
            <numerusform>Cancelled. %n certificate had already been saved completely in the folder:</numerusform>
            <numerusform>Cancelled. %n certificates had already been saved completely in the folder:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/accounts.py" line="+24"/>
        <source>Passwort ändern</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ändern</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bisheriges Passwort:</source>
        <translation>&amp;Current password:</translation>
    </message>
</context>
<context>
    <name>ChildcarePanel</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/childcare_panel.py" line="+86"/>
        <source>unter 3</source>
        <translation>under 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3–6 Jahre</source>
        <translation>3–6 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schulkinder</source>
        <translation>School children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gesamt</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Teilnehmende und Kinder</source>
        <translation>Participants and children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweise zur Betreuung</source>
        <translation>Childcare notes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Von den erwarteten Teilnehmenden hat niemand Kinder, die betreut werden.</source>
        <translation>None of the expected participants has children in childcare.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Jahr(e)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Bei diesem Termin ist keine Kinderbetreuung vorgesehen.</source>
        <translation>No childcare is planned for this session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für die Betreuung ist keine Platzzahl eingetragen.</source>
        <translation>No number of childcare places has been entered.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Die Betreuung hat %n Platz/Plätze.</source>
        <translation>
            <numerusform>Childcare has %n place.</numerusform>
            <numerusform>Childcare has %n places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingBookingDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/coaching_booking.py" line="+75"/>
        <source>Einzelcoaching vereinbaren – {name}</source>
        <translation>Arrange individual coaching – {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>z. B. Lebenslauf überarbeiten</source>
        <translation>e.g. revise CV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Datum und Zeit:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort und Raum:</source>
        <translation>&amp;Location and room:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thema:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Vereinbaren</source>
        <translation>&amp;Arrange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Der Termin endet erst am nächsten Tag.</source>
        <translation>The appointment does not end until the next day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der {day} ist ein Feiertag in Hessen: {name}.</source>
        <translation>{day} is a public holiday in Hesse: {name}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Trotzdem vereinbaren?</source>
        <translation>Arrange anyway?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trotzdem vereinbaren</source>
        <translation>Arrange anyway</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="+86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Noch keine Ansprechperson eingetragen.</source>
        <translation>No contact person entered yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>z. B. Personalleitung</source>
        <translation>e.g. head of HR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name@beispiel.de</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;unktion:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ä&amp;ndern</source>
        <translation>Edi&amp;t</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ent&amp;fernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Ansprechperson hinzufügen</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ansprechperson ändern</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ansprechperson entfernen</source>
        <translation>Remove contact person</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/date_field.py" line="+72"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Im Kalender wählen</source>
        <translation>Pick from calendar</translation>
    </message>
</context>
<context>
    <name>DisclosureFormatDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/privacy.py" line="+77"/>
        <source>Auskunft erteilen</source>
        <translation>Data access request</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Auskunft enthält alles, was über die Person gespeichert ist. In welcher Form möchten Sie sie ausgeben?</source>
        <translation>The disclosure contains everything stored about the person. In which format would you like to provide it?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als &amp;PDF zum Ausdrucken oder Mitgeben</source>
        <translation>As &amp;PDF to print or hand over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als &amp;JSON-Datei (maschinenlesbar, zum Weitergeben)</source>
        <translation>As &amp;JSON file (machine-readable, for passing on)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Auskunft wird im Protokoll vermerkt.</source>
        <translation>The disclosure is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Weiter</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/overview.py" line="+174"/>
        <source>Akte von {name} öffnen</source>
        <translation>Open {name}&apos;s file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {text}</source>
        <translation>{name}: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erledigt: {text}</source>
        <translation>Done: {text}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>EmployerActions</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_actions.py" line="+39"/>
        <source>Es gibt kein laufendes Projekt. Bitte legen Sie unter „Teilnehmende“ eines an.</source>
        <translation>There is no current project. Please create one under “Participants”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Betriebsbesichtigung am {day} geplant.</source>
        <translation>Company visit scheduled for {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fragerunde am {day} geplant.</source>
        <translation>Q and A session scheduled for {day}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>„{name}“ mit allen Ansprechpersonen und dem Kontaktverlauf löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Delete “{name}” with all contact persons and the contact history? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hinweise: {leads}, Vermittlungen: {placements}, Termine: {sessions}. Sie bleiben erhalten und behalten den Namen des Betriebs.</source>
        <translation>Leads: {leads}, placements: {placements}, sessions: {sessions}. These are kept and still show the company&apos;s name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arbeitgeber löschen?</source>
        <translation>Delete employer?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_dialog.py" line="+118"/>
        <source>Betrieb</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontaktverlauf</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passende Teilnehmende</source>
        <translation>Matching participants</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+287"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+285"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>z. B. Bäckerei Beispiel GmbH</source>
        <translation>e.g. Bäckerei Beispiel GmbH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. Pflege, Einzelhandel</source>
        <translation>e.g. care, retail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Straße Nr., PLZ Ort</source>
        <translation>Street no., postcode town</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Betriebs&amp;besichtigung</source>
        <translation>Company &amp;visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fragerunde zu Erwartungen und Bewerbung</source>
        <translation>&amp;Q and A session on expectations and applications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nicht bekannt</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Std./Woche</source>
        <translation> hrs/week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die wenigsten Wochenstunden, die eine Stelle dort verlangt – für den Abgleich mit den Arbeitszeiten der Teilnehmenden.</source>
        <translation>The fewest weekly hours a job there requires – for matching against the participants&apos; working hours.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>in 2 Wochen</source>
        <translation>in 2 weeks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name*:</source>
        <translation>&amp;Name*:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branche:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Größe:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;seit:</source>
        <translation>&amp;Partner since:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebote:</source>
        <translation>Offers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Praktikumsplätze:</source>
        <translation>&amp;Internship places:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stellen a&amp;b:</source>
        <translation>&amp;Jobs from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiedervorlage am:</source>
        <translation>&amp;Follow-up date:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Betriebsbesichtigung planen…</source>
        <translation>Schedule company visit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fragerunde planen…</source>
        <translation>Schedule Q and A session…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>* Pflichtfeld</source>
        <translation>* Required field</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Löschen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>„{field}“ ändern</source>
        <translation>Change “{field}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branche</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Partner seit</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Betriebsbesichtigung</source>
        <translation>Company visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Praktikumsplätze</source>
        <translation>Internship places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fragerunde</source>
        <translation>Q and A session</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Stellen ab</source>
        <translation>Jobs from</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Neuer Arbeitgeber</source>
        <translation>New employer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} – Arbeitgeber</source>
        <translation>{name} – employer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Der Arbeitgeber wird dabei gespeichert.</source>
        <translation>This also saves the employer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ansprechpersonen ({count})</source>
        <translation>Contact persons ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontaktverlauf ({count})</source>
        <translation>Contact history ({count})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>„{field}“: {text} ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 07.03.2026.</source>
        <translation>“{field}”: {text} is not a valid date. Please enter it as DD.MM.YYYY, e.g. 07.03.2026.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trotzdem speichern?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Möchten Sie den Arbeitgeber trotzdem speichern?</source>
        <translation>Do you want to save the employer anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Änderungen verwerfen?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihre Änderungen sind noch nicht gespeichert. Wenn Sie das Fenster schließen, gehen sie verloren.</source>
        <translation>Your changes have not been saved yet. If you close the window, they will be lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>EmployerImportDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_import_dialog.py" line="+94"/>
        <source>Arbeitgeber importieren</source>
        <translation>Import employers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wählen Sie eine Tabelle (CSV oder Excel) mit den Spalten Name, Branche, Adresse und Angebote (z. B. „Betriebsbesichtigung; Praktikum; Fragerunde“). Sie sehen jede Zeile, bevor etwas gespeichert wird. Bekannte Arbeitgeber werden nicht doppelt angelegt, nur ergänzt.</source>
        <translation>Choose a spreadsheet (CSV or Excel) with the columns Name, Branche (sector), Adresse (address) and Angebote (offers, e.g. “Betriebsbesichtigung; Praktikum; Fragerunde”). You will see every row before anything is saved. Known employers are not created twice, only updated.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Noch keine Datei gewählt.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datei &amp;wählen …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Die Zeilen werden geprüft …</source>
        <translation>Checking the rows …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Diese Datei lässt sich nicht importieren.</source>
        <translation>This file cannot be imported.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n neu</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n werden ergänzt</source>
        <translation>
            <numerusform>%n will be updated</numerusform>
            <numerusform>%n will be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fehlerhaft</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bereits vorhanden</source>
        <translation>
            <numerusform>%n already exists</numerusform>
            <numerusform>%n already exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n Arbeitgeber neu angelegt.</source>
        <translation>
            <numerusform>%n employer created.</numerusform>
            <numerusform>%n employers created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ergänzt.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bereits vorhanden (übersprungen).</source>
        <translation>
            <numerusform>%n already existed (skipped).</numerusform>
            <numerusform>%n already existed (skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fehlerhafte Zeilen übersprungen.</source>
        <translation>
            <numerusform>%n invalid row skipped.</numerusform>
            <numerusform>%n invalid rows skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import abgeschlossen</source>
        <translation>Import complete</translation>
    </message>
</context>
<context>
    <name>EmployerModel</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/models/employer_model.py" line="+51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Branche</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Angebote</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprech-
personen</source>
        <translation>Contact
persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offene
Hinweise</source>
        <translation>Open
leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzter
Kontakt</source>
        <translation>Last
contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wieder-
vorlage</source>
        <translation>Follow-
up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name des Betriebs</source>
        <translation>Name of the company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betriebsbesichtigung, Praktikumsplätze, Fragerunde</source>
        <translation>Company visit, internship places, Q and A session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anzahl der Ansprechpersonen</source>
        <translation>Number of contact persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweise (Leads) für Teilnehmende, die noch laufen</source>
        <translation>Leads for participants that are still in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum des letzten eingetragenen Kontakts</source>
        <translation>Date of the last recorded contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann wieder Kontakt aufgenommen werden soll; rot: fällig</source>
        <translation>When to get in touch again; red: due</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Betriebsbesichtigung</source>
        <translation>Company visit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Praktikumsplätze</source>
        <translation>
            <numerusform>%n internship place</numerusform>
            <numerusform>%n internship places</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragerunde</source>
        <translation>Q and A session</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>keine Angebote eingetragen</source>
        <translation>no offers entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiedervorlage fällig</source>
        <translation>Follow-up due</translation>
    </message>
</context>
<context>
    <name>EmployerPreviewModel</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_import_dialog.py" line="-152"/>
        <source>wird ergänzt</source>
        <translation>will be updated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bereits vorhanden</source>
        <translation>already exists</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EmployersTab</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/employers_tab.py" line="+139"/>
        <source>Suchen nach Name, Branche, Adresse oder Ansprechperson</source>
        <translation>Search by name, sector, address or contact person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strg+F: suchen · Esc: Suche leeren</source>
        <translation>Ctrl+F: search · Esc: clear search</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+179"/>
        <source>Alle Branchen</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Importieren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeitgeber aus einer Excel- oder CSV-Liste</source>
        <translation>Employers from an Excel or CSV list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neuer Arbeitgeber…</source>
        <translation>New employer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neuen Arbeitgeber anlegen (Strg+N)</source>
        <translation>Add a new employer (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Noch keine Arbeitgeber</source>
        <translation>No employers yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tragen Sie Partnerbetriebe mit ihren Angeboten ein – Betriebsbesichtigung, Praktikumsplätze, Fragerunde – oder übernehmen Sie Ihre Liste aus Excel.</source>
        <translation>Enter partner companies with their offers – company visit, internship places, Q and A session – or import your list from Excel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Liste importieren…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeitgeber anlegen…</source>
        <translation>Add employer…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+156"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Besichtigung…</source>
        <translation>Visit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betriebsbesichtigung als Termin planen</source>
        <translation>Schedule a company visit in the calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragerunde…</source>
        <translation>Q and A…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragerunde als Termin planen</source>
        <translation>Schedule a Q and A session in the calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+155"/>
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Ausgewählten Arbeitgeber löschen (Entf)</source>
        <translation>Delete the selected employer (Del)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Besichtigung</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Praktikum</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fragerunde</source>
        <translation>Q and A</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>{shown} von %n Arbeitgebern</source>
        <translation>
            <numerusform>{shown} of %n employer</numerusform>
            <numerusform>{shown} of %n employers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nur fällige Wiedervorlagen zeigen (%n fällig)</source>
        <translation>
            <numerusform>Show only due follow-ups (%n due)</numerusform>
            <numerusform>Show only due follow-ups (%n due)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Betriebsbesichtigung planen…</source>
        <translation>Schedule company visit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fragerunde planen…</source>
        <translation>Schedule Q and A session…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/privacy.py" line="+154"/>
        <source>Person endgültig löschen</source>
        <translation>Erase person permanently</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>„{name}“ endgültig löschen?</source>
        <translation>Permanently erase “{name}”?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Das wird gelöscht:</source>
        <translation>This will be erased:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ohne Namen bleibt für die Berichte erhalten:</source>
        <translation>Kept for the reports, without a name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das kann nicht rückgängig gemacht werden. Sicherungen, die vorher angelegt wurden, enthalten die Daten noch, bis sie ersetzt werden.</source>
        <translation>This cannot be undone. Backups made before now still contain the data until they are replaced.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zur Bestätigung tippen Sie bitte den Nachnamen ein: {name}</source>
        <translation>To confirm, please type the last name: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nachname zur Bestätigung</source>
        <translation>Last name to confirm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endgültig löschen</source>
        <translation>Erase permanently</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/export_dialog.py" line="+39"/>
        <source>Teilnehmende exportieren</source>
        <translation>Export participants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Liste enthält persönliche Daten. Speichern Sie sie nur dort, wo niemand sonst sie lesen kann, und löschen Sie sie, wenn sie nicht mehr gebraucht wird.</source>
        <translation>The list contains personal data. Save it only where nobody else can read it, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spalten</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Alle</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nur &amp;Namen und Kontakt</source>
        <translation>Only &amp;names and contact details</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Excel-Arbeitsmappe (.xlsx) oder CSV für Excel (.csv): Sie wählen beim Speichern.</source>
        <translation>Excel workbook (.xlsx) or CSV for Excel (.csv): you choose when saving.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;Save as …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teilnehmende speichern</source>
        <translation>Save participants</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n Teilnehmende gespeichert in {path}.</source>
        <translation>
            <numerusform>%n participant saved to {path}.</numerusform>
            <numerusform>%n participants saved to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export abgeschlossen</source>
        <translation>Export complete</translation>
    </message>
</context>
<context>
    <name>FittingParticipants</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/fitting_participants.py" line="+64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berufswunsch</source>
        <translation>Desired occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Std. pro Woche</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Niemand passt gerade: Branche und Berufswünsche, Stunden und die Zeit, die die Kinderbetreuung lässt, werden verglichen.</source>
        <translation>Nobody matches at the moment: sector and desired occupations, hours and the time that childcare leaves free are compared.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hinweis anlegen…</source>
        <translation>Create lead…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>läuft schon</source>
        <translation>already in progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arbeitszeit beim Arbeitgeber klären</source>
        <translation>Check working hours with the employer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/import_dialog.py" line="+231"/>
        <source>Teilnehmende importieren</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wählen Sie eine Tabelle (CSV oder Excel). Sie sehen jede Zeile, bevor etwas gespeichert wird. Personen, die es schon gibt, werden übersprungen.</source>
        <translation>Choose a spreadsheet (CSV or Excel). You will see every row before anything is saved. People who already exist are skipped.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Noch keine Datei gewählt.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datei &amp;wählen …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spalten zuordnen</source>
        <translation>Match columns</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Links steht die Überschrift aus der Datei, rechts das Feld, in das sie kommt.</source>
        <translation>On the left is the heading from the file, on the right the field it goes into.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Fehlerhafte Zeilen &amp;überspringen</source>
        <translation>&amp;Skip invalid rows</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Tabelle öffnen</source>
        <translation>Open spreadsheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabellen (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Die Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Diese Datei lässt sich nicht importieren.</source>
        <translation>This file cannot be imported.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Spalte {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Keine Spalte ist als {fields} zugeordnet. Bitte wählen Sie oben, welche Spalte den Nachnamen enthält.</source>
        <translation>No column is matched to {fields}. Please choose above which column contains the last name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Zeilen werden geprüft …</source>
        <translation>Checking the rows …</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n Zeilen bereit</source>
        <translation>
            <numerusform>%n row ready</numerusform>
            <numerusform>%n rows ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fehlerhaft</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bereits vorhanden</source>
        <translation>
            <numerusform>%n already exists</numerusform>
            <numerusform>%n already exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n Teilnehmende importiert.</source>
        <translation>
            <numerusform>%n participant imported.</numerusform>
            <numerusform>%n participants imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bereits vorhanden (übersprungen).</source>
        <translation>
            <numerusform>%n already existed (skipped).</numerusform>
            <numerusform>%n already existed (skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fehlerhafte Zeilen übersprungen.</source>
        <translation>
            <numerusform>%n invalid row skipped.</numerusform>
            <numerusform>%n invalid rows skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import abgeschlossen</source>
        <translation>Import complete</translation>
    </message>
</context>
<context>
    <name>KeychainPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/setup_wizard.py" line="+178"/>
        <source>Auf diesem Computer merken?</source>
        <translation>Remember on this computer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bequemer – aber nur, wenn Sie den Laptop allein benutzen.</source>
        <translation>More convenient – but only if nobody else uses this laptop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Schlüssel kann im Schlüsselbund Ihres Benutzerkontos auf diesem Computer liegen. Dann öffnet sich die Anwendung ohne Passwort, solange Sie angemeldet sind. Teilen sich mehrere Personen ein Benutzerkonto, lassen Sie das Kästchen leer.</source>
        <translation>The key can be kept in the keychain of your user account on this computer. The app then opens without a password while you are logged in. If several people share one user account, leave the box unticked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schlüssel auf diesem Computer &amp;merken</source>
        <translation>Re&amp;member the key on this computer</translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/lead_board.py" line="+186"/>
        <source>Karten mit der Maus in eine andere Spalte ziehen oder auswählen und mit Strg+← / Strg+→ verschieben. Enter öffnet den Hinweis.</source>
        <translation>Drag cards with the mouse into another column, or select them and move them with Ctrl+← / Ctrl+→. Enter opens the lead.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zuständig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alle Coaches</source>
        <translation>all coaches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teilnehmende, Stelle oder Arbeitgeber suchen</source>
        <translation>Search participants, positions or employers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hinweis hinzufügen…</source>
        <translation>Add lead…</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>„{stage}“ seit {date}</source>
        <translation>“{stage}” since {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zuständig: {name}</source>
        <translation>Responsible: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Öffnen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weiter: {stage}</source>
        <translation>Next: {stage}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zurück: {stage}</source>
        <translation>Back: {stage}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verschieben nach</source>
        <translation>Move to</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/lead_dialog.py" line="+49"/>
        <source>Stelle bereits vergeben</source>
        <translation>Position already filled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitszeiten passen nicht zur Kinderbetreuung</source>
        <translation>Working hours do not fit around childcare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitsweg zu weit</source>
        <translation>Commute too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absage nach dem Gespräch</source>
        <translation>Turned down after the interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Interesse mehr</source>
        <translation>No longer interested</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Warum verworfen?</source>
        <translation>Why was it dropped?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>aus dem Netzwerk wählen oder Namen eintragen</source>
        <translation>choose from the network or enter a name</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Neuer Hinweis</source>
        <translation>New lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hinweis bearbeiten</source>
        <translation>Edit lead</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Teilnehmende*:</source>
        <translation>Participant*:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>z. B. Verkäuferin in Teilzeit</source>
        <translation>e.g. part-time sales assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeitgeber:</source>
        <translation>Employer:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wer genau? (freiwillig)</source>
        <translation>who exactly? (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weitergegeben von:</source>
        <translation>Passed on by:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Std. pro Woche</source>
        <translation> hrs per week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeitszeit:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zuständig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+68"/>
        <source>am</source>
        <translation>on</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Stand:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grund*:</source>
        <translation>Reason*:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>angelegt am</source>
        <translation>created on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein.</source>
        <translation>{text} is not a valid date. Please enter it as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte wählen Sie die Teilnehmende aus der Liste.</source>
        <translation>Please choose the participant from the list.</translation>
    </message>
</context>
<context>
    <name>LeadsTab</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_leads.py" line="+107"/>
        <source>Stelle</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <location line="+37"/>
        <source>Arbeitgeber</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Stand</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weitergegeben von</source>
        <translation>Passed on by</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Noch keine Hinweise. Fragen Sie nach Kontakten: Familie, Nachbarschaft, frühere Kolleginnen.</source>
        <translation>No leads yet. Ask about contacts: family, neighbours, former colleagues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+261"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Verwerfen…</source>
        <translation>Drop…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+45"/>
        <location line="+304"/>
        <location line="+63"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Hinweis hinzufügen…</source>
        <translation>Add lead…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neuer Hinweis (Strg+N)</source>
        <translation>New lead (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hinweise</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach 3 Monaten</source>
        <translation>After 3 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nach 6 Monaten</source>
        <translation>After 6 months</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Noch keine Vermittlung.</source>
        <translation>No placement yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vermittlung erfassen…</source>
        <translation>Record placement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vermittlungen und Nachbetreuung</source>
        <translation>Placements and aftercare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Branche</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitszeit</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Praktikum frei</source>
        <translation>Internships open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Als Hinweis übernehmen…</source>
        <translation>Add as lead…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passende Arbeitgeber</source>
        <translation>Matching employers</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Grund: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>beschäftigt ({date})</source>
        <translation>employed ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beschäftigt</source>
        <translation>employed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nicht mehr ({date})</source>
        <translation>no longer ({date})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nicht mehr</source>
        <translation>no longer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fällig seit {date}</source>
        <translation>due since {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ab {date}</source>
        <translation>from {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ankreuzen, wenn die Person nach {months} Monaten noch dort arbeitet.</source>
        <translation>Tick if the person is still working there after {months} months.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>passt (ab {hours})</source>
        <translation>fits (from {hours})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passt</source>
        <translation>fits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeitszeit klären</source>
        <translation>Check working hours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kein Arbeitgeber im Netzwerk passt zu Berufswunsch und Wochenstunden (Stammdaten) – oder es laufen schon Hinweise dorthin.</source>
        <translation>No employer in the network matches the desired occupation and weekly hours (basic details) – or leads to them are already in progress.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wieder aufnehmen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weiter: {stage}</source>
        <translation>Next: {stage}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verlauf: {steps}</source>
        <translation>History: {steps}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Hinweis löschen?</source>
        <translation>Delete lead?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Hinweis „{what}“ und sein Verlauf werden gelöscht. Wenn er nur nicht geklappt hat, wählen Sie besser „Verwerfen“ – dann bleibt er in der Statistik.</source>
        <translation>The lead “{what}” and its history will be deleted. If it simply did not work out, choose “Drop” instead – then it stays in the statistics.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Vermittlung löschen?</source>
        <translation>Delete placement?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Vermittlung bei {employer} wird gelöscht. Der Status der Person bleibt, wie er ist.</source>
        <translation>The placement with {employer} will be deleted. The person’s status stays as it is.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/locations.py" line="+39"/>
        <source>Ort bearbeiten</source>
        <translation>Edit location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neuer Ort</source>
        <translation>New location</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ein Raum je Zeile, z. B. Gruppenraum</source>
        <translation>one room per line, e.g. group room</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Räume:</source>
        <translation>&amp;Rooms:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location line="+30"/>
        <source>Orte und Räume</source>
        <translation>Locations and rooms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ort &amp;hinzufügen …</source>
        <translation>A&amp;dd location …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Archivieren</source>
        <translation>Ar&amp;chive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Archivierte Orte stehen für neue Termine nicht mehr zur Wahl; alte Termine behalten sie.</source>
        <translation>Archived locations are no longer offered for new sessions; past sessions keep them.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="+41"/>
        <source>Worum ging es? z. B. Bedarf an Aushilfen besprochen</source>
        <translation>What was it about? e.g. discussed need for temporary staff</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Eintragen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Noch kein Kontakt eingetragen.</source>
        <translation>No contact recorded yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eintrag ent&amp;fernen</source>
        <translation>Re&amp;move entry</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bitte geben Sie das Datum des Kontakts an (TT.MM.JJJJ).</source>
        <translation>Please enter the date of the contact (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kontakt eintragen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kontakt entfernen</source>
        <translation>Remove contact</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/main_window.py" line="+163"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notizen durchsuchen …</source>
        <translation>Search &amp;notes …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sicherung auf &amp;USB-Stick …</source>
        <translation>Backup to &amp;USB stick …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ü&amp;ber Gemeinsam Desktop</source>
        <translation>&amp;About Gemeinsam Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Angemeldet: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEMO – fiktive Daten</source>
        <translation>DEMO – fictitious data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strg+L sperrt</source>
        <translation>Ctrl+L locks</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Es gibt ungespeicherte Notiz-Entwürfe bei: {names}. Öffnen Sie die Person, um weiterzuschreiben; der Entwurf steht im Reiter „Notizen“.</source>
        <translation>There are unsaved note drafts for: {names}. Open the person to continue writing; the draft is on the “Notes” tab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entwürfe gefunden</source>
        <translation>Drafts found</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sicherung eingespielt</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Über Gemeinsam Desktop</source>
        <translation>About Gemeinsam Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemeinsam Desktop {version}

Für die Job-Coaches von „Gemeinsam in Wetzlar“, einem Projekt des JobCenters Lahn-Dill und der Stadt Wetzlar.

Alle Daten bleiben verschlüsselt auf diesem Computer.</source>
        <translation>Gemeinsam Desktop {version}

For the job coaches of “Gemeinsam in Wetzlar”, a project of JobCenter Lahn-Dill and the town of Wetzlar.

All data stays encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/month_view.py" line="+26"/>
        <source>Monatsansicht</source>
        <translation>Month view</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>+%n weitere</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/page_registry.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/pages/network.py" line="+24"/>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/network.py" line="+8"/>
        <source>Arbeitgeber</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinweise</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/widgets/passphrase.py" line="+51"/>
        <source>mindestens %n Zeichen</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zur Sicherheit noch einmal</source>
        <translation>once more, to be sure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwort &amp;wiederholen:</source>
        <translation>Repeat pass&amp;word:</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Das Passwort braucht mindestens %n Zeichen.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>The two entries do not match yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zu kurz.</source>
        <translation>Too short.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwach – länger ist besser, z. B. ein kleiner Satz.</source>
        <translation>Weak – longer is better, e.g. a short sentence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittel – ein, zwei Wörter mehr machen es stark.</source>
        <translation>Fair – one or two more words make it strong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gut.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sehr gut.</source>
        <translation>Very good.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/participants.py" line="+78"/>
        <source>Neues Projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>z. B. Gemeinsam in Wetzlar 2027</source>
        <translation>e.g. Gemeinsam in Wetzlar 2027</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Das Projektende liegt vor dem Projektbeginn.</source>
        <translation>The project end is before the project start.</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/note_cards.py" line="+193"/>
        <source>Verlauf der Notiz</source>
        <translation>Note history</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aktuelle Fassung</source>
        <translation>current version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>frühere Fassung</source>
        <translation>earlier version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} · {who} · {kind} ({what})</source>
        <translation>{when} · {who} · {kind} ({what})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location line="-164"/>
        <source>Einzelcoaching</source>
        <translation>Individual coaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefonat</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gruppengespräch</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_notes.py" line="+109"/>
        <location line="+40"/>
        <location line="+315"/>
        <source>Neue Notiz</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="-352"/>
        <location line="+196"/>
        <source>Notiz speichern</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+124"/>
        <source>Fett</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Neue Notiz ({keys})</source>
        <translation>New note ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notiz speichern ({keys})</source>
        <translation>Save note ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fett ({keys})</source>
        <translation>Bold ({keys})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Noch keine Notizen. Schreiben Sie rechts die erste.</source>
        <translation>No notes yet. Write the first one on the right.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Team</source>
        <translation>team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur für mich</source>
        <translation>only me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„nur für mich“: andere Coaches sehen diese Notiz nirgends.</source>
        <translation>“only me”: other coaches cannot see this note anywhere.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sichtbar:</source>
        <translation>Visible to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Was wurde besprochen? **fett**, Listen mit „- “ am Zeilenanfang</source>
        <translation>What was discussed? **bold**, lists with “- ” at the start of a line</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+250"/>
        <location line="+14"/>
        <location line="+36"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>ein Termin</source>
        <translation>a session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— ohne Termin —</source>
        <translation>— no session —</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vorlage einfügen…</source>
        <translation>Insert template…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n ältere Notiz(en) anzeigen</source>
        <translation>
            <numerusform>Show %n older note</numerusform>
            <numerusform>Show %n older notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Entwurf vom {when} wiederhergestellt</source>
        <translation>Draft from {when} restored</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Notiz vom {when} bearbeiten</source>
        <translation>Edit note from {when}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Der Entwurf konnte nicht gesichert werden: {reason}</source>
        <translation>The draft could not be saved: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Änderung verwerfen?</source>
        <translation>Discard change?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Änderung an der Notiz ist noch nicht gespeichert.</source>
        <translation>The change to the note has not been saved yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text verwerfen?</source>
        <translation>Discard text?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Editor steht noch Text, der nicht gespeichert ist.</source>
        <translation>The editor still contains text that has not been saved.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Notiz verwerfen?</source>
        <translation>Discard note?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text im Editor wird gelöscht, auch der gesicherte Entwurf.</source>
        <translation>The text in the editor will be deleted, including the saved draft.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/page_registry.py" line="-3"/>
        <location filename="../../gemeinsam_desktop/ui/pages/overview.py" line="+62"/>
        <source>Übersicht</source>
        <extracomment>(target, argument) for the main window: &quot;participants&quot; + status, &quot;attendance&quot;, &quot;calendar&quot;, &quot;network&quot; + &quot;leads[:stage]&quot; or &quot;follow_ups&quot; (see ``open_figure``)</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/overview.py" line="+8"/>
        <source>Teilnehmende aktiv</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Arbeit vermittelt</source>
        <translation>Placed in work</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vereinbarungen fällig diese Woche</source>
        <translation>Agreements due this week</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Gruppentermine diese Woche</source>
        <translation>Group sessions this week</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Die Zahlen werden geladen …</source>
        <translation>Loading the figures …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klicken öffnet die Liste dazu.</source>
        <translation>Click to open the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teilnahme abgebrochen</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nachfassen fällig</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fällig diese Woche</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Integrationsquote</source>
        <translation>Integration rate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hinweise nach Stufe</source>
        <translation>Leads by stage</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Diese Woche ist keine Vereinbarung fällig.</source>
        <translation>No agreements are due this week.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Offene Vereinbarungen bis {day}; %n davon überfällig.</source>
        <translation>
            <numerusform>Open agreements until {day}; %n of them overdue.</numerusform>
            <numerusform>Open agreements until {day}; %n of them overdue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offene Vereinbarungen bis {day}.</source>
        <translation>Open agreements until {day}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Früher fällig und noch offen</source>
        <translation>Due earlier and still open</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>… und %n weitere in den Akten.</source>
        <translation>
            <numerusform>… and %n more in the files.</numerusform>
            <numerusform>… and %n more in the files.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Laufzeit {start} bis {end}.</source>
        <translation>Runs from {start} to {end}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guten Tag, {name}. Projekt „{project}“. {period}</source>
        <translation>Hello, {name}. Project “{project}”. {period}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n überfällig</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbeitgeber: {employers} · Vermittlungen: {checks}</source>
        <translation>Employers: {employers} · Placements: {checks}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>fällt aus</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diese Woche sind keine Gruppentermine geplant.</source>
        <translation>No group sessions are planned this week.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{integrated} von {finished} Beendeten in Arbeit oder Ausbildung</source>
        <translation>{integrated} of {finished} who finished are in work or vocational training</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Noch hat niemand die Teilnahme beendet.</source>
        <translation>Nobody has finished the programme yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziel {target} · daneben Minijob {minijob}, Praktikum {praktikum}</source>
        <translation>Target {target} · also mini-job {minijob}, internship {praktikum}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Integrationsquote {rate} (Ziel {target}): {words}</source>
        <translation>Integration rate {rate} (target {target}): {words}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{present} von {counted} erfassten Terminen anwesend</source>
        <translation>present at {present} of {counted} recorded sessions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entschuldigt {e} · krank {k} · unentschuldigt {ue}</source>
        <translation>excused {e} · ill {k} · unexcused {ue}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noch keine Anwesenheit erfasst.</source>
        <translation>No attendance recorded yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anwesenheitsquote {rate}: {words}</source>
        <translation>Attendance rate {rate}: {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Hinweise nach Stufe, %n insgesamt</source>
        <translation>
            <numerusform>Leads by stage, %n in total</numerusform>
            <numerusform>Leads by stage, %n in total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klicken Sie auf eine Stufe, um die Hinweise zu sehen.</source>
        <translation>Click a stage to see its leads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch keine Hinweise erfasst.</source>
        <translation>No leads recorded yet.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+93"/>
        <source>„{field}“ ändern</source>
        <translation>Change “{field}”</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_children.py" line="+57"/>
        <source>Kind ändern</source>
        <translation>Change child</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+92"/>
        <location line="+26"/>
        <source>Kind hinzufügen</source>
        <translation>Add child</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Kind entfernen</source>
        <translation>Remove child</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+57"/>
        <source>Stammdaten</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kinder</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+224"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_attendance.py" line="+131"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+11"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+44"/>
        <source>archiviert</source>
        <translation>archived</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+394"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-391"/>
        <location line="+392"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Anrede</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anrede:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsdatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nachname*:</source>
        <translation>Last name*:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_children.py" line="+124"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+1"/>
        <source>Vorname:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <location line="-76"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+0"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="-150"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vereinbarungen</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stellen</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Teilnahmebescheinigung</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straße:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ort:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeit und Vermittlung</source>
        <translation>Work and placement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max. Wochenstunden</source>
        <translation>max. hours per week</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kundennummer:</source>
        <translation>Customer number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kundennummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeitslos seit:</source>
        <translation>Unemployed since:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitslos seit</source>
        <translation>Unemployed since</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berufswunsch:</source>
        <translation>Desired occupation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berufswunsch</source>
        <translation>Desired occupation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max. Wochenstunden:</source>
        <translation>Max. hours per week:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprachen:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* Pflichtfeld</source>
        <translation>* Required field</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_children.py" line="-14"/>
        <source>Kinder, die während der Termine betreut werden sollen, kommen auf die Betreuungsliste. Zum Ändern doppelt in eine Zelle klicken.</source>
        <translation>Children who need childcare during sessions go on the childcare list. Double-click a cell to change it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Geburtsmonat</source>
        <translation>Birth month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betreuung</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweise zur Betreuung</source>
        <translation>Childcare notes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Noch keine Kinder eingetragen.</source>
        <translation>No children entered yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MM/JJJJ</source>
        <translation>MM/YYYY</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Betreuung nötig</source>
        <translation>Needs childcare</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Geburtsmonat:</source>
        <translation>Birth month:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hinweise:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+16"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eintritt:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eintritt</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Austritt:</source>
        <translation>Exit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Austritt</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grund:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einen Grund tragen Sie ein bei „abgeschlossen“, „abgebrochen“ und „vermittelt“.</source>
        <translation>Enter a reason for “completed”, “dropped out” and “placed”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Einwilligung erteilt am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erteilt am:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Umfang:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formularversion</source>
        <translation>Form version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formularversion:</source>
        <translation>Form version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widerrufen am:</source>
        <translation>Withdrawn on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tragen Sie das Datum der unterschriebenen Einwilligung ein. Bei einem Widerruf bleibt die Einwilligung vermerkt; das Datum des Widerrufs kommt dazu.</source>
        <translation>Enter the date of the signed consent form. If consent is withdrawn, the consent stays on record and the date of withdrawal is added.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_attendance.py" line="-41"/>
        <source>Termine gezählt:</source>
        <translation>Sessions counted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teilgenommen:</source>
        <translation>attended:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stunden:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entschuldigt:</source>
        <translation>excused:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unentschuldigt:</source>
        <translation>unexcused:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unentschuldigt in Folge:</source>
        <translation>unexcused in a row:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gezählt werden vergangene, nicht abgesagte Termine zwischen Eintritt und Austritt bzw. Arbeitsaufnahme, bei denen die Anwesenheit erfasst ist. Grau: zählt nicht.</source>
        <translation>Counted are past sessions that were not cancelled, between entry and exit or job start, whose attendance has been recorded. Grey: does not count.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Noch für keinen Termin angemeldet.</source>
        <translation>Not registered for any session yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Einzelcoaching buchen…</source>
        <translation>Book individual coaching…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bitte nachfragen: mehrmals hintereinander unentschuldigt gefehlt.</source>
        <translation>Please follow up: absent without excuse several times in a row.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>zählt nicht für die Quote</source>
        <translation>does not count towards the rate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>erwartet</source>
        <translation>expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nicht erfasst</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verspätet</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entschuldigt</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>krank</source>
        <translation>ill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unentschuldigt</source>
        <translation>unexcused</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+13"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Speichern ({keys})</source>
        <translation>Save ({keys})</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_children.py" line="+42"/>
        <source>nötig</source>
        <translation>needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nicht nötig</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Bitte geben Sie den Geburtsmonat als MM/JJJJ ein, z. B. 03/2019.</source>
        <translation>Please enter the birth month as MM/YYYY, e.g. 03/2019.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_dialog.py" line="+143"/>
        <source>Neue Teilnehmerin / neuer Teilnehmer</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} – Teilnehmende</source>
        <translation>{name} – Participant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>geb. {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kundennummer {number}</source>
        <translation>Customer number {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eintritt {date}</source>
        <translation>Entry {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>„{field}“: {text} ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein, z. B. 07.03.1985.</source>
        <translation>“{field}”: {text} is not a valid date. Please enter it as DD.MM.YYYY, e.g. 07.03.1985.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trotzdem speichern?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Möchten Sie den Eintrag trotzdem speichern?</source>
        <translation>Do you want to save the record anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Änderungen verwerfen?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihre Änderungen sind noch nicht gespeichert. Wenn Sie das Fenster schließen, gehen sie verloren.</source>
        <translation>Your changes have not been saved yet. If you close the window, they will be lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notiz nicht gespeichert</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie haben eine Notiz begonnen und noch nicht gespeichert. Der Entwurf bleibt erhalten und erscheint wieder, wenn Sie den Eintrag öffnen.</source>
        <translation>You have started a note and not saved it yet. The draft is kept and will reappear when you open the entry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trotzdem schließen</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archivieren?</source>
        <translation>Archive?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} verschwindet aus der Liste der Teilnehmenden. Die Daten und der Verlauf bleiben erhalten; Sie können den Eintrag später wiederherstellen.</source>
        <translation>{name} will disappear from the list of participants. The data and history are kept; you can restore the record later.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/page_registry.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/pages/participants.py" line="+20"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/participants.py" line="+30"/>
        <source>&amp;Projekt:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neues Projekt…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importieren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teilnehmende aus einer Excel- oder CSV-Liste</source>
        <translation>Participants from an Excel or CSV list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exportieren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teilnahmebescheinigungen…</source>
        <translation>Certificates of participation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bescheinigungen für das ganze Projekt drucken oder speichern</source>
        <translation>Print or save certificates for the whole project</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neue Person anlegen (Strg+N)</source>
        <translation>Add a new person (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Suchen nach Name, Kundennummer oder Telefon</source>
        <translation>Search by name, customer number or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strg+F: suchen · Esc: Suche leeren</source>
        <translation>Ctrl+F: search · Esc: clear search</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archivierte zeigen</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+230"/>
        <location line="+39"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Noch keine Teilnehmenden</source>
        <translation>No participants yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In diesem Projekt ist noch niemand eingetragen. Übernehmen Sie Ihre bisherige Excel-Liste oder legen Sie die erste Person von Hand an.</source>
        <translation>Nobody has been entered in this project yet. Import your existing Excel list or add the first person by hand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Liste importieren…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person anlegen…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{start} bis {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>{shown} von {total} Teilnehmenden</source>
        <translation>
            <numerusform>{shown} of {total} participant</numerusform>
            <numerusform>{shown} of {total} participants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+35"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Teilnahmebescheinigung</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auskunft exportieren…</source>
        <translation>Export data disclosure…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Löschen (DSGVO)…</source>
        <translation>Erase (GDPR)…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/setup_wizard.py" line="-115"/>
        <source>Ihr Passwort</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damit öffnen Sie künftig die Daten.</source>
        <translation>You will use it to open the data from now on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Einrichten</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Am besten ein kleiner Satz, den nur Sie kennen, z. B. „Mittwochs regnet es am Dom“. Schreiben Sie das Passwort nirgends auf den Laptop.</source>
        <translation>Ideally a short sentence that only you know, e.g. “It rains by the cathedral on Wednesdays”. Do not write the password down anywhere on the laptop.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/pdf_preview.py" line="+305"/>
        <source>Verkleinern (Strg+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vergrößern (Strg++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seitenbreite</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An die Fensterbreite anpassen (Strg+0)</source>
        <translation>Fit to window width (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Das Dokument kann nicht angezeigt werden.</source>
        <translation>The document cannot be displayed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Seiten</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Drucken fehlgeschlagen</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Drucker konnte nicht angesprochen werden. Bitte prüfen Sie, ob er eingeschaltet und verbunden ist, und versuchen Sie es erneut.</source>
        <translation>The printer could not be reached. Please check that it is switched on and connected, and try again.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Speichern fehlgeschlagen</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Der Speicherplatz ist voll. Die Datei wurde nicht gespeichert. Bitte schaffen Sie Platz oder wählen Sie einen anderen Ort, zum Beispiel einen USB-Stick.</source>
        <translation>The disk is full. The file was not saved. Please free up some space or choose another location, for example a USB stick.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In diesem Ordner dürfen keine Dateien gespeichert werden. Bitte wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“.</source>
        <translation>Files may not be saved in this folder. Please choose another folder, for example “Documents”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diesen Ordner gibt es nicht (mehr), vielleicht wurde ein USB-Stick abgezogen. Bitte wählen Sie einen anderen Ordner.</source>
        <translation>This folder does not exist (any more); perhaps a USB stick was unplugged. Please choose another folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datei konnte nicht gespeichert werden ({detail}). Bitte wählen Sie einen anderen Ort.</source>
        <translation>The file could not be saved ({detail}). Please choose another location.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/session_form.py" line="+149"/>
        <source>– kein Ort –</source>
        <translation>– no location –</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/placement_dialog.py" line="+51"/>
        <source>noch offen</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch beschäftigt</source>
        <translation>still employed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht mehr beschäftigt</source>
        <translation>no longer employed</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vermittlung erfassen</source>
        <translation>Record placement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vermittlung</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Std. pro Woche</source>
        <translation> hrs per week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeitgeber*:</source>
        <translation>Employer*:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stelle:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn*:</source>
        <translation>Start*:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitszeit:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nach 3 Monaten:</source>
        <translation>After 3 months:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nach 6 Monaten:</source>
        <translation>After 6 months:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status auf „vermittelt“ setzen</source>
        <translation>Set status to “placed”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Austritt am Tag vor dem Beginn und Grund „Arbeitsaufnahme“, wenn dort noch nichts eingetragen ist.</source>
        <translation>Exit on the day before the start, with the reason “Arbeitsaufnahme” (job start), if nothing has been entered there yet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>erfragt am {date}</source>
        <translation>asked on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fällig seit {date}</source>
        <translation>due since {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fällig am {date}</source>
        <translation>due on {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein.</source>
        <translation>{text} is not a valid date. Please enter it as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Eingestellt</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herzlichen Glückwunsch! Möchten Sie die Vermittlung jetzt erfassen? Arbeitgeber, Stelle und Stunden sind schon eingetragen.</source>
        <translation>Congratulations! Would you like to record the placement now? Employer, position and hours are already filled in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vermittlung erfassen…</source>
        <translation>Record placement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Später</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/import_dialog.py" line="-362"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bereits vorhanden</source>
        <translation>already exists</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/print_buttons.py" line="+127"/>
        <source>Abbrechen</source>
        <extracomment>How long a build may run before the progress dialog appears.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{label}
{done} von {total}</source>
        <translation>{label}
{done} of {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>„{title}“ wird erstellt …</source>
        <translation>Creating “{title}” …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Vorschau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Drucken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Als PDF &amp;speichern…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Vorschau, Drucken oder als PDF speichern ({keys})</source>
        <translation>Preview, print or save as PDF ({keys})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vorschau, Drucken oder als PDF speichern</source>
        <translation>Preview, print or save as PDF</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/print_settings.py" line="+104"/>
        <source>Druckeinstellungen</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teilnahmebescheinigung</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheitsliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logos</source>
        <translation>Logos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Wortlaut:</source>
        <translation>&amp;Wording:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Vorschau mit Beispieldaten</source>
        <translation>Pre&amp;view with sample data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standardtext &amp;wiederherstellen</source>
        <translation>Restore &amp;default text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Platzhalter (Klick fügt ein):</source>
        <translation>&amp;Placeholders (click to insert):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fügt {{{key}}} an der Schreibmarke ein</source>
        <translation>Inserts {{{key}}} at the cursor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>besuchte Termine – wer weniger hat, wird bei den Bescheinigungen nicht vorausgewählt</source>
        <translation>sessions attended – anyone with fewer is not preselected for certificates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>z. B. Wetzlar</source>
        <translation>e.g. Wetzlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. Coach</source>
        <translation>e.g. Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. Projektleitung</source>
        <translation>e.g. Project lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mindestteilnahme:</source>
        <translation>&amp;Minimum attendance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort über den Unterschriften:</source>
        <translation>&amp;Town above the signatures:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterschrift &amp;links:</source>
        <translation>Signature &amp;left:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterschrift &amp;rechts:</source>
        <translation>Signature &amp;right:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frau, Herr oder nichts (wie im Datensatz)</source>
        <translation>Frau, Herr or nothing (as in the record)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vor- und Nachname</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsdatum (TT.MM.JJJJ)</source>
        <translation>Date of birth (DD.MM.YYYY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erster Tag der Teilnahme</source>
        <translation>first day of participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letzter Tag der Teilnahme</source>
        <translation>last day of participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name des Projekts</source>
        <translation>Name of the project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zahl der besuchten Termine</source>
        <translation>Number of sessions attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„1 Termin“ oder „12 Termine“</source>
        <translation>“1 session” or “12 sessions”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stunden der besuchten Termine</source>
        <translation>Hours of the sessions attended</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> Zeilen</source>
        <translation> rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spalten für &amp;Ankunft und Gehen</source>
        <translation>Columns for &amp;arrival and departure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leere Zeilen für Spontane:</source>
        <translation>&amp;Blank rows for walk-ins:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die Anwesenheitsliste nennt die angemeldeten Teilnehmenden mit Nachname und Vorname, darunter leere Zeilen für alle, die spontan kommen. Mit den Spalten für Ankunft und Gehen tragen Teilnehmende die Uhrzeiten selbst ein.</source>
        <translation>The sign-in sheet lists the registered participants by last name and first name, followed by blank rows for anyone who comes along spontaneously. With the columns for arrival and departure, participants write in the times themselves.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Die Logos stehen oben links und oben rechts auf jeder Seite der Anwesenheitslisten, Betreuungslisten und Bescheinigungen, z. B. das Logo des Trägers und das des Förderprogramms. Erlaubt sind PNG- und JPEG-Dateien. Sie werden beim Drucken von ihrem Ort gelesen, also lassen Sie die Datei dort liegen.</source>
        <translation>The logos appear at the top left and top right of every page of the sign-in sheets, childcare lists and certificates, e.g. the logo of the provider and that of the funding programme. PNG and JPEG files are allowed. They are read from their location when printing, so leave the file where it is.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logo links:</source>
        <translation>Left logo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logo rechts:</source>
        <translation>Right logo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auswählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>✓ Der Wortlaut ist in Ordnung.</source>
        <translation>✓ The wording is fine.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Teilnahmebescheinigung – Beispiel</source>
        <translation>Certificate of participation – sample</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nicht lesbar</source>
        <translation>not readable</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bitte korrigieren Sie zuerst den Wortlaut. Es wurde nichts gespeichert.</source>
        <translation>Please correct the wording first. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Es wurde nichts gespeichert.</source>
        <translation>Nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>ReasonDelegate</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/attendance_table.py" line="+103"/>
        <source>(kein Grund)</source>
        <translation>(no reason)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/lead_dialog.py" line="-216"/>
        <source>Hinweis verwerfen</source>
        <translation>Discard lead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{what}“ wird verworfen. Warum?</source>
        <translation>“{what}” will be discarded. Why?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bitte geben Sie einen Grund an.</source>
        <translation>Please give a reason.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/recovery.py" line="+32"/>
        <source>Zugang wiederherstellen</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geben Sie den Wiederherstellungsschlüssel vom Notfallblatt ein. Groß- und Kleinschreibung und Bindestriche spielen keine Rolle.</source>
        <translation>Enter the recovery key from the emergency sheet. Upper and lower case and hyphens do not matter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Der Schlüssel passt. Wählen Sie Ihr Konto und ein neues Passwort.</source>
        <translation>The key is correct. Choose your account and a new password.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Konto:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Weiter</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Passwort &amp;speichern</source>
        <translation>&amp;Save password</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/setup_wizard.py" line="+38"/>
        <source>Ihr Wiederherstellungsschlüssel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er wird nur dieses eine Mal angezeigt.</source>
        <translation>It is shown this one time only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mit diesem Schlüssel öffnen Sie die Daten, wenn alle Passwörter vergessen sind. Drucken Sie das Notfallblatt aus und schließen Sie es ein, z. B. im Projektbüro. Speichern Sie den Schlüssel nicht auf diesem Laptop.</source>
        <translation>This key opens the data if all passwords are forgotten. Print the emergency sheet and lock it away, e.g. in the project office. Do not save the key on this laptop.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Notfallblatt anzeigen und drucken …</source>
        <translation>&amp;Show and print emergency sheet …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ich habe den Schlüssel aufgeschrieben oder das Notfallblatt gedruckt.</source>
        <translation>I have written down the key or printed the emergency sheet.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/recovery_sheet.py" line="+26"/>
        <source>Notfallblatt</source>
        <translation>Emergency sheet</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/page_registry.py" line="+3"/>
        <location filename="../../gemeinsam_desktop/ui/pages/reports.py" line="+79"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/reports.py" line="+10"/>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bericht für JobCenter und Stadt</source>
        <translation>Report for the JobCenter and the City</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teilnehmende, Anwesenheit, Termine, Kinderbetreuung, Hinweise, Vermittlungen und Integrationsquote des Zeitraums – ohne Namen und ohne Inhalte aus Notizen.</source>
        <translation>Participants, attendance, sessions, childcare, leads, placements and integration rate for the period – without names and without anything from notes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dieser Monat</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzter Monat</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieses Quartal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letztes Quartal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektlaufzeit</source>
        <translation>Project duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigener Zeitraum</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zwischenbericht</source>
        <translation>&amp;Interim report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abschlussbericht</source>
        <translation>&amp;Final report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Namentliche Anlage anhängen (Namen, Kundennummern)</source>
        <translation>&amp;Attach named appendix (names, customer numbers)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achtung: Mit der Anlage enthält der Bericht personenbezogene Daten. Geben Sie ihn nur an die zuständige Stelle weiter und verschicken Sie ihn nicht per unverschlüsselter E-Mail.</source>
        <translation>Caution: with the appendix, the report contains personal data. Only pass it on to the responsible office and do not send it by unencrypted email.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Vorschau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zahlen exportieren (XLSX/CSV) …</source>
        <translation>&amp;Export figures (XLSX/CSV) …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bericht ansehen und drucken (Strg+Umschalt+P)</source>
        <translation>View and print the report (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+283"/>
        <source>Fehlzeitenbescheinigung</source>
        <translation>Absence report</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Für das JobCenter: je Person und Monat die Fehltage mit Code (E entschuldigt, UE unentschuldigt, K krank), Grund und Kundennummer.</source>
        <translation>For the JobCenter: each person’s days of absence per month, with code (E excused, UE unexcused, K ill), reason and customer number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monat:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teilnehmende:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vor&amp;schau</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als PD&amp;F speichern …</source>
        <translation>Save as P&amp;DF …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als &amp;CSV speichern …</source>
        <translation>Save as &amp;CSV …</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Es gibt noch kein Projekt.</source>
        <translation>There is no project yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alle Teilnehmenden</source>
        <translation>All participants</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bitte geben Sie einen gültigen Zeitraum an (TT.MM.JJJJ bis TT.MM.JJJJ).</source>
        <translation>Please enter a valid period (DD.MM.YYYY to DD.MM.YYYY).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Im Zeitraum: {people} Teilnehmende · {sessions} Termine · Anwesenheit {attendance} · Integrationsquote {quota} (Ziel {target}) · {placements} Vermittlungen</source>
        <translation>In this period: {people} participants · {sessions} sessions · attendance {attendance} · integration rate {quota} (target {target}) · {placements} placements</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte geben Sie einen gültigen Zeitraum an: zwei Tage als TT.MM.JJJJ, das Ende nicht vor dem Anfang.</source>
        <translation>Please enter a valid period: two dates as DD.MM.YYYY, with the end not before the start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeitraum fehlt</source>
        <translation>Period missing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Abschlussbericht</source>
        <translation>Final report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zwischenbericht</source>
        <translation>Interim report</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Zahlen exportieren</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Die Zahlen wurden gespeichert: {name}</source>
        <translation>The figures have been saved: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Fehlzeiten als CSV speichern</source>
        <translation>Save absences as CSV</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Die Fehlzeiten wurden gespeichert: {name}</source>
        <translation>The absences have been saved: {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/backup_dialogs.py" line="-265"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wählen Sie eine Sicherung. Vor dem Einspielen wird sie vollständig geprüft, und die jetzigen Daten werden im Ordner „sicherungen“ aufbewahrt. Danach melden Sie sich erneut an.</source>
        <translation>Choose a backup. It is fully checked before it is restored, and the current data is kept in the “sicherungen” folder. You then log in again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zustand</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Im Ordner „sicherungen“ liegt noch keine Sicherung.</source>
        <translation>There is no backup in the “sicherungen” folder yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Datei wählen …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>in Ordnung</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beschädigt</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherungen (*.sicherung);;Alle Dateien (*)</source>
        <translation>Backups (*.sicherung);;All files (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Die Sicherung wird geprüft …</source>
        <translation>Checking the backup …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sicherung vom {when}: {people} Teilnehmende, {notes} Notizen, {sessions} Termine.

Die jetzigen Daten werden durch diese Sicherung ersetzt. Sie bleiben im Ordner „sicherungen“ erhalten (als „vor-wiederherstellung-…“). Danach melden Sie sich erneut an.</source>
        <translation>Backup of {when}: {people} participants, {notes} notes, {sessions} sessions.

The current data will be replaced by this backup. It is kept in the “sicherungen” folder (as “vor-wiederherstellung-…”). You then log in again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sicherung wiederherstellen?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Sicherung wird eingespielt …</source>
        <translation>Restoring the backup …</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/retention.py" line="+39"/>
        <source>Aufbewahrungsfrist</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nach dem Projektende werden personenbezogene Daten nur so lange aufbewahrt, wie es nötig ist. Danach sind die Personen unten zum Löschen fällig; für die Berichte bleiben nur Zahlen ohne Namen.</source>
        <translation>After the project ends, personal data is kept only as long as necessary. After that, the people below are due for erasure; only figures without names remain for the reports.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Aufbewahren bis</source>
        <translation>&amp;Keep until</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Monate nach Projektende</source>
        <translation> months after project end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frist &amp;speichern</source>
        <translation>&amp;Save period</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nur die Projektleitung kann die Frist ändern und löschen.</source>
        <translation>Only the project lead can change the period and erase data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle auswählen</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausgewählte löschen…</source>
        <translation>Erase selected…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} – Projekt „{project}“, Ende {end}</source>
        <translation>{name} – project “{project}”, ended {end}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zum Löschen fällig: 1 Person.</source>
        <translation>Due for erasure: 1 person.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Zum Löschen fällig: %n Personen.</source>
        <translation>
            <numerusform>Due for erasure: %n person.</numerusform>
            <numerusform>Due for erasure: %n people.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zurzeit ist niemand zum Löschen fällig.</source>
        <translation>Nobody is due for erasure at the moment.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>1 Person endgültig löschen?</source>
        <translation>Permanently erase 1 person?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Personen endgültig löschen?</source>
        <translation>
            <numerusform>Permanently erase %n person?</numerusform>
            <numerusform>Permanently erase %n people?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gelöscht werden Namen, Kontaktdaten, Kinder, Einwilligungen, Coaching-Notizen, Vereinbarungen und Hinweise auf Stellen. Ohne Namen bleiben Anwesenheiten und Arbeitsaufnahmen für die Berichte erhalten. Das kann nicht rückgängig gemacht werden.</source>
        <translation>Names, contact details, children, consents, coaching notes, agreements and job leads will be erased. Attendance and job starts are kept for the reports, without names. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endgültig löschen</source>
        <translation>Erase permanently</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/models/roster_model.py" line="+111"/>
        <source>Name</source>
        <extracomment>stable names for the columns (stored in the preferences, never shown) from this many unexcused absences in a row the rate cell warns sort key of a column; None sorts last in both orders</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betreuung</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eintritt</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzte
Teilnahme</source>
        <translation>Last
attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilnahme</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offene
Vereinbarungen</source>
        <translation>Open
agreements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nachname, Vorname</source>
        <translation>Last name, first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand der Teilnahme</source>
        <translation>Participation status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter in Jahren</source>
        <translation>Age in years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anzahl der Kinder und ihr Alter in Jahren</source>
        <translation>Number of children and their ages in years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder, die während der Termine betreut werden</source>
        <translation>Children who receive childcare during sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eintrittsdatum</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzter Termin, bei dem die Person anwesend war</source>
        <translation>Last session the person attended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteil der vergangenen Termine seit dem Eintritt, bei denen die Person da war</source>
        <translation>Share of past sessions since entry that the person attended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vereinbarungen, die noch offen sind</source>
        <translation>Agreements that are still open</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>Kundennummer: {number}</source>
        <translation>Customer number: {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archiviert</source>
        <translation>archived</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keine Kinder eingetragen</source>
        <translation>no children entered</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Kind(er), Alter: {ages}</source>
        <translation>
            <numerusform>%n child, age: {ages}</numerusform>
            <numerusform>%n children, ages: {ages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kein Kind braucht Betreuung während der Termine.</source>
        <translation>No child needs childcare during sessions.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Kind(er) brauchen Betreuung während der Termine.</source>
        <translation>
            <numerusform>%n child needs childcare during sessions.</numerusform>
            <numerusform>%n children need childcare during sessions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}, archiviert</source>
        <translation>{status}, archived</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch bei keinem Termin anwesend</source>
        <translation>Has not attended any session yet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n Mal in Folge unentschuldigt gefehlt. Bitte nachfragen.</source>
        <translation>
            <numerusform>Absent without excuse %n time in a row. Please follow up.</numerusform>
            <numerusform>Absent without excuse %n times in a row. Please follow up.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Noch kein vergangener Termin erfasst</source>
        <translation>No past session recorded yet</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/search_dialog.py" line="+214"/>
        <source>Notizen und Vereinbarungen durchsuchen</source>
        <translation>Search notes and agreements</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suchen in Notizen und Vereinbarungen …</source>
        <translation>Search in notes and agreements …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suchbegriff</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Treffer</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>↑/↓ wählen, Eingabe öffnet die Akte.</source>
        <translation>↑/↓ to select, Enter opens the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Suchbegriff eingeben – gesucht wird in allen sichtbaren Notizen.</source>
        <translation>Enter a search term – all visible notes are searched.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Treffer</source>
        <translation>No results</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Die ersten %n Treffer – für weniger Treffer genauer suchen.</source>
        <translation>
            <numerusform>The first %n result – search more precisely for fewer results.</numerusform>
            <numerusform>The first %n results – search more precisely for fewer results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location line="-198"/>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/backup_dialogs.py" line="-208"/>
        <source>Sicherung entsperren</source>
        <translation>Unlock backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diese Sicherung stammt aus einem anderen Datenbestand. Geben Sie ein Passwort oder den Wiederherstellungsschlüssel dieser Sicherung ein.</source>
        <translation>This backup comes from a different data set. Enter a password or the recovery key of this backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwort oder Wiederherstellungsschlüssel</source>
        <translation>Password or recovery key</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Prüfen</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/series_dialog.py" line="+63"/>
        <source>Terminserie bearbeiten</source>
        <translation>Edit series</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neue Terminserie</source>
        <translation>New series</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>z. B. Bewerbungsmappe</source>
        <translation>e.g. application portfolio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>– niemand –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>ohne Begrenzung</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kinderbetreuung &amp;angeboten</source>
        <translation>Childcare &amp;offered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plätze: </source>
        <translation>Places: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Feiertage in Hessen überspringen</source>
        <translation>Skip public &amp;holidays in Hesse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle aktiven Teilnehmenden &amp;einladen</source>
        <translation>&amp;Invite all active participants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Termine ab heute ({day})</source>
        <translation>Sessions from today ({day})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Termine der Serie</source>
        <translation>All sessions in the series</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;rt:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thema:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wochentag und Zeit:</source>
        <translation>&amp;Weekday and time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort und Raum:</source>
        <translation>&amp;Location and room:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plätze:</source>
        <translation>Pl&amp;aces:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ä&amp;nderung gilt für:</source>
        <translation>Cha&amp;nge applies to:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Serie anlegen</source>
        <translation>Create &amp;series</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+16"/>
        <source>In diesem Zeitraum liegt kein Termin.</source>
        <translation>There is no session in this period.</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n Termine</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n Feiertage übersprungen</source>
        <translation>
            <numerusform>%n public holiday skipped</numerusform>
            <numerusform>%n public holidays skipped</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vom {first} bis {last}</source>
        <translation>from {first} to {last}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das Ende muss nach dem Beginn liegen.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der letzte Termin liegt vor dem ersten.</source>
        <translation>The last session is before the first.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/session_dialog.py" line="+77"/>
        <source>Termin bearbeiten</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neuer Termin</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>z. B. Bewerbungsmappe</source>
        <translation>e.g. application portfolio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>– niemand –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>ohne Begrenzung</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kinderbetreuung &amp;angeboten</source>
        <translation>Childcare &amp;offered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plätze: </source>
        <translation>Places: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Termin fällt a&amp;us</source>
        <translation>Session ca&amp;ncelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grund, z. B. Coach erkrankt</source>
        <translation>Reason, e.g. coach is ill</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;rt:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thema:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum und Zeit:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort und Raum:</source>
        <translation>&amp;Location and room:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plätze:</source>
        <translation>Pl&amp;aces:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absage:</source>
        <translation>Cancellation:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weitere Coaches:</source>
        <translation>Other coaches:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Löschen</source>
        <translation>D&amp;elete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Dieser Termin gehört zu einer wöchentlichen Terminserie. Beim Speichern fragen wir, ob die Änderung nur für ihn gilt.</source>
        <translation>This session belongs to a weekly series. When you save, you will be asked whether the change applies to this session only.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Das Ende muss nach dem Beginn liegen.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der {day} ist ein Feiertag in Hessen: {name}.</source>
        <translation>{day} is a public holiday in Hesse: {name}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trotzdem speichern?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möchten Sie den Termin trotzdem speichern?</source>
        <translation>Do you want to save the session anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminserie ändern</source>
        <translation>Change series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieser Termin gehört zu einer Terminserie. Wofür soll die Änderung gelten?</source>
        <translation>This session belongs to a series. What should the change apply to?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nur diesen Termin</source>
        <translation>This session only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diesen und alle folgenden</source>
        <translation>This and all following</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Termine der Serie</source>
        <translation>All sessions in the series</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Termin löschen?</source>
        <translation>Delete session?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den Termin am {day} mit allen Einladungen löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Delete the session on {day} with all its invitations? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/session_form.py" line="-44"/>
        <source>Raum „{room}“ ist schon belegt: {what}, {when}</source>
        <translation>Room “{room}” is already booked: {what}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} hat zur selben Zeit einen Termin: {what}, {when}</source>
        <translation>{name} has a session at the same time: {what}, {when}</translation>
    </message>
</context>
<context>
    <name>SessionSheetDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/session_sheet.py" line="+88"/>
        <location line="+10"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+215"/>
        <source>Kinderbetreuung</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>fällt aus</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>erwartet</source>
        <translation>expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tasten: A anwesend · V verspätet · E entschuldigt · K krank · U unentschuldigt</source>
        <translation>Keys: A present · V late · E excused · K ill · U unexcused</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Pfeiltasten wechseln die Zeile; ein Buchstabe trägt den Status ein und springt zur nächsten Zeile. F2 oder Doppelklick bearbeitet ein Feld, Entf leert es.</source>
        <translation>The arrow keys change the row; a letter enters the status and moves to the next row. F2 or double-click edits a field, Del clears it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entfernen …</source>
        <translation>Remove …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die markierte Person aus diesem Termin entfernen</source>
        <translation>Remove the selected person from this session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teilnehmende hinzufügen …</source>
        <translation>Add participants …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Für diesen Termin ist noch niemand angemeldet. Mit „Teilnehmende hinzufügen …“ tragen Sie ein, wer gekommen ist.</source>
        <translation>Nobody is registered for this session yet. Use “Add participants …” to enter who came.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Änderungen werden sofort gespeichert.</source>
        <translation>Changes are saved immediately.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anwesenheitsliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betreuungsliste</source>
        <translation>Childcare list</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Anwesenheit – {kind}, {day}</source>
        <translation>Attendance – {kind}, {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} · {start}–{end} Uhr</source>
        <translation>{day} · {start}–{end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feiertag: {name}</source>
        <translation>Public holiday: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bei {employer}</source>
        <translation>at {employer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leitung: {names}</source>
        <translation>Led by: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Termin fällt aus: Es kann niemand dazukommen.</source>
        <translation>The session is cancelled: nobody can be added.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fällt aus: {reason}</source>
        <translation>cancelled: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kinderbetreuung ({count})</source>
        <translation>Childcare ({count})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ gespeichert ({time})</source>
        <translation>✓ saved ({time})</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aus diesem Termin entfernen …</source>
        <translation>Remove from this session …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aus dem Termin entfernen?</source>
        <translation>Remove from the session?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} wird aus diesem Termin entfernt. Was für diesen Termin eingetragen ist (Status, Zeiten, Notiz, Kinderbetreuung), geht dabei verloren.</source>
        <translation>{name} will be removed from this session. Everything entered for this session (status, times, note, childcare) will be lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/page_registry.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/pages/settings.py" line="+34"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/settings.py" line="+5"/>
        <source>Bedienung</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nie</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>nach %n Minute(n)</source>
        <translation>
            <numerusform>after %n minute</numerusform>
            <numerusform>after %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatisch &amp;sperren:</source>
        <translation>Auto-loc&amp;k:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mit Strg+L sperren Sie die Anwendung jederzeit sofort.</source>
        <translation>Press Ctrl+L to lock the app immediately at any time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anmeldung und Schlüssel</source>
        <translation>Login and keys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passwort ändern …</source>
        <translation>Change &amp;password …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neuen &amp;Wiederherstellungsschlüssel …</source>
        <translation>New &amp;recovery key …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coach-Konten</source>
        <translation>Coach accounts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coach &amp;hinzufügen …</source>
        <translation>&amp;Add coach …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Konto &amp;entfernen …</source>
        <translation>R&amp;emove account …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Konten verwaltet die Projektleitung.</source>
        <translation>Accounts are managed by the project lead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Protokoll zeigt, wer welche Datensätze angesehen, geändert, exportiert oder gelöscht hat. Nach Projektende werden Daten nach der Aufbewahrungsfrist gelöscht oder das ganze Projekt anonymisiert.</source>
        <translation>The audit log shows who viewed, changed, exported or erased which records. After the project ends, data is erased once the retention period is over, or the whole project is anonymised.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protokoll an&amp;zeigen …</source>
        <translation>Show audit lo&amp;g …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Aufbewahrung prüfen …</source>
        <translation>Review re&amp;tention …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projekt an&amp;onymisieren …</source>
        <translation>Anonymi&amp;se project …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Orte, Räume und Vorlagen</source>
        <translation>Locations, rooms and templates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wo Termine stattfinden (Rathaus, Nachbarschaftszentrum Westend und weitere) und mit welchen Vorlagen Coaching-Notizen beginnen.</source>
        <translation>Where sessions take place (town hall, Westend neighbourhood centre and others) and which templates coaching notes start with.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orte und &amp;Räume verwalten …</source>
        <translation>Manage locations and &amp;rooms …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorlagen für &amp;Notizen …</source>
        <translation>&amp;Note templates …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drucken</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wortlaut und Mindestteilnahme der Teilnahmebescheinigung, Leerzeilen der Anwesenheitsliste und die beiden Logos im Kopf jedes Dokuments.</source>
        <translation>Wording and minimum attendance for the certificate of participation, blank rows on the sign-in sheet and the two logos in the header of every document.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Druckeinstellungen …</source>
        <translation>&amp;Print settings …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Datenordner</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hier liegen die verschlüsselte Datenbank, die Schlüsseldatei und die Sicherungen. Ohne Passwort oder Wiederherstellungsschlüssel kann niemand die Daten lesen.</source>
        <translation>This folder holds the encrypted database, the key file and the backups. Without a password or the recovery key, nobody can read the data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ordner ö&amp;ffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Der Schlüssel ist auf diesem Computer gemerkt: die Anwendung öffnet sich ohne Passwort.</source>
        <translation>The key is remembered on this computer: the app opens without a password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beim Öffnen wird nach dem Passwort gefragt.</source>
        <translation>The app asks for the password when it opens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf diesem Computer &amp;vergessen</source>
        <translation>&amp;Forget on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf diesem Computer &amp;merken</source>
        <translation>Re&amp;member on this computer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(Sie)</source>
        <translation>(you)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ihr Passwort wurde geändert.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte wählen Sie zuerst ein Konto in der Liste.</source>
        <translation>Please select an account in the list first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Konto entfernen</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Das Konto „{name}“ kann sich danach nicht mehr anmelden. Notizen und Einträge der Person bleiben erhalten.</source>
        <translation>The account “{name}” will no longer be able to log in. The person&apos;s notes and entries are kept.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Neuer Wiederherstellungsschlüssel</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der bisherige Schlüssel (auf dem alten Notfallblatt) funktioniert danach nicht mehr. Sie drucken gleich ein neues Notfallblatt.</source>
        <translation>The current key (on the old emergency sheet) will stop working. You will print a new emergency sheet next.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neuen Schlüssel erzeugen</source>
        <translation>Create new key</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/setup_wizard.py" line="+64"/>
        <source>Gemeinsam Desktop einrichten</source>
        <translation>Set up Gemeinsam Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stattdessen aus einer &amp;Sicherung wiederherstellen …</source>
        <translation>&amp;Restore from a backup instead …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Weiter</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zurück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fertig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/templates.py" line="+35"/>
        <source>Vorlagen für Notizen</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, z. B. Standortbestimmung</source>
        <translation>Name, e.g. Assessment of current situation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text der Vorlage (Markdown: **fett**, - Liste)</source>
        <translation>Template text (Markdown: **bold**, - list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Neue Vorlage</source>
        <translation>&amp;New template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Vorlage löschen</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Vorlage „{name}“ wird gelöscht. Notizen, die mit ihr geschrieben wurden, bleiben.</source>
        <translation>The template “{name}” will be deleted. Notes written with it are kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/unlock_window.py" line="+60"/>
        <source>Die Daten sind gesperrt. Bitte geben Sie Ihr Passwort ein.</source>
        <translation>The data is locked. Please enter your password.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auf diesem Computer &amp;merken</source>
        <translation>Re&amp;member on this computer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Passwort vergessen?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Bitte %n Sekunden warten</source>
        <translation>
            <numerusform>Please wait %n second</numerusform>
            <numerusform>Please wait %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Einen Moment …</source>
        <translation>One moment …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Die Sicherung ist eingespielt. Bitte melden Sie sich an.</source>
        <translation>The backup has been restored. Please log in.</translation>
    </message>
</context>
<context>
    <name>WalkInPicker</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/walk_in_picker.py" line="+43"/>
        <source>Teilnehmende hinzufügen</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die gewählten Personen werden zu diesem Termin eingeladen.</source>
        <translation>The selected people are invited to this session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wer ohne Anmeldung gekommen ist, wird in die Liste aufgenommen und als anwesend eingetragen.</source>
        <translation>Anyone who came without registering is added to the list and marked as present.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name, Kundennummer oder Telefon …</source>
        <translation>Name, customer number or phone …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Auch zu allen weiteren Terminen der &amp;Serie einladen</source>
        <translation>Also invite to all further sessions of the &amp;series</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alle Teilnehmenden des Projekts stehen schon auf der Liste.</source>
        <translation>All participants in the project are already on the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niemand passt zu „{text}“.</source>
        <translation>Nobody matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/week_view.py" line="+32"/>
        <source>Wochenansicht</source>
        <translation>Week view</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/setup_wizard.py" line="-195"/>
        <source>Willkommen bei Gemeinsam Desktop</source>
        <translation>Welcome to Gemeinsam Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In wenigen Schritten ist alles eingerichtet.</source>
        <translation>Everything is set up in a few steps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>z. B. Anna Beispiel</source>
        <translation>e.g. Anna Beispiel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alle Daten der Teilnehmenden bleiben auf diesem Computer, verschlüsselt. Sie legen jetzt das erste Konto an – für die Projektleitung. Weitere Coaches fügen Sie später unter Einstellungen hinzu.</source>
        <translation>All participant data stays on this computer, encrypted. You are now creating the first account – for the project lead. You can add more coaches later under Settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;rojekt:</source>
        <translation>P&amp;roject:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihr &amp;Name:</source>
        <translation>Your na&amp;me:</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/accounts.py" line="-71"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/models/attendance_model.py" line="-347"/>
        <source>Kind krank</source>
        <extracomment>the order the status combo offers</extracomment>
        <translation>Child ill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betreuung ausgefallen</source>
        <translation>Childcare cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin beim JobCenter</source>
        <translation>Appointment at the JobCenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorstellungsgespräch</source>
        <translation>Job interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>erwartet</source>
        <translation>expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verspätet</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entschuldigt (E)</source>
        <translation>excused (E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>krank (K)</source>
        <translation>ill (K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unentschuldigt (UE)</source>
        <translation>unexcused (UE)</translation>
    </message>
</context>
<context>
    <name>calendar_views</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/widgets/calendar_views.py" line="+171"/>
        <source>Raum doppelt belegt: {room}</source>
        <translation>Room double-booked: {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coach doppelt gebucht: {name}</source>
        <translation>Coach double-booked: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feiertag: {name}</source>
        <translation>Public holiday: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fällt aus</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>childcare</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/widgets/childcare_panel.py" line="+21"/>
        <source>Für diesen Termin ist keine Kinderbetreuung vorgesehen, es sind aber %n Kind(er) angemeldet.</source>
        <translation>
            <numerusform>No childcare is planned for this session, but %n child is registered.</numerusform>
            <numerusform>No childcare is planned for this session, but %n children are registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Es sind %n Kind(er) angemeldet, die Betreuung hat Platz für {capacity}.</source>
        <translation>
            <numerusform>%n child is registered; childcare has room for {capacity}.</numerusform>
            <numerusform>%n children are registered; childcare has room for {capacity}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gemeinsam_desktop/errors.py" line="+26"/>
        <source>Ein unerwarteter Fehler ist aufgetreten.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Das Passwort ist falsch. Bitte prüfen Sie die Feststelltaste und versuchen Sie es noch einmal. Wenn Sie es vergessen haben, nutzen Sie den Wiederherstellungsschlüssel vom Notfallblatt.</source>
        <translation>The password is wrong. Please check the Caps Lock key and try again. If you have forgotten it, use the recovery key from the emergency sheet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dieser Wiederherstellungsschlüssel passt nicht zu diesen Daten. Bitte vergleichen Sie ihn Zeichen für Zeichen mit dem Notfallblatt.</source>
        <translation>This recovery key does not match this data. Please compare it character by character with the emergency sheet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Datenbank ist beschädigt oder unvollständig ({detail}). Sie wurde nicht verändert. Bitte spielen Sie die neueste Sicherung ein oder wenden Sie sich an die Projektleitung.</source>
        <translation>The database is damaged or incomplete ({detail}). It has not been changed. Please restore the latest backup or contact the project lead.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte schließen Sie es und versuchen Sie es erneut.</source>
        <translation>The database is in use by another program. Please close it and try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diese Daten sind bereits in einem anderen Fenster von Gemeinsam Desktop geöffnet. Bitte arbeiten Sie dort weiter oder schließen Sie das andere Fenster zuerst.</source>
        <translation>This data is already open in another Gemeinsam Desktop window. Please continue there or close the other window first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Speicherplatz ist voll. Es wurde nichts geändert. Bitte schaffen Sie Platz auf dem Datenträger (z. B. alte Downloads löschen) und versuchen Sie es erneut.</source>
        <translation>The disk is full. Nothing has been changed. Please free up space on the drive (e.g. delete old downloads) and try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diese Daten wurden mit einer neueren Version von Gemeinsam Desktop geschrieben. Bitte installieren Sie die neueste Version.</source>
        <translation>This data was written by a newer version of Gemeinsam Desktop. Please install the latest version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diese Datei ist keine Datenbank von Gemeinsam Desktop. Es wurde nichts verändert.</source>
        <translation>This file is not a Gemeinsam Desktop database. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Im Datenordner {path} gibt es noch keine Daten. Richten Sie sie mit „gemeinsam-desktop init“ oder über den Einrichtungsassistenten ein.</source>
        <translation>There is no data in the data folder {path} yet. Set it up with “gemeinsam-desktop init” or with the setup wizard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Im Datenordner {path} gibt es bereits Daten. Es wird kein neuer Schlüssel darüber angelegt.</source>
        <translation>The data folder {path} already contains data. No new key will be created over it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Schlüsseldatei ist beschädigt oder fehlt ({detail}). Die Daten selbst sind unverändert. Bitte spielen Sie die Schlüsseldatei aus einer Sicherung ein.</source>
        <translation>The key file is damaged or missing ({detail}). The data itself is unchanged. Please restore the key file from a backup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Schlüsselbund dieses Computers ist nicht verfügbar. Bitte melden Sie sich mit Ihrem Passwort an.</source>
        <translation>This computer&apos;s keychain is not available. Please log in with your password.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das Passwort ist zu kurz. Bitte wählen Sie mindestens {min_length} Zeichen, am besten einen Satz aus mehreren Wörtern.</source>
        <translation>The password is too short. Please use at least {min_length} characters, ideally a sentence of several words.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Datenbank ist beschädigt oder unvollständig ({detail}). Sie wurde nicht geöffnet und nicht verändert. Bitte spielen Sie die neueste Sicherung ein.</source>
        <translation>The database is damaged or incomplete ({detail}). It has not been opened or changed. Please restore the latest backup.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Sicherung „{name}“ ist beschädigt oder unvollständig ({detail}). Sie wird nicht verwendet; es wurde nichts verändert. Bitte wählen Sie eine andere Sicherung.</source>
        <translation>The backup “{name}” is damaged or incomplete ({detail}). It will not be used; nothing has been changed. Please choose another backup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Datei „{name}“ ist keine Sicherung von Gemeinsam Desktop. Es wurde nichts verändert.</source>
        <translation>The file “{name}” is not a Gemeinsam Desktop backup. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diese Sicherung stammt aus einem anderen Datenbestand. Bitte geben Sie ein Passwort oder den Wiederherstellungsschlüssel dieser Sicherung ein.</source>
        <translation>This backup comes from a different data set. Please enter a password or the recovery key of this backup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das Passwort oder der Wiederherstellungsschlüssel passt nicht zu dieser Sicherung. Es wurde nichts verändert.</source>
        <translation>The password or recovery key does not match this backup. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Sicherung konnte nicht in {path} gespeichert werden ({detail}). Bitte prüfen Sie, ob der USB-Stick eingesteckt ist und Platz hat, und versuchen Sie es erneut.</source>
        <translation>The backup could not be saved to {path} ({detail}). Please check that the USB stick is plugged in and has space, and try again.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/accounts.py" line="+25"/>
        <source>Nur die Projektleitung kann Coach-Konten anlegen oder entfernen.</source>
        <translation>Only the project lead can add or remove coach accounts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Es gibt bereits ein Konto mit dem Namen „{name}“.</source>
        <translation>There is already an account named “{name}”.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sie können Ihr eigenes Konto nicht entfernen.</source>
        <translation>You cannot remove your own account.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/workspace.py" line="+68"/>
        <source>Bitte geben Sie einen Namen ein.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Name ist zu lang (höchstens 120 Zeichen).</source>
        <translation>The name is too long (120 characters at most).</translation>
    </message>
    <message>
        <location line="+230"/>
        <location filename="../../gemeinsam_desktop/store/database.py" line="+223"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Die Daten sind gesperrt. Bitte melden Sie sich erneut an.</source>
        <translation>The data is locked. Please log in again.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/store/vault.py" line="+363"/>
        <source>Dieses Passwort benutzt bereits ein anderes Konto. Bitte wählen Sie ein eigenes Passwort.</source>
        <translation>Another account already uses this password. Please choose a password of your own.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Das letzte Konto mit Passwort kann nicht entfernt werden.</source>
        <translation>The last account with a password cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/demo.py" line="+232"/>
        <source>Die Demodaten sind bereits eingetragen.</source>
        <translation>The demo data has already been added.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/audit.py" line="+117"/>
        <source>Nur die Projektleitung kann das Protokoll einsehen.</source>
        <translation>Only the project lead can view the audit log.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/exporting.py" line="+79"/>
        <source>Die Spalte „{column}“ gibt es nicht. Möglich sind: {allowed}.</source>
        <translation>There is no column “{column}”. Possible columns: {allowed}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte wählen Sie mindestens eine Spalte aus.</source>
        <translation>Please select at least one column.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte wählen Sie einen Dateinamen, der auf .csv oder .xlsx endet.</source>
        <translation>Please choose a file name that ends in .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/absences.py" line="+121"/>
        <source>„{text}“ ist kein gültiger Monat. Bitte als JJJJ-MM angeben, z. B. 2026-06.</source>
        <translation>“{text}” is not a valid month. Please enter it as YYYY-MM, e.g. 2026-06.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../gemeinsam_desktop/services/exporting.py" line="+9"/>
        <location filename="../../gemeinsam_desktop/services/figures.py" line="+325"/>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="+631"/>
        <location line="+60"/>
        <source>Ein Projekt mit der Nummer {id} gibt es nicht.</source>
        <translation>There is no project with number {id}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diese Person gibt es in diesem Projekt nicht.</source>
        <translation>This person does not exist in this project.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/exporting.py" line="+149"/>
        <source>Die Datei „{name}“ kann nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner (zum Beispiel „Dokumente“) oder schließen Sie die Datei in Excel.</source>
        <translation>The file “{name}” cannot be written. Please choose another folder (for example “Documents”) or close the file in Excel.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/tables.py" line="+47"/>
        <source>Die Datei „{name}“ ist zu groß für eine Teilnehmendenliste (mehr als 50 MB).</source>
        <translation>The file “{name}” is too large for a participant list (more than 50 MB).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Datei „{name}“ gibt es nicht.</source>
        <translation>The file “{name}” does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei „{name}“ lässt sich nicht lesen. Bitte schließen Sie sie in anderen Programmen und versuchen Sie es erneut.</source>
        <translation>The file “{name}” cannot be read. Please close it in other programs and try again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Das ist eine Excel-Datei im alten Format (.xls). Bitte speichern Sie sie in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV (Trennzeichen-getrennt)“.</source>
        <translation>This is an Excel file in the old format (.xls). Please save it in Excel as “Excel Workbook (.xlsx)” or as “CSV (Comma delimited)”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Die Datei ist keine Tabelle, die sich lesen lässt. Bitte wählen Sie eine CSV-Datei oder eine Excel-Arbeitsmappe (.xlsx). Es wurde nichts verändert.</source>
        <translation>The file is not a readable spreadsheet. Please choose a CSV file or an Excel workbook (.xlsx). Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+32"/>
        <source>Die Datei ist leer.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="-427"/>
        <source>In der Datei fehlt die Spalte „{column}“. Gefundene Spalten: {found}. Bitte ordnen Sie eine Spalte zu oder ergänzen Sie die Überschrift. Es wurde nichts importiert.</source>
        <translation>The file has no column “{column}”. Columns found: {found}. Please match a column or add the heading. Nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/employer_import.py" line="+180"/>
        <source>„{field}“: „{value}“ ist kein bekanntes Angebot (möglich: Betriebsbesichtigung, Praktikum, Fragerunde).</source>
        <translation>“{field}”: “{value}” is not a known offer (possible: Betriebsbesichtigung, Praktikum, Fragerunde, or tour, internship).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="+83"/>
        <source>„{field}“ sieht aus wie eine Excel-Formel („{start}“) und wird nicht übernommen.</source>
        <translation>“{field}” looks like an Excel formula (“{start}”) and is not imported.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Telefon oder E-Mail ohne Ansprechperson.</source>
        <translation>Phone or email without a contact person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Name des Arbeitgebers fehlt.</source>
        <translation>The employer’s name is missing.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In der Datei fehlt die Spalte „Name“ (des Arbeitgebers). Gefundene Spalten: {found}. Bitte ergänzen Sie die Überschrift. Es wurde nichts importiert.</source>
        <translation>The file has no “Name” column (for the employer). Columns found: {found}. Please add the heading. Nothing has been imported.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Doppelt in der Datei: derselbe Arbeitgeber steht in Zeile {line}.</source>
        <translation>Duplicate in the file: the same employer is in row {line}.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="+32"/>
        <source>Der Nachname fehlt.</source>
        <translation>The last name is missing.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>„{field}“: „{value}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ angeben, z. B. 08.02.1995.</source>
        <translation>“{field}”: “{value}” is not a valid date. Please use DD.MM.YYYY, e.g. 08.02.1995.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>„{field}“: „{value}“ ist kein Geburtsmonat. Bitte z. B. „2016-10“ oder „10/2016“ schreiben, mehrere Kinder mit Komma getrennt.</source>
        <translation>“{field}”: “{value}” is not a birth month. Please write e.g. “2016-10” or “10/2016”, with several children separated by commas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>„{field}“: „{value}“ ist weder ja noch nein (erlaubt: ja, nein, x, 1, 0).</source>
        <translation>“{field}”: “{value}” is neither yes nor no (allowed: ja, nein, x, 1, 0).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>„{field}“: „{value}“ ist keine Zahl.</source>
        <translation>“{field}”: “{value}” is not a number.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>„{field}“: „{value}“ ist kein Status (erlaubt: {allowed}).</source>
        <translation>“{field}”: “{value}” is not a status (allowed: {allowed}).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Doppelt in der Datei: dieselbe Person steht schon in Zeile {line}.</source>
        <translation>Duplicate in the file: the same person is already in row {line}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Es gibt kein laufendes Projekt. Bitte legen Sie eines an.</source>
        <translation>There is no current project. Please create one.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/employer_import.py" line="+23"/>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="+39"/>
        <source>Fehlerhafte Zeilen: {count}. Es wurde nichts importiert. Bitte korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen.</source>
        <translation>Invalid rows: {count}. Nothing has been imported. Please correct the file or skip the invalid rows.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/attendance.py" line="+317"/>
        <source>Bei diesem Termin gibt es keine Kinderbetreuung.</source>
        <translation>There is no childcare at this session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Person war nicht da: Es können keine Kinder betreut worden sein.</source>
        <translation>The person was not there, so no children can have been in childcare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mindestens eines der gewählten Kinder gehört nicht zu dieser Person.</source>
        <translation>At least one of the selected children does not belong to this person.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../gemeinsam_desktop/services/leads.py" line="+124"/>
        <location filename="../../gemeinsam_desktop/services/matching.py" line="+183"/>
        <location filename="../../gemeinsam_desktop/services/notes.py" line="+165"/>
        <location filename="../../gemeinsam_desktop/services/placements.py" line="+191"/>
        <location line="+138"/>
        <location filename="../../gemeinsam_desktop/services/privacy.py" line="+111"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+304"/>
        <location line="+124"/>
        <source>Diese Person gibt es nicht mehr (gelöscht).</source>
        <translation>This person no longer exists (erased).</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Einen Grund oder eine Krankmeldung gibt es nur bei „entschuldigt“ oder „krank“.</source>
        <translation>A reason or a sick note only applies to “excused” or “ill”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ankunfts- und Gehzeit gibt es nur bei „anwesend“ oder „verspätet“.</source>
        <translation>Arrival and departure times only apply to “present” or “late”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Die Gehzeit ({left}) muss nach der Ankunftszeit ({arrived}) liegen.</source>
        <translation>The departure time ({left}) must be after the arrival time ({arrived}).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Mindestens eine der gewählten Personen gehört nicht zu diesem Projekt oder wurde gelöscht.</source>
        <translation>At least one of the selected people does not belong to this project or has been deleted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../gemeinsam_desktop/services/notes.py" line="+81"/>
        <source>Diesen Termin gibt es nicht mehr.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diese Anmeldung gibt es nicht mehr (entfernt).</source>
        <translation>This registration no longer exists (removed).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dieser Termin ist abgesagt. Bitte wählen Sie einen anderen.</source>
        <translation>This session is cancelled. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/privacy.py" line="+334"/>
        <source>Nur die Projektleitung kann Personen endgültig löschen.</source>
        <translation>Only the project lead can permanently erase people.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nur die Projektleitung kann ein Projekt anonymisieren.</source>
        <translation>Only the project lead can anonymise a project.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dieses Projekt gibt es nicht.</source>
        <translation>This project does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für das Projekt „{name}“ ist kein Projektende eingetragen. Anonymisieren ist erst nach dem Projektende möglich.</source>
        <translation>No end date has been entered for the project “{name}”. A project can only be anonymised after it has ended.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Das Projekt „{name}“ endet erst am {date}. Anonymisieren ist erst nach dem Projektende möglich.</source>
        <translation>The project “{name}” does not end until {date}. A project can only be anonymised after it has ended.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Nur die Projektleitung kann die Aufbewahrungsfrist ändern.</source>
        <translation>Only the project lead can change the retention period.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Aufbewahrungsfrist muss zwischen {lo} und {hi} Monaten liegen.</source>
        <translation>The retention period must be between {lo} and {hi} months.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="-266"/>
        <source>Bitte geben Sie einen Projektnamen ein.</source>
        <translation>Please enter a project name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Projektende liegt vor dem Projektbeginn.</source>
        <translation>The project end is before the project start.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Bitte geben Sie einen Nachnamen ein.</source>
        <translation>Please enter a last name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Das Geburtsdatum {date} ist nicht möglich. Bitte prüfen Sie Tag, Monat und Jahr.</source>
        <translation>The date of birth {date} is not possible. Please check the day, month and year.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das Austrittsdatum liegt vor dem Eintrittsdatum.</source>
        <translation>The exit date is before the entry date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„Arbeitslos seit“ liegt in der Zukunft.</source>
        <translation>“Unemployed since” is in the future.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wochenstunden müssen zwischen 0 und 60 liegen.</source>
        <translation>Hours per week must be between 0 and 60.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die E-Mail-Adresse „{email}“ ist nicht gültig.</source>
        <translation>The email address “{email}” is not valid.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Der Geburtsmonat eines Kindes ({month:02d}/{year}) ist nicht möglich.</source>
        <translation>A child’s birth month ({month:02d}/{year}) is not possible.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Der Widerruf liegt vor der Einwilligung.</source>
        <translation>The withdrawal is before the consent.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Es gibt bereits eine Person mit diesem Namen und Geburtsdatum.</source>
        <translation>There is already a person with this name and date of birth.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Die Kundennummer ist schon bei einer anderen Person eingetragen.</source>
        <translation>This customer number is already entered for another person.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/text.py" line="+49"/>
        <source>„{field}“ ist zu lang: {length} Zeichen, erlaubt sind {limit}.</source>
        <translation>“{field}” is too long: {length} characters, {limit} allowed.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/cli.py" line="+406"/>
        <source>„{text}“ ist kein gültiges Datum. Bitte als JJJJ-MM-TT oder TT.MM.JJJJ angeben, z. B. 16.06.2026.</source>
        <translation>“{text}” is not a valid date. Please use YYYY-MM-DD or DD.MM.YYYY, e.g. 16.06.2026.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../gemeinsam_desktop/services/figures.py" line="-103"/>
        <source>Das Ende ({end}) liegt vor dem Anfang ({start}).</source>
        <translation>The end ({end}) is before the start ({start}).</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/calendar.py" line="+105"/>
        <source>Bitte geben Sie einen Namen für den Ort an.</source>
        <translation>Please enter a name for the location.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="+164"/>
        <source>{what} Nr. {id} gibt es nicht (mehr). Bitte laden Sie die Ansicht neu.</source>
        <translation>{what} no. {id} does not exist (any more). Please reload the view.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>„{field}“ darf nicht negativ sein.</source>
        <translation>“{field}” must not be negative.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../gemeinsam_desktop/services/series.py" line="+138"/>
        <source>Das Ende ({end}) muss nach dem Beginn ({start}) liegen.</source>
        <translation>The end ({end}) must be after the start ({start}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ein Termin muss am selben Tag enden, an dem er beginnt ({day}). Für mehrere Tage legen Sie bitte je Tag einen Termin an.</source>
        <translation>A session must end on the day it starts ({day}). For several days, please create one session per day.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Für den Termin am {day} ist schon Anwesenheit erfasst. Er kann nicht gelöscht werden; bitte sagen Sie ihn stattdessen ab.</source>
        <translation>Attendance has already been recorded for the session on {day}. It cannot be deleted; please cancel it instead.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/series.py" line="-6"/>
        <source>Bitte wählen Sie einen Wochentag für die Serie.</source>
        <translation>Please choose a weekday for the series.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Der letzte Termin ({last}) liegt vor dem ersten ({first}).</source>
        <translation>The last session ({last}) is before the first ({first}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eine Serie bis {last} wären mehr als {limit} Termine. Bitte prüfen Sie das Enddatum.</source>
        <translation>A series up to {last} would have more than {limit} sessions. Please check the end date.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Zwischen {first} und {last} fällt kein Termin auf diesen Wochentag (Feiertage ausgenommen). Es wurde keine Serie angelegt.</source>
        <translation>Between {first} and {last} no session falls on this weekday (public holidays excluded). No series was created.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Am {day} gibt es keinen Termin dieser Serie.</source>
        <translation>There is no session of this series on {day}.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/calendar.py" line="+86"/>
        <source>Die Dauer muss mindestens eine Minute betragen.</source>
        <translation>The duration must be at least one minute.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/notes.py" line="-179"/>
        <source>Diese Notiz gibt es nicht mehr.</source>
        <translation>This note no longer exists.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Unbekannte Art der Notiz.</source>
        <translation>Unknown note type.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Bitte schreiben Sie einen Text.</source>
        <translation>Please write some text.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nur wer die Notiz geschrieben hat, kann ihre Sichtbarkeit ändern.</source>
        <translation>Only the author of the note can change its visibility.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nur wer die Notiz geschrieben hat oder die Projektleitung kann sie löschen.</source>
        <translation>Only the author of the note or the project management can delete it.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Bitte geben Sie einen Namen für die Vorlage ein.</source>
        <translation>Please enter a name for the template.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Es gibt bereits eine Vorlage „{name}“.</source>
        <translation>A template “{name}” already exists.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Diese Vorlage gibt es nicht mehr.</source>
        <translation>This template no longer exists.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Bitte beschreiben Sie die Vereinbarung.</source>
        <translation>Please describe the agreement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unbekannte Zuständigkeit.</source>
        <translation>Unknown responsibility.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Diese Vereinbarung gibt es nicht mehr.</source>
        <translation>This agreement no longer exists.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/cli_print.py" line="+79"/>
        <source>„{name}“ ist ein Ordner. Bitte geben Sie einen Dateinamen an, z. B. {name}/liste.pdf.</source>
        <translation>“{name}” is a folder. Please enter a file name, e.g. {name}/list.pdf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte wählen Sie einen Dateinamen, der auf .pdf endet.</source>
        <translation>Please choose a file name ending in .pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Den Ordner „{name}“ gibt es nicht.</source>
        <translation>The folder “{name}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/printing/certificate_text.py" line="+112"/>
        <source>Der Text der Teilnahmebescheinigung ist leer.</source>
        <translation>The text of the certificate of participation is empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Text der Teilnahmebescheinigung ist zu lang: {length} Zeichen, erlaubt sind {limit}.</source>
        <translation>The text of the certificate of participation is too long: {length} characters, {limit} are allowed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Im Text der Teilnahmebescheinigung steht eine geschweifte Klammer ohne Gegenstück. Platzhalter stehen in {{ und }}, z. B. {{name}}.</source>
        <translation>The text of the certificate of participation contains a curly bracket without a partner. Placeholders go in {{ and }}, e.g. {{name}}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Den Platzhalter {{{placeholder}}} gibt es nicht. Möglich sind: {known}.</source>
        <translation>The placeholder {{{placeholder}}} does not exist. Possible placeholders: {known}.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/backup.py" line="+123"/>
        <source>Bitte wählen Sie mindestens eine tägliche Sicherung und höchstens {limit} je Art.</source>
        <translation>Please choose at least one daily backup and at most {limit} of each type.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/certificates.py" line="+137"/>
        <source>Die Mindestzahl besuchter Termine muss zwischen 1 und {limit} liegen.</source>
        <translation>The minimum number of sessions attended must be between 1 and {limit}.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Bitte wählen Sie mindestens eine Person.</source>
        <translation>Please select at least one person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mindestens eine der gewählten Personen gibt es nicht mehr.</source>
        <translation>At least one of the selected people no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} der gewählten Personen haben noch keinen Termin besucht. Für sie gibt es keine Teilnahmebescheinigung; bitte wählen Sie sie ab.</source>
        <translation>{count} of the selected people have not attended a session yet. There is no certificate of participation for them; please deselect them.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>„{name}“ ist kein Ordner. Bitte wählen Sie einen Ordner.</source>
        <translation>“{name}” is not a folder. Please choose a folder.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/figures_export.py" line="+173"/>
        <source>Bitte wählen Sie einen Dateinamen, der auf .xlsx oder .csv endet.</source>
        <translation>Please choose a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/leads.py" line="-69"/>
        <location filename="../../gemeinsam_desktop/services/placements.py" line="-197"/>
        <source>Diesen Hinweis gibt es nicht mehr.</source>
        <translation>This lead no longer exists.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Bitte geben Sie einen Grund an, warum der Hinweis verworfen wird (z. B. „Stelle bereits vergeben“).</source>
        <translation>Please give a reason why the lead is being discarded (e.g. “Position already filled”).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Das Datum {date} liegt in der Zukunft. Bitte wählen Sie heute oder früher.</source>
        <translation>The date {date} is in the future. Please choose today or earlier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das Datum {date} liegt vor dem letzten Schritt dieses Hinweises ({last}).</source>
        <translation>The date {date} is before the last step of this lead ({last}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte geben Sie die Stelle oder den Arbeitgeber des Hinweises an.</source>
        <translation>Please enter the position or the employer for the lead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unbekannte Herkunft des Hinweises.</source>
        <translation>Unknown source of the lead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../gemeinsam_desktop/services/placements.py" line="+33"/>
        <source>Wochenstunden müssen zwischen 1 und 60 liegen.</source>
        <translation>Weekly hours must be between 1 and 60.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../gemeinsam_desktop/services/matching.py" line="+38"/>
        <location filename="../../gemeinsam_desktop/services/placements.py" line="+21"/>
        <source>Diesen Arbeitgeber gibt es nicht mehr.</source>
        <translation>This employer no longer exists.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/network.py" line="+15"/>
        <source>Bitte geben Sie den Namen der Ansprechperson an.</source>
        <translation>Please enter the contact person’s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die E-Mail-Adresse „{email}“ ist nicht gültig. Bitte im Format name@beispiel.de angeben.</source>
        <translation>The email address “{email}” is not valid. Please enter it in the format name@example.com.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bitte schreiben Sie kurz, worum es bei dem Kontakt ging.</source>
        <translation>Please briefly describe what the contact was about.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte geben Sie den Namen des Arbeitgebers an.</source>
        <translation>Please enter the employer’s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Zahl der Praktikumsplätze muss zwischen 0 und {limit} liegen.</source>
        <translation>The number of internship places must be between 0 and {limit}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Wochenstunden müssen zwischen 1 und {limit} liegen (oder leer).</source>
        <translation>Weekly hours must be between 1 and {limit} (or empty).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Es gibt bereits einen Arbeitgeber mit diesem Namen.</source>
        <translation>There is already an employer with this name.</translation>
    </message>
    <message>
        <location line="+346"/>
        <source>„{name}“ bietet das nicht an. Bitte kreuzen Sie das Angebot beim Arbeitgeber zuerst an.</source>
        <translation>“{name}” does not offer this. Please tick the offer for the employer first.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/placements.py" line="-146"/>
        <source>Diese Vermittlung gibt es nicht mehr.</source>
        <translation>This placement no longer exists.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Bitte wählen Sie den Arbeitgeber aus dem Netzwerk oder tragen Sie seinen Namen ein.</source>
        <translation>Please choose the employer from the network or enter its name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bitte geben Sie an, wann die Arbeit beginnt.</source>
        <translation>Please enter when the job starts.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Die Nachfrage nach {months} Monaten ist erst ab dem {date} möglich.</source>
        <translation>The {months}-month follow-up is only possible from {date}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nachbetreuung gibt es nach 3 und 6 Monaten.</source>
        <translation>Aftercare takes place after 3 and 6 months.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/print_settings.py" line="+96"/>
        <source>„{name}“ kann nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner (zum Beispiel „Dokumente“).</source>
        <translation>“{name}” cannot be written. Please choose another folder (for example “Documents”).</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/printing.py" line="+132"/>
        <source>Die Zahl der leeren Zeilen muss zwischen 0 und {limit} liegen.</source>
        <translation>The number of blank rows must be between 0 and {limit}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Die Datei „{name}“ ist kein lesbares Bild. Bitte wählen Sie ein Logo als PNG- oder JPEG-Datei.</source>
        <translation>The file “{name}” is not a readable image. Please choose a logo as a PNG or JPEG file.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Am {day} gibt es keine Termine.</source>
        <translation>There are no sessions on {day}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Am {day} gibt es keine Termine mit Kinderbetreuung.</source>
        <translation>There are no sessions with childcare on {day}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Der Termin am {day} ist abgesagt. Dafür wird nichts gedruckt.</source>
        <translation>The session on {day} is cancelled. Nothing is printed for it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte wählen Sie mindestens einen Termin.</source>
        <translation>Please select at least one session.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="-609"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="-365"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anrede</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/calendar.py" line="-418"/>
        <source>Name des Orts</source>
        <translation>Location name</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../gemeinsam_desktop/services/employer_import.py" line="-271"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="-519"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+231"/>
        <location filename="../../gemeinsam_desktop/services/series.py" line="-225"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Räume</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+202"/>
        <location filename="../../gemeinsam_desktop/services/certificates.py" line="-259"/>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+25"/>
        <location line="+108"/>
        <location line="+37"/>
        <source>Termin</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coach-Konto</source>
        <translation>Coach account</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../gemeinsam_desktop/services/series.py" line="-1"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grund der Absage</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../gemeinsam_desktop/services/series.py" line="+2"/>
        <source>Plätze</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gemeinsam_desktop/services/series.py" line="+2"/>
        <source>Plätze Kinderbetreuung</source>
        <translation>Childcare places</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/series.py" line="-44"/>
        <location line="+180"/>
        <source>Terminserie</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/calendar.py" line="+178"/>
        <source>Teilnehmende</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/employer_import.py" line="-2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="-1"/>
        <source>Branche</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="+2"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner seit</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebote</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="+450"/>
        <location line="+13"/>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="-459"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/importing.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>Kundennummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinder (Geburtsmonat)</source>
        <translation>Children (birth month)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinderbetreuung benötigt</source>
        <translation>Childcare needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitslos seit</source>
        <translation>Unemployed since</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>Berufswunsch</source>
        <translation>Desired occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wochenstunden (max.)</source>
        <translation>Hours per week (max.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eintritt</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austritt</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austrittsgrund</source>
        <translation>Exit reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/attendance.py" line="-115"/>
        <location filename="../../gemeinsam_desktop/services/leads.py" line="-97"/>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+1"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../gemeinsam_desktop/services/notes.py" line="-325"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/roster.py" line="+112"/>
        <source>Projektname</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Vorname des Kindes</source>
        <translation>Child&apos;s first name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hinweise zur Betreuung</source>
        <translation>Childcare notes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Umfang der Einwilligung</source>
        <translation>Scope of consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formularversion</source>
        <translation>Form version</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/notes.py" line="+200"/>
        <source>Name der Vorlage</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/certificates.py" line="+2"/>
        <source>Unterschrift links</source>
        <translation>Left signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterschrift rechts</source>
        <translation>Right signature</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/leads.py" line="+34"/>
        <location filename="../../gemeinsam_desktop/services/placements.py" line="-108"/>
        <source>Stelle</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gemeinsam_desktop/services/network.py" line="+251"/>
        <location line="+121"/>
        <location line="+34"/>
        <location line="+22"/>
        <location filename="../../gemeinsam_desktop/services/placements.py" line="-2"/>
        <source>Arbeitgeber</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weitergegeben von</source>
        <translation>Passed on by</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/network.py" line="-437"/>
        <source>Name des Arbeitgebers</source>
        <translation>Employer’s name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name der Ansprechperson</source>
        <translation>Contact person’s name</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Inhalt</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+351"/>
        <location line="+13"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/labels.py" line="+12"/>
        <source>Projektleitung</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/store/enums.py" line="+82"/>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angesprochen</source>
        <translation>Approached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beworben</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespräch</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location filename="../../gemeinsam_desktop/ui/lead_labels.py" line="+43"/>
        <source>Praktikum</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Zusage</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eingestellt</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verworfen</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>persönlicher Kontakt</source>
        <translation>Personal contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/labels.py" line="+1"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerbetrieb</source>
        <translation>Partner company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere Teilnehmende</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/labels.py" line="+6"/>
        <source>interessiert</source>
        <translation>interested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pausiert</source>
        <translation>paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgebrochen</source>
        <translation>dropped out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vermittelt</source>
        <translation>placed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gruppengespräch</source>
        <translation>Group discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einzelcoaching</source>
        <translation>One-to-one coaching</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/network.py" line="-518"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="-318"/>
        <source>Telefonat</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="+1"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="+1"/>
        <source>Besuch</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="+1"/>
        <source>Treffen</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/labels.py" line="+1"/>
        <source>Betriebsbesichtigung</source>
        <translation>Company visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="+1"/>
        <source>Fragerunde</source>
        <translation>Q and A session</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/labels.py" line="+3"/>
        <source>Auftaktveranstaltung</source>
        <translation>Kick-off event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infoveranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/network.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/store/enums.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_tabs.py" line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/labels.py" line="+1"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/store/enums.py" line="+4"/>
        <source>sozialversicherungspflichtig, Vollzeit</source>
        <translation>Full-time, with social insurance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sozialversicherungspflichtig, Teilzeit</source>
        <translation>Part-time, with social insurance</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../gemeinsam_desktop/ui/lead_labels.py" line="-2"/>
        <source>Minijob</source>
        <translation>Mini-job</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gemeinsam_desktop/ui/lead_labels.py" line="+1"/>
        <source>Ausbildung</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gemeinsam_desktop/ui/lead_labels.py" line="+2"/>
        <source>selbstständig</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/lead_labels.py" line="-5"/>
        <source>Vollzeit (SV)</source>
        <translation>Full-time (SI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilzeit (SV)</source>
        <translation>Part-time (SI)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{hours} Std.</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Tag(e)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/messages.py" line="+51"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Das hat nicht geklappt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind sicher.

Bitte melden Sie den Fehler und nennen Sie dabei die Protokolldatei:
{path}</source>
        <translation>An unexpected error occurred. Your saved data is safe.

Please report the error and mention the log file:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(kein Protokoll)</source>
        <translation>(no log)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>print_jobs</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/print_jobs.py" line="+42"/>
        <location line="+77"/>
        <source>Anwesenheitsliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+74"/>
        <source>Betreuungsliste</source>
        <translation>Childcare list</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+72"/>
        <source>Anwesenheitslisten der Serie</source>
        <translation>Sign-in sheets for the series</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Anwesenheitslisten</source>
        <translation>Sign-in sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheitslisten vom {day}</source>
        <translation>Sign-in sheets for {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Betreuungslisten</source>
        <translation>Childcare lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betreuungslisten vom {day}</source>
        <translation>Childcare lists for {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Teilnahmebescheinigung</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Teilnahmebescheinigungen</source>
        <translation>Certificates of participation</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Anwesenheitslisten des Tages</source>
        <translation>Sign-in sheets for the day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betreuungslisten des Tages</source>
        <translation>Childcare lists for the day</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/privacy.py" line="-160"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Data access request under Art. 15 GDPR</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Auskunft als JSON speichern</source>
        <translation>Save disclosure as JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON-Dateien (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Der Speicherplatz ist voll. Die Datei wurde nicht gespeichert.</source>
        <translation>The disk is full. The file has not been saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datei konnte nicht gespeichert werden. Bitte wählen Sie einen anderen Ort.</source>
        <translation>The file could not be saved. Please choose another location.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speichern fehlgeschlagen</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Auskunft wurde gespeichert:
{path}</source>
        <translation>The disclosure has been saved:
{path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name, Geburtsdatum, Anschrift, Telefon, E-Mail und Kundennummer</source>
        <translation>Name, date of birth, address, phone, email and customer number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 Coaching-Notiz</source>
        <translation>1 coaching note</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Coaching-Notizen</source>
        <translation>
            <numerusform>%n coaching note</numerusform>
            <numerusform>%n coaching notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Vereinbarung</source>
        <translation>1 agreement</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Vereinbarungen</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Hinweis auf eine Stelle</source>
        <translation>1 job lead</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Hinweise auf Stellen</source>
        <translation>
            <numerusform>%n job lead</numerusform>
            <numerusform>%n job leads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Unterschrift</source>
        <translation>1 signature</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Unterschriften</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Bemerkung zur Anwesenheit</source>
        <translation>1 attendance remark</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Bemerkungen zur Anwesenheit</source>
        <translation>
            <numerusform>%n attendance remark</numerusform>
            <numerusform>%n attendance remarks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>die Angaben zu 1 Kind</source>
        <translation>the details of 1 child</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>die Angaben zu %n Kindern</source>
        <translation>
            <numerusform>the details of %n child</numerusform>
            <numerusform>the details of %n children</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Einwilligung</source>
        <translation>1 consent</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Einwilligungen</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Eintrag zur Anwesenheit</source>
        <translation>1 attendance entry</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Einträge zur Anwesenheit</source>
        <translation>
            <numerusform>%n attendance entry</numerusform>
            <numerusform>%n attendance entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Arbeitsaufnahme</source>
        <translation>1 job start</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Arbeitsaufnahmen</source>
        <translation>
            <numerusform>%n job start</numerusform>
            <numerusform>%n job starts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status, Ein- und Austrittsdatum, Geburtsjahr</source>
        <translation>Status, entry and exit dates, year of birth</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/audit_labels.py" line="+18"/>
        <source>Datenspeicher eingerichtet</source>
        <translation>Data store set up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angemeldet</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demodaten eingetragen</source>
        <translation>Demo data added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach-Konto angelegt</source>
        <translation>Coach account created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach-Konto entfernt</source>
        <translation>Coach account removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwort geändert</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwort nach Wiederherstellung neu gesetzt</source>
        <translation>Password set anew after recovery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sicherung gespeichert</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sicherung wiederhergestellt</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufbewahrung der Sicherungen geändert</source>
        <translation>Backup retention changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Druckeinstellungen geändert</source>
        <translation>Print settings changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufbewahrungsfrist geändert</source>
        <translation>Retention period changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projekt angelegt</source>
        <translation>Project created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projekt anonymisiert</source>
        <translation>Project anonymised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person angelegt</source>
        <translation>Person created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person importiert</source>
        <translation>Person imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste exportiert</source>
        <translation>List exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person geändert</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person angesehen</source>
        <translation>Person viewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person archiviert</source>
        <translation>Person archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person aus dem Archiv geholt</source>
        <translation>Person restored from the archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auskunft erteilt</source>
        <translation>Data disclosure given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person gelöscht</source>
        <translation>Person deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilnahmebescheinigung erstellt</source>
        <translation>Certificate of participation made</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notiz angelegt</source>
        <translation>Note created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz geändert</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz gelöscht</source>
        <translation>Note deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage angelegt</source>
        <translation>Template created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage geändert</source>
        <translation>Template changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage gelöscht</source>
        <translation>Template deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung angelegt</source>
        <translation>Agreement created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung geändert</source>
        <translation>Agreement changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung erledigt oder verworfen</source>
        <translation>Agreement done or dropped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ort angelegt</source>
        <translation>Location created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort geändert</source>
        <translation>Location changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminreihe angelegt</source>
        <translation>Series created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminreihe geändert</source>
        <translation>Series changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin angelegt</source>
        <translation>Session created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin geändert</source>
        <translation>Session changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin abgesagt</source>
        <translation>Session cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin gelöscht</source>
        <translation>Session deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilnehmende zum Termin eingetragen</source>
        <translation>Participants signed up for the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheit eingetragen</source>
        <translation>Attendance recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinderbetreuung eingetragen</source>
        <translation>Childcare recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum Termin eingetragen</source>
        <translation>Signed up for the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vom Termin ausgetragen</source>
        <translation>Taken off the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ohne Anmeldung dazugekommen</source>
        <translation>Joined without signing up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anwesenheitsliste erstellt</source>
        <translation>Sign-in sheet made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betreuungsliste erstellt</source>
        <translation>Childcare list made</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeitgeber angelegt</source>
        <translation>Employer created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitgeber geändert</source>
        <translation>Employer changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitgeber importiert</source>
        <translation>Employer imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitgeber gelöscht</source>
        <translation>Employer deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson angelegt</source>
        <translation>Contact person created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson geändert</source>
        <translation>Contact person changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson gelöscht</source>
        <translation>Contact person deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt eingetragen</source>
        <translation>Contact logged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt geändert</source>
        <translation>Contact changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt gelöscht</source>
        <translation>Contact deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis angelegt</source>
        <translation>Lead created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis geändert</source>
        <translation>Lead changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis in eine andere Stufe verschoben</source>
        <translation>Lead moved to another stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis gelöscht</source>
        <translation>Lead deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermittlung eingetragen</source>
        <translation>Placement recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermittlung geändert</source>
        <translation>Placement changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachbetreuung eingetragen</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermittlung gelöscht</source>
        <translation>Placement deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bericht erstellt</source>
        <translation>Report made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kennzahlen exportiert</source>
        <translation>Key figures exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fehlzeitenbescheinigung erstellt</source>
        <translation>Absence report made</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Projekt Nr. {id}</source>
        <translation>Project no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach-Konto Nr. {id}</source>
        <translation>Coach account no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin Nr. {id}</source>
        <translation>Session no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminreihe Nr. {id}</source>
        <translation>Series no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort Nr. {id}</source>
        <translation>Location no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz Nr. {id}</source>
        <translation>Note no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlage Nr. {id}</source>
        <translation>Template no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarung Nr. {id}</source>
        <translation>Agreement no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitgeber Nr. {id}</source>
        <translation>Employer no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson Nr. {id}</source>
        <translation>Contact person no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt Nr. {id}</source>
        <translation>Contact no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis Nr. {id}</source>
        <translation>Lead no. {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermittlung Nr. {id}</source>
        <translation>Placement no. {id}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person Nr. {id} (gelöscht)</source>
        <translation>Person no. {id} (erased)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/privacy.py" line="+122"/>
        <source>Alle Personen des Projekts „{name}“ werden endgültig gelöscht: Namen, Kontaktdaten, Kinder, Einwilligungen, Coaching-Notizen, Vereinbarungen und Hinweise auf Stellen.

Ohne Namen bleiben Anwesenheiten, Arbeitsaufnahmen und Status für die Berichte erhalten. Das kann nicht rückgängig gemacht werden.</source>
        <translation>All people in the project “{name}” will be permanently erased: names, contact details, children, consents, coaching notes, agreements and job leads.

Attendance, job starts and status are kept for the reports, without names. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Projekt anonymisieren</source>
        <translation>Anonymise project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymisieren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Das Projekt ist anonymisiert. 1 Person wurde gelöscht.</source>
        <translation>The project has been anonymised. 1 person was erased.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Das Projekt ist anonymisiert. %n Personen wurden gelöscht.</source>
        <translation>
            <numerusform>The project has been anonymised. %n person was erased.</numerusform>
            <numerusform>The project has been anonymised. %n people were erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/note_cards.py" line="+51"/>
        <source>nur für mich</source>
        <translation>only me</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Termin: {session}</source>
        <translation>Session: {session}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bearbeitet</source>
        <translation>edited</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verlauf…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vereinbarung daraus…</source>
        <translation>Agreement from this…</translation>
    </message>
</context>
</TS>
