"""leads: stage history, placement follow-ups, employer hours

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

Order matters: migrations run with ``PRAGMA foreign_keys = ON`` inside one transaction,
and a batch operation that has to copy a table drops the old one, which fires the
ON DELETE actions of tables referring to it. So ``lead`` and ``placement`` are copied
*before* anything refers to them, and ``employer`` (referred to by contacts and
interactions) only gets a plain ``ADD COLUMN``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STAGES = (
    "idee",
    "angesprochen",
    "beworben",
    "gespraech",
    "praktikum",
    "zusage",
    "eingestellt",
    "verworfen",
)


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy): employer is referred to by four tables.
    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("min_weekly_hours", sa.Integer(), nullable=True))

    with op.batch_alter_table("lead", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source_detail", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("coach_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("weekly_hours", sa.Float(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_lead_coach_id_coach"), "coach", ["coach_id"], ["id"], ondelete="SET NULL"
        )

    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("followup_3m_checked_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("followup_6m_checked_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("position", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("lead_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_placement_lead_id_lead"),
            "lead",
            ["lead_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "lead_stage_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(*STAGES, name="leadstage", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["coach_id"],
            ["coach.id"],
            name=op.f("fk_lead_stage_change_coach_id_coach"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["lead.id"],
            name=op.f("fk_lead_stage_change_lead_id_lead"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_stage_change")),
    )
    with op.batch_alter_table("lead_stage_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lead_stage_change_changed_on"), ["changed_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_lead_stage_change_lead_id"), ["lead_id"], unique=False)

    # Every existing lead gets one history row: the stage it stands at, dated the day it
    # got there (stage_changed_on; equal to created_on for a lead that never moved), with
    # the drop reason of a dropped lead. Earlier steps were never recorded.
    op.execute(
        "INSERT INTO lead_stage_change (lead_id, stage, changed_on, coach_id, reason) "
        "SELECT id, stage, COALESCE(stage_changed_on, created_on), NULL, "
        "CASE WHEN stage = 'verworfen' THEN dropped_reason ELSE '' END "
        "FROM lead ORDER BY id"
    )


def downgrade() -> None:
    with op.batch_alter_table("lead_stage_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lead_stage_change_lead_id"))
        batch_op.drop_index(batch_op.f("ix_lead_stage_change_changed_on"))
    op.drop_table("lead_stage_change")

    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_placement_lead_id_lead"), type_="foreignkey")
        batch_op.drop_column("lead_id")
        batch_op.drop_column("position")
        batch_op.drop_column("followup_6m_checked_on")
        batch_op.drop_column("followup_3m_checked_on")

    with op.batch_alter_table("lead", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_lead_coach_id_coach"), type_="foreignkey")
        batch_op.drop_column("weekly_hours")
        batch_op.drop_column("coach_id")
        batch_op.drop_column("source_detail")

    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.drop_column("min_weekly_hours")
