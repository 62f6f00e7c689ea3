"""Leads (Hinweise): a job a participant follows, from the first idea to a job or a drop.

A lead walks the stages Idee → angesprochen → beworben → Gespräch → Praktikum → Zusage →
eingestellt, or ends as verworfen with a reason. Every change of stage writes one dated
``lead_stage_change`` row (revision 0006): the history says when each stage was reached
and by whom; moving back is allowed and recorded the same way. ``Lead.stage`` and
``Lead.stage_changed_on`` mirror the newest row so lists need no join. Every write is one
transaction with an audit entry (ids only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.text import bounded
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import SOURCES
from gemeinsam_desktop.store.models import (
    Coach,
    Employer,
    Lead,
    LeadStage,
    LeadStageChange,
    Participant,
    Project,
)
from gemeinsam_desktop.textfold import fold

# The way forward, in order; VERWORFEN stands apart (a lead can be dropped from any stage).
PIPELINE = (
    LeadStage.IDEE,
    LeadStage.ANGESPROCHEN,
    LeadStage.BEWORBEN,
    LeadStage.GESPRAECH,
    LeadStage.PRAKTIKUM,
    LeadStage.ZUSAGE,
    LeadStage.EINGESTELLT,
)
BOARD_COLUMNS = (*PIPELINE, LeadStage.VERWORFEN)
CLOSED = frozenset({LeadStage.EINGESTELLT, LeadStage.VERWORFEN})
# Closed leads stay on the board this long after their last change (the lists keep all).
BOARD_CLOSED_DAYS = 60

POSITION_LIMIT = 200
EMPLOYER_TEXT_LIMIT = 200
SOURCE_DETAIL_LIMIT = 200
REASON_LIMIT = 300

_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Diesen Hinweis gibt es nicht mehr.")


@dataclass(frozen=True)
class StageChangeData:
    stage: LeadStage
    changed_on: dt.date
    coach_name: str = ""
    reason: str = ""


@dataclass
class LeadData:
    participant_id: int
    position: str = ""
    employer_id: int | None = None
    employer_text: str = ""  # a free name when the employer is not in the network
    source: str = "kontakt"
    source_detail: str = ""
    coach_id: int | None = None  # None on a new lead: the coach who saves it
    weekly_hours: float | None = None
    stage: LeadStage = LeadStage.IDEE
    dropped_reason: str = ""
    created_on: dt.date | None = None  # None on a new lead: today
    stage_changed_on: dt.date | None = None
    id: int | None = None
    # Filled in when read:
    employer_name: str = ""
    participant_name: str = ""
    coach_name: str = ""
    history: list[StageChangeData] = field(default_factory=list)  # oldest first


@dataclass(frozen=True)
class BoardCard:
    lead_id: int
    participant_id: int
    participant_name: str
    position: str
    employer_name: str
    stage: LeadStage
    days_in_stage: int
    coach_id: int | None
    coach_name: str
    dropped_reason: str = ""


@dataclass
class BoardData:
    project_id: int
    columns: dict[LeadStage, list[BoardCard]]

    def cards(self) -> list[BoardCard]:
        return [card for stage in BOARD_COLUMNS for card in self.columns.get(stage, [])]


# -- helpers -------------------------------------------------------------------------------
def person_name(last: str, first: str) -> str:
    return f"{last}, {first}" if first else last


def employer_name(lead_text: str, employer: str | None) -> str:
    return employer if employer else lead_text


def _living(s: Session, participant_id: int) -> Participant:
    p = s.get(Participant, participant_id)
    if p is None or p.erased_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
        )
    return p


def _lead(s: Session, lead_id: int) -> Lead:
    lead = s.get(Lead, lead_id)
    if lead is None:
        raise ValidationError(_NOT_FOUND)
    return lead


def _reason(reason: str) -> str:
    text = bounded(reason, REASON_LIMIT, QT_TRANSLATE_NOOP("fields", "Grund"))
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Bitte geben Sie einen Grund an, warum der Hinweis verworfen wird "
                "(z. B. „Stelle bereits vergeben“).",
            )
        )
    return text


def _checked_day(day: dt.date, today: dt.date, not_before: dt.date | None) -> dt.date:
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Das Datum {date} liegt in der Zukunft. Bitte wählen Sie heute oder früher.",
            ),
            date=day.strftime("%d.%m.%Y"),
        )
    if not_before is not None and day < not_before:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Das Datum {date} liegt vor dem letzten Schritt dieses Hinweises ({last}).",
            ),
            date=day.strftime("%d.%m.%Y"),
            last=not_before.strftime("%d.%m.%Y"),
        )
    return day


def _normalized(data: LeadData) -> LeadData:
    position = bounded(data.position, POSITION_LIMIT, QT_TRANSLATE_NOOP("fields", "Stelle"))
    text = bounded(
        data.employer_text, EMPLOYER_TEXT_LIMIT, QT_TRANSLATE_NOOP("fields", "Arbeitgeber")
    )
    detail = bounded(
        data.source_detail, SOURCE_DETAIL_LIMIT, QT_TRANSLATE_NOOP("fields", "Weitergegeben von")
    )
    if not position and not text and data.employer_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Bitte geben Sie die Stelle oder den Arbeitgeber des Hinweises an."
            )
        )
    if data.source not in SOURCES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unbekannte Herkunft des Hinweises."))
    hours = data.weekly_hours
    if hours is not None and not 0 < hours <= 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Wochenstunden müssen zwischen 1 und 60 liegen.")
        )
    return LeadData(
        participant_id=data.participant_id,
        position=position,
        employer_id=data.employer_id,
        employer_text="" if data.employer_id is not None else text,
        source=data.source,
        source_detail=detail,
        coach_id=data.coach_id,
        weekly_hours=hours,
        stage=LeadStage(data.stage),
        dropped_reason=data.dropped_reason,
        created_on=data.created_on,
        id=data.id,
    )


def _record_step(
    s: Session, lead: Lead, stage: LeadStage, day: dt.date, coach_id: int | None, reason: str
) -> None:
    s.add(
        LeadStageChange(
            lead_id=lead.id, stage=stage, changed_on=day, coach_id=coach_id, reason=reason
        )
    )
    lead.stage, lead.stage_changed_on = stage, day
    lead.dropped_reason = reason if stage is LeadStage.VERWORFEN else ""


# -- writing -------------------------------------------------------------------------------
def save_lead(ws: Workspace, data: LeadData, today: dt.date | None = None) -> int:
    """Create a lead (with its first history row) or change it, in one transaction.

    A new lead may start at any stage (a coach often hears of a lead late), dated
    ``created_on`` (default today). For an existing lead a different ``stage`` is a move
    like :func:`move_stage`, dated ``stage_changed_on`` (default today). Verworfen needs a
    reason (``dropped_reason``) either way.
    """
    today = today or dt.date.today()
    clean_data = _normalized(data)
    me = ws.current_coach.id
    with ws.db.session() as s:
        if clean_data.employer_id is not None and s.get(Employer, clean_data.employer_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diesen Arbeitgeber gibt es nicht mehr.")
            )
        if clean_data.id is None:
            _living(s, clean_data.participant_id)
            made = _checked_day(clean_data.created_on or today, today, None)
            lead = Lead(
                participant_id=clean_data.participant_id,
                created_on=made,
                stage=clean_data.stage,
                stage_changed_on=made,
                coach_id=clean_data.coach_id if clean_data.coach_id is not None else me,
            )
            action = "lead.created"
        else:
            lead = _lead(s, clean_data.id)
            action = "lead.changed"
            if clean_data.coach_id is not None:
                lead.coach_id = clean_data.coach_id
        lead.position, lead.employer_id = clean_data.position, clean_data.employer_id
        lead.employer_text, lead.source = clean_data.employer_text, clean_data.source
        lead.source_detail, lead.weekly_hours = clean_data.source_detail, clean_data.weekly_hours
        s.add(lead)
        s.flush()
        if clean_data.id is None:
            reason = _reason(data.dropped_reason) if lead.stage is LeadStage.VERWORFEN else ""
            _record_step(s, lead, lead.stage, lead.created_on, me, reason)
        elif clean_data.stage is not lead.stage:
            _move(s, lead, clean_data.stage, data.dropped_reason, data.stage_changed_on, today, me)
            audit.record(s, me, "lead.stage", "lead", lead.id)
        audit.record(s, me, action, "lead", lead.id)
        return lead.id


def _move(
    s: Session,
    lead: Lead,
    stage: LeadStage,
    reason: str,
    on: dt.date | None,
    today: dt.date,
    coach_id: int,
) -> None:
    clean_reason = _reason(reason) if stage is LeadStage.VERWORFEN else ""
    last = s.scalar(
        select(func.max(LeadStageChange.changed_on)).where(LeadStageChange.lead_id == lead.id)
    )
    day = _checked_day(on or today, today, last or lead.created_on)
    _record_step(s, lead, stage, day, coach_id, clean_reason)
    s.flush()


def move_stage(
    ws: Workspace,
    lead_id: int,
    stage: LeadStage,
    *,
    reason: str = "",
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> bool:
    """Move a lead to ``stage`` on day ``on`` (default today) with a dated history row.

    Dropping (verworfen) needs a reason; moving back is allowed and recorded. The day may
    lie in the past but not before the lead's last step, nor in the future. False when the
    lead already stands at that stage (nothing written).
    """
    today = today or dt.date.today()
    stage = LeadStage(stage)
    if stage is LeadStage.VERWORFEN:
        _reason(reason)  # before touching the database
    me = ws.current_coach.id
    with ws.db.session() as s:
        lead = _lead(s, lead_id)
        if lead.stage is stage:
            return False
        _move(s, lead, stage, reason, on, today, me)
        audit.record(s, me, "lead.stage", "lead", lead.id)
        return True


def neighbour_stage(stage: LeadStage, step: int) -> LeadStage | None:
    """The stage ``step`` places along the pipeline (verworfen: back to Idee / none)."""
    if stage is LeadStage.VERWORFEN:
        return LeadStage.IDEE if step > 0 else None
    index = PIPELINE.index(stage) + step
    if index < 0:
        return None
    if index >= len(PIPELINE):
        return None
    return PIPELINE[index]


def delete_lead(ws: Workspace, lead_id: int) -> None:
    """Delete a lead and its history (a placement made from it keeps its data)."""
    with ws.db.session() as s:
        lead = _lead(s, lead_id)
        s.delete(lead)
        s.flush()
        audit.record(s, ws.current_coach.id, "lead.deleted", "lead", lead_id)


# -- reading -------------------------------------------------------------------------------
def _history(s: Session, lead_ids: list[int]) -> dict[int, list[StageChangeData]]:
    found: dict[int, list[StageChangeData]] = {i: [] for i in lead_ids}
    if not lead_ids:
        return found
    rows = s.execute(
        select(LeadStageChange, Coach.name)
        .outerjoin(Coach, Coach.id == LeadStageChange.coach_id)
        .where(LeadStageChange.lead_id.in_(lead_ids))
        .order_by(LeadStageChange.changed_on, LeadStageChange.id)
    ).all()
    for row, coach in rows:
        found[row.lead_id].append(
            StageChangeData(row.stage, row.changed_on, coach or "", row.reason)
        )
    return found


def _lead_data(
    lead: Lead, employer: str | None, coach: str | None, last: str = "", first: str = ""
) -> LeadData:
    return LeadData(
        id=lead.id,
        participant_id=lead.participant_id,
        position=lead.position,
        employer_id=lead.employer_id,
        employer_text=lead.employer_text,
        source=lead.source if lead.source in SOURCES else "sonstiges",
        source_detail=lead.source_detail,
        coach_id=lead.coach_id,
        weekly_hours=lead.weekly_hours,
        stage=lead.stage,
        dropped_reason=lead.dropped_reason,
        created_on=lead.created_on,
        stage_changed_on=lead.stage_changed_on,
        employer_name=employer_name(lead.employer_text, employer),
        participant_name=person_name(last, first) if last else "",
        coach_name=coach or "",
    )


def leads_of(ws: Workspace, participant_id: int) -> list[LeadData]:
    """A person's leads with their history: open ones first, newest change first."""
    with ws.db.session() as s:
        rows = s.execute(
            select(Lead, Employer.name, Coach.name)
            .outerjoin(Employer, Employer.id == Lead.employer_id)
            .outerjoin(Coach, Coach.id == Lead.coach_id)
            .where(Lead.participant_id == participant_id)
            .order_by(Lead.stage.in_(CLOSED), Lead.stage_changed_on.desc(), Lead.id.desc())
        ).all()
        history = _history(s, [lead.id for lead, _e, _c in rows])
        out = []
        for lead, employer, coach in rows:
            data = _lead_data(lead, employer, coach)
            data.history = history[lead.id]
            out.append(data)
        return out


