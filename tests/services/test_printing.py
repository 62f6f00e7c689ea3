"""Printing services on a real encrypted store: sign-in sheets, childcare lists,
certificates, their settings and logos. Every document is read back from the PDF."""

from __future__ import annotations

import datetime as dt
import logging
import stat
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gemeinsam_desktop.errors import KnownError, ValidationError
from gemeinsam_desktop.services import attendance, printing, roster
from gemeinsam_desktop.services.certificates import certificate_file_name
from gemeinsam_desktop.services.roster import ChildData, ParticipantData
from gemeinsam_desktop.store.models import (
    Attendance,
    AuditEvent,
    Session,
    SessionKind,
    SessionSeries,
)
from gemeinsam_desktop.store.models import AttendanceState as A
from tests.printing.pdf_tools import page_texts, reader

TODAY = dt.date(2026, 11, 25)
PAST = [dt.date(2026, 9, 1) + dt.timedelta(weeks=n) for n in range(3)]  # Tuesdays
NEXT = dt.date(2026, 12, 1)  # a Tuesday after TODAY

# What no printed sheet may show about a person besides the name.
PRIVATE = ("Lahnstraße", "35578", "0641 999 123", "123D456789", "03.05.1990", "jw@example.org")


def flat(text: str) -> str:
    return " ".join(text.split())


def add_person(ws, last: str, first: str, **kw) -> int:
    data = ParticipantData(project_id=1, last_name=last, first_name=first, **kw)
    return roster.save_participant(ws, data, TODAY)


def add_session(ws, day: dt.date, *, series_id: int | None = None, **kw) -> int:
    begin = dt.datetime.combine(day, dt.time(9))
    values = {
        "project_id": 1,
        "kind": SessionKind.WORKSHOP,
        "topic": "Bewerbungsmappe",
        "starts_at": begin,
        "ends_at": begin + dt.timedelta(hours=3),
        "location_id": 1,
        "room": "Sitzungssaal",
        "coach_id": 1,
        "childcare_offered": True,
        "childcare_capacity": 6,
        "series_id": series_id,
    }
    values.update(kw)
    with ws.db.session() as s:
        row = Session(**values)
        s.add(row)
        s.flush()
        return row.id


def row(ws, sid: int, pid: int) -> int:
    with ws.db.session() as s:
        return s.scalars(
            select(Attendance.id).where(
                Attendance.session_id == sid, Attendance.participant_id == pid
            )
        ).one()


def mark(ws, sid: int, pid: int, state: A, **kw) -> None:
    attendance.set_attendance(ws, row(ws, sid, pid), state=state, **kw)


def audit_count(ws, action: str) -> int:
    with ws.db.session() as s:
        query = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
        return s.scalar(query) or 0


@dataclass
class Store:
    ws: object
    juelide: int
    rene: int
    sven: int
    zoe: int
    past: list[int]
    upcoming: int


@pytest.fixture
def store(workspace) -> Store:
    ws = workspace
    juelide = add_person(
        ws, "Öztürk-Weiß", "Jülide", salutation="frau", birth_date=dt.date(1990, 5, 3),
        street="Lahnstraße 12", postal_code="35578", city="Wetzlar", phone="0641 999 123",
        email="jw@example.org", customer_number="123D456789", entry_date=dt.date(2026, 8, 3),
        children=[
            ChildData(2023, 2, "Mia", needs_childcare=True, care_notes="Allergie: Nüsse"),
            ChildData(2020, 6, "", needs_childcare=True),
        ],
    )  # fmt: skip
    rene = add_person(
        ws, "Becker", "René", salutation="herr",
        children=[ChildData(2012, 1, "Leon", needs_childcare=True)],  # 14: too old for care
    )  # fmt: skip
    sven = add_person(
        ws, "Ärmel", "Sven", children=[ChildData(2022, 3, "Ida", needs_childcare=True)]
    )
    zoe = add_person(ws, "Abel", "Zoe")
    everyone = [juelide, rene, sven, zoe]
    past = [add_session(ws, day) for day in PAST]
    upcoming = add_session(ws, NEXT)
    for sid in [*past, upcoming]:
        attendance.enrol(ws, sid, everyone)
    # 1.9.: Jülide there 9–12 (3 h), René left at 11 (2 h); 8.9.: Jülide late from 9:30
    # (2.5 h); 15.9.: Jülide excused. Sven never came; Zoe's rows stay unrecorded.
    mark(ws, past[0], juelide, A.ANWESEND)
    mark(ws, past[0], rene, A.ANWESEND, left_at=dt.time(11))
    mark(ws, past[0], sven, A.UNENTSCHULDIGT)
    mark(ws, past[1], juelide, A.VERSPAETET, arrived_at=dt.time(9, 30))
    mark(ws, past[2], juelide, A.ENTSCHULDIGT, excuse_reason="Kind krank")
    # For the coming session, Sven has already called in sick.
    mark(ws, upcoming, sven, A.KRANK)
    return Store(ws, juelide, rene, sven, zoe, past, upcoming)


