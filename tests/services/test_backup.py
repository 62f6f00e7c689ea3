"""Backups and restore on a real encrypted store: format, verification, rotation, restore paths,
damage found at unlocking, disk full, and a clock set backwards."""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from gemeinsam_desktop.errors import (
    BackupDamagedError,
    BackupKeyNeededError,
    BackupTargetError,
    BackupWrongKeyError,
    DamagedStoreError,
    DiskFullError,
    NotABackupError,
    StoreExistsError,
    ValidationError,
)
from gemeinsam_desktop.services import audit, backup
from gemeinsam_desktop.services.workspace import DataFolder, FolderState, Workspace
from gemeinsam_desktop.store import backup as store
from gemeinsam_desktop.store import rawdb, rotation
from gemeinsam_desktop.store.models import AuditEvent, Participant
from tests.conftest import PASSPHRASE
from tests.helpers import files_contain

OTHER_PASSPHRASE = "Regenbogen über dem Dom 12"


def add_people(ws: Workspace, count: int, prefix: str = "Öztürk-Weiß") -> None:
    with ws.db.session() as s:
        s.add_all(
            Participant(project_id=1, last_name=f"{prefix} {i:04d}", first_name="Jülide")
            for i in range(count)
        )


def people(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


def reopen(folder: DataFolder, passphrase: str = PASSPHRASE) -> Workspace:
    return folder.unlock_passphrase(passphrase)


def backups_dir(ws: Workspace) -> Path:
    return ws.folder.paths.backups


def flip_byte_in_member(path: Path, offset_from_end: int = 3000) -> None:
    """Flip one bit inside the database member of a backup file (not its zip directory)."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(store.DATABASE)
    data = bytearray(path.read_bytes())
    # The member's data ends before the next local header; flip well inside it.
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size - offset_from_end] ^= 0x01
    path.write_bytes(bytes(data))


# -- the backup file ------------------------------------------------------------------------
def test_backup_is_a_verified_encrypted_zip_with_slots_and_counts(workspace) -> None:
    ws = workspace
    add_people(ws, 40)
    info = backup.make_backup(ws)
    assert info.path.parent == backups_dir(ws) and info.path.name.startswith("auto-000001-")
    assert info.participants == 40 and info.good
    assert oct(info.path.stat().st_mode & 0o777) == "0o600"
    with zipfile.ZipFile(info.path) as zf:
        assert zf.namelist() == [store.MANIFEST, store.SLOTS, store.DATABASE]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        manifest = json.loads(zf.read(store.MANIFEST))
        assert zf.read(store.SLOTS) == ws.folder.paths.keyslots.read_bytes()
    assert manifest["counts"]["participant"] == 40
    assert manifest["schema_version"] == store.SCHEMA_VERSION
    assert manifest["store_id"] == ws.vault.store_id
    # Encrypted, no names anywhere in the folder, no temporary file left behind.
    assert files_contain(backups_dir(ws), ("Jülide", "Öztürk")) == []
    assert [p.name for p in backups_dir(ws).iterdir()] == [info.path.name]
    # The copy keeps the identity that sqlcipher_export would drop.
    target = ws.folder.paths.root / "probe.db"
    store.extract_db(info.path, target)
    conn = rawdb.connect(target, ws.master_key, "ro")
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == store.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    finally:
        conn.close()
        store.remove_with_sidecars(target)


def test_progress_runs_up_to_100(workspace) -> None:
    seen: list[int] = []
    backup.make_backup(workspace, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 100 and 80 in seen


def test_inspect_decrypts_and_counts_and_marks_a_damaged_backup(workspace) -> None:
    ws = workspace
    add_people(ws, 30)
    older = backup.make_backup(ws)
    add_people(ws, 5, "Neu")
    newer = backup.make_backup(ws)
    checked = backup.inspect(ws.folder, older.path, master=ws.master_key)
    assert checked.counts["participant"] == 30
    flip_byte_in_member(newer.path)
    with pytest.raises(BackupDamagedError):
        backup.inspect(ws.folder, newer.path, master=ws.master_key)
    listed = {i.path.name: i for i in backup.list_backups(ws.folder)}
    assert listed[newer.path.name + store.BAD_SUFFIX].good is False
    assert listed[older.path.name].good is True
    assert backup.last_backup(ws.folder).path == older.path  # type: ignore[union-attr]


def test_truncated_backup_is_refused_and_never_offered(workspace) -> None:
    ws = workspace
    add_people(ws, 10)
    info = backup.make_backup(ws)
    data = info.path.read_bytes()
    info.path.write_bytes(data[: len(data) // 2])
    assert [i.good for i in backup.list_backups(ws.folder)] == [False]
    assert backup.last_backup(ws.folder) is None
    with pytest.raises(BackupDamagedError):
        backup.inspect(ws.folder, info.path, master=ws.master_key)


def test_a_file_that_is_no_backup_is_refused(workspace, tmp_path: Path) -> None:
    junk = tmp_path / "brief.txt"
    junk.write_bytes(b"Sehr geehrte Damen und Herren")
    with pytest.raises(NotABackupError):
        backup.inspect(workspace.folder, junk, master=workspace.master_key)
    # Named like a backup but not one: a damaged backup.
    named = tmp_path / "brief.sicherung"
    named.write_bytes(b"Sehr geehrte Damen und Herren")
    with pytest.raises(BackupDamagedError):
        backup.inspect(workspace.folder, named, master=workspace.master_key)
    with pytest.raises(NotABackupError):
        backup.inspect(workspace.folder, tmp_path / "fehlt.sicherung", master=workspace.master_key)


# -- restore --------------------------------------------------------------------------------
def test_restore_brings_the_backup_back_and_keeps_the_current_data_aside(workspace) -> None:
    ws = workspace
    folder = ws.folder
    add_people(ws, 12)
    info = backup.make_backup(ws)
    add_people(ws, 8, "Später")
    result = backup.restore(ws, info.path)
    assert result.same_store and result.counts["participant"] == 12
    assert ws.db.engine is None  # the caller locks and unlocks again
    ws.close()
    again = reopen(folder)
    try:
        assert people(again) == 12
        with again.db.session() as s:
            actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
            assert actions[-2:] == ["backup.restored", "unlocked"]
            assert audit.chain_is_intact(s)
        # The replaced data is a backup of its own: restoring it undoes the restore.
        assert result.kept_aside is not None and result.kept_aside.name.startswith(
            "vor-wiederherstellung-"
        )
        undo = backup.restore(again, result.kept_aside)
        assert undo.counts["participant"] == 20
    finally:
        again.close()
    back = reopen(folder)
    try:
        assert people(back) == 20
        assert back.db.integrity_problems() == []
    finally:
        back.close()


def test_restore_removes_a_stale_wal_first(workspace) -> None:
    """The issue's measurement: a backup restored beside a stale WAL must not mix with it."""
    ws = workspace
    folder = ws.folder
    paths = folder.paths
    add_people(ws, 50)
    info = backup.make_backup(ws)
    # Rows that live only in the WAL (no checkpoint), saved as a stale WAL.
    with ws.db.raw() as raw:
        raw.execute("PRAGMA wal_autocheckpoint = 0")
    add_people(ws, 50, "Nur im WAL")
    stale = paths.wal.read_bytes()
    assert len(stale) > 0
    master = bytes(ws.master_key)
    ws.close()
    paths.wal.write_bytes(stale)
    result = backup.restore_with_key(folder, info.path, master)
    assert not paths.wal.exists() or paths.wal.stat().st_size == 0
    again = reopen(folder)
    try:
        assert people(again) == 50
        assert again.db.integrity_problems() == []
    finally:
        again.close()
    # The replaced state (with its WAL) was kept for rescue by hand.
    assert result.kept_aside is not None
    with zipfile.ZipFile(result.kept_aside) as zf:
        assert "gemeinsam.db-wal" in zf.namelist()


def test_backup_from_another_installation_needs_its_own_key(workspace, tmp_path: Path) -> None:
    ws = workspace
    add_people(ws, 7, "Hier")
    other_folder = DataFolder(tmp_path / "anderswo")
    other, recovery = other_folder.initialize("Bea Beispiel", OTHER_PASSPHRASE)
    try:
        add_people(other, 3, "Dort")
        usb = tmp_path / "usb"
        usb.mkdir()
        copy = backup.backup_to(other, usb)
    finally:
        other.close()
        other_folder.release()
    assert copy.parent == usb and copy.suffix == ".sicherung"
    with pytest.raises(BackupKeyNeededError):
        backup.inspect(ws.folder, copy, master=ws.master_key)
    with pytest.raises(BackupWrongKeyError):
        backup.inspect(ws.folder, copy, master=ws.master_key, secret=PASSPHRASE)
    assert (
        backup.inspect(ws.folder, copy, master=ws.master_key, secret=recovery).counts["participant"]
        == 3
    )
    result = backup.restore(ws, copy, secret=OTHER_PASSPHRASE)
    assert not result.same_store
    ws.close()
    with pytest.raises(Exception):  # noqa: B017 - this store's passphrase opens nothing now
        reopen(ws.folder)
    again = reopen(ws.folder, OTHER_PASSPHRASE)
    try:
        assert people(again) == 3 and again.current_coach.name == "Bea Beispiel"
    finally:
        again.close()


def test_restore_into_an_empty_folder_on_another_installation(workspace, tmp_path: Path) -> None:
    ws = workspace
    add_people(ws, 9)
    copy = backup.backup_to(ws, tmp_path / "stick-kopie")
    assert copy.name == "stick-kopie.sicherung"
    new_folder = DataFolder(tmp_path / "neuer-laptop")
    try:
        with pytest.raises(BackupWrongKeyError):
            backup.restore_into_empty(new_folder, copy, "falsches Passwort 123")
        assert new_folder.state() is FolderState.NEW  # nothing left behind by the failed try
        result = backup.restore_into_empty(new_folder, copy, PASSPHRASE)
        assert result.counts["participant"] == 9
        with pytest.raises(StoreExistsError):
            backup.restore_into_empty(new_folder, copy, PASSPHRASE)
        restored = new_folder.unlock_passphrase(PASSPHRASE)
        try:
            assert people(restored) == 9
        finally:
            restored.close()
    finally:
        new_folder.release()


def test_usb_target_missing_or_full_says_so(workspace, tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(BackupTargetError):
        backup.backup_to(workspace, tmp_path / "nicht-da" / "x.sicherung")
    usb = tmp_path / "usb"
    usb.mkdir()

    real = store.shutil.copyfileobj

    def full(src, dst, length=0):  # type: ignore[no-untyped-def]
        if isinstance(dst, io.BufferedWriter):  # the copy to the stick, not the zip member
            dst.write(b"x" * 100)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, length)

    monkeypatch.setattr(store.shutil, "copyfileobj", full)
    with pytest.raises(BackupTargetError) as caught:
        backup.backup_to(workspace, usb)
    assert "kein Platz" in caught.value.message()
    assert list(usb.iterdir()) == []


# -- damage found at unlocking --------------------------------------------------------------
@pytest.mark.parametrize("damage", ["truncated", "bit flip", "empty", "missing"])
def test_damaged_database_is_not_opened_and_the_newest_good_backup_is_named(
    workspace, damage
) -> None:
    ws = workspace
    folder = ws.folder
    paths = folder.paths
    add_people(ws, 60)
    good = backup.make_backup(ws)
    add_people(ws, 5, "Nach der Sicherung")
    bad = backup.make_backup(ws)
    flip_byte_in_member(bad.path)  # the newest backup is damaged too
    ws.close()
    data = bytearray(paths.database.read_bytes())
    if damage == "truncated":
        paths.database.write_bytes(bytes(data[: (len(data) // 2) // 4096 * 4096]))
    elif damage == "bit flip":
        data[len(data) - 2000] ^= 0x01
        paths.database.write_bytes(bytes(data))
    elif damage == "empty":
        paths.database.write_bytes(b"")
    else:
        paths.database.unlink()
    before = paths.database.read_bytes() if paths.database.exists() else None
    with pytest.raises(DamagedStoreError) as caught:
        folder.unlock_passphrase(PASSPHRASE)
    offered = caught.value.newest_good
    assert isinstance(offered, backup.BackupInfo)
    assert offered.path == good.path and offered.participants == 60
    # Never opened for writing: the file is byte for byte as it was.
    after = paths.database.read_bytes() if paths.database.exists() else None
    assert after == before
    # The damaged newest backup is marked and not offered again.
    assert [i.good for i in backup.list_backups(folder) if i.kind == "auto"] == [False, True]
    result = backup.restore_checked(folder, offered)
    assert result.counts["participant"] == 60
    again = reopen(folder)
    try:
        assert people(again) == 60
        assert again.db.integrity_problems() == []
    finally:
        again.close()


def test_start_check_costs_little_on_the_demo(workspace) -> None:
    import time

    from gemeinsam_desktop.services import demo

    demo.fill_demo(workspace)
    start = time.perf_counter()
    assert store.startup_problems(workspace.folder.paths.database, workspace.master_key) == []
    assert time.perf_counter() - start < 0.5  # measured ~10 ms


def test_demo_leaves_a_backup(workspace) -> None:
    from gemeinsam_desktop.services import demo

    demo.fill_demo(workspace)
    last = backup.last_backup(workspace.folder)
    assert last is not None and (last.participants or 0) > 0


# -- disk full ------------------------------------------------------------------------------
def test_disk_full_during_the_copy_loses_nothing(workspace, monkeypatch) -> None:
    ws = workspace
    add_people(ws, 200)
    first = backup.make_backup(ws)
    real = store._open_target

    def tiny(path: Path, key: bytes | bytearray):  # type: ignore[no-untyped-def]
        conn = real(path, key)
        conn.execute("PRAGMA max_page_count = 3")  # SQLITE_FULL after three pages
        return conn

    monkeypatch.setattr(store, "_open_target", tiny)
    with pytest.raises(DiskFullError):
        backup.make_backup(ws)
    assert [p.name for p in backups_dir(ws).iterdir()] == [first.path.name]
    assert people(ws) == 200
    monkeypatch.setattr(store, "_open_target", real)
    assert backup.make_backup(ws).participants == 200


def test_disk_full_while_writing_the_file_loses_nothing(workspace, monkeypatch) -> None:
    ws = workspace
    first = backup.make_backup(ws)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store.os, "fsync", full)
    with pytest.raises(DiskFullError):
        backup.make_backup(ws)
    monkeypatch.undo()
    assert [p.name for p in backups_dir(ws).iterdir()] == [first.path.name]
    backup.inspect(ws.folder, first.path, master=ws.master_key)


def test_disk_full_during_a_write_changes_nothing(workspace) -> None:
    ws = workspace
    add_people(ws, 20)
    assert ws.db.engine is not None

    @event.listens_for(ws.db.engine, "connect")
    def _tiny(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    ws.db.engine.dispose()
    with pytest.raises(DiskFullError):
        add_people(ws, 400, "Zu viel " + "x" * 300)
    event.remove(ws.db.engine, "connect", _tiny)
    ws.db.engine.dispose()
    assert people(ws) == 20


# -- rotation, schedule and the clock -------------------------------------------------------
def entry(seq: int, created: dt.datetime, kind: str = store.KIND_AUTO) -> store.Entry:
    return store.Entry(Path(f"/x/{kind}-{seq:06d}"), kind, seq, created.astimezone(), None, False)


def test_rotation_keeps_7_days_4_weeks_6_months() -> None:
    start = dt.datetime(2026, 1, 1, 18, 0)
    # Two backups a day for a year.
    entries = [entry(i + 1, start + dt.timedelta(hours=12 * i)) for i in range(2 * 365)]
    keep = rotation.to_keep(entries, rotation.Policy())
    kept = sorted((e for e in entries if e.path in keep), key=lambda e: e.seq or 0)
    days = {e.created.date() for e in kept if e.created}
    assert kept[-1] is entries[-1]  # the newest always
    last = entries[-1].created
    assert last is not None
    # The newest of each of the last 7 days …
    assert {last.date() - dt.timedelta(days=d) for d in range(7)} <= days
    # … and never more than 3 + 7 + 4 + 6 files.
    assert len(kept) <= 20
    months = {(e.created.year, e.created.month) for e in kept if e.created}
    assert len(months) == 6


def test_a_backup_dated_in_the_future_neither_blocks_nor_crowds_out_new_ones() -> None:
    now = dt.datetime(2026, 3, 10, 12, 0).astimezone()
    # The clock once ran a year ahead: seven backups on seven "future" days.
    future = [entry(i + 1, now + dt.timedelta(days=365 + i)) for i in range(7)]
    assert rotation.is_due(future, now, backup.DAY)  # a future backup does not count as recent
    fresh = entry(8, now)
    entries = [*future, fresh]
    assert not rotation.is_due(entries, now + dt.timedelta(hours=2), backup.DAY)
    strict = rotation.Policy(daily=3, weekly=0, monthly=0, recent=1)
    keep = rotation.to_keep(entries, strict)
    assert fresh.path in keep  # newest by number, whatever the dates say
    newer = entry(9, now + dt.timedelta(days=1))
    keep = rotation.to_keep([*entries, newer], strict)
    assert {fresh.path, newer.path} <= keep


def test_rotation_on_disk_also_prunes_old_special_copies(workspace) -> None:
    ws = workspace
    backup.set_policy(ws, rotation.Policy(daily=2, weekly=0, monthly=0))
    folder = backups_dir(ws)
    folder.mkdir(exist_ok=True)
    old_update = folder / "vor-update-0004-20250101-120000.db"
    old_update.write_bytes(b"alte Kopie")
    os.utime(old_update, (1_600_000_000, 1_600_000_000))
    base = dt.datetime.now() - dt.timedelta(days=10)
    made = [backup.make_backup(ws, now=base + dt.timedelta(days=d)) for d in range(6)]
    names = sorted(p.name for p in folder.iterdir())
    # The three newest (policy.recent) cover the two newest days here.
    assert names == sorted(m.path.name for m in made[-3:])
    assert not old_update.exists()


def test_backup_if_due_once_a_day_and_after_a_clock_jump(workspace) -> None:
    ws = workspace
    now = dt.datetime.now().astimezone()
    assert backup.backup_if_due(ws, now=now) is not None
    assert backup.backup_if_due(ws, now=now + dt.timedelta(hours=5)) is None
    assert backup.backup_if_due(ws, now=now + dt.timedelta(hours=25)) is not None
    # The clock is set back two days: the newest backup is "in the future" → due again.
    assert backup.backup_if_due(ws, now=now - dt.timedelta(days=2)) is not None
    assert backup.backup_if_due(ws, now=now - dt.timedelta(days=2, hours=-1)) is None
    assert [i.seq for i in backup.list_backups(ws.folder)][0] == 3


def test_stale_after_a_week_but_not_for_a_future_date() -> None:
    now = dt.datetime(2026, 5, 1, 9).astimezone()
    info = backup.BackupInfo(Path("x"), "auto", now - dt.timedelta(days=8), {}, True)
    assert backup.is_stale(info, now)
    assert not backup.is_stale(info, now - dt.timedelta(days=2))
    future = backup.BackupInfo(Path("x"), "auto", now + dt.timedelta(days=30), {}, True)
    assert not backup.is_stale(future, now)
    assert backup.is_stale(None, now)


def test_audit_chain_survives_a_clock_set_backwards(workspace, monkeypatch) -> None:
    ws = workspace

    class Earlier(dt.datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
            return dt.datetime.now(tz) - dt.timedelta(days=400)

    with ws.db.session() as s:
        audit.record(s, 1, "vorher")

    class FakeDt:
        datetime = Earlier
        UTC = dt.UTC
        timedelta = dt.timedelta

    monkeypatch.setattr(audit, "dt", FakeDt)
    with ws.db.session() as s:
        audit.record(s, 1, "danach, Uhr zurückgestellt")
    monkeypatch.undo()
    with ws.db.session() as s:
        rows = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        assert rows[-1].at < rows[-2].at
        assert audit.chain_is_intact(s)


def test_policy_is_stored_and_checked(workspace) -> None:
    assert backup.policy(workspace) == rotation.Policy(7, 4, 6)
    backup.set_policy(workspace, rotation.Policy(3, 2, 12))
    assert backup.policy(workspace) == rotation.Policy(3, 2, 12)
    with pytest.raises(ValidationError):
        backup.set_policy(workspace, rotation.Policy(0, 2, 12))
    assert backup.policy(workspace) == rotation.Policy(3, 2, 12)


def test_a_copy_taken_before_an_update_is_listed_and_restorable(workspace) -> None:
    ws = workspace
    add_people(ws, 11)
    folder = ws.folder
    copy = backups_dir(ws) / "vor-update-0004-20260301-090000.db"
    ws.db.copy_to(copy)
    add_people(ws, 4, "Danach")
    listed = backup.list_backups(folder)
    assert [(i.kind, i.good, i.counts) for i in listed] == [("vor-update", True, {})]
    assert backup.inspect(folder, copy, master=ws.master_key).counts["participant"] == 11
    backup.restore(ws, copy)
    ws.close()
    again = reopen(folder)
    try:
        assert people(again) == 11
    finally:
        again.close()
