"""The figures of a project for a period: one computation for the Übersicht, the report PDFs,
the XLSX/CSV export and the command line. No Qt here; plain dataclasses out.

Definitions (the report's footnotes repeat them; tests pin them down):

- **Integrationsquote** (after §48a SGB II): *integrated* are participants with at least one
  placement of kind sozialversicherungspflichtig (Voll- or Teilzeit), Ausbildung or
  selbstständig that started by the end of the period. *Finished* are participants who left
  by the end of the period: exit date on or before it, or — without an exit date — status
  vermittelt, abgeschlossen or abgebrochen; an integrated person always counts as finished.
  Quote = integrated / finished. Minijob and Praktikum are not integrations: finished
  people whose best placement is one of them are counted beside the quote (Minijob first
  when someone had both). The quote is cumulative from the project start to the period end.
- **Anwesenheitsquote** = present (anwesend + verspätet) / recorded attendances, counted as
  ``services.attendance`` counts them (past, not cancelled, inside the person's enrolment
  window, state recorded — rows still "erwartet" are neither), for sessions in the period.
- **Termine** held in the period: not cancelled, on a day before today.
- **Kinderbetreuung**: child-sessions = (session, child looked after) pairs of held sessions
  in the period, counting the children of people who were there.
- **Nachhaltigkeit**: of the integrations that started at least 3 (6) months before the period
  end (and before today), how many were checked and how many were still employed.
- Erased people stay in the figures as their anonymous remainder (status, dates, placements).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import network, placements
from gemeinsam_desktop.services.attendance_rules import (  # the one rule of what counts
    PRESENT,
    counts,
    enrolment_window,
)
from gemeinsam_desktop.services.placements import add_months
from gemeinsam_desktop.services.text import fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import KIND_LABELS, STAGE_LABELS
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceChild,
    AttendanceState,
    Lead,
    LeadStage,
    Participant,
    ParticipantStatus,
    Placement,
    PlacementKind,
    Project,
    SessionKind,
)
from gemeinsam_desktop.store.models import Session as SessionRow

INTEGRATION_KINDS = frozenset(
    {
        PlacementKind.SV_VOLLZEIT,
        PlacementKind.SV_TEILZEIT,
        PlacementKind.AUSBILDUNG,
        PlacementKind.SELBSTSTAENDIG,
    }
)
FINISHED_STATUSES = frozenset(
    {ParticipantStatus.VERMITTELT, ParticipantStatus.ABGESCHLOSSEN, ParticipantStatus.ABGEBROCHEN}
)
DEFAULT_TARGET = 0.9  # the predecessor project's result

# German names for reports, exports and the command line (the GUI translates its own).
STATUS_NAMES = {
    ParticipantStatus.INTERESSIERT: "interessiert",
    ParticipantStatus.AKTIV: "aktiv",
    ParticipantStatus.PAUSIERT: "pausiert",
    ParticipantStatus.ABGESCHLOSSEN: "abgeschlossen",
    ParticipantStatus.ABGEBROCHEN: "abgebrochen",
    ParticipantStatus.VERMITTELT: "vermittelt",
}
LEAD_STAGE_NAMES = STAGE_LABELS
# Integrations first, then what is counted beside the quote (the order of the tables).
PLACEMENT_KIND_NAMES = {
    kind: KIND_LABELS[kind]
    for kind in (PlacementKind.SV_VOLLZEIT, PlacementKind.SV_TEILZEIT, PlacementKind.AUSBILDUNG,
                 PlacementKind.SELBSTSTAENDIG, PlacementKind.MINIJOB, PlacementKind.PRAKTIKUM)
}  # fmt: skip


@dataclass(frozen=True)
class Integration:
    finished: int
    integrated: int
    minijob: int  # finished, not integrated, with a Minijob
    praktikum: int  # finished, not integrated, no Minijob, with a Praktikum
    target: float

    @property
    def rate(self) -> float | None:
        return self.integrated / self.finished if self.finished else None

    @property
    def reached(self) -> bool:
        return self.rate is not None and self.rate >= self.target


@dataclass(frozen=True)
class AttendanceFigures:
    counted: int
    present: int  # anwesend + verspätet
    late: int
    excused: int  # entschuldigt
    sick: int  # krank
    unexcused: int

    @property
    def rate(self) -> float | None:
        return self.present / self.counted if self.counted else None


@dataclass(frozen=True)
class Sustained:
    """Integrations old enough for the 3- and 6-month check, and what the checks found."""

    due_3m: int
    checked_3m: int
    employed_3m: int
    due_6m: int
    checked_6m: int
    employed_6m: int

    @property
    def rate_3m(self) -> float | None:
        return self.employed_3m / self.checked_3m if self.checked_3m else None

    @property
    def rate_6m(self) -> float | None:
        return self.employed_6m / self.checked_6m if self.checked_6m else None


@dataclass(frozen=True)
class ExitLine:
    status: ParticipantStatus
    reason: str  # as entered; "" when none was given
    count: int


@dataclass(frozen=True)
class Figures:
    project_id: int
    project_name: str
    start: dt.date
    end: dt.date
    today: dt.date
    by_status: dict[ParticipantStatus, int]  # now, not archived
    in_period: int  # enrolled at some time in the period
    entries: int
    exits: int
    exits_by_reason: list[ExitLine]
    attendance: AttendanceFigures
    sessions_by_kind: dict[SessionKind, int]  # held
    sessions_cancelled: int
    child_sessions: int
    children_cared: int  # different children looked after
    leads_new: int  # created in the period
    leads_by_stage: dict[LeadStage, int]  # leads created by the period end, current stage
    placements_by_kind: dict[PlacementKind, int]  # started in the period
    placements_total_by_kind: dict[PlacementKind, int]  # started by the period end
    integration: Integration
    sustained: Sustained

    @property
    def sessions_held(self) -> int:
        return sum(self.sessions_by_kind.values())

    def status_count(self, status: ParticipantStatus) -> int:
        return self.by_status.get(status, 0)


@dataclass(frozen=True)
class FollowUps:
    """What is due to be followed up by today."""

    employers: int  # employer follow-ups whose date has come
    placements: int  # 3- or 6-month checks of placements not recorded yet

    @property
    def total(self) -> int:
        return self.employers + self.placements


@dataclass
class _Person:
    id: int
    status: ParticipantStatus
    entry: dt.date | None
    exit: dt.date | None
    reason: str
    archived: bool
    placements: list[tuple[PlacementKind, dt.date]] = field(default_factory=list)


# -- public API ---------------------------------------------------------------------------
def project_period(ws: Workspace, project_id: int) -> tuple[dt.date | None, dt.date | None]:
    with ws.db.session() as s:
        project = _project(s, project_id)
        return project.start_date, project.end_date


def compute(
    ws: Workspace,
    project_id: int,
    start: dt.date,
    end: dt.date,
    today: dt.date | None = None,
) -> Figures:
    """The project's figures for ``start`` … ``end`` (both included)."""
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Das Ende ({end}) liegt vor dem Anfang ({start})."),
            start=start.strftime("%d.%m.%Y"),
            end=end.strftime("%d.%m.%Y"),
        )
    today = today or dt.date.today()
    with ws.db.session() as s:
        return compute_in(s, project_id, start, end, today)


