"""The encrypted SQLite database (SQLCipher through SQLAlchemy's ``sqlite+pysqlcipher``).

Hard-won rules (see issue #2):

* SQLite silently creates an empty database for a missing or 0-byte file, so an existing
  store is opened only through a URI with ``mode=rw``, and a missing or empty file counts
  as damage, never as a new store.
* Every connection gets the same pragmas (WAL, ``synchronous=FULL``, foreign keys,
  ``secure_delete``, a busy timeout, temp tables in memory, SQLCipher's log silenced).
* ``application_id`` marks our files; ``user_version`` holds the schema version, and a
  database from a newer app is refused rather than damaged.
* The key is a raw 256-bit key (``x'…'``): opening costs well under a millisecond.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from gemeinsam_desktop.errors import (
    QT_TRANSLATE_NOOP,
    DamagedDatabaseError,
    DatabaseBusyError,
)

# The plain-SQL half of the store, usable before SQLAlchemy has loaded; re-exported here.
from gemeinsam_desktop.store.rawdb import (
    APPLICATION_ID,
    HEAD_REVISION,
    MIGRATIONS_DIR,
    SCHEMA_VERSION,
    check_identity,
    is_index_table,
    known_errors,
    schema_version,
    stored_revision,
    translate_error,
    uri,
)
from gemeinsam_desktop.textfold import index_text

if TYPE_CHECKING:  # Alembic (~0.1 s to import) loads only when a schema must change
    from alembic.config import Config

__all__ = [
    "APPLICATION_ID",
    "HEAD_REVISION",
    "MIGRATIONS_DIR",
    "SCHEMA_VERSION",
    "Database",
    "head_revision",
    "is_index_table",
    "known_errors",
    "schema_version",
    "translate_error",
]

log = logging.getLogger(__name__)


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _make_engine(path: Path, key: bytes | bytearray, mode: str) -> Engine:
    url = URL.create(
        "sqlite+pysqlcipher",
        password=f"x'{bytes(key).hex()}'",
        database=uri(path, mode),
        query={"uri": "true"},
    )
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        connect_args={"check_same_thread": False, "isolation_level": None},
        hide_parameters=True,  # error messages and logs never carry the values written
    )

    @event.listens_for(engine, "connect", insert=True)
    def _silence(dbapi_conn: Any, _record: Any) -> None:
        # Before the key and before the first page is read: SQLCipher would otherwise
        # print HMAC errors of a damaged file to stderr.
        dbapi_conn.execute("PRAGMA cipher_log_level = NONE")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        # The full-text triggers (revision 0005) fold text through this function.
        dbapi_conn.create_function("gd_index_text", 1, index_text, deterministic=True)
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA busy_timeout = 8000")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA secure_delete = ON")
            cur.execute("PRAGMA temp_store = MEMORY")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None); begin here so
        # that every unit of work, reads included, is one real SQLite transaction.
        conn.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open, unlocked store. Use :meth:`session` for every unit of work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine: Engine | None = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- opening ----------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, key: bytes | bytearray) -> Database:
        """A new, empty store at ``path`` with the current schema."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise FileExistsError(str(path))
        # Create the file owner-only *before* SQLCipher opens it: WAL and SHM inherit it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
        with known_errors():
            db = cls(path, _make_engine(path, key, "rw"))
            try:
                db._migrate(backup_dir=None)
            except BaseException:
                db.close()
                raise
        return db

    @classmethod
    def open(cls, path: Path, key: bytes | bytearray, *, backup_dir: Path | None) -> Database:
        """Open an existing store; upgrade an older schema after taking an encrypted copy."""
        path = Path(path)
        if not path.exists():
            raise DamagedDatabaseError(detail="Datei fehlt")
        if path.stat().st_size == 0:
            raise DamagedDatabaseError(detail="Datei ist leer")
        with known_errors():
            db = cls(path, _make_engine(path, key, "rw"))
            try:
                db._check_identity()
                db._migrate(backup_dir=backup_dir)
            except BaseException:
                db.close()
                raise
        return db

    def _check_identity(self) -> None:
        with self.raw() as raw:
            check_identity(raw)

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def _stored_revision(self) -> str | None:
        """alembic_version's one row read with plain SQL (None when missing or ambiguous)."""
        with self.raw() as raw:
            return stored_revision(raw)

    def _migrate(self, *, backup_dir: Path | None) -> None:
        if self._stored_revision() == HEAD_REVISION:
            return  # the usual case: no Alembic needed
        from alembic import command

        current = self.current_revision()
        head = head_revision()
        if current == head:
            return
        if current is not None and backup_dir is not None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            copy = backup_dir / f"vor-update-{current}-{stamp}.db"
            self.copy_to(copy)
            log.info("schema upgrade from %s: copy taken first", current)
        cfg = _alembic_config()
        assert self.engine is not None
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with self.raw() as raw:
            raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        log.info("schema at revision %s", head)

    # -- working ----------------------------------------------------------------------
    def connect(self) -> Any:
        if self.engine is None:
            raise DatabaseBusyError(
                QT_TRANSLATE_NOOP(
                    "errors", "Die Daten sind gesperrt. Bitte melden Sie sich erneut an."
                )
            )
        return self.engine.connect()

    @contextlib.contextmanager
    def raw(self) -> Iterator[Any]:
        """A DBAPI connection outside any transaction (VACUUM, checkpoints, pragmas)."""
        if self.engine is None:
            raise DatabaseBusyError(
                QT_TRANSLATE_NOOP(
                    "errors", "Die Daten sind gesperrt. Bitte melden Sie sich erneut an."
                )
            )
        conn = self.engine.raw_connection()
        try:
            yield conn
        finally:
            conn.close()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        if self.engine is None:
            raise DatabaseBusyError(
                QT_TRANSLATE_NOOP(
                    "errors", "Die Daten sind gesperrt. Bitte melden Sie sich erneut an."
                )
            )
        with known_errors(), self._sessions() as session, session.begin():
            yield session

    def copy_to(self, target: Path) -> None:
        """An encrypted, consistent copy (same key) through ``VACUUM INTO``.

        Not ``sqlcipher_export``, which drops ``user_version`` and ``application_id``.
        """
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = target.with_name(target.name + ".part")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()  # a leftover of an interrupted copy; VACUUM INTO wants no file
        # VACUUM INTO creates the file itself: the umask makes it owner-only from birth.
        old_umask = os.umask(0o077)
        try:
            with known_errors(), self.raw() as raw:
                raw.execute("VACUUM INTO ?", (str(tmp),))
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        finally:
            os.umask(old_umask)

    def integrity_problems(self) -> list[str]:
        """Empty when the file is sound: SQLCipher's HMACs, SQLite's structure, foreign keys.

        A check that cannot even run (the damage stops it) is itself a problem, not a crash.
        """
        checks = (
            ("cipher", "PRAGMA cipher_integrity_check", lambda row: True),
            ("integrity", "PRAGMA integrity_check", lambda row: row[0] != "ok"),
            ("foreign key", "PRAGMA foreign_key_check", lambda row: True),
        )
        problems: list[str] = []
        for label, sql, is_problem in checks:
            try:
                with known_errors(), self.raw() as raw:
                    rows = raw.execute(sql).fetchall()
            except DamagedDatabaseError as exc:
                problems.append(f"{label}: {exc.args_map.get('detail', '')}")
                continue
            problems.extend(f"{label}: {' '.join(map(str, r))}" for r in rows if is_problem(r))
        return problems

    def table_counts(self) -> dict[str, int]:
        with known_errors(), self.connect() as conn:
            names = sorted(
                n
                for n in inspect(conn).get_table_names()
                if n != "alembic_version" and not is_index_table(n)
            )
            return {
                n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() or 0 for n in names
            }

    def checkpoint(self) -> None:
        with known_errors(), self.raw() as raw:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close every connection and forget the engine (and so the key in its URL)."""
        if self.engine is not None:
            with contextlib.suppress(OperationalError):
                self.checkpoint()
            self.engine.dispose()
            self.engine = None