def load_lead(ws: Workspace, lead_id: int) -> LeadData:
    with ws.db.session() as s:
        row = s.execute(
            select(Lead, Employer.name, Coach.name, Participant.last_name, Participant.first_name)
            .join(Participant, Participant.id == Lead.participant_id)
            .outerjoin(Employer, Employer.id == Lead.employer_id)
            .outerjoin(Coach, Coach.id == Lead.coach_id)
            .where(Lead.id == lead_id)
        ).first()
        if row is None:
            raise ValidationError(_NOT_FOUND)
        lead, employer, coach, last, first = row
        data = _lead_data(lead, employer, coach, last, first)
        data.history = _history(s, [lead.id])[lead.id]
        return data


def current_project_id(ws: Workspace) -> int:
    """The project the board shows when none is chosen: the first one not archived."""
    with ws.db.session() as s:
        pid = s.scalar(
            select(Project.id).where(Project.archived.is_(False)).order_by(Project.id).limit(1)
        )
        return pid or s.scalar(select(Project.id).order_by(Project.id).limit(1)) or 1


def board(
    ws: Workspace,
    project_id: int | None = None,
    *,
    coach_id: int | None = None,
    participant_id: int | None = None,
    today: dt.date | None = None,
) -> BoardData:
    """The leads of a project by stage; closed ones only while recently changed.

    Cards in a column: longest in their stage first (they need attention). Archived and
    erased people are left out.
    """
    today = today or dt.date.today()
    pid = project_id if project_id is not None else current_project_id(ws)
    cutoff = today - dt.timedelta(days=BOARD_CLOSED_DAYS)
    query = (
        select(Lead, Employer.name, Coach.name, Participant.last_name, Participant.first_name)
        .join(Participant, Participant.id == Lead.participant_id)
        .outerjoin(Employer, Employer.id == Lead.employer_id)
        .outerjoin(Coach, Coach.id == Lead.coach_id)
        .where(
            Participant.project_id == pid,
            Participant.erased_at.is_(None),
            Participant.archived.is_(False),
            Lead.stage.not_in(CLOSED) | (Lead.stage_changed_on >= cutoff),
        )
        .order_by(Lead.stage_changed_on, Lead.id)
    )
    if coach_id is not None:
        query = query.where(Lead.coach_id == coach_id)
    if participant_id is not None:
        query = query.where(Lead.participant_id == participant_id)
    columns: dict[LeadStage, list[BoardCard]] = {stage: [] for stage in BOARD_COLUMNS}
    with ws.db.session() as s:
        for lead, employer, coach, last, first in s.execute(query):
            columns[lead.stage].append(
                BoardCard(
                    lead_id=lead.id,
                    participant_id=lead.participant_id,
                    participant_name=person_name(last, first),
                    position=lead.position,
                    employer_name=employer_name(lead.employer_text, employer),
                    stage=lead.stage,
                    days_in_stage=max(0, (today - lead.stage_changed_on).days),
                    coach_id=lead.coach_id,
                    coach_name=coach or "",
                    dropped_reason=lead.dropped_reason,
                )
            )
    return BoardData(pid, columns)


