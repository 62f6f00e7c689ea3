"""The session calendar: locations, single sessions, weekly series, conflicts, iCalendar.

API first (issue #4): the signatures and dataclasses below are the contract the calendar
UI is built against. Series skip public holidays in Hessen (``holidays`` package) and can
be edited as a whole, from a date on, or one date alone (that date becomes ``detached``).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

import holidays
from icalendar import Calendar, Event
from sqlalchemy import ColumnElement, Subquery, case, delete, func, insert, select, update
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.text import bounded, clean, fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceChild,
    AttendanceState,
    Coach,
    CoachingNote,
    Employer,
    Location,
    Participant,
    ParticipantStatus,
    Project,
    SessionCoach,
    SessionKind,
    SessionSeries,
)
from gemeinsam_desktop.store.models import Session as SessionRow

GROUP_KINDS = frozenset(
    {
        SessionKind.WORKSHOP,
        SessionKind.GRUPPENGESPRAECH,
        SessionKind.BETRIEBSBESICHTIGUNG,
        SessionKind.AUFTAKT,
        SessionKind.INFOVERANSTALTUNG,
    }
)


@dataclass(frozen=True)
class LocationInfo:
    id: int
    name: str
    address: str
    rooms: tuple[str, ...]


@dataclass
class SessionData:
    """One session as the session dialog edits it."""

    project_id: int
    kind: SessionKind
    starts_at: dt.datetime
    ends_at: dt.datetime
    topic: str = ""
    location_id: int | None = None
    room: str = ""
    coach_ids: list[int] = field(default_factory=list)  # the first is the responsible coach
    employer_id: int | None = None
    capacity: int | None = None
    childcare_offered: bool = True
    childcare_capacity: int | None = None
    cancelled: bool = False
    cancel_reason: str = ""
    series_id: int | None = None
    id: int | None = None


@dataclass
class SeriesData:
    """A weekly rule: "jeden Dienstag 9:00–12:00 im Rathaus bis 15.12."."""

    project_id: int
    kind: SessionKind
    weekday: int  # 0 = Monday
    start_time: dt.time
    end_time: dt.time
    first_date: dt.date
    last_date: dt.date
    topic: str = ""
    location_id: int | None = None
    room: str = ""
    coach_id: int | None = None
    capacity: int | None = None
    childcare_offered: bool = True
    childcare_capacity: int | None = None
    skip_holidays: bool = True
    id: int | None = None


@dataclass(frozen=True)
class SessionInfo:
    """A session as the views show it."""

    id: int
    project_id: int
    series_id: int | None
    kind: SessionKind
    topic: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location_id: int | None
    location_name: str
    room: str
    coach_names: tuple[str, ...]
    employer_name: str
    capacity: int | None
    childcare_offered: bool
    childcare_capacity: int | None
    cancelled: bool
    cancel_reason: str
    expected: int  # enrolled participants
    present: int  # anwesend or verspätet
    holiday: str | None  # name of the public holiday in Hessen on that day, if any

    @property
    def place(self) -> str:
        return ", ".join(p for p in (self.location_name, self.room) if p)


class EditScope(enum.Enum):
    ONE = "one"  # only this date (it becomes detached from the series)
    FOLLOWING = "following"  # this date and all later ones of the series
    ALL = "all"  # every date of the series (detached dates stay as they are)


@dataclass(frozen=True)
class Conflict:
    kind: str  # "room" or "coach"
    other: SessionInfo
    detail: str  # the room or the coach's name


# -- labels and limits ----------------------------------------------------------------------
# German names of the kinds, for the command line and calendar files (the UI has its own,
# translated labels in ui/labels.py).
KIND_NAMES: dict[SessionKind, str] = {
    SessionKind.WORKSHOP: "Workshop",
    SessionKind.GRUPPENGESPRAECH: "Gruppengespräch",
    SessionKind.EINZELCOACHING: "Einzelcoaching",
    SessionKind.BETRIEBSBESICHTIGUNG: "Betriebsbesichtigung",
    SessionKind.AUFTAKT: "Auftaktveranstaltung",
    SessionKind.INFOVERANSTALTUNG: "Infoveranstaltung",
    SessionKind.SONSTIGES: "Sonstiges",
}
PRESENT_STATES = (AttendanceState.ANWESEND, AttendanceState.VERSPAETET)
MAX_SERIES_DATES = 160  # three years of weeks: a typo in the year, not a plan
BERLIN = ZoneInfo("Europe/Berlin")
_RULE_FIELDS = (
    "weekday",
    "start_time",
    "end_time",
    "first_date",
    "last_date",
    "skip_holidays",
)
_SERIES_FIELDS = (
    "kind",
    "topic",
    "location_id",
    "room",
    "coach_id",
    "capacity",
    "childcare_offered",
    "childcare_capacity",
)


# -- holidays -------------------------------------------------------------------------------
@functools.lru_cache(maxsize=16)
def _holidays_of(year: int) -> dict[dt.date, str]:
    return dict(holidays.Germany(subdiv="HE", years=year, language="de").items())


def holiday_name(day: dt.date) -> str | None:
    """The public holiday in Hessen on ``day`` (German name), or None."""
    return _holidays_of(day.year).get(day)


# -- locations ------------------------------------------------------------------------------
def _rooms_of(text: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in text.splitlines() if r.strip())


def list_locations(ws: Workspace, *, include_archived: bool = False) -> list[LocationInfo]:
    query = select(Location).order_by(Location.name, Location.id)
    if not include_archived:
        query = query.where(Location.archived.is_(False))
    with ws.db.session() as s:
        return [
            LocationInfo(loc.id, loc.name, loc.address, _rooms_of(loc.rooms))
            for loc in s.scalars(query)
        ]


def save_location(
    ws: Workspace,
    name: str,
    address: str = "",
    rooms: tuple[str, ...] = (),
    location_id: int | None = None,
    *,
    archived: bool | None = None,
) -> int:
    """Create or update a location; ``archived`` (optional) hides it from new sessions."""
    name = bounded(name, 200, QT_TRANSLATE_NOOP("fields", "Name des Orts"))
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte geben Sie einen Namen für den Ort an.")
        )
    address = bounded(address, 300, QT_TRANSLATE_NOOP("fields", "Adresse"))
    cleaned: list[str] = []
    for room in rooms:
        room = bounded(room, 120, QT_TRANSLATE_NOOP("fields", "Raum"))
        if room and room not in cleaned:
            cleaned.append(room)
    joined = bounded("\n".join(cleaned), 500, QT_TRANSLATE_NOOP("fields", "Räume"), multiline=True)
    with ws.db.session() as s:
        if location_id is None:
            loc = Location(name=name, address=address, rooms=joined, archived=bool(archived))
            s.add(loc)
            s.flush()
            audit.record(s, ws.current_coach.id, "location.created", "location", loc.id)
        else:
            found = s.get(Location, location_id)
            if found is None:
                raise _missing(QT_TRANSLATE_NOOP("fields", "Ort"), location_id)
            loc = found
            loc.name, loc.address, loc.rooms = name, address, joined
            if archived is not None:
                loc.archived = archived
            audit.record(s, ws.current_coach.id, "location.updated", "location", loc.id)
        return loc.id


def _missing(what: str, ident: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "{what} Nr. {id} gibt es nicht (mehr). Bitte laden Sie die Ansicht neu."
        ),
        arg_contexts={"what": "fields"},
        what=what,
        id=ident,
    )


# -- reading sessions -----------------------------------------------------------------------
def _counts_subquery() -> Subquery:
    present = func.sum(case((Attendance.state.in_(PRESENT_STATES), 1), else_=0))
    return (
        select(
            Attendance.session_id.label("sid"),
            func.count(Attendance.id).label("expected"),
            present.label("present"),
        )
        .group_by(Attendance.session_id)
        .subquery()
    )


def _infos(s: DbSession, *conditions: ColumnElement[bool]) -> list[SessionInfo]:
    """SessionInfo rows for the sessions matching ``conditions``: three queries in all."""
    counts = _counts_subquery()
    lead = aliased(Coach)
    query = (
        select(
            SessionRow,
            Location.name,
            lead.name,
            Employer.name,
            func.coalesce(counts.c.expected, 0),
            func.coalesce(counts.c.present, 0),
        )
        .outerjoin(Location, Location.id == SessionRow.location_id)
        .outerjoin(lead, lead.id == SessionRow.coach_id)
        .outerjoin(Employer, Employer.id == SessionRow.employer_id)
        .outerjoin(counts, counts.c.sid == SessionRow.id)
        .where(*conditions)
        .order_by(SessionRow.starts_at, SessionRow.id)
    )
    rows = s.execute(query).all()
    if not rows:
        return []
    extra: dict[int, list[str]] = {}
    ids = [row[0].id for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for sid, name in s.execute(
            select(SessionCoach.session_id, Coach.name)
            .join(Coach, Coach.id == SessionCoach.coach_id)
            .where(SessionCoach.session_id.in_(chunk))
            .order_by(SessionCoach.session_id, Coach.name)
        ):
            extra.setdefault(sid, []).append(name)
    result = []
    for row, location_name, lead_name, employer_name, expected, present in rows:
        names = ([lead_name] if lead_name else []) + [
            n for n in extra.get(row.id, []) if n != lead_name
        ]
        result.append(
            SessionInfo(
                id=row.id,
                project_id=row.project_id,
                series_id=row.series_id,
                kind=row.kind,
                topic=row.topic,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                location_id=row.location_id,
                location_name=location_name or "",
                room=row.room,
                coach_names=tuple(names),
                employer_name=employer_name or "",
                capacity=row.capacity,
                childcare_offered=row.childcare_offered,
                childcare_capacity=row.childcare_capacity,
                cancelled=row.cancelled,
                cancel_reason=row.cancel_reason,
                expected=int(expected or 0),
                present=int(present or 0),
                holiday=holiday_name(row.starts_at.date()),
            )
        )
    return result


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def sessions_between(
    ws: Workspace,
    project_id: int,
    start: dt.date,
    end: dt.date,
    *,
    include_cancelled: bool = True,
) -> list[SessionInfo]:
    """Sessions whose start lies in [start, end] (both days included), by start time."""
    conditions = [
        SessionRow.project_id == project_id,
        SessionRow.starts_at >= _day_start(start),
        SessionRow.starts_at < _day_start(end + dt.timedelta(days=1)),
    ]
    if not include_cancelled:
        conditions.append(SessionRow.cancelled.is_(False))
    with ws.db.session() as s:
        return _infos(s, *conditions)


def _coach_ids(s: DbSession, row: SessionRow) -> list[int]:
    extra = s.scalars(
        select(SessionCoach.coach_id)
        .where(SessionCoach.session_id == row.id)
        .order_by(SessionCoach.coach_id)
    ).all()
    lead = [row.coach_id] if row.coach_id is not None else []
    return lead + [c for c in extra if c != row.coach_id]


def load_session(ws: Workspace, session_id: int) -> SessionData:
    with ws.db.session() as s:
        row = s.get(SessionRow, session_id)
        if row is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Termin"), session_id)
        return SessionData(
            project_id=row.project_id,
            kind=row.kind,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            topic=row.topic,
            location_id=row.location_id,
            room=row.room,
            coach_ids=_coach_ids(s, row),
            employer_id=row.employer_id,
            capacity=row.capacity,
            childcare_offered=row.childcare_offered,
            childcare_capacity=row.childcare_capacity,
            cancelled=row.cancelled,
            cancel_reason=row.cancel_reason,
            series_id=row.series_id,
            id=row.id,
        )


def session_info(ws: Workspace, session_id: int) -> SessionInfo:
    with ws.db.session() as s:
        found = _infos(s, SessionRow.id == session_id)
    if not found:
        raise _missing(QT_TRANSLATE_NOOP("fields", "Termin"), session_id)
    return found[0]


# -- writing sessions -----------------------------------------------------------------------
def _check_count(value: int | None, label: str) -> int | None:
    if value is not None and value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "„{field}“ darf nicht negativ sein."),
            arg_contexts={"field": "fields"},
            field=label,
        )
    return value


def _check_times(starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Das Ende ({end}) muss nach dem Beginn ({start}) liegen."),
            start=starts_at.strftime("%H:%M"),
            end=ends_at.strftime("%H:%M"),
        )
    if ends_at.date() != starts_at.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Ein Termin muss am selben Tag enden, an dem er beginnt ({day}). Für mehrere "
                "Tage legen Sie bitte je Tag einen Termin an.",
            ),
            day=starts_at.strftime("%d.%m.%Y"),
        )


def _check_refs(
    s: DbSession, project_id: int, location_id: int | None, coach_ids: list[int]
) -> None:
    if s.get(Project, project_id) is None:
        raise _missing(QT_TRANSLATE_NOOP("fields", "Projekt"), project_id)
    if location_id is not None and s.get(Location, location_id) is None:
        raise _missing(QT_TRANSLATE_NOOP("fields", "Ort"), location_id)
    for coach_id in coach_ids:
        if s.get(Coach, coach_id) is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Coach-Konto"), coach_id)


def _clean_session(data: SessionData) -> SessionData:
    _check_times(data.starts_at, data.ends_at)
    coach_ids: list[int] = []
    for c in data.coach_ids:
        if c not in coach_ids:
            coach_ids.append(c)
    return replace(
        data,
        kind=SessionKind(data.kind),
        topic=bounded(data.topic, 200, QT_TRANSLATE_NOOP("fields", "Thema")),
        room=bounded(data.room, 120, QT_TRANSLATE_NOOP("fields", "Raum")),
        cancel_reason=bounded(
            data.cancel_reason, 300, QT_TRANSLATE_NOOP("fields", "Grund der Absage")
        )
        if data.cancelled
        else "",
        capacity=_check_count(data.capacity, QT_TRANSLATE_NOOP("fields", "Plätze")),
        childcare_capacity=_check_count(
            data.childcare_capacity, QT_TRANSLATE_NOOP("fields", "Plätze Kinderbetreuung")
        ),
        coach_ids=coach_ids,
        starts_at=data.starts_at.replace(tzinfo=None, microsecond=0),
        ends_at=data.ends_at.replace(tzinfo=None, microsecond=0),
    )


def _set_coaches(s: DbSession, row: SessionRow, coach_ids: list[int]) -> None:
    row.coach_id = coach_ids[0] if coach_ids else None
    s.execute(delete(SessionCoach).where(SessionCoach.session_id == row.id))
    for coach_id in coach_ids[1:]:
        s.add(SessionCoach(session_id=row.id, coach_id=coach_id))


def save_session(ws: Workspace, data: SessionData) -> int:
    """Create or update one session; a changed series date becomes ``detached``."""
    data = _clean_session(data)
    values = {
        "project_id": data.project_id,
        "kind": data.kind,
        "topic": data.topic,
        "starts_at": data.starts_at,
        "ends_at": data.ends_at,
        "location_id": data.location_id,
        "room": data.room,
        "employer_id": data.employer_id,
        "capacity": data.capacity,
        "childcare_offered": data.childcare_offered,
        "childcare_capacity": data.childcare_capacity,
        "cancelled": data.cancelled,
        "cancel_reason": data.cancel_reason,
        "series_id": data.series_id,
    }
    with ws.db.session() as s:
        _check_refs(s, data.project_id, data.location_id, data.coach_ids)
        if data.id is None:
            row = SessionRow(**values, detached=data.series_id is not None)
            s.add(row)
            s.flush()
            _set_coaches(s, row, data.coach_ids)
            audit.record(s, ws.current_coach.id, "session.created", "session", row.id)
            return row.id
        found = s.get(SessionRow, data.id)
        if found is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Termin"), data.id)
        row = found
        changed = any(getattr(row, k) != v for k, v in values.items())
        changed = changed or _coach_ids(s, row) != data.coach_ids
        if changed and row.series_id is not None:
            row.detached = True
        for key, value in values.items():
            setattr(row, key, value)
        _set_coaches(s, row, data.coach_ids)
        audit.record(s, ws.current_coach.id, "session.updated", "session", row.id)
        return row.id


def _recorded(s: DbSession, session_ids: list[int]) -> set[int]:
    """The sessions among ``session_ids`` with attendance recorded (any state but erwartet)."""
    found: set[int] = set()
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start : start + 500]
        found.update(
            s.scalars(
                select(Attendance.session_id)
                .where(
                    Attendance.session_id.in_(chunk),
                    Attendance.state != AttendanceState.ERWARTET,
                )
                .distinct()
            )
        )
    return found


def delete_session(ws: Workspace, session_id: int) -> None:
    """Delete a session and its enrolments; one with recorded attendance is refused (cancel
    it instead, so that the attendance stays on record)."""
    with ws.db.session() as s:
        row = s.get(SessionRow, session_id)
        if row is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Termin"), session_id)
        if _recorded(s, [session_id]):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Für den Termin am {day} ist schon Anwesenheit erfasst. Er kann nicht "
                    "gelöscht werden; bitte sagen Sie ihn stattdessen ab.",
                ),
                day=row.starts_at.strftime("%d.%m.%Y"),
            )
        _delete_rows(s, [session_id])
        audit.record(s, ws.current_coach.id, "session.deleted", "session", session_id)


def _delete_rows(s: DbSession, session_ids: list[int]) -> None:
    if not session_ids:
        return
    s.execute(
        update(CoachingNote).where(CoachingNote.session_id.in_(session_ids)).values(session_id=None)
    )
    attendance_ids = select(Attendance.id).where(Attendance.session_id.in_(session_ids))
    s.execute(delete(AttendanceChild).where(AttendanceChild.attendance_id.in_(attendance_ids)))
    s.execute(delete(Attendance).where(Attendance.session_id.in_(session_ids)))
    s.execute(delete(SessionCoach).where(SessionCoach.session_id.in_(session_ids)))
    s.execute(delete(SessionRow).where(SessionRow.id.in_(session_ids)))


# -- series ---------------------------------------------------------------------------------
def series_dates(data: SeriesData) -> tuple[list[dt.date], list[tuple[dt.date, str]]]:
    """The dates of the rule, and the skipped holidays as (date, name)."""
    dates: list[dt.date] = []
    skipped: list[tuple[dt.date, str]] = []
    if not 0 <= data.weekday <= 6 or data.last_date < data.first_date:
        return dates, skipped
    day = data.first_date + dt.timedelta(days=(data.weekday - data.first_date.weekday()) % 7)
    while day <= data.last_date:
        name = holiday_name(day) if data.skip_holidays else None
        if name:
            skipped.append((day, name))
        else:
            dates.append(day)
        day += dt.timedelta(weeks=1)
    return dates, skipped


def _series_data(row: SessionSeries) -> SeriesData:
    return SeriesData(
        project_id=row.project_id,
        kind=row.kind,
        weekday=row.weekday,
        start_time=row.start_time,
        end_time=row.end_time,
        first_date=row.first_date,
        last_date=row.last_date,
        topic=row.topic,
        location_id=row.location_id,
        room=row.room,
        coach_id=row.coach_id,
        capacity=row.capacity,
        childcare_offered=row.childcare_offered,
        childcare_capacity=row.childcare_capacity,
        skip_holidays=row.skip_holidays,
        id=row.id,
    )


def load_series(ws: Workspace, series_id: int) -> SeriesData:
    with ws.db.session() as s:
        row = s.get(SessionSeries, series_id)
        if row is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Terminserie"), series_id)
        return _series_data(row)


def _clean_series(data: SeriesData) -> SeriesData:
    if not 0 <= data.weekday <= 6:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte wählen Sie einen Wochentag für die Serie.")
        )
    start_time = data.start_time.replace(second=0, microsecond=0, tzinfo=None)
    end_time = data.end_time.replace(second=0, microsecond=0, tzinfo=None)
    if end_time <= start_time:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Das Ende ({end}) muss nach dem Beginn ({start}) liegen."),
            start=start_time.strftime("%H:%M"),
            end=end_time.strftime("%H:%M"),
        )
    if data.last_date < data.first_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Der letzte Termin ({last}) liegt vor dem ersten ({first})."
            ),
            first=data.first_date.strftime("%d.%m.%Y"),
            last=data.last_date.strftime("%d.%m.%Y"),
        )
    if (data.last_date - data.first_date).days // 7 + 1 > MAX_SERIES_DATES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Eine Serie bis {last} wären mehr als {limit} Termine. Bitte prüfen Sie das "
                "Enddatum.",
            ),
            last=data.last_date.strftime("%d.%m.%Y"),
            limit=MAX_SERIES_DATES,
        )
    return replace(
        data,
        kind=SessionKind(data.kind),
        start_time=start_time,
        end_time=end_time,
        topic=bounded(data.topic, 200, QT_TRANSLATE_NOOP("fields", "Thema")),
        room=bounded(data.room, 120, QT_TRANSLATE_NOOP("fields", "Raum")),
        capacity=_check_count(data.capacity, QT_TRANSLATE_NOOP("fields", "Plätze")),
        childcare_capacity=_check_count(
            data.childcare_capacity, QT_TRANSLATE_NOOP("fields", "Plätze Kinderbetreuung")
        ),
    )


def _new_date(s: DbSession, series: SessionSeries, day: dt.date) -> SessionRow:
    row = SessionRow(
        project_id=series.project_id,
        series_id=series.id,
        kind=series.kind,
        topic=series.topic,
        starts_at=dt.datetime.combine(day, series.start_time),
        ends_at=dt.datetime.combine(day, series.end_time),
        location_id=series.location_id,
        room=series.room,
        coach_id=series.coach_id,
        capacity=series.capacity,
        childcare_offered=series.childcare_offered,
        childcare_capacity=series.childcare_capacity,
        cancelled=False,
        cancel_reason="",
        detached=False,
    )
    s.add(row)
    return row


def _enrol_active(s: DbSession, project_id: int, rows: list[SessionRow]) -> int:
    """Enrol every active participant whose entry/exit window holds the session's day."""
    rows = [r for r in rows if r.kind in GROUP_KINDS and not r.cancelled]
    if not rows:
        return 0
    people = s.execute(
        select(Participant.id, Participant.entry_date, Participant.exit_date).where(
            Participant.project_id == project_id,
            Participant.status == ParticipantStatus.AKTIV,
            Participant.archived.is_(False),
            Participant.erased_at.is_(None),
        )
    ).all()
    taken = set(
        s.execute(
            select(Attendance.session_id, Attendance.participant_id).where(
                Attendance.session_id.in_([r.id for r in rows])
            )
        ).all()
    )
    new: list[dict[str, object]] = []
    for row in rows:
        day = row.starts_at.date()
        for pid, entry, exit_ in people:
            inside = (entry is None or entry <= day) and (exit_ is None or day <= exit_)
            if inside and (row.id, pid) not in taken:
                new.append(
                    {"session_id": row.id, "participant_id": pid, "state": AttendanceState.ERWARTET}
                )
    if new:
        s.execute(insert(Attendance), new)
    return len(new)


