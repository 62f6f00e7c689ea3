"""Encrypted backup files: write, verify, read, rotate (issue #8). No Qt, no services.

A backup is one zip file (stored, not compressed — the database is encrypted and does not
compress) ending in ``.sicherung``:

* ``manifest.json`` — format, kind, sequence number, time, schema version, store id and the
  row count of every table at copy time. Nothing personal.
* ``schluessel.json`` — the key slots as they were (they hold no personal data), so that the
  file opens with the same passphrases or the recovery key on another installation.
* ``gemeinsam.db`` — an online copy (SQLite backup API) encrypted with the same master key.
  Not ``sqlcipher_export``: that drops ``user_version`` and ``application_id``.

Each backup is written under a temporary name in its own folder, verified (opens with the
key, ``cipher_integrity_check``, ``integrity_check``, row counts equal the source's at copy
time), fsynced and renamed. Names carry a sequence number that orders backups whatever the
clock says; rotation and "is a backup due" follow that number, never the wall clock alone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

import gemeinsam_desktop
from gemeinsam_desktop.errors import (
    BackupDamagedError,
    ForeignDatabaseError,
    KnownError,
    NewerDatabaseError,
)
from gemeinsam_desktop.files import _fsync_directory
from gemeinsam_desktop.store.rawdb import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    connect,
    is_index_table,
    known_errors,
    translate_error,
)
from gemeinsam_desktop.store.restore_swap import (
    commit_restore,
    discard_restore,
    finish_interrupted_restore,
    remove_with_sidecars,
    restore_temp_paths,
)

if TYPE_CHECKING:  # only typed here: SQLAlchemy loads when a Database is made
    from gemeinsam_desktop.store.database import Database

log = logging.getLogger(__name__)
__all__ = [
    "commit_restore",
    "discard_restore",
    "finish_interrupted_restore",
    "remove_with_sidecars",
    "restore_temp_paths",
]

FORMAT = "gemeinsam-sicherung"
FORMAT_VERSION = 1
SUFFIX = ".sicherung"
BAD_SUFFIX = ".beschaedigt"
MANIFEST = "manifest.json"
SLOTS = "schluessel.json"
DATABASE = "gemeinsam.db"
KIND_AUTO = "auto"
KIND_BEFORE_RESTORE = "vor-wiederherstellung"
KIND_BEFORE_UPDATE = "vor-update"  # raw copies written by Database._migrate
STEP_PAGES = 2048  # 8 MiB per backup step: progress without slowing the copy
VERIFY_CACHE_KIB = 128 * 1024
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024  # quick_check at unlocking up to this size (~0.3 s)
_NAME = re.compile(
    r"^(?P<kind>auto|vor-wiederherstellung)-(?P<seq>\d{6,})-(?P<stamp>\d{8}-\d{6})"
    + re.escape(SUFFIX)
    + r"(?P<bad>"
    + re.escape(BAD_SUFFIX)
    + r")?$"
)
_UPDATE_NAME = re.compile(r"^vor-update-.*-(?P<stamp>\d{8}-\d{6})\.db(?P<bad>\.beschaedigt)?$")

Progress = Callable[[int], None]  # percent, 0–100


@dataclass(frozen=True)
class Manifest:
    kind: str
    seq: int
    created: dt.datetime  # aware, local time of the machine that wrote it
    schema_version: int
    store_id: str
    counts: dict[str, int]
    # read when a manifest is written (importlib.metadata is kept off the start-up path)
    app_version: str = dataclasses.field(default_factory=lambda: gemeinsam_desktop.__version__)

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "kind": self.kind,
            "seq": self.seq,
            "created": self.created.isoformat(timespec="seconds"),
            "schema_version": self.schema_version,
            "store_id": self.store_id,
            "counts": self.counts,
            "app_version": self.app_version,
        }
        return json.dumps(data, indent=2, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("format")
        if int(data.get("version", 0)) > FORMAT_VERSION:
            raise ValueError("newer format")
        created = dt.datetime.fromisoformat(str(data["created"]))
        if created.tzinfo is None:
            created = created.astimezone()
        return cls(
            kind=str(data["kind"]),
            seq=int(data["seq"]),
            created=created,
            schema_version=int(data["schema_version"]),
            store_id=str(data["store_id"]),
            counts={str(k): int(v) for k, v in dict(data["counts"]).items()},
            app_version=str(data.get("app_version", "")),
        )


@dataclass(frozen=True)
class Entry:
    """One file in the backup folder, as far as it can be known without the key."""

    path: Path
    kind: str
    seq: int | None  # None for the raw pre-update copies
    created: dt.datetime | None
    manifest: Manifest | None
    bad: bool  # marked damaged (renamed with BAD_SUFFIX) or unreadable


# -- connections --------------------------------------------------------------------------
def _open_target(path: Path, key: bytes | bytearray) -> Any:
    """The empty copy the backup API writes into (tests lower its max_page_count here)."""
    return connect(path, key, "rwc")


def _table_names(conn: Any) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return sorted(r[0] for r in rows if r[0] != "alembic_version" and not is_index_table(str(r[0])))


def row_counts(conn: Any) -> dict[str, int]:
    return {
        n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0])
        for n in _table_names(conn)
    }


# -- writing ------------------------------------------------------------------------------
def backup_name(kind: str, seq: int, created: dt.datetime) -> str:
    return f"{kind}-{seq:06d}-{created:%Y%m%d-%H%M%S}{SUFFIX}"


def online_copy(
    db: Database, target: Path, key: bytes | bytearray, progress: Progress | None = None
) -> dict[str, int]:
    """Copy the open database into ``target`` (new file, same key); return the row counts.

    The counts and the copy come from one read transaction, so they describe the same
    state even if another connection writes meanwhile (WAL lets it).
    """
    remove_with_sidecars(target)
    old_umask = os.umask(0o077)  # the copy is owner-only from birth
    try:
        dst = _open_target(target, key)
    finally:
        os.umask(old_umask)
    try:
        with known_errors(), db.raw() as raw:
            src = raw.driver_connection
            src.execute("BEGIN")
            try:
                counts = row_counts(src)

                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None and total:
                        progress(int(80 * (total - remaining) / total))

                src.backup(dst, pages=STEP_PAGES, progress=step)
            finally:
                src.execute("COMMIT")
    finally:
        dst.close()
    return counts


def verify_db_file(
    path: Path, key: bytes | bytearray, expected: dict[str, int] | None = None
) -> dict[str, int]:
    """Open a copy with the key and check it through; return its row counts.

    Raises :class:`BackupDamagedError` (or :class:`NewerDatabaseError`,
    :class:`ForeignDatabaseError`) — never returns a copy that would not restore.
    """
    try:
        conn = connect(path, key, "rw")
        # integrity_check of a large file re-reads (and decrypts) pages many times through a
        # small cache: 5 s instead of 1 s at 200 MB. The cache grows only as pages are read.
        conn.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
    except sqlcipher3.Error as exc:
        raise BackupDamagedError(name=path.name, detail="nicht zu öffnen") from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlcipher3.DatabaseError as exc:
            # The key is right (it came out of an authenticated slot): the file is wrong.
            raise BackupDamagedError(name=path.name, detail="nicht lesbar") from exc
        if app_id != APPLICATION_ID:
            raise ForeignDatabaseError()
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError()
        # The HMAC pass and the structure pass read the whole file each; SQLite releases the
        # GIL, so they run side by side on two connections.
        with ThreadPoolExecutor(max_workers=1) as pool:
            cipher = pool.submit(_cipher_problems, path, key)
            try:
                structure = conn.execute("PRAGMA integrity_check").fetchall()
                counts = row_counts(conn)
            except sqlcipher3.DatabaseError as exc:
                cipher.cancel()
                raise BackupDamagedError(name=path.name, detail="nicht lesbar") from exc
            if cipher.result():
                raise BackupDamagedError(name=path.name, detail="Prüfsumme falsch")
        if [r[0] for r in structure] != ["ok"]:
            raise BackupDamagedError(name=path.name, detail="Struktur beschädigt")
        if expected is not None and counts != expected:
            raise BackupDamagedError(name=path.name, detail="Anzahl der Einträge weicht ab")
        return counts
    finally:
        conn.close()
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(path) + suffix).unlink()


def _cipher_problems(path: Path, key: bytes | bytearray) -> list[str]:
    """``cipher_integrity_check`` on a connection of its own: every page's HMAC."""
    try:
        conn = connect(path, key, "ro")
    except sqlcipher3.Error:
        return ["nicht zu öffnen"]
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.Error:
        return ["nicht lesbar"]
    finally:
        conn.close()


