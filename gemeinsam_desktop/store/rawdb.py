"""The store through plain ``sqlcipher3``: what opening it needs before SQLAlchemy has loaded.

SQLAlchemy and the models take ~0.25 s to import, more than everything else the main window
needs together (issue #8). Unlocking therefore checks the store with plain SQL, here: the
key (every page's HMAC), the file's identity and schema revision, the coach whose key slot
opened it. The window shows after that; the SQLAlchemy engine is made on first use
(``services.workspace.Workspace.db``), on the worker that loads the first page's data.

Also the one place that turns driver and OS errors into the known errors a coach can act on
(``translate_error``, ``known_errors``): it names SQLAlchemy's ``DBAPIError`` only when
SQLAlchemy is loaded, since none can exist before.
"""

from __future__ import annotations

import contextlib
import errno
import sys
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from gemeinsam_desktop.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ForeignDatabaseError,
    KnownError,
    NewerDatabaseError,
)
from gemeinsam_desktop.textfold import index_text

APPLICATION_ID = 0x47454D44  # "GEMD"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def schema_version(revision: str | None) -> int:
    """Revisions are named 0001, 0002, …: the number is the ``user_version``."""
    return int(revision) if revision else 0


def _newest_revision_file() -> str:
    """The head as the revision files name it (``versions/0006_leads.py`` → "0006").

    Opening a current store needs no Alembic: its stored revision is compared with this.
    tests/store/test_database.py proves it equals Alembic's own head.
    """
    names = (p.name[:4] for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return max(names)


HEAD_REVISION = _newest_revision_file()
SCHEMA_VERSION = schema_version(HEAD_REVISION)


def is_index_table(name: str) -> bool:
    """The FTS5 tables (and their shadow tables): part of the schema, not of the data."""
    return name.startswith(("note_fts", "agreement_fts"))


def _sqlalchemy_errors() -> tuple[type[BaseException], ...]:
    exc_module = sys.modules.get("sqlalchemy.exc")
    return (exc_module.DBAPIError,) if exc_module is not None else ()


def translate_error(exc: BaseException) -> KnownError | None:
    """Map a database or OS error to the known error a coach can act on, if any."""
    if isinstance(exc, KnownError):
        return exc
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFullError()
    orig = exc.orig if isinstance(exc, _sqlalchemy_errors()) else exc  # type: ignore[attr-defined]
    name = getattr(orig, "sqlite_errorname", "") or ""
    message = str(orig).lower()
    if name.startswith("SQLITE_FULL") or "database or disk is full" in message:
        return DiskFullError()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in message:
        return DatabaseBusyError()
    if name.startswith("SQLITE_NOTADB") or "file is not a database" in message:
        # The key came out of an authenticated key slot, so it is right: the file is wrong.
        return DamagedDatabaseError(detail="nicht lesbar")
    if name.startswith("SQLITE_CORRUPT") or "malformed" in message:
        return DamagedDatabaseError(detail="beschädigt")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in message:
        return DamagedDatabaseError(detail="nicht zu öffnen")
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in message:
        return DamagedDatabaseError(detail="Lesefehler")
    return None


@contextlib.contextmanager
def known_errors() -> Iterator[None]:
    """Re-raise database and OS errors as known errors where one fits."""
    try:
        yield
    except KnownError:
        raise
    except (sqlcipher3.Error, OSError) as exc:
        # sqlcipher3's own errors escape unwrapped from SQLAlchemy's pool "connect" events.
        known = translate_error(exc)
        if known is None:
            raise
        raise known from exc
    except Exception as exc:
        known = translate_error(exc) if isinstance(exc, _sqlalchemy_errors()) else None
        if known is None:
            raise
        raise known from exc


def uri(path: Path, mode: str) -> str:
    """An SQLite URI: ``mode=rw`` never creates a file (a missing store is damage, not new)."""
    return "file:" + urllib.parse.quote(str(Path(path).resolve())) + f"?mode={mode}"


def connect(path: Path, key: bytes | bytearray, mode: str) -> Any:
    """A plain sqlcipher3 connection with the raw key, outside any transaction."""
    conn = sqlcipher3.connect(
        uri(path, mode), uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        # before the key and the first page read: SQLCipher would print HMAC errors
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        # the full-text triggers (revision 0005) fold text through this function
        conn.create_function("gd_index_text", 1, index_text, deterministic=True)
    except BaseException:
        conn.close()
        raise
    return conn


def stored_revision(conn: Any) -> str | None:
    """alembic_version's one row (None when the table is missing or holds more than one)."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone():
        return None
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def check_identity(conn: Any) -> None:
    """Raise unless this is our file (``application_id``) at a schema this app knows."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0] or 0
    if app_id != APPLICATION_ID:
        raise ForeignDatabaseError()
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError()


@dataclass(frozen=True)
class CoachRow:
    id: int
    name: str
    role: str
    active: bool


@dataclass(frozen=True)
class StoreFacts:
    """What unlocking reads before the window shows."""

    current: bool  # at the newest schema revision: no migration needed
    coach: CoachRow | None  # the coach asked for (None when not asked or not found)
    project_name: str | None  # the first project's name (the window's title)


def read_facts(path: Path, key: bytes | bytearray, coach_id: int | None) -> StoreFacts:
    """Identity, revision, the coach and the project name, read-only. Raises the known
    errors of a foreign, newer or unreadable file."""
    with known_errors():
        conn = connect(path, key, "ro")
        try:
            check_identity(conn)
            current = stored_revision(conn) == HEAD_REVISION
            coach = project = None
            if current:  # older schemas may lack these columns: the migration comes first
                if coach_id is not None:
                    row = conn.execute(
                        "SELECT id, name, role, active FROM coach WHERE id = ?", (coach_id,)
                    ).fetchone()
                    if row is not None:
                        coach = CoachRow(int(row[0]), str(row[1]), str(row[2]), bool(row[3]))
                found = conn.execute("SELECT name FROM project ORDER BY id LIMIT 1").fetchone()
                project = str(found[0]) if found is not None else None
            return StoreFacts(current, coach, project)
        finally:
            conn.close()
