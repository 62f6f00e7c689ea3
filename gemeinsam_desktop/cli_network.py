"""Command line, employer network: ``import employers DATEI`` (called by ``cli.cmd_import``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_import_employers(args: argparse.Namespace) -> int:
    from gemeinsam_desktop.cli import EXIT_OK, EXIT_PROBLEM, fail, folder_from, say, unlock
    from gemeinsam_desktop.services import employer_import
    from gemeinsam_desktop.services.importing import RowState

    folder = folder_from(args)
    workspace = unlock(folder)
    try:
        checked = employer_import.preview(Path(args.file), ws=workspace)
        bad = checked.with_state(RowState.INVALID)
        for row in bad:
            for reason in row.reasons:
                print(f"Zeile {row.line}: {reason}", file=sys.stderr, flush=True)
        if bad and not args.skip_invalid:
            fail(
                f"{len(bad)} fehlerhafte Zeile(n). Es wurde nichts importiert. Bitte die Datei "
                "korrigieren oder mit --skip-invalid die übrigen Zeilen übernehmen."
            )
            return EXIT_PROBLEM
        result = employer_import.import_rows(workspace, checked, skip_invalid=args.skip_invalid)
    finally:
        workspace.close()
    say(
        f"Importiert: {result.created} Arbeitgeber neu, {result.updated} ergänzt "
        f"({result.unchanged} bereits vorhanden, {result.invalid} fehlerhaft übersprungen)."
    )
    return EXIT_OK
