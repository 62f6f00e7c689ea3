<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>AttendanceModel</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/models/attendance_model.py" line="+391"/>
        <source>%n Jahr(e)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/pages/calendar.py" line="+325"/>
        <source>%n Termine</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mit Hinweisen (Doppelbelegung oder Feiertag)</source>
        <translation>
            <numerusform>%n mit Hinweis (Doppelbelegung oder Feiertag)</numerusform>
            <numerusform>%n mit Hinweisen (Doppelbelegung oder Feiertag)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/certificates_dialog.py" line="+164"/>
        <source>Ausgewählt sind alle, die mindestens %n Termin(e) besucht haben. Wer darunter liegt, steht grau in der Liste und kann von Hand ausgewählt werden. Die Mindestteilnahme ändern Sie unter Einstellungen → Drucken.</source>
        <translation>
            <numerusform>Ausgewählt sind alle, die mindestens %n Termin besucht haben. Wer darunter liegt, steht grau in der Liste und kann von Hand ausgewählt werden. Die Mindestteilnahme ändern Sie unter Einstellungen → Drucken.</numerusform>
            <numerusform>Ausgewählt sind alle, die mindestens %n Termine besucht haben. Wer darunter liegt, steht grau in der Liste und kann von Hand ausgewählt werden. Die Mindestteilnahme ändern Sie unter Einstellungen → Drucken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>unter der Mindestteilnahme (%n Termin(e))</source>
        <translation>
            <numerusform>unter der Mindestteilnahme (%n Termin)</numerusform>
            <numerusform>unter der Mindestteilnahme (%n Termine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n Teilnahmebescheinigung(en) gespeichert im Ordner:</source>
        <translation>
            <numerusform>%n Teilnahmebescheinigung gespeichert im Ordner:</numerusform>
            <numerusform>%n Teilnahmebescheinigungen gespeichert im Ordner:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Abgebrochen. %n Bescheinigung(en) wurden vorher vollständig gespeichert im Ordner:</source>
        <translation>
            <numerusform>Abgebrochen. %n Bescheinigung wurde vorher vollständig gespeichert im Ordner:</numerusform>
            <numerusform>Abgebrochen. %n Bescheinigungen wurden vorher vollständig gespeichert im Ordner:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildcarePanel</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/widgets/childcare_panel.py" line="+145"/>
        <source>%n Jahr(e)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Die Betreuung hat %n Platz/Plätze.</source>
        <translation>
            <numerusform>Die Betreuung hat %n Platz.</numerusform>
            <numerusform>Die Betreuung hat %n Plätze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerImportDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/employer_import_dialog.py" line="+162"/>
        <source>%n neu</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n werden ergänzt</source>
        <translation>
            <numerusform>%n wird ergänzt</numerusform>
            <numerusform>%n werden ergänzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fehlerhaft</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bereits vorhanden</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n Arbeitgeber neu angelegt.</source>
        <translation>
            <numerusform>%n Arbeitgeber neu angelegt.</numerusform>
            <numerusform>%n Arbeitgeber neu angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ergänzt.</source>
        <translation>
            <numerusform>%n ergänzt.</numerusform>
            <numerusform>%n ergänzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bereits vorhanden (übersprungen).</source>
        <translation>
            <numerusform>%n bereits vorhanden (übersprungen).</numerusform>
            <numerusform>%n bereits vorhanden (übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fehlerhafte Zeilen übersprungen.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerModel</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/models/employer_model.py" line="+146"/>
        <source>%n Praktikumsplätze</source>
        <translation>
            <numerusform>%n Praktikumsplatz</numerusform>
            <numerusform>%n Praktikumsplätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployersTab</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/pages/employers_tab.py" line="+396"/>
        <source>{shown} von %n Arbeitgebern</source>
        <translation>
            <numerusform>{shown} von %n Arbeitgeber</numerusform>
            <numerusform>{shown} von %n Arbeitgebern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nur fällige Wiedervorlagen zeigen (%n fällig)</source>
        <translation>
            <numerusform>Nur fällige Wiedervorlagen zeigen (%n fällig)</numerusform>
            <numerusform>Nur fällige Wiedervorlagen zeigen (%n fällig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/export_dialog.py" line="+162"/>
        <source>%n Teilnehmende gespeichert in {path}.</source>
        <translation>
            <numerusform>%n Person gespeichert in {path}.</numerusform>
            <numerusform>%n Teilnehmende gespeichert in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/import_dialog.py" line="+424"/>
        <source>%n Zeilen bereit</source>
        <translation>
            <numerusform>%n Zeile bereit</numerusform>
            <numerusform>%n Zeilen bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fehlerhaft</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bereits vorhanden</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n Teilnehmende importiert.</source>
        <translation>
            <numerusform>%n Person importiert.</numerusform>
            <numerusform>%n Teilnehmende importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bereits vorhanden (übersprungen).</source>
        <translation>
            <numerusform>%n bereits vorhanden (übersprungen).</numerusform>
            <numerusform>%n bereits vorhanden (übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fehlerhafte Zeilen übersprungen.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/widgets/month_view.py" line="+145"/>
        <source>+%n weitere</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/widgets/passphrase.py" line="+51"/>
        <source>mindestens %n Zeichen</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Das Passwort braucht mindestens %n Zeichen.</source>
        <translation>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/participant_notes.py" line="+389"/>
        <source>%n ältere Notiz(en) anzeigen</source>
        <translation>
            <numerusform>%n ältere Notiz anzeigen</numerusform>
            <numerusform>%n ältere Notizen anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/pages/overview.py" line="+398"/>
        <source>Offene Vereinbarungen bis {day}; %n davon überfällig.</source>
        <translation>
            <numerusform>Offene Vereinbarungen bis {day}; %n davon überfällig.</numerusform>
            <numerusform>Offene Vereinbarungen bis {day}; %n davon überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>… und %n weitere in den Akten.</source>
        <translation>
            <numerusform>… und %n weitere in den Akten.</numerusform>
            <numerusform>… und %n weitere in den Akten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n überfällig</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Hinweise nach Stufe, %n insgesamt</source>
        <translation>
            <numerusform>Hinweise nach Stufe, %n insgesamt</numerusform>
            <numerusform>Hinweise nach Stufe, %n insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/pages/participants.py" line="+418"/>
        <source>{shown} von {total} Teilnehmenden</source>
        <translation>
            <numerusform>{shown} von {total} Teilnehmenden</numerusform>
            <numerusform>{shown} von {total} Teilnehmenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/widgets/pdf_preview.py" line="+343"/>
        <source>%n Seiten</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/retention.py" line="+138"/>
        <source>Zum Löschen fällig: %n Personen.</source>
        <translation>
            <numerusform>Zum Löschen fällig: %n Person.</numerusform>
            <numerusform>Zum Löschen fällig: %n Personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n Personen endgültig löschen?</source>
        <translation>
            <numerusform>%n Person endgültig löschen?</numerusform>
            <numerusform>%n Personen endgültig löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/models/roster_model.py" line="+403"/>
        <source>%n Kind(er), Alter: {ages}</source>
        <translation>
            <numerusform>%n Kind, Alter: {ages}</numerusform>
            <numerusform>%n Kinder, Alter: {ages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n Kind(er) brauchen Betreuung während der Termine.</source>
        <translation>
            <numerusform>%n Kind braucht Betreuung während der Termine.</numerusform>
            <numerusform>%n Kinder brauchen Betreuung während der Termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n Mal in Folge unentschuldigt gefehlt. Bitte nachfragen.</source>
        <translation>
            <numerusform>%n Mal in Folge unentschuldigt gefehlt. Bitte nachfragen.</numerusform>
            <numerusform>%n Mal in Folge unentschuldigt gefehlt. Bitte nachfragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/search_dialog.py" line="+313"/>
        <source>Die ersten %n Treffer – für weniger Treffer genauer suchen.</source>
        <translation>
            <numerusform>Der erste %n Treffer – für weniger Treffer genauer suchen.</numerusform>
            <numerusform>Die ersten %n Treffer – für weniger Treffer genauer suchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/series_dialog.py" line="+253"/>
        <source>%n Termine</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n Feiertage übersprungen</source>
        <translation>
            <numerusform>%n Feiertag übersprungen</numerusform>
            <numerusform>%n Feiertage übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/pages/settings.py" line="+53"/>
        <source>nach %n Minute(n)</source>
        <translation>
            <numerusform>nach %n Minute</numerusform>
            <numerusform>nach %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/unlock_window.py" line="+116"/>
        <source>Bitte %n Sekunden warten</source>
        <translation>
            <numerusform>Bitte %n Sekunde warten</numerusform>
            <numerusform>Bitte %n Sekunden warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>childcare</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/widgets/childcare_panel.py" line="+21"/>
        <source>Für diesen Termin ist keine Kinderbetreuung vorgesehen, es sind aber %n Kind(er) angemeldet.</source>
        <translation>
            <numerusform>Für diesen Termin ist keine Kinderbetreuung vorgesehen, es ist aber %n Kind angemeldet.</numerusform>
            <numerusform>Für diesen Termin ist keine Kinderbetreuung vorgesehen, es sind aber %n Kinder angemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Es sind %n Kind(er) angemeldet, die Betreuung hat Platz für {capacity}.</source>
        <translation>
            <numerusform>Es ist %n Kind angemeldet, die Betreuung hat Platz für {capacity}.</numerusform>
            <numerusform>Es sind %n Kinder angemeldet, die Betreuung hat Platz für {capacity}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/lead_labels.py" line="+60"/>
        <source>%n Tag(e)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/dialogs/privacy.py" line="+205"/>
        <source>%n Coaching-Notizen</source>
        <translation>
            <numerusform>%n Coaching-Notiz</numerusform>
            <numerusform>%n Coaching-Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n Vereinbarungen</source>
        <translation>
            <numerusform>%n Vereinbarung</numerusform>
            <numerusform>%n Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n Hinweise auf Stellen</source>
        <translation>
            <numerusform>%n Hinweis auf eine Stelle</numerusform>
            <numerusform>%n Hinweise auf Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n Unterschriften</source>
        <translation>
            <numerusform>%n Unterschrift</numerusform>
            <numerusform>%n Unterschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n Bemerkungen zur Anwesenheit</source>
        <translation>
            <numerusform>%n Bemerkung zur Anwesenheit</numerusform>
            <numerusform>%n Bemerkungen zur Anwesenheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>die Angaben zu %n Kindern</source>
        <translation>
            <numerusform>die Angaben zu %n Kind</numerusform>
            <numerusform>die Angaben zu %n Kindern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n Einwilligungen</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n Einträge zur Anwesenheit</source>
        <translation>
            <numerusform>%n Eintrag zur Anwesenheit</numerusform>
            <numerusform>%n Einträge zur Anwesenheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n Arbeitsaufnahmen</source>
        <translation>
            <numerusform>%n Arbeitsaufnahme</numerusform>
            <numerusform>%n Arbeitsaufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>Das Projekt ist anonymisiert. %n Personen wurden gelöscht.</source>
        <translation>
            <numerusform>Das Projekt ist anonymisiert. %n Person wurde gelöscht.</numerusform>
            <numerusform>Das Projekt ist anonymisiert. %n Personen wurden gelöscht.</numerusform>
        </translation>
    </message>
</context>
</TS>
