"""Coaching notes: visibility, history, drafts (also across SIGKILL), agreements, search."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy import text as sql

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import accounts, notes, privacy, roster
from gemeinsam_desktop.services.notes import AgreementData, NoteData, TemplateData
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.services.workspace import CoachInfo, DataFolder, Workspace
from gemeinsam_desktop.store.models import (
    AgreementState,
    AuditEvent,
    CoachRole,
    NoteHistory,
    NoteVisibility,
    ParticipantStatus,
)
from tests.conftest import PASSPHRASE
from tests.helpers import REPO

PRIVATE = NoteVisibility.PRIVATE
TEAM = NoteVisibility.TEAM


def person(ws: Workspace, last: str = "Müller", first: str = "Jülide") -> int:
    return roster.save_participant(
        ws,
        ParticipantData(
            project_id=1, last_name=last, first_name=first, status=ParticipantStatus.AKTIV
        ),
    )


def note(ws: Workspace, pid: int, text: str, visibility: NoteVisibility = TEAM, **kw) -> int:
    return notes.save_note(ws, NoteData(participant_id=pid, text=text, visibility=visibility, **kw))


def as_jonas(ws: Workspace) -> Workspace:
    coach = accounts.add_coach(ws, "Jonas", CoachRole.COACH, "ein Passwort 123")
    return Workspace(
        ws.folder, ws.vault, ws.master_key, CoachInfo(coach.id, "Jonas", CoachRole.COACH), db=ws.db
    )


def found(ws: Workspace, query: str) -> set[int]:
    return {h.id for h in notes.search(ws, query) if h.kind == "note"}


# -- timeline, visibility, history --------------------------------------------------------
def test_timeline_newest_first_and_private_notes_stay_with_their_author(workspace) -> None:
    ws = workspace
    pid = person(ws)
    old = note(ws, pid, "Erstgespräch", written_at=dt.datetime(2026, 9, 1, 10))
    secret = note(ws, pid, "Annas Vermerk", PRIVATE, written_at=dt.datetime(2026, 10, 1, 10))
    jonas = as_jonas(ws)
    his = note(jonas, pid, "Jonas privat", PRIVATE, written_at=dt.datetime(2026, 11, 1, 10))

    mine = notes.timeline(ws, pid)
    assert [n.id for n in mine] == [secret, old]
    assert mine[0].author_name == "Anna Beispiel" and mine[0].visibility is PRIVATE
    assert [n.id for n in notes.timeline(jonas, pid)] == [his, old]

    # Every other door to Anna's private note is closed to Jonas, too.
    for call in (
        lambda: notes.load_note(jonas, secret),
        lambda: notes.note_history(jonas, secret),
        lambda: notes.delete_note(jonas, secret),
        lambda: notes.save_note(
            jonas, NoteData(participant_id=pid, id=secret, text="x", visibility=PRIVATE)
        ),
    ):
        with pytest.raises(ValidationError):
            call()
    # Not even the Projektleitung sees or deletes Jonas' private note.
    with pytest.raises(ValidationError):
        notes.delete_note(ws, his)


def test_edit_keeps_history_with_editor_and_time(workspace) -> None:
    ws = workspace
    pid = person(ws)
    nid = note(ws, pid, "Version eins")
    jonas = as_jonas(ws)
    data = notes.load_note(jonas, nid)
    assert data.edited is False
    data.text = "Version zwei"
    assert notes.save_note(jonas, data) == nid  # a team note: any coach edits it

    versions = notes.note_history(ws, nid)
    assert [(v.text, v.saved_by_name, v.current) for v in versions] == [
        ("Version zwei", "Jonas", True),
        ("Version eins", "Anna Beispiel", False),
    ]
    assert notes.load_note(ws, nid).edited
    with ws.db.session() as s:
        h = s.scalars(select(NoteHistory)).one()
        assert (h.editor_id, h.old_text) == (jonas.current_coach.id, "Version eins")
        assert h.edited_at is not None
        actions = [a for a in s.scalars(select(AuditEvent.action)) if a.startswith("note.")]
    assert actions == ["note.created", "note.changed"]

    # Saving the same again adds no version; only the author changes the visibility.
    notes.save_note(jonas, notes.load_note(jonas, nid))
    assert len(notes.note_history(ws, nid)) == 2
    data = notes.load_note(jonas, nid)
    data.visibility = PRIVATE
    with pytest.raises(ValidationError):
        notes.save_note(jonas, data)


def test_private_history_versions_stay_hidden_after_sharing(workspace) -> None:
    ws = workspace
    pid = person(ws)
    nid = note(ws, pid, "Erst geheim", PRIVATE)
    data = notes.load_note(ws, nid)
    data.text, data.visibility = "Jetzt fürs Team", TEAM
    notes.save_note(ws, data)
    jonas = as_jonas(ws)
    assert [v.text for v in notes.note_history(jonas, nid)] == ["Jetzt fürs Team"]
    assert [v.text for v in notes.note_history(ws, nid)] == ["Jetzt fürs Team", "Erst geheim"]


def test_delete_by_author_or_projektleitung_only(workspace) -> None:
    ws = workspace
    pid = person(ws)
    annas = note(ws, pid, "Team-Notiz von Anna")
    jonas = as_jonas(ws)
    with pytest.raises(ValidationError):
        notes.delete_note(jonas, annas)
    his = note(jonas, pid, "Team-Notiz von Jonas")
    notes.delete_note(ws, his)  # the Projektleitung may
    notes.delete_note(ws, annas)
    assert notes.timeline(ws, pid) == []


def test_note_validation(workspace) -> None:
    pid = person(workspace)
    with pytest.raises(ValidationError):
        note(workspace, pid, "   ")
    with pytest.raises(ValidationError):
        note(workspace, pid, "Text", kind="erfunden")
    with pytest.raises(ValidationError):
        note(workspace, pid, "x" * (notes.NOTE_TEXT_LIMIT + 1))


# -- drafts --------------------------------------------------------------------------------
def test_drafts_upsert_load_discard(workspace) -> None:
    ws = workspace
    pid = person(ws)
    nid = note(ws, pid, "Vorhanden")
    assert notes.load_draft(ws, pid) is None
    notes.save_draft(ws, pid, "Hal")
    notes.save_draft(ws, pid, "Hallo Welt ", kind="telefonat", visibility=PRIVATE)
    draft = notes.load_draft(ws, pid)
    assert draft is not None
    assert (draft.text, draft.kind, draft.visibility) == ("Hallo Welt ", "telefonat", PRIVATE)
    assert len(notes.drafts_of_current_coach(ws)) == 1  # updated, not added

    notes.save_draft(ws, pid, "Vorhanden, ergänzt", note_id=nid)
    restored = notes.drafts_of_current_coach(ws)
    assert {(d.note_id, d.participant_name) for d in restored} == {
        (None, "Müller, Jülide"),
        (nid, "Müller, Jülide"),
    }
    jonas = as_jonas(ws)
    assert notes.drafts_of_current_coach(jonas) == []  # drafts belong to their author
    assert notes.load_draft(jonas, pid) is None

    # Saving the note removes its draft; the draft of the new note stays.
    data = notes.load_note(ws, nid)
    data.text = "Vorhanden, ergänzt"
    notes.save_note(ws, data)
    assert notes.load_draft(ws, pid, nid) is None
    assert notes.load_draft(ws, pid) is not None
    notes.discard_draft(ws, pid)
    assert notes.load_draft(ws, pid) is None
    # Saving a new note removes the draft of the new note.
    notes.save_draft(ws, pid, "Neu")
    note(ws, pid, "Neu")
    assert notes.drafts_of_current_coach(ws) == []
    # Empty text is no draft.
    notes.save_draft(ws, pid, "etwas")
    notes.save_draft(ws, pid, "  ")
    assert notes.load_draft(ws, pid) is None


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from gemeinsam_desktop.services import notes
    from gemeinsam_desktop.services.workspace import DataFolder
    from tests.conftest import PASSPHRASE
    ws = DataFolder(Path(sys.argv[1])).unlock_passphrase(PASSPHRASE)
    notes.save_draft(ws, int(sys.argv[2]), "Ungespeichert: Bewerbung bei Hensoldt")
    print("saved", flush=True)
    time.sleep(120)
    """
)


