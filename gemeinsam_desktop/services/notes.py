"""Coaching notes, their history and drafts, note templates, agreements and full-text search.

Visibility is one rule everywhere: a coach sees team notes and her own private notes, never
another coach's private notes (timeline, history, search; the disclosure in ``privacy``
applies the same rule). Every write is one transaction with an audit entry (ids only).

Search runs on the FTS5 tables of revision 0005 (``note_fts``, ``agreement_fts``; rowid =
note/agreement id; the body is ``textfold.index_text`` of the text, kept in step by
triggers). The query is folded the same way and every word is quoted before it reaches
``MATCH``, so operators typed by a coach (``OR``, ``NEAR(``, ``-foo``, ``*``, quotes) are
plain words and never raise.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Float,
    Integer,
    RowMapping,
    String,
    delete,
    exists,
    insert,
    select,
    update,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.text import bounded, clean
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Agreement,
    AgreementState,
    Coach,
    CoachingNote,
    NoteDraft,
    NoteHistory,
    NoteTemplate,
    NoteVisibility,
    Participant,
)
from gemeinsam_desktop.store.models import Session as SessionRow
from gemeinsam_desktop.textfold import fold, search_key

NOTE_KINDS = ("einzelcoaching", "telefonat", "gruppengespraech", "sonstiges")
AGREEMENT_OWNERS = ("participant", "coach")
NOTE_TEXT_LIMIT = 50_000
AGREEMENT_TEXT_LIMIT = 1000  # the column's size
TEMPLATE_NAME_LIMIT = 120
MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 64
PASSAGE_BEFORE = 60  # characters of context before the matching word
PASSAGE_LENGTH = 180  # characters of a passage at most (without the ellipses)

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what FTS5's unicode61 keeps as tokens

_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Diese Notiz gibt es nicht mehr.")


# -- data in and out -----------------------------------------------------------------------
@dataclass
class NoteData:
    participant_id: int
    text: str = ""
    kind: str = "einzelcoaching"
    visibility: NoteVisibility = NoteVisibility.TEAM
    session_id: int | None = None
    written_at: dt.datetime | None = None  # None on a new note: now (UTC, naive)
    id: int | None = None
    author_id: int | None = None  # filled in when read; the author is always the saving coach
    author_name: str = ""
    edited: bool = False  # an earlier version exists (see note_history)


@dataclass(frozen=True)
class NoteVersion:
    """One version of a note: what it said and who saved it when (newest first in lists)."""

    text: str
    kind: str
    visibility: NoteVisibility
    saved_at: dt.datetime
    saved_by_id: int | None
    saved_by_name: str
    current: bool


@dataclass(frozen=True)
class DraftData:
    participant_id: int
    note_id: int | None  # None: a new note
    text: str
    kind: str
    visibility: NoteVisibility
    session_id: int | None
    updated_at: dt.datetime
    participant_name: str = ""


@dataclass(frozen=True)
class TemplateData:
    name: str
    text: str = ""
    id: int | None = None


@dataclass
class AgreementData:
    participant_id: int
    text: str = ""
    due_date: dt.date | None = None
    owner: str = "participant"  # or "coach"
    state: AgreementState = AgreementState.OFFEN
    note_id: int | None = None
    id: int | None = None
    participant_name: str = ""  # filled in for overviews


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "note" or "agreement"
    id: int
    participant_id: int
    participant_name: str
    date: dt.date  # a note's date; an agreement's due date (else the day it was made)
    passage: str  # an excerpt of the original text around the first matching word
    highlight: tuple[int, int] | None = None  # (start, length) of that word in the passage
    score: float = 0.0  # bm25: lower is better


# -- helpers -------------------------------------------------------------------------------
def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _name(last: str, first: str) -> str:
    return f"{last}, {first}" if first else last


def _may_see(coach_id: int) -> ColumnElement[bool]:
    """The one visibility rule as an SQL condition."""
    return (CoachingNote.visibility == NoteVisibility.TEAM) | (CoachingNote.author_id == coach_id)


def _visible(note: CoachingNote | None, coach_id: int) -> bool:
    return note is not None and (
        note.visibility == NoteVisibility.TEAM or note.author_id == coach_id
    )


def _living(s: Session, participant_id: int) -> Participant:
    p = s.get(Participant, participant_id)
    if p is None or p.erased_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
        )
    return p


def _kind(kind: str) -> str:
    if kind not in NOTE_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unbekannte Art der Notiz."))
    return kind


def _visible_note(s: Session, note_id: int, coach_id: int) -> CoachingNote:
    note = s.get(CoachingNote, note_id)
    if note is None or not _visible(note, coach_id):
        raise ValidationError(_NOT_FOUND)  # another coach's private note does not exist here
    return note


def _draft_where(
    coach_id: int, participant_id: int, note_id: int | None
) -> list[ColumnElement[bool]]:
    return [
        NoteDraft.author_id == coach_id,
        NoteDraft.participant_id == participant_id,
        NoteDraft.note_id.is_(None) if note_id is None else NoteDraft.note_id == note_id,
    ]


# -- notes ---------------------------------------------------------------------------------
def timeline(ws: Workspace, participant_id: int) -> list[NoteData]:
    """The notes of one person this coach may see, newest first (one query)."""
    me = ws.current_coach.id
    edited = exists().where(NoteHistory.note_id == CoachingNote.id)
    with ws.db.session() as s:
        rows = s.execute(
            select(CoachingNote, Coach.name, edited)
            .outerjoin(Coach, Coach.id == CoachingNote.author_id)
            .where(CoachingNote.participant_id == participant_id, _may_see(me))
            .order_by(CoachingNote.written_at.desc(), CoachingNote.id.desc())
        ).all()
        return [_note_data(n, name or "", bool(was_edited)) for n, name, was_edited in rows]


def _note_data(n: CoachingNote, author_name: str, edited: bool) -> NoteData:
    return NoteData(
        id=n.id,
        participant_id=n.participant_id,
        kind=n.kind,
        visibility=n.visibility,
        text=n.text,
        session_id=n.session_id,
        written_at=n.written_at,
        author_id=n.author_id,
        author_name=author_name,
        edited=edited,
    )


def load_note(ws: Workspace, note_id: int) -> NoteData:
    me = ws.current_coach.id
    with ws.db.session() as s:
        n = _visible_note(s, note_id, me)
        author = s.get(Coach, n.author_id)
        was_edited = s.scalar(select(exists().where(NoteHistory.note_id == n.id)))
        return _note_data(n, author.name if author else "", bool(was_edited))


def save_note(ws: Workspace, data: NoteData) -> int:
    """Create or update a note; an update keeps the version before it in the history.

    A private note can only be edited by its author; a team note by any coach, but only the
    author changes its visibility. The saving coach's draft of this note is deleted.
    """
    text = bounded(data.text, NOTE_TEXT_LIMIT, QT_TRANSLATE_NOOP("fields", "Notiz"), multiline=True)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Bitte schreiben Sie einen Text."))
    kind = _kind(data.kind)
    visibility = NoteVisibility(data.visibility)
    me = ws.current_coach.id
    with ws.db.session() as s:
        if data.session_id is not None and s.get(SessionRow, data.session_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Diesen Termin gibt es nicht mehr."))
        if data.id is None:
            _living(s, data.participant_id)
            note = CoachingNote(
                participant_id=data.participant_id,
                author_id=me,
                kind=kind,
                visibility=visibility,
                text=text,
                session_id=data.session_id,
                written_at=data.written_at or _now(),
            )
            s.add(note)
            s.flush()
            audit.record(s, me, "note.created", "note", note.id)
            draft_key: int | None = None
        else:
            note = _visible_note(s, data.id, me)
            if visibility != note.visibility and note.author_id != me:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nur wer die Notiz geschrieben hat, kann ihre Sichtbarkeit ändern.",
                    )
                )
            written_at = data.written_at or note.written_at
            new = (text, kind, visibility, data.session_id, written_at)
            old = (note.text, note.kind, note.visibility, note.session_id, note.written_at)
            if new != old:
                s.add(
                    NoteHistory(
                        note_id=note.id,
                        edited_at=_now(),
                        editor_id=me,
                        old_text=note.text,
                        old_kind=note.kind,
                        old_visibility=note.visibility.value,
                    )
                )
                note.text, note.kind, note.visibility = text, kind, visibility
                note.session_id, note.written_at = data.session_id, written_at
                s.flush()
                audit.record(s, me, "note.changed", "note", note.id)
            draft_key = note.id
        s.execute(delete(NoteDraft).where(*_draft_where(me, note.participant_id, draft_key)))
        return note.id


def delete_note(ws: Workspace, note_id: int) -> None:
    """Delete a note with its history (its author or the Projektleitung)."""
    coach = ws.current_coach
    with ws.db.session() as s:
        note = _visible_note(s, note_id, coach.id)
        if note.author_id != coach.id and not coach.is_lead:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Nur wer die Notiz geschrieben hat oder die Projektleitung kann sie löschen.",
                )
            )
        s.delete(note)
        s.flush()
        audit.record(s, coach.id, "note.deleted", "note", note_id)


def note_history(ws: Workspace, note_id: int) -> list[NoteVersion]:
    """Every version of a note, the current one first, with who saved it when.

    A version that was private to another coach (before she shared the note) stays hidden.
    """
    me = ws.current_coach.id
    with ws.db.session() as s:
        note = _visible_note(s, note_id, me)
        names: dict[int, str] = {cid: name for cid, name in s.execute(select(Coach.id, Coach.name))}
        rows = list(
            s.scalars(
                select(NoteHistory).where(NoteHistory.note_id == note_id).order_by(NoteHistory.id)
            )
        )
        # Row k holds the text before edit k; the text after it was saved by row k's editor.
        texts = [(h.old_text, h.old_kind, NoteVisibility(h.old_visibility)) for h in rows]
        texts.append((note.text, note.kind, note.visibility))
        savers = [(note.written_at, note.author_id)] + [(h.edited_at, h.editor_id) for h in rows]
        versions = []
        for index, ((text, kind, visibility), (at, by)) in enumerate(
            zip(texts, savers, strict=True)
        ):
            if visibility == NoteVisibility.PRIVATE and note.author_id != me:
                continue
            versions.append(
                NoteVersion(
                    text=text,
                    kind=kind,
                    visibility=visibility,
                    saved_at=at,
                    saved_by_id=by,
                    saved_by_name=names.get(by, "") if by is not None else "",
                    current=index == len(rows),
                )
            )
        versions.reverse()
        return versions


# -- drafts ----------------------------------------------------------------------------------
def save_draft(
    ws: Workspace,
    participant_id: int,
    text: str,
    *,
    note_id: int | None = None,
    kind: str = "einzelcoaching",
    visibility: NoteVisibility = NoteVisibility.TEAM,
    session_id: int | None = None,
) -> None:
    """Keep what is being typed (called every few seconds): one UPDATE, or one INSERT.

    Empty text removes the draft. The text is kept as typed (NUL removed, bounded), not
    cleaned: a draft restores exactly what was on the screen.
    """
    me = ws.current_coach.id
    body = text.replace("\x00", "")[: NOTE_TEXT_LIMIT * 2]
    values = {
        "text": body,
        "kind": kind if kind in NOTE_KINDS else "einzelcoaching",
        "visibility": NoteVisibility(visibility),
        "session_id": session_id,
        "updated_at": _now(),
    }
    where = _draft_where(me, participant_id, note_id)
    with ws.db.session() as s:
        if not body.strip():
            s.execute(delete(NoteDraft).where(*where))
            return
        done = s.execute(update(NoteDraft).where(*where).values(**values))
        if not done.rowcount:  # type: ignore[attr-defined]
            s.execute(
                insert(NoteDraft).values(
                    author_id=me, participant_id=participant_id, note_id=note_id, **values
                )
            )


def load_draft(ws: Workspace, participant_id: int, note_id: int | None = None) -> DraftData | None:
    me = ws.current_coach.id
    with ws.db.session() as s:
        d = s.scalars(select(NoteDraft).where(*_draft_where(me, participant_id, note_id))).first()
        return _draft_data(d, "") if d is not None else None


def _draft_data(d: NoteDraft, participant_name: str) -> DraftData:
    return DraftData(
        participant_id=d.participant_id,
        note_id=d.note_id,
        text=d.text,
        kind=d.kind,
        visibility=d.visibility,
        session_id=d.session_id,
        updated_at=d.updated_at,
        participant_name=participant_name,
    )


def discard_draft(ws: Workspace, participant_id: int, note_id: int | None = None) -> None:
    me = ws.current_coach.id
    with ws.db.session() as s:
        s.execute(delete(NoteDraft).where(*_draft_where(me, participant_id, note_id)))


def drafts_of_current_coach(ws: Workspace) -> list[DraftData]:
    """The coach's unsaved drafts (to offer restoring them after a crash), newest first."""
    me = ws.current_coach.id
    with ws.db.session() as s:
        rows = s.execute(
            select(NoteDraft, Participant.last_name, Participant.first_name)
            .join(Participant, Participant.id == NoteDraft.participant_id)
            .where(NoteDraft.author_id == me, Participant.erased_at.is_(None))
            .order_by(NoteDraft.updated_at.desc(), NoteDraft.id.desc())
        ).all()
        return [_draft_data(d, _name(last, first)) for d, last, first in rows]