def compute_in(
    s: DbSession, project_id: int, start: dt.date, end: dt.date, today: dt.date
) -> Figures:
    """``compute`` inside an open database session."""
    project = _project(s, project_id)
    people = _people(s, project_id)
    target = project.placement_target if project.placement_target else DEFAULT_TARGET
    sessions, cancelled = _sessions(s, project_id, start, end, today)
    child_sessions, children = _childcare(s, project_id, start, end, today)
    leads_new, leads_by_stage = _leads(s, project_id, start, end)
    in_period = [p for p in people.values() if _in_period(p, start, end)]
    exits = [p for p in people.values() if p.exit is not None and start <= p.exit <= end]
    reasons = Counter((p.status, p.reason.strip()) for p in exits)
    started = [pl for p in people.values() for pl in p.placements]
    return Figures(
        project_id=project.id,
        project_name=project.name,
        start=start,
        end=end,
        today=today,
        by_status=dict(Counter(p.status for p in people.values() if not p.archived).most_common()),
        in_period=len(in_period),
        entries=sum(
            1
            for p in people.values()
            if p.entry is not None
            and start <= p.entry <= end
            and p.status is not ParticipantStatus.INTERESSIERT
        ),
        exits=len(exits),
        exits_by_reason=[
            ExitLine(status, reason, n)
            for (status, reason), n in sorted(
                reasons.items(), key=lambda item: (-item[1], item[0][0].value, item[0][1])
            )
        ],
        attendance=_attendance(s, project_id, people, start, end, today)[0],
        sessions_by_kind=sessions,
        sessions_cancelled=cancelled,
        child_sessions=child_sessions,
        children_cared=children,
        leads_new=leads_new,
        leads_by_stage=leads_by_stage,
        placements_by_kind=dict(Counter(k for k, d in started if start <= d <= end)),
        placements_total_by_kind=dict(Counter(k for k, d in started if d <= end)),
        integration=_integration(people.values(), end, target),
        sustained=_sustained(s, project_id, end, today),
    )


