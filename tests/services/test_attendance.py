"""Attendance: enrolment windows, recording, walk-ins, children in care, summaries."""

from __future__ import annotations

import datetime as dt
import statistics
import time

import pytest
from sqlalchemy import func, select

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import attendance, demo, roster
from gemeinsam_desktop.services.roster import ChildData, ParticipantData
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceChild,
    AuditEvent,
    Child,
    Location,
    Placement,
    PlacementKind,
    Project,
    Session,
    SessionKind,
    SessionSeries,
)
from gemeinsam_desktop.store.models import AttendanceState as A

TODAY = dt.date(2026, 11, 25)  # a Wednesday
TUESDAYS = [dt.date(2026, 9, 1) + dt.timedelta(weeks=n) for n in range(12)]  # 1.9. – 17.11.


def person(ws, last: str, first: str = "", project_id: int = 1, **kw) -> int:
    data = ParticipantData(project_id=project_id, last_name=last, first_name=first, **kw)
    return roster.save_participant(ws, data, TODAY)


def session(
    ws,
    day: dt.date,
    *,
    start: dt.time = dt.time(9),
    minutes: int = 180,
    kind: SessionKind = SessionKind.WORKSHOP,
    cancelled: bool = False,
    childcare: bool = True,
    capacity: int | None = None,
    series_id: int | None = None,
    project_id: int = 1,
) -> int:
    begin = dt.datetime.combine(day, start)
    with ws.db.session() as s:
        row = Session(
            project_id=project_id,
            kind=kind,
            topic="Bewerbungsmappe",
            starts_at=begin,
            ends_at=begin + dt.timedelta(minutes=minutes),
            cancelled=cancelled,
            childcare_offered=childcare,
            childcare_capacity=capacity,
            series_id=series_id,
            coach_id=ws.current_coach.id,
            location_id=s.scalars(select(Location.id).order_by(Location.id)).first(),
            room="Sitzungssaal",
        )
        s.add(row)
        s.flush()
        return row.id


def row_id(ws, session_id: int, participant_id: int) -> int:
    with ws.db.session() as s:
        return s.scalars(
            select(Attendance.id).where(
                Attendance.session_id == session_id, Attendance.participant_id == participant_id
            )
        ).one()


def stored(ws, attendance_id: int) -> Attendance:
    with ws.db.session() as s:
        att = s.get(Attendance, attendance_id)
        assert att is not None
        s.expunge(att)
        return att


def chosen(ws, attendance_id: int) -> set[int]:
    with ws.db.session() as s:
        return set(
            s.scalars(
                select(AttendanceChild.child_id).where(
                    AttendanceChild.attendance_id == attendance_id
                )
            )
        )


def child_ids(ws, participant_id: int) -> dict[str, int]:
    with ws.db.session() as s:
        rows = s.execute(
            select(Child.first_name, Child.id).where(Child.participant_id == participant_id)
        )
        return {name: cid for name, cid in rows}


def audits(ws, action: str) -> int:
    with ws.db.session() as s:
        return (
            s.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
            )
            or 0
        )


def place(ws, participant_id: int, start: dt.date) -> None:
    with ws.db.session() as s:
        s.add(
            Placement(
                participant_id=participant_id, start_date=start, kind=PlacementKind.SV_TEILZEIT
            )
        )


def record(ws, session_id: int, participant_id: int, state: A, **kw) -> None:
    attendance.enrol(ws, session_id, [participant_id])
    attendance.set_attendance(ws, row_id(ws, session_id, participant_id), state=state, **kw)


# -- enrolment ------------------------------------------------------------------------------
def test_enrol_counts_new_rows_and_refuses_strangers(workspace) -> None:
    ws = workspace
    a, b = person(ws, "Arslan"), person(ws, "Becker")
    sid = session(ws, TUESDAYS[0])
    assert attendance.enrol(ws, sid, [a, b, a]) == 2
    assert attendance.enrol(ws, sid, [a, b]) == 0
    assert stored(ws, row_id(ws, sid, a)).state is A.ERWARTET
    assert audits(ws, "attendance.enrolled") == 1
    with ws.db.session() as s:
        s.add(Project(name="Anderes Projekt"))
    stranger = person(ws, "Fremd", project_id=2)
    with pytest.raises(ValidationError, match="nicht zu diesem Projekt"):
        attendance.enrol(ws, sid, [stranger])
    gone = session(ws, TUESDAYS[1], cancelled=True)
    with pytest.raises(ValidationError, match="abgesagt"):
        attendance.enrol(ws, gone, [a])


