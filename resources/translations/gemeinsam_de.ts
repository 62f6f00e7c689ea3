<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
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
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../gemeinsam_desktop/ui/widgets/pdf_preview.py" line="+158"/>
        <source>%n Seiten</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
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
        <location filename="../../gemeinsam_desktop/ui/unlock_window.py" line="+117"/>
        <source>Bitte %n Sekunden warten</source>
        <translation>
            <numerusform>Bitte %n Sekunde warten</numerusform>
            <numerusform>Bitte %n Sekunden warten</numerusform>
        </translation>
    </message>
</context>
</TS>