def create_series(ws: Workspace, data: SeriesData, *, enrol_active: bool = True) -> int:
    """The series and one session per date; with ``enrol_active`` every active participant
    of the project is enrolled (group sessions)."""
    data = _clean_series(data)
    dates, _skipped = series_dates(data)
    if not dates:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Zwischen {first} und {last} fällt kein Termin auf diesen Wochentag (Feiertage "
                "ausgenommen). Es wurde keine Serie angelegt.",
            ),
            first=data.first_date.strftime("%d.%m.%Y"),
            last=data.last_date.strftime("%d.%m.%Y"),
        )
    with ws.db.session() as s:
        _check_refs(
            s, data.project_id, data.location_id, [] if data.coach_id is None else [data.coach_id]
        )
        series = SessionSeries(
            **{name: getattr(data, name) for name in _RULE_FIELDS + _SERIES_FIELDS},
            project_id=data.project_id,
        )
        s.add(series)
        s.flush()
        rows = [_new_date(s, series, day) for day in dates]
        s.flush()
        if enrol_active:
            _enrol_active(s, data.project_id, rows)
        coach = ws.current_coach.id
        audit.record(s, coach, "series.created", "session_series", series.id)
        audit.record_many(s, coach, "session.created", "session", [r.id for r in rows])
        return series.id


