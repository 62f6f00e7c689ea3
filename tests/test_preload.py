"""The demo's early key derivation (gemeinsam_desktop/preload.py): the same unlock, sooner."""

from __future__ import annotations

from pathlib import Path

import pytest

from gemeinsam_desktop import preload
from gemeinsam_desktop.errors import WrongKeyError
from gemeinsam_desktop.services.demo_accounts import DEMO_LEAD_NAME, DEMO_PASSPHRASE
from gemeinsam_desktop.services.workspace import DataFolder
from tests.conftest import PASSPHRASE


def make_store(data_dir: Path, passphrase: str) -> None:
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize(DEMO_LEAD_NAME, passphrase)
    ws.close()
    folder.release()


def test_derived_key_opens_the_store_like_unlocking_does(data_dir: Path) -> None:
    make_store(data_dir, PASSPHRASE)
    folder = DataFolder(data_dir)
    derivation = preload.KeyDerivation(folder, PASSPHRASE)
    ws = folder.open_with_key(*derivation.result())
    try:
        assert ws.current_coach.name == DEMO_LEAD_NAME
        assert ws.db.table_counts()["coach"] == 1
    finally:
        ws.close()
        folder.release()
    with pytest.raises(RuntimeError):  # the key is handed out once
        derivation.result()


def test_a_wrong_passphrase_is_raised_where_the_result_is_taken(data_dir: Path) -> None:
    make_store(data_dir, PASSPHRASE)
    derivation = preload.KeyDerivation(DataFolder(data_dir), "nicht das Passwort")
    with pytest.raises(WrongKeyError):
        derivation.result()


def test_demo_head_start_only_for_a_ready_folder_this_process_can_claim(data_dir: Path) -> None:
    assert preload.start_demo_unlock(DataFolder(data_dir)) is None  # nothing there yet
    make_store(data_dir, DEMO_PASSPHRASE)
    other = DataFolder(data_dir)
    other.acquire()  # another window has the folder
    try:
        assert preload.start_demo_unlock(DataFolder(data_dir)) is None
    finally:
        other.release()
    folder = DataFolder(data_dir)
    derivation = preload.start_demo_unlock(folder)
    assert derivation is not None
    assert folder.lock.held
    ws = folder.open_with_key(*derivation.result())
    ws.close()
    folder.release()