def test_enrol_series_only_inside_each_window(workspace) -> None:
    ws = workspace
    with ws.db.session() as s:
        series = SessionSeries(
            project_id=1,
            kind=SessionKind.WORKSHOP,
            weekday=1,
            start_time=dt.time(9),
            end_time=dt.time(12),
            first_date=TUESDAYS[0],
            last_date=TUESDAYS[-1],
        )
        s.add(series)
        s.flush()
        series_id = series.id
    ids = {
        day: session(ws, day, series_id=series_id, cancelled=day == TUESDAYS[5]) for day in TUESDAYS
    }
    whole = person(ws, "Ganz")  # no dates: every date
    late = person(ws, "Spät", entry_date=TUESDAYS[4])
    left = person(ws, "Weg", entry_date=TUESDAYS[0], exit_date=TUESDAYS[2])
    placed = person(ws, "Arbeit", entry_date=TUESDAYS[0])
    place(ws, placed, TUESDAYS[3] + dt.timedelta(days=1))  # works from Wednesday on
    new = attendance.enrol_series(ws, series_id, [whole, late, left, placed])

    def days_of(pid: int) -> list[dt.date]:
        with ws.db.session() as s:
            rows = s.scalars(
                select(Session.starts_at)
                .join(Attendance, Attendance.session_id == Session.id)
                .where(Attendance.participant_id == pid)
                .order_by(Session.starts_at)
            )
            return [t.date() for t in rows]

    open_days = [d for d in TUESDAYS if d != TUESDAYS[5]]  # the cancelled date is left out
    assert days_of(whole) == open_days
    assert days_of(late) == [d for d in open_days if d >= TUESDAYS[4]]
    assert days_of(left) == TUESDAYS[:3]
    assert days_of(placed) == TUESDAYS[:4]
    assert new == 11 + 7 + 3 + 4
    assert attendance.enrol_series(ws, series_id, [whole, late]) == 0
    assert ids


# -- recording ------------------------------------------------------------------------------
def test_set_attendance_transitions(workspace) -> None:
    ws = workspace
    pid, sid = person(ws, "Becker"), session(ws, TUESDAYS[0])
    attendance.enrol(ws, sid, [pid])
    aid = row_id(ws, sid, pid)
    row = attendance.set_attendance(
        ws, aid, state=A.ENTSCHULDIGT, excuse_reason="Kind krank", sick_note=True
    )
    assert (row.state, row.excuse_reason, row.sick_note) == (A.ENTSCHULDIGT, "Kind krank", True)
    row = attendance.set_attendance(ws, aid, note="ruft morgen an")  # partial: the rest stays
    assert (row.state, row.excuse_reason, row.note) == (
        A.ENTSCHULDIGT,
        "Kind krank",
        "ruft morgen an",
    )
    row = attendance.set_attendance(ws, aid, state=A.KRANK)  # illness is its own reason
    assert (row.excuse_reason, row.sick_note) == ("", True)
    row = attendance.set_attendance(ws, aid, state=A.ENTSCHULDIGT, excuse_reason="Sonstiges")
    row = attendance.set_attendance(ws, aid, state=A.ENTSCHULDIGT)
    assert row.excuse_reason == "Sonstiges"
    row = attendance.set_attendance(ws, aid, state=A.VERSPAETET, arrived_at=dt.time(9, 20))
    assert (row.excuse_reason, row.sick_note, row.arrived_at) == ("", False, dt.time(9, 20))
    row = attendance.set_attendance(ws, aid, left_at=dt.time(11, 30))
    assert (row.arrived_at, row.left_at, row.note) == (
        dt.time(9, 20),
        dt.time(11, 30),
        "ruft morgen an",
    )
    with pytest.raises(ValidationError, match="Gehzeit"):
        attendance.set_attendance(ws, aid, left_at=dt.time(9, 10))
    with pytest.raises(ValidationError, match="nur bei „entschuldigt“"):
        attendance.set_attendance(ws, aid, excuse_reason="Kind krank")
    with pytest.raises(ValidationError, match="Ankunfts- und Gehzeit"):
        attendance.set_attendance(ws, aid, state=A.UNENTSCHULDIGT, arrived_at=dt.time(9))
    row = attendance.set_attendance(ws, aid, state=A.UNENTSCHULDIGT)
    assert (row.arrived_at, row.left_at, row.excuse_reason) == (None, None, "")
    assert stored(ws, aid).state is A.UNENTSCHULDIGT
    assert audits(ws, "attendance.changed") == 8
    attendance.remove_enrolment(ws, aid)
    assert attendance.session_sheet(ws, sid).rows == ()
    with pytest.raises(ValidationError, match="gibt es nicht mehr"):
        attendance.set_attendance(ws, aid, state=A.ANWESEND)


