"""Command line, print: Anwesenheitslisten, Teilnahmebescheinigungen, Betreuungslisten.
Added to the parser by ``cli.build_parser``.

    gemeinsam-desktop print signin --date 2026-06-16 --out anwesenheit.pdf
    gemeinsam-desktop print certificates --out bescheinigungen/    (one PDF per person)
    gemeinsam-desktop print certificates --one-file alle.pdf
    gemeinsam-desktop print childcare --date 2026-06-16 --out betreuung.pdf

Kept lean: the services and reportlab are imported only when a command runs, and nothing
here imports Qt (the whole process is measured in ``benchmarks/bench_print.py``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

SubparserFactory = Callable[[argparse._SubParsersAction, str, str], argparse.ArgumentParser]


def add_commands(sub: argparse._SubParsersAction, subparser: SubparserFactory) -> None:
    """Register ``print`` with its three documents."""
    p = subparser(sub, "print", "Anwesenheitslisten, Teilnahmebescheinigungen, Betreuungslisten")
    docs = p.add_subparsers(dest="document", title="Dokumente", metavar="DOKUMENT")
    docs.required = True

    d = subparser(docs, "signin", "Anwesenheitslisten aller Termine eines Tages als PDF")
    _add_date(d)
    _add_out(d)
    d.add_argument(
        "--blank-rows",
        type=int,
        metavar="ANZAHL",
        help="leere Zeilen für Spontane (sonst wie in den Einstellungen, anfangs 5)",
    )
    d.add_argument(
        "--times",
        action="store_true",
        help="mit Spalten für Ankunft und Gehen",
    )
    d.set_defaults(handler=cmd_signin)

    d = subparser(
        docs,
        "certificates",
        "Teilnahmebescheinigungen aller, die die Mindestteilnahme erreichen",
    )
    target = d.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="ORDNER", help="Ordner: eine PDF-Datei pro Person")
    target.add_argument("--one-file", metavar="DATEI", help="alle Bescheinigungen in einer PDF")
    d.add_argument(
        "--project", type=int, metavar="NR", help="Projekt (sonst das erste laufende Projekt)"
    )
    d.set_defaults(handler=cmd_certificates)

    d = subparser(docs, "childcare", "Betreuungslisten aller Termine eines Tages als PDF")
    _add_date(d)
    _add_out(d)
    d.set_defaults(handler=cmd_childcare)


def _add_date(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--date", required=True, metavar="DATUM", help="Tag (JJJJ-MM-TT oder TT.MM.JJJJ)"
    )


def _add_out(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei (.pdf)")


def _pdf_target(text: str) -> Path:
    from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

    target = Path(text)
    if target.is_dir() or text.endswith(("/", "\\")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "„{name}“ ist ein Ordner. Bitte geben Sie einen Dateinamen an, z. B. "
                "{name}/liste.pdf.",
            ),
            name=text.rstrip("/\\"),
        )
    if target.suffix.lower() != ".pdf":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte wählen Sie einen Dateinamen, der auf .pdf endet.")
        )
    if not target.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Den Ordner „{name}“ gibt es nicht."),
            name=str(target.parent),
        )
    return target


def _write(target: Path, data: bytes) -> None:
    from gemeinsam_desktop.services.print_settings import write_pdf

    write_pdf(target, data)  # atomic, owner-only: the file holds names


def cmd_signin(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.cli import EXIT_OK, folder_from, parse_day, say, unlock
    from gemeinsam_desktop.services import printing

    day = parse_day(args.date)
    target = _pdf_target(args.out)
    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        options = printing.load_signin_options(workspace)
        if args.blank_rows is not None:
            options.blank_rows = args.blank_rows
        if args.times:
            options.arrival_leaving_columns = True
        ids = printing.day_session_ids(workspace, day)
        data = printing.signin_day_pdf(workspace, day, options)
    finally:
        workspace.close()
    _write(target, data)
    say(f"Anwesenheitslisten für {len(ids)} Termin(e) am {day:%d.%m.%Y} gespeichert: {target}")
    return EXIT_OK


def cmd_childcare(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.cli import EXIT_OK, folder_from, parse_day, say, unlock
    from gemeinsam_desktop.services import printing

    day = parse_day(args.date)
    target = _pdf_target(args.out)
    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        ids = printing.day_session_ids(workspace, day, childcare_only=True)
        data = printing.childcare_day_pdf(workspace, day)
    finally:
        workspace.close()
    _write(target, data)
    say(f"Betreuungslisten für {len(ids)} Termin(e) am {day:%d.%m.%Y} gespeichert: {target}")
    return EXIT_OK


def cmd_certificates(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.cli import EXIT_OK, EXIT_PROBLEM, fail, folder_from, say, unlock
    from gemeinsam_desktop.services import certificates
    from gemeinsam_desktop.services.importing import resolve_project

    single = _pdf_target(args.one_file) if args.one_file else None
    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        project_id = resolve_project(workspace, args.project)
        found = certificates.certificate_candidates(workspace, project_id)
        chosen = [c.participant_id for c in found if c.eligible]
        if not chosen:
            fail(
                "Niemand erreicht die Mindestteilnahme für eine Teilnahmebescheinigung. "
                "Es wurde nichts gespeichert."
            )
            return EXIT_PROBLEM
        if single is not None:
            data = certificates.certificates_pdf(workspace, chosen)
            written = [single]
        else:
            written = certificates.certificate_files(workspace, chosen, Path(args.out))
    finally:
        workspace.close()
    if single is not None:
        _write(single, data)
    skipped = len(found) - len(chosen)
    note = f" ({skipped} ohne Mindestteilnahme übergangen)" if skipped else ""
    where = single if single is not None else Path(args.out)
    say(f"{len(chosen)} Teilnahmebescheinigung(en) gespeichert{note}: {where}")
    if single is None and len(written) <= 3:
        for path in written:
            say(f"  {path.name}")
    return EXIT_OK
