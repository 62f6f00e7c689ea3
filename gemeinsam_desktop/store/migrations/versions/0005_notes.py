"""notes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
FTS_TABLES = (("note_fts", "coaching_note", "text"), ("agreement_fts", "agreement", "text"))
depends_on = None


def upgrade() -> None:
    op.create_table(
        "note_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_template")),
        sa.UniqueConstraint("name", name=op.f("uq_note_template_name")),
    )
    op.create_table(
        "note_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum("private", "team", name="notevisibility", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["coach.id"], name=op.f("fk_note_draft_author_id_coach")
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["coaching_note.id"],
            name=op.f("fk_note_draft_note_id_coaching_note"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_note_draft_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_note_draft_session_id_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_draft")),
        sa.UniqueConstraint(
            "author_id", "participant_id", "note_id", name=op.f("uq_note_draft_author_id")
        ),
    )
    with op.batch_alter_table("note_draft", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_draft_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "note_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=False),
        sa.Column("editor_id", sa.Integer(), nullable=True),
        sa.Column("old_text", sa.Text(), nullable=False),
        sa.Column("old_kind", sa.String(length=40), nullable=False),
        sa.Column("old_visibility", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["editor_id"], ["coach.id"], name=op.f("fk_note_history_editor_id_coach")
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["coaching_note.id"],
            name=op.f("fk_note_history_note_id_coaching_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_history")),
    )
    with op.batch_alter_table("note_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_history_note_id"), ["note_id"], unique=False)

    # Full-text indexes of notes and agreements (FTS5 inside the encrypted database). They
    # hold folded text (index_text: "Müller" as mueller and muller); triggers keep them in
    # step, calling the SQL function gd_index_text that every connection registers
    # (store/database.py). rowid = the note's / agreement's id.
    for table, source, column in FTS_TABLES:
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(body, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON {source} BEGIN "
            f"INSERT INTO {table}(rowid, body) VALUES (new.id, gd_index_text(new.{column})); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_au AFTER UPDATE OF {column} ON {source} BEGIN "
            f"DELETE FROM {table} WHERE rowid = old.id; "
            f"INSERT INTO {table}(rowid, body) VALUES (new.id, gd_index_text(new.{column})); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON {source} BEGIN "
            f"DELETE FROM {table} WHERE rowid = old.id; END"
        )
        op.execute(
            f"INSERT INTO {table}(rowid, body) SELECT id, gd_index_text({column}) FROM {source}"
        )


def downgrade() -> None:
    for table, _source, _column in FTS_TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}")
    with op.batch_alter_table("note_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_history_note_id"))

    op.drop_table("note_history")
    with op.batch_alter_table("note_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_draft_participant_id"))

    op.drop_table("note_draft")
    op.drop_table("note_template")
