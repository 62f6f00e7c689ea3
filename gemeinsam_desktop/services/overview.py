"""Key figures for the Übersicht page: counts, this week, and the project's figures so far.

The figures (Integrationsquote, Anwesenheit, Hinweise …) come from ``services.figures``
for the project's start up to today, so the dashboard and the reports agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from gemeinsam_desktop.services import figures as figures_module
from gemeinsam_desktop.services.figures import Figures, FollowUps
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Agreement,
    AgreementState,
    Location,
    Participant,
    ParticipantStatus,
    Project,
    Session,
    SessionKind,
)


@dataclass(frozen=True)
class UpcomingSession:
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: SessionKind
    topic: str
    place: str
    cancelled: bool


@dataclass(frozen=True)
class Overview:
    project_name: str
    period: tuple[dt.date | None, dt.date | None]
    by_status: dict[ParticipantStatus, int]
    agreements_due_this_week: int
    agreements_overdue: int
    sessions_this_week: list[UpcomingSession] = field(default_factory=list)
    project_id: int = 0
    figures: Figures | None = None  # project start … today
    follow_ups: FollowUps = FollowUps(0, 0)

    @property
    def active(self) -> int:
        return self.by_status.get(ParticipantStatus.AKTIV, 0)

    @property
    def placed(self) -> int:
        return self.by_status.get(ParticipantStatus.VERMITTELT, 0)

    @property
    def dropped(self) -> int:
        return self.by_status.get(ParticipantStatus.ABGEBROCHEN, 0)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def load_overview(ws: Workspace, today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    monday, sunday = week_bounds(today)
    with ws.db.session() as s:
        project = s.scalars(select(Project).order_by(Project.id).limit(1)).one()
        counts = dict(
            s.execute(
                select(Participant.status, func.count())
                .where(Participant.project_id == project.id, Participant.archived.is_(False))
                .group_by(Participant.status)
            ).all()
        )
        open_agreements = (
            select(func.count())
            .select_from(Agreement)
            .join(Participant)
            .where(Participant.project_id == project.id, Agreement.state == AgreementState.OFFEN)
        )
        due = s.scalar(open_agreements.where(Agreement.due_date.between(monday, sunday))) or 0
        overdue = s.scalar(open_agreements.where(Agreement.due_date < today)) or 0
        rows = s.execute(
            select(Session, Location.name)
            .outerjoin(Location, Session.location_id == Location.id)
            .where(
                Session.project_id == project.id,
                Session.starts_at >= dt.datetime.combine(monday, dt.time.min),
                Session.starts_at <= dt.datetime.combine(sunday, dt.time.max),
                Session.kind != SessionKind.EINZELCOACHING,
            )
            .order_by(Session.starts_at)
        ).all()
        sessions = [
            UpcomingSession(
                ses.starts_at,
                ses.ends_at,
                ses.kind,
                ses.topic,
                ", ".join(p for p in (place or "", ses.room) if p),
                ses.cancelled,
            )
            for ses, place in rows
        ]
        start = project.start_date or s.scalar(
            select(func.min(Participant.entry_date)).where(Participant.project_id == project.id)
        )
        start = min(start or today, today)
        figures = figures_module.compute_in(s, project.id, start, today, today)
        overview = Overview(
            project_name=project.name,
            period=(project.start_date, project.end_date),
            by_status={ParticipantStatus(k): v for k, v in counts.items()},
            agreements_due_this_week=due,
            agreements_overdue=overdue,
            sessions_this_week=sessions,
            project_id=project.id,
            figures=figures,
        )
    return replace(overview, follow_ups=figures_module.follow_ups_due(ws, project.id, today))