def test_draft_survives_sigkill(workspace) -> None:
    ws = workspace
    pid = person(ws)
    root = Path(ws.folder.root)
    ws.close()
    ws.folder.release()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEMEINSAM_")}
    env["PYTHONPATH"] = str(REPO)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), str(pid)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "saved", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    folder = DataFolder(root)
    again = folder.unlock_passphrase(PASSPHRASE)
    try:
        draft = notes.load_draft(again, pid)
        assert draft is not None and draft.text == "Ungespeichert: Bewerbung bei Hensoldt"
        assert [d.participant_id for d in notes.drafts_of_current_coach(again)] == [pid]
    finally:
        again.close()
        folder.release()


# -- templates -----------------------------------------------------------------------------
def test_templates(workspace) -> None:
    ws = workspace
    tid = notes.save_template(ws, TemplateData("Standortbestimmung", "Ziele:\n- "))
    notes.save_template(ws, TemplateData("Bewerbungsstrategie", "Kanäle:"))
    assert [t.name for t in notes.list_templates(ws)] == [
        "Bewerbungsstrategie",
        "Standortbestimmung",
    ]
    with pytest.raises(ValidationError):
        notes.save_template(ws, TemplateData("Standortbestimmung", "doppelt"))
    notes.save_template(ws, TemplateData("Standortbestimmung", "Ziele und Wünsche", id=tid))
    assert notes.list_templates(ws)[1].text == "Ziele und Wünsche"
    notes.delete_template(ws, tid)
    assert [t.name for t in notes.list_templates(ws)] == ["Bewerbungsstrategie"]


