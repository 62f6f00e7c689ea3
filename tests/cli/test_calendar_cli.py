"""`sessions` and `export ics` as a coach would use them in a terminal."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import icalendar
import pytest

from gemeinsam_desktop.cli import build_parser, day_range
from gemeinsam_desktop.services import calendar as cal
from gemeinsam_desktop.services.calendar import SeriesData
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store.models import Participant, ParticipantStatus, SessionKind
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli


@pytest.fixture
def store(data_dir: Path) -> Path:
    """Tuesday workshops in June 2026 with two active people, one coaching, one cancelled date."""
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    with ws.db.session() as s:
        s.add(
            Participant(
                project_id=1,
                last_name="Öztürk-Weiß",
                first_name="Jülide",
                status=ParticipantStatus.AKTIV,
            )
        )
        s.add(Participant(project_id=1, last_name="Mustermann", status=ParticipantStatus.AKTIV))
    series = cal.create_series(
        ws,
        SeriesData(
            project_id=1,
            kind=SessionKind.WORKSHOP,
            weekday=1,
            start_time=dt.time(9),
            end_time=dt.time(12),
            first_date=dt.date(2026, 6, 2),
            last_date=dt.date(2026, 6, 30),
            topic="Bewerbungsmappe",
            location_id=1,
            room="Sitzungssaal",
            coach_id=1,
        ),
    )
    cal.book_coaching(ws, 1, dt.datetime(2026, 6, 17, 10, 30), location_id=2, room="Beratungsraum")
    last = cal.sessions_between(ws, 1, dt.date(2026, 6, 30), dt.date(2026, 6, 30))[0]
    data = cal.load_session(ws, last.id)
    data.cancelled, data.cancel_reason = True, "Raum nicht verfügbar"
    cal.save_session(ws, data)
    assert series
    ws.close()
    folder.release()
    return data_dir


def cli(store: Path, *args: str):
    return run_cli(*args, data_dir=store, passphrase=PASSPHRASE)


def test_sessions_lists_a_week(store: Path) -> None:
    result = cli(store, "sessions", "--from", "2026-06-15", "--to", "21.06.2026")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Termine vom 15.06.2026 bis 21.06.2026: 2"
    assert lines[1].split("  ") == [
        "Di 16.06.2026",
        "09:00–12:00",
        "Workshop",
        "Bewerbungsmappe",
        "Rathaus Wetzlar, Sitzungssaal",
        "erwartet 2",
        "anwesend 0",
    ]
    assert lines[2].startswith("Mi 17.06.2026  10:30–11:15  Einzelcoaching  –  ")
    assert "Nachbarschaftszentrum Westend, Beratungsraum  erwartet 1" in lines[2]
    assert "Jülide" not in result.stdout


def test_sessions_marks_cancelled_ones_and_takes_only_from(store: Path) -> None:
    result = cli(store, "sessions", "--from", "29.06.2026")  # to the Sunday of that week
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Termine vom 29.06.2026 bis 05.07.2026: 1"
    assert lines[1].startswith("Di 30.06.2026  09:00–12:00  Workshop")
    assert lines[1].endswith("ABGESAGT (Raum nicht verfügbar)")


def test_sessions_refuses_a_bad_date(store: Path) -> None:
    result = cli(store, "sessions", "--from", "31.02.2026")
    assert result.returncode == 1
    assert "„31.02.2026“ ist kein gültiges Datum" in result.stderr
    assert result.stdout == ""
    backwards = cli(store, "sessions", "--from", "2026-06-20", "--to", "2026-06-10")
    assert backwards.returncode == 1 and "liegt vor dem Anfang" in backwards.stderr


def test_default_range_is_this_week() -> None:
    args = build_parser().parse_args(["sessions"])
    assert day_range(args, dt.date(2026, 6, 10)) == (dt.date(2026, 6, 8), dt.date(2026, 6, 14))
    assert day_range(args, dt.date(2026, 6, 14)) == (dt.date(2026, 6, 8), dt.date(2026, 6, 14))
    args = build_parser().parse_args(["sessions", "--to", "2026-06-17"])
    assert day_range(args, dt.date(2026, 1, 1)) == (dt.date(2026, 6, 15), dt.date(2026, 6, 17))
    ics = build_parser().parse_args(["export", "ics", "x.ics"])
    assert day_range(ics, this_week=False) == (None, None)


def test_export_ics_file(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "ausgabe"
    out.mkdir()
    target = out / "termine.ics"
    result = cli(store, "export", "ics", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exportiert: 6 Termine nach {target}"
    data = target.read_bytes()
    assert "Jülide".encode() not in data and "Öztürk".encode() not in data
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 6
    assert sum(str(e.get("status")) == "CANCELLED" for e in events) == 1
    assert {str(e.get("summary")) for e in events} == {
        "Workshop: Bewerbungsmappe",
        "Einzelcoaching",
    }
    first = min(events, key=lambda e: e.decoded("dtstart"))
    assert first.decoded("dtstart").astimezone(dt.UTC).hour == 7  # 09:00 in Wetzlar in June
    assert [p.name for p in out.iterdir()] == ["termine.ics"]  # no temp file left
    assert stat.S_IMODE(target.stat().st_mode) == 0o644

    week = cli(store, "export", "ics", str(target), "--from", "15.06.2026", "--to", "2026-06-21")
    assert week.returncode == 0, week.stderr
    assert "Exportiert: 2 Termine" in week.stdout
    assert len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 2


def test_export_ics_for_an_unknown_project_and_participants_still_works(
    store: Path, tmp_path: Path
) -> None:
    target = tmp_path / "termine.ics"
    missing = cli(store, "export", "ics", str(target), "--project", "7")
    assert missing.returncode == 1 and "Projekt mit der Nummer 7" in missing.stderr
    assert not target.exists()
    people = tmp_path / "tn.csv"
    result = cli(store, "export", "participants", str(people))
    assert result.returncode == 0, result.stderr
    assert "Exportiert: 2 Teilnehmende" in result.stdout
    assert "Mustermann" in people.read_text(encoding="utf-8-sig")