def write_zip(
    target: Path,
    manifest: Manifest,
    slots: bytes,
    db_file: Path,
    extra: dict[str, Path] | None = None,
) -> None:
    """The backup file, atomically: temporary name in the same folder, fsync, rename."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w+b") as handle:
            fd = -1
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
                zf.writestr(MANIFEST, manifest.to_json())
                zf.writestr(SLOTS, slots)
                info = zipfile.ZipInfo.from_file(db_file, DATABASE)
                info.compress_type = zipfile.ZIP_STORED
                with db_file.open("rb") as src, zf.open(info, "w", force_zip64=True) as dest:
                    shutil.copyfileobj(src, dest, 1 << 20)  # zipfile's own loop reads 8 KiB
                for arcname, path in (extra or {}).items():
                    zf.write(path, arcname)
            handle.flush()
            os.fsync(handle.fileno())
            # The members' CRCs were computed while writing; reading the file back would only
            # read the page cache. The directory at its end must be there, though.
            handle.seek(0)
            with zipfile.ZipFile(handle) as zf:
                if DATABASE not in zf.namelist():
                    raise BackupDamagedError(name=target.name, detail="unvollständig")
        os.replace(tmp_name, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_directory(target.parent)


def write_backup(
    db: Database,
    key: bytes | bytearray,
    slots: bytes,
    folder: Path,
    *,
    kind: str,
    store_id: str,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Entry:
    """Write, verify and name one backup file in ``folder``; nothing half-made remains."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_stale_temps(folder)
    created = (now or dt.datetime.now()).astimezone().replace(microsecond=0)
    seq = next_seq(folder)
    target = folder / backup_name(kind, seq, created)
    tmp_db = folder / f".{target.name}.db.tmp"
    try:
        with known_errors():
            counts = online_copy(db, tmp_db, key, progress)
            if progress is not None:
                progress(80)
            verify_db_file(tmp_db, key, expected=counts)
            if progress is not None:
                progress(90)
            manifest = Manifest(kind, seq, created, SCHEMA_VERSION, store_id, counts)
            write_zip(target, manifest, slots, tmp_db)
    finally:
        remove_with_sidecars(tmp_db)
    if progress is not None:
        progress(100)
    log.info("backup %s written", seq)
    return Entry(target, kind, seq, created, manifest, bad=False)


