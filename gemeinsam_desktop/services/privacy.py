"""Privacy rights (DSGVO / SGB X): Auskunft, Löschung, anonymising a project, retention.

* **Auskunft** (Art. 15 DSGVO): :func:`disclosure` gathers everything stored about a person
  as plain, JSON-ready data (ISO dates, stable keys); :func:`disclosure_json` serialises it
  and ``printing/disclosure.py`` lays it out as a PDF. A coach never sees another coach's
  private notes, so they are counted, not shown.
* **Löschung** (Art. 17 DSGVO, § 84 SGB X): :func:`erase_participant` deletes what names
  or describes the person and keeps an *anonymous remainder* (status, dates, birth year,
  attendance states, placements) so the reports stay right. ``secure_delete`` zeroes the
  freed bytes; a checkpoint afterwards moves the cleaned pages out of the WAL.
* **Retention**: after ``retention_months`` past the project end, people are due for erasure.

Only the Projektleitung may erase, anonymise or change the retention period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.text import fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Agreement,
    Attendance,
    AuditEvent,
    Child,
    Coach,
    CoachingNote,
    Consent,
    Employer,
    Lead,
    LeadStageChange,
    Location,
    NoteDraft,
    NoteVisibility,
    Participant,
    Placement,
    Project,
    Setting,
)
from gemeinsam_desktop.store.models import Session as SessionRow

log = logging.getLogger(__name__)

DISCLOSURE_FORMAT = "gemeinsam-desktop/auskunft"
DISCLOSURE_VERSION = 1
RETENTION_KEY = "retention_months"
DEFAULT_RETENTION_MONTHS = 24
RETENTION_RANGE = (1, 120)
AGREEMENT_INDEX = "agreement_fts"
NOTE_INDEX = "note_fts"  # the full-text index of coaching notes (added by a later revision)


@dataclass(frozen=True)
class ErasureSummary:
    """What an erasure removes (and keeps), for the confirmation text."""

    participant_id: int
    last_name: str  # to be typed as confirmation; never logged
    first_name: str
    notes: int
    agreements: int
    leads: int
    signatures: int
    attendance_texts: int  # attendance rows whose note or excuse text goes
    children: int
    consents: int
    attendance_kept: int  # rows kept without name: report figures stay right
    placements_kept: int


@dataclass(frozen=True)
class RetentionCandidate:
    id: int
    last_name: str
    first_name: str
    project_id: int
    project_name: str
    project_end: dt.date

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name


# -- helpers ------------------------------------------------------------------------------
def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _require_lead(ws: Workspace, template: str) -> None:
    if not ws.current_coach.is_lead:
        raise ValidationError(template)


def _living(s: Session, participant_id: int) -> Participant:
    p = s.get(Participant, participant_id)
    if p is None or p.erased_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
        )
    return p


def _iso(value: dt.date | dt.datetime | dt.time | None, *, utc: bool = False) -> str | None:
    """ISO 8601; stored UTC times (``created_at``, ``written_at``, ``at``) carry ``+00:00``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if utc:
            value = value.replace(tzinfo=dt.UTC)
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value.isoformat()


