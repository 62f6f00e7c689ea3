"""participant salutation and anonymous remainder

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("salutation", sa.String(length=10), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("birth_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE participant SET birth_year = CAST(strftime('%Y', birth_date) AS INTEGER) "
        "WHERE birth_date IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("erased_at")
        batch_op.drop_column("birth_year")
        batch_op.drop_column("salutation")