# -- Anwesenheitsliste --------------------------------------------------------------------
def test_signin_sheet_lists_the_expected_people_and_nothing_private(store: Store) -> None:
    pdf = printing.signin_sheets_pdf(store.ws, [store.upcoming])
    texts = page_texts(pdf)
    assert len(texts) == 1
    text = texts[0]
    for needed in ("Dienstag, 01.12.2026", "09:00–12:00 Uhr", "Rathaus Wetzlar, Sitzungssaal",
                   "Anna Beispiel", "Workshop: Bewerbungsmappe", "Seite 1 von 1"):  # fmt: skip
        assert needed in text, needed
    order = [text.index(n) for n in ("Abel", "Becker", "Öztürk-Weiß")]
    assert order == sorted(order)
    assert "Ärmel" not in text  # excused in advance (krank)
    for secret in PRIVATE:
        assert secret not in text
    assert reader(pdf).metadata.author == "Anna Beispiel"  # type: ignore[union-attr]
    assert audit_count(store.ws, "signin.printed") == 1


def test_signin_options_are_stored_and_checked(store: Store) -> None:
    ws = store.ws
    assert printing.load_signin_options(ws) == printing.SigninOptions(5, False)
    printing.save_signin_options(
        ws, printing.SigninOptions(blank_rows=2, arrival_leaving_columns=True)
    )
    assert printing.load_signin_options(ws) == printing.SigninOptions(2, True)
    text = page_texts(printing.signin_sheets_pdf(ws, [store.upcoming]))[0]
    assert "Ankunft" in text and "5." in text and "6." not in text  # 3 people + 2 blank rows
    with pytest.raises(ValidationError, match="zwischen 0 und 60"):
        printing.save_signin_options(ws, printing.SigninOptions(blank_rows=61))
    assert printing.load_signin_options(ws).blank_rows == 2


def test_signin_day_and_series(store: Store) -> None:
    ws = store.ws
    later = add_session(ws, NEXT, starts_at=dt.datetime(2026, 12, 1, 14),
                        ends_at=dt.datetime(2026, 12, 1, 15, 30), kind=SessionKind.GRUPPENGESPRAECH,
                        topic="", location_id=2, room="Gruppenraum")  # fmt: skip
    add_session(ws, NEXT, cancelled=True, topic="Abgesagt")
    texts = page_texts(printing.signin_day_pdf(ws, NEXT))
    assert len(texts) == 2
    assert "09:00–12:00 Uhr" in texts[0] and "14:00–15:30 Uhr" in texts[1]
    assert (
        "Gruppengespräch" in texts[1] and "Nachbarschaftszentrum Westend, Gruppenraum" in texts[1]
    )
    assert not any("Abgesagt" in t for t in texts)
    cancelled = add_session(ws, NEXT, cancelled=True)
    for build in (printing.signin_sheets_pdf, printing.childcare_pdf):
        with pytest.raises(ValidationError, match="Der Termin am 01.12.2026 ist abgesagt"):
            build(ws, [store.upcoming, cancelled])
    assert later
    with pytest.raises(KnownError) as caught:
        printing.signin_day_pdf(ws, dt.date(2026, 12, 2))
    assert caught.value.message() == "Am 02.12.2026 gibt es keine Termine."

    with ws.db.session() as s:
        series = SessionSeries(project_id=1, kind=SessionKind.WORKSHOP, weekday=3,
                               start_time=dt.time(9), end_time=dt.time(12),
                               first_date=dt.date(2026, 12, 3), last_date=dt.date(2026, 12, 17))  # fmt: skip
        s.add(series)
        s.flush()
        series_id = series.id
    days = [dt.date(2026, 12, 17), dt.date(2026, 12, 3), dt.date(2026, 12, 10)]
    made = {d: add_session(ws, d, series_id=series_id, cancelled=d.day == 10) for d in days}
    ids = printing.series_signin_ids(ws, series_id)
    assert ids == [made[dt.date(2026, 12, 3)], made[dt.date(2026, 12, 17)]]
    texts = page_texts(printing.signin_sheets_pdf(ws, ids))
    assert ["03.12.2026" in texts[0], "17.12.2026" in texts[1]] == [True, True]
    with pytest.raises(ValidationError, match="mindestens einen Termin"):
        printing.signin_sheets_pdf(ws, [])


