"""Checks of an unlocked store: integrity, counts, the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from gemeinsam_desktop.services import audit, backup
from gemeinsam_desktop.services.backup import BackupInfo
from gemeinsam_desktop.services.workspace import Workspace


@dataclass
class CheckReport:
    revision: str | None
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)
    newest_backup: BackupInfo | None = None  # the newest automatic backup that passes a check

    @property
    def ok(self) -> bool:
        return not self.problems


def run_check(ws: Workspace) -> CheckReport:
    problems = ws.db.integrity_problems()
    with ws.db.session() as s:
        if not audit.chain_is_intact(s):
            problems.append(
                "Die Protokollkette ist unterbrochen (Einträge fehlen oder wurden verändert)."
            )
    newest = backup.newest_good(ws.folder, ws.master_key, ws.vault.store_id)
    return CheckReport(ws.db.current_revision(), ws.db.table_counts(), problems, newest)
