"""`import employers` as an administrator would script it."""

from __future__ import annotations

from pathlib import Path

import pytest

from gemeinsam_desktop.services import network
from gemeinsam_desktop.services.workspace import DataFolder
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.services.test_employer_import import BAD, SAMPLE


@pytest.fixture
def store(data_dir: Path) -> Path:
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    ws.close()
    folder.release()
    return data_dir


def employer_names(data_dir: Path) -> list[str]:
    folder = DataFolder(data_dir)
    ws = folder.unlock_passphrase(PASSPHRASE)
    try:
        return [row.name for row in network.list_employers(ws)]
    finally:
        ws.close()
        folder.release()


def cli(store: Path, *args: str):
    return run_cli(*args, data_dir=store, passphrase=PASSPHRASE)


def test_import_the_sample_list_twice(store: Path) -> None:
    first = cli(store, "import", "employers", str(SAMPLE))
    assert first.returncode == 0, first.stderr
    assert "Importiert: 8 Arbeitgeber neu, 0 ergänzt (0 bereits vorhanden" in first.stdout
    again = cli(store, "import", "employers", str(SAMPLE))
    assert again.returncode == 0, again.stderr
    assert "Importiert: 0 Arbeitgeber neu, 0 ergänzt (8 bereits vorhanden" in again.stdout
    names = employer_names(store)
    assert len(names) == 8 and "Bäckerei Stöhr & Söhne (fiktiv)" in names


def test_bad_rows_are_listed_and_nothing_is_imported(store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "fehler.csv"
    bad.write_text(BAD, encoding="utf-8")
    result = cli(store, "import", "employers", str(bad))
    assert result.returncode == 1
    assert "Zeile 3: Der Name des Arbeitgebers fehlt." in result.stderr
    assert "Zeile 5: „Angebote“: „Kaffee“ ist kein bekanntes Angebot" in result.stderr
    assert "Es wurde nichts importiert" in result.stderr
    assert employer_names(store) == []
    skipped = cli(store, "import", "employers", str(bad), "--skip-invalid")
    assert skipped.returncode == 0, skipped.stderr
    assert "1 Arbeitgeber neu" in skipped.stdout and "5 fehlerhaft übersprungen" in skipped.stdout
    assert employer_names(store) == ["Optik Lahntal AG (fiktiv)"]