def follow_ups_due(ws: Workspace, project_id: int, today: dt.date | None = None) -> FollowUps:
    """Employer follow-ups whose date has come, and the 3/6-month placement checks due
    (the network's and the placements' own lists, counted)."""
    today = today or dt.date.today()
    return FollowUps(
        employers=len(network.due_follow_ups(ws, today)),
        placements=len(placements.due_placement_follow_ups(ws, today, project_id)),
    )


def _integration(people: Iterable[_Person], end: dt.date, target: float) -> Integration:
    """The Integrationsquote as of ``end`` (see the module text)."""
    finished = integrated = minijob = praktikum = 0
    for p in people:
        kinds = {kind for kind, begin in p.placements if begin <= end}
        is_integrated = bool(kinds & INTEGRATION_KINDS)
        left = p.exit <= end if p.exit is not None else p.status in FINISHED_STATUSES
        if not (is_integrated or left):
            continue
        finished += 1
        if is_integrated:
            integrated += 1
        elif PlacementKind.MINIJOB in kinds:
            minijob += 1
        elif PlacementKind.PRAKTIKUM in kinds:
            praktikum += 1
    return Integration(finished, integrated, minijob, praktikum, target)


# -- pieces -------------------------------------------------------------------------------
def _in_period(p: _Person, start: dt.date, end: dt.date) -> bool:
    """Enrolled at some time in the period (entered by its end, not left before its start)."""
    return (
        p.status is not ParticipantStatus.INTERESSIERT
        and p.entry is not None
        and p.entry <= end
        and (p.exit is None or p.exit >= start)
    )


def _project(s: DbSession, project_id: int) -> Project:
    project = s.get(Project, project_id)
    if project is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Ein Projekt mit der Nummer {id} gibt es nicht."),
            id=project_id,
        )
    return project


def _people(s: DbSession, project_id: int) -> dict[int, _Person]:
    people = {
        pid: _Person(pid, status, entry, leave, reason or "", archived)
        for pid, status, entry, leave, reason, archived in s.execute(
            select(
                Participant.id,
                Participant.status,
                Participant.entry_date,
                Participant.exit_date,
                Participant.exit_reason,
                Participant.archived,
            ).where(Participant.project_id == project_id)
        )
    }
    for pid, kind, begin in s.execute(
        select(Placement.participant_id, Placement.kind, Placement.start_date)
        .join(Participant, Participant.id == Placement.participant_id)
        .where(Participant.project_id == project_id)
    ):
        people[pid].placements.append((kind, begin))
    return people


def _held(
    project_id: int, start: dt.date, end: dt.date, today: dt.date
) -> tuple[ColumnElement[bool], ...]:
    """Conditions of a held session in the period (not cancelled, before today)."""
    upto = min(end + dt.timedelta(days=1), today)
    return (
        SessionRow.project_id == project_id,
        SessionRow.cancelled.is_(False),
        SessionRow.starts_at >= dt.datetime.combine(start, dt.time()),
        SessionRow.starts_at < dt.datetime.combine(upto, dt.time()),
    )


def _sessions(
    s: DbSession, project_id: int, start: dt.date, end: dt.date, today: dt.date
) -> tuple[dict[SessionKind, int], int]:
    held = dict(
        s.execute(
            select(SessionRow.kind, func.count())
            .where(*_held(project_id, start, end, today))
            .group_by(SessionRow.kind)
        ).all()
    )
    cancelled = s.scalar(
        select(func.count())
        .select_from(SessionRow)
        .where(
            SessionRow.project_id == project_id,
            SessionRow.cancelled.is_(True),
            SessionRow.starts_at >= dt.datetime.combine(start, dt.time()),
            SessionRow.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
        )
    )
    ordered = {kind: held[kind] for kind in SessionKind if held.get(kind)}
    return ordered, cancelled or 0


def _childcare(
    s: DbSession, project_id: int, start: dt.date, end: dt.date, today: dt.date
) -> tuple[int, int]:
    pairs = s.execute(
        select(func.count(), func.count(func.distinct(AttendanceChild.child_id)))
        .select_from(AttendanceChild)
        .join(Attendance, Attendance.id == AttendanceChild.attendance_id)
        .join(SessionRow, SessionRow.id == Attendance.session_id)
        .where(*_held(project_id, start, end, today), Attendance.state.in_(PRESENT))
    ).one()
    return int(pairs[0]), int(pairs[1])