def stage_counts(ws: Workspace, project_id: int) -> dict[LeadStage, int]:
    """How many leads of the project stand at each stage now (all, closed ones too)."""
    with ws.db.session() as s:
        rows = s.execute(
            select(Lead.stage, func.count())
            .join(Participant, Participant.id == Lead.participant_id)
            .where(Participant.project_id == project_id, Participant.erased_at.is_(None))
            .group_by(Lead.stage)
        ).all()
    counts = dict.fromkeys(BOARD_COLUMNS, 0)
    counts.update({LeadStage(stage): n for stage, n in rows})
    return counts


def employer_choices(ws: Workspace) -> list[tuple[int, str]]:
    """The network's employers (id, name) for choosing one, by name."""
    with ws.db.session() as s:
        rows = s.execute(select(Employer.id, Employer.name)).all()
    return sorted(((eid, name) for eid, name in rows), key=lambda r: fold(r[1]))


def participant_choices(ws: Workspace, project_id: int | None = None) -> list[tuple[int, str]]:
    """People of the project a lead can be for (not archived or erased), by name."""
    pid = project_id if project_id is not None else current_project_id(ws)
    with ws.db.session() as s:
        rows = s.execute(
            select(Participant.id, Participant.last_name, Participant.first_name).where(
                Participant.project_id == pid,
                Participant.erased_at.is_(None),
                Participant.archived.is_(False),
            )
        ).all()
    named = [(i, person_name(last, first)) for i, last, first in rows]
    return sorted(named, key=lambda r: fold(r[1]))