def _apply(row: SessionRow, series: SeriesData, changed: set[str]) -> None:
    """Carry the changed values of the rule over to one date of the series."""
    for name in _SERIES_FIELDS:
        if name in changed:
            setattr(row, name, getattr(series, name))
    if changed & {"start_time", "end_time"}:
        day = row.starts_at.date()
        row.starts_at = dt.datetime.combine(day, series.start_time)
        row.ends_at = dt.datetime.combine(day, series.end_time)


def _changed(old: SeriesData, new: SeriesData) -> set[str]:
    return {n for n in _RULE_FIELDS + _SERIES_FIELDS if getattr(old, n) != getattr(new, n)}


def update_series(
    ws: Workspace,
    series_id: int,
    data: SeriesData,
    scope: EditScope,
    from_date: dt.date | None = None,
    *,
    enrol_active: bool = True,
) -> None:
    """Apply the rule's new values to ONE date (``from_date``), FOLLOWING dates from
    ``from_date`` on, or ALL dates; new dates are created, dropped dates deleted (only if
    they hold no recorded attendance; otherwise they are cancelled).

    Only the values that differ from the stored rule are carried over to the dates, so a
    date's own topic stays unless the series' topic changes. FOLLOWING splits the series: the
    old one ends before ``from_date``, a new one (same project) takes the dates from then on.
    Detached dates keep their values under FOLLOWING and ALL.
    """
    data = _clean_series(data)
    if scope is not EditScope.ALL and from_date is None:
        raise ValueError("from_date is needed for EditScope.ONE and FOLLOWING")
    coach = ws.current_coach.id
    with ws.db.session() as s:
        series = s.get(SessionSeries, series_id)
        if series is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Terminserie"), series_id)
        _check_refs(
            s, series.project_id, data.location_id, [] if data.coach_id is None else [data.coach_id]
        )
        old = _series_data(series)
        data = replace(data, project_id=series.project_id, id=series_id)
        rows = list(
            s.scalars(
                select(SessionRow)
                .where(SessionRow.series_id == series_id)
                .order_by(SessionRow.starts_at)
            )
        )
        if scope is EditScope.ONE:
            assert from_date is not None
            _update_one(s, coach, old, data, rows, from_date)
            return
        if scope is EditScope.FOLLOWING:
            assert from_date is not None
            earlier = [r for r in rows if r.starts_at.date() < from_date]
            if earlier:
                series, old, rows = _split(s, coach, series, old, data, rows, from_date)
                data = replace(data, first_date=series.first_date, id=series.id)
        changed = _changed(old, data)
        for name in _RULE_FIELDS + _SERIES_FIELDS:
            setattr(series, name, getattr(data, name))
        # A date that has taken place (in the past, attendance recorded) is history: edits
        # of the series leave it as it was, like a detached date. Cancelling it would drop
        # its attendance from every rate and report.
        today = dt.date.today()
        held = _recorded(s, [r.id for r in rows if r.starts_at.date() < today])
        loose = [r for r in rows if not r.detached and r.id not in held]
        for row in loose:
            _apply(row, data, changed)
        carried = changed & (set(_SERIES_FIELDS) | {"start_time", "end_time"})
        touched: list[int] = [r.id for r in loose] if carried else []
        created: list[SessionRow] = []
        dropped_delete: list[int] = []
        dropped_cancel: list[SessionRow] = []
        if changed & {"weekday", "first_date", "last_date", "skip_holidays"}:
            old_dates = set(series_dates(old)[0])
            new_dates = set(series_dates(data)[0])
            taken = {r.starts_at.date() for r in rows}
            gone = old_dates - new_dates
            dropped = [r for r in loose if r.starts_at.date() in gone]
            recorded = _recorded(s, [r.id for r in dropped])
            shift = dt.timedelta(days=data.weekday - old.weekday)
            for row in dropped:
                target = row.starts_at.date() + shift
                if shift and row.id not in recorded and target in new_dates and target not in taken:
                    # a new weekday: the date moves within its week and keeps its invitations
                    row.starts_at, row.ends_at = row.starts_at + shift, row.ends_at + shift
                    taken.add(target)
                    if row.id not in touched:
                        touched.append(row.id)
                elif row.id in recorded:
                    if not row.cancelled:
                        row.cancelled = True
                        row.cancel_reason = "Nicht mehr in der Terminserie"
                        dropped_cancel.append(row)
                else:
                    dropped_delete.append(row.id)
            created = [_new_date(s, series, day) for day in sorted(new_dates - old_dates - taken)]
            s.flush()
            _delete_rows(s, dropped_delete)
            if enrol_active:
                _enrol_active(s, series.project_id, created)
        s.flush()
        audit.record(s, coach, "series.updated", "session_series", series.id)
        audit.record_many(s, coach, "session.updated", "session", touched)
        audit.record_many(s, coach, "session.cancelled", "session", [r.id for r in dropped_cancel])
        audit.record_many(s, coach, "session.deleted", "session", dropped_delete)
        audit.record_many(s, coach, "session.created", "session", [r.id for r in created])