def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# -- Auskunft (Art. 15) -------------------------------------------------------------------
def disclosure(ws: Workspace, participant_id: int) -> dict[str, Any]:
    """Everything stored about the person, as plain data; the request itself is logged."""
    coach = ws.current_coach
    with ws.db.session() as s:
        p = _living(s, participant_id)
        audit.record(s, coach.id, "participant.disclosed", "participant", p.id)
        project = s.get(Project, p.project_id)
        coaches: dict[int, str] = {
            cid: name for cid, name in s.execute(select(Coach.id, Coach.name))
        }
        employers: dict[int, str] = {
            eid: name for eid, name in s.execute(select(Employer.id, Employer.name))
        }
        locations: dict[int, str] = {
            lid: name for lid, name in s.execute(select(Location.id, Location.name))
        }
        data: dict[str, Any] = {
            "format": DISCLOSURE_FORMAT,
            "version": DISCLOSURE_VERSION,
            "created_at": _iso(_now(), utc=True),
            "created_by": coach.name,
            "retention_months": _retention_months(s),
            "project": {
                "name": project.name if project else "",
                "start_date": _iso(project.start_date if project else None),
                "end_date": _iso(project.end_date if project else None),
            },
            "person": _person(p),
            "children": [
                {
                    "first_name": c.first_name,
                    "birth_year": c.birth_year,
                    "birth_month": c.birth_month,
                    "needs_childcare": c.needs_childcare,
                    "care_notes": c.care_notes,
                }
                for c in s.scalars(
                    select(Child)
                    .where(Child.participant_id == p.id)
                    .order_by(Child.birth_year, Child.birth_month, Child.id)
                )
            ],
            "consents": [
                {
                    "given_on": _iso(c.given_on),
                    "scope": c.scope,
                    "form_version": c.form_version,
                    "withdrawn_on": _iso(c.withdrawn_on),
                }
                for c in s.scalars(
                    select(Consent)
                    .where(Consent.participant_id == p.id)
                    .order_by(Consent.given_on, Consent.id)
                )
            ],
            "attendance": _attendance(s, p.id, locations),
            "agreements": [
                {
                    "text": a.text,
                    "due_date": _iso(a.due_date),
                    "owner": a.owner,
                    "state": a.state.value,
                    "created_at": _iso(a.created_at, utc=True),
                }
                for a in s.scalars(
                    select(Agreement)
                    .where(Agreement.participant_id == p.id)
                    .order_by(Agreement.created_at, Agreement.id)
                )
            ],
            "leads": [
                {
                    "employer": employers.get(lead.employer_id or 0, "") or lead.employer_text,
                    "position": lead.position,
                    "source": lead.source,
                    "stage": lead.stage.value,
                    "dropped_reason": lead.dropped_reason,
                    "created_on": _iso(lead.created_on),
                    "stage_changed_on": _iso(lead.stage_changed_on),
                    "source_detail": lead.source_detail,
                    "weekly_hours": lead.weekly_hours,
                    "history": [
                        {
                            "stage": step.stage.value,
                            "changed_on": _iso(step.changed_on),
                            "coach": coaches.get(step.coach_id or 0, ""),
                            "reason": step.reason,
                        }
                        for step in s.scalars(
                            select(LeadStageChange)
                            .where(LeadStageChange.lead_id == lead.id)
                            .order_by(LeadStageChange.changed_on, LeadStageChange.id)
                        )
                    ],
                }
                for lead in s.scalars(
                    select(Lead)
                    .where(Lead.participant_id == p.id)
                    .order_by(Lead.created_on, Lead.id)
                )
            ],
            "placements": [
                {
                    "employer": employers.get(pl.employer_id or 0, "") or pl.employer_text,
                    "start_date": _iso(pl.start_date),
                    "kind": pl.kind.value,
                    "hours_per_week": pl.hours_per_week,
                    "employed_after_3m": pl.employed_after_3m,
                    "employed_after_6m": pl.employed_after_6m,
                    "position": pl.position,
                    "followup_3m_checked_on": _iso(pl.followup_3m_checked_on),
                    "followup_6m_checked_on": _iso(pl.followup_6m_checked_on),
                }
                for pl in s.scalars(
                    select(Placement)
                    .where(Placement.participant_id == p.id)
                    .order_by(Placement.start_date, Placement.id)
                )
            ],
        }
        data.update(_notes(s, p.id, coach.id, coaches))
        data["audit"] = [
            {
                "at": _iso(ev.at, utc=True),
                "coach": coaches.get(ev.coach_id or 0, ""),
                "action": ev.action,
            }
            for ev in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "participant", AuditEvent.entity_id == p.id)
                .order_by(AuditEvent.id)
            )
        ]
    return data