# -- Betreuungsliste ------------------------------------------------------------------------
def test_childcare_list_shows_children_not_the_parents_details(store: Store) -> None:
    pdf = printing.childcare_pdf(store.ws, [store.upcoming])
    text = flat(page_texts(pdf)[0])
    assert "Betreuungsliste" in text and "Dienstag, 01.12.2026" in text
    assert "Mia" in text and "3 Jahre, 10 Monate" in text and "Allergie: Nüsse" in text
    assert "Kind 1" in text and "6 Jahre, 6 Monate" in text  # no first name stored
    assert "Öztürk-Weiß, Jülide" in text
    assert "Leon" not in text  # too old for care
    assert "Ida" not in text  # her parent is ill: she does not come either
    assert "2 (unter 3 Jahre: 0, 3 bis 6 Jahre: 2, Schulalter: 0) · Plätze: 6" in text
    summary = attendance.childcare_summary(store.ws, store.upcoming)
    assert summary.total == 2  # the same figure as the session page
    for secret in PRIVATE:
        assert secret not in text
    assert audit_count(store.ws, "childcare.printed") == 1


def test_childcare_after_the_session_lists_the_children_looked_after(store: Store) -> None:
    text = flat(page_texts(printing.childcare_pdf(store.ws, [store.past[0]]))[0])
    # Jülide was there (both children chosen when marked present); René's son is too old,
    # Sven was absent.
    assert "Mia" in text and "Kind 1" in text and "Ida" not in text
    assert text.count("Öztürk-Weiß, Jülide") == 2


def test_childcare_list_keeps_a_coaching_topic_to_itself(store: Store) -> None:
    sid = add_session(store.ws, NEXT, kind=SessionKind.EINZELCOACHING, topic="Schulden klären")
    attendance.enrol(store.ws, sid, [store.juelide])
    text = flat(page_texts(printing.childcare_pdf(store.ws, [sid]))[0])
    assert "Einzelcoaching" in text and "Mia" in text
    assert "Schulden" not in text


def test_childcare_day(store: Store) -> None:
    add_session(store.ws, NEXT, starts_at=dt.datetime(2026, 12, 1, 14),
                ends_at=dt.datetime(2026, 12, 1, 16), childcare_offered=False)  # fmt: skip
    texts = page_texts(printing.childcare_day_pdf(store.ws, NEXT))
    assert len(texts) == 1  # the afternoon session offers no childcare
    with pytest.raises(KnownError) as caught:
        printing.childcare_day_pdf(store.ws, dt.date(2026, 12, 24))
    assert caught.value.message() == "Am 24.12.2026 gibt es keine Termine mit Kinderbetreuung."


# -- Teilnahmebescheinigung -----------------------------------------------------------------
def test_candidates_hours_match_the_recorded_attendance(store: Store) -> None:
    found = {c.participant_id: c for c in printing.certificate_candidates(store.ws, 1, TODAY)}
    assert [c.name for c in printing.certificate_candidates(store.ws, 1, TODAY)] == [
        "Abel, Zoe", "Ärmel, Sven", "Becker, René", "Öztürk-Weiß, Jülide"]  # fmt: skip
    assert (found[store.juelide].sessions, found[store.juelide].hours) == (2, 5.5)
    assert (found[store.rene].sessions, found[store.rene].hours) == (1, 2.0)
    assert (found[store.sven].sessions, found[store.zoe].sessions) == (0, 0)
    assert {pid for pid, c in found.items() if c.eligible} == {store.rene, store.juelide}
    summary = attendance.summaries(store.ws, 1, TODAY)
    for pid, cand in found.items():
        assert (cand.sessions, cand.hours) == (summary[pid].attended, summary[pid].hours)
    settings = printing.load_certificate_settings(store.ws)
    settings.min_sessions = 2
    printing.save_certificate_settings(store.ws, settings)
    eligible = {
        c.participant_id for c in printing.certificate_candidates(store.ws, 1, TODAY) if c.eligible
    }
    assert eligible == {store.juelide}


