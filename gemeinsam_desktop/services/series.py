"""Weekly series of sessions: "jeden Dienstag 9:00–12:00 im Rathaus bis 15.12.".

Series skip public holidays in Hessen (``holidays`` package) and can be edited as a whole,
from a date on, or one date alone (that date becomes ``detached``). The dataclasses and the
shared checks come from ``calendar.py``, which re-exports the public names of this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.calendar import (
    _check_count,
    _check_refs,
    _delete_rows,
    _missing,
    _recorded,
    holiday_name,
)
from gemeinsam_desktop.services.calendar_types import GROUP_KINDS, EditScope, SeriesData
from gemeinsam_desktop.services.text import bounded
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceState,
    Participant,
    ParticipantStatus,
    SessionKind,
    SessionSeries,
)
from gemeinsam_desktop.store.models import Session as SessionRow


def _not_before_presence(s: DbSession, rows: list[SessionRow], today: dt.date) -> dt.date:
    """``today``, or the day after the last date someone was marked present if that is later.

    Presence cannot be recorded ahead (an excuse can), so a date with people present has
    taken place whatever the computer's clock says: a clock set back must not turn held
    dates into editable future ones.
    """
    ids = [r.id for r in rows]
    present: set[int] = set()
    for start in range(0, len(ids), 500):
        present.update(
            s.scalars(
                select(Attendance.session_id).where(
                    Attendance.session_id.in_(ids[start : start + 500]),
                    Attendance.state.in_((AttendanceState.ANWESEND, AttendanceState.VERSPAETET)),
                )
            )
        )
    last = max((r.starts_at.date() for r in rows if r.id in present), default=None)
    return max(today, last + dt.timedelta(days=1)) if last else today


MAX_SERIES_DATES = 160  # three years of weeks: a typo in the year, not a plan
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
        today = _not_before_presence(s, rows, dt.date.today())
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
