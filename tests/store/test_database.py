"""The encrypted database: nothing readable on disk, damage is told apart, pragmas hold."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from gemeinsam_desktop.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
)
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store import database
from gemeinsam_desktop.store.database import Database
from gemeinsam_desktop.store.models import Child, CoachingNote, Participant
from tests.conftest import PASSPHRASE
from tests.helpers import SAMPLE_NAMES, files_contain


def add_people(ws, n: int = 20) -> None:
    with ws.db.session() as s:
        for i in range(n):
            p = Participant(
                project_id=1,
                last_name=f"{SAMPLE_NAMES[1]}{i}",
                first_name=SAMPLE_NAMES[0],
                phone="06441 123456",
                customer_number=f"123D{i:06d}",
            )
            p.children.append(Child(first_name="Mia", birth_year=2021, birth_month=3))
            s.add(p)
            s.flush()
            s.add(
                CoachingNote(
                    participant_id=p.id,
                    author_id=1,
                    text=f"Gespräch mit Frau {SAMPLE_NAMES[2]} über Bewerbungen",
                )
            )


def test_no_sample_name_in_database_wal_or_shm_after_writes(workspace) -> None:
    add_people(workspace)
    folder = workspace.folder.root
    wal = workspace.folder.paths.wal
    assert wal.exists() and wal.stat().st_size > 0, "the writes should still sit in the WAL"
    assert files_contain(folder, SAMPLE_NAMES + ("Gemeinsam in Wetzlar", "Anna Beispiel")) == []
    workspace.close()
    assert files_contain(folder, SAMPLE_NAMES) == []


def test_plain_sqlite_cannot_read_it(workspace) -> None:
    add_people(workspace, 1)
    workspace.db.checkpoint()
    conn = sqlite3.connect(workspace.folder.paths.database)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM participant").fetchall()
    conn.close()


def test_a_wrong_key_cannot_open_it(workspace) -> None:
    path = workspace.folder.paths.database
    workspace.close()
    with pytest.raises(DamagedDatabaseError):
        Database.open(path, os.urandom(32), backup_dir=None)


def test_connection_pragmas(workspace) -> None:
    with workspace.db.connect() as conn:

        def value(name: str):
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert value("journal_mode") == "wal"
        assert value("foreign_keys") == 1
        assert value("secure_delete") == 1
        assert value("synchronous") == 2  # FULL
        assert value("temp_store") == 2  # MEMORY
        assert value("busy_timeout") >= 5000
        assert value("application_id") == database.APPLICATION_ID
        assert value("user_version") == database.SCHEMA_VERSION


def test_files_and_folder_are_owner_only(workspace) -> None:
    add_people(workspace, 1)
    paths = workspace.folder.paths
    assert oct(paths.root.stat().st_mode & 0o777) == "0o700"
    for f in (paths.database, paths.wal, paths.shm, paths.keyslots):
        assert oct(f.stat().st_mode & 0o777) == "0o600", f.name


@pytest.mark.parametrize("damage", ["missing", "empty"])
def test_missing_or_empty_database_is_damage_and_never_a_new_store(workspace, damage) -> None:
    paths = workspace.folder.paths
    workspace.close()
    for f in (paths.wal, paths.shm):
        f.unlink(missing_ok=True)
    if damage == "missing":
        paths.database.unlink()
    else:
        paths.database.write_bytes(b"")
    with pytest.raises(DamagedDatabaseError):
        workspace.folder.unlock_passphrase(PASSPHRASE)
    # SQLite must not have created an empty database in its place.
    assert not paths.database.exists() or paths.database.stat().st_size == 0


def test_truncated_database_is_detected(workspace) -> None:
    add_people(workspace)
    paths = workspace.folder.paths
    workspace.close()
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(DamagedDatabaseError):
        ws = workspace.folder.unlock_passphrase(PASSPHRASE)
        problems = ws.db.integrity_problems()
        ws.close()
        if problems:
            raise DamagedDatabaseError(detail="; ".join(problems))


def test_flipped_bit_is_caught_by_the_cipher_hmac(workspace) -> None:
    add_people(workspace, 60)
    paths = workspace.folder.paths
    workspace.close()
    data = bytearray(paths.database.read_bytes())
    data[len(data) - 2000] ^= 0x01  # inside a data page, not page 1
    paths.database.write_bytes(bytes(data))
    # Unlocking checks first and never opens a damaged file for writing (issue #8) …
    with pytest.raises(DamagedDatabaseError):
        workspace.folder.unlock_passphrase(PASSPHRASE)
    # … and the full check, too, names the cipher HMAC.
    master, _coach = workspace.folder.vault().unlock_passphrase(PASSPHRASE)
    db = Database.open(paths.database, master, backup_dir=None)
    try:
        problems = db.integrity_problems()
        assert problems and problems[0].startswith("cipher")
    finally:
        db.close()


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fremd.db"
    key = os.urandom(32)
    engine = database._make_engine(path, key, "rwc")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE x (y)")
    engine.dispose()
    with pytest.raises(ForeignDatabaseError):
        Database.open(path, key, backup_dir=None)


def test_database_from_a_newer_version_is_refused(workspace) -> None:
    with workspace.db.raw() as raw:
        raw.execute(f"PRAGMA user_version = {database.SCHEMA_VERSION + 1}")
    paths = workspace.folder.paths
    workspace.close()
    before = paths.database.read_bytes()
    with pytest.raises(NewerDatabaseError):
        workspace.folder.unlock_passphrase(PASSPHRASE)
    assert paths.database.read_bytes() == before


def test_a_failed_transaction_leaves_the_data_as_it_was(workspace) -> None:
    add_people(workspace, 2)
    with pytest.raises(RuntimeError), workspace.db.session() as s:
        s.add(Participant(project_id=1, last_name="Halb"))
        s.flush()
        raise RuntimeError("mitten drin")
    with workspace.db.session() as s:
        names = s.scalars(select(Participant.last_name)).all()
    assert "Halb" not in names and len(names) == 2


def test_copy_to_is_encrypted_and_keeps_identity(workspace, tmp_path: Path) -> None:
    add_people(workspace, 3)
    target = tmp_path / "kopie.db"
    workspace.db.copy_to(target)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert files_contain(tmp_path, SAMPLE_NAMES) == []
    copy = Database.open(target, workspace.master_key, backup_dir=None)
    try:
        assert copy.table_counts()["participant"] == 3
        assert copy.integrity_problems() == []
    finally:
        copy.close()


def test_upgrade_from_the_first_revision_takes_a_copy_first(tmp_path: Path) -> None:
    frozen = Path(__file__).resolve().parent.parent / "data" / "store-0001"
    root = tmp_path / "alt"
    shutil.copytree(frozen, root)
    from tests.data.make_frozen_stores import FROZEN_PASSPHRASE

    folder = DataFolder(root)
    ws = folder.unlock_passphrase(FROZEN_PASSPHRASE)
    key = bytes(ws.master_key)
    try:
        assert ws.db.current_revision() == database.head_revision()
        assert ws.coach is not None and ws.coach.name == "Frieda Frost"
        with ws.db.session() as s:
            person = s.scalars(select(Participant)).one()
            assert (person.first_name, person.last_name) == ("Jülide", "Öztürk-Weiß")
            assert [c.first_name for c in person.children] == ["Mia"]
        assert ws.db.integrity_problems() == []
    finally:
        ws.close()
    copies = list((root / "sicherungen").glob("vor-update-0001-*.db"))
    assert len(copies) == 1
    old = Database(copies[0], database._make_engine(copies[0], key, "rw"))
    try:
        assert old.current_revision() == "0001"
        assert old.table_counts()["participant"] == 1
    finally:
        old.close()
    ws2 = folder.unlock_passphrase(FROZEN_PASSPHRASE)  # opens again without a new copy
    ws2.close()
    assert len(list((root / "sicherungen").glob("vor-update-*.db"))) == 1


def test_models_and_migrations_describe_the_same_schema(workspace) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from gemeinsam_desktop.store.database import is_index_table
    from gemeinsam_desktop.store.models import Base

    def include_name(name, type_, _parent) -> bool:
        return not (type_ == "table" and name and is_index_table(name))

    with workspace.db.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
