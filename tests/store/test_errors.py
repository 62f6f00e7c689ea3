"""Trouble from the world becomes a known error with its own German message; data stays."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from gemeinsam_desktop.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    KnownError,
    WrongKeyError,
)
from gemeinsam_desktop.store.models import Participant


def count(ws) -> int:
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(Participant)) or 0


def test_a_full_disk_is_reported_and_the_transaction_rolls_back(workspace) -> None:
    with workspace.db.session() as s:
        s.add(Participant(project_id=1, last_name="Vorher"))
    with workspace.db.raw() as raw:
        used = raw.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own limit on the file size gives a real SQLITE_FULL, as a full disk does.
    with pytest.raises(DiskFullError) as info, workspace.db.session() as s:
        s.connection().exec_driver_sql(f"PRAGMA max_page_count = {used + 2}")
        for i in range(500):
            s.add(
                Participant(project_id=1, last_name="X" * 100 + str(i), occupation_wishes="Y" * 400)
            )
        s.flush()
    assert "Speicherplatz" in info.value.message()
    workspace.db.engine.dispose()  # drop the connection that carries the size limit
    assert count(workspace) == 1


def test_a_locked_database_is_reported_as_busy(workspace) -> None:
    blocker = workspace.db.engine.raw_connection()
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError), workspace.db.session() as s:
            s.connection().exec_driver_sql("PRAGMA busy_timeout = 0")
            s.add(Participant(project_id=1, last_name="Wartet"))
            s.flush()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert count(workspace) == 0


def test_each_kind_of_trouble_has_its_own_message() -> None:
    texts = {
        cls().message()
        for cls in (WrongKeyError, DamagedDatabaseError, DatabaseBusyError, DiskFullError)
    }
    assert len(texts) == 4
    for text in texts:
        assert text.endswith(".") and len(text) > 40  # a sentence that says what to do


def test_known_error_keeps_placeholders_filled() -> None:
    err = KnownError("Im Ordner {path} fehlt etwas.", path="/tmp/x")
    assert err.message() == "Im Ordner /tmp/x fehlt etwas."
    assert err.message("In folder {path} something is missing.") == (
        "In folder /tmp/x something is missing."
    )
    # A translation with a broken placeholder falls back to the German text, not a crash.
    assert err.message("In folder {pfad}.") == "Im Ordner /tmp/x fehlt etwas."
