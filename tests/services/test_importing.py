"""Importing participants from CSV and XLSX: the sample, encodings, mapping, bad rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

import openpyxl
import pytest
from sqlalchemy import select

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import importing, roster
from gemeinsam_desktop.services.importing import ColumnMapping, RowState
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.store.models import AuditEvent, Child, Consent, Participant
from gemeinsam_desktop.store.models import ParticipantStatus as S
from tests.helpers import REPO

TODAY = dt.date(2026, 11, 25)
SAMPLE = REPO / "resources" / "demo" / "teilnehmende_auftakt.csv"
HEADER = (
    "Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon;E-Mail;Kundennummer;"
    "Kinder (Geburtsmonat);Kinderbetreuung benötigt;Arbeitslos seit;Berufswunsch;"
    "Wochenstunden (max.)"
)


def sample_rows() -> list[list[str]]:
    with SAMPLE.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def csv_bytes(rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


def run_preview(ws, source, mapping=None, project_id: int = 1):
    return importing.preview(source, mapping, project_id=project_id, ws=ws, today=TODAY)


def snapshot(ws, project_id: int = 1) -> list[tuple]:
    """Every participant of the project with its children, independent of ids and order."""
    with ws.db.session() as s:
        people = s.scalars(select(Participant).where(Participant.project_id == project_id))
        return sorted(
            (
                p.last_name,
                p.first_name,
                p.birth_date,
                p.street,
                p.postal_code,
                p.city,
                p.phone,
                p.email,
                p.customer_number,
                p.unemployed_since,
                p.occupation_wishes,
                p.max_weekly_hours,
                p.status,
                p.entry_date,
                tuple(sorted((c.birth_year, c.birth_month, c.needs_childcare) for c in p.children)),
            )
            for p in people
        )


def counts(ws) -> dict[str, int]:
    return ws.db.table_counts()


def reasons_by_line(preview) -> dict[int, str]:
    return {r.line: " | ".join(r.reasons) for r in preview.rows if r.state is RowState.INVALID}


# -- the sample -------------------------------------------------------------------------
def test_the_sample_gives_64_participants_with_children_and_umlauts(workspace) -> None:
    checked = run_preview(workspace, SAMPLE)
    assert (checked.ready, checked.invalid, checked.existing) == (64, 0, 0)
    assert [r.line for r in checked.rows[:2]] == [2, 3]
    result = importing.import_rows(workspace, checked)
    assert result == importing.ImportResult(imported=64, skipped_existing=0, invalid=0)

    rows = sample_rows()[1:]
    people = snapshot(workspace)
    assert len(people) == 64
    names = {(p[0], p[1]) for p in people}
    assert ("Koç", "Rüya") in names
    assert any(last == "Şahin" or first == "Jülide" for last, first in names)
    assert {"Şahin", "Jülide", "Rüya"} <= {n for pair in names for n in pair}
    # Children: every month of the file, and childcare for the under-12s where it says "ja".
    expected_children = sum(len(r[9].split(",")) for r in rows if r[9].strip())
    expected_care = 0
    for r in rows:
        for month in filter(None, (m.strip() for m in r[9].split(","))):
            year, mon = map(int, month.split("-"))
            age = ((TODAY.year - year) * 12 + TODAY.month - mon) // 12
            expected_care += r[10] == "ja" and age < 12
    with workspace.db.session() as s:
        children = list(s.scalars(select(Child)))
    assert len(children) == expected_children > 64
    assert sum(c.needs_childcare for c in children) == expected_care > 0
    assert 0 < expected_care < sum(1 for r in rows if r[10] == "ja" for _ in r[9].split(","))
    first = next(p for p in people if p[:2] == ("Fuchs", "Tanja"))
    assert first[2] == dt.date(1995, 2, 8)
    assert first[9] == dt.date(2016, 5, 1)  # "Arbeitslos seit" 05/2016
    assert first[11] == 15 and first[8] == "102D744039"
    assert first[14] == ((2016, 10, True), (2019, 9, True))
    # No entry date in the file: interessiert, and no invented entry date.
    assert {p[12] for p in people} == {S.INTERESSIERT} and {p[13] for p in people} == {None}


def test_the_same_file_twice_creates_nothing_new(workspace) -> None:
    importing.import_rows(workspace, run_preview(workspace, SAMPLE))
    before = counts(workspace)
    again = run_preview(workspace, SAMPLE)
    assert (again.ready, again.invalid, again.existing) == (0, 0, 64)
    assert importing.import_rows(workspace, again).imported == 0
    assert counts(workspace) == before


def test_an_old_preview_imported_again_is_checked_again(workspace) -> None:
    checked = run_preview(workspace, SAMPLE)
    importing.import_rows(workspace, checked)
    before = counts(workspace)
    result = importing.import_rows(workspace, checked)
    assert (result.imported, result.skipped_existing) == (0, 64)
    assert counts(workspace) == before


def test_every_imported_person_gets_a_chained_audit_entry(workspace) -> None:
    from gemeinsam_desktop.services import audit

    importing.import_rows(workspace, run_preview(workspace, SAMPLE))
    with workspace.db.session() as s:
        events = list(s.scalars(select(AuditEvent)))
        imported = {e.entity_id for e in events if e.action == "participant.imported"}
        people = set(s.scalars(select(Participant.id)))
        assert imported == people and len(imported) == 64
        assert audit.chain_is_intact(s)


def _xlsx_of_sample(path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    rows = sample_rows()
    sheet.append(rows[0])
    for r in rows[1:]:
        cells: list[object] = list(r)
        cells[2] = dt.datetime.strptime(r[2], "%d.%m.%Y")  # a real Excel date
        cells[13] = int(r[13])  # a number
        cells[4] = int(r[4])  # PLZ as a number, as Excel makes it
        sheet.append(cells)
    book.save(path)


@pytest.mark.parametrize("variant", ["windows-1252", "comma", "xlsx", "no-bom-lf"])
def test_encodings_and_formats_import_the_same(workspace, tmp_path, variant) -> None:
    importing.import_rows(workspace, run_preview(workspace, SAMPLE))
    expected = snapshot(workspace, 1)
    project = roster.create_project(workspace, "Zweite Runde")
    rows = sample_rows()
    if variant == "windows-1252":
        source = tmp_path / "liste.csv"
        source.write_bytes(csv_bytes(rows, encoding="cp1252"))
        # Windows-1252 has no "Ş" or "ı": Excel writes "?" for them, and so does this file.
        cp = lambda v: v.encode("cp1252", "replace").decode("cp1252") if isinstance(v, str) else v  # noqa: E731
        expected = sorted(tuple(cp(v) for v in p) for p in expected)
    elif variant == "comma":
        source = tmp_path / "liste.csv"
        source.write_bytes(csv_bytes(rows, delimiter=","))
    elif variant == "no-bom-lf":
        source = tmp_path / "liste.csv"
        source.write_bytes(csv_bytes(rows, encoding="utf-8").replace(b"\r\n", b"\n"))
    else:
        source = tmp_path / "liste.xlsx"
        _xlsx_of_sample(source)
    checked = run_preview(workspace, source, project_id=project.id)
    assert (checked.ready, checked.invalid) == (64, 0), reasons_by_line(checked)
    assert importing.import_rows(workspace, checked).imported == 64
    got = snapshot(workspace, project.id)
    assert got == expected
    if variant == "windows-1252":
        assert any(p[0] == "Krüger" for p in got) and any(p[0] == "Groß" for p in got)


def test_bytes_work_like_a_path(workspace) -> None:
    checked = run_preview(workspace, SAMPLE.read_bytes())
    assert checked.ready == 64


# -- headers and mapping ----------------------------------------------------------------
def test_headers_are_recognised_in_their_usual_spellings() -> None:
    headers = [
        "Name", "Vorname", "Geb.-Datum", "Tel.", "Kd.-Nr.", "Wohnort", "Str.", "PLZ",
        "Betreuung", "Kinder", "Eintritt", "Anrede", "E-Mail", "Wochenstunden", "Arbeitslos seit",
        "Berufswunsch", "Bemerkung",
    ]  # fmt: skip
    mapping = ColumnMapping.guess(headers)
    assert mapping.fields == [
        "last_name", "first_name", "birth_date", "phone", "customer_number", "city", "street",
        "postal_code", "childcare", "children", "entry_date", "salutation", "email",
        "max_weekly_hours", "unemployed_since", "occupation_wishes", None,
    ]  # fmt: skip
    english = ColumnMapping.guess(["Last name", "First Name", "Date of birth", "Mobile", "ZIP"])
    assert english.fields == ["last_name", "first_name", "birth_date", "phone", "postal_code"]
    both = ColumnMapping.guess(["Name", "Handy", "Nachname", "Telefon", "Strasse"])
    assert both.fields == [None, None, "last_name", "phone", "street"]


def test_a_file_without_a_last_name_column_is_refused_whole(workspace) -> None:
    data = "Familie;Vorname\r\nMüller;Jana\r\n".encode()
    before = counts(workspace)
    with pytest.raises(ValidationError, match="fehlt die Spalte „Nachname“") as err:
        run_preview(workspace, data)
    assert "„Familie“" in err.value.message()
    assert counts(workspace) == before


def test_the_caller_can_change_the_mapping(workspace) -> None:
    data = "Familie;Vorname;Telefon\r\nMüller;Jana;06441 1\r\n".encode()
    table = importing.read_table(data)
    mapping = ColumnMapping.guess(table.headers)
    mapping.assign(0, "last_name")
    mapping.assign(2, None)
    checked = run_preview(workspace, table, mapping)
    (row,) = checked.rows
    assert row.data is not None and (row.data.last_name, row.data.phone) == ("Müller", "")
    # A field taken by one column is let go by the column that had it.
    mapping.assign(1, "last_name")
    assert mapping.fields == [None, "last_name", None]


# -- bad rows ---------------------------------------------------------------------------
BAD_FILE = "\r\n".join(
    [
        HEADER,
        "Öztürk;Jülide;02.04.1990;;;;;;111A;;;;;",  # 2 good
        "Kaya;Aylin;31.02.1990;;;;;;;;;;;",  # 3 impossible date
        ";Ohne;01.01.1990;;;;;;;;;;;",  # 4 no last name
        "Lang;Lisa;01.01.1990;;;;;;;;;;" + "x" * 5000 + ";",  # 5 a 5,000-character cell
        'Link;Lea;01.01.1990;;;;"=HYPERLINK(""http://x"",""y"")";;;;;;;',  # 6 formula
        "Öztürk;Jülide;02.04.1990;;;;;;;;;;;",  # 7 the same person as line 2
        "Kind;Karl;01.01.1990;;;;;;;13/2016;vielleicht;;;viel",  # 8 three reasons
        '"Zeilen-\r\numbruch";Ulla;01.01.1991;;;;;;;;;;;',  # 9 and 10: one record
        "Gut;Gustav;8.2.95;;;;+49 6441 12345;;;2020-01;ja;2019-05-01;;19,5",  # 11 good
    ]
)


def test_bad_rows_get_reasons_with_line_numbers(workspace) -> None:
    checked = run_preview(workspace, BAD_FILE.encode())
    bad = reasons_by_line(checked)
    assert set(bad) == {3, 4, 5, 6, 7, 8}
    assert "„Geburtsdatum“: „31.02.1990“ ist kein gültiges Datum" in bad[3]
    assert "Nachname fehlt" in bad[4]
    assert "„Berufswunsch“ ist zu lang: 5000 Zeichen" in bad[5]
    assert "„Telefon“ sieht aus wie eine Excel-Formel" in bad[6]
    assert "Zeile 2" in bad[7] and "Doppelt" in bad[7]
    assert "kein Geburtsmonat" in bad[8] and "weder ja noch nein" in bad[8]
    assert "„Wochenstunden (max.)“: „viel“ ist keine Zahl" in bad[8]
    good = {r.line: r.data for r in checked.rows if r.state is RowState.READY}
    assert set(good) == {2, 9, 11}
    assert good[9] is not None and good[9].last_name == "Zeilen- umbruch"
    gustav = good[11]
    assert gustav is not None
    assert gustav.birth_date == dt.date(1995, 2, 8) and gustav.phone == "+49 6441 12345"
    assert gustav.unemployed_since == dt.date(2019, 5, 1) and gustav.max_weekly_hours == 20
    assert [(c.birth_year, c.birth_month, c.needs_childcare) for c in gustav.children] == [
        (2020, 1, True)
    ]


def test_bad_rows_change_nothing_unless_skipped(workspace) -> None:
    checked = run_preview(workspace, BAD_FILE.encode())
    before = counts(workspace)
    with pytest.raises(ValidationError, match="Fehlerhafte Zeilen: 6. Es wurde nichts importiert"):
        importing.import_rows(workspace, checked)
    assert counts(workspace) == before
    result = importing.import_rows(workspace, checked, skip_invalid=True)
    assert result == importing.ImportResult(imported=3, skipped_existing=0, invalid=6)
    assert sorted(p[0] for p in snapshot(workspace)) == ["Gut", "Zeilen- umbruch", "Öztürk"]
    assert counts(workspace)["participant"] == before["participant"] + 3


@pytest.mark.parametrize(
    "garbage",
    [
        os.urandom(4096) + b"\x00",
        b"PK\x03\x04" + os.urandom(500),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200),
        b"",
        bytes(range(1, 32)) * 40,
    ],
    ids=["random", "broken-zip", "old-xls", "empty", "control-chars"],
)
def test_garbage_is_refused_whole_and_changes_nothing(workspace, garbage: bytes) -> None:
    before = counts(workspace)
    with pytest.raises(ValidationError) as err:
        run_preview(workspace, garbage)
    assert any(w in err.value.message() for w in ("keine Tabelle", ".xls", "leer"))
    assert counts(workspace) == before


def test_formula_cells_are_refused_plain_numbers_are_not() -> None:
    refused = ['=HYPERLINK("http://x","y")', "=1+1", "@SUMME(A1)", "+A1*2", "-2+3*cmd"]
    assert all(importing.formula_like(t) for t in refused)
    fine = ["+49 6441 12345", "-5", "+49 (0)6441 123-45", "Müller", "", "06441/12345"]
    assert not any(importing.formula_like(t) for t in fine)


def test_cells_from_an_xlsx_are_checked_too(workspace, tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nachname", "Vorname", "Geburtsdatum", "Telefon", "Eintritt", "Einwilligung"])
    sheet.append(["Serial", "Sara", 34738, "06441 1", "01.09.2026", "2026-09-01"])  # 2 good
    sheet.append(["Formel", "Fritz", "01.01.1990", '=HYPERLINK("http://x","y")', None, None])
    sheet.append(["Datum", "Dora", "31.02.1990", None, None, None])  # 4
    path = tmp_path / "liste.xlsx"
    book.save(path)
    checked = run_preview(workspace, path)
    bad = reasons_by_line(checked)
    assert set(bad) == {3, 4} and "Excel-Formel" in bad[3] and "31.02.1990" in bad[4]
    sara = checked.rows[0].data
    assert sara is not None and sara.birth_date == dt.date(1995, 2, 8)
    assert sara.status is S.AKTIV and sara.entry_date == dt.date(2026, 9, 1)
    importing.import_rows(workspace, checked, skip_invalid=True)
    with workspace.db.session() as s:
        assert [c.given_on for c in s.scalars(select(Consent))] == [dt.date(2026, 9, 1)]


# -- duplicates against the project -----------------------------------------------------
def test_existing_people_are_recognised_by_number_or_name_and_birth_date(workspace) -> None:
    roster.save_participant(
        workspace,
        ParticipantData(1, "Müller", "Jana", birth_date=dt.date(1990, 4, 2)),
        TODAY,
    )
    roster.save_participant(
        workspace, ParticipantData(1, "Anders", "Ben", customer_number="123D456"), TODAY
    )
    data = "\r\n".join(
        [
            "Nachname;Vorname;Geburtsdatum;Kundennummer",
            "Mueller;Jana;02.04.1990;",  # folded name + birth date
            "Neu;Ben;;123d456",  # Kundennummer, any case
            "Müller;Jana;03.04.1990;",  # another birth date: someone else
        ]
    ).encode()
    checked = run_preview(workspace, data)
    assert [r.state for r in checked.rows] == [RowState.EXISTING, RowState.EXISTING, RowState.READY]
    # In another project nobody exists yet.
    other = roster.create_project(workspace, "Andere Runde")
    assert run_preview(workspace, data, project_id=other.id).ready == 3


def test_dates_in_every_usual_form() -> None:
    parse = importing.parse_date
    assert parse("x", "08.02.1995", "Geburtsdatum", TODAY) == dt.date(1995, 2, 8)
    assert parse("x", "8.2.95", "Geburtsdatum", TODAY, past=True) == dt.date(1995, 2, 8)
    assert parse("x", "8.2.05", "Geburtsdatum", TODAY, past=True) == dt.date(2005, 2, 8)
    assert parse("x", "1995-02-08", "Geburtsdatum", TODAY) == dt.date(1995, 2, 8)
    assert parse("x", "05/2016", "Arbeitslos seit", TODAY, months=True) == dt.date(2016, 5, 1)
    assert parse(dt.datetime(1995, 2, 8), "", "Geburtsdatum", TODAY) == dt.date(1995, 2, 8)
    for wrong in ("31.02.1990", "1990-13-01", "gestern", "05/2016"):
        with pytest.raises(ValidationError, match="kein gültiges Datum"):
            parse("x", wrong, "Geburtsdatum", TODAY)


def test_children_lists_in_both_spellings() -> None:
    kids = importing.parse_children(None, "2016-10, 2019-09; 10/2012 und 03.2020", "Kinder")
    assert [(c.birth_year, c.birth_month) for c in kids] == [
        (2016, 10),
        (2019, 9),
        (2012, 10),
        (2020, 3),
    ]