def _person(p: Participant) -> dict[str, Any]:
    return {
        "id": p.id,
        "salutation": p.salutation,
        "last_name": p.last_name,
        "first_name": p.first_name,
        "birth_date": _iso(p.birth_date),
        "street": p.street,
        "postal_code": p.postal_code,
        "city": p.city,
        "phone": p.phone,
        "email": p.email,
        "customer_number": p.customer_number,
        "unemployed_since": _iso(p.unemployed_since),
        "occupation_wishes": p.occupation_wishes,
        "max_weekly_hours": p.max_weekly_hours,
        "languages": p.languages,
        "status": p.status.value,
        "entry_date": _iso(p.entry_date),
        "exit_date": _iso(p.exit_date),
        "exit_reason": p.exit_reason,
        "archived": p.archived,
        "created_at": _iso(p.created_at, utc=True),
    }


def _attendance(s: Session, pid: int, locations: dict[int, str]) -> list[dict[str, Any]]:
    rows = s.execute(
        select(Attendance, SessionRow)
        .join(SessionRow, Attendance.session_id == SessionRow.id)
        .where(Attendance.participant_id == pid)
        .order_by(SessionRow.starts_at, SessionRow.id)
    ).all()
    out = []
    for att, sess in rows:
        place = locations.get(sess.location_id or 0, "")
        out.append(
            {
                "date": _iso(sess.starts_at.date()),
                "start": _iso(sess.starts_at.time()),
                "end": _iso(sess.ends_at.time()),
                "kind": sess.kind.value,
                "topic": sess.topic,
                "place": ", ".join(x for x in (place, sess.room) if x),
                "cancelled": sess.cancelled,
                "state": att.state.value,
                "arrived_at": _iso(att.arrived_at),
                "left_at": _iso(att.left_at),
                "excuse_reason": att.excuse_reason,
                "sick_note": att.sick_note,
                "children_in_care": att.children_in_care,
                "note": att.note,
                "signature_stored": att.signature_png is not None,
            }
        )
    return out


def _notes(s: Session, pid: int, coach_id: int, coaches: dict[int, str]) -> dict[str, Any]:
    """The notes this coach may see; another coach's private notes are only counted."""
    may_see = (CoachingNote.visibility == NoteVisibility.TEAM) | (
        CoachingNote.author_id == coach_id
    )
    session_days: dict[int, dt.datetime] = {
        sid: starts
        for sid, starts in s.execute(
            select(SessionRow.id, SessionRow.starts_at)
            .join(CoachingNote, CoachingNote.session_id == SessionRow.id)
            .where(CoachingNote.participant_id == pid)
        )
    }
    notes = [
        {
            "written_at": _iso(n.written_at, utc=True),
            "author": coaches.get(n.author_id, ""),
            "kind": n.kind,
            "visibility": n.visibility.value,
            "session_date": _iso(session_days[n.session_id].date())
            if n.session_id in session_days
            else None,
            "text": n.text,
        }
        for n in s.scalars(
            select(CoachingNote)
            .where(CoachingNote.participant_id == pid, may_see)
            .order_by(CoachingNote.written_at, CoachingNote.id)
        )
    ]
    withheld = s.scalar(
        select(func.count())
        .select_from(CoachingNote)
        .where(CoachingNote.participant_id == pid, ~may_see)
    )
    return {"coaching_notes": notes, "private_notes_of_other_coaches": withheld or 0}