# -- templates -------------------------------------------------------------------------------
def list_templates(ws: Workspace) -> list[TemplateData]:
    with ws.db.session() as s:
        return [
            TemplateData(id=t.id, name=t.name, text=t.text)
            for t in s.scalars(select(NoteTemplate).order_by(NoteTemplate.name))
        ]


def save_template(ws: Workspace, data: TemplateData) -> int:
    name = bounded(data.name, TEMPLATE_NAME_LIMIT, QT_TRANSLATE_NOOP("fields", "Name der Vorlage"))
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte geben Sie einen Namen für die Vorlage ein.")
        )
    body = bounded(
        data.text, NOTE_TEXT_LIMIT, QT_TRANSLATE_NOOP("fields", "Vorlage"), multiline=True
    )
    me = ws.current_coach.id
    with ws.db.session() as s:
        twin = s.scalars(select(NoteTemplate).where(NoteTemplate.name == name)).first()
        if twin is not None and twin.id != data.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Es gibt bereits eine Vorlage „{name}“."), name=name
            )
        if data.id is None:
            row = NoteTemplate(name=name, text=body)
            s.add(row)
            action = "template.created"
        else:
            found = s.get(NoteTemplate, data.id)
            if found is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Diese Vorlage gibt es nicht mehr.")
                )
            row = found
            row.name, row.text = name, body
            action = "template.changed"
        s.flush()
        audit.record(s, me, action, "note_template", row.id)
        return row.id


