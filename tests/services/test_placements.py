"""Placements: status → vermittelt, exit date and reason, follow-ups due after 3 and 6 months."""

from __future__ import annotations

import datetime as dt

import pytest

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import leads, placements, roster
from gemeinsam_desktop.services.leads import LeadData
from gemeinsam_desktop.services.placements import PlacementData, add_months
from gemeinsam_desktop.store.models import LeadStage, ParticipantStatus, PlacementKind
from tests.services.test_leads import MONDAY, employer, person

START = dt.date(2026, 1, 31)


def place(ws, pid: int, start: dt.date = START, mark: bool = True, **kw) -> int:
    kw.setdefault("employer_text", "Hotel am Domplatz")
    data = PlacementData(participant_id=pid, start_date=start, **kw)
    return placements.save_placement(ws, data, mark_placed=mark, today=start)


def test_add_months_keeps_the_day_or_takes_the_last() -> None:
    assert add_months(START, 1) == dt.date(2026, 2, 28)
    assert add_months(START, 3) == dt.date(2026, 4, 30)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)


def test_placing_sets_status_exit_date_and_reason(workspace) -> None:
    pid = person(workspace, entry_date=dt.date(2025, 11, 3))
    place(workspace, pid, kind=PlacementKind.SV_TEILZEIT, hours_per_week=25)
    p = roster.load_participant(workspace, pid)
    assert p.status is ParticipantStatus.VERMITTELT
    assert (p.exit_date, p.exit_reason) == (dt.date(2026, 1, 30), "Arbeitsaufnahme")
    [row] = placements.placements_of(workspace, pid)
    assert (row.employer_name, row.kind, row.hours_per_week) == (
        "Hotel am Domplatz",
        PlacementKind.SV_TEILZEIT,
        25,
    )


def test_placing_without_marking_or_with_an_exit_entered_keeps_them(workspace) -> None:
    pid = person(workspace)
    place(workspace, pid, mark=False)
    assert roster.load_participant(workspace, pid).status is ParticipantStatus.AKTIV
    other = person(workspace, "Şahin", exit_date=dt.date(2026, 1, 15), exit_reason="Umzug")
    place(workspace, other)
    p = roster.load_participant(workspace, other)
    assert (p.status, p.exit_date, p.exit_reason) == (
        ParticipantStatus.VERMITTELT,
        dt.date(2026, 1, 15),
        "Umzug",
    )


def test_bad_input_is_refused_and_nothing_written(workspace) -> None:
    pid = person(workspace)
    with pytest.raises(ValidationError, match="Arbeitgeber"):
        place(workspace, pid, employer_text=" ")
    with pytest.raises(ValidationError, match="beginnt"):
        placements.save_placement(
            workspace, PlacementData(participant_id=pid, employer_text="X"), mark_placed=True
        )
    with pytest.raises(ValidationError, match="Wochenstunden"):
        place(workspace, pid, hours_per_week=0)
    assert placements.placements_of(workspace, pid) == []
    assert roster.load_participant(workspace, pid).status is ParticipantStatus.AKTIV


def test_follow_ups_fall_due_after_3_and_6_months_until_recorded(workspace) -> None:
    pid = person(workspace)
    eid = employer(workspace)
    plid = place(workspace, pid, employer_id=eid, employer_text="")
    late = person(workspace, "Mustermann-Groß", "Jörg")
    place(workspace, late, start=dt.date(2026, 3, 1))

    def due(day: dt.date) -> list[tuple[int, int, dt.date]]:
        return [
            (d.participant_id, d.months, d.due_on)
            for d in placements.due_placement_follow_ups(workspace, day)
        ]

    assert due(dt.date(2026, 4, 29)) == []
    assert due(dt.date(2026, 4, 30)) == [(pid, 3, dt.date(2026, 4, 30))]
    with pytest.raises(ValidationError, match="erst ab dem 31.07.2026"):
        placements.record_follow_up(workspace, plid, 6, True, today=dt.date(2026, 5, 4))
    placements.record_follow_up(workspace, plid, 3, True, today=dt.date(2026, 5, 4))
    assert due(dt.date(2026, 6, 1)) == [(late, 3, dt.date(2026, 6, 1))]
    assert due(dt.date(2026, 9, 1)) == [
        (late, 3, dt.date(2026, 6, 1)),
        (pid, 6, dt.date(2026, 7, 31)),
        (late, 6, dt.date(2026, 9, 1)),
    ]
    [row] = placements.placements_of(workspace, pid)
    assert (row.employed_after_3m, row.followup_3m_checked_on) == (True, dt.date(2026, 5, 4))
    assert row.employer_name == "Bäckerei Süßholz"
    # "No longer employed" is an answer too; taking an answer back makes it due again.
    placements.record_follow_up(workspace, plid, 6, False, today=dt.date(2026, 8, 3))
    assert (pid, 6, dt.date(2026, 7, 31)) not in due(dt.date(2026, 9, 1))
    placements.record_follow_up(workspace, plid, 6, None, today=dt.date(2026, 8, 4))
    assert (pid, 6, dt.date(2026, 7, 31)) in due(dt.date(2026, 9, 1))
    [row] = placements.placements_of(workspace, pid)
    assert (row.employed_after_6m, row.followup_6m_checked_on) == (None, None)


def test_a_lead_reaching_eingestellt_fills_in_the_placement(workspace) -> None:
    pid = person(workspace)
    eid = employer(workspace)
    lid = leads.save_lead(
        workspace,
        LeadData(participant_id=pid, employer_id=eid, position="Verkauf", weekly_hours=38),
        today=MONDAY,
    )
    leads.move_stage(workspace, lid, LeadStage.EINGESTELLT, today=MONDAY)
    draft = placements.draft_from_lead(workspace, lid, today=MONDAY)
    assert (draft.employer_id, draft.position, draft.hours_per_week) == (eid, "Verkauf", 38)
    assert (draft.kind, draft.start_date, draft.lead_id) == (PlacementKind.SV_VOLLZEIT, MONDAY, lid)
    plid = placements.save_placement(workspace, draft, mark_placed=True, today=MONDAY)
    [row] = placements.placements_of(workspace, pid)
    assert (row.id, row.lead_id) == (plid, lid)
    placements.delete_placement(workspace, plid)
    assert placements.placements_of(workspace, pid) == []
