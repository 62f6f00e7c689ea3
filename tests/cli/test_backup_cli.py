"""backup, backups, restore and check's backup line, as a coach or admin would type them."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gemeinsam_desktop.services import backup
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store.models import Participant
from tests.helpers import REPO, run_cli

PW = "Kommandozeile am Dom 42"
OTHER = "Regenbogen über dem Dom 12"


def make_store(root: Path, passphrase: str, people: int, coach: str = "Jülide Öztürk") -> None:
    folder = DataFolder(root)
    ws, _recovery = folder.initialize(coach, passphrase)
    with ws.db.session() as s:
        s.add_all(
            Participant(project_id=1, last_name=f"Şahin {i:03d}", first_name="Ümit")
            for i in range(people)
        )
    ws.close()
    folder.release()


def people(root: Path, passphrase: str) -> int:
    folder = DataFolder(root)
    ws = folder.unlock_passphrase(passphrase)
    try:
        with ws.db.session() as s:
            return int(s.scalar(select(func.count()).select_from(Participant)) or 0)
    finally:
        ws.close()
        folder.release()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "daten"
    make_store(root, PW, 12)
    return root


def only_backup(root: Path) -> Path:
    files = sorted((root / "sicherungen").glob("auto-*.sicherung"))
    assert len(files) == 1, files
    return files[0]


def test_backup_writes_a_verified_file(store: Path) -> None:
    result = run_cli("backup", data_dir=store, passphrase=PW)
    assert result.returncode == 0, result.stderr
    made = only_backup(store)
    assert "Sicherung angelegt und geprüft" in result.stdout and made.name in result.stdout
    assert "12 Teilnehmende" in result.stdout
    listed = run_cli("backups", data_dir=store)
    assert listed.returncode == 0 and made.name in listed.stdout and "automatisch" in listed.stdout


def test_backup_to_a_stick_restores_on_another_installation(store: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    result = run_cli("backup", "--to", str(stick), data_dir=store, passphrase=PW)
    assert result.returncode == 0, result.stderr
    copies = list(stick.glob("Gemeinsam-Sicherung-*.sicherung"))
    assert len(copies) == 1 and str(copies[0]) in result.stdout
    elsewhere = tmp_path / "neuer-laptop"
    restored = run_cli("restore", str(copies[0]), data_dir=elsewhere, passphrase=PW)
    assert restored.returncode == 0, restored.stderr
    assert "12 Teilnehmende" in restored.stdout
    check = run_cli("check", data_dir=elsewhere, passphrase=PW)
    assert check.returncode == 0, check.stderr
    assert "Prüfung bestanden" in check.stdout


def test_restore_without_terminal_needs_yes_and_changes_nothing(store: Path) -> None:
    run_cli("backup", data_dir=store, passphrase=PW)
    make_more = DataFolder(store)
    ws = make_more.unlock_passphrase(PW)
    with ws.db.session() as s:
        s.add(Participant(project_id=1, last_name="Nach der Sicherung"))
    ws.close()
    make_more.release()
    source = only_backup(store)
    refused = run_cli("restore", str(source), data_dir=store, passphrase=PW)
    assert refused.returncode == 1
    assert "--yes" in refused.stderr and "nichts verändert" in refused.stderr
    assert people(store, PW) == 13
    done = run_cli("restore", str(source), "--yes", data_dir=store, passphrase=PW)
    assert done.returncode == 0, done.stderr
    assert "vor-wiederherstellung-" in done.stdout
    assert people(store, PW) == 12


def test_restore_asks_on_a_terminal(store: Path) -> None:
    run_cli("backup", data_dir=store, passphrase=PW)
    source = only_backup(store)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEMEINSAM_")}
    env.update(PYTHONPATH=str(REPO), GEMEINSAM_PASSPHRASE=PW)
    for answer, code in (("n", 1), ("j", 0)):
        leader, follower = pty.openpty()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "gemeinsam_desktop", "--data-dir", str(store), "restore",
                 str(source)],
                stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                env=env,
            )  # fmt: skip
            os.write(leader, f"{answer}\n".encode())
            out, err = proc.communicate(timeout=120)
        finally:
            os.close(leader)
            os.close(follower)
        assert proc.returncode == code, err
        assert "[j/N]" in out
        assert ("Abgebrochen" in out) == (answer == "n")


def test_foreign_backup_needs_its_own_passphrase(store: Path, tmp_path: Path) -> None:
    other = tmp_path / "anderswo"
    make_store(other, OTHER, 4, coach="Bea Beispiel")
    assert (
        run_cli("backup", "--to", str(tmp_path), data_dir=other, passphrase=OTHER).returncode == 0
    )
    copy = next(tmp_path.glob("Gemeinsam-Sicherung-*.sicherung"))
    missing = run_cli("restore", str(copy), "--yes", data_dir=store, passphrase=PW)
    assert missing.returncode == 1 and "GEMEINSAM_BACKUP_PASSPHRASE" in missing.stderr
    wrong = run_cli(
        "restore", str(copy), "--yes", data_dir=store, passphrase=PW,
        env={"GEMEINSAM_BACKUP_PASSPHRASE": "das ist falsch 123"},
    )  # fmt: skip
    assert wrong.returncode == 2 and "passt nicht zu dieser Sicherung" in wrong.stderr
    assert people(store, PW) == 12
    right = run_cli(
        "restore", str(copy), "--yes", data_dir=store, passphrase=PW,
        env={"GEMEINSAM_BACKUP_PASSPHRASE": OTHER},
    )  # fmt: skip
    assert right.returncode == 0, right.stderr
    assert "Passwort dieser Sicherung" in right.stdout
    assert people(store, OTHER) == 4


def test_check_names_the_newest_good_backup_also_when_the_database_is_damaged(
    store: Path,
) -> None:
    none_yet = run_cli("check", data_dir=store, passphrase=PW)
    assert none_yet.returncode == 0 and "Keine gute Sicherung" in none_yet.stdout
    run_cli("backup", data_dir=store, passphrase=PW)
    made = only_backup(store)
    ok = run_cli("check", data_dir=store, passphrase=PW)
    assert ok.returncode == 0 and f"Neueste gute Sicherung: {made.name}" in ok.stdout
    database = store / "gemeinsam.db"
    data = bytearray(database.read_bytes())
    data[len(data) - 2000] ^= 0x01
    database.write_bytes(bytes(data))
    damaged = run_cli("check", data_dir=store, passphrase=PW)
    assert damaged.returncode == 1
    assert "beschädigt" in damaged.stderr and "nicht geöffnet" in damaged.stderr
    assert f"Neueste gute Sicherung: {made.name}" in damaged.stdout
    # The damaged database can be replaced from there.
    restored = run_cli("restore", str(made), "--yes", data_dir=store, passphrase=PW)
    assert restored.returncode == 0, restored.stderr
    assert run_cli("check", data_dir=store, passphrase=PW).returncode == 0


def test_restore_refuses_a_file_that_is_no_backup(store: Path, tmp_path: Path) -> None:
    junk = tmp_path / "notizen.txt"
    junk.write_text("Einkaufsliste")
    result = run_cli("restore", str(junk), "--yes", data_dir=store, passphrase=PW)
    assert result.returncode == 1 and "keine Sicherung" in result.stderr
    assert backup.list_backups(DataFolder(store)) == []