def delete_template(ws: Workspace, template_id: int) -> None:
    with ws.db.session() as s:
        if s.execute(delete(NoteTemplate).where(NoteTemplate.id == template_id)).rowcount:  # type: ignore[attr-defined]
            audit.record(s, ws.current_coach.id, "template.deleted", "note_template", template_id)


# -- agreements ------------------------------------------------------------------------------
def _agreement_data(
    a: Agreement, participant_name: str = "", note_visible: bool = True
) -> AgreementData:
    return AgreementData(
        id=a.id,
        participant_id=a.participant_id,
        text=a.text,
        due_date=a.due_date,
        owner=a.owner,
        state=a.state,
        note_id=a.note_id if note_visible else None,
        participant_name=participant_name,
    )


def agreements_of(ws: Workspace, participant_id: int) -> list[AgreementData]:
    """A person's agreements: open ones first, then by due date.

    The link to a note another coach keeps private is left out (the note does not exist
    for this coach).
    """
    me = ws.current_coach.id
    hidden = (CoachingNote.id.is_not(None)) & ~_may_see(me)
    with ws.db.session() as s:
        rows = s.execute(
            select(Agreement, hidden)
            .outerjoin(CoachingNote, CoachingNote.id == Agreement.note_id)
            .where(Agreement.participant_id == participant_id)
            .order_by(
                (Agreement.state != AgreementState.OFFEN),
                Agreement.due_date.is_(None),
                Agreement.due_date,
                Agreement.id,
            )
        ).all()
        return [_agreement_data(a, note_visible=not is_hidden) for a, is_hidden in rows]


