"""Small shared parts of the printing services: settings rows, logos, author, project name.

Settings are rows of the ``setting`` table (key → text) under ``print.*``; nothing of this
goes to QSettings, and nothing here is personal (a logo is a path to an image file).
"""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, DiskFullError, ValidationError
from gemeinsam_desktop.services.workspace import DEFAULT_PROJECT_NAME, Workspace
from gemeinsam_desktop.store.models import Project, Setting

log = logging.getLogger(__name__)

LOGO_LEFT_KEY = "print.logo_left"
LOGO_RIGHT_KEY = "print.logo_right"


def get_setting(s: DbSession, key: str, default: str) -> str:
    row = s.get(Setting, key)
    return row.value if row is not None else default


def put_setting(s: DbSession, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def coach_id(ws: Workspace) -> int | None:
    """The coach at work (None after a recovery-key unlock, before a coach is chosen)."""
    return ws.coach.id if ws.coach is not None else None


def author(ws: Workspace) -> str:
    """The PDF's author: the coach who prints it."""
    return ws.coach.name if ws.coach is not None else ""


def project_name(s: DbSession, project_id: int | None) -> str:
    name = None
    if project_id is not None:
        name = s.scalar(select(Project.name).where(Project.id == project_id))
    return name or DEFAULT_PROJECT_NAME


def logos_for_print(s: DbSession) -> tuple[Path | None, Path | None]:
    """The logo files that can be read now; a missing or unreadable one is left out."""
    found: list[Path | None] = []
    for side, key in (("links", LOGO_LEFT_KEY), ("rechts", LOGO_RIGHT_KEY)):
        value = get_setting(s, key, "")
        if not value:
            found.append(None)
            continue
        path = Path(value)
        if path.is_file() and os.access(path, os.R_OK):
            found.append(path)
        else:
            log.warning("logo %s missing or unreadable: printed without it", side)
            found.append(None)
    return found[0], found[1]


# -- files ------------------------------------------------------------------------------------
def make_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise _write_error(folder) from None


def write_pdf(path: Path, data: bytes) -> None:
    """Atomically, readable by the owner only (the documents hold names)."""
    from gemeinsam_desktop.files import atomic_write_bytes

    try:
        atomic_write_bytes(path, data, mode=0o600)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError() from None
        raise _write_error(path) from None


def _write_error(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "„{name}“ kann nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner "
            "(zum Beispiel „Dokumente“).",
        ),
        name=str(path),
    )