def _update_one(
    s: DbSession,
    coach: int,
    old: SeriesData,
    data: SeriesData,
    rows: list[SessionRow],
    day: dt.date,
) -> None:
    found = [r for r in rows if r.starts_at.date() == day]
    if not found:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Am {day} gibt es keinen Termin dieser Serie."),
            day=day.strftime("%d.%m.%Y"),
        )
    row = found[0]
    changed = _changed(old, data)
    if not changed & (set(_SERIES_FIELDS) | {"start_time", "end_time", "weekday"}):
        return
    _apply(row, data, changed)
    if "weekday" in changed:
        moved = day + dt.timedelta(days=data.weekday - old.weekday)
        row.starts_at = dt.datetime.combine(moved, row.starts_at.time())
        row.ends_at = dt.datetime.combine(moved, row.ends_at.time())
    row.detached = True
    audit.record(s, coach, "session.updated", "session", row.id)


def _split(
    s: DbSession,
    coach: int,
    series: SessionSeries,
    old: SeriesData,
    data: SeriesData,
    rows: list[SessionRow],
    from_date: dt.date,
) -> tuple[SessionSeries, SeriesData, list[SessionRow]]:
    """End ``series`` before ``from_date``; a copy of its rule takes the later dates."""
    later = SessionSeries(
        **{name: getattr(old, name) for name in _RULE_FIELDS + _SERIES_FIELDS},
        project_id=old.project_id,
    )
    later.first_date = max(from_date, data.first_date)
    later.last_date = max(later.first_date, old.last_date)
    s.add(later)
    s.flush()
    series.last_date = from_date - dt.timedelta(days=1)
    following = [r for r in rows if r.starts_at.date() >= from_date]
    for row in following:
        row.series_id = later.id
    audit.record(s, coach, "series.updated", "session_series", series.id)
    audit.record(s, coach, "series.created", "session_series", later.id)
    return later, _series_data(later), following


