"""Expected trouble from the world, as errors with a German message that says what to do.

Non-UI code raises these; it never opens a dialog (STYLE habit 4). The message is a
German source text marked with ``QT_TRANSLATE_NOOP`` so that Qt's ``lupdate`` collects
it; the UI translates it with ``QCoreApplication.translate(CONTEXT, template)`` and then
fills the ``{placeholders}``. The command line prints the German text as it is.
Anything that is not a ``KnownError`` is a bug and goes to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


class KnownError(Exception):
    """An expected problem with a message for the user (German source text)."""

    template: str = QT_TRANSLATE_NOOP("errors", "Ein unerwarteter Fehler ist aufgetreten.")

    def __init__(
        self,
        template: str | None = None,
        *,
        arg_contexts: dict[str, str] | None = None,
        **args: Any,
    ) -> None:
        if template is not None:
            self.template = template
        self.args_map = args
        # Arguments that are themselves marked source texts (e.g. a field label in context
        # "fields"): the UI translates them too, so no German word leaks into English.
        self.arg_contexts = arg_contexts or {}
        super().__init__(self.message())

    def message(
        self,
        translated_template: str | None = None,
        translate: Callable[[str, str], str] | None = None,
    ) -> str:
        text = translated_template if translated_template is not None else self.template
        args = dict(self.args_map)
        if translate is not None:
            for key, context in self.arg_contexts.items():
                if isinstance(args.get(key), str):
                    args[key] = translate(context, args[key])
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.args_map)


class WrongKeyError(KnownError):
    """The passphrase, recovery key or stored key does not open the database (SQLITE_NOTADB)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Das Passwort ist falsch. Bitte prüfen Sie die Feststelltaste und versuchen Sie es "
        "noch einmal. Wenn Sie es vergessen haben, nutzen Sie den Wiederherstellungsschlüssel "
        "vom Notfallblatt.",
    )


class WrongRecoveryKeyError(WrongKeyError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Dieser Wiederherstellungsschlüssel passt nicht zu diesen Daten. Bitte vergleichen Sie "
        "ihn Zeichen für Zeichen mit dem Notfallblatt.",
    )


class DamagedDatabaseError(KnownError):
    """The database file is missing, empty, truncated or fails its integrity check."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Die Datenbank ist beschädigt oder unvollständig ({detail}). Sie wurde nicht verändert. "
        "Bitte spielen Sie die neueste Sicherung ein oder wenden Sie sich an die Projektleitung.",
    )

    def __init__(self, template: str | None = None, detail: str = "", **args: Any) -> None:
        super().__init__(template, detail=detail, **args)


class DatabaseBusyError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte schließen Sie es "
        "und versuchen Sie es erneut.",
    )


class AlreadyOpenError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Diese Daten sind bereits in einem anderen Fenster von Gemeinsam Desktop geöffnet. "
        "Bitte arbeiten Sie dort weiter oder schließen Sie das andere Fenster zuerst.",
    )


class DiskFullError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Der Speicherplatz ist voll. Es wurde nichts geändert. Bitte schaffen Sie Platz auf dem "
        "Datenträger (z. B. alte Downloads löschen) und versuchen Sie es erneut.",
    )


class NewerDatabaseError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Diese Daten wurden mit einer neueren Version von Gemeinsam Desktop geschrieben. "
        "Bitte installieren Sie die neueste Version.",
    )


class ForeignDatabaseError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Diese Datei ist keine Datenbank von Gemeinsam Desktop. Es wurde nichts verändert.",
    )


class NoStoreError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Im Datenordner {path} gibt es noch keine Daten. Richten Sie sie mit "
        "„gemeinsam-desktop init“ oder über den Einrichtungsassistenten ein.",
    )


class StoreExistsError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Im Datenordner {path} gibt es bereits Daten. Es wird kein neuer Schlüssel darüber "
        "angelegt.",
    )


class KeySlotFileError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Die Schlüsseldatei ist beschädigt oder fehlt ({detail}). Die Daten selbst sind "
        "unverändert. Bitte spielen Sie die Schlüsseldatei aus einer Sicherung ein.",
    )


class KeychainUnavailableError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Der Schlüsselbund dieses Computers ist nicht verfügbar. Bitte melden Sie sich mit "
        "Ihrem Passwort an.",
    )


class ValidationError(KnownError):
    """A required field is empty or a value is not allowed."""


class WeakPassphraseError(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Das Passwort ist zu kurz. Bitte wählen Sie mindestens {min_length} Zeichen, am besten "
        "einen Satz aus mehreren Wörtern.",
    )


# -- backups (issue #8) ------------------------------------------------------------------
class DamagedStoreError(DamagedDatabaseError):
    """Found damaged when unlocking, before anything was written; names the newest good
    backup (``newest_good``, a ``services.backup.BackupInfo``) or ``None``."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Die Datenbank ist beschädigt oder unvollständig ({detail}). Sie wurde nicht geöffnet "
        "und nicht verändert. Bitte spielen Sie die neueste Sicherung ein.",
    )

    def __init__(self, detail: str = "", newest_good: Any = None) -> None:
        super().__init__(detail=detail)
        self.newest_good = newest_good


class BackupDamagedError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Die Sicherung „{name}“ ist beschädigt oder unvollständig ({detail}). Sie wird nicht "
        "verwendet; es wurde nichts verändert. Bitte wählen Sie eine andere Sicherung.",
    )


class NotABackupError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Die Datei „{name}“ ist keine Sicherung von Gemeinsam Desktop. Es wurde nichts verändert.",
    )


class BackupKeyNeededError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Diese Sicherung stammt aus einem anderen Datenbestand. Bitte geben Sie ein Passwort "
        "oder den Wiederherstellungsschlüssel dieser Sicherung ein.",
    )


class BackupWrongKeyError(WrongKeyError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Das Passwort oder der Wiederherstellungsschlüssel passt nicht zu dieser Sicherung. "
        "Es wurde nichts verändert.",
    )


class BackupTargetError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Die Sicherung konnte nicht in {path} gespeichert werden ({detail}). Bitte prüfen Sie, "
        "ob der USB-Stick eingesteckt ist und Platz hat, und versuchen Sie es erneut.",
    )
