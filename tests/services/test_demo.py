"""The demo store: complete, plausible, deterministic, all or nothing."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import holidays
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import demo
from gemeinsam_desktop.services.workspace import DataFolder, Workspace
from gemeinsam_desktop.store.models import (
    Agreement,
    AgreementState,
    Attendance,
    AttendanceState,
    Coach,
    Employer,
    Lead,
    Participant,
    ParticipantStatus,
    Placement,
    Project,
    Session,
    SessionKind,
)
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 6, 10)  # a Wednesday; the period spans Easter, Ascension, Whitsun


@pytest.fixture
def filled(workspace: Workspace) -> tuple[Workspace, demo.DemoSummary]:
    return workspace, demo.fill_demo(workspace, today=TODAY)


def _count(ws: Workspace, model: type) -> int:
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_counts(filled: tuple[Workspace, demo.DemoSummary]) -> None:
    ws, summary = filled
    with ws.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 64
        assert s.scalar(select(func.count()).select_from(Session)) > 60
        assert s.scalar(select(func.count()).select_from(Employer)) == 8
        past = select(Attendance.state).join(Session, Session.id == Attendance.session_id)
        states = Counter(s.scalars(past.where(Session.starts_at < dt.datetime(2026, 6, 10))))
        assert sum(states.values()) > 1000
        assert AttendanceState.ERWARTET not in states
        assert states[AttendanceState.ANWESEND] / sum(states.values()) > 0.7
        assert states[AttendanceState.UNENTSCHULDIGT] >= 6
        leads = list(s.scalars(select(Lead.stage)))
        assert len(leads) >= 30 and len(set(leads)) >= 6
        placed = s.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.status == ParticipantStatus.VERMITTELT)
        )
        assert s.scalar(select(func.count()).select_from(Placement)) == placed > 0
        week = (dt.date(2026, 6, 8), dt.date(2026, 6, 14))
        due = select(func.count()).select_from(Agreement).where(Agreement.due_date.between(*week))
        assert s.scalar(due.where(Agreement.state == AgreementState.OFFEN)) >= 5
        assert s.scalar(select(func.count()).select_from(Coach)) == 3
        project = s.scalars(select(Project)).one()
        assert project.name == demo.DEMO_PROJECT_NAME
        assert project.start_date <= TODAY <= project.end_date
        assert project.placement_target == 0.9
        assert len(_unexcused_runs(s)) >= 2
    assert summary.participants == 64 and summary.coaches == 2
    assert summary.notes > 150 and summary.agreements >= 128
    assert "64 Teilnehmende" in summary.describe()
    assert ws.db.integrity_problems() == []


def _unexcused_runs(s: DbSession) -> set[int]:
    """Participants with three unexcused absences in a row at past group sessions."""
    rows = s.execute(
        select(Attendance.participant_id, Attendance.state)
        .join(Session, Session.id == Attendance.session_id)
        .where(Session.kind.in_([SessionKind.WORKSHOP, SessionKind.GRUPPENGESPRAECH]))
        .where(Session.starts_at < dt.datetime(2026, 6, 10))
        .order_by(Attendance.participant_id, Session.starts_at)
    )
    runs: Counter[int] = Counter()
    found = set()
    for pid, state in rows:
        runs[pid] = runs[pid] + 1 if state == AttendanceState.UNENTSCHULDIGT else 0
        if runs[pid] >= 3:
            found.add(pid)
    return found


def test_attendance_within_enrolment_and_no_holidays(
    filled: tuple[Workspace, demo.DemoSummary],
) -> None:
    ws, _summary = filled
    free = holidays.Germany(subdiv="HE", years=range(2025, 2028))
    with ws.db.session() as s:
        rows = s.execute(
            select(Session.starts_at, Participant.entry_date, Participant.exit_date)
            .join(Attendance, Attendance.session_id == Session.id)
            .join(Participant, Participant.id == Attendance.participant_id)
        ).all()
        for starts_at, entry, exit_ in rows:
            assert entry <= starts_at.date()
            assert exit_ is None or starts_at.date() <= exit_
        days = [t.date() for t in s.scalars(select(Session.starts_at))]
        assert [d for d in days if d in free] == []
        kinds = set(s.scalars(select(Session.kind)))
        assert {SessionKind.AUFTAKT, SessionKind.BETRIEBSBESICHTIGUNG} <= kinds
        assert s.scalar(select(func.count()).select_from(Session).where(Session.cancelled)) == 1


def test_default_today_lies_in_the_period(workspace: Workspace) -> None:
    demo.fill_demo(workspace, add_coaches=False)
    with workspace.db.session() as s:
        project = s.scalars(select(Project)).one()
        assert project.start_date <= dt.date.today() <= project.end_date
        assert s.scalar(select(func.count()).select_from(Coach)) == 1


def test_second_run_is_refused_and_changes_nothing(
    filled: tuple[Workspace, demo.DemoSummary],
) -> None:
    ws, _summary = filled
    before = ws.db.table_counts()
    with pytest.raises(ValidationError, match="bereits eingetragen"):
        demo.fill_demo(ws, today=TODAY)
    assert ws.db.table_counts() == before


def _status_by_person(ws: Workspace) -> dict[str, str]:
    with ws.db.session() as s:
        rows = s.execute(select(Participant.customer_number, Participant.status))
        return {number: str(status) for number, status in rows}


def test_same_seed_same_store(workspace: Workspace, tmp_path: Path) -> None:
    demo.fill_demo(workspace, today=TODAY, seed=7)
    folder = DataFolder(tmp_path / "zweiter")
    other, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    try:
        demo.fill_demo(other, today=TODAY, seed=7)
        assert len(_status_by_person(other)) == 64
        assert _status_by_person(workspace) == _status_by_person(other)
        assert Counter(_status_by_person(other).values())["vermittelt"] == 6
        assert workspace.db.table_counts() == other.db.table_counts()
    finally:
        other.close()
        folder.release()


def test_demo_coaches_can_unlock(workspace: Workspace, data_dir: Path) -> None:
    demo.fill_demo(workspace, today=TODAY)
    workspace.close()
    workspace.folder.release()  # the fixture closes and releases again: both are harmless
    folder = DataFolder(data_dir)
    try:
        for name, passphrase in demo.DEMO_COACHES.items():
            ws = folder.unlock_passphrase(passphrase)
            assert ws.current_coach.name == name
            assert not ws.current_coach.is_lead
            assert _count(ws, Participant) == 64
            ws.close()
    finally:
        folder.release()


def test_failure_rolls_everything_back(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ctx: object, people: object) -> None:
        raise RuntimeError("mitten im Füllen")

    monkeypatch.setattr(demo, "_leads", broken)
    with pytest.raises(RuntimeError):
        demo.fill_demo(workspace, today=TODAY)
    assert _count(workspace, Participant) == 0 and _count(workspace, Session) == 0
    monkeypatch.undo()
    summary = demo.fill_demo(workspace, today=TODAY)  # the coaches from before are kept
    assert summary.coaches == 0 and _count(workspace, Coach) == 3
