"""Placements (Vermittlungen) and their follow-up after three and six months.

A placement names the employer (from the network or free text), the start, the kind of
work and the weekly hours. Recording one can set the person's status to "vermittelt"
with the exit date the day before the start and the reason "Arbeitsaufnahme" (the UI asks
first). The Nachbetreuung asks 3 and 6 calendar months after the start whether the person
is still employed; the answer and the day it was recorded (revision 0006) are kept, and
:func:`due_placement_follow_ups` lists the checks that are due and not yet recorded.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.leads import employer_name, person_name
from gemeinsam_desktop.services.text import bounded
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Employer,
    Lead,
    Participant,
    ParticipantStatus,
    Placement,
    PlacementKind,
)

FOLLOW_UP_MONTHS = (3, 6)
EXIT_REASON = "Arbeitsaufnahme"
FULL_TIME_HOURS = 35  # a lead with this many hours suggests "Vollzeit" when placed
EMPLOYER_TEXT_LIMIT = 200
POSITION_LIMIT = 200

_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Diese Vermittlung gibt es nicht mehr.")


@dataclass
class PlacementData:
    participant_id: int
    start_date: dt.date | None = None
    kind: PlacementKind = PlacementKind.SV_TEILZEIT
    employer_id: int | None = None
    employer_text: str = ""
    position: str = ""
    hours_per_week: float | None = None
    employed_after_3m: bool | None = None
    employed_after_6m: bool | None = None
    followup_3m_checked_on: dt.date | None = None
    followup_6m_checked_on: dt.date | None = None
    lead_id: int | None = None
    id: int | None = None
    employer_name: str = ""  # filled in when read

    def follow_up_on(self, months: int) -> dt.date | None:
        return add_months(self.start_date, months) if self.start_date else None

    def answer(self, months: int) -> bool | None:
        return self.employed_after_3m if months == 3 else self.employed_after_6m

    def checked_on(self, months: int) -> dt.date | None:
        return self.followup_3m_checked_on if months == 3 else self.followup_6m_checked_on


@dataclass(frozen=True)
class FollowUpDue:
    placement_id: int
    participant_id: int
    participant_name: str
    employer_name: str
    kind: PlacementKind
    start_date: dt.date
    months: int  # 3 or 6
    due_on: dt.date


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later (31 Jan + 1 month = 28/29 Feb)."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _placement(s: Session, placement_id: int) -> Placement:
    row = s.get(Placement, placement_id)
    if row is None:
        raise ValidationError(_NOT_FOUND)
    return row


def _data(p: Placement, employer: str | None) -> PlacementData:
    return PlacementData(
        id=p.id,
        participant_id=p.participant_id,
        start_date=p.start_date,
        kind=p.kind,
        employer_id=p.employer_id,
        employer_text=p.employer_text,
        position=p.position,
        hours_per_week=p.hours_per_week,
        employed_after_3m=p.employed_after_3m,
        employed_after_6m=p.employed_after_6m,
        followup_3m_checked_on=p.followup_3m_checked_on,
        followup_6m_checked_on=p.followup_6m_checked_on,
        lead_id=p.lead_id,
        employer_name=employer_name(p.employer_text, employer),
    )


def placements_of(ws: Workspace, participant_id: int) -> list[PlacementData]:
    """A person's placements, the newest start first."""
    with ws.db.session() as s:
        rows = s.execute(
            select(Placement, Employer.name)
            .outerjoin(Employer, Employer.id == Placement.employer_id)
            .where(Placement.participant_id == participant_id)
            .order_by(Placement.start_date.desc(), Placement.id.desc())
        ).all()
        return [_data(p, employer) for p, employer in rows]


def draft_from_lead(ws: Workspace, lead_id: int, today: dt.date | None = None) -> PlacementData:
    """A new placement filled in from a lead that reached "eingestellt" (not saved)."""
    with ws.db.session() as s:
        lead = s.get(Lead, lead_id)
        if lead is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Diesen Hinweis gibt es nicht mehr."))
        hours = lead.weekly_hours
        full = hours is not None and hours >= FULL_TIME_HOURS
        return PlacementData(
            participant_id=lead.participant_id,
            start_date=today or dt.date.today(),
            kind=PlacementKind.SV_VOLLZEIT if full else PlacementKind.SV_TEILZEIT,
            employer_id=lead.employer_id,
            employer_text=lead.employer_text,
            position=lead.position,
            hours_per_week=hours,
            lead_id=lead.id,
        )


def _check(data: PlacementData) -> tuple[str, str]:
    text = bounded(
        data.employer_text, EMPLOYER_TEXT_LIMIT, QT_TRANSLATE_NOOP("fields", "Arbeitgeber")
    )
    position = bounded(data.position, POSITION_LIMIT, QT_TRANSLATE_NOOP("fields", "Stelle"))
    if data.employer_id is None and not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Bitte wählen Sie den Arbeitgeber aus dem Netzwerk oder tragen Sie seinen Namen ein.",
            )
        )
    if data.start_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte geben Sie an, wann die Arbeit beginnt.")
        )
    if data.hours_per_week is not None and not 0 < data.hours_per_week <= 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Wochenstunden müssen zwischen 1 und 60 liegen.")
        )
    PlacementKind(data.kind)
    return text, position