def _leads(
    s: DbSession, project_id: int, start: dt.date, end: dt.date
) -> tuple[int, dict[LeadStage, int]]:
    rows = s.execute(
        select(Lead.stage, Lead.created_on)
        .join(Participant, Participant.id == Lead.participant_id)
        .where(Participant.project_id == project_id, Lead.created_on <= end)
    ).all()
    stages = Counter(stage for stage, _created in rows)
    new = sum(1 for _stage, created in rows if created >= start)
    return new, {stage: stages[stage] for stage in LeadStage if stages.get(stage)}


def _attendance(
    s: DbSession,
    project_id: int,
    people: dict[int, _Person],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> tuple[AttendanceFigures, dict[int, float]]:
    """The period's attendance figures, and each person's rate in the period."""
    first_job = {
        p.id: min(begin for _kind, begin in p.placements) for p in people.values() if p.placements
    }
    first_session = dict(
        s.execute(
            select(Attendance.participant_id, func.min(SessionRow.starts_at))
            .join(SessionRow, SessionRow.id == Attendance.session_id)
            .where(SessionRow.project_id == project_id)
            .group_by(Attendance.participant_id)
        ).all()
    )
    windows = {}
    for p in people.values():
        lo, hi = enrolment_window(p.entry, p.exit, first_job.get(p.id))
        if lo is None and p.id in first_session:  # as attendance does: from the first session
            lo = first_session[p.id].date()
        windows[p.id] = (lo, hi)
    states: Counter[AttendanceState] = Counter()
    counted: Counter[int] = Counter()
    present: Counter[int] = Counter()
    for pid, state, starts_at, cancelled in s.execute(
        select(
            Attendance.participant_id, Attendance.state, SessionRow.starts_at, SessionRow.cancelled
        )
        .join(SessionRow, SessionRow.id == Attendance.session_id)
        .where(*_held(project_id, start, end, today))
    ):
        lo, hi = windows.get(pid, (None, None))
        if counts(starts_at.date(), cancelled, state, lo, hi, today):
            states[state] += 1
            counted[pid] += 1
            present[pid] += state in PRESENT
    figures = AttendanceFigures(
        counted=sum(states.values()),
        present=sum(states[x] for x in PRESENT),
        late=states[AttendanceState.VERSPAETET],
        excused=states[AttendanceState.ENTSCHULDIGT],
        sick=states[AttendanceState.KRANK],
        unexcused=states[AttendanceState.UNENTSCHULDIGT],
    )
    return figures, {pid: present[pid] / n for pid, n in counted.items()}


def _sustained(s: DbSession, project_id: int, end: dt.date, today: dt.date) -> Sustained:
    limit = min(end, today)
    counts = Counter[str]()
    for begin, after_3m, after_6m in s.execute(
        select(Placement.start_date, Placement.employed_after_3m, Placement.employed_after_6m)
        .join(Participant, Participant.id == Placement.participant_id)
        .where(Participant.project_id == project_id, Placement.kind.in_(INTEGRATION_KINDS))
    ):
        for months, value in ((3, after_3m), (6, after_6m)):
            if add_months(begin, months) <= limit:
                counts[f"due_{months}m"] += 1
                if value is not None:
                    counts[f"checked_{months}m"] += 1
                if value:
                    counts[f"employed_{months}m"] += 1
    return Sustained(**{key: counts[key] for key in Sustained.__dataclass_fields__})


# -- the named appendix (only when the coach chooses it) -----------------------------------
@dataclass(frozen=True)
class NamedLine:
    """One person of the period for the named appendix: no notes, no contact data."""

    last_name: str
    first_name: str
    customer_number: str
    entry: dt.date | None
    exit: dt.date | None
    status: ParticipantStatus
    attendance_rate: float | None  # in the period
    placements: tuple[PlacementKind, ...]  # started by the period end

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name


def named_lines(
    ws: Workspace, project_id: int, start: dt.date, end: dt.date, today: dt.date | None = None
) -> list[NamedLine]:
    """Everyone enrolled at some time in the period (erased people are left out)."""
    today = today or dt.date.today()
    with ws.db.session() as s:
        people = _people(s, project_id)
        _figures, rates = _attendance(s, project_id, people, start, end, today)
        lines = []
        for p in s.scalars(
            select(Participant).where(
                Participant.project_id == project_id, Participant.erased_at.is_(None)
            )
        ):
            person = people[p.id]
            if not _in_period(person, start, end):
                continue
            lines.append(
                NamedLine(
                    p.last_name,
                    p.first_name,
                    p.customer_number,
                    p.entry_date,
                    p.exit_date,
                    p.status,
                    rates.get(p.id),
                    tuple(kind for kind, begin in sorted(person.placements) if begin <= end),
                )
            )
    lines.sort(key=lambda x: (fold(x.last_name), fold(x.first_name)))
    return lines
