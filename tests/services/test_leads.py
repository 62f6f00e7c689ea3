"""Leads: every stage change is dated and counted in the history; drops need a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import leads, privacy, roster
from gemeinsam_desktop.services.leads import LeadData
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    AuditEvent,
    Employer,
    LeadStage,
    LeadStageChange,
    ParticipantStatus,
)

S = LeadStage
MONDAY = dt.date(2026, 3, 2)


def person(ws: Workspace, last: str = "Öztürk-Weiß", first: str = "Jülide", **kw) -> int:
    kw.setdefault("status", ParticipantStatus.AKTIV)
    return roster.save_participant(
        ws, ParticipantData(project_id=1, last_name=last, first_name=first, **kw), today=MONDAY
    )


def employer(ws: Workspace, name: str = "Bäckerei Süßholz", sector: str = "Lebensmittel") -> int:
    with ws.db.session() as s:
        e = Employer(name=name, sector=sector)
        s.add(e)
        s.flush()
        return e.id


def new_lead(ws: Workspace, pid: int, day: dt.date = MONDAY, **kw) -> int:
    data = LeadData(
        participant_id=pid, position=kw.pop("position", "Verkauf"), created_on=day, **kw
    )
    return leads.save_lead(ws, data, today=day)


def steps(ws: Workspace, lead_id: int) -> list[tuple[LeadStage, dt.date, str]]:
    return [(h.stage, h.changed_on, h.reason) for h in leads.load_lead(ws, lead_id).history]


def test_a_new_lead_starts_its_history(workspace) -> None:
    pid = person(workspace)
    eid = employer(workspace)
    lid = new_lead(workspace, pid, employer_id=eid, source="partner", source_detail="Frau Kümmel")
    lead = leads.load_lead(workspace, lid)
    assert (lead.stage, lead.created_on, lead.stage_changed_on) == (S.IDEE, MONDAY, MONDAY)
    assert lead.employer_name == "Bäckerei Süßholz" and lead.source_detail == "Frau Kümmel"
    assert lead.coach_name == "Anna Beispiel" and lead.participant_name == "Öztürk-Weiß, Jülide"
    assert steps(workspace, lid) == [(S.IDEE, MONDAY, "")]


def test_moves_forward_back_and_drop_are_dated_and_counted(workspace) -> None:
    pid = person(workspace)
    lid = new_lead(workspace, pid, employer_text="Café Kornmarkt")
    days = [MONDAY + dt.timedelta(days=n) for n in (0, 3, 10, 12, 20)]
    assert leads.move_stage(workspace, lid, S.ANGESPROCHEN, today=days[1])
    assert leads.move_stage(workspace, lid, S.BEWORBEN, on=days[1], today=days[2])  # backdated
    assert leads.move_stage(workspace, lid, S.GESPRAECH, today=days[2])
    assert leads.move_stage(workspace, lid, S.BEWORBEN, today=days[3])  # back: recorded too
    assert not leads.move_stage(workspace, lid, S.BEWORBEN, today=days[3])  # same: nothing
    assert leads.move_stage(
        workspace, lid, S.VERWORFEN, reason="  Stelle bereits vergeben ", today=days[4]
    )
    assert steps(workspace, lid) == [
        (S.IDEE, days[0], ""),
        (S.ANGESPROCHEN, days[1], ""),
        (S.BEWORBEN, days[1], ""),
        (S.GESPRAECH, days[2], ""),
        (S.BEWORBEN, days[3], ""),
        (S.VERWORFEN, days[4], "Stelle bereits vergeben"),
    ]
    lead = leads.load_lead(workspace, lid)
    assert (lead.stage, lead.stage_changed_on) == (S.VERWORFEN, days[4])
    assert lead.dropped_reason == "Stelle bereits vergeben"
    # Picked up again: the reason leaves the lead, the history keeps it.
    assert leads.move_stage(workspace, lid, S.ANGESPROCHEN, today=days[4])
    lead = leads.load_lead(workspace, lid)
    assert lead.dropped_reason == "" and len(lead.history) == 7
    assert lead.history[5].reason == "Stelle bereits vergeben"
    with workspace.db.session() as s:
        stage_events = s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "lead.stage")
        )
    assert stage_events == 6


def test_dropping_needs_a_reason_and_changes_nothing_without(workspace) -> None:
    pid = person(workspace)
    lid = new_lead(workspace, pid)
    for reason in ("", "   "):
        with pytest.raises(ValidationError, match="Grund"):
            leads.move_stage(workspace, lid, S.VERWORFEN, reason=reason, today=MONDAY)
    with pytest.raises(ValidationError, match="Grund"):
        new_lead(workspace, pid, stage=S.VERWORFEN)
    assert steps(workspace, lid) == [(S.IDEE, MONDAY, "")]
    assert leads.load_lead(workspace, lid).stage is S.IDEE


def test_dates_in_the_future_or_before_the_last_step_are_refused(workspace) -> None:
    pid = person(workspace)
    lid = new_lead(workspace, pid)
    leads.move_stage(workspace, lid, S.BEWORBEN, today=MONDAY + dt.timedelta(days=5))
    with pytest.raises(ValidationError, match="Zukunft"):
        leads.move_stage(
            workspace,
            lid,
            S.GESPRAECH,
            on=MONDAY + dt.timedelta(days=9),
            today=MONDAY + dt.timedelta(days=8),
        )
    with pytest.raises(ValidationError, match="vor dem letzten Schritt"):
        leads.move_stage(
            workspace,
            lid,
            S.GESPRAECH,
            on=MONDAY + dt.timedelta(days=4),
            today=MONDAY + dt.timedelta(days=8),
        )
    assert len(steps(workspace, lid)) == 2


def test_a_lead_needs_a_position_or_employer(workspace) -> None:
    pid = person(workspace)
    with pytest.raises(ValidationError, match="Stelle oder den Arbeitgeber"):
        new_lead(workspace, pid, position="  ")
    with pytest.raises(ValidationError, match="Wochenstunden"):
        new_lead(workspace, pid, weekly_hours=80)


def test_editing_details_and_stage_in_one_save(workspace) -> None:
    pid = person(workspace)
    lid = new_lead(workspace, pid)
    leads.move_stage(workspace, lid, S.BEWORBEN, today=MONDAY)
    data = leads.load_lead(workspace, lid)
    data.position, data.weekly_hours = "Kasse (Teilzeit)", 20.0
    leads.save_lead(workspace, data, today=MONDAY)
    lead = leads.load_lead(workspace, lid)
    assert (lead.position, lead.stage, lead.weekly_hours) == ("Kasse (Teilzeit)", S.BEWORBEN, 20.0)
    assert len(lead.history) == 2
    later = MONDAY + dt.timedelta(days=9)
    lead.stage, lead.stage_changed_on = S.ZUSAGE, MONDAY + dt.timedelta(days=7)
    leads.save_lead(workspace, lead, today=later)
    assert steps(workspace, lid)[-1] == (S.ZUSAGE, MONDAY + dt.timedelta(days=7), "")
    lead = leads.load_lead(workspace, lid)
    lead.stage, lead.stage_changed_on, lead.position = S.VERWORFEN, later, "anders"
    with pytest.raises(ValidationError, match="Grund"):
        leads.save_lead(workspace, lead, today=later)
    assert leads.load_lead(workspace, lid).position == "Kasse (Teilzeit)"  # nothing written
    lead.dropped_reason = "Arbeitsweg zu weit"
    leads.save_lead(workspace, lead, today=later)
    assert steps(workspace, lid)[-1] == (S.VERWORFEN, later, "Arbeitsweg zu weit")


def test_board_columns_filters_and_days_in_stage(workspace) -> None:
    a, b = person(workspace), person(workspace, "Şahin", "Ayşe")
    today = MONDAY + dt.timedelta(days=30)
    la = new_lead(workspace, a)
    lb = new_lead(workspace, b, position="Lager")
    old = new_lead(workspace, b, position="Pflegehilfe")
    leads.move_stage(workspace, la, S.GESPRAECH, today=MONDAY + dt.timedelta(days=10))
    leads.move_stage(workspace, old, S.VERWORFEN, reason="zu weit", today=MONDAY)
    board = leads.board(workspace, 1, today=today)
    assert [c.lead_id for c in board.columns[S.GESPRAECH]] == [la]
    assert board.columns[S.GESPRAECH][0].days_in_stage == 20
    assert [c.lead_id for c in board.columns[S.IDEE]] == [lb]
    assert [c.lead_id for c in board.columns[S.VERWORFEN]] == [old]
    # Closed leads leave the board after BOARD_CLOSED_DAYS; lists keep them.
    later = MONDAY + dt.timedelta(days=leads.BOARD_CLOSED_DAYS + 1)
    assert leads.board(workspace, 1, today=later).columns[S.VERWORFEN] == []
    assert {x.id for x in leads.leads_of(workspace, b)} == {lb, old}
    assert [
        c.lead_id for c in leads.board(workspace, 1, participant_id=a, today=today).cards()
    ] == [la]
    assert leads.board(workspace, 1, coach_id=999, today=today).cards() == []
    assert leads.stage_counts(workspace, 1)[S.VERWORFEN] == 1


def test_neighbour_stage() -> None:
    assert leads.neighbour_stage(S.IDEE, -1) is None
    assert leads.neighbour_stage(S.IDEE, 1) is S.ANGESPROCHEN
    assert leads.neighbour_stage(S.EINGESTELLT, 1) is None
    assert leads.neighbour_stage(S.VERWORFEN, 1) is S.IDEE


def test_deleting_a_lead_or_erasing_the_person_removes_the_history(workspace) -> None:
    pid = person(workspace)
    lid = new_lead(workspace, pid)
    leads.move_stage(workspace, lid, S.VERWORFEN, reason="Arbeitszeiten passen nicht", today=MONDAY)
    other = new_lead(workspace, pid, position="Kasse")
    leads.delete_lead(workspace, other)
    with workspace.db.session() as s:
        assert {r.lead_id for r in s.scalars(select(LeadStageChange))} == {lid}
    privacy.erase_participant(workspace, pid)
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(LeadStageChange)) == 0


def test_the_demo_shows_leads_history_placements_and_follow_ups(workspace) -> None:
    from gemeinsam_desktop.services import demo, placements
    from gemeinsam_desktop.store.models import Placement

    today = dt.date(2026, 6, 10)
    demo.fill_demo(workspace, today=today)
    counts = leads.stage_counts(workspace, 1)
    assert all(counts[stage] > 0 for stage in leads.BOARD_COLUMNS), counts
    with workspace.db.session() as s:
        rows = s.scalars(select(LeadStageChange)).all()
        kinds = {p.kind for p in s.scalars(select(Placement))}
        linked = s.scalar(select(func.count()).where(Placement.lead_id.is_not(None)))
    assert len(rows) > 2 * sum(counts.values())  # several steps per lead
    spans = {}
    for row in rows:
        first, last = spans.get(row.lead_id, (row.changed_on, row.changed_on))
        spans[row.lead_id] = (min(first, row.changed_on), max(last, row.changed_on))
    assert max((b - a).days for a, b in spans.values()) >= 21  # weeks of history
    assert any(r.stage is S.VERWORFEN and r.reason for r in rows)
    assert len(kinds) >= 4 and linked
    assert placements.due_placement_follow_ups(workspace, today)  # some checks due …
    with workspace.db.session() as s:
        done = s.scalar(select(func.count()).where(Placement.followup_3m_checked_on.is_not(None)))
    assert done  # … and some recorded
