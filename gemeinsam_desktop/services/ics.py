"""iCalendar (RFC 5545) export of sessions, for Outlook and Thunderbird.

``calendar.py`` re-exports the public names, so ``calendar.export_ics(...)`` keeps working.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import ColumnElement

from gemeinsam_desktop.services.calendar import _day_start, _infos
from gemeinsam_desktop.services.calendar_types import KIND_NAMES, SessionInfo
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import Session as SessionRow
from gemeinsam_desktop.store.models import SessionKind

BERLIN = ZoneInfo("Europe/Berlin")
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
