"""Privacy rights: Auskunft (JSON and PDF), erasure without trace, anonymising, retention, audit."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from pypdf import PdfReader
from sqlalchemy import func, select

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.printing.disclosure import build_disclosure_pdf
from gemeinsam_desktop.services import accounts, audit, demo, privacy, roster
from gemeinsam_desktop.services.roster import ChildData, ConsentData, ParticipantData
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.models import (
    Agreement,
    Attendance,
    AttendanceState,
    AuditEvent,
    CoachingNote,
    CoachRole,
    Lead,
    LeadStage,
    NoteVisibility,
    Participant,
    ParticipantStatus,
    Placement,
    PlacementKind,
    Project,
    Session,
    SessionKind,
)
from tests.helpers import files_contain

TODAY = dt.date(2026, 11, 25)
LAST, FIRST = "Zwetschgenbaum-Öztürk", "Jülide"
PHONE = "0170 99887766"
NUMBER = "777Q424242"
NOTE = "Kürbiskernbrötchen-Geheimnis quokkanotiz"
PRIVATE_OTHER = "Nur-für-Selin-Vermerk"
SECRETS = (
    LAST,
    PHONE,
    NUMBER,
    "Kürbiskernbrötchen",
    "quokkanotiz",  # as the note index stores the word
    "Erdnussallergie-Xylophon",  # child care note
    "Vereinbarung-Quokka",
    "Bäckerei Quokkabrot",  # lead, free text
    "Mühlenwerk Zebrafink",  # placement, free text
    "Verspätung-Kolibri",  # attendance note
    "Zahnarzt-Okapi",  # excuse
    "SIGNATUR-TAPIR",  # inside the signature image
    PRIVATE_OTHER,
)


def person(project_id: int = 1, **kw) -> ParticipantData:
    base = dict(
        project_id=project_id,
        salutation="frau",
        last_name=LAST,
        first_name=FIRST,
        birth_date=dt.date(1990, 4, 2),
        street="Lahnstraße 5",
        postal_code="35578",
        city="Wetzlar",
        phone=PHONE,
        email="juelide@example.org",
        customer_number=NUMBER,
        occupation_wishes="Bäckerin",
        status=ParticipantStatus.AKTIV,
        entry_date=dt.date(2026, 6, 22),
        children=[ChildData(2021, 5, "Mia", True, "Erdnussallergie-Xylophon")],
        consent=ConsentData(dt.date(2026, 6, 22), "Teilnahme", "2026-01"),
    )
    base.update(kw)
    return ParticipantData(**base)


def second_coach(ws: Workspace, name: str = "Selin Musterfrau") -> int:
    return accounts.add_coach(ws, name, CoachRole.COACH, "Lahnbrücke im Morgennebel 42").id


def fill_person(ws: Workspace, pid: int, other_coach: int, project_id: int = 1) -> None:
    """Attendance with texts and a signature, notes (one private by another coach), more."""
    with ws.db.session() as s:
        sessions = []
        for n in range(3):
            day = dt.datetime(2026, 9, 1 + n * 7, 9)
            sess = Session(
                project_id=project_id,
                kind=SessionKind.WORKSHOP,
                topic=f"Bewerbungsmappe {n + 1}",
                starts_at=day,
                ends_at=day + dt.timedelta(hours=3),
            )
            s.add(sess)
            sessions.append(sess)
        s.flush()
        states = (
            AttendanceState.VERSPAETET,
            AttendanceState.ENTSCHULDIGT,
            AttendanceState.ANWESEND,
        )
        for sess, state in zip(sessions, states, strict=True):
            s.add(
                Attendance(
                    session_id=sess.id,
                    participant_id=pid,
                    state=state,
                    arrived_at=dt.time(9, 20) if state is AttendanceState.VERSPAETET else None,
                    children_in_care=1 if state is not AttendanceState.ENTSCHULDIGT else 0,
                    note="Verspätung-Kolibri" if state is AttendanceState.VERSPAETET else "",
                    excuse_reason="Zahnarzt-Okapi" if state is AttendanceState.ENTSCHULDIGT else "",
                    signature_png=b"\x89PNG\r\n\x1a\nSIGNATUR-TAPIR"
                    if state is AttendanceState.ANWESEND
                    else None,
                )
            )
        s.add(CoachingNote(participant_id=pid, author_id=1, text=NOTE, session_id=sessions[0].id))
        s.add(
            CoachingNote(
                participant_id=pid,
                author_id=1,
                text="Eigene vertrauliche Notiz",
                visibility=NoteVisibility.PRIVATE,
            )
        )
        s.add(CoachingNote(participant_id=pid, author_id=other_coach, text="Teamnotiz von Selin"))
        s.add(
            CoachingNote(
                participant_id=pid,
                author_id=other_coach,
                text=PRIVATE_OTHER,
                visibility=NoteVisibility.PRIVATE,
            )
        )
        s.add(Agreement(participant_id=pid, text="Vereinbarung-Quokka", due_date=TODAY))
        s.add(
            Lead(
                participant_id=pid,
                employer_text="Bäckerei Quokkabrot",
                position="Verkauf",
                stage=LeadStage.BEWORBEN,
                created_on=dt.date(2026, 9, 2),
                stage_changed_on=dt.date(2026, 9, 9),
            )
        )
        s.add(
            Placement(
                participant_id=pid,
                employer_text="Mühlenwerk Zebrafink",
                start_date=dt.date(2026, 11, 1),
                kind=PlacementKind.SV_TEILZEIT,
                hours_per_week=25,
            )
        )


@pytest.fixture
def record(workspace: Workspace) -> tuple[Workspace, int, int]:
    other = second_coach(workspace)
    pid = roster.save_participant(workspace, person(), TODAY)
    fill_person(workspace, pid, other)
    return workspace, pid, other


def as_coach(ws: Workspace, coach_id: int, role: CoachRole = CoachRole.COACH) -> None:
    ws.coach = CoachInfo(coach_id, "Selin Musterfrau", role)


# -- Auskunft ---------------------------------------------------------------------------------
def test_disclosure_holds_everything_the_coach_may_see(record) -> None:
    ws, pid, _other = record
    data = privacy.disclosure(ws, pid)
    assert data["person"]["last_name"] == LAST
    assert data["person"]["birth_date"] == "1990-04-02"
    assert data["person"]["customer_number"] == NUMBER
    assert [c["care_notes"] for c in data["children"]] == ["Erdnussallergie-Xylophon"]
    assert [c["given_on"] for c in data["consents"]] == ["2026-06-22"]
    assert [(a["date"], a["kind"], a["topic"], a["state"]) for a in data["attendance"]][0] == (
        "2026-09-01",
        "workshop",
        "Bewerbungsmappe 1",
        "verspaetet",
    )
    assert [a["signature_stored"] for a in data["attendance"]] == [False, False, True]
    texts = {n["text"] for n in data["coaching_notes"]}
    assert texts == {NOTE, "Eigene vertrauliche Notiz", "Teamnotiz von Selin"}
    assert PRIVATE_OTHER not in json.dumps(data, ensure_ascii=False)
    assert data["private_notes_of_other_coaches"] == 1
    assert [n["session_date"] for n in data["coaching_notes"] if n["text"] == NOTE] == [
        "2026-09-01"
    ]
    assert data["agreements"][0]["text"] == "Vereinbarung-Quokka"
    assert data["leads"][0]["employer"] == "Bäckerei Quokkabrot"
    assert data["placements"][0]["kind"] == "sv_teilzeit"
    actions = [e["action"] for e in data["audit"]]
    assert actions[0] == "participant.created" and actions[-1] == "participant.disclosed"


def test_disclosure_holds_each_dated_step_of_a_lead(record) -> None:
    from gemeinsam_desktop.services import leads
    from gemeinsam_desktop.services.leads import LeadData
    from gemeinsam_desktop.store.models import LeadStage

    ws, pid, _other = record
    day = dt.date(2026, 9, 1)
    lead_id = leads.save_lead(
        ws,
        LeadData(pid, position="Verkäuferin", employer_text="Laden Lahnblick",
                 source_detail="Nachbarin im Westend", created_on=day),
        today=day,
    )  # fmt: skip
    leads.move_stage(ws, lead_id, LeadStage.BEWORBEN, on=day + dt.timedelta(days=5),
                     today=day + dt.timedelta(days=5))  # fmt: skip
    leads.move_stage(ws, lead_id, LeadStage.VERWORFEN, reason="Stelle schon besetzt",
                     on=day + dt.timedelta(days=9), today=day + dt.timedelta(days=9))  # fmt: skip
    [lead] = [x for x in privacy.disclosure(ws, pid)["leads"] if x["position"] == "Verkäuferin"]
    assert lead["source_detail"] == "Nachbarin im Westend"
    assert [(h["stage"], h["changed_on"], h["reason"]) for h in lead["history"]] == [
        ("idee", "2026-09-01", ""),
        ("beworben", "2026-09-06", ""),
        ("verworfen", "2026-09-10", "Stelle schon besetzt"),
    ]
    assert lead["history"][0]["coach"] == "Anna Beispiel"


def test_the_other_coach_sees_her_private_note_but_not_annas(record) -> None:
    ws, pid, other = record
    as_coach(ws, other)
    data = privacy.disclosure(ws, pid)
    texts = {n["text"] for n in data["coaching_notes"]}
    assert PRIVATE_OTHER in texts and "Eigene vertrauliche Notiz" not in texts


def test_disclosure_json_is_utf8_with_iso_dates_and_stable_keys(record) -> None:
    ws, pid, _other = record
    data = privacy.disclosure(ws, pid)
    raw = privacy.disclosure_json(data)
    text = raw.decode("utf-8")
    assert LAST in text  # umlauts as they are, not \u escapes
    assert json.loads(text) == data
    assert raw == privacy.disclosure_json(json.loads(text))  # same bytes for the same data
    loaded = json.loads(text)
    assert list(loaded) == sorted(loaded)
    assert dt.datetime.fromisoformat(loaded["created_at"]).tzinfo is not None
    assert loaded["format"] == "gemeinsam-desktop/auskunft"


def test_disclosure_pdf_reads_back(record) -> None:
    ws, pid, _other = record
    pdf = build_disclosure_pdf(privacy.disclosure(ws, pid))
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "Auskunft nach Art. 15 DSGVO" in flat
    assert f"{FIRST} {LAST}" in flat
    for expected in ("Mia", "Bewerbungsmappe 1", "Bäckerei Quokkabrot", "Auskunft erstellt"):
        assert expected in flat
    assert "Kürbiskernbrötchen" in flat and PRIVATE_OTHER not in flat
    assert "1 vertrauliche Notiz anderer Coaches" in flat
    assert reader.metadata is not None and LAST in (reader.metadata.title or "")


def test_disclosure_is_logged_and_refused_for_erased(record) -> None:
    ws, pid, _other = record
    privacy.disclosure(ws, pid)
    entries = audit.list_events(ws, entity="participant", entity_id=pid)
    assert entries[0].action == "participant.disclosed"
    privacy.erase_participant(ws, pid)
    with pytest.raises(ValidationError):
        privacy.disclosure(ws, pid)


# -- erasure ------------------------------------------------------------------------------
def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    """One SQLCipher 4 page (AES-256-CBC, raw key; IV and HMAC in the 80 reserved bytes)."""
    size, reserve = len(page), 80
    iv = page[size - reserve : size - reserve + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[16 if first else 0 : size - reserve]) + decryptor.finalize()


def plaintext_dump(ws: Workspace, out: Path, page_size: int = 4096) -> Path:
    """Every page of the database file and every frame of its WAL, decrypted, into ``out``."""
    key = bytes(ws.master_key)
    db_path = ws.db.path
    out.mkdir(exist_ok=True)
    data = db_path.read_bytes()
    pages = [data[i : i + page_size] for i in range(0, len(data), page_size)]
    plain = b"".join(_decrypt_page(p, key, i == 0) for i, p in enumerate(pages))
    (out / "db.plain").write_bytes(plain)
    wal_path = Path(str(db_path) + "-wal")
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    frames = []
    for offset in range(32, len(wal) - 24 - page_size + 1, 24 + page_size):
        number = int.from_bytes(wal[offset : offset + 4], "big")
        frames.append(_decrypt_page(wal[offset + 24 : offset + 24 + page_size], key, number == 1))
    (out / "wal.plain").write_bytes(b"".join(frames))
    return out


def test_erasure_leaves_no_trace_in_the_files(record, data_dir: Path, tmp_path: Path) -> None:
    ws, pid, _other = record
    # The words also sit in the notes' full-text index (revision 0005, kept by triggers).
    ws.db.checkpoint()
    before = files_contain(plaintext_dump(ws, tmp_path / "before"), SECRETS)
    # The search works: every secret is in the decrypted file before erasure.
    assert {hit.split(": ", 1)[1] for hit in before} == set(SECRETS)
    # ...and never in the clear (encrypted database, logs with ids only).
    assert files_contain(data_dir, SECRETS) == []

    privacy.erase_participant(ws, pid)

    assert files_contain(plaintext_dump(ws, tmp_path / "after"), SECRETS) == []
    assert files_contain(data_dir, SECRETS) == []
    with ws.db.raw() as raw:
        assert raw.execute("SELECT count(*) FROM note_fts").fetchone()[0] == 0


@pytest.mark.parametrize("index", ["own content", "external content"])
def test_erasure_cleans_the_note_index(record, tmp_path: Path, index: str) -> None:
    ws, pid, _other = record
    with ws.db.raw() as raw:
        if index == "external content":  # another index layout: the rebuild must clean it
            for suffix in ("ai", "au", "ad"):
                raw.execute(f"DROP TRIGGER note_fts_{suffix}")
            raw.execute("DROP TABLE note_fts")
            raw.execute(
                "CREATE VIRTUAL TABLE note_fts USING fts5(text, content='coaching_note', "
                "content_rowid='id')"
            )
            raw.execute("INSERT INTO note_fts(note_fts) VALUES('rebuild')")
    ws.db.checkpoint()
    assert files_contain(plaintext_dump(ws, tmp_path / "before"), ("quokkanotiz",))
    privacy.erase_participant(ws, pid)
    assert files_contain(plaintext_dump(ws, tmp_path / "after"), ("quokkanotiz",)) == []


def report_figures(ws: Workspace) -> dict[str, object]:
    with ws.db.session() as s:
        return {
            "attendance": s.scalar(select(func.count()).select_from(Attendance)),
            "by_state": sorted(
                (str(state), n)
                for state, n in s.execute(
                    select(Attendance.state, func.count()).group_by(Attendance.state)
                )
            ),
            "children_in_care": s.scalar(select(func.sum(Attendance.children_in_care))),
            "placements": sorted(
                (str(kind), str(start), hours)
                for kind, start, hours in s.execute(
                    select(Placement.kind, Placement.start_date, Placement.hours_per_week)
                )
            ),
            "participants": sorted(
                (str(status), str(entry), year)
                for status, entry, year in s.execute(
                    select(Participant.status, Participant.entry_date, Participant.birth_year)
                )
            ),
        }


def test_erasure_keeps_the_report_figures(workspace: Workspace) -> None:
    demo.fill_demo(workspace, today=TODAY, add_coaches=False)
    other = second_coach(workspace)
    pid = roster.save_participant(workspace, person(), TODAY)
    fill_person(workspace, pid, other)
    before = report_figures(workspace)
    summary = privacy.erasure_summary(workspace, pid)
    assert (summary.last_name, summary.notes, summary.agreements, summary.leads) == (LAST, 4, 1, 1)
    assert (summary.signatures, summary.attendance_texts, summary.children) == (1, 2, 1)
    assert (summary.consents, summary.attendance_kept, summary.placements_kept) == (1, 3, 1)

    done = privacy.erase_participant(workspace, pid)

    assert done == summary
    assert report_figures(workspace) == before
    with workspace.db.session() as s:
        p = s.get(Participant, pid)
        assert p is not None and p.erased_at is not None
        assert (p.last_name, p.first_name, p.phone, p.customer_number, p.street) == ("",) * 5
        assert (p.birth_date, p.birth_year, p.status) == (None, 1990, ParticipantStatus.AKTIV)
        assert s.scalar(select(func.count()).where(CoachingNote.participant_id == pid)) == 0
        kept = list(s.scalars(select(Attendance).where(Attendance.participant_id == pid)))
        assert all(a.signature_png is None and not a.note and not a.excuse_reason for a in kept)
        assert {a.state for a in kept} == {
            AttendanceState.VERSPAETET,
            AttendanceState.ENTSCHULDIGT,
            AttendanceState.ANWESEND,
        }
        assert kept[0].arrived_at == dt.time(9, 20)
    assert pid not in {r.id for r in roster.roster_rows(workspace, 1, include_archived=True)}
    with pytest.raises(ValidationError):
        roster.load_participant(workspace, pid)
    with pytest.raises(ValidationError):
        privacy.erase_participant(workspace, pid)  # twice: nothing left to erase
    actions = [e.action for e in audit.list_events(workspace, entity_id=pid)]
    assert actions[0] == "participant.erased"


def test_only_the_projektleitung_erases_anonymises_and_sets_retention(record) -> None:
    ws, pid, other = record
    as_coach(ws, other)
    with pytest.raises(ValidationError, match="Projektleitung"):
        privacy.erase_participant(ws, pid)
    with pytest.raises(ValidationError, match="Projektleitung"):
        privacy.anonymise_project(ws, 1, today=TODAY)
    with pytest.raises(ValidationError, match="Projektleitung"):
        privacy.set_retention_months(ws, 6)
    with pytest.raises(ValidationError, match="Projektleitung"):
        audit.list_events(ws)
    with ws.db.session() as s:
        p = s.get(Participant, pid)
        assert p is not None and p.erased_at is None and p.last_name == LAST
    assert privacy.erasure_summary(ws, pid).notes == 4  # reading the counts is allowed


# -- anonymising a project ----------------------------------------------------------------
def test_anonymise_a_finished_project(record) -> None:
    ws, pid_running, other = record
    old = roster.create_project(ws, "Vorgänger in Sinn", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    people = [
        roster.save_participant(ws, person(old.id, last_name=name, customer_number=""), TODAY)
        for name in ("Älterer", "Weiß")
    ]
    fill_person(ws, people[0], other, project_id=old.id)

    assert privacy.anonymise_project(ws, old.id, today=TODAY) == 2

    with ws.db.session() as s:
        rows = list(s.scalars(select(Participant).where(Participant.project_id == old.id)))
        assert {p.last_name for p in rows} == {""} and all(p.erased_at for p in rows)
        assert s.scalar(select(func.count()).select_from(Attendance)) == 6  # all kept
        assert s.scalar(select(func.count()).where(CoachingNote.participant_id.in_(people))) == 0
        running = s.get(Participant, pid_running)
        assert running is not None and running.last_name == LAST
    assert roster.roster_rows(ws, old.id, include_archived=True) == []
    assert audit.list_events(ws, entity="project", entity_id=old.id)[0].action == (
        "project.anonymised"
    )


def test_anonymise_refuses_a_running_or_open_ended_project(workspace: Workspace) -> None:
    running = roster.create_project(workspace, "Läuft noch", dt.date(2026, 1, 1), TODAY)
    pid = roster.save_participant(workspace, person(running.id), TODAY)
    with pytest.raises(ValidationError, match="25.11.2026"):
        privacy.anonymise_project(workspace, running.id, today=TODAY)
    with pytest.raises(ValidationError, match="kein Projektende"):
        privacy.anonymise_project(workspace, 1, today=TODAY)
    assert roster.load_participant(workspace, pid).last_name == LAST


# -- retention ----------------------------------------------------------------------------
def test_retention_setting(workspace: Workspace) -> None:
    assert privacy.get_retention_months(workspace) == 24
    privacy.set_retention_months(workspace, 6)
    assert privacy.get_retention_months(workspace) == 6
    for wrong in (0, 121):
        with pytest.raises(ValidationError):
            privacy.set_retention_months(workspace, wrong)
    assert privacy.get_retention_months(workspace) == 6


def test_retention_candidates(workspace: Workspace) -> None:
    old = roster.create_project(workspace, "Alt", dt.date(2023, 1, 1), dt.date(2024, 10, 31))
    recent = roster.create_project(workspace, "Jünger", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    due = roster.save_participant(workspace, person(old.id, customer_number=""), TODAY)
    roster.save_participant(workspace, person(recent.id, last_name="Später"), TODAY)
    roster.save_participant(workspace, person(1, last_name="Ohne Ende"), TODAY)  # no end date

    found = privacy.retention_candidates(workspace, today=TODAY)  # 24 months
    assert [(c.id, c.name, c.project_name) for c in found] == [(due, f"{LAST}, {FIRST}", "Alt")]
    # Exactly 24 months after the end is not yet "more than".
    assert privacy.retention_candidates(workspace, today=dt.date(2026, 10, 31)) == []

    privacy.set_retention_months(workspace, 12)
    assert len(privacy.retention_candidates(workspace, today=TODAY)) == 2
    privacy.erase_participant(workspace, due)
    assert [c.project_name for c in privacy.retention_candidates(workspace, today=TODAY)] == [
        "Jünger"
    ]


# -- the audit log ----------------------------------------------------------------------------
def test_list_events_newest_first_with_names(record) -> None:
    ws, pid, _other = record
    roster.load_participant(ws, pid)
    entries = audit.list_events(ws, limit=3)
    assert len(entries) == 3
    assert entries[0].action == "participant.viewed"
    assert entries[0].coach_name == "Anna Beispiel"
    assert entries[0].subject == f"{LAST}, {FIRST}"
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    assert {e.entity for e in audit.list_events(ws, entity="coach")} == {"coach"}
    assert audit.verify_chain(ws)


def _middle_event(ws: Workspace) -> int:
    with ws.db.session() as s:
        ids = list(s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
    assert len(ids) >= 3
    return ids[len(ids) // 2]


def test_chain_detects_an_edited_row(record) -> None:
    ws, _pid, _other = record
    assert audit.verify_chain(ws)
    with ws.db.raw() as raw:
        raw.execute(
            "UPDATE audit_event SET action = 'participant.viewed' WHERE id = ?",
            (_middle_event(ws),),
        )
    with ws.db.session() as s:
        assert audit.chain_is_intact(s) is False
    assert audit.verify_chain(ws) is False


def test_chain_detects_a_deleted_row(record) -> None:
    ws, _pid, _other = record
    with ws.db.raw() as raw:
        raw.execute("DELETE FROM audit_event WHERE id = ?", (_middle_event(ws),))
    assert audit.verify_chain(ws) is False


def test_chain_detects_an_edited_time(record) -> None:
    ws, _pid, _other = record
    with ws.db.session() as s:
        event = s.get(AuditEvent, _middle_event(ws))
        assert event is not None
        event.at = event.at - dt.timedelta(days=1)
    assert audit.verify_chain(ws) is False


def test_project_row_is_untouched_by_erasure(record) -> None:
    ws, pid, _other = record
    with ws.db.session() as s:
        name_before = s.get(Project, 1).name  # type: ignore[union-attr]
    privacy.erase_participant(ws, pid)
    with ws.db.session() as s:
        project = s.get(Project, 1)
        assert project is not None and project.name == name_before
