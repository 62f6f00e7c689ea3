"""Unlocking checks the store with plain SQL; the database opens on first use (issue #8)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from gemeinsam_desktop.errors import (
    DamagedStoreError,
    DatabaseBusyError,
    ForeignDatabaseError,
    WrongKeyError,
)
from gemeinsam_desktop.services import accounts, roster
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.services.workspace import DataFolder, Workspace
from gemeinsam_desktop.store import rawdb
from gemeinsam_desktop.store.models import AuditEvent, CoachRole
from tests.conftest import PASSPHRASE


@pytest.fixture
def folder(data_dir: Path) -> DataFolder:
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE, project_name="Projekt Westend")
    roster.save_participant(ws, ParticipantData(project_id=1, first_name="Mia", last_name="Keller"))
    ws.close()
    return folder


def actions(ws: Workspace) -> list[str]:
    with ws.db.session() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_unlocking_reads_coach_and_project_before_the_database_opens(folder: DataFolder) -> None:
    ws = folder.unlock_passphrase(PASSPHRASE)
    try:
        assert ws.current_coach.name == "Anna Beispiel"
        assert ws.current_coach.role is CoachRole.PROJEKTLEITUNG
        assert ws.project_name() == "Projekt Westend"
        assert ws.is_open
        # the first use opens the database and records the unlock, once per unlock (the
        # set-up's and this one)
        assert [r.last_name for r in roster.roster_rows(ws, 1)] == ["Keller"]
        assert actions(ws)[-2:] == ["participant.created", "unlocked"]
        assert actions(ws).count("unlocked") == 2
    finally:
        ws.close()


def test_threads_asking_at_once_share_one_database(folder: DataFolder) -> None:
    ws = folder.unlock_passphrase(PASSPHRASE)
    seen: list[object] = []
    start = threading.Barrier(4)

    def use() -> None:
        start.wait()
        seen.append(ws.db)

    threads = [threading.Thread(target=use) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert len(seen) == 4 and all(db is seen[0] for db in seen)
        assert actions(ws).count("unlocked") == 2  # the set-up's and this one
    finally:
        ws.close()


def test_a_workspace_locked_before_its_database_opened_stays_locked(folder: DataFolder) -> None:
    ws = folder.unlock_passphrase(PASSPHRASE)
    ws.close()
    assert not ws.is_open
    assert not any(ws.master_key)  # the key is overwritten
    with pytest.raises(DatabaseBusyError):
        roster.roster_rows(ws, 1)


def test_a_deactivated_coach_is_refused_at_unlocking(folder: DataFolder) -> None:
    ws = folder.unlock_passphrase(PASSPHRASE)
    jonas = accounts.add_coach(ws, "Jonas", CoachRole.COACH, "Lahnbrücke im Nebel 42")
    accounts.deactivate_coach(ws, jonas.id)
    ws.close()
    with pytest.raises(WrongKeyError):
        folder.unlock_passphrase("Lahnbrücke im Nebel 42")


def test_a_foreign_or_damaged_file_is_refused_before_the_window(folder: DataFolder) -> None:
    ws = folder.unlock_passphrase(PASSPHRASE)
    with ws.db.raw() as raw:  # the file stays readable with the key, but is not ours
        raw.execute("PRAGMA application_id = 7")
    ws.close()
    with pytest.raises(ForeignDatabaseError):
        folder.unlock_passphrase(PASSPHRASE)

    data = folder.paths.database.read_bytes()
    folder.paths.database.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedStoreError):
        folder.unlock_passphrase(PASSPHRASE)


def test_read_facts_names_an_older_schema_without_reading_its_tables(folder: DataFolder) -> None:
    ws = folder.unlock_passphrase(PASSPHRASE)
    key = bytes(ws.master_key)
    with ws.db.raw() as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0005'")
    ws.close()
    facts = rawdb.read_facts(folder.paths.database, key, 1)
    assert not facts.current and facts.coach is None and facts.project_name is None
