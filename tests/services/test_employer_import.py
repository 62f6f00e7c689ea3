"""Importing employers from the sample list (``arbeitgeber.csv``) and from broken files."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import employer_import, network
from gemeinsam_desktop.services.importing import RowState
from gemeinsam_desktop.services.network import EmployerData
from gemeinsam_desktop.store.models import AuditEvent, Employer
from tests.helpers import REPO

SAMPLE = REPO / "resources" / "demo" / "arbeitgeber.csv"  # the sample list, byte for byte


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    copy = tmp_path / "arbeitgeber.csv"
    shutil.copyfile(SAMPLE, copy)
    return copy


def by_name(ws) -> dict[str, EmployerData]:
    return {r.name: network.load_employer(ws, r.id) for r in network.list_employers(ws)}


def test_the_sample_is_imported_with_its_offers_then_again_adds_nothing(workspace, sample):
    assert sample.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM, semicolons, CRLF
    checked = employer_import.preview(sample, ws=workspace)
    assert (checked.ready, checked.invalid, checked.existing) == (8, 0, 0)
    assert checked.columns == {"name": 0, "sector": 1, "address": 2, "offers": 3}
    result = employer_import.import_rows(workspace, checked)
    assert (result.created, result.updated, result.unchanged) == (8, 0, 0)

    found = by_name(workspace)
    logistik = found["Logistikzentrum Dill Beispiel KG"]
    assert (logistik.offers_tour, logistik.offers_internships, logistik.offers_qa) == (
        True,
        1,
        True,
    )
    assert logistik.sector == "Lager/Logistik" and logistik.address == "Dillfeld 20, 35576 Wetzlar"
    glanz = found["Reinigungsservice Glanz & Co. (fiktiv)"]
    assert (glanz.offers_tour, glanz.offers_internships, glanz.offers_qa) == (False, 0, True)
    assert found["Bäckerei Stöhr & Söhne (fiktiv)"].offers_internships == 1
    with workspace.db.session() as s:
        imported = s.scalars(select(AuditEvent).where(AuditEvent.action == "employer.imported"))
        assert len(imported.all()) == 8

    again = employer_import.preview(sample, ws=workspace)
    assert (again.ready, again.existing) == (0, 8)
    result = employer_import.import_rows(workspace, again)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 8)
    assert len(network.list_employers(workspace)) == 8


def test_a_known_employer_is_filled_in_not_doubled(workspace, tmp_path):
    network.save_employer(
        workspace, EmployerData(name="Bäckerei Stöhr & Söhne (fiktiv)", size="klein (bis 20)")
    )
    path = tmp_path / "mehr.csv"
    path.write_text(
        "Firma;Branche;Angebote;Ansprechperson;Telefon\n"
        "BAECKEREI STÖHR & SÖHNE (fiktiv);Lebensmittelhandwerk;3 Praktikumsplätze, Führung;"
        "Petra Lahnstein;06441 12345\n"
        "Kita-Verbund Westend (fiktiv);Kinderbetreuung;Praktikum (2) und Fragerunde;;\n",
        encoding="utf-8",
    )
    checked = employer_import.preview(path, ws=workspace)
    assert [r.updates for r in checked.rows] == [True, False]
    assert checked.ready == 2 and checked.updates == 1
    result = employer_import.import_rows(workspace, checked)
    assert (result.created, result.updated) == (1, 1)
    found = by_name(workspace)
    assert list(found) == ["Bäckerei Stöhr & Söhne (fiktiv)", "Kita-Verbund Westend (fiktiv)"]
    baker = found["Bäckerei Stöhr & Söhne (fiktiv)"]
    assert (baker.size, baker.sector, baker.offers_internships, baker.offers_tour) == (
        "klein (bis 20)",  # kept
        "Lebensmittelhandwerk",  # filled in
        3,
        True,
    )
    assert [(c.name, c.phone) for c in baker.contacts] == [("Petra Lahnstein", "06441 12345")]
    kita = found["Kita-Verbund Westend (fiktiv)"]
    assert (kita.offers_internships, kita.offers_qa, kita.contacts) == (2, True, [])
    # The same file again: the contact person is known now, nothing changes.
    assert employer_import.preview(path, ws=workspace).existing == 2


BAD = (
    "Name;Branche;Adresse;Angebote;E-Mail\n"
    "Optik Lahntal AG (fiktiv);Optik;Industriestraße 1;Betriebsbesichtigung;\n"  # line 2: fine
    ";Pflege;Bergstraße 12;Praktikum;\n"  # 3: no name
    'Gießerei Lahnguss;Metall;=HYPERLINK("x");;\n'  # 4: formula
    'Einkaufsmarkt Forum;Einzelhandel;Am Forum 1;"Praktikum; Kaffee";\n'  # 5: unknown offer
    "Lahn-Dill Pflegedienst;Pflege;Bergstraße 12;;info@example.org\n"  # 6: mail, no person
    "optik lahntal ag (FIKTIV);Optik;;;\n"  # 7: twice in the file
)


def test_bad_rows_get_reasons_and_nothing_is_written(workspace, tmp_path):
    path = tmp_path / "fehler.csv"
    path.write_text(BAD, encoding="cp1252")  # Windows-1252, as older Excel writes it
    checked = employer_import.preview(path, ws=workspace)
    reasons = {r.line: " ".join(r.reasons) for r in checked.with_state(RowState.INVALID)}
    assert sorted(reasons) == [3, 4, 5, 6, 7]
    assert "Der Name des Arbeitgebers fehlt." in reasons[3]
    assert "„Adresse“ sieht aus wie eine Excel-Formel" in reasons[4]
    assert "„Angebote“: „Kaffee“ ist kein bekanntes Angebot" in reasons[5]
    assert "ohne Ansprechperson" in reasons[6]
    assert "Doppelt in der Datei: derselbe Arbeitgeber steht in Zeile 2." in reasons[7]
    with pytest.raises(ValidationError, match="Es wurde nichts importiert"):
        employer_import.import_rows(workspace, checked)
    assert network.list_employers(workspace) == []

    result = employer_import.import_rows(workspace, checked, skip_invalid=True)
    assert (result.created, result.invalid) == (1, 5)
    assert [r.name for r in network.list_employers(workspace)] == ["Optik Lahntal AG (fiktiv)"]


def test_files_that_cannot_be_imported(workspace, tmp_path):
    no_name = tmp_path / "ohne.csv"
    no_name.write_text("Branche;Adresse\nPflege;Bergstraße 12\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="fehlt die Spalte „Name“") as caught:
        employer_import.preview(no_name, ws=workspace)
    assert "„Branche“, „Adresse“" in str(caught.value)
    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="leer"):
        employer_import.preview(empty, ws=workspace)
    binary = tmp_path / "bild.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(ValidationError, match="keine Tabelle"):
        employer_import.preview(binary, ws=workspace)
    with workspace.db.session() as s:
        assert s.scalars(select(Employer)).all() == []


def test_an_excel_workbook_with_a_partner_date(workspace, tmp_path):
    import datetime as dt

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Arbeitgeber", "Partner seit", "Angebote"])
    sheet.append(["Autohaus Beispiel Wetzlar", dt.datetime(2024, 9, 1), "Praktikum"])
    sheet.append(["Hotel am Domplatz (fiktiv)", "15.01.2025", "Betriebsbesichtigung"])
    path = tmp_path / "partner.xlsx"
    book.save(path)
    checked = employer_import.preview(path, ws=workspace)
    assert checked.ready == 2
    employer_import.import_rows(workspace, checked)
    found = by_name(workspace)
    assert found["Autohaus Beispiel Wetzlar"].partner_since == dt.date(2024, 9, 1)
    assert found["Hotel am Domplatz (fiktiv)"].partner_since == dt.date(2025, 1, 15)


@pytest.mark.parametrize(
    ("cell", "offers"),
    [
        ("Betriebsbesichtigung; Praktikum; Fragerunde", (True, 1, True)),
        ("praktikum", (False, 1, False)),
        ("2 Praktikumsplätze", (False, 2, False)),
        ("Praktikum (4) / Q&A", (False, 4, True)),
        ("", (False, 0, False)),
    ],
)
def test_offers_in_one_cell(cell, offers):
    assert employer_import.parse_offers(cell) == offers