# -- conflicts ------------------------------------------------------------------------------
def conflicts(ws: Workspace, data: SessionData) -> list[Conflict]:
    """Other sessions overlapping in time in the same location+room, or with a same coach."""
    starts = data.starts_at.replace(tzinfo=None)
    ends = data.ends_at.replace(tzinfo=None)
    if data.cancelled or ends <= starts:
        return []
    room = fold(clean(data.room))
    wanted = set(data.coach_ids)
    found: list[Conflict] = []
    with ws.db.session() as s:
        conditions = [
            SessionRow.cancelled.is_(False),
            SessionRow.starts_at < ends,
            SessionRow.ends_at > starts,
        ]
        if data.id is not None:
            conditions.append(SessionRow.id != data.id)
        others = _infos(s, *conditions)
        if not others:
            return []
        ids = [o.id for o in others]
        coaches_of: dict[int, set[int]] = {}
        for sid, coach_id in s.execute(
            select(SessionRow.id, SessionRow.coach_id).where(SessionRow.id.in_(ids))
        ).all():
            coaches_of[sid] = {coach_id} if coach_id is not None else set()
        for sid, coach_id in s.execute(
            select(SessionCoach.session_id, SessionCoach.coach_id).where(
                SessionCoach.session_id.in_(ids)
            )
        ).all():
            coaches_of.setdefault(sid, set()).add(coach_id)
        names = dict(s.execute(select(Coach.id, Coach.name).where(Coach.id.in_(wanted))).all())
    for other in others:
        if (
            room
            and data.location_id is not None
            and other.location_id == data.location_id
            and fold(other.room) == room
        ):
            found.append(Conflict("room", other, other.room))
        for coach_id in sorted(wanted & coaches_of.get(other.id, set())):
            found.append(Conflict("coach", other, names.get(coach_id, "")))
    return found


