"""Alembic environment: always run on a connection the app hands over (never a URL).

The app opens the encrypted database itself (the key never goes into a config file) and
passes the open connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from gemeinsam_desktop.store.models import Base


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """The FTS5 index tables are made by hand in 0005, not from the models."""
    return not (type_ == "table" and name and name.startswith(("note_fts", "agreement_fts")))


connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable by calling alembic's own CLI
    raise RuntimeError("Migrations run only through gemeinsam_desktop.store.database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