def disclosure_json(data: dict[str, Any]) -> bytes:
    """The disclosure as UTF-8 JSON: sorted keys, readable umlauts, ISO dates."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    return (text + "\n").encode("utf-8")


# -- Löschung (Art. 17) -------------------------------------------------------------------
def erasure_summary(ws: Workspace, participant_id: int) -> ErasureSummary:
    with ws.db.session() as s:
        p = _living(s, participant_id)
        return _summary(s, p)


def _count(s: Session, model: Any, pid: int, *where: Any) -> int:
    query = select(func.count()).select_from(model).where(model.participant_id == pid, *where)
    return s.scalar(query) or 0


def _summary(s: Session, p: Participant) -> ErasureSummary:
    return ErasureSummary(
        participant_id=p.id,
        last_name=p.last_name,
        first_name=p.first_name,
        notes=_count(s, CoachingNote, p.id),
        agreements=_count(s, Agreement, p.id),
        leads=_count(s, Lead, p.id),
        signatures=_count(s, Attendance, p.id, Attendance.signature_png.is_not(None)),
        attendance_texts=_count(
            s, Attendance, p.id, (Attendance.note != "") | (Attendance.excuse_reason != "")
        ),
        children=_count(s, Child, p.id),
        consents=_count(s, Consent, p.id),
        attendance_kept=_count(s, Attendance, p.id),
        placements_kept=_count(s, Placement, p.id),
    )


def _erase_in_session(s: Session, p: Participant) -> list[int]:
    """Delete and blank everything personal of ``p``; returns the deleted note ids."""
    pid = p.id
    note_ids = list(s.scalars(select(CoachingNote.id).where(CoachingNote.participant_id == pid)))
    # Agreements first: they point at notes.
    for model in (NoteDraft, Agreement, CoachingNote, Lead, Consent, Child):
        s.execute(delete(model).where(model.participant_id == pid))
    s.execute(
        update(Attendance)
        .where(Attendance.participant_id == pid)
        .values(note="", signature_png=None, excuse_reason="")
    )
    s.execute(update(Placement).where(Placement.participant_id == pid).values(employer_text=""))
    if p.birth_year is None and p.birth_date is not None:
        p.birth_year = p.birth_date.year
    p.salutation = ""
    p.last_name = ""
    p.first_name = ""
    p.birth_date = None
    for name in (
        "street",
        "postal_code",
        "city",
        "phone",
        "email",
        "customer_number",
        "occupation_wishes",
        "languages",
        "exit_reason",
    ):
        setattr(p, name, "")
    p.erased_at = _now()
    s.expire(p, ["children"])
    return note_ids


def check_may_erase(ws: Workspace) -> None:
    """Raise the German refusal unless the coach at work is the Projektleitung."""
    _require_lead(
        ws,
        QT_TRANSLATE_NOOP("errors", "Nur die Projektleitung kann Personen endgültig löschen."),
    )


def erase_participant(ws: Workspace, participant_id: int) -> ErasureSummary:
    """Erase the person, keep the anonymous remainder; returns what was removed."""
    check_may_erase(ws)
    with ws.db.session() as s:
        p = _living(s, participant_id)
        summary = _summary(s, p)
        note_ids = _erase_in_session(s, p)
        audit.record(s, ws.current_coach.id, "participant.erased", "participant", participant_id)
    _scrub_files(ws, note_ids)
    log.info("participant erased (id %d)", participant_id)
    return summary


def anonymise_project(ws: Workspace, project_id: int, today: dt.date | None = None) -> int:
    """Erase every remaining person of a finished project in one step; returns how many."""
    _require_lead(
        ws,
        QT_TRANSLATE_NOOP("errors", "Nur die Projektleitung kann ein Projekt anonymisieren."),
    )
    today = today or dt.date.today()
    with ws.db.session() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Dieses Projekt gibt es nicht."))
        if project.end_date is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Für das Projekt „{name}“ ist kein Projektende eingetragen. Anonymisieren "
                    "ist erst nach dem Projektende möglich.",
                ),
                name=project.name,
            )
        if project.end_date >= today:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Das Projekt „{name}“ endet erst am {date}. Anonymisieren ist erst nach dem "
                    "Projektende möglich.",
                ),
                name=project.name,
                date=project.end_date.strftime("%d.%m.%Y"),
            )
        people = list(
            s.scalars(
                select(Participant).where(
                    Participant.project_id == project_id, Participant.erased_at.is_(None)
                )
            )
        )
        note_ids: list[int] = []
        for p in people:
            note_ids += _erase_in_session(s, p)
            audit.record(s, ws.current_coach.id, "participant.erased", "participant", p.id)
        audit.record(s, ws.current_coach.id, "project.anonymised", "project", project_id)
    _scrub_files(ws, note_ids)
    log.info("project %d anonymised (%d people)", project_id, len(people))
    return len(people)


_CONTENT_OPTION = re.compile(r"content\s*=\s*(['\"]?)(\w*)\1", re.IGNORECASE)


def _scrub_files(ws: Workspace, note_ids: list[int]) -> None:
    """After the erasure has been committed: clean the note index, then empty the WAL.

    ``secure_delete`` has zeroed the freed bytes in the pages, but the WAL may still hold
    older page versions until a checkpoint moves the cleaned pages into the database file
    and truncates it. An FTS5 index keeps deleted words in old segments until they merge:
    ``optimize`` merges them all, so no word of an erased note stays in the file.
    """
    with ws.db.raw() as raw:
        row = raw.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (NOTE_INDEX,)
        ).fetchone()
        if row is not None:
            _clean_note_index(raw, row[0] or "", note_ids)
        agreement_index = raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (AGREEMENT_INDEX,)
        ).fetchone()
        if agreement_index is not None:
            # Its rows went with the agreements (delete trigger); merge away the old segments.
            raw.execute(f"INSERT INTO {AGREEMENT_INDEX}({AGREEMENT_INDEX}) VALUES('optimize')")
        busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            log.warning("checkpoint after erasure was blocked by a reader; retried on close")


def _clean_note_index(raw: Any, create_sql: str, note_ids: list[int]) -> None:
    option = _CONTENT_OPTION.search(create_sql)
    try:
        if option is not None and option.group(2):
            # External content (the notes table): triggers removed the words already;
            # a rebuild from the content table drops anything they missed.
            raw.execute(f"INSERT INTO {NOTE_INDEX}({NOTE_INDEX}) VALUES('rebuild')")
        elif note_ids:
            # Own content (or contentless with contentless_delete): delete by rowid.
            marks = ",".join("?" * len(note_ids))
            raw.execute(f"DELETE FROM {NOTE_INDEX} WHERE rowid IN ({marks})", note_ids)
        raw.execute(f"INSERT INTO {NOTE_INDEX}({NOTE_INDEX}) VALUES('optimize')")
    except Exception as exc:  # the erasure itself is committed; say so, without content
        log.warning("note index could not be cleaned after erasure: %s", type(exc).__name__)


# -- retention ----------------------------------------------------------------------------
def _retention_months(s: Session) -> int:
    row = s.get(Setting, RETENTION_KEY)
    try:
        months = int(row.value) if row is not None else DEFAULT_RETENTION_MONTHS
    except ValueError:
        return DEFAULT_RETENTION_MONTHS
    lo, hi = RETENTION_RANGE
    return months if lo <= months <= hi else DEFAULT_RETENTION_MONTHS


def get_retention_months(ws: Workspace) -> int:
    with ws.db.session() as s:
        return _retention_months(s)


def set_retention_months(ws: Workspace, months: int) -> None:
    _require_lead(
        ws,
        QT_TRANSLATE_NOOP("errors", "Nur die Projektleitung kann die Aufbewahrungsfrist ändern."),
    )
    lo, hi = RETENTION_RANGE
    if not lo <= months <= hi:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Die Aufbewahrungsfrist muss zwischen {lo} und {hi} Monaten liegen."
            ),
            lo=lo,
            hi=hi,
        )
    with ws.db.session() as s:
        row = s.get(Setting, RETENTION_KEY)
        if row is None:
            s.add(Setting(key=RETENTION_KEY, value=str(months)))
        else:
            row.value = str(months)
        audit.record(s, ws.current_coach.id, "retention.changed", "setting")


def retention_candidates(ws: Workspace, today: dt.date | None = None) -> list[RetentionCandidate]:
    """People not yet erased whose project ended more than ``retention_months`` ago."""
    today = today or dt.date.today()
    with ws.db.session() as s:
        months = _retention_months(s)
        rows = s.execute(
            select(Participant, Project)
            .join(Project, Participant.project_id == Project.id)
            .where(Participant.erased_at.is_(None), Project.end_date.is_not(None))
        ).all()
        found = [
            RetentionCandidate(p.id, p.last_name, p.first_name, pr.id, pr.name, pr.end_date)
            for p, pr in rows
            if pr.end_date is not None and add_months(pr.end_date, months) < today
        ]
    return sorted(found, key=lambda c: (c.project_end, fold(c.last_name), fold(c.first_name)))