# -- agreements ----------------------------------------------------------------------------
def test_agreements_and_due_this_week(workspace) -> None:
    ws = workspace
    monday = dt.date(2026, 11, 23)
    a = person(ws, "Şahin", "Ayşe")
    b = person(ws, "Becker", "Lea")
    nid = note(ws, a, "Bewerbungen besprochen")

    def agree(pid: int, text: str, due: dt.date | None, **kw) -> int:
        return notes.save_agreement(ws, AgreementData(pid, text, due, **kw))

    first = agree(a, "Drei Bewerbungen schreiben", monday + dt.timedelta(days=2), note_id=nid)
    agree(b, "Lebenslauf mitbringen", monday, owner="coach")
    done = agree(b, "Anruf JobCenter", monday + dt.timedelta(days=1))
    agree(a, "Nächste Woche", monday + dt.timedelta(days=7))
    agree(a, "Ohne Datum", None)
    notes.set_agreement_state(ws, done, AgreementState.ERLEDIGT)

    week = notes.due_between(ws, 1, monday, monday + dt.timedelta(days=6))
    assert [(x.participant_name, x.text) for x in week] == [
        ("Becker, Lea", "Lebenslauf mitbringen"),
        ("Şahin, Ayşe", "Drei Bewerbungen schreiben"),
    ]
    assert week[1].note_id == nid and week[0].owner == "coach"
    listed = notes.agreements_of(ws, a)
    assert [x.id for x in listed][0] == first and len(listed) == 3

    with pytest.raises(ValidationError):
        agree(a, "x", None, owner="jemand")
    with pytest.raises(ValidationError):
        agree(a, "  ", None)