def save_agreement(ws: Workspace, data: AgreementData) -> int:
    text = bounded(
        data.text,
        AGREEMENT_TEXT_LIMIT,
        QT_TRANSLATE_NOOP("fields", "Vereinbarung"),
        multiline=True,
    )
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte beschreiben Sie die Vereinbarung.")
        )
    if data.owner not in AGREEMENT_OWNERS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unbekannte Zuständigkeit."))
    state = AgreementState(data.state)
    me = ws.current_coach.id
    with ws.db.session() as s:
        if data.id is None:
            _living(s, data.participant_id)
            row = Agreement(participant_id=data.participant_id, note_id=None)
            action = "agreement.created"
        else:
            found = s.get(Agreement, data.id)
            if found is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Diese Vereinbarung gibt es nicht mehr.")
                )
            row = found
            action = "agreement.changed"
        if data.note_id is not None and data.note_id != row.note_id:
            # Only a note this coach sees, of the same person, can be linked.
            note = _visible_note(s, data.note_id, me)
            if note.participant_id != row.participant_id:
                raise ValidationError(_NOT_FOUND)
        row.text, row.due_date, row.owner, row.state = text, data.due_date, data.owner, state
        row.note_id = data.note_id
        s.add(row)
        s.flush()
        audit.record(s, me, action, "agreement", row.id)
        return row.id