def save_placement(
    ws: Workspace, data: PlacementData, *, mark_placed: bool = False, today: dt.date | None = None
) -> int:
    """Create or change a placement; ``mark_placed`` sets the person to "vermittelt".

    Marking keeps an exit date and reason already entered; otherwise the exit date becomes
    the day before the start (not before the entry) and the reason "Arbeitsaufnahme".
    """
    today = today or dt.date.today()
    text, position = _check(data)
    assert data.start_date is not None
    me = ws.current_coach.id
    with ws.db.session() as s:
        if data.employer_id is not None and s.get(Employer, data.employer_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diesen Arbeitgeber gibt es nicht mehr.")
            )
        person = s.get(Participant, data.participant_id)
        if person is None or person.erased_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
            )
        if data.id is None:
            row = Placement(participant_id=data.participant_id)
            action = "placement.created"
        else:
            row = _placement(s, data.id)
            action = "placement.changed"
        row.employer_id = data.employer_id
        row.employer_text = "" if data.employer_id is not None else text
        row.position, row.start_date, row.kind = position, data.start_date, PlacementKind(data.kind)
        row.hours_per_week = data.hours_per_week
        if data.lead_id is not None and s.get(Lead, data.lead_id) is not None:
            row.lead_id = data.lead_id
        for months in FOLLOW_UP_MONTHS:
            _set_answer(row, months, data.answer(months), today)
        s.add(row)
        s.flush()
        audit.record(s, me, action, "placement", row.id)
        if mark_placed and person.status is not ParticipantStatus.VERMITTELT:
            person.status = ParticipantStatus.VERMITTELT
            if person.exit_date is None:
                exit_day = data.start_date - dt.timedelta(days=1)
                if person.entry_date is not None:
                    exit_day = max(exit_day, person.entry_date)
                person.exit_date = exit_day
            if not person.exit_reason:
                person.exit_reason = EXIT_REASON
            audit.record(s, me, "participant.changed", "participant", person.id)
        return row.id


def _set_answer(row: Placement, months: int, answer: bool | None, today: dt.date) -> bool:
    """Set the 3/6-month answer; a changed answer is dated today. True when it changed."""
    current = row.employed_after_3m if months == 3 else row.employed_after_6m
    if answer == current:
        return False
    due_on = add_months(row.start_date, months)
    if answer is not None and due_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Die Nachfrage nach {months} Monaten ist erst ab dem {date} möglich."
            ),
            months=months,
            date=due_on.strftime("%d.%m.%Y"),
        )
    checked = today if answer is not None else None
    if months == 3:
        row.employed_after_3m, row.followup_3m_checked_on = answer, checked
    else:
        row.employed_after_6m, row.followup_6m_checked_on = answer, checked
    return True


def record_follow_up(
    ws: Workspace,
    placement_id: int,
    months: int,
    employed: bool | None,
    today: dt.date | None = None,
) -> None:
    """Record whether the person is still employed ``months`` (3 or 6) after the start.

    ``None`` takes the answer back (the check is due again). Today is the day recorded;
    an answer before the check is due is refused.
    """
    if months not in FOLLOW_UP_MONTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Nachbetreuung gibt es nach 3 und 6 Monaten.")
        )
    today = today or dt.date.today()
    with ws.db.session() as s:
        row = _placement(s, placement_id)
        if _set_answer(row, months, employed, today):
            s.flush()
            audit.record(s, ws.current_coach.id, "placement.follow_up", "placement", row.id)


def delete_placement(ws: Workspace, placement_id: int) -> None:
    """Delete a placement recorded by mistake (the person's status stays as it is)."""
    with ws.db.session() as s:
        s.delete(_placement(s, placement_id))
        s.flush()
        audit.record(s, ws.current_coach.id, "placement.deleted", "placement", placement_id)


def due_placement_follow_ups(
    ws: Workspace, today: dt.date | None = None, project_id: int | None = None
) -> list[FollowUpDue]:
    """3- and 6-month checks due by ``today`` and not yet recorded, the oldest first.

    A check counts as recorded when its answer is set (stores from before revision 0006
    may have an answer without the day). Erased people are left out.
    """
    today = today or dt.date.today()
    # A loose first cut in SQL (three months are at least 89 days); exact dates below.
    earliest_start = today - dt.timedelta(days=85)
    query = (
        select(Placement, Employer.name, Participant.last_name, Participant.first_name)
        .join(Participant, Participant.id == Placement.participant_id)
        .outerjoin(Employer, Employer.id == Placement.employer_id)
        .where(
            Participant.erased_at.is_(None),
            Placement.start_date <= earliest_start,
            Placement.employed_after_3m.is_(None) | Placement.employed_after_6m.is_(None),
        )
    )
    if project_id is not None:
        query = query.where(Participant.project_id == project_id)
    due: list[FollowUpDue] = []
    with ws.db.session() as s:
        for p, employer, last, first in s.execute(query):
            for months in FOLLOW_UP_MONTHS:
                answer = p.employed_after_3m if months == 3 else p.employed_after_6m
                day = add_months(p.start_date, months)
                if answer is None and day <= today:
                    due.append(
                        FollowUpDue(
                            placement_id=p.id,
                            participant_id=p.participant_id,
                            participant_name=person_name(last, first),
                            employer_name=employer_name(p.employer_text, employer),
                            kind=p.kind,
                            start_date=p.start_date,
                            months=months,
                            due_on=day,
                        )
                    )
    due.sort(key=lambda d: (d.due_on, d.participant_name, d.months))
    return due


def participant_status(ws: Workspace, participant_id: int) -> ParticipantStatus:
    """The person's status now (the placement dialog offers "vermittelt" unless it is)."""
    with ws.db.session() as s:
        person = s.get(Participant, participant_id)
        if person is None or person.erased_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
            )
        return person.status
