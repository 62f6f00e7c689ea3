"""Revision 0006 opens a store written at 0005: leads get their history, nothing is lost."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import select

from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store import database
from gemeinsam_desktop.store.models import (
    Employer,
    EmployerContact,
    Interaction,
    Lead,
    LeadStage,
    LeadStageChange,
    Placement,
)
from tests.data.make_frozen_stores import FROZEN_PASSPHRASE

FROZEN = Path(__file__).resolve().parent.parent / "data" / "store-0005"


def test_store_0005_upgrades_with_one_history_row_per_lead(tmp_path: Path) -> None:
    root = tmp_path / "alt"
    shutil.copytree(FROZEN, root)
    folder = DataFolder(root)
    ws = folder.unlock_passphrase(FROZEN_PASSPHRASE)
    try:
        assert ws.db.current_revision() == database.head_revision()
        with ws.db.session() as s:
            leads = {lead.id: lead for lead in s.scalars(select(Lead))}
            rows = s.scalars(select(LeadStageChange).order_by(LeadStageChange.lead_id)).all()
            assert [(r.lead_id, r.stage, r.changed_on, r.coach_id, r.reason) for r in rows] == [
                (1, LeadStage.BEWORBEN, dt.date(2026, 2, 16), None, ""),
                (
                    2,
                    LeadStage.VERWORFEN,
                    dt.date(2026, 1, 26),
                    None,
                    "Schichtdienst passt nicht zur Kinderbetreuung",
                ),
            ]
            assert leads[1].employer_id == 1 and leads[1].position == "Verkauf"
            assert leads[2].employer_text == "Pflegedienst Lahnblick"
            assert all(
                lead.source_detail == "" and lead.coach_id is None for lead in leads.values()
            )
            # The employer kept its contact and interaction (no cascade while copying tables).
            assert s.scalars(select(Employer)).one().min_weekly_hours is None
            assert s.scalars(select(EmployerContact)).one().name == "Grete Kümmel"
            assert s.scalars(select(Interaction)).one().employer_id == 1
            placement = s.scalars(select(Placement)).one()
            assert placement.employer_id == 1 and placement.employed_after_3m is True
            assert placement.followup_3m_checked_on is None
            assert placement.followup_6m_checked_on is None
            assert placement.position == "" and placement.lead_id is None
        assert ws.db.integrity_problems() == []
        with ws.db.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        ws.close()
    assert len(list((root / "sicherungen").glob("vor-update-0005-*.db"))) == 1


def test_history_rows_go_with_their_lead(tmp_path: Path) -> None:
    root = tmp_path / "alt"
    shutil.copytree(FROZEN, root)
    ws = DataFolder(root).unlock_passphrase(FROZEN_PASSPHRASE)
    try:
        with ws.db.session() as s:
            s.delete(s.get(Lead, 2))
        with ws.db.session() as s:
            assert [r.lead_id for r in s.scalars(select(LeadStageChange))] == [1]
    finally:
        ws.close()