def test_certificate_text_from_the_store(store: Store) -> None:
    ws = store.ws
    calls: list[tuple[int, int]] = []
    pdf = printing.certificates_pdf(
        ws,
        [store.juelide, store.rene],
        lambda done, total: calls.append((done, total)),
        today=TODAY,
    )
    first, second = (flat(t) for t in page_texts(pdf))
    assert (
        "Frau Jülide Öztürk-Weiß, geboren am 03.05.1990, hat vom 03.08.2026 bis 08.09.2026 am "
        "Projekt „Gemeinsam in Wetzlar“ teilgenommen." in first
    )
    assert "Besucht wurden 2 Termine mit insgesamt 5,5 Stunden." in first
    assert "Workshop: Bewerbungsmappe 01.09., 08.09.2026 5,5" in first
    assert "Wetzlar, 25.11.2026" in first and "Projektleitung" in first
    assert "Herr René Becker hat vom 01.09.2026 bis 01.09.2026" in second
    assert "1 Termin mit insgesamt 2 Stunden" in second
    assert calls[-1] == (2, 2)
    for secret in ("Lahnstraße", "0641 999 123", "123D456789"):
        assert secret not in first
    with ws.db.session() as s:
        logged = s.scalars(
            select(AuditEvent.entity_id).where(AuditEvent.action == "participant.certificate")
        ).all()
    assert sorted(logged) == sorted([store.juelide, store.rene])


def test_no_certificate_without_an_attended_session(store: Store) -> None:
    with pytest.raises(ValidationError, match="1 der gewählten Personen"):
        printing.certificates_pdf(store.ws, [store.juelide, store.sven], today=TODAY)
    assert audit_count(store.ws, "participant.certificate") == 0


def test_one_file_per_person(store: Store, tmp_path: Path) -> None:
    twin = add_person(store.ws, "Öztürk-Weiß", "Jülide")
    attendance.enrol(store.ws, store.past[0], [twin])
    mark(store.ws, store.past[0], twin, A.ANWESEND)
    out = tmp_path / "bescheinigungen"
    paths = printing.certificate_files(
        store.ws, [store.juelide, store.rene, twin], out, today=TODAY
    )
    assert [p.name for p in paths] == [
        "Teilnahmebescheinigung_Oeztuerk-Weiss_Juelide.pdf",
        "Teilnahmebescheinigung_Becker_Rene.pdf",
        "Teilnahmebescheinigung_Oeztuerk-Weiss_Juelide_2.pdf",
    ]
    for path in paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert len(reader(path.read_bytes()).pages) == 1
    assert "René Becker" in page_texts(paths[1].read_bytes())[0]
    assert not list(out.glob(".*.tmp"))
    with pytest.raises(ValidationError, match="kein Ordner"):
        printing.certificate_files(store.ws, [store.rene], paths[0], today=TODAY)


def test_file_names_are_plain_ascii() -> None:
    assert certificate_file_name("Müller", "Anna") == "Teilnahmebescheinigung_Mueller_Anna.pdf"
    assert certificate_file_name("Şahin-Groß", "Ayşe Nur") == (
        "Teilnahmebescheinigung_Sahin-Gross_Ayse-Nur.pdf"
    )
    assert certificate_file_name("../../etc", "") == "Teilnahmebescheinigung_etc.pdf"
    assert certificate_file_name("", "") == "Teilnahmebescheinigung_Person.pdf"


