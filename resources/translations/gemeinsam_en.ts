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
    <name>AppController</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/controller.py" line="+122"/>
        <source>DEMO – Passwort: {pw}</source>
        <translation>DEMO – password: {pw}</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/main_window.py" line="+47"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier entsteht die Liste aller Teilnehmenden mit Kindern, Kinderbetreuung, Status und Einwilligung – mit Import der Excel-Listen.</source>
        <translation>Coming soon: the list of all participants with children, childcare, status and consent – with import of the Excel lists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier entstehen Terminserien, Anwesenheit und Kinderbetreuung je Termin.</source>
        <translation>Coming soon: recurring sessions, attendance and childcare per session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier entstehen Partnerbetriebe, Ansprechpersonen, Hinweise (Leads) und Vermittlungen.</source>
        <translation>Coming soon: partner companies, contact persons, leads and placements.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier entstehen Zwischen- und Abschlussberichte für JobCenter und Stadt.</source>
        <translation>Coming soon: interim and final reports for the JobCenter and the town.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+3"/>
        <source>Strg+L sperrt</source>
        <translation>Ctrl+L locks</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>OverviewPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/overview.py" line="+45"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teilnehmende aktiv</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Arbeit vermittelt</source>
        <translation>Placed in work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarungen fällig diese Woche</source>
        <translation>Agreements due this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gruppentermine diese Woche</source>
        <translation>Group sessions this week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Laufzeit {start} bis {end}.</source>
        <translation>Runs from {start} to {end}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guten Tag, {name}. Projekt „{project}“. {period}</source>
        <translation>Hello, {name}. Project “{project}”. {period}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fällt aus</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diese Woche sind keine Gruppentermine geplant.</source>
        <translation>No group sessions are planned this week.</translation>
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
        <location filename="../../gemeinsam_desktop/ui/widgets/pdf_preview.py" line="+120"/>
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
        <location line="+35"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drucken fehlgeschlagen</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Drucker konnte nicht angesprochen werden. Bitte prüfen Sie, ob er eingeschaltet und verbunden ist, und versuchen Sie es erneut.</source>
        <translation>The printer could not be reached. Please check that it is switched on and connected, and try again.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speichern fehlgeschlagen</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Speicherplatz ist voll. Die Datei wurde nicht gespeichert. Bitte schaffen Sie Platz oder wählen Sie einen anderen Ort, zum Beispiel einen USB-Stick.</source>
        <translation>The disk is full. The file was not saved. Please free up some space or choose another location, for example a USB stick.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In diesem Ordner dürfen keine Dateien gespeichert werden. Bitte wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“.</source>
        <translation>Files may not be saved in this folder. Please choose another folder, for example “Documents”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diesen Ordner gibt es nicht (mehr), vielleicht wurde ein USB-Stick abgezogen. Bitte wählen Sie einen anderen Ordner.</source>
        <translation>This folder does not exist (any more); perhaps a USB stick was unplugged. Please choose another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei konnte nicht gespeichert werden ({detail}). Bitte wählen Sie einen anderen Ort.</source>
        <translation>The file could not be saved ({detail}). Please choose another location.</translation>
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
        <location line="+14"/>
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
        <location line="+27"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/pages/settings.py" line="+34"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
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
        <location line="+10"/>
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
        <location line="+26"/>
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
    <name>UnlockWindow</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/unlock_window.py" line="+61"/>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/dialogs/setup_wizard.py" line="-185"/>
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
    <name>errors</name>
    <message>
        <location filename="../../gemeinsam_desktop/errors.py" line="+25"/>
        <source>Ein unerwarteter Fehler ist aufgetreten.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../gemeinsam_desktop/services/workspace.py" line="+64"/>
        <source>Bitte geben Sie einen Namen ein.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Name ist zu lang (höchstens 120 Zeichen).</source>
        <translation>The name is too long (120 characters at most).</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/store/database.py" line="+245"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Die Daten sind gesperrt. Bitte melden Sie sich erneut an.</source>
        <translation>The data is locked. Please log in again.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/store/vault.py" line="+348"/>
        <source>Dieses Passwort benutzt bereits ein anderes Konto. Bitte wählen Sie ein eigenes Passwort.</source>
        <translation>Another account already uses this password. Please choose a password of your own.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Das letzte Konto mit Passwort kann nicht entfernt werden.</source>
        <translation>The last account with a password cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../gemeinsam_desktop/services/demo.py" line="+267"/>
        <source>Die Demodaten sind bereits eingetragen.</source>
        <translation>The demo data has already been added.</translation>
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
        <location line="+1"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>Betriebsbesichtigung</source>
        <translation>Company visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auftaktveranstaltung</source>
        <translation>Kick-off event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infoveranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../gemeinsam_desktop/ui/messages.py" line="+44"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Das hat nicht geklappt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+19"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
