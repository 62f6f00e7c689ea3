"""calendar

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_coach",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coach_id"], ["coach.id"], name=op.f("fk_session_coach_coach_id_coach")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_session_coach_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "coach_id", name=op.f("pk_session_coach")),
    )
    op.create_table(
        "attendance_child",
        sa.Column("attendance_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attendance_id"],
            ["attendance.id"],
            name=op.f("fk_attendance_child_attendance_id_attendance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_attendance_child_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attendance_id", "child_id", name=op.f("pk_attendance_child")),
    )
    with op.batch_alter_table("attendance_child", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_child_child_id"), ["child_id"], unique=False
        )

    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("detached", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table("session_series", schema=None) as batch_op:
        batch_op.add_column(sa.Column("coach_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("capacity", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("childcare_offered", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(sa.Column("childcare_capacity", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_session_series_coach_id_coach"), "coach", ["coach_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("session_series", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_session_series_coach_id_coach"), type_="foreignkey")
        batch_op.drop_column("childcare_capacity")
        batch_op.drop_column("childcare_offered")
        batch_op.drop_column("capacity")
        batch_op.drop_column("coach_id")

    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_column("detached")

    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.drop_column("archived")

    with op.batch_alter_table("attendance_child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_child_child_id"))

    op.drop_table("attendance_child")
    op.drop_table("session_coach")
