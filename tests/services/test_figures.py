"""The figures of a period: Integrationsquote, attendance, childcare, sessions, leads."""

from __future__ import annotations

import datetime as dt

import pytest

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import figures, figures_export
from gemeinsam_desktop.store.models import (
    AttendanceState,
    LeadStage,
    Participant,
    ParticipantStatus,
    Placement,
    PlacementKind,
    SessionKind,
)
from tests.services import figures_data

START = dt.date(2026, 1, 5)
TODAY = dt.date(2026, 7, 15)


@pytest.fixture
def project(workspace):
    return figures_data.build(workspace, START)


def _compute(ws, start=START, end=dt.date(2026, 6, 30), today=TODAY):
    return figures.compute(ws, 1, start, end, today)


def test_integration_rate_18_of_20_finished_is_90_percent(workspace, project) -> None:
    quota = _compute(workspace).integration

    assert (quota.integrated, quota.finished) == (18, 20)
    assert quota.rate == pytest.approx(0.9)
    assert quota.reached
    # Minijob beside the quote, not in it; the active person's Praktikum is in neither.
    assert (quota.minijob, quota.praktikum) == (1, 0)
    assert figures_export.percent_de(quota.rate) == "90 %"


def test_minijob_does_not_count_as_integration(workspace, project) -> None:
    with workspace.db.session() as s:
        minijob = s.query(Placement).filter_by(kind=PlacementKind.MINIJOB).one()
        minijob.kind = PlacementKind.SV_TEILZEIT  # the same person, now a real job
    assert _compute(workspace).integration.integrated == 19
    with workspace.db.session() as s:
        job = s.query(Placement).filter_by(kind=PlacementKind.AUSBILDUNG).one()
        job.kind = PlacementKind.MINIJOB
    quota = _compute(workspace).integration
    assert (quota.integrated, quota.finished, quota.minijob) == (18, 20, 1)


def test_quote_counts_only_what_happened_by_the_period_end(workspace, project) -> None:
    # Ten people left by START + 39; the tenth starts work the day after: not yet integrated.
    quota = _compute(workspace, end=START + dt.timedelta(days=39)).integration
    assert (quota.integrated, quota.finished) == (9, 10)
    # Leaving (exit date) without a finished status still finishes the participation.
    with workspace.db.session() as s:
        tom = s.query(Participant).filter_by(first_name="Tom").one()
        tom.exit_date = START + dt.timedelta(days=60)
    quota = _compute(workspace).integration
    assert (quota.integrated, quota.finished) == (18, 21)


def test_attendance_rate_counts_recorded_held_sessions_only(workspace, project) -> None:
    att = _compute(workspace).attendance

    assert (att.counted, att.present, att.late) == (7, 4, 1)
    assert (att.excused, att.sick, att.unexcused) == (1, 1, 1)
    assert att.rate == pytest.approx(4 / 7)
    # A period around the first four sessions only.
    first = _compute(workspace, start=project.session_days[0], end=project.session_days[3])
    assert (first.attendance.counted, first.attendance.present) == (4, 4)


def test_today_limits_the_sessions_that_count(workspace, project) -> None:
    fig = _compute(workspace, today=project.session_days[3])  # the day of the fourth
    assert fig.attendance.counted == 3
    assert fig.sessions_held == 3


def test_child_sessions_are_session_child_pairs(workspace, project) -> None:
    fig = _compute(workspace)

    assert fig.child_sessions == 3
    assert fig.children_cared == 2


def test_sessions_people_leads_and_placements_of_the_period(workspace, project) -> None:
    fig = _compute(workspace)

    assert fig.sessions_by_kind == {
        SessionKind.WORKSHOP: 5,  # four counted ones and the unrecorded one
        SessionKind.GRUPPENGESPRAECH: 2,
        SessionKind.EINZELCOACHING: 1,
    }
    assert fig.sessions_cancelled == 1
    assert (fig.in_period, fig.entries, fig.exits) == (23, 23, 20)
    assert fig.status_count(ParticipantStatus.AKTIV) == 3
    reasons = {(e.status, e.reason): e.count for e in fig.exits_by_reason}
    assert reasons == {
        (ParticipantStatus.VERMITTELT, "Arbeitsaufnahme"): 19,
        (ParticipantStatus.ABGEBROCHEN, "Umzug"): 1,
    }
    assert fig.leads_by_stage == {LeadStage.IDEE: 1, LeadStage.BEWORBEN: 1}
    assert fig.leads_new == 2
    assert fig.placements_by_kind[PlacementKind.SV_VOLLZEIT] == 8
    assert fig.placements_by_kind[PlacementKind.PRAKTIKUM] == 1
    assert sum(fig.placements_total_by_kind.values()) == 20


def test_sustained_employment_after_three_and_six_months(workspace, project) -> None:
    sus = _compute(workspace).sustained

    # 18 integrations started by START + 49; by 30 June all are 3 months old, none 6.
    assert (sus.due_3m, sus.checked_3m, sus.employed_3m) == (18, 10, 10)
    assert sus.rate_3m == 1.0
    assert (sus.due_6m, sus.rate_6m) == (0, None)


def test_follow_ups_due_are_the_open_checks(workspace, project) -> None:
    due = figures.follow_ups_due(workspace, 1, TODAY)
    # Nine placements three months old that nobody asked about, and the Praktikum whose
    # three months end today; no employer has a follow-up date.
    assert due.placements == 10
    assert due.employers == 0
    assert due.total == 10


def test_named_lines_list_everyone_of_the_period_without_notes(workspace, project) -> None:
    lines = figures.named_lines(workspace, 1, START, dt.date(2026, 6, 30), TODAY)

    assert len(lines) == 23
    julide = next(x for x in lines if x.first_name == "Jülide")
    assert julide.customer_number == "123D456789"
    assert julide.attendance_rate == pytest.approx(4 / 7)
    assert julide.status is ParticipantStatus.AKTIV
    assert not any(figures_data.SECRET_NOTE in repr(x) for x in lines)


def test_a_period_that_ends_before_it_starts_is_refused(workspace, project) -> None:
    with pytest.raises(ValidationError, match="liegt vor dem Anfang"):
        figures.compute(workspace, 1, START, START - dt.timedelta(days=1))


def test_empty_project_has_no_rates(workspace) -> None:
    fig = figures.compute(workspace, 1, START, dt.date(2026, 6, 30), TODAY)
    assert fig.integration.rate is None
    assert fig.attendance.rate is None
    assert fig.integration.target == 0.9
    assert AttendanceState.ANWESEND not in fig.sessions_by_kind
