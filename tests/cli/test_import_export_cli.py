"""`import participants` and `export participants` as an administrator would script them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from gemeinsam_desktop.services import roster
from gemeinsam_desktop.services.workspace import DataFolder
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.services.test_importing import BAD_FILE, SAMPLE


@pytest.fixture
def store(data_dir: Path) -> Path:
    """A store with a second, archived-free project; Argon2 at test cost (conftest)."""
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    roster.create_project(ws, "Zweite Runde")  # id 2
    ws.close()
    folder.release()
    return data_dir


def counts(data_dir: Path) -> dict[str, int]:
    """Rows per table, but for the audit trail (every unlock writes to it)."""
    folder = DataFolder(data_dir)
    ws = folder.unlock_passphrase(PASSPHRASE)
    try:
        found = ws.db.table_counts()
        found.pop("audit_event")
        return found
    finally:
        ws.close()
        folder.release()


def cli(store: Path, *args: str):
    return run_cli(*args, data_dir=store, passphrase=PASSPHRASE)


def test_import_the_sample_then_again(store: Path) -> None:
    first = cli(store, "import", "participants", str(SAMPLE))
    assert first.returncode == 0, first.stderr
    assert "Importiert: 64 Teilnehmende (0 bereits vorhanden" in first.stdout
    assert counts(store)["participant"] == 64
    again = cli(store, "import", "participants", str(SAMPLE))
    assert again.returncode == 0, again.stderr
    assert "Importiert: 0 Teilnehmende (64 bereits vorhanden" in again.stdout
    assert counts(store)["participant"] == 64


def test_bad_rows_are_listed_and_nothing_is_imported(store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "fehler.csv"
    bad.write_text(BAD_FILE, encoding="utf-8")
    before = counts(store)
    result = cli(store, "import", "participants", str(bad))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "Zeile 3: „Geburtsdatum“: „31.02.1990“ ist kein gültiges Datum. " in lines[0] + " "
    for number in (3, 4, 5, 6, 7, 8):
        assert any(line.startswith(f"Zeile {number}: ") for line in lines), result.stderr
    assert "Es wurde nichts importiert" in result.stderr
    assert result.stdout == ""
    assert counts(store) == before

    skipped = cli(store, "import", "participants", str(bad), "--skip-invalid")
    assert skipped.returncode == 0, skipped.stderr
    assert "Importiert: 3 Teilnehmende (0 bereits vorhanden, 6 fehlerhaft übersprungen)" in (
        skipped.stdout
    )
    assert "Zeile 3: " in skipped.stderr
    assert counts(store)["participant"] == 3


def test_a_file_without_last_names_or_a_missing_file(store: Path, tmp_path: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Familie;Vorname\nMüller;Jana\n", encoding="utf-8")
    result = cli(store, "import", "participants", str(odd))
    assert result.returncode == 1 and "fehlt die Spalte „Nachname“" in result.stderr
    missing = cli(store, "import", "participants", str(tmp_path / "gibt-es-nicht.csv"))
    assert missing.returncode == 1 and "gibt es nicht" in missing.stderr


def test_project_choice(store: Path) -> None:
    result = cli(store, "import", "participants", str(SAMPLE), "--project", "2")
    assert result.returncode == 0, result.stderr
    folder = DataFolder(store)
    ws = folder.unlock_passphrase(PASSPHRASE)
    try:
        assert len(roster.roster_rows(ws, 2)) == 64 and roster.roster_rows(ws, 1) == []
    finally:
        ws.close()
        folder.release()
    wrong = cli(store, "import", "participants", str(SAMPLE), "--project", "99")
    assert wrong.returncode == 1 and "Projekt mit der Nummer 99 gibt es nicht" in wrong.stderr


def test_export_csv_and_xlsx(store: Path, tmp_path: Path) -> None:
    assert cli(store, "import", "participants", str(SAMPLE)).returncode == 0
    target = tmp_path / "liste.csv"
    result = cli(store, "export", "participants", str(target))
    assert result.returncode == 0, result.stderr
    assert "Exportiert: 64 Teilnehmende" in result.stdout
    assert target.read_bytes().startswith("\ufeffNachname;Vorname;".encode())

    xlsx = tmp_path / "liste.xlsx"
    result = cli(store, "export", "participants", str(xlsx), "--columns", "last_name,Telefon")
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(xlsx).active
    assert [c.value for c in sheet[1]] == ["Nachname", "Telefon"]
    assert sheet.max_row == 65

    empty = cli(store, "export", "participants", str(tmp_path / "leer.csv"), "--project", "2")
    assert empty.returncode == 0 and "Exportiert: 0 Teilnehmende" in empty.stdout


def test_export_refusals(store: Path, tmp_path: Path) -> None:
    bad_column = cli(store, "export", "participants", str(tmp_path / "a.csv"), "--columns", "x")
    assert bad_column.returncode == 1 and "Spalte „x“ gibt es nicht" in bad_column.stderr
    bad_suffix = cli(store, "export", "participants", str(tmp_path / "a.pdf"))
    assert bad_suffix.returncode == 1 and ".csv oder .xlsx" in bad_suffix.stderr
    assert not list(tmp_path.glob("a.*"))


def test_wrong_passphrase_exits_2(store: Path) -> None:
    result = run_cli(
        "import", "participants", str(SAMPLE), data_dir=store, passphrase="falsch falsch 123"
    )
    assert result.returncode == 2
    assert counts(store)["participant"] == 0


def test_help_is_german(store: Path) -> None:
    result = cli(store, "import", "--help")
    assert result.returncode == 0
    assert "fehlerhafte Zeilen überspringen" in result.stdout and "Aufruf:" in result.stdout