def test_walk_in_is_enrolled_and_present_with_children(workspace) -> None:
    ws = workspace
    kids = [ChildData(2022, 3, "Mia", True), ChildData(2019, 1, "Ben", False)]
    pid = person(ws, "Yilmaz", "Ayşe", children=kids)
    expected = person(ws, "Arslan")
    sid = session(ws, TUESDAYS[0])
    attendance.enrol(ws, sid, [expected])
    row = attendance.add_walk_in(ws, sid, pid)
    assert row.state is A.ANWESEND and row.name == "Yilmaz, Ayşe"
    assert [(c.first_name, c.selected) for c in row.children] == [("Mia", True)]
    assert stored(ws, row.attendance_id).children_in_care == 1
    again = attendance.add_walk_in(ws, sid, expected)  # was expected: just marked present
    assert again.state is A.ANWESEND
    assert len(attendance.session_sheet(ws, sid).rows) == 2
    assert audits(ws, "attendance.walk_in") == 2


def test_marking_present_selects_the_children_needing_care_once(workspace) -> None:
    ws = workspace
    kids = [
        ChildData(2023, 5, "Mia", True),
        ChildData(2020, 2, "Emir", True),
        ChildData(2014, 6, "Lara", True),  # 12 at the session: not looked after any more
        ChildData(2021, 8, "Ben", False),
    ]
    pid = person(ws, "Şahin", children=kids)
    ids = child_ids(ws, pid)
    sid = session(ws, TUESDAYS[1])
    attendance.enrol(ws, sid, [pid])
    aid = row_id(ws, sid, pid)
    assert chosen(ws, aid) == set()
    row = attendance.set_attendance(ws, aid, state=A.ANWESEND)
    assert chosen(ws, aid) == {ids["Mia"], ids["Emir"]}
    assert [c.first_name for c in row.children] == ["Emir", "Mia"]  # older first
    assert [c.age for c in row.children] == [6, 3]
    assert stored(ws, aid).children_in_care == 2
    attendance.set_children(ws, aid, [ids["Emir"]])
    attendance.set_attendance(ws, aid, state=A.VERSPAETET)  # a choice made stays
    assert chosen(ws, aid) == {ids["Emir"]} and stored(ws, aid).children_in_care == 1
    attendance.set_attendance(ws, aid, state=A.ENTSCHULDIGT)  # absent: nobody looked after
    assert chosen(ws, aid) == set() and stored(ws, aid).children_in_care == 0
    attendance.set_attendance(ws, aid, state=A.ANWESEND)
    assert chosen(ws, aid) == {ids["Mia"], ids["Emir"]}
    no_care = session(ws, TUESDAYS[2], kind=SessionKind.EINZELCOACHING, childcare=False)
    row = attendance.add_walk_in(ws, no_care, pid)
    assert chosen(ws, row.attendance_id) == set()


def test_set_children_checks_whose_children_they_are(workspace) -> None:
    ws = workspace
    mother = person(ws, "Becker", children=[ChildData(2022, 1, "Mia", True)])
    other = person(ws, "Arslan", children=[ChildData(2021, 1, "Emir", True)])
    sid = session(ws, TUESDAYS[0])
    attendance.enrol(ws, sid, [mother])
    aid = row_id(ws, sid, mother)
    with pytest.raises(ValidationError, match="gehört nicht zu dieser Person"):
        attendance.set_children(ws, aid, [child_ids(ws, other)["Emir"]])
    assert chosen(ws, aid) == set()
    attendance.set_children(ws, aid, [child_ids(ws, mother)["Mia"]])  # expected: planned
    assert stored(ws, aid).children_in_care == 1
    attendance.set_attendance(ws, aid, state=A.UNENTSCHULDIGT)
    with pytest.raises(ValidationError, match="nicht da"):
        attendance.set_children(ws, aid, [child_ids(ws, mother)["Mia"]])
    coaching = session(ws, TUESDAYS[1], kind=SessionKind.EINZELCOACHING, childcare=False)
    attendance.enrol(ws, coaching, [mother])
    with pytest.raises(ValidationError, match="keine Kinderbetreuung"):
        attendance.set_children(ws, row_id(ws, coaching, mother), [child_ids(ws, mother)["Mia"]])


