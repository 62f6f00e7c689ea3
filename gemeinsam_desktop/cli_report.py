"""Command line, report: Berichte, Fehlzeiten. Added to the parser by ``cli.build_parser``.

    gemeinsam-desktop report --from 2026-06-01 --to 2026-06-30 --out bericht.pdf
    gemeinsam-desktop report --out zahlen.xlsx              (the figures; also .csv)
    gemeinsam-desktop report --kind abschluss --named-appendix --out abschluss.pdf
    gemeinsam-desktop report absences --month 2026-06 --out fehlzeiten.pdf   (or .csv)

``report`` takes an optional first word: ``summary`` (the default) or ``absences``, so both
forms above work. Without --from/--to the report covers the project's whole period up to
today. Nothing here imports Qt; services and reportlab load only when a command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from gemeinsam_desktop.services.workspace import Workspace

SubparserFactory = Callable[[argparse._SubParsersAction, str, str], argparse.ArgumentParser]


def add_commands(sub: argparse._SubParsersAction, subparser: SubparserFactory) -> None:
    """Register ``report`` (Zwischen-/Abschlussbericht, Kennzahlen, Fehlzeiten)."""
    p = subparser(
        sub,
        "report",
        "Bericht für JobCenter und Stadt (PDF), Kennzahlen (XLSX/CSV) oder Fehlzeiten speichern",
    )
    p._positionals.title = "Argumente"
    p.add_argument(
        "what",
        nargs="?",
        choices=["summary", "absences"],
        default="summary",
        metavar="summary|absences",
        help="summary: Bericht oder Kennzahlen (Standard); absences: Fehlzeitenbescheinigung",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="DATEI",
        help="Zieldatei: .pdf (Bericht), .xlsx oder .csv (Kennzahlen); Fehlzeiten: .pdf oder .csv",
    )
    p.add_argument(
        "--from", dest="date_from", metavar="DATUM", help="erster Tag (sonst Projektbeginn)"
    )
    p.add_argument("--to", dest="date_to", metavar="DATUM", help="letzter Tag (sonst heute)")
    p.add_argument(
        "--kind",
        choices=["zwischen", "abschluss"],
        default="zwischen",
        help="Zwischenbericht (Standard) oder Abschlussbericht",
    )
    p.add_argument(
        "--named-appendix",
        action="store_true",
        help="namentliche Anlage mit allen Teilnehmenden anhängen (nur PDF; vertraulich)",
    )
    p.add_argument(
        "--month", metavar="JJJJ-MM", help="nur absences: der Monat, z. B. 2026-06 (Pflicht)"
    )
    p.add_argument("--participant", type=int, metavar="NR", help="nur absences: nur diese Person")
    p.add_argument(
        "--project", type=int, metavar="NR", help="Projekt (sonst das erste laufende Projekt)"
    )
    p.set_defaults(handler=cmd_report)


def _refuse(text: str, name: str = "") -> NoReturn:
    from gemeinsam_desktop.errors import ValidationError

    raise ValidationError(text, name=name)


def cmd_report(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.cli import EXIT_OK, folder_from, unlock

    target = Path(args.out)
    suffix = target.suffix.lower()
    if args.what == "absences":
        if not args.month:
            _refuse("Bitte geben Sie den Monat an, z. B. --month 2026-06.")
        if suffix not in (".pdf", ".csv"):
            _refuse("Die Fehlzeiten werden als .pdf oder .csv gespeichert, nicht als „{name}“.",
                    name=target.name)  # fmt: skip
    elif suffix not in (".pdf", ".xlsx", ".csv"):
        _refuse("Der Bericht wird als .pdf, die Kennzahlen als .xlsx oder .csv gespeichert, "
                "nicht als „{name}“.", name=target.name)  # fmt: skip
    elif args.named_appendix and suffix != ".pdf":
        _refuse("Die namentliche Anlage gibt es nur im PDF-Bericht. Die Kennzahlen enthalten "
                "keine Namen.")  # fmt: skip
    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        if args.what == "absences":
            message = _absences(workspace, args, target)
        else:
            message = _summary(workspace, args, target)
    finally:
        workspace.close()
    print(message, flush=True)
    return EXIT_OK


def _summary(workspace: Workspace, args: argparse.Namespace, target: Path) -> str:
    from gemeinsam_desktop.cli import parse_day
    from gemeinsam_desktop.services import figures, figures_export, importing

    today = dt.date.today()
    project_id = importing.resolve_project(workspace, args.project)
    start = parse_day(args.date_from) if args.date_from else None
    end = parse_day(args.date_to) if args.date_to else None
    if start is None or end is None:
        first, last = figures.project_period(workspace, project_id)
        start = start or first or today
        end = end or (min(last, today) if last else today)
    fig = figures.compute(workspace, project_id, start, end, today)
    period = f"{start:%d.%m.%Y} bis {end:%d.%m.%Y}"
    quota = figures_export.percent_de(fig.integration.rate)
    if target.suffix.lower() != ".pdf":
        figures_export.export(workspace, fig, target)
        return f"Kennzahlen {period} gespeichert: {target} (Integrationsquote {quota})"
    from gemeinsam_desktop.printing.report import TITLES, build_report

    named = figures.named_lines(workspace, project_id, start, end, today)
    data = build_report(
        fig,
        args.kind,
        named if args.named_appendix else None,
        author=workspace.current_coach.name,
    )
    figures_export.write_report(workspace, project_id, target, data)
    appendix = f", mit namentlicher Anlage ({len(named)} Personen)" if args.named_appendix else ""
    return (
        f"{TITLES[args.kind]} {period} gespeichert: {target} (Integrationsquote {quota}{appendix})"
    )


def _absences(workspace: Workspace, args: argparse.Namespace, target: Path) -> str:
    from gemeinsam_desktop.services import absences, importing

    year, month = absences.parse_month(args.month)
    project_id = importing.resolve_project(workspace, args.project)
    report = absences.load(workspace, project_id, year, month, args.participant)
    if target.suffix.lower() == ".csv":
        data = absences.csv_bytes(report)
    else:
        from gemeinsam_desktop.printing.absences import build_absences

        data = build_absences(report, author=workspace.current_coach.name)
    absences.write(workspace, project_id, target, data)
    count, people = sum(len(p.absences) for p in report.people), len(report.people)
    return (
        f"Fehlzeiten {month:02d}/{year} gespeichert: {target} "
        f"({people} {'Person' if people == 1 else 'Personen'}, {count} Fehlzeiten)"
    )
