"""`print signin|certificates|childcare` as a coach would use them in a terminal."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from gemeinsam_desktop.cli import build_parser
from gemeinsam_desktop.services import attendance, roster
from gemeinsam_desktop.services.roster import ChildData, ParticipantData
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store.models import Attendance, AttendanceState, Session, SessionKind
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.printing.pdf_tools import page_texts

PAST = dt.datetime(2026, 9, 1, 9)
DAY = dt.datetime(2030, 6, 18, 9)  # a Tuesday, far ahead: stays "upcoming"


@pytest.fixture
def store(data_dir: Path) -> Path:
    """Three people; a past workshop two of them attended; one upcoming with childcare."""
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    people = [
        roster.save_participant(ws, ParticipantData(project_id=1, **kw))
        for kw in (
            {"last_name": "Öztürk-Weiß", "first_name": "Jülide", "salutation": "frau",
             "phone": "0641 999 123",
             "children": [ChildData(2025, 4, "Mia", needs_childcare=True)]},
            {"last_name": "Müller", "first_name": "Anna"},
            {"last_name": "Becker", "first_name": "René"},
        )
    ]  # fmt: skip
    ids = []
    with ws.db.session() as s:
        for start in (PAST, DAY):
            row = Session(
                project_id=1,
                kind=SessionKind.WORKSHOP,
                topic="Bewerbungsmappe",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=3),
                location_id=1,
                room="Sitzungssaal",
                coach_id=1,
            )
            s.add(row)
            s.flush()
            ids.append(row.id)
    for sid in ids:
        attendance.enrol(ws, sid, people)
    with ws.db.session() as s:
        for att in s.query(Attendance).filter(Attendance.session_id == ids[0]):
            if att.participant_id != people[2]:
                att.state = AttendanceState.ANWESEND
    ws.close()
    folder.release()
    return data_dir


def cli(store: Path, *args: str):
    return run_cli(*args, data_dir=store, passphrase=PASSPHRASE)


def test_help_is_german() -> None:
    text = " ".join(build_parser().format_help().split())
    assert "Anwesenheitslisten, Teilnahmebescheinigungen, Betreuungslisten" in text


def test_signin_and_childcare_for_a_day(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "anwesenheit.pdf"
    result = cli(store, "print", "signin", "--date", "2030-06-18", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Anwesenheitslisten für 1 Termin(e) am 18.06.2030 gespeichert: {target}"
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = page_texts(target.read_bytes())[0]
    assert "Dienstag, 18.06.2030" in text and "Seite 1 von 1" in text
    assert text.index("Becker") < text.index("Müller") < text.index("Öztürk-Weiß")
    assert "0641" not in text

    care = tmp_path / "betreuung.pdf"
    result = cli(store, "print", "childcare", "--date", "18.06.2030", "--out", str(care))
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(care.read_bytes())[0].split())
    assert "Mia" in text and "5 Jahre, 2 Monate" in text and "Öztürk-Weiß, Jülide" in text
    assert "0641" not in text


def test_wrong_targets_and_days_are_refused(store: Path, tmp_path: Path) -> None:
    result = cli(store, "print", "signin", "--date", "2030-06-18", "--out", str(tmp_path))
    assert result.returncode == 1
    assert "ist ein Ordner" in result.stderr
    result = cli(
        store, "print", "childcare", "--date", "2030-06-19", "--out", str(tmp_path / "x.pdf")
    )
    assert result.returncode == 1
    assert "Am 19.06.2030 gibt es keine Termine mit Kinderbetreuung." in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_certificates_one_file_per_person_or_all_in_one(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "bescheinigungen"
    result = cli(store, "print", "certificates", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 Teilnahmebescheinigung(en) gespeichert (1 ohne Mindestteilnahme übergangen)" in (
        result.stdout
    )
    assert sorted(p.name for p in out.iterdir()) == [
        "Teilnahmebescheinigung_Mueller_Anna.pdf",
        "Teilnahmebescheinigung_Oeztuerk-Weiss_Juelide.pdf",
    ]
    one = tmp_path / "alle.pdf"
    result = cli(store, "print", "certificates", "--one-file", str(one), "--project", "1")
    assert result.returncode == 0, result.stderr
    texts = page_texts(one.read_bytes())
    assert len(texts) == 2
    assert "Anna Müller" in texts[0] and "Frau Jülide Öztürk-Weiß" in texts[1]
    assert "1 Termin mit insgesamt 3 Stunden" in texts[0]
    result = cli(store, "print", "certificates", "--one-file", str(one), "--project", "9")
    assert result.returncode == 1 and "Nummer 9" in result.stderr
