"""The calendar services: series over Hessian holidays, editing scopes, conflicts, iCalendar."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import event, func, select

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import calendar as cal
from gemeinsam_desktop.services import demo
from gemeinsam_desktop.services.calendar import EditScope, SeriesData, SessionData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceState,
    AuditEvent,
    Coach,
    CoachRole,
    Participant,
    ParticipantStatus,
    SessionCoach,
    SessionKind,
)
from gemeinsam_desktop.store.models import Session as SessionRow

RATHAUS, WESTEND = 1, 2
UTC = dt.UTC


def _series(**kw: object) -> SeriesData:
    values: dict[str, object] = {
        "project_id": 1,
        "kind": SessionKind.WORKSHOP,
        "weekday": 1,
        "start_time": dt.time(9),
        "end_time": dt.time(12),
        "first_date": dt.date(2026, 9, 1),
        "last_date": dt.date(2026, 10, 27),
        "topic": "Bewerbungsmappe",
        "location_id": RATHAUS,
        "room": "Sitzungssaal",
        "coach_id": 1,
        "capacity": 14,
        "childcare_offered": True,
        "childcare_capacity": 8,
    }
    values.update(kw)
    return SeriesData(**values)  # type: ignore[arg-type]


def _rows(ws: Workspace, series_id: int | None = None) -> list[SessionRow]:
    with ws.db.session() as s:
        query = select(SessionRow).order_by(SessionRow.starts_at)
        if series_id is not None:
            query = query.where(SessionRow.series_id == series_id)
        return list(s.scalars(query))


def _by_day(ws: Workspace, series_id: int | None = None) -> dict[dt.date, SessionRow]:
    return {r.starts_at.date(): r for r in _rows(ws, series_id)}


def _person(
    ws: Workspace,
    last_name: str,
    status: ParticipantStatus = ParticipantStatus.AKTIV,
    entry: dt.date | None = None,
    exit_: dt.date | None = None,
    first_name: str = "",
) -> int:
    with ws.db.session() as s:
        p = Participant(
            project_id=1,
            last_name=last_name,
            first_name=first_name,
            status=status,
            entry_date=entry,
            exit_date=exit_,
        )
        s.add(p)
        s.flush()
        return p.id


def _second_coach(ws: Workspace) -> int:
    with ws.db.session() as s:
        coach = Coach(name="Bernd Zweiter", role=CoachRole.COACH)
        s.add(coach)
        s.flush()
        return coach.id


def _set_state(ws: Workspace, session_id: int, participant_id: int, state: AttendanceState) -> None:
    with ws.db.session() as s:
        row = s.scalars(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.participant_id == participant_id
            )
        ).one()
        row.state = state


def _session(ws: Workspace, **kw: object) -> SessionData:
    values: dict[str, object] = {
        "project_id": 1,
        "kind": SessionKind.WORKSHOP,
        "starts_at": dt.datetime(2026, 6, 16, 9),
        "ends_at": dt.datetime(2026, 6, 16, 12),
        "topic": "Bewerbungsmappe",
        "location_id": RATHAUS,
        "room": "Sitzungssaal",
        "coach_ids": [1],
    }
    values.update(kw)
    return SessionData(**values)  # type: ignore[arg-type]


# -- holidays and series dates ------------------------------------------------------------------
def test_holiday_names_are_hessian_and_german() -> None:
    assert cal.holiday_name(dt.date(2026, 10, 3)) == "Tag der Deutschen Einheit"
    assert cal.holiday_name(dt.date(2026, 6, 4)) == "Fronleichnam"  # Hessen, not everywhere
    assert cal.holiday_name(dt.date(2026, 10, 31)) is None  # Reformationstag: not in Hessen
    assert cal.holiday_name(dt.date(2026, 6, 16)) is None


@pytest.mark.parametrize(
    ("weekday", "first", "last", "skipped"),
    [
        (5, dt.date(2026, 9, 26), dt.date(2026, 10, 10), {dt.date(2026, 10, 3)}),
        (0, dt.date(2026, 3, 30), dt.date(2026, 6, 1), {dt.date(2026, 4, 6), dt.date(2026, 5, 25)}),
        (3, dt.date(2026, 5, 28), dt.date(2026, 6, 11), {dt.date(2026, 6, 4)}),
    ],
    ids=["samstag-einheit", "montag-ostern-pfingsten", "donnerstag-fronleichnam"],
)
def test_series_skip_hessian_holidays(
    workspace: Workspace, weekday: int, first: dt.date, last: dt.date, skipped: set[dt.date]
) -> None:
    data = _series(weekday=weekday, first_date=first, last_date=last)
    dates, left_out = cal.series_dates(data)
    assert {d for d, _name in left_out} == skipped
    assert all(name == cal.holiday_name(d) and name for d, name in left_out)
    assert all(d.weekday() == weekday and first <= d <= last for d in dates)
    weeks = (last - first).days // 7 + 1
    assert len(dates) + len(skipped) == weeks

    series_id = cal.create_series(workspace, data, enrol_active=False)
    made = _by_day(workspace, series_id)
    assert sorted(made) == dates
    assert not skipped & set(made)

    everything, none_skipped = cal.series_dates(_series(**{**vars(data), "skip_holidays": False}))
    assert none_skipped == [] and skipped <= set(everything)


def test_series_names_in_skipped_list() -> None:
    data = _series(weekday=0, first_date=dt.date(2026, 3, 30), last_date=dt.date(2026, 6, 1))
    assert cal.series_dates(data)[1] == [
        (dt.date(2026, 4, 6), "Ostermontag"),
        (dt.date(2026, 5, 25), "Pfingstmontag"),
    ]


def test_series_dates_start_on_the_first_matching_weekday() -> None:
    dates, _ = cal.series_dates(
        _series(weekday=1, first_date=dt.date(2026, 9, 3), last_date=dt.date(2026, 9, 22))
    )
    assert dates == [dt.date(2026, 9, 8), dt.date(2026, 9, 15), dt.date(2026, 9, 22)]


def test_create_series_takes_the_series_defaults(workspace: Workspace) -> None:
    series_id = cal.create_series(workspace, _series())
    rows = _rows(workspace, series_id)
    assert len(rows) == 9
    for row in rows:
        assert (row.coach_id, row.capacity, row.childcare_offered, row.childcare_capacity) == (
            1,
            14,
            True,
            8,
        )
        assert (row.starts_at.time(), row.ends_at.time()) == (dt.time(9), dt.time(12))
        assert row.room == "Sitzungssaal" and row.topic == "Bewerbungsmappe"
        assert not row.detached and not row.cancelled
    loaded = cal.load_series(workspace, series_id)
    assert (loaded.weekday, loaded.coach_id, loaded.capacity) == (1, 1, 14)
    with workspace.db.session() as s:
        actions = Counter(s.scalars(select(AuditEvent.action)))
    assert actions["series.created"] == 1 and actions["session.created"] == 9


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"end_time": dt.time(8)}, "Ende"),
        ({"last_date": dt.date(2026, 8, 1)}, "vor dem ersten"),
        ({"topic": "x" * 201}, "zu lang"),
        ({"capacity": -1}, "negativ"),
    ],
)
def test_create_series_refuses_bad_rules(
    workspace: Workspace, change: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        cal.create_series(workspace, _series(**change))
    assert _rows(workspace) == []


# -- enrolment ------------------------------------------------------------------------------------
def test_enrol_active_only_within_entry_and_exit(workspace: Workspace) -> None:
    always = _person(workspace, "Immer")
    joins = _person(workspace, "Spaeter", entry=dt.date(2026, 6, 9))
    leaves = _person(workspace, "Frueher", exit_=dt.date(2026, 6, 9))
    _person(workspace, "Interessiert", ParticipantStatus.INTERESSIERT)
    _person(workspace, "Pausiert", ParticipantStatus.PAUSIERT)
    series_id = cal.create_series(
        workspace, _series(first_date=dt.date(2026, 6, 2), last_date=dt.date(2026, 6, 23))
    )
    by_day = _by_day(workspace, series_id)
    with workspace.db.session() as s:
        enrolled = {
            day: set(
                s.scalars(select(Attendance.participant_id).where(Attendance.session_id == row.id))
            )
            for day, row in by_day.items()
        }
        states = set(s.scalars(select(Attendance.state)))
    assert enrolled == {
        dt.date(2026, 6, 2): {always, leaves},
        dt.date(2026, 6, 9): {always, joins, leaves},
        dt.date(2026, 6, 16): {always, joins},
        dt.date(2026, 6, 23): {always, joins},
    }
    assert states == {AttendanceState.ERWARTET}
    info = cal.session_info(workspace, by_day[dt.date(2026, 6, 9)].id)
    assert (info.expected, info.present) == (3, 0)


def test_no_enrolment_for_one_to_one_kinds_or_when_switched_off(workspace: Workspace) -> None:
    _person(workspace, "Immer")
    cal.create_series(workspace, _series(kind=SessionKind.EINZELCOACHING))
    cal.create_series(workspace, _series(room="Raum 1.12"), enrol_active=False)
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0


# -- editing a series -----------------------------------------------------------------------------
def test_edit_one_date_detaches_it(workspace: Workspace) -> None:
    series_id = cal.create_series(workspace, _series())
    new = _series(start_time=dt.time(10), end_time=dt.time(13), room="Raum 1.12")
    cal.update_series(workspace, series_id, new, EditScope.ONE, dt.date(2026, 9, 15))
    for day, row in _by_day(workspace, series_id).items():
        if day == dt.date(2026, 9, 15):
            assert (row.starts_at.hour, row.ends_at.hour, row.room) == (10, 13, "Raum 1.12")
            assert row.detached
        else:
            assert (row.starts_at.hour, row.room) == (9, "Sitzungssaal") and not row.detached
    assert cal.load_series(workspace, series_id).start_time == dt.time(9)  # the rule stays
    with pytest.raises(ValidationError, match="keinen Termin"):
        cal.update_series(workspace, series_id, new, EditScope.ONE, dt.date(2026, 9, 16))


def test_edit_following_changes_only_later_dates(workspace: Workspace) -> None:
    series_id = cal.create_series(workspace, _series())
    cal.update_series(
        workspace,
        series_id,
        _series(room="Raum 1.12"),
        EditScope.ONE,
        dt.date(2026, 10, 13),
    )
    cal.update_series(
        workspace,
        series_id,
        _series(start_time=dt.time(13), end_time=dt.time(15)),
        EditScope.FOLLOWING,
        dt.date(2026, 10, 6),
    )
    rows = _rows(workspace)
    assert len(rows) == 9
    for row in rows:
        day = row.starts_at.date()
        if day < dt.date(2026, 10, 6) or day == dt.date(2026, 10, 13):
            assert row.starts_at.time() == dt.time(9), day  # earlier, or detached
        else:
            assert (row.starts_at.time(), row.ends_at.time()) == (dt.time(13), dt.time(15)), day
    assert _by_day(workspace)[dt.date(2026, 10, 13)].room == "Raum 1.12"
    # The series was split: the old rule ends before 6 October, a new one carries on.
    old = cal.load_series(workspace, series_id)
    assert old.last_date == dt.date(2026, 10, 5) and old.start_time == dt.time(9)
    later_ids = {r.series_id for r in rows if r.starts_at.date() >= dt.date(2026, 10, 6)}
    assert len(later_ids) == 1 and series_id not in later_ids
    later = cal.load_series(workspace, later_ids.pop() or 0)
    assert (later.first_date, later.last_date) == (dt.date(2026, 10, 6), dt.date(2026, 10, 27))
    assert later.start_time == dt.time(13)


def test_edit_all_leaves_detached_dates_alone(workspace: Workspace) -> None:
    other = _second_coach(workspace)
    series_id = cal.create_series(workspace, _series())
    cal.update_series(
        workspace, series_id, _series(start_time=dt.time(8)), EditScope.ONE, dt.date(2026, 9, 8)
    )
    cal.update_series(
        workspace,
        series_id,
        _series(
            start_time=dt.time(14),
            end_time=dt.time(16),
            location_id=WESTEND,
            room="Gruppenraum",
            topic="Verdeckter Stellenmarkt",
            coach_id=other,
        ),
        EditScope.ALL,
    )
    for day, row in _by_day(workspace, series_id).items():
        if day == dt.date(2026, 9, 8):
            assert (row.starts_at.time(), row.room, row.coach_id) == (dt.time(8), "Sitzungssaal", 1)
        else:
            assert (row.starts_at.time(), row.ends_at.time()) == (dt.time(14), dt.time(16))
            assert (row.location_id, row.room, row.coach_id) == (WESTEND, "Gruppenraum", other)
            assert row.topic == "Verdeckter Stellenmarkt"
    assert cal.load_series(workspace, series_id).room == "Gruppenraum"


def test_edit_all_keeps_each_dates_own_topic_when_the_topic_is_not_changed(
    workspace: Workspace,
) -> None:
    series_id = cal.create_series(workspace, _series(topic=""))
    first = _rows(workspace, series_id)[0]
    with workspace.db.session() as s:  # as the demo data has them: a topic per date
        s.get(SessionRow, first.id).topic = "Bewerbungsfotos"  # type: ignore[union-attr]
    cal.update_series(workspace, series_id, _series(topic="", room="Raum 1.12"), EditScope.ALL)
    rows = _rows(workspace, series_id)
    assert rows[0].topic == "Bewerbungsfotos" and rows[0].room == "Raum 1.12"


def test_shortening_deletes_free_dates_and_keeps_held_ones(workspace: Workspace) -> None:
    anna = _person(workspace, "Yilmaz")
    series_id = cal.create_series(workspace, _series())
    by_day = _by_day(workspace, series_id)
    recorded = by_day[dt.date(2026, 10, 20)]
    _set_state(workspace, recorded.id, anna, AttendanceState.ENTSCHULDIGT)
    cal.update_series(workspace, series_id, _series(last_date=dt.date(2026, 10, 10)), EditScope.ALL)
    after = _by_day(workspace, series_id)
    assert sorted(after) == sorted(
        [d for d in by_day if d <= dt.date(2026, 10, 10)] + [dt.date(2026, 10, 20)]
    )
    kept = after[dt.date(2026, 10, 20)]
    # 20 October has taken place (attendance recorded): history, neither deleted nor cancelled
    assert not any(r.cancelled for r in after.values())
    with workspace.db.session() as s:
        # the enrolments of the deleted dates went with them; the recorded one stays
        left = set(s.scalars(select(Attendance.session_id)))
        assert left == {r.id for r in after.values()}
        actions = Counter(s.scalars(select(AuditEvent.action)))
    assert actions["session.deleted"] == 2 and actions["session.cancelled"] == 0
    assert kept.starts_at == dt.datetime(2026, 10, 20, 9, 0)


def test_moving_the_weekday_moves_free_dates_and_keeps_held_ones(
    workspace: Workspace,
) -> None:
    anna = _person(workspace, "Immer")
    _person(workspace, "Spaeter", entry=dt.date(2026, 10, 1))
    series_id = cal.create_series(workspace, _series(last_date=dt.date(2026, 9, 30)))
    before = _by_day(workspace, series_id)
    _set_state(workspace, before[dt.date(2026, 9, 1)].id, anna, AttendanceState.ANWESEND)
    cal.update_series(
        workspace,
        series_id,
        _series(weekday=3, last_date=dt.date(2026, 10, 8)),
        EditScope.ALL,
    )
    after = _by_day(workspace, series_id)
    assert sorted(after) == [dt.date(2026, 9, 1)] + [
        dt.date(2026, m, d) for m, d in ((9, 3), (9, 10), (9, 17), (9, 24), (10, 1), (10, 8))
    ]
    held = after[dt.date(2026, 9, 1)]  # took place on the old weekday: history, untouched
    assert not held.cancelled and held.starts_at == before[dt.date(2026, 9, 1)].starts_at
    assert not any(r.cancelled for r in after.values())
    # Tuesday 8 September moved to Thursday 10 September with its invitations (same id)
    assert after[dt.date(2026, 9, 10)].id == before[dt.date(2026, 9, 8)].id
    assert after[dt.date(2026, 9, 10)].starts_at.time() == dt.time(9)
    expected = {d: cal.session_info(workspace, r.id).expected for d, r in after.items()}
    assert expected[dt.date(2026, 9, 10)] == 1
    assert expected[dt.date(2026, 10, 8)] == 2  # a new date: both active people enrolled


def test_extending_a_series_adds_dates_but_not_on_holidays(workspace: Workspace) -> None:
    series_id = cal.create_series(
        workspace,
        _series(weekday=5, first_date=dt.date(2026, 9, 19), last_date=dt.date(2026, 9, 26)),
    )
    cal.update_series(
        workspace,
        series_id,
        _series(weekday=5, first_date=dt.date(2026, 9, 19), last_date=dt.date(2026, 10, 17)),
        EditScope.ALL,
    )
    assert sorted(_by_day(workspace, series_id)) == [
        dt.date(2026, 9, 19),
        dt.date(2026, 9, 26),
        dt.date(2026, 10, 10),
        dt.date(2026, 10, 17),
    ]


def test_a_deleted_date_is_not_brought_back_by_an_unrelated_edit(workspace: Workspace) -> None:
    series_id = cal.create_series(workspace, _series())
    gone = _by_day(workspace, series_id)[dt.date(2026, 9, 15)]
    cal.delete_session(workspace, gone.id)
    cal.update_series(workspace, series_id, _series(room="Raum 1.12"), EditScope.ALL)
    assert dt.date(2026, 9, 15) not in _by_day(workspace, series_id)


# -- single sessions ------------------------------------------------------------------------------
def test_save_session_round_trip_with_further_coaches(workspace: Workspace) -> None:
    other = _second_coach(workspace)
    sid = cal.save_session(workspace, _session(workspace, coach_ids=[other, 1], capacity=10))
    loaded = cal.load_session(workspace, sid)
    assert loaded.coach_ids == [other, 1] and loaded.capacity == 10 and loaded.id == sid
    info = cal.session_info(workspace, sid)
    assert info.coach_names == ("Bernd Zweiter", "Anna Beispiel")
    assert info.place == "Rathaus Wetzlar, Sitzungssaal"
    loaded.topic = "  Bewerbungs\u0075\u0308bung  "  # decomposed ü, spaces
    cal.save_session(workspace, loaded)
    assert cal.session_info(workspace, sid).topic == "Bewerbungsübung"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ends_at": dt.datetime(2026, 6, 16, 9)}, "nach dem Beginn"),
        ({"ends_at": dt.datetime(2026, 6, 17, 10)}, "selben Tag"),
        ({"topic": "x" * 201}, "zu lang"),
        ({"room": "r" * 121}, "zu lang"),
        ({"capacity": -1}, "negativ"),
        ({"location_id": 99}, "gibt es nicht"),
    ],
)
def test_save_session_validates(
    workspace: Workspace, change: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        cal.save_session(workspace, _session(workspace, **change))
    assert _rows(workspace) == []


def test_saving_a_changed_series_date_detaches_it(workspace: Workspace) -> None:
    series_id = cal.create_series(workspace, _series())
    first, second = _rows(workspace, series_id)[:2]
    unchanged = cal.load_session(workspace, first.id)
    cal.save_session(workspace, unchanged)
    changed = cal.load_session(workspace, second.id)
    changed.room = "Raum 1.12"
    cal.save_session(workspace, changed)
    rows = {r.id: r for r in _rows(workspace, series_id)}
    assert not rows[first.id].detached
    assert rows[second.id].detached and rows[second.id].room == "Raum 1.12"
    cal.update_series(
        workspace, series_id, _series(room="Sitzungssaal", topic="Neu"), EditScope.ALL
    )
    assert {r.id: r for r in _rows(workspace, series_id)}[second.id].topic == "Bewerbungsmappe"


def test_delete_session_refuses_recorded_attendance(workspace: Workspace) -> None:
    anna = _person(workspace, "Yilmaz")
    sid = cal.book_coaching(workspace, anna, dt.datetime(2026, 6, 16, 10))
    other = cal.book_coaching(workspace, anna, dt.datetime(2026, 6, 17, 10))
    _set_state(workspace, sid, anna, AttendanceState.ANWESEND)
    with pytest.raises(ValidationError, match="stattdessen ab"):
        cal.delete_session(workspace, sid)
    cal.delete_session(workspace, other)
    assert [r.id for r in _rows(workspace)] == [sid]


# -- conflicts ------------------------------------------------------------------------------------
def test_room_double_booking(workspace: Workspace) -> None:
    booked = cal.save_session(workspace, _session(workspace, coach_ids=[]))
    clash = cal.conflicts(
        workspace,
        _session(
            workspace,
            starts_at=dt.datetime(2026, 6, 16, 11),
            ends_at=dt.datetime(2026, 6, 16, 13),
            room="sitzungssaal",
            coach_ids=[],
        ),
    )
    assert [(c.kind, c.other.id, c.detail) for c in clash] == [("room", booked, "Sitzungssaal")]
    for free in (
        _session(workspace, room="Raum 1.12", coach_ids=[]),  # another room
        _session(workspace, location_id=WESTEND, coach_ids=[]),  # another house
        _session(workspace, room="", coach_ids=[]),  # no room given
        _session(  # right after
            workspace,
            starts_at=dt.datetime(2026, 6, 16, 12),
            ends_at=dt.datetime(2026, 6, 16, 13),
            coach_ids=[],
        ),
        _session(workspace, coach_ids=[], id=booked),  # the session itself
    ):
        assert cal.conflicts(workspace, free) == []


def test_coach_double_booking_including_further_coaches(workspace: Workspace) -> None:
    other = _second_coach(workspace)
    booked = cal.save_session(workspace, _session(workspace, coach_ids=[1, other]))
    elsewhere = {"location_id": WESTEND, "room": "Gruppenraum"}
    as_lead = cal.conflicts(workspace, _session(workspace, coach_ids=[1], **elsewhere))
    assert [(c.kind, c.other.id, c.detail) for c in as_lead] == [("coach", booked, "Anna Beispiel")]
    as_second = cal.conflicts(workspace, _session(workspace, coach_ids=[other], **elsewhere))
    assert [(c.kind, c.detail) for c in as_second] == [("coach", "Bernd Zweiter")]
    later = cal.conflicts(
        workspace,
        _session(
            workspace,
            starts_at=dt.datetime(2026, 6, 16, 13),
            ends_at=dt.datetime(2026, 6, 16, 14),
            coach_ids=[1, other],
        ),
    )
    assert later == []
    both = cal.conflicts(workspace, _session(workspace, coach_ids=[1]))
    assert sorted(c.kind for c in both) == ["coach", "room"]


def test_cancelled_sessions_do_not_conflict(workspace: Workspace) -> None:
    booked = cal.save_session(workspace, _session(workspace))
    assert len(cal.conflicts(workspace, _session(workspace))) == 2
    data = cal.load_session(workspace, booked)
    data.cancelled, data.cancel_reason = True, "Raum nicht verfügbar"
    cal.save_session(workspace, data)
    assert cal.conflicts(workspace, _session(workspace)) == []
    assert cal.conflicts(workspace, _session(workspace, cancelled=True)) == []


# -- individual coaching --------------------------------------------------------------------------
def test_book_coaching(workspace: Workspace) -> None:
    anna = _person(workspace, "Yilmaz")
    other = _second_coach(workspace)
    sid = cal.book_coaching(
        workspace,
        anna,
        dt.datetime(2026, 6, 17, 10, 30),
        60,
        location_id=WESTEND,
        room="Beratungsraum",
    )
    info = cal.session_info(workspace, sid)
    assert info.kind is SessionKind.EINZELCOACHING
    assert (info.starts_at, info.ends_at) == (
        dt.datetime(2026, 6, 17, 10, 30),
        dt.datetime(2026, 6, 17, 11, 30),
    )
    assert info.coach_names == ("Anna Beispiel",)  # the coach at work by default
    assert (info.expected, info.capacity, info.childcare_offered) == (1, 1, False)
    with workspace.db.session() as s:
        rows = s.execute(select(Attendance.participant_id, Attendance.state)).all()
    assert rows == [(anna, AttendanceState.ERWARTET)]
    by_other = cal.book_coaching(workspace, anna, dt.datetime(2026, 6, 18, 9), coach_id=other)
    assert cal.session_info(workspace, by_other).coach_names == ("Bernd Zweiter",)
    with pytest.raises(ValidationError):
        cal.book_coaching(workspace, 999, dt.datetime(2026, 6, 18, 9))
    with pytest.raises(ValidationError, match="selben Tag"):
        cal.book_coaching(workspace, anna, dt.datetime(2026, 6, 18, 23, 30), 45)


# -- reading --------------------------------------------------------------------------------------
def test_sessions_between_counts_and_bounds(workspace: Workspace) -> None:
    people = [_person(workspace, f"Person {n}") for n in range(3)]
    series_id = cal.create_series(
        workspace, _series(first_date=dt.date(2026, 6, 2), last_date=dt.date(2026, 6, 30))
    )
    by_day = _by_day(workspace, series_id)
    _set_state(workspace, by_day[dt.date(2026, 6, 9)].id, people[0], AttendanceState.ANWESEND)
    _set_state(workspace, by_day[dt.date(2026, 6, 9)].id, people[1], AttendanceState.VERSPAETET)
    _set_state(workspace, by_day[dt.date(2026, 6, 9)].id, people[2], AttendanceState.KRANK)
    found = cal.sessions_between(workspace, 1, dt.date(2026, 6, 9), dt.date(2026, 6, 23))
    assert [i.starts_at.date() for i in found] == [
        dt.date(2026, 6, 9),
        dt.date(2026, 6, 16),
        dt.date(2026, 6, 23),  # the last day counts whole
    ]
    assert (found[0].expected, found[0].present) == (3, 2)
    assert (found[1].expected, found[1].present) == (3, 0)
    assert found[0].series_id == series_id and found[0].coach_names == ("Anna Beispiel",)
    data = cal.load_session(workspace, found[1].id)
    data.cancelled = True
    cal.save_session(workspace, data)
    without = cal.sessions_between(
        workspace, 1, dt.date(2026, 6, 9), dt.date(2026, 6, 23), include_cancelled=False
    )
    assert [i.id for i in without] == [found[0].id, found[2].id]
    assert cal.sessions_between(workspace, 2, dt.date(2026, 6, 1), dt.date(2026, 6, 30)) == []


def test_holiday_shown_on_a_session_day(workspace: Workspace) -> None:
    sid = cal.save_session(
        workspace,
        _session(
            workspace,
            starts_at=dt.datetime(2026, 10, 3, 10),
            ends_at=dt.datetime(2026, 10, 3, 12),
        ),
    )
    assert cal.session_info(workspace, sid).holiday == "Tag der Deutschen Einheit"


def test_sessions_between_on_demo_data(workspace: Workspace) -> None:
    today = dt.date(2026, 6, 10)
    demo.fill_demo(workspace, today=today, add_coaches=False)
    with workspace.db.session() as s:
        total = s.scalar(select(func.count()).select_from(SessionRow))
        expected = dict(
            s.execute(
                select(Attendance.session_id, func.count()).group_by(Attendance.session_id)
            ).all()
        )
        present = dict(
            s.execute(
                select(Attendance.session_id, func.count())
                .where(Attendance.state.in_([AttendanceState.ANWESEND, AttendanceState.VERSPAETET]))
                .group_by(Attendance.session_id)
            ).all()
        )
        lo, hi = s.execute(
            select(func.min(SessionRow.starts_at), func.max(SessionRow.starts_at))
        ).one()
    everything = cal.sessions_between(workspace, 1, lo.date(), hi.date())
    assert len(everything) == total and total > 60
    assert [i.starts_at for i in everything] == sorted(i.starts_at for i in everything)
    for info in everything:
        assert info.expected == expected.get(info.id, 0), info
        assert info.present == present.get(info.id, 0), info
        assert info.coach_names  # every demo session has a coach
    assert sum(i.present for i in everything) > 500
    assert any(i.cancelled for i in everything)

    # A month view: few queries and fast.
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    engine = workspace.db.engine
    assert engine is not None
    event.listen(engine, "before_cursor_execute", count)
    try:
        started = time.perf_counter()
        month = cal.sessions_between(workspace, 1, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
        elapsed = time.perf_counter() - started
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert month and all(i.starts_at.month == 6 for i in month)
    assert len(statements) <= 3, statements
    assert elapsed < 0.5  # generous on a slow CI machine; ~5 ms here


def test_further_coaches_shown_in_the_list(workspace: Workspace) -> None:
    other = _second_coach(workspace)
    sid = cal.save_session(workspace, _session(workspace, coach_ids=[1]))
    with workspace.db.session() as s:
        s.add(SessionCoach(session_id=sid, coach_id=other))
    (info,) = cal.sessions_between(workspace, 1, dt.date(2026, 6, 16), dt.date(2026, 6, 16))
    assert info.coach_names == ("Anna Beispiel", "Bernd Zweiter")


# -- locations ------------------------------------------------------------------------------------
def test_locations(workspace: Workspace) -> None:
    names = [loc.name for loc in cal.list_locations(workspace)]
    assert names == ["Nachbarschaftszentrum Westend", "Rathaus Wetzlar"]
    rathaus = next(loc for loc in cal.list_locations(workspace) if loc.id == RATHAUS)
    assert rathaus.rooms == ("Sitzungssaal", "Raum 1.12")
    new = cal.save_location(
        workspace, "  Jobcenter  ", "Karl-Kellner-Ring 4", ("A 1", "A 1", " B ")
    )
    assert next(loc for loc in cal.list_locations(workspace) if loc.id == new).rooms == ("A 1", "B")
    cal.save_location(workspace, "Jobcenter", rooms=(), location_id=new, archived=True)
    assert new not in {loc.id for loc in cal.list_locations(workspace)}
    assert new in {loc.id for loc in cal.list_locations(workspace, include_archived=True)}
    with pytest.raises(ValidationError):
        cal.save_location(workspace, "   ")


# -- iCalendar ------------------------------------------------------------------------------------
def test_export_ics(workspace: Workspace) -> None:
    anna = _person(workspace, "Öztürk-Weiß", first_name="Jülide")
    summer = cal.create_series(
        workspace, _series(first_date=dt.date(2026, 6, 2), last_date=dt.date(2026, 6, 16))
    )
    winter = cal.save_session(
        workspace,
        _session(
            workspace,
            starts_at=dt.datetime(2026, 12, 8, 9),
            ends_at=dt.datetime(2026, 12, 8, 12),
            cancelled=True,
            cancel_reason="Raum nicht verfügbar",
        ),
    )
    coaching = cal.book_coaching(
        workspace, anna, dt.datetime(2026, 6, 10, 14), topic="Jülide Öztürk-Weiß: Lebenslauf"
    )
    data = cal.export_ics(workspace, 1)
    assert "Jülide".encode() not in data and "Öztürk".encode() not in data
    assert "Öztürk".encode("utf-16-le") not in data

    parsed = icalendar.Calendar.from_ical(data)
    assert parsed.get("prodid") and str(parsed.get("version")) == "2.0"
    (zone,) = parsed.walk("VTIMEZONE")  # Outlook needs the zone the TZID names
    assert str(zone["TZID"]) == "Europe/Berlin"
    events = {str(e.get("uid")): e for e in parsed.walk("VEVENT")}
    assert len(events) == 5
    first = events[f"session-{_rows(workspace, summer)[0].id}@gemeinsam-desktop"]
    assert str(first.get("summary")) == "Workshop: Bewerbungsmappe"
    assert str(first.get("location")) == "Rathaus Wetzlar, Sitzungssaal"
    assert "Anna Beispiel" in str(first.get("description"))
    start = first.decoded("dtstart")
    assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Berlin"
    assert first.get("dtstart").params["TZID"] == "Europe/Berlin"
    assert (start.hour, start.astimezone(UTC).hour) == (9, 7)  # summer time
    assert first.decoded("dtend").astimezone(UTC).hour == 10
    assert str(first.get("status")) == "CONFIRMED"

    cold = events[f"session-{winter}@gemeinsam-desktop"]
    assert cold.decoded("dtstart").astimezone(UTC).hour == 8  # winter time
    assert str(cold.get("status")) == "CANCELLED"

    one = events[f"session-{coaching}@gemeinsam-desktop"]
    assert str(one.get("summary")) == "Einzelcoaching"

    # Filters: date range, chosen sessions, one series; the uid stays the same.
    june = icalendar.Calendar.from_ical(
        cal.export_ics(workspace, 1, start=dt.date(2026, 6, 9), end=dt.date(2026, 6, 10))
    )
    assert len(june.walk("VEVENT")) == 2
    only = icalendar.Calendar.from_ical(cal.export_ics(workspace, 1, session_ids=[winter]))
    assert [str(e.get("uid")) for e in only.walk("VEVENT")] == [
        f"session-{winter}@gemeinsam-desktop"
    ]
    series_only = icalendar.Calendar.from_ical(cal.export_ics(workspace, 1, series_id=summer))
    assert len(series_only.walk("VEVENT")) == 3
    assert cal.export_ics(workspace, 2).count(b"BEGIN:VEVENT") == 0


def test_ics_wall_clock_is_berlin_time_in_both_seasons(workspace: Workspace) -> None:
    for day in (dt.date(2026, 3, 24), dt.date(2026, 3, 31), dt.date(2026, 10, 27)):
        cal.save_session(
            workspace,
            _session(
                workspace,
                starts_at=dt.datetime.combine(day, dt.time(9)),
                ends_at=dt.datetime.combine(day, dt.time(12)),
                room="",
            ),
        )
    parsed = icalendar.Calendar.from_ical(cal.export_ics(workspace, 1))
    starts = sorted(e.decoded("dtstart") for e in parsed.walk("VEVENT"))
    assert [s.astimezone(ZoneInfo("Europe/Berlin")).hour for s in starts] == [9, 9, 9]
    assert [s.astimezone(UTC).hour for s in starts] == [8, 7, 8]


def test_shortening_cancels_a_future_date_with_an_excuse_already_recorded(
    workspace: Workspace,
) -> None:
    anna = _person(workspace, "Vorab", entry=dt.date.today())
    monday = dt.date.today() + dt.timedelta(days=7 - dt.date.today().weekday())
    series_id = cal.create_series(
        workspace,
        _series(
            weekday=0,
            first_date=monday,
            last_date=monday + dt.timedelta(weeks=4),
            skip_holidays=False,
        ),
    )
    last = _by_day(workspace, series_id)[monday + dt.timedelta(weeks=4)]
    _set_state(workspace, last.id, anna, AttendanceState.ENTSCHULDIGT)  # excused in advance
    cal.update_series(
        workspace,
        series_id,
        _series(
            weekday=0,
            first_date=monday,
            last_date=monday + dt.timedelta(weeks=2),
            skip_holidays=False,
        ),
        EditScope.ALL,
    )
    after = _by_day(workspace, series_id)
    assert after[monday + dt.timedelta(weeks=4)].cancelled
    assert monday + dt.timedelta(weeks=3) not in after


def test_a_clock_set_back_does_not_reopen_held_dates(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    from gemeinsam_desktop.services import series as series_module

    anna = _person(workspace, "Immer")
    series_id = cal.create_series(workspace, _series(last_date=dt.date(2026, 9, 30)))
    before = _by_day(workspace, series_id)
    _set_state(workspace, before[dt.date(2026, 9, 8)].id, anna, AttendanceState.ANWESEND)

    class ClockSetBack(dt.date):
        @classmethod
        def today(cls) -> dt.date:  # type: ignore[override]
            return dt.date(2026, 8, 1)  # before every date of the series

    clock = types.SimpleNamespace(**{n: getattr(dt, n) for n in dir(dt) if n[0] != "_"})
    clock.date = ClockSetBack
    monkeypatch.setattr(series_module, "dt", clock)
    cal.update_series(
        workspace, series_id, _series(start_time=dt.time(14), end_time=dt.time(16)), EditScope.ALL
    )
    after = _by_day(workspace, series_id)
    # 8 September had people present: it has taken place, whatever the clock says
    held = after[dt.date(2026, 9, 8)]
    assert held.starts_at == before[dt.date(2026, 9, 8)].starts_at
    assert after[dt.date(2026, 9, 15)].starts_at.time() == dt.time(14)
