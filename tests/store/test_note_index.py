"""The notes' full-text index (revision 0005): folded, kept in step by triggers."""

from __future__ import annotations

from sqlalchemy import delete, update

from gemeinsam_desktop.store.models import Agreement, CoachingNote, Participant
from gemeinsam_desktop.textfold import fold


def matches(ws, table: str, query: str) -> set[int]:
    token = '"' + fold(query).replace('"', '""') + '"*'
    with ws.db.raw() as raw:
        return {
            row[0]
            for row in raw.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (token,))
        }


def test_index_follows_inserts_edits_and_deletes(workspace) -> None:
    with workspace.db.session() as s:
        p = Participant(project_id=1, last_name="Test")
        s.add(p)
        s.flush()
        note = CoachingNote(
            participant_id=p.id,
            author_id=1,
            text="Frau Müller übt das Bewerbungsgespräch mit Herrn Yılmaz.",
        )
        s.add(note)
        s.add(Agreement(participant_id=p.id, text="Lebenslauf an die Straßenbahn-Firma schicken"))
        s.flush()
        nid = note.id
    for query in ("Müller", "mueller", "muller", "Bewerb", "yilmaz", "YILMAZ"):
        assert matches(workspace, "note_fts", query) == {nid}, query
    assert matches(workspace, "agreement_fts", "strassenbahn") and matches(
        workspace, "agreement_fts", "Straßen"
    )
    with workspace.db.session() as s:
        s.execute(
            update(CoachingNote).where(CoachingNote.id == nid).values(text="Praktikum geplant")
        )
    assert matches(workspace, "note_fts", "mueller") == set()
    assert matches(workspace, "note_fts", "praktik") == {nid}
    with workspace.db.session() as s:
        s.execute(delete(CoachingNote).where(CoachingNote.id == nid))
    assert matches(workspace, "note_fts", "praktik") == set()
    with workspace.db.raw() as raw:
        assert raw.execute("SELECT count(*) FROM note_fts").fetchone()[0] == 0
