"""The dataclasses and labels of the session calendar, shared by ``calendar.py``,
``series.py`` and ``ics.py`` (and re-exported by ``calendar.py``)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from gemeinsam_desktop.store.enums import AttendanceState, SessionKind

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