# -- search --------------------------------------------------------------------------------
@pytest.fixture
def indexed(workspace):
    ws = workspace
    pid = person(ws, "Yılmaz", "Ayşe")
    ids = {
        "mueller": note(ws, pid, "Gespräch mit Frau Müller vom Jobcenter über die Maßnahme."),
        "bewerb": note(ws, pid, "Heute ein Bewerbungsgespräch bei der Bäckerei geübt."),
        "yilmaz": note(ws, pid, "Termin mit Herrn Yılmaz (Arbeitgeber) vereinbart."),
        "strasse": note(ws, pid, "Neue Adresse: Lange Straße 12, Wetzlar; vorher Bahnhofstraße 3."),
    }
    return ws, pid, ids


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("mueller", "mueller"),
        ("muller", "mueller"),
        ("Müller", "mueller"),
        ("MÜLL", "mueller"),
        ("Bewerb", "bewerb"),
        ("bewerbungsgespraech", "bewerb"),
        ("yilmaz", "yilmaz"),
        ("Yılmaz", "yilmaz"),
        ("strasse", "strasse"),
        ("bahnhofstrasse", "strasse"),
        ("Bahnhofstraße Wetzlar", "strasse"),
        ("STRASSE", "strasse"),
    ],
)
def test_search_is_german_aware(indexed, query: str, key: str) -> None:
    ws, _pid, ids = indexed
    assert ids[key] in found(ws, query)


def test_search_words_are_anded_and_passage_comes_from_the_original(indexed) -> None:
    ws, pid, ids = indexed
    assert found(ws, "mueller bewerb") == set()
    hits = notes.search(ws, "backerei")
    assert [h.id for h in hits] == [ids["bewerb"]]
    hit = hits[0]
    assert (hit.kind, hit.participant_id, hit.participant_name) == ("note", pid, "Yılmaz, Ayşe")
    assert "Bäckerei" in hit.passage and hit.highlight is not None
    start, length = hit.highlight
    assert hit.passage[start : start + length] == "Bäckerei"
    assert hit.date == dt.datetime.now(dt.UTC).date()


def test_passage_is_short_and_around_the_first_match() -> None:
    text = "Einleitung " * 30 + "Hier steht Müller im Text. " + "Schluss " * 40
    passage, highlight = notes.make_passage(text, ["muller"])
    assert passage.startswith("…") and passage.endswith("…")
    assert len(passage) <= notes.PASSAGE_LENGTH + 2
    assert highlight is not None
    assert passage[highlight[0] : highlight[0] + highlight[1]] == "Müller"


@pytest.mark.parametrize(
    "query",
    ['"', "NEAR(", "*", "-foo", "OR", "a AND", '"unbalanced', "NOT", "(", ")", "^", ":", "a:b",
     "müller OR", "'", "\x00", "", "   ", "col:mueller", '""""', "+", "{body}: x", "NEAR(a b, 2)"],
)  # fmt: skip
def test_hostile_queries_do_not_raise(indexed, query: str) -> None:
    ws, _pid, _ids = indexed
    notes.search(ws, query)


def test_operators_are_plain_words(indexed) -> None:
    ws, pid, _ids = indexed
    nid = note(ws, pid, "Ein Wort wie OR und NEAR steht hier")
    assert found(ws, "OR") == {nid}
    assert found(ws, "near(") == {nid}
    assert found(ws, "-wort") == {nid}


def test_search_respects_visibility(workspace) -> None:
    ws = workspace
    pid = person(ws)
    secret = note(ws, pid, "Quokkageheimnis von Anna", PRIVATE)
    shared = note(ws, pid, "Quokkawissen fürs Team")
    jonas = as_jonas(ws)
    assert found(ws, "quokka") == {secret, shared}
    assert found(jonas, "quokka") == {shared}
    assert found(jonas, "quokkageheimnis") == set()


