"""The command line: the same services as the GUI, for work without a screen. No Qt here.

Exit status: 0 done, 1 a problem (damaged data, invalid input, failed check), 2 wrong
passphrase or recovery key. Messages are German, one line, and say what to do.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from gemeinsam_desktop import __version__
from gemeinsam_desktop.errors import KnownError, ValidationError, WrongKeyError
from gemeinsam_desktop.logging_setup import setup_logging
from gemeinsam_desktop.services.workspace import DataFolder, FolderState, Workspace
from gemeinsam_desktop.store.paths import ENV_DATA_DIR, resolve_data_dir

ENV_PASSPHRASE = "GEMEINSAM_PASSPHRASE"
EXIT_OK, EXIT_PROBLEM, EXIT_WRONG_KEY = 0, 1, 2

TABLE_LABELS = {
    "agreement": "Vereinbarungen",
    "attendance": "Anwesenheiten",
    "audit_event": "Protokolleinträge",
    "child": "Kinder",
    "coach": "Coach-Konten",
    "coaching_note": "Coaching-Notizen",
    "consent": "Einwilligungen",
    "employer": "Arbeitgeber",
    "employer_contact": "Ansprechpersonen",
    "interaction": "Arbeitgeber-Kontakte",
    "lead": "Hinweise (Leads)",
    "location": "Orte",
    "participant": "Teilnehmende",
    "placement": "Vermittlungen",
    "project": "Projekte",
    "session": "Termine",
    "session_series": "Terminserien",
    "setting": "Einstellungen",
}


class _GermanHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        return super().add_usage(usage, actions, groups, "Aufruf: " if prefix is None else prefix)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gemeinsam-desktop",
        description=(
            "Gemeinsam Desktop – die Anwendung für die Job-Coaches von „Gemeinsam in Wetzlar“.\n"
            "Ohne Befehl startet die Oberfläche."
        ),
        formatter_class=_GermanHelpFormatter,
        add_help=False,
    )
    parser._optionals.title = "Optionen"
    _add_common(parser)
    parser.add_argument("--demo", action="store_true", help="Oberfläche mit fiktiven Demodaten")
    parser.add_argument("--lang", choices=["de", "en"], help="Sprache der Oberfläche")
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="Version anzeigen"
    )
    sub = parser.add_subparsers(dest="command", title="Befehle", metavar="BEFEHL")

    p = _subparser(sub, "init", "Neuen Datenordner mit dem ersten Coach-Konto anlegen")
    p.add_argument(
        "--coach",
        required=True,
        metavar="NAME",
        help="Name des ersten Coach-Kontos (Projektleitung)",
    )
    p.add_argument("--project", default="", metavar="NAME", help="Name des Projekts")
    p.set_defaults(handler=cmd_init)

    p = _subparser(sub, "demo", "Datenordner mit fiktiven Demodaten füllen")
    p.set_defaults(handler=cmd_demo)

    p = _subparser(sub, "check", "Entsperren, Integrität prüfen und Anzahl je Tabelle zeigen")
    p.set_defaults(handler=cmd_check)

    p = _subparser(sub, "import", "Teilnehmende aus einer Tabelle (CSV oder Excel) übernehmen")
    p.add_argument("kind", choices=["participants"], metavar="participants", help="was")
    p.add_argument("file", metavar="DATEI", help="CSV- oder XLSX-Datei")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="fehlerhafte Zeilen überspringen und den Rest übernehmen",
    )
    p.add_argument(
        "--project", type=int, metavar="NR", help="Projekt (sonst das erste laufende Projekt)"
    )
    p.set_defaults(handler=cmd_import)

    p = _subparser(sub, "export", "Teilnehmende als Tabelle (CSV oder Excel) speichern")
    p.add_argument("kind", choices=["participants"], metavar="participants", help="was")
    p.add_argument("file", metavar="DATEI", help="Zieldatei, endet auf .csv oder .xlsx")
    p.add_argument(
        "--project", type=int, metavar="NR", help="Projekt (sonst das erste laufende Projekt)"
    )
    p.add_argument(
        "--columns",
        metavar="SPALTEN",
        help="nur diese Spalten, mit Komma getrennt (z. B. last_name,first_name,phone)",
    )
    p.set_defaults(handler=cmd_export)
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-h", "--help", action="help", help="Diese Hilfe anzeigen")
    parser.add_argument(
        "--data-dir",
        metavar="ORDNER",
        help=f"Datenordner (sonst ${ENV_DATA_DIR} oder der Standardordner des Benutzers)",
    )


def _subparser(
    sub: argparse._SubParsersAction, name: str, help_text: str
) -> argparse.ArgumentParser:
    p = sub.add_parser(
        name,
        help=help_text,
        description=help_text,
        add_help=False,
        formatter_class=_GermanHelpFormatter,
    )
    p._optionals.title = "Optionen"
    p.add_argument("-h", "--help", action="help", help="Diese Hilfe anzeigen")
    p.add_argument(
        "--data-dir",
        metavar="ORDNER",
        default=argparse.SUPPRESS,
        help=f"Datenordner (sonst ${ENV_DATA_DIR} oder der Standardordner)",
    )
    return p


# -- helpers ------------------------------------------------------------------------
def say(text: str) -> None:
    print(text, flush=True)


def fail(text: str) -> None:
    print(f"Fehler: {text}", file=sys.stderr, flush=True)


def read_passphrase(prompt: str = "Passwort: ", *, confirm: bool = False) -> str:
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(
            "Kein Passwort angegeben. Bitte im Terminal eingeben oder die Umgebungsvariable "
            f"{ENV_PASSPHRASE} setzen."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Passwort wiederholen: ") != first:
        raise ValidationError("Die beiden Passwörter stimmen nicht überein. Nichts wurde angelegt.")
    return first


def folder_from(args: argparse.Namespace) -> DataFolder:
    root = resolve_data_dir(getattr(args, "data_dir", None))
    setup_logging(root)
    return DataFolder(root)


def unlock(folder: DataFolder) -> Workspace:
    folder.acquire()
    if folder.state() is FolderState.NEW:
        raise ValidationError(
            "Im Datenordner {path} gibt es noch keine Daten. Bitte zuerst "
            "„gemeinsam-desktop init --coach NAME“ ausführen.",
            path=str(folder.root),
        )
    workspace = folder.unlock_keychain()
    return workspace or folder.unlock_passphrase(read_passphrase())


def run(args: argparse.Namespace) -> int:
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except WrongKeyError as exc:
        fail(exc.message())
        return EXIT_WRONG_KEY
    except KnownError as exc:
        fail(exc.message())
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        fail("Abgebrochen.")
        return EXIT_PROBLEM


# -- commands -----------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    folder = folder_from(args)
    folder.acquire()
    if folder.state() is not FolderState.NEW:
        fail(f"Im Datenordner {folder.root} gibt es bereits Daten. Es wurde nichts verändert.")
        return EXIT_PROBLEM
    passphrase = read_passphrase("Neues Passwort: ", confirm=True)
    workspace, recovery = folder.initialize(args.coach, passphrase, args.project)
    workspace.close()
    say(f"Datenordner angelegt: {folder.root}")
    say(f"Erstes Konto (Projektleitung): {workspace.current_coach.name}")
    say("")
    say("Wiederherstellungsschlüssel – jetzt aufschreiben, er wird nie wieder angezeigt:")
    say(f"    {recovery}")
    say("Mit diesem Schlüssel öffnen Sie die Daten, wenn jedes Passwort vergessen ist.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.services import demo

    folder = folder_from(args)
    folder.acquire()
    if folder.state() is FolderState.NEW:
        workspace, _recovery = folder.initialize(demo.DEMO_LEAD_NAME, demo.DEMO_PASSPHRASE)
        say(f"Demo-Datenordner angelegt: {folder.root} (Passwort: {demo.DEMO_PASSPHRASE})")
    else:
        workspace = unlock(folder)
    try:
        summary = demo.fill_demo(workspace)
    finally:
        workspace.close()
    say(f"Demodaten eingetragen: {summary.describe()}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.services.maintenance import run_check

    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        report = run_check(workspace)
    finally:
        workspace.close()
    say(f"Datenordner: {folder.root}")
    say(f"Schema-Version: {report.revision}")
    for table, count in report.counts.items():
        say(f"  {TABLE_LABELS.get(table, table):<22} {count:>8}")
    if report.problems:
        for problem in report.problems:
            fail(problem)
        fail("Die Prüfung hat Probleme gefunden. Bitte spielen Sie die neueste Sicherung ein.")
        return EXIT_PROBLEM
    say("Prüfung bestanden: Verschlüsselung, Struktur und Protokollkette sind in Ordnung.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.services import importing

    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        project_id = importing.resolve_project(workspace, args.project)
        checked = importing.preview(Path(args.file), project_id=project_id, ws=workspace)
        bad = checked.with_state(importing.RowState.INVALID)
        for row in bad:
            for reason in row.reasons:
                print(f"Zeile {row.line}: {reason}", file=sys.stderr, flush=True)
        if bad and not args.skip_invalid:
            fail(
                f"{len(bad)} fehlerhafte Zeile(n). Es wurde nichts importiert. Bitte die Datei "
                "korrigieren oder mit --skip-invalid die übrigen Zeilen übernehmen."
            )
            return EXIT_PROBLEM
        result = importing.import_rows(workspace, checked, skip_invalid=args.skip_invalid)
    finally:
        workspace.close()
    say(
        f"Importiert: {result.imported} Teilnehmende "
        f"({result.skipped_existing} bereits vorhanden, {result.invalid} fehlerhaft übersprungen)."
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.services import exporting, importing

    columns = [c for c in args.columns.split(",") if c.strip()] if args.columns else None
    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        project_id = importing.resolve_project(workspace, args.project)
        count = exporting.export_participants(workspace, project_id, Path(args.file), columns)
    finally:
        workspace.close()
    say(f"Exportiert: {count} Teilnehmende nach {args.file}")
    return EXIT_OK


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))
