"""Exporting participants: Excel-ready CSV and XLSX, round trips, formula escaping, atomicity."""

from __future__ import annotations

import datetime as dt
import os

import openpyxl
import pytest
from sqlalchemy import select

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import exporting, importing, roster
from gemeinsam_desktop.services.roster import ChildData, ParticipantData
from gemeinsam_desktop.store.models import AuditEvent
from gemeinsam_desktop.store.models import ParticipantStatus as S
from tests.services.test_importing import SAMPLE, TODAY, counts, run_preview, snapshot


@pytest.fixture
def filled(workspace):
    importing.import_rows(workspace, run_preview(workspace, SAMPLE))
    return workspace


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_as_the_same_participants(filled, tmp_path, suffix) -> None:
    ws = filled
    roster.save_participant(
        ws,
        ParticipantData(
            1,
            "Öztürk-Weiß",
            "Jülide",
            salutation="frau",
            birth_date=dt.date(1988, 3, 1),
            status=S.AKTIV,
            entry_date=dt.date(2026, 6, 22),
            children=[ChildData(2021, 5, needs_childcare=True)],
        ),
        TODAY,
    )
    path = tmp_path / f"liste{suffix}"
    assert exporting.export_participants(ws, 1, path) == 65
    other = roster.create_project(ws, "Zweite Runde")
    checked = run_preview(ws, path, project_id=other.id)
    assert (checked.ready, checked.invalid, checked.existing) == (65, 0, 0)
    importing.import_rows(ws, checked)
    assert snapshot(ws, other.id) == snapshot(ws, 1)
    # Into the project it came from, everyone is already there.
    assert run_preview(ws, path, project_id=1).existing == 65


def test_csv_is_what_german_excel_opens(filled, tmp_path) -> None:
    path = tmp_path / "liste.csv"
    exporting.export_participants(filled, 1, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfNachname;Vorname;Geburtsdatum;Stra\xc3\x9fe;")
    lines = data.split(b"\r\n")
    assert len(lines) == 66 and lines[-1] == b""  # header, 64 rows, final CRLF
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert "Koç;Rüya;20.02.2001;".encode() in data  # dd.mm.yyyy, umlauts intact
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_chosen_columns_by_key_or_header(filled, tmp_path) -> None:
    path = tmp_path / "kurz.csv"
    exporting.export_participants(filled, 1, path, ["phone", "Nachname", "last_name"])
    first = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first == "Nachname;Telefon"
    with pytest.raises(ValidationError, match="Spalte „Schuhgröße“ gibt es nicht"):
        exporting.export_participants(filled, 1, path, ["Schuhgröße"])


def _risky(ws) -> None:
    roster.save_participant(
        ws,
        ParticipantData(
            1,
            '=HYPERLINK("http://x","y")',
            "+Anna",
            phone="+49 6441 12345",
            occupation_wishes="@Lager",
            city="-Wetzlar",
        ),
        TODAY,
    )


def test_formula_like_cells_are_escaped_in_csv(workspace, tmp_path) -> None:
    _risky(workspace)
    path = tmp_path / "liste.csv"
    exporting.export_participants(workspace, 1, path)
    text = path.read_bytes().decode("utf-8-sig")
    row = text.splitlines()[1]
    assert row.startswith('"\'=HYPERLINK(""http://x"",""y"")";\'+Anna;')
    assert ";'@Lager;" in row and ";'-Wetzlar;" in row and ";'+49 6441 12345;" in row
    # The importer drops the apostrophe again and still refuses the formula itself.
    checked = run_preview(workspace, path, project_id=roster.create_project(workspace, "B").id)
    (only,) = checked.rows
    assert any("Excel-Formel" in r for r in only.reasons)
    assert only.cells[6] == "'+49 6441 12345"


def test_formula_like_cells_are_strings_in_xlsx(workspace, tmp_path) -> None:
    _risky(workspace)
    path = tmp_path / "liste.xlsx"
    exporting.export_participants(workspace, 1, path)
    sheet = openpyxl.load_workbook(path).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    values = {c.value: c.data_type for c in cells}
    assert values['=HYPERLINK("http://x","y")'] == "s"
    assert values["+Anna"] == "s" and values["@Lager"] == "s"


def test_xlsx_dates_are_dates_and_numbers_numbers(filled, tmp_path) -> None:
    path = tmp_path / "liste.xlsx"
    exporting.export_participants(filled, 1, path)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    born = sheet.cell(row=2, column=header.index("Geburtsdatum") + 1)
    assert isinstance(born.value, dt.datetime) and born.number_format == "DD.MM.YYYY"
    hours = sheet.cell(row=2, column=header.index("Wochenstunden (max.)") + 1)
    assert isinstance(hours.value, int)
    plz = sheet.cell(row=2, column=header.index("PLZ") + 1)
    assert plz.data_type == "s"


def test_written_atomically_and_old_file_kept_on_failure(filled, tmp_path, monkeypatch) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"alt")
    assert exporting.export_participants(filled, 1, path) == 64
    assert sorted(os.listdir(tmp_path)) == ["daten", "liste.xlsx"]
    old = path.read_bytes()

    def broken(handle_fd, *args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(Exception, match="Speicherplatz ist voll"):
        exporting.export_participants(filled, 1, path)
    assert path.read_bytes() == old
    assert sorted(os.listdir(tmp_path)) == ["daten", "liste.xlsx"]


def test_unwritable_places_and_wrong_suffixes_are_known_errors(filled, tmp_path) -> None:
    with pytest.raises(ValidationError, match="kann nicht geschrieben werden"):
        exporting.export_participants(filled, 1, tmp_path / "fehlt" / "liste.csv")
    with pytest.raises(ValidationError, match=r"\.csv oder \.xlsx"):
        exporting.export_participants(filled, 1, tmp_path / "liste.txt")
    assert not (tmp_path / "liste.txt").exists()


def test_export_is_audited_and_changes_no_data(filled, tmp_path) -> None:
    before = counts(filled)
    exporting.export_participants(filled, 1, tmp_path / "liste.csv")
    after = counts(filled)
    assert after.pop("audit_event") == before.pop("audit_event") + 1
    assert after == before
    with filled.db.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None
    assert (last.action, last.entity, last.entity_id) == ("participants.exported", "project", 1)


def test_archived_and_other_projects_stay_out(filled, tmp_path) -> None:
    pid = roster.save_participant(filled, ParticipantData(1, "Archiv", "Anton"), TODAY)
    roster.set_archived(filled, pid, True)
    other = roster.create_project(filled, "Andere")
    roster.save_participant(filled, ParticipantData(other.id, "Fremd", "Fritz"), TODAY)
    path = tmp_path / "liste.csv"
    assert exporting.export_participants(filled, 1, path) == 64
    text = path.read_text(encoding="utf-8-sig")
    assert "Archiv" not in text and "Fremd" not in text