def test_search_finds_agreements_and_filters_by_project(workspace) -> None:
    ws = workspace
    pid = person(ws)
    aid = notes.save_agreement(
        ws, AgreementData(pid, "Führerschein anmelden", dt.date(2026, 12, 1))
    )
    hits = notes.search(ws, "fuehrer")
    assert [(h.kind, h.id, h.date) for h in hits] == [("agreement", aid, dt.date(2026, 12, 1))]
    assert notes.search(ws, "fuehrer", project_id=1)
    other = roster.create_project(ws, "Zweites Projekt")
    assert notes.search(ws, "fuehrer", project_id=other.id) == []


def index_rows(ws: Workspace, table: str) -> dict[int, str]:
    with ws.db.session() as s:
        return {r[0]: r[1] for r in s.execute(sql(f"SELECT rowid, body FROM {table}"))}


def test_index_stays_consistent_after_edit_and_delete(workspace) -> None:
    ws = workspace
    pid = person(ws)
    nid = note(ws, pid, "Altes Stichwort Zebrafink")
    data = notes.load_note(ws, nid)
    data.text = "Neues Stichwort Okapi"
    notes.save_note(ws, data)
    assert found(ws, "zebrafink") == set()
    assert found(ws, "okapi") == {nid}
    assert index_rows(ws, "note_fts") == {nid: "neues stichwort okapi"}
    with ws.db.session() as s:  # FTS5's own check of index against content
        s.execute(sql("INSERT INTO note_fts(note_fts, rank) VALUES('integrity-check', 1)"))

    aid = notes.save_agreement(ws, AgreementData(pid, "Tapir füttern"))
    notes.save_agreement(ws, AgreementData(pid, "Kolibri zählen", id=aid))
    assert [h.id for h in notes.search(ws, "kolibri")] == [aid]
    assert notes.search(ws, "tapir") == []

    notes.delete_note(ws, nid)
    assert found(ws, "okapi") == set()
    assert index_rows(ws, "note_fts") == {}


def test_erasing_a_participant_removes_notes_from_search(workspace) -> None:
    ws = workspace
    gone = person(ws, "Zwetschgenbaum", "Rita")
    stays = person(ws, "Becker", "Lea")
    note(ws, gone, "Gesprächsnotiz Wombat")
    note(ws, gone, "Private Wombatnotiz", PRIVATE)
    notes.save_agreement(ws, AgreementData(gone, "Wombat-Vereinbarung"))
    kept = note(ws, stays, "Wombat auch hier")
    notes.save_draft(ws, stays, "Entwurf bleibt")
    assert len(notes.search(ws, "wombat")) == 4
    privacy.erase_participant(ws, gone)
    assert [h.id for h in notes.search(ws, "wombat")] == [kept]
    assert notes.search(ws, "zwetschgenbaum") == []
    assert set(index_rows(ws, "note_fts")) == {kept}
    assert index_rows(ws, "agreement_fts") == {}
    assert notes.timeline(ws, gone) == []


def test_erasure_removes_drafts_of_new_notes_too(workspace) -> None:
    from gemeinsam_desktop.services import privacy, roster
    from gemeinsam_desktop.services.roster import ParticipantData
    from gemeinsam_desktop.store.models import NoteDraft

    pid = roster.save_participant(workspace, ParticipantData(project_id=1, last_name="Entwurf"))
    notes.save_draft(workspace, pid, "Halbfertiger Gedanke über Frau Entwurf")
    privacy.erase_participant(workspace, pid)
    with workspace.db.session() as s:
        assert s.scalars(select(NoteDraft)).all() == []


def test_passage_shows_context_before_the_match() -> None:
    text = (
        "Erstes Gespräch im Nachbarschaftszentrum, viele Fragen zur Kinderbetreuung am "
        "Nachmittag und zu den Fahrzeiten. Frau Müller wirkt motiviert und plant ein Praktikum."
    )
    passage, highlight = notes.make_passage(text, ["mueller"])
    assert highlight is not None
    start, length = highlight
    assert passage[start : start + length] == "Müller"
    assert start > 10, "some words before the match give it context"
    assert passage.startswith("…") and passage[1] != " "