def test_childcare_age_groups_at_the_session_date_and_capacity(workspace) -> None:
    ws = workspace
    day = dt.date(2026, 10, 6)
    a = person(
        ws, "Arslan", children=[ChildData(2024, 1, "Ela", True), ChildData(2023, 10, "Can", True)]
    )
    b = person(
        ws, "Becker", children=[ChildData(2020, 11, "Tim", True), ChildData(2019, 10, "Pia", True)]
    )
    c = person(ws, "Cem", children=[ChildData(2018, 1, "Ali", True)])
    sid = session(ws, day, capacity=4)
    attendance.enrol(ws, sid, [a, b, c])
    # Ela 2, Can 3 (born 10/2023), Tim 5 (turns 6 in November), Pia 7, Ali 8
    care = attendance.childcare_summary(ws, sid)  # all expected: the forecast
    assert (care.under_3, care.age_3_to_6, care.school_age) == (1, 2, 2)
    assert care.total == 5 and care.capacity == 4 and care.over_capacity
    attendance.set_attendance(ws, row_id(ws, sid, c), state=A.KRANK)
    care = attendance.childcare_summary(ws, sid)
    assert (care.under_3, care.age_3_to_6, care.school_age) == (1, 2, 1)
    assert not care.over_capacity
    attendance.set_attendance(ws, row_id(ws, sid, b), state=A.ANWESEND)
    attendance.set_children(ws, row_id(ws, sid, b), [child_ids(ws, b)["Tim"]])
    sheet = attendance.session_sheet(ws, sid)
    assert (sheet.childcare.under_3, sheet.childcare.age_3_to_6, sheet.childcare.school_age) == (
        1,
        2,
        0,
    )
    becker = next(r for r in sheet.rows if r.last_name == "Becker")
    assert [(k.first_name, k.age, k.selected) for k in becker.children] == [
        ("Pia", 7, False),
        ("Tim", 5, True),
    ]


def test_session_sheet_sorted_by_folded_name_with_session_info(workspace) -> None:
    ws = workspace
    names = ["Ostermann", "Özdemir", "Mueller", "Müller", "Zander", "Abel"]
    pids = [person(ws, n, "Eva" if n == "Müller" else "Anna") for n in names]
    sid = session(ws, dt.date(2026, 10, 3))  # Tag der Deutschen Einheit
    attendance.enrol(ws, sid, pids)
    attendance.set_attendance(ws, row_id(ws, sid, pids[0]), state=A.ANWESEND)
    sheet = attendance.session_sheet(ws, sid)
    # German phone-book order: "Özdemir" as "Oezdemir", before "Ostermann"
    assert [r.last_name for r in sheet.rows] == [
        "Abel", "Mueller", "Müller", "Özdemir", "Ostermann", "Zander",
    ]  # fmt: skip
    info = sheet.session
    assert (info.id, info.expected, info.present) == (sid, 6, 1)
    assert info.coach_names == ("Anna Beispiel",) and info.room == "Sitzungssaal"
    assert info.location_name and info.holiday == "Tag der Deutschen Einheit"


# -- summaries ------------------------------------------------------------------------------
def test_summaries_count_only_the_enrolment_window(workspace) -> None:
    ws = workspace
    sids = [session(ws, day) for day in TUESDAYS]  # 12 past Tuesdays, 9:00–12:00
    cancelled = session(ws, dt.date(2026, 11, 19), cancelled=True)
    future = session(ws, dt.date(2026, 12, 1))
    late = person(ws, "Spät", entry_date=TUESDAYS[6])
    placed = person(ws, "Arbeit", entry_date=TUESDAYS[0])
    place(ws, placed, TUESDAYS[3])  # starts work on the 4th Tuesday: counts up to the 3rd
    steady = person(ws, "Treu", entry_date=TUESDAYS[0])
    for pid in (late, placed, steady):
        for sid in sids:
            record(ws, sid, pid, A.UNENTSCHULDIGT if pid == late else A.ANWESEND)
        attendance.enrol(ws, future, [pid])
    with ws.db.session() as s:  # a cancelled date with a stale row counts for nobody
        s.add(Attendance(session_id=cancelled, participant_id=steady, state=A.UNENTSCHULDIGT))
    for sid in sids[6:]:
        attendance.set_attendance(ws, row_id(ws, sid, late), state=A.ANWESEND)
    found = attendance.summaries(ws, 1, TODAY)
    assert (found[late].counted, found[late].attended, found[late].unexcused) == (6, 6, 0)
    assert found[late].rate == 1.0
    assert (found[placed].counted, found[placed].attended) == (3, 3)
    assert found[steady].counted == 12 and found[steady].hours == 36.0
    assert found[steady].unexcused_in_a_row == 0
    assert attendance.summary_for(ws, placed, TODAY) == found[placed]


