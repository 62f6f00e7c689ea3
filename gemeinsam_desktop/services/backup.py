"""Backups and restore as use cases (issue #8); the GUI and the command line call these.

* :func:`make_backup` writes a verified automatic backup into ``sicherungen/`` and rotates
  (7 daily, 4 weekly, 6 monthly by default, kept in the ``setting`` table);
  :func:`backup_if_due` does so at most once a day; :func:`backup_to` also copies the file
  to a folder the coach picks (USB stick).
* :func:`restore` (running app), :func:`restore_with_key` (command line, also over a
  damaged database), :func:`restore_into_empty` (another installation) and
  :func:`restore_checked` (the newest good backup offered at unlocking) all go through one
  path: extract, verify with the key, keep the current database aside
  (``vor-wiederherstellung-…``), then swap under a marker so that a crash at any moment
  leaves either the old or the new data, never a mix (``store/backup.py``).
* :func:`check_at_unlock` runs before the database is opened for writing and, when the file
  is damaged, raises :class:`DamagedStoreError` naming the newest *good* backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gemeinsam_desktop.errors import (
    QT_TRANSLATE_NOOP,
    BackupDamagedError,
    BackupKeyNeededError,
    BackupTargetError,
    BackupWrongKeyError,
    DamagedStoreError,
    KnownError,
    NotABackupError,
    StoreExistsError,
    ValidationError,
    WrongKeyError,
)
from gemeinsam_desktop.files import atomic_write_bytes
from gemeinsam_desktop.store import backup as store
from gemeinsam_desktop.store import rotation
from gemeinsam_desktop.store.vault import Vault, normalize_recovery_key, wipe

if TYPE_CHECKING:
    from gemeinsam_desktop.services.workspace import DataFolder, Workspace
    from gemeinsam_desktop.store.paths import DataPaths

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
DAY = dt.timedelta(days=1)
STALE_AFTER = dt.timedelta(days=7)  # the main window warns when the last backup is older
POLICY_KEYS = ("backup.keep_daily", "backup.keep_weekly", "backup.keep_monthly")
POLICY_LIMIT = 99


@dataclass(frozen=True)
class BackupInfo:
    """A backup file as the coach sees it in a list."""

    path: Path
    kind: str  # store.KIND_AUTO, KIND_BEFORE_RESTORE, KIND_BEFORE_UPDATE, or "datei"
    created: dt.datetime | None  # aware
    counts: dict[str, int]  # empty when unknown (a raw or damaged copy)
    good: bool  # False: marked damaged, never offered
    seq: int | None = None

    @property
    def participants(self) -> int | None:
        return self.counts.get("participant") if self.counts else None

    @property
    def notes(self) -> int | None:
        return self.counts.get("coaching_note") if self.counts else None


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    created: dt.datetime | None
    counts: dict[str, int]
    same_store: bool  # False: the backup's key slots replaced the folder's
    kept_aside: Path | None  # where the replaced database went


def _info(entry: store.Entry) -> BackupInfo:
    return BackupInfo(
        path=entry.path,
        kind=entry.kind,
        created=entry.created,
        counts=dict(entry.manifest.counts) if entry.manifest else {},
        good=not entry.bad,
        seq=entry.seq,
    )


# -- policy -------------------------------------------------------------------------------
def policy(ws: Workspace) -> rotation.Policy:
    from gemeinsam_desktop.store.models import Setting

    default = rotation.Policy()
    values = [default.daily, default.weekly, default.monthly]
    with ws.db.session() as s:
        for i, key in enumerate(POLICY_KEYS):
            row = s.get(Setting, key)
            if row is not None:
                with contextlib.suppress(ValueError):
                    values[i] = max(0, min(POLICY_LIMIT, int(row.value)))
    return rotation.Policy(max(1, values[0]), values[1], values[2])


def set_policy(ws: Workspace, new: rotation.Policy) -> rotation.Policy:
    from gemeinsam_desktop.services import audit
    from gemeinsam_desktop.store.models import Setting

    values = (new.daily, new.weekly, new.monthly)
    if new.daily < 1 or any(not 0 <= v <= POLICY_LIMIT for v in values):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Bitte wählen Sie mindestens eine tägliche Sicherung und höchstens {limit} je Art.",
            ),
            limit=POLICY_LIMIT,
        )
    with ws.db.session() as s:
        for key, value in zip(POLICY_KEYS, values, strict=True):
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=str(value)))
            else:
                row.value = str(value)
        audit.record(s, ws.coach.id if ws.coach else None, "backup.policy_changed", "setting")
    return new


# -- making backups -----------------------------------------------------------------------
def make_backup(
    ws: Workspace, *, progress: Progress | None = None, now: dt.datetime | None = None
) -> BackupInfo:
    """A verified automatic backup in ``sicherungen/``, then rotation."""
    paths = ws.folder.paths
    slots = paths.keyslots.read_bytes()
    entry = store.write_backup(
        ws.db,
        ws.master_key,
        slots,
        paths.backups,
        kind=store.KIND_AUTO,
        store_id=ws.vault.store_id,
        now=now,
        progress=progress,
    )
    rotation.rotate(paths.backups, policy(ws))
    return _info(entry)


def backup_if_due(
    ws: Workspace, *, now: dt.datetime | None = None, interval: dt.timedelta = DAY
) -> BackupInfo | None:
    """The once-a-day backup while the app runs; ``None`` when the newest is recent enough."""
    now = (now or dt.datetime.now()).astimezone()
    if not rotation.is_due(store.scan(ws.folder.paths.backups), now, interval):
        return None
    return make_backup(ws, now=now)


def backup_to(ws: Workspace, target: Path, *, progress: Progress | None = None) -> Path:
    """A backup for another place (USB stick): made and verified here, then copied.

    ``target`` is a folder (the file gets a dated name) or a file name.
    """
    from gemeinsam_desktop.services import audit

    target = Path(target).expanduser()
    info = make_backup(ws, progress=(lambda p: progress(p * 9 // 10)) if progress else None)
    assert info.created is not None
    if target.is_dir():
        dest = target / f"Gemeinsam-Sicherung-{info.created:%Y-%m-%d-%H%M%S}{store.SUFFIX}"
    else:
        dest = (
            target
            if target.suffix == store.SUFFIX
            else target.with_name(target.name + store.SUFFIX)
        )
    if not dest.parent.is_dir():
        raise BackupTargetError(path=str(dest.parent), detail="Ordner nicht gefunden")
    try:
        store.copy_file(info.path, dest)
    except OSError as exc:
        full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
        detail = "kein Platz mehr" if full else (exc.strerror or "nicht beschreibbar")
        raise BackupTargetError(path=str(dest.parent), detail=detail) from exc
    with ws.db.session() as s:
        audit.record(s, ws.coach.id if ws.coach else None, "backup.exported")
    if progress is not None:
        progress(100)
    return dest


# -- reading ------------------------------------------------------------------------------
def list_backups(folder: DataFolder) -> list[BackupInfo]:
    """Every backup in ``sicherungen/``, newest first (no key needed: manifests only)."""
    return [_info(e) for e in store.scan(folder.paths.backups)]


def last_backup(folder: DataFolder) -> BackupInfo | None:
    """The newest automatic backup not marked damaged (each was verified when written)."""
    entry = rotation.newest_auto(store.scan(folder.paths.backups))
    return _info(entry) if entry is not None else None


def is_stale(info: BackupInfo | None, now: dt.datetime | None = None) -> bool:
    """True when there is no backup or the newest is older than a week.

    A backup dated in the future (clock set back) counts as recent: the warning is for
    forgotten backups, not for clocks.
    """
    if info is None or info.created is None:
        return True
    return (now or dt.datetime.now()).astimezone() - info.created > STALE_AFTER


def describe(source: Path) -> BackupInfo:
    """What a file says about itself, without the key (for a chosen file)."""
    source = Path(source)
    if not source.is_file():
        raise NotABackupError(name=source.name)
    for entry in store.scan(source.parent):  # one of ours (named as the backup folder names)
        readable = entry.manifest is not None or entry.kind == store.KIND_BEFORE_UPDATE
        if entry.path == source and readable:
            return _info(entry)
    if store.is_backup_file(source):
        manifest = store.read_manifest(source)
        return BackupInfo(source, "datei", manifest.created, dict(manifest.counts), True, None)
    raise NotABackupError(name=source.name)


def _temp_slot_vault(paths: DataPaths, slots: bytes) -> Vault:
    paths.ensure_root()
    fd, name = tempfile.mkstemp(prefix=".schluessel-pruefen.", suffix=".json", dir=paths.root)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(slots)
        return Vault.load(Path(name))
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)


def _unlock_backup_vault(vault: Vault, secret: str) -> bytearray:
    if normalize_recovery_key(secret) is not None:
        with contextlib.suppress(WrongKeyError):
            return vault.unlock_recovery(secret)
    try:
        return vault.unlock_passphrase(secret)[0]
    except WrongKeyError as exc:
        raise BackupWrongKeyError() from exc


def _resolve_key(
    paths: DataPaths, source: Path, master: bytes | bytearray | None, secret: str | None
) -> tuple[bytearray, bytes | None]:
    """The key that opens ``source``, and the backup's key slots when they must come along.

    A backup of this store opens with the current master key and leaves the current slots
    (they may be newer: a passphrase changed since). A backup from elsewhere needs one of
    its own passphrases or its recovery key, and brings its slots.
    """
    if not store.is_backup_file(source):
        if master is None:
            raise NotABackupError(name=source.name)
        return bytearray(master), None
    slots = store.read_slots(source)
    try:
        vault = _temp_slot_vault(paths, slots)
    except KnownError as exc:
        raise BackupDamagedError(name=source.name, detail="Schlüssel unlesbar") from exc
    if master is not None and vault.key_matches(master):
        return bytearray(master), None
    if not secret:
        raise BackupKeyNeededError()
    return _unlock_backup_vault(vault, secret), slots


def _verify_source(paths: DataPaths, source: Path, key: bytearray, target: Path) -> dict[str, int]:
    """Extract ``source`` to ``target`` and check it through with ``key``; its counts."""
    expected = None
    if store.is_backup_file(source):
        manifest = store.read_manifest(source)
        expected = manifest.counts or None
    store.extract_db(source, target)
    try:
        return store.verify_db_file(target, key, expected=expected)
    except BackupDamagedError:
        if not store.is_backup_file(source):
            # A raw file that this key cannot read is most likely from another store.
            raise NotABackupError(name=source.name) from None
        raise
    except BaseException:
        store.remove_with_sidecars(target)
        raise


def inspect(
    folder: DataFolder,
    source: Path,
    *,
    master: bytes | bytearray | None,
    secret: str | None = None,
) -> BackupInfo:
    """Decrypt and check a backup; return its date and real row counts. Changes nothing."""
    source = Path(source)
    info = describe(source)
    paths = folder.paths
    key, _slots = _resolve_key(paths, source, master, secret)
    fd, name = tempfile.mkstemp(prefix=".pruefen.", suffix=".db", dir=paths.root)
    os.close(fd)
    try:
        counts = _verify_source(paths, source, key, Path(name))
    except BackupDamagedError:
        _mark_if_ours(paths, source)
        raise
    finally:
        store.remove_with_sidecars(Path(name))
        if master is None or key is not master:
            wipe(key)
    return BackupInfo(source, info.kind, info.created, counts, True, info.seq)


def _mark_if_ours(paths: DataPaths, source: Path) -> None:
    if source.parent.resolve() == paths.backups.resolve():
        for entry in store.scan(paths.backups):
            if entry.path == source:
                store.mark_bad(entry)


def newest_good(folder: DataFolder, master: bytes | bytearray, store_id: str) -> BackupInfo | None:
    """The newest automatic backup of this store that passes a full check with the key.

    Damaged ones met on the way are marked (renamed) and never offered again.
    """
    paths = folder.paths
    for entry in store.scan(paths.backups):
        if entry.kind != store.KIND_AUTO or entry.bad or entry.manifest is None:
            continue
        if entry.manifest.store_id != store_id:
            continue
        fd, name = tempfile.mkstemp(prefix=".pruefen.", suffix=".db", dir=paths.root)
        os.close(fd)
        try:
            store.extract_db(entry.path, Path(name))
            counts = store.verify_db_file(Path(name), master, expected=entry.manifest.counts)
        except KnownError:
            store.mark_bad(entry)
            continue
        finally:
            store.remove_with_sidecars(Path(name))
        return BackupInfo(entry.path, entry.kind, entry.created, counts, True, entry.seq)
    return None


# -- restoring ----------------------------------------------------------------------------
def _keep_aside(paths: DataPaths) -> Path | None:
    """The current database (and WAL), with its key slots, into a backup file of its own."""
    if not paths.database.exists() or paths.database.stat().st_size == 0:
        return None
    slots = paths.keyslots.read_bytes() if paths.keyslots.exists() else b"{}"
    store_id = ""
    with contextlib.suppress(KnownError):
        store_id = Vault.load(paths.keyslots).store_id
    paths.backups.mkdir(parents=True, exist_ok=True, mode=0o700)
    seq = store.next_seq(paths.backups)
    created = dt.datetime.now().astimezone().replace(microsecond=0)
    target = paths.backups / store.backup_name(store.KIND_BEFORE_RESTORE, seq, created)
    extra = (
        {"gemeinsam.db-wal": paths.wal} if paths.wal.exists() and paths.wal.stat().st_size else {}
    )
    store.zip_as_is(paths.database, slots, target, kind=store.KIND_BEFORE_RESTORE, seq=seq,
                    store_id=store_id, extra=extra)  # fmt: skip
    return target


def _restore(
    folder: DataFolder,
    source: Path,
    *,
    key: bytearray | None,
    slots: bytes | None,
    close_current: Callable[[], None] | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Extract (and with ``key``, verify), keep the current data aside, swap under a marker."""
    paths = folder.paths
    db_tmp, slots_tmp = store.restore_temp_paths(paths)
    info = describe(source)
    try:
        if key is not None:
            counts = _verify_source(paths, source, key, db_tmp)
        else:
            store.extract_db(source, db_tmp)  # CRC-checked; verified with the key just before
            counts = dict(info.counts)
        if progress is not None:
            progress(60)
        if slots is not None:
            atomic_write_bytes(slots_tmp, slots)
        if close_current is not None:
            close_current()
        aside = _keep_aside(paths)
        if progress is not None:
            progress(90)
        store.commit_restore(paths)
    except BackupDamagedError:
        store.discard_restore(paths)
        _mark_if_ours(paths, source)
        raise
    except BaseException:
        store.discard_restore(paths)
        raise
    log.info("restored a backup (%s)", "same store" if slots is None else "other store")
    if progress is not None:
        progress(100)
    return RestoreResult(source, info.created, counts, slots is None, aside)


