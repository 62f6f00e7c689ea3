"""Fehlzeitenbescheinigung: codes, reasons, Kundennummer; as PDF and as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.printing.absences import build_absences
from gemeinsam_desktop.services import absences
from gemeinsam_desktop.store.models import Attendance, AttendanceState
from tests.services import figures_data

START = dt.date(2026, 1, 5)  # sessions from 2 to 14 February 2026
TODAY = dt.date(2026, 7, 15)


@pytest.fixture
def project(workspace):
    return figures_data.build(workspace, START)


def _february(ws, person=None):
    return absences.load(ws, 1, 2026, 2, person, today=TODAY)


def test_month_lists_absences_with_codes_and_reasons(workspace, project) -> None:
    report = _february(workspace)

    julide = next(p for p in report.people if p.participant_id == project.julide)
    assert julide.name == "Öztürk-Weiß, Jülide"
    assert julide.customer_number == "123D456789"
    assert (julide.counted, julide.present) == (7, 4)
    assert [(a.day, a.code) for a in julide.absences] == [
        (project.session_days[4], "E"),
        (project.session_days[5], "K"),
        (project.session_days[6], "UE"),
    ]
    assert julide.absences[0].reason == "Kind krank"
    assert julide.absences[1].reason == absences.SICK_NOTE
    assert julide.absences[2].reason == ""
    assert julide.absences[0].session == "Gruppengespräch"
    assert julide.absences[2].session == "Einzelcoaching"
    assert (julide.count("E"), julide.count("UE"), julide.count("K")) == (1, 1, 1)
    # Only people with sessions that count in the month appear.
    assert [p.participant_id for p in report.people] == [project.julide]


def test_other_months_and_one_person(workspace, project) -> None:
    assert absences.load(workspace, 1, 2026, 3, today=TODAY).people == []
    one = _february(workspace, project.julide)
    assert [p.participant_id for p in one.people] == [project.julide]
    with pytest.raises(ValidationError, match="gibt es in diesem Projekt nicht"):
        _february(workspace, 9999)


def test_csv_has_one_line_per_absence_and_escapes_formulas(workspace, project) -> None:
    with workspace.db.session() as s:
        row = s.query(Attendance).filter_by(state=AttendanceState.ENTSCHULDIGT).one()
        row.excuse_reason = "=HYPERLINK(1)"
    data = absences.csv_bytes(_february(workspace))

    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == list(absences.CSV_HEADERS)
    body = lines[1:]
    assert [line[6] for line in body] == ["E", "K", "UE"]
    assert body[0][:5] == ["Öztürk-Weiß", "Jülide", "123D456789", "02/2026",
                           project.session_days[4].strftime("%d.%m.%Y")]  # fmt: skip
    assert body[0][7] == "'=HYPERLINK(1)"
    assert body[1][7] == absences.SICK_NOTE
    assert body[0][8:] == ["7", "4"]


def test_pdf_shows_person_number_codes_and_reasons(workspace, project) -> None:
    pdf = build_absences(_february(workspace))
    reader = PdfReader(io.BytesIO(pdf))
    lines = "\n".join(page.extract_text() for page in reader.pages)
    text = " ".join(lines.split())  # table cells wrap

    assert "Fehlzeitenbescheinigung" in text
    assert "Öztürk-Weiß, Jülide" in text
    assert "123D456789" in text
    assert "Februar 2026" in text
    assert "Kind krank" in text
    assert absences.SICK_NOTE in text
    day = project.session_days
    assert f"{day[4]:%d.%m.%Y} 09:00 Uhr · Gruppengespräch E Kind krank" in text
    assert f"{day[5]:%d.%m.%Y} 09:00 Uhr · Gruppengespräch K {absences.SICK_NOTE}" in text
    assert f"{day[6]:%d.%m.%Y} 09:00 Uhr · Einzelcoaching UE –" in text
    assert "Fehlzeiten: 3 (E 1, UE 1, K 1)" in text
    assert "Unterschrift und Stempel des Trägers" in text
    assert figures_data.SECRET_NOTE not in text


def test_month_text_is_checked() -> None:
    assert absences.parse_month("2026-06") == (2026, 6)
    assert absences.parse_month("06/2026") == (2026, 6)
    assert absences.parse_month("6.2026") == (2026, 6)
    for bad in ("2026-13", "Juni", "2026"):
        with pytest.raises(ValidationError, match="kein gültiger Monat"):
            absences.parse_month(bad)
    assert absences.month_bounds(2024, 2) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert absences.month_bounds(2026, 12)[1] == dt.date(2026, 12, 31)
