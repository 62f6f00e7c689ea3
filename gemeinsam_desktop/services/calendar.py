"""The session calendar: locations, single sessions, weekly series, conflicts, iCalendar.

API first (issue #4): the signatures and dataclasses below are the contract the calendar
UI is built against. Series skip public holidays in Hessen (``holidays`` package) and can
be edited as a whole, from a date on, or one date alone (that date becomes ``detached``).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import SessionKind

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


def holiday_name(day: dt.date) -> str | None:
    """The public holiday in Hessen on ``day`` (German name), or None."""
    raise NotImplementedError


def list_locations(ws: Workspace, *, include_archived: bool = False) -> list[LocationInfo]:
    raise NotImplementedError


def save_location(
    ws: Workspace,
    name: str,
    address: str = "",
    rooms: tuple[str, ...] = (),
    location_id: int | None = None,
) -> int:
    raise NotImplementedError


def sessions_between(
    ws: Workspace,
    project_id: int,
    start: dt.date,
    end: dt.date,
    *,
    include_cancelled: bool = True,
) -> list[SessionInfo]:
    """Sessions whose start lies in [start, end] (both days included), by start time."""
    raise NotImplementedError


def load_session(ws: Workspace, session_id: int) -> SessionData:
    raise NotImplementedError


def session_info(ws: Workspace, session_id: int) -> SessionInfo:
    raise NotImplementedError


def save_session(ws: Workspace, data: SessionData) -> int:
    """Create or update one session; a changed series date becomes ``detached``."""
    raise NotImplementedError


def delete_session(ws: Workspace, session_id: int) -> None:
    raise NotImplementedError


def series_dates(data: SeriesData) -> tuple[list[dt.date], list[tuple[dt.date, str]]]:
    """The dates of the rule, and the skipped holidays as (date, name)."""
    raise NotImplementedError


def load_series(ws: Workspace, series_id: int) -> SeriesData:
    raise NotImplementedError


def create_series(ws: Workspace, data: SeriesData, *, enrol_active: bool = True) -> int:
    """The series and one session per date; with ``enrol_active`` every active participant
    of the project is enrolled (group sessions)."""
    raise NotImplementedError


def update_series(
    ws: Workspace,
    series_id: int,
    data: SeriesData,
    scope: EditScope,
    from_date: dt.date | None = None,
) -> None:
    """Apply the rule's new values to ONE date (``from_date``), FOLLOWING dates from
    ``from_date`` on, or ALL dates; new dates are created, dropped dates deleted (only if
    they hold no recorded attendance; otherwise they are cancelled)."""
    raise NotImplementedError


def conflicts(ws: Workspace, data: SessionData) -> list[Conflict]:
    """Other sessions overlapping in time in the same location+room, or with a same coach."""
    raise NotImplementedError


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
    raise NotImplementedError


def export_ics(
    ws: Workspace,
    project_id: int,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    session_ids: list[int] | None = None,
    series_id: int | None = None,
) -> bytes:
    """iCalendar (RFC 5545) with times in Europe/Berlin, for Outlook/Thunderbird."""
    raise NotImplementedError