def restore_with_key(
    folder: DataFolder,
    source: Path,
    master: bytes | bytearray,
    *,
    secret: str | None = None,
    close_current: Callable[[], None] | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Restore ``source`` over this folder's data; ``master`` proves the right to do so."""
    source = Path(source)
    describe(source)
    key, slots = _resolve_key(folder.paths, source, master, secret)
    try:
        return _restore(
            folder, source, key=key, slots=slots, close_current=close_current, progress=progress
        )
    finally:
        if key is not master:
            wipe(key)


def restore(
    ws: Workspace,
    source: Path,
    *,
    secret: str | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Restore while the app runs. The workspace is closed afterwards: lock and unlock again."""
    from gemeinsam_desktop.services import audit
    from gemeinsam_desktop.store.database import Database
    from gemeinsam_desktop.store.models import Coach
    from gemeinsam_desktop.store.restore_swap import restore_pending

    paths = ws.folder.paths
    try:
        result = restore_with_key(
            ws.folder,
            source,
            ws.master_key,
            secret=secret,
            close_current=ws.db.close,
            progress=progress,
        )
    except BaseException:
        # Failed before the swap (disk full while keeping the old data aside …): the data
        # is as it was, so the workspace goes on working with it.
        if ws.db.engine is None and not restore_pending(paths):
            with contextlib.suppress(KnownError):
                ws.db = Database.open(paths.database, ws.master_key, backup_dir=paths.backups)
        raise
    if result.same_store:
        db = Database.open(paths.database, ws.master_key, backup_dir=paths.backups)
        try:
            with db.session() as s:
                coach_id = ws.coach.id if ws.coach and s.get(Coach, ws.coach.id) else None
                audit.record(s, coach_id, "backup.restored")
        finally:
            db.close()
    return result


def restore_into_empty(
    folder: DataFolder, source: Path, secret: str, *, progress: Progress | None = None
) -> RestoreResult:
    """Another installation: a backup file into an empty data folder, checked with a
    passphrase or the recovery key of the backup."""
    from gemeinsam_desktop.services.workspace import FolderState

    source = Path(source)
    folder.acquire()
    if folder.state() is not FolderState.NEW:
        raise StoreExistsError(path=str(folder.root))
    if not store.is_backup_file(source):
        raise NotABackupError(name=source.name)
    describe(source)
    folder.paths.ensure_root()
    key, slots = _resolve_key(folder.paths, source, None, secret)
    try:
        return _restore(folder, source, key=key, slots=slots, progress=progress)
    finally:
        wipe(key)


def restore_checked(folder: DataFolder, info: BackupInfo) -> RestoreResult:
    """Restore the newest good backup that :func:`check_at_unlock` just verified.

    No key is at hand here (it was wiped); the zip's CRC proves that the file is the one
    verified, and the folder's key slots stay (the backup is of this store).
    """
    folder.acquire()
    return _restore(folder, info.path, key=None, slots=None)


# -- at unlocking -------------------------------------------------------------------------
def check_at_unlock(folder: DataFolder, master: bytes | bytearray, store_id: str) -> None:
    """Before the database is opened for writing: raise :class:`DamagedStoreError` (with the
    newest good backup) when it is missing, empty or fails the quick check."""
    paths = folder.paths
    if not paths.database.exists():
        problems = ["Datenbankdatei fehlt"]
    elif paths.database.stat().st_size == 0:
        problems = ["Datei ist leer"]
    else:
        problems = store.startup_problems(paths.database, master)
    if not problems:
        return
    log.warning("database failed the check at unlocking (%d problem(s))", len(problems))
    raise DamagedStoreError(detail=problems[0], newest_good=newest_good(folder, master, store_id))