def set_agreement_state(ws: Workspace, agreement_id: int, state: AgreementState) -> None:
    state = AgreementState(state)
    with ws.db.session() as s:
        row = s.get(Agreement, agreement_id)
        if row is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diese Vereinbarung gibt es nicht mehr.")
            )
        if row.state != state:
            row.state = state
            s.flush()
            audit.record(s, ws.current_coach.id, "agreement.state", "agreement", row.id)


def due_between(
    ws: Workspace, project_id: int, start: dt.date, end: dt.date
) -> list[AgreementData]:
    """Open agreements due from ``start`` to ``end`` (both included) in a project, by date."""
    with ws.db.session() as s:
        rows = s.execute(
            select(Agreement, Participant.last_name, Participant.first_name)
            .join(Participant, Participant.id == Agreement.participant_id)
            .where(
                Participant.project_id == project_id,
                Participant.erased_at.is_(None),
                Participant.archived.is_(False),
                Agreement.state == AgreementState.OFFEN,
                Agreement.due_date >= start,
                Agreement.due_date <= end,
            )
            .order_by(
                Agreement.due_date, Participant.last_name, Participant.first_name, Agreement.id
            )
        ).all()
        me = ws.current_coach.id
        hidden_notes = set(
            s.scalars(
                select(CoachingNote.id).where(
                    CoachingNote.id.in_({a.note_id for a, _l, _f in rows if a.note_id}),
                    ~_may_see(me),
                )
            )
        )
        return [
            _agreement_data(a, _name(last, first), a.note_id not in hidden_notes)
            for a, last, first in rows
        ]


# -- search ----------------------------------------------------------------------------------
def query_words(query: str) -> list[str]:
    """The folded words of a query, as the index holds them (at most MAX_QUERY_WORDS)."""
    words = [w[:MAX_WORD_LENGTH] for w in _WORD.findall(fold(clean(query)))]
    return list(dict.fromkeys(words))[:MAX_QUERY_WORDS]


def match_expression(words: list[str]) -> str:
    """Every word a quoted prefix phrase, ANDed: nothing a coach types is an operator."""
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


# Ranking every match of a broad word (a prefix like "bewerb" hits a quarter of 200,000
# notes) costs more than the 50 ms a search may take: bm25 ranks the newest SEARCH_WINDOW
# matches (by id, i.e. as entered). Of those the best FETCH are joined with their notes,
# filtered by visibility and project; when too few survive, the whole window is joined.
SEARCH_WINDOW = 10_000

_NOTE_SQL = """
WITH hits AS (
    SELECT rowid AS id, bm25(note_fts) AS score FROM note_fts
    WHERE note_fts MATCH :match ORDER BY rowid DESC LIMIT :window
), best AS (SELECT id, score FROM hits ORDER BY score LIMIT :fetch)
SELECT n.id AS id, n.participant_id AS participant_id, p.last_name AS last_name,
       p.first_name AS first_name, n.written_at AS written_at, n.text AS body,
       best.score AS score
FROM best
JOIN coaching_note AS n ON n.id = best.id
JOIN participant AS p ON p.id = n.participant_id
WHERE (n.visibility = 'team' OR n.author_id = :me) AND p.erased_at IS NULL {project}
ORDER BY best.score, n.written_at DESC
LIMIT :limit
"""

_AGREEMENT_SQL = """
WITH hits AS (
    SELECT rowid AS id, bm25(agreement_fts) AS score FROM agreement_fts
    WHERE agreement_fts MATCH :match ORDER BY rowid DESC LIMIT :window
), best AS (SELECT id, score FROM hits ORDER BY score LIMIT :fetch)
SELECT a.id AS id, a.participant_id AS participant_id, p.last_name AS last_name,
       p.first_name AS first_name, a.due_date AS due_date, a.created_at AS created_at,
       a.text AS body, best.score AS score
FROM best
JOIN agreement AS a ON a.id = best.id
JOIN participant AS p ON p.id = a.participant_id
WHERE p.erased_at IS NULL {project}
ORDER BY best.score, coalesce(a.due_date, a.created_at) DESC
LIMIT :limit
"""

