"""The command line: the same services as the GUI, for work without a screen. No Qt here.

Exit status: 0 done, 1 a problem (damaged data, invalid input, failed check), 2 wrong
passphrase or recovery key. Messages are German, one line, and say what to do.
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

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, KnownError, ValidationError, WrongKeyError
from gemeinsam_desktop.logging_setup import setup_logging
from gemeinsam_desktop.services.workspace import DataFolder, FolderState, Workspace
from gemeinsam_desktop.store.paths import ENV_DATA_DIR, resolve_data_dir

if TYPE_CHECKING:
    from gemeinsam_desktop.services.calendar import SessionInfo

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


class _VersionAction(argparse.Action):
    """``--version``: looks the version up only when asked (start-up time)."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        from gemeinsam_desktop import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


class _GermanHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        return super().add_usage(usage, actions, groups, "Aufruf: " if prefix is None else prefix)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line. A start of the GUI (options only, the usual case) is parsed without
    building the commands' parsers (~5 ms of start-up); anything else, help included, by the
    whole parser, which also gives the errors."""
    if not any(arg in ("-h", "--help") for arg in argv):
        args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; with ``commands=False`` only the options of a GUI start."""
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
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="Version anzeigen")
    if not commands:
        return parser
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

    p = _subparser(
        sub, "import", "Teilnehmende oder Arbeitgeber aus einer Tabelle (CSV oder Excel) übernehmen"
    )
    p.add_argument(
        "kind",
        choices=["participants", "employers"],
        metavar="participants|employers",
        help="was: participants (Teilnehmende) oder employers (Arbeitgeber)",
    )
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

    p = _subparser(
        sub,
        "export",
        "Teilnehmende als Tabelle (CSV oder Excel) oder Termine als Kalenderdatei (.ics) speichern",
    )
    p.add_argument(
        "kind",
        choices=["participants", "ics"],
        metavar="participants|ics",
        help="was: participants (Teilnehmende) oder ics (Termine)",
    )
    p.add_argument(
        "file", metavar="DATEI", help="Zieldatei, endet auf .csv oder .xlsx (participants), .ics"
    )
    p.add_argument(
        "--project", type=int, metavar="NR", help="Projekt (sonst das erste laufende Projekt)"
    )
    p.add_argument(
        "--columns",
        metavar="SPALTEN",
        help="nur diese Spalten, mit Komma getrennt (z. B. last_name,first_name,phone)",
    )
    p.add_argument(
        "--from", dest="date_from", metavar="DATUM", help="nur ics: Termine ab diesem Tag"
    )
    p.add_argument(
        "--to", dest="date_to", metavar="DATUM", help="nur ics: Termine bis zu diesem Tag"
    )
    p.set_defaults(handler=cmd_export)

    p = _subparser(sub, "sessions", "Termine auflisten (ohne Angabe: die laufende Woche)")
    p.add_argument(
        "--from", dest="date_from", metavar="DATUM", help="erster Tag (JJJJ-MM-TT oder TT.MM.JJJJ)"
    )
    p.add_argument(
        "--to", dest="date_to", metavar="DATUM", help="letzter Tag (JJJJ-MM-TT oder TT.MM.JJJJ)"
    )
    p.add_argument(
        "--project", type=int, metavar="NR", help="Projekt (sonst das erste laufende Projekt)"
    )
    p.set_defaults(handler=cmd_sessions)

    # Larger command groups live in modules of their own (cli_print, cli_report,
    # cli_backup); each adds its subcommands through ``add_commands(sub, _subparser)``.
    # Imported here, not at the top: they import helpers from this module.
    from gemeinsam_desktop import cli_backup, cli_print, cli_report

    for module in (cli_print, cli_report, cli_backup):
        module.add_commands(sub, _subparser)
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
    except BrokenPipeError:
        # The reader went away (e.g. "| head"): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


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
    from gemeinsam_desktop.cli_backup import newest_line
    from gemeinsam_desktop.errors import DamagedStoreError
    from gemeinsam_desktop.services.maintenance import run_check

    folder = folder_from(args)
    try:
        workspace = unlock(folder)
    except DamagedStoreError as exc:  # found before opening: name the newest good backup
        fail(exc.message())
        say(newest_line(exc.newest_good))
        return EXIT_PROBLEM
    try:
        report = run_check(workspace)
    finally:
        workspace.close()
    say(f"Datenordner: {folder.root}")
    say(f"Schema-Version: {report.revision}")
    for table, count in report.counts.items():
        say(f"  {TABLE_LABELS.get(table, table):<22} {count:>8}")
    say(newest_line(report.newest_backup))
    if report.problems:
        for problem in report.problems:
            fail(problem)
        fail("Die Prüfung hat Probleme gefunden. Bitte spielen Sie die neueste Sicherung ein.")
        return EXIT_PROBLEM
    say("Prüfung bestanden: Verschlüsselung, Struktur und Protokollkette sind in Ordnung.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.services import importing

    if args.kind == "employers":
        from gemeinsam_desktop.cli_network import cmd_import_employers

        return cmd_import_employers(args)
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

    if args.kind == "ics":
        return cmd_export_ics(args)
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


WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def parse_day(text: str) -> dt.date:
    """A day typed as 2026-06-16 or 16.06.2026."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "„{text}“ ist kein gültiges Datum. Bitte als JJJJ-MM-TT oder TT.MM.JJJJ angeben, "
            "z. B. 16.06.2026.",
        ),
        text=text,
    )


def day_range(
    args: argparse.Namespace, today: dt.date | None = None, *, this_week: bool = True
) -> tuple[dt.date | None, dt.date | None]:
    """--from/--to; without them this week (Monday to Sunday) or, if not ``this_week``, open."""
    start = parse_day(args.date_from) if args.date_from else None
    end = parse_day(args.date_to) if args.date_to else None
    if this_week:
        today = today or dt.date.today()
        monday = today - dt.timedelta(days=today.weekday())
        if start is None and end is None:
            start, end = monday, monday + dt.timedelta(days=6)
        elif start is None:
            assert end is not None
            start = end - dt.timedelta(days=end.weekday())
        elif end is None:
            end = start + dt.timedelta(days=6 - start.weekday())
    if start is not None and end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Das Ende ({end}) liegt vor dem Anfang ({start})."),
            start=start.strftime("%d.%m.%Y"),
            end=end.strftime("%d.%m.%Y"),
        )
    return start, end


def session_line(info: SessionInfo) -> str:
    """One session as the command line lists it."""
    from gemeinsam_desktop.services import calendar

    day = info.starts_at
    parts = [
        f"{WEEKDAYS[day.weekday()]} {day:%d.%m.%Y}",
        f"{info.starts_at:%H:%M}–{info.ends_at:%H:%M}",
        calendar.KIND_NAMES[info.kind],
        info.topic if info.topic and info.topic != calendar.KIND_NAMES[info.kind] else "–",
        info.place or info.employer_name or "–",
        f"erwartet {info.expected}",
        f"anwesend {info.present}",
    ]
    line = "  ".join(parts)
    if info.cancelled:
        line += "  ABGESAGT" + (f" ({info.cancel_reason})" if info.cancel_reason else "")
    return line


def cmd_sessions(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.services import calendar, importing

    start, end = day_range(args)
    assert start is not None and end is not None
    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        project_id = importing.resolve_project(workspace, args.project)
        found = calendar.sessions_between(workspace, project_id, start, end)
    finally:
        workspace.close()
    say(f"Termine vom {start:%d.%m.%Y} bis {end:%d.%m.%Y}: {len(found)}")
    for info in found:
        say(session_line(info))
    return EXIT_OK


def cmd_export_ics(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.files import atomic_write_bytes
    from gemeinsam_desktop.services import calendar, importing

    start, end = day_range(args, this_week=False)
    target = Path(args.file)
    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        project_id = importing.resolve_project(workspace, args.project)
        data = calendar.export_ics(workspace, project_id, start=start, end=end)
    finally:
        workspace.close()
    count = data.count(b"BEGIN:VEVENT")
    try:
        atomic_write_bytes(target, data, mode=0o644)
    except OSError as exc:
        fail(f"Die Datei {target} konnte nicht geschrieben werden: {exc.strerror or exc}")
        return EXIT_PROBLEM
    say(f"Exportiert: {count} Termine nach {target}")
    return EXIT_OK


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))
