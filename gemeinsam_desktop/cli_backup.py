"""Command line, backup / restore: Sicherungen. Added to the parser by ``cli.build_parser``.

    gemeinsam-desktop [--data-dir DIR] backup [--to ZIEL]
    gemeinsam-desktop [--data-dir DIR] backups
    gemeinsam-desktop [--data-dir DIR] restore DATEI [--yes]

``restore`` asks before it replaces data (j/N on a terminal); without a terminal it needs
``--yes``. A backup from another installation is opened with one of its own passphrases or
its recovery key: ``$GEMEINSAM_BACKUP_PASSPHRASE`` or a prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from gemeinsam_desktop.errors import BackupKeyNeededError, ValidationError

if TYPE_CHECKING:
    from gemeinsam_desktop.services.backup import BackupInfo

SubparserFactory = Callable[[argparse._SubParsersAction, str, str], argparse.ArgumentParser]
ENV_BACKUP_PASSPHRASE = "GEMEINSAM_BACKUP_PASSPHRASE"
KIND_NAMES = {
    "auto": "automatisch",
    "vor-wiederherstellung": "vor einer Wiederherstellung",
    "vor-update": "vor einem Update",
    "datei": "Datei",
}


def add_commands(sub: argparse._SubParsersAction, subparser: SubparserFactory) -> None:
    """Register ``backup``, ``backups`` and ``restore``."""
    p = subparser(
        sub,
        "backup",
        "Verschlüsselte Sicherung anlegen und prüfen (mit --to auch als Datei, z. B. auf "
        "einen USB-Stick)",
    )
    p.add_argument(
        "--to",
        metavar="ZIEL",
        help="Ordner oder Dateiname für eine Kopie, die sich auf einem anderen Computer "
        "einspielen lässt (z. B. der USB-Stick)",
    )
    p.set_defaults(handler=cmd_backup)

    p = subparser(sub, "backups", "Sicherungen im Datenordner auflisten (neueste zuerst)")
    p.set_defaults(handler=cmd_backups)

    p = subparser(
        sub,
        "restore",
        "Sicherung einspielen; die jetzigen Daten werden vorher im Ordner „sicherungen“ aufbewahrt",
    )
    p.add_argument("file", metavar="DATEI", help="Sicherungsdatei (.sicherung)")
    p.add_argument(
        "--yes", action="store_true", help="ohne Rückfrage einspielen (für Skripte ohne Terminal)"
    )
    p.set_defaults(handler=cmd_restore)


# -- text ---------------------------------------------------------------------------------
def when(value: dt.datetime | None) -> str:
    if value is None:
        return "unbekanntem Datum"
    return f"{value.astimezone():%d.%m.%Y, %H:%M} Uhr"


def counts_line(counts: dict[str, int]) -> str:
    if not counts:
        return "Anzahl unbekannt"
    return (
        f"{counts.get('participant', 0)} Teilnehmende, {counts.get('coaching_note', 0)} "
        f"Notizen, {counts.get('session', 0)} Termine"
    )


def newest_line(info: BackupInfo | None) -> str:
    """One line about the newest good backup (for ``check``)."""
    if info is None:
        return "Keine gute Sicherung gefunden. Bitte jetzt „gemeinsam-desktop backup“ ausführen."
    return f"Neueste gute Sicherung: {info.path.name} vom {when(info.created)} ({counts_line(info.counts)})"


def _tty() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def read_backup_secret() -> str:
    from_env = os.environ.get(ENV_BACKUP_PASSPHRASE)
    if from_env:
        return from_env
    if not _tty():
        raise ValidationError(
            "Diese Sicherung stammt aus einem anderen Datenbestand. Bitte ihr Passwort oder "
            f"ihren Wiederherstellungsschlüssel im Terminal eingeben oder {ENV_BACKUP_PASSPHRASE} "
            "setzen. Es wurde nichts verändert."
        )
    return getpass.getpass("Passwort oder Wiederherstellungsschlüssel der Sicherung: ")


# -- commands -----------------------------------------------------------------------------
def cmd_backup(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.cli import EXIT_OK, folder_from, say, unlock
    from gemeinsam_desktop.services import backup

    folder = folder_from(args)
    workspace = unlock(folder)
    copy: Path | None = None
    try:
        if args.to:
            copy = backup.backup_to(workspace, Path(args.to))
            info = backup.last_backup(folder)
        else:
            info = backup.make_backup(workspace)
    finally:
        workspace.close()
    assert info is not None
    say(f"Sicherung angelegt und geprüft: {info.path}")
    say(f"  {counts_line(info.counts)}")
    if copy is not None:
        say(f"Kopie für einen anderen Ort: {copy}")
        say(
            "  Sie öffnet sich mit jedem Passwort dieser Daten oder dem Wiederherstellungsschlüssel."
        )
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.cli import EXIT_OK, folder_from, say
    from gemeinsam_desktop.services import backup

    folder = folder_from(args)
    folder.acquire()
    infos = backup.list_backups(folder)
    if not infos:
        say(f"Im Ordner {folder.paths.backups} liegt noch keine Sicherung.")
        return EXIT_OK
    say(f"Sicherungen in {folder.paths.backups}:")
    for info in infos:
        state = "" if info.good else "  BESCHÄDIGT"
        kind = KIND_NAMES.get(info.kind, info.kind)
        say(
            f"  {when(info.created):<22} {kind:<28} {counts_line(info.counts)}  {info.path.name}{state}"
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.cli import EXIT_OK, EXIT_PROBLEM, fail, folder_from, read_passphrase, say
    from gemeinsam_desktop.services import backup
    from gemeinsam_desktop.services.workspace import FolderState
    from gemeinsam_desktop.store.vault import wipe

    source = Path(args.file).expanduser()
    folder = folder_from(args)
    folder.acquire()
    backup.describe(source)  # not a backup at all: say so before asking anything
    if folder.state() is FolderState.NEW:
        # Another installation: nothing is replaced; the backup's own key proves it opens.
        own = os.environ.get(ENV_BACKUP_PASSPHRASE) or read_passphrase(
            "Passwort oder Wiederherstellungsschlüssel der Sicherung: "
        )
        result = backup.restore_into_empty(folder, source, own)
        say(f"Sicherung vom {when(result.created)} eingespielt: {counts_line(result.counts)}.")
        say(f"Datenordner: {folder.root}. Anmelden mit einem Passwort dieser Sicherung.")
        return EXIT_OK
    if not args.yes and not _tty():
        fail(
            "Wiederherstellen ersetzt die jetzigen Daten. Ohne Terminal wird nicht nachgefragt: "
            "bitte mit --yes bestätigen. Es wurde nichts verändert."
        )
        return EXIT_PROBLEM
    vault = folder.vault()
    found = vault.unlock_keychain()
    master = found[0] if found else vault.unlock_passphrase(read_passphrase())[0]
    try:
        secret: str | None = os.environ.get(ENV_BACKUP_PASSPHRASE)
        try:
            info = backup.inspect(folder, source, master=master, secret=secret)
        except BackupKeyNeededError:
            secret = read_backup_secret()
            info = backup.inspect(folder, source, master=master, secret=secret)
        say(f"Sicherung vom {when(info.created)}: {counts_line(info.counts)}.")
        if not args.yes:
            answer = input(
                "Die jetzigen Daten werden ersetzt (sie bleiben im Ordner „sicherungen“ "
                "erhalten). Einspielen? [j/N] "
            )
            if answer.strip().lower() not in ("j", "ja", "y", "yes"):
                say("Abgebrochen. Es wurde nichts verändert.")
                return EXIT_PROBLEM
        result = backup.restore_with_key(folder, source, master, secret=secret)
    finally:
        wipe(master)
    say(f"Sicherung eingespielt: {source.name} vom {when(result.created)}.")
    if result.kept_aside is not None:
        say(f"Die bisherigen Daten liegen in {result.kept_aside}.")
    if not result.same_store:
        say(
            "Anmelden jetzt mit einem Passwort dieser Sicherung oder ihrem Wiederherstellungsschlüssel."
        )
    return EXIT_OK