_NOTE_COLUMNS = {
    "id": Integer,
    "participant_id": Integer,
    "last_name": String,
    "first_name": String,
    "written_at": DateTime,
    "body": String,
    "score": Float,
}
_AGREEMENT_COLUMNS = {
    "id": Integer,
    "participant_id": Integer,
    "last_name": String,
    "first_name": String,
    "due_date": Date,
    "created_at": DateTime,
    "body": String,
    "score": Float,
}


def _ranked(s: Session, statement: str, columns: dict, params: dict) -> list[RowMapping]:  # type: ignore[type-arg]
    query = sql(statement).columns(**columns)
    limit = params["limit"]
    for fetch in (limit * 4, SEARCH_WINDOW):
        rows = list(s.execute(query, {**params, "fetch": fetch}).mappings())
        if len(rows) >= limit:
            break
    return rows


def search(
    ws: Workspace, query: str, *, project_id: int | None = None, limit: int = 50
) -> list[SearchHit]:
    """Notes and agreements matching every word of ``query`` (prefixes, folded), best first.

    Ranked by bm25, then newer first; another coach's private notes are never returned.
    """
    words = query_words(query)
    if not words:
        return []
    limit = max(1, min(limit, 500))
    params: dict[str, object] = {
        "match": match_expression(words),
        "me": ws.current_coach.id,
        "limit": limit,
        "window": SEARCH_WINDOW,
    }
    project = ""
    if project_id is not None:
        project = "AND p.project_id = :project_id"
        params["project_id"] = project_id
    hits: list[tuple[float, int, SearchHit]] = []
    with ws.db.session() as s:
        for r in _ranked(s, _NOTE_SQL.format(project=project), _NOTE_COLUMNS, params):
            day = r["written_at"].date()
            hits.append((r["score"], -day.toordinal(), _hit("note", r, day, words)))
        for r in _ranked(s, _AGREEMENT_SQL.format(project=project), _AGREEMENT_COLUMNS, params):
            day = r["due_date"] or r["created_at"].date()
            hits.append((r["score"], -day.toordinal(), _hit("agreement", r, day, words)))
    hits.sort(key=lambda h: (h[0], h[1]))
    return [hit for _score, _day, hit in hits[:limit]]


def _hit(kind: str, row: RowMapping, day: dt.date, words: list[str]) -> SearchHit:
    passage, highlight = make_passage(row["body"], words)
    return SearchHit(
        kind=kind,
        id=row["id"],
        participant_id=row["participant_id"],
        participant_name=_name(row["last_name"], row["first_name"]),
        date=day,
        passage=passage,
        highlight=highlight,
        score=row["score"],
    )


def make_passage(text: str, words: list[str]) -> tuple[str, tuple[int, int] | None]:
    """A short excerpt of ``text`` around its first word that a query word begins.

    The original words are folded both ways (``textfold.search_key``: "Müller" as mueller
    and muller) and compared with the folded query words, so the excerpt shows the text as
    written. Line breaks become spaces. Returns the excerpt and (start, length) of the word.
    """
    found: re.Match[str] | None = None
    for m in _WORD.finditer(text):
        variants = search_key(m.group()).split("\x1f")
        if any(v.startswith(w) for v in variants for w in words):
            found = m
            break
    if found is None:
        start, end = 0, min(len(text), PASSAGE_LENGTH)
    else:
        start = max(0, found.start() - PASSAGE_BEFORE)
        if start > 0:  # begin at the first whole word of the context before the match
            space = text.find(" ", start, found.start())
            start = space + 1 if space != -1 else found.start()
        end = min(len(text), start + PASSAGE_LENGTH)
        end = max(end, found.end())
    if end < len(text):
        space = text.rfind(" ", start, end)
        if found is not None and space > found.end():
            end = space
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    excerpt = text[start:end]
    highlight = None
    if found is not None:
        highlight = (len(prefix) + found.start() - start, found.end() - found.start())
    # Same length in, same length out: line breaks and tabs become single spaces.
    excerpt = excerpt.replace("\n", " ").replace("\t", " ")
    return prefix + excerpt + suffix, highlight
