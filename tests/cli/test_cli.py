"""The command line as an administrator would script it (real child processes)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gemeinsam_desktop.services.workspace import DataFolder
from tests.helpers import REPO, files_contain, run_cli

PW = "Kommandozeile am Dom 42"


@pytest.fixture
def initialized(tmp_path: Path) -> Path:
    folder = tmp_path / "daten"
    result = run_cli("init", "--coach", "Jülide Öztürk", data_dir=folder, passphrase=PW)
    assert result.returncode == 0, result.stderr
    return folder


def test_init_creates_the_store_and_prints_the_recovery_key_once(initialized: Path) -> None:
    assert (initialized / "gemeinsam.db").exists() and (initialized / "schluessel.json").exists()
    slots = json.loads((initialized / "schluessel.json").read_text())
    # A real installation uses the production Argon2id cost.
    kdf = next(s["kdf"] for s in slots["slots"] if s["kind"] == "passphrase")
    assert (kdf["time_cost"], kdf["memory_cost_kib"], kdf["parallelism"]) == (3, 65536, 4)
    assert files_contain(initialized, ("Jülide", "Öztürk")) == []


def test_init_output_holds_a_working_recovery_key(tmp_path: Path) -> None:
    result = run_cli("init", "--coach", "Anna", data_dir=tmp_path / "d", passphrase=PW)
    key = re.search(r"([A-Z2-9]{4}-){7}[A-Z2-9]{4}", result.stdout)
    assert key, result.stdout
    ws = DataFolder(tmp_path / "d").unlock_recovery(key.group(0))
    ws.close()


def test_init_refuses_an_existing_folder(initialized: Path) -> None:
    before = (initialized / "schluessel.json").read_bytes()
    result = run_cli("init", "--coach", "Noch wer", data_dir=initialized, passphrase=PW)
    assert result.returncode == 1
    assert "bereits Daten" in result.stderr
    assert (initialized / "schluessel.json").read_bytes() == before


def test_check_prints_counts_and_passes(initialized: Path) -> None:
    result = run_cli("check", data_dir=initialized, passphrase=PW)
    assert result.returncode == 0, result.stderr
    assert re.search(r"Coach-Konten\s+1", result.stdout)
    assert "Prüfung bestanden" in result.stdout


def test_wrong_passphrase_exits_2_with_one_german_line(initialized: Path) -> None:
    result = run_cli("check", data_dir=initialized, passphrase="völlig falsches Passwort")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Passwort ist falsch" in result.stderr
    assert result.stdout == ""


def test_missing_passphrase_without_a_terminal_says_what_to_do(initialized: Path) -> None:
    result = run_cli("check", data_dir=initialized)
    assert result.returncode == 1
    assert "GEMEINSAM_PASSPHRASE" in result.stderr


def test_check_on_an_empty_folder_points_to_init(tmp_path: Path) -> None:
    result = run_cli("check", data_dir=tmp_path / "leer", passphrase=PW)
    assert result.returncode == 1 and "init" in result.stderr


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    folder = tmp_path / "aus-env"
    env = {"GEMEINSAM_DATA_DIR": str(folder), "GEMEINSAM_PASSPHRASE": PW}
    result = subprocess.run(
        [sys.executable, "-m", "gemeinsam_desktop", "init", "--coach", "Anna"],
        capture_output=True,
        text=True,
        env={**os.environ, **env, "PYTHONPATH": str(REPO)},
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (folder / "gemeinsam.db").exists()


def test_check_finds_a_damaged_file(initialized: Path) -> None:
    db = initialized / "gemeinsam.db"
    data = bytearray(db.read_bytes())
    data[-3000] ^= 0xFF
    db.write_bytes(bytes(data))
    result = run_cli("check", data_dir=initialized, passphrase=PW)
    assert result.returncode == 1
    assert "Probleme" in result.stderr or "beschädigt" in result.stderr


def test_second_instance_is_refused_while_the_folder_is_open(initialized: Path) -> None:
    holder = DataFolder(initialized)
    holder.acquire()
    try:
        result = run_cli("check", data_dir=initialized, passphrase=PW)
    finally:
        holder.release()
    assert result.returncode == 1
    assert "bereits in einem anderen Fenster" in result.stderr


def test_help_is_german() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gemeinsam_desktop", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0
    assert "Aufruf:" in result.stdout and "Befehle" in result.stdout and "check" in result.stdout
    sub = subprocess.run(
        [sys.executable, "-m", "gemeinsam_desktop", "init", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert "--coach NAME" in sub.stdout and "Aufruf: Aufruf" not in sub.stdout


def test_log_holds_no_personal_data(initialized: Path) -> None:
    run_cli("check", data_dir=initialized, passphrase=PW)
    log = (initialized / "logs" / "gemeinsam.log").read_text()
    assert "unlocked" in log
    assert "Jülide" not in log and "Öztürk" not in log and PW not in log


WRITER = r"""
import sys
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store.models import Participant
ws = DataFolder(sys.argv[1]).unlock_passphrase(sys.argv[2])
i = 0
while True:
    i += 1
    with ws.db.session() as s:
        p = Participant(project_id=1, last_name=f"Kill{i:05d}", first_name="Ümit")
        s.add(p)
    print(i, flush=True)
"""


@pytest.mark.slow
def test_sigkill_in_the_middle_of_writes_loses_no_committed_row(initialized: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(initialized), PW],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    committed = 0
    assert proc.stdout is not None
    for line in proc.stdout:
        committed = int(line)
        if committed >= 150:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert committed >= 150
    ws = DataFolder(initialized).unlock_passphrase(PW)
    try:
        from sqlalchemy import select

        from gemeinsam_desktop.store.models import Participant

        with ws.db.session() as s:
            names = set(s.scalars(select(Participant.last_name)))
        assert {f"Kill{i:05d}" for i in range(1, committed + 1)} <= names
        assert ws.db.integrity_problems() == []
    finally:
        ws.close()


def test_a_gui_start_and_a_command_are_parsed_alike(capsys) -> None:
    from gemeinsam_desktop.cli import parse_args

    gui = parse_args(["--data-dir", "check", "--demo", "--lang", "en"])
    assert (gui.command, gui.data_dir, gui.demo, gui.lang) == (None, "check", True, "en")
    assert parse_args([]).command is None
    cmd = parse_args(["--data-dir", "D", "check"])
    assert (cmd.command, cmd.data_dir) == ("check", "D")
    with pytest.raises(SystemExit):  # a mistyped command: the whole parser names the choices
        parse_args(["chek"])
    assert "invalid choice" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    assert "backup" in capsys.readouterr().out  # the help lists the commands