def test_unexcused_in_a_row_hours_and_rate(workspace) -> None:
    ws = workspace
    pid = person(ws, "Becker", entry_date=TUESDAYS[0])
    states = [A.ANWESEND, A.VERSPAETET, A.ENTSCHULDIGT, A.UNENTSCHULDIGT, A.KRANK]
    states += [A.ANWESEND, A.UNENTSCHULDIGT, A.UNENTSCHULDIGT, A.UNENTSCHULDIGT]
    sids = [session(ws, day) for day in TUESDAYS]
    for sid, state in zip(sids, states, strict=False):
        record(ws, sid, pid, state)
    attendance.set_attendance(ws, row_id(ws, sids[1], pid), arrived_at=dt.time(9, 30))
    attendance.set_attendance(
        ws, row_id(ws, sids[5], pid), arrived_at=dt.time(9, 15), left_at=dt.time(11, 0)
    )
    attendance.enrol(ws, sids[9], [pid])  # past, never recorded: not counted
    summary = attendance.summary_for(ws, pid, TODAY)
    assert (summary.counted, summary.attended, summary.excused, summary.unexcused) == (9, 3, 2, 4)
    assert summary.unexcused_in_a_row == 3
    assert summary.hours == pytest.approx(3 + 2.5 + 1.75)
    assert summary.rate == pytest.approx(3 / 9)
    record(ws, sids[10], pid, A.ENTSCHULDIGT)  # an excused absence ends the run
    assert attendance.summary_for(ws, pid, TODAY).unexcused_in_a_row == 0
    nobody = person(ws, "Neu")
    assert attendance.summary_for(ws, nobody, TODAY).rate is None


def test_roster_rows_carry_rate_and_run(workspace) -> None:
    ws = workspace
    pid = person(ws, "Becker", entry_date=TUESDAYS[0])
    for sid, state in zip(
        [session(ws, d) for d in TUESDAYS[:4]],
        [A.ANWESEND, A.UNENTSCHULDIGT, A.UNENTSCHULDIGT, A.UNENTSCHULDIGT],
        strict=True,
    ):
        record(ws, sid, pid, state)
    other = person(ws, "Arslan")
    rows = {r.id: r for r in roster.roster_rows(ws, 1, today=TODAY)}
    assert rows[pid].attendance_rate == 0.25 and rows[pid].unexcused_in_a_row == 3
    assert rows[other].attendance_rate is None and rows[other].unexcused_in_a_row == 0


# -- the demo and speed -----------------------------------------------------------------------
def test_demo_children_in_care_match_the_links_and_sheet_opens_fast(workspace) -> None:
    ws = workspace
    demo.fill_demo(ws, add_coaches=False, today=TODAY)
    with ws.db.session() as s:
        linked = dict(
            s.execute(
                select(AttendanceChild.attendance_id, func.count()).group_by(
                    AttendanceChild.attendance_id
                )
            ).all()
        )
        counts = dict(s.execute(select(Attendance.id, Attendance.children_in_care)).all())
        busiest = s.scalars(
            select(Attendance.session_id)
            .group_by(Attendance.session_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    assert linked and all(counts[aid] == n for aid, n in linked.items())
    assert all(n == linked.get(aid, 0) for aid, n in counts.items())
    timings = []
    for _ in range(5):
        t0 = time.perf_counter()
        sheet = attendance.session_sheet(ws, busiest)
        timings.append(time.perf_counter() - t0)
    assert len(sheet.rows) > 40
    assert statistics.median(timings) < 0.05
    found = attendance.summaries(ws, 1, TODAY)
    assert len(found) == 64 and sum(1 for f in found.values() if f.unexcused_in_a_row >= 3) >= 2