def remove_stale_temps(folder: Path) -> None:
    """Temporary files of a backup or copy that a crash (or SIGKILL) interrupted."""
    for path in folder.glob(f".*{SUFFIX}*.tmp*"):
        with contextlib.suppress(OSError):
            path.unlink()


def copy_file(source: Path, target: Path) -> None:
    """Copy a finished backup elsewhere (a USB stick) atomically: temp name, fsync, rename."""
    remove_stale_temps(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            fd = -1
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        with zipfile.ZipFile(tmp_name) as zf:
            if DATABASE not in zf.namelist():
                raise BackupDamagedError(name=target.name, detail="unvollständig")
        os.replace(tmp_name, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):  # some USB file systems cannot fsync a folder
        _fsync_directory(target.parent)


def zip_as_is(
    db_file: Path,
    slots: bytes,
    target: Path,
    *,
    kind: str,
    seq: int,
    store_id: str,
    extra: dict[str, Path] | None = None,
) -> None:
    """Keep a database file that cannot be copied through SQLite (damaged) in a backup file.

    Its counts are unknown (empty); the file is for rescue by hand, never offered as good.
    """
    created = dt.datetime.now().astimezone().replace(microsecond=0)
    manifest = Manifest(kind, seq, created, 0, store_id, {})
    write_zip(target, manifest, slots, db_file, extra)


# -- reading ------------------------------------------------------------------------------
def is_backup_file(path: Path) -> bool:
    """A backup file (zip) — or one named like one, which then is a damaged backup."""
    name = path.name.removesuffix(BAD_SUFFIX)
    return name.endswith(SUFFIX) or zipfile.is_zipfile(path)


def read_manifest(path: Path) -> Manifest:
    try:
        with zipfile.ZipFile(path) as zf:
            return Manifest.from_json(zf.read(MANIFEST))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise BackupDamagedError(name=path.name, detail="Dateiende fehlt oder unlesbar") from exc


def read_slots(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read(SLOTS)
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise BackupDamagedError(name=path.name, detail="Schlüssel fehlen") from exc


def extract_db(source: Path, target: Path) -> None:
    """The database out of a backup file (zip CRC checked), or a raw copy copied as it is."""
    remove_with_sidecars(target)
    old_umask = os.umask(0o077)
    try:
        with target.open("wb") as out:
            if is_backup_file(source):
                with zipfile.ZipFile(source) as zf, zf.open(DATABASE) as src:
                    shutil.copyfileobj(src, out, 1 << 20)
            else:
                with source.open("rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        remove_with_sidecars(target)
        raise BackupDamagedError(name=source.name, detail="Prüfsumme falsch") from exc
    except BaseException:
        remove_with_sidecars(target)
        raise
    finally:
        os.umask(old_umask)


def _entry(path: Path) -> Entry | None:
    match = _NAME.match(path.name)
    if match:
        bad = bool(match.group("bad"))
        seq = int(match.group("seq"))
        stamp = dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S").astimezone()
        manifest: Manifest | None = None
        if not bad:
            try:
                manifest = read_manifest(path)
            except KnownError:
                bad = True
        created = manifest.created if manifest else stamp
        return Entry(path, match.group("kind"), seq, created, manifest, bad)
    match = _UPDATE_NAME.match(path.name)
    if match:
        stamp = dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S").astimezone()
        return Entry(path, KIND_BEFORE_UPDATE, None, stamp, None, bool(match.group("bad")))
    return None


def scan(folder: Path) -> list[Entry]:
    """Every backup in the folder: sequence-numbered ones newest first, then raw copies."""
    if not folder.is_dir():
        return []
    entries = [e for p in folder.iterdir() if p.is_file() and (e := _entry(p)) is not None]
    return sorted(
        entries,
        key=lambda e: (
            e.seq is not None,
            e.seq or 0,
            e.created or dt.datetime.min.replace(tzinfo=dt.UTC),
        ),
        reverse=True,
    )


def next_seq(folder: Path) -> int:
    seqs = [e.seq for e in scan(folder) if e.seq is not None]
    return max(seqs, default=0) + 1


def mark_bad(entry: Entry) -> Entry:
    """Rename a damaged backup so that it is never offered again (kept for rescue by hand)."""
    if entry.bad and entry.path.name.endswith(BAD_SUFFIX):
        return entry
    target = entry.path.with_name(entry.path.name + BAD_SUFFIX)
    with contextlib.suppress(OSError):
        os.replace(entry.path, target)
        log.warning("backup %s marked damaged", entry.seq)
        return dataclasses.replace(entry, path=target, bad=True)
    return dataclasses.replace(entry, bad=True)


# -- start-up check -----------------------------------------------------------------------
def startup_problems(path: Path, key: bytes | bytearray) -> list[str]:
    """A look before the database is opened for writing: empty when it is sound.

    Read-only (a read-only connection never checkpoints a WAL into the file):

    * ``cipher_integrity_check`` — every page's HMAC (a flipped bit anywhere, a torn page);
      ~1 ms for the demo, ~0.5 s at 200 MB;
    * ``page_count`` — SQLite compares the header's size with the file: a file cut at a
      page boundary passes the HMACs but fails here;
    * ``quick_check`` (every page of every b-tree) while the file is at most
      ``QUICK_CHECK_MAX_BYTES``: ~15 ms for the demo, but 2 s at 200 MB, where the daily
      backup's full ``integrity_check`` (which reads every page too) has to do.
    """
    try:
        conn = connect(path, key, "ro")
    except sqlcipher3.Error:
        return ["nicht zu öffnen"]
    try:
        problems = ["Prüfsumme falsch" for _row in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            return problems
        conn.execute("PRAGMA page_count").fetchone()
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            problems = ["Strukturfehler" for r in rows if r[0] != "ok"]
        return problems
    except sqlcipher3.Error as exc:
        known = translate_error(exc)
        detail = known.args_map.get("detail", "") if known is not None else ""
        return [str(detail) or "beschädigt"]
    finally:
        conn.close()