# -- individual coaching --------------------------------------------------------------------
def book_coaching(
    ws: Workspace,
    participant_id: int,
    starts_at: dt.datetime,
    minutes: int = 45,
    *,
    coach_id: int | None = None,
    location_id: int | None = None,
    room: str = "",
    topic: str = "",
) -> int:
    """An Einzelcoaching appointment for one participant (enrolled), from the record."""
    if minutes <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Die Dauer muss mindestens eine Minute betragen.")
        )
    starts_at = starts_at.replace(tzinfo=None, second=0, microsecond=0)
    coach = ws.current_coach.id
    with ws.db.session() as s:
        person = s.get(Participant, participant_id)
        if person is None or person.erased_at is not None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Teilnehmende"), participant_id)
        data = _clean_session(
            SessionData(
                project_id=person.project_id,
                kind=SessionKind.EINZELCOACHING,
                starts_at=starts_at,
                ends_at=starts_at + dt.timedelta(minutes=minutes),
                topic=topic,
                location_id=location_id,
                room=room,
                coach_ids=[coach_id if coach_id is not None else coach],
                capacity=1,
                childcare_offered=False,
            )
        )
        _check_refs(s, data.project_id, data.location_id, data.coach_ids)
        row = SessionRow(
            project_id=data.project_id,
            kind=data.kind,
            topic=data.topic,
            starts_at=data.starts_at,
            ends_at=data.ends_at,
            location_id=data.location_id,
            room=data.room,
            coach_id=data.coach_ids[0],
            capacity=1,
            childcare_offered=False,
            cancelled=False,
            detached=False,
        )
        s.add(row)
        s.flush()
        s.add(
            Attendance(
                session_id=row.id, participant_id=participant_id, state=AttendanceState.ERWARTET
            )
        )
        audit.record(s, coach, "session.created", "session", row.id)
        audit.record(s, coach, "session.enrolled", "participant", participant_id)
        return row.id