def test_certificate_settings_round_trip_and_refusal(store: Store) -> None:
    ws = store.ws
    settings = printing.load_certificate_settings(ws)
    assert settings.template == printing.DEFAULT_CERTIFICATE_TEMPLATE
    assert (settings.min_sessions, settings.place) == (1, "Wetzlar")
    settings.template = "{anrede} {name} war {anzahl_termine}-mal da."
    settings.place, settings.lead_label = "Sinn", "Träger"
    printing.save_certificate_settings(ws, settings)
    assert printing.load_certificate_settings(ws) == settings
    text = flat(page_texts(printing.certificates_pdf(ws, [store.rene], today=TODAY))[0])
    assert "Herr René Becker war 1-mal da." in text and "Sinn, 25.11.2026" in text
    bad = printing.CertificateSettings(template="{name} am {datum}", min_sessions=3)
    with pytest.raises(ValidationError) as caught:
        printing.save_certificate_settings(ws, bad)
    assert "{datum}" in caught.value.message()
    assert printing.load_certificate_settings(ws) == settings  # nothing half-saved
    with pytest.raises(ValidationError):
        printing.validate_certificate_template("{name")
    assert printing.certificate_sample_text("{name}") == "Erika Mustermann"
    sample = page_texts(printing.certificate_sample_pdf(ws, settings))[0]
    assert "Frau Erika Mustermann war 12-mal da." in sample


# -- logos --------------------------------------------------------------------------------
def png(path: Path, colour: bytes = b"\x2f\x5d\x7c") -> Path:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    raw = b"".join(b"\x00" + colour * 40 for _ in range(20))
    head = struct.pack(">IIBBBBB", 40, 20, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(raw))
                     + chunk(b"IEND", b""))  # fmt: skip
    return path


def images_on_first_page(pdf: bytes) -> int:
    resources = reader(pdf).pages[0]["/Resources"]
    if "/XObject" not in resources:
        return 0
    return sum(1 for x in resources["/XObject"].values() if x.get_object()["/Subtype"] == "/Image")


def test_logos_are_stored_checked_and_missing_ones_left_out(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ws = store.ws
    left = png(tmp_path / "links.png")
    right = png(tmp_path / "rechts.png", b"\xc9\x8a\x00")
    printing.save_logo_paths(ws, left, right)
    assert printing.load_logo_paths(ws) == (left.resolve(), right.resolve())
    assert images_on_first_page(printing.signin_sheets_pdf(ws, [store.upcoming])) == 2

    broken = tmp_path / "kaputt.png"
    broken.write_bytes(b"kein Bild")
    for wrong in (broken, tmp_path / "fehlt.png", tmp_path / "logo.gif"):
        with pytest.raises(ValidationError, match="kein lesbares Bild"):
            printing.save_logo_paths(ws, wrong, None)
    assert printing.load_logo_paths(ws) == (left.resolve(), right.resolve())

    right.unlink()
    with caplog.at_level(logging.WARNING):
        pdf = printing.childcare_pdf(ws, [store.upcoming])
    assert images_on_first_page(pdf) == 1
    assert "logo rechts" in caplog.text and str(tmp_path) not in caplog.text
    printing.save_logo_paths(ws, None, None)
    assert printing.load_logo_paths(ws) == (None, None)


# -- the demo -------------------------------------------------------------------------------
def test_demo_shows_all_three_documents(workspace) -> None:
    from gemeinsam_desktop.services import demo

    today = dt.date(2026, 11, 20)
    demo.fill_demo(workspace, today=today, add_coaches=False)
    with workspace.db.session() as s:
        next_id, day = s.execute(
            select(Session.id, Session.starts_at)
            .where(Session.starts_at > dt.datetime(2026, 11, 21), Session.cancelled.is_(False))
            .order_by(Session.starts_at)
            .limit(1)
        ).one()
    sheet = flat(page_texts(printing.signin_sheets_pdf(workspace, [next_id]))[0])
    assert sheet.count(" 1. ") == 1 and " 10. " in sheet  # pre-filled names
    care = flat(page_texts(printing.childcare_day_pdf(workspace, day.date()))[0])
    assert "Jahre" in care and "Kind" in care
    found = printing.certificate_candidates(workspace, 1, today)
    chosen = [c.participant_id for c in found if c.eligible][:3]
    assert len(chosen) == 3
    texts = page_texts(printing.certificates_pdf(workspace, chosen, today=today))
    assert len(texts) >= 3 and all("Teilnahmebescheinigung" in t for t in texts)