# -- iCalendar ------------------------------------------------------------------------------
PRODID = "-//Gemeinsam in Wetzlar//Gemeinsam Desktop//DE"


def ics_summary(info: SessionInfo) -> str:
    """Kind and topic ("Workshop: Bewerbungsmappe"); the kind alone for individual coaching,
    whose topic may name the person."""
    kind = KIND_NAMES[info.kind]
    topic = info.topic.strip()
    if info.kind is SessionKind.EINZELCOACHING or not topic or topic == kind:
        return kind
    if topic.startswith(kind):
        return topic
    return f"{kind}: {topic}"


def _ics_description(info: SessionInfo) -> str:
    lines = [KIND_NAMES[info.kind]]
    if info.coach_names:
        lines.append("Coach: " + ", ".join(info.coach_names))
    if info.employer_name:
        lines.append("Betrieb: " + info.employer_name)
    if info.childcare_offered:
        lines.append("Mit Kinderbetreuung")
    if info.cancelled:
        lines.append("Abgesagt" + (f": {info.cancel_reason}" if info.cancel_reason else ""))
    return "\n".join(lines)


def export_ics(
    ws: Workspace,
    project_id: int,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    session_ids: list[int] | None = None,
    series_id: int | None = None,
) -> bytes:
    """iCalendar (RFC 5545) with times in Europe/Berlin, for Outlook/Thunderbird.

    No participant names: an individual coaching appears as "Einzelcoaching" only.
    """
    conditions: list[ColumnElement[bool]] = [SessionRow.project_id == project_id]
    if start is not None:
        conditions.append(SessionRow.starts_at >= _day_start(start))
    if end is not None:
        conditions.append(SessionRow.starts_at < _day_start(end + dt.timedelta(days=1)))
    if session_ids is not None:
        conditions.append(SessionRow.id.in_(session_ids))
    if series_id is not None:
        conditions.append(SessionRow.series_id == series_id)
    with ws.db.session() as s:
        infos = _infos(s, *conditions)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for info in infos:
        event = Event()
        event.add("uid", f"session-{info.id}@gemeinsam-desktop")
        event.add("dtstamp", stamp)
        event.add("dtstart", info.starts_at.replace(tzinfo=BERLIN))
        event.add("dtend", info.ends_at.replace(tzinfo=BERLIN))
        event.add("summary", ics_summary(info))
        place = info.place or info.employer_name
        if place:
            event.add("location", place)
        event.add("description", _ics_description(info))
        event.add("status", "CANCELLED" if info.cancelled else "CONFIRMED")
        cal.add_component(event)
    # Outlook wants the VTIMEZONE that the TZID names; Thunderbird does not mind it.
    cal.add_missing_timezones()
    return cal.to_ical()
