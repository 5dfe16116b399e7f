"""Alembic environment: always run on the connection handed over by ``migrate.upgrade_to_head``."""

from __future__ import annotations

from alembic import context

from campagne_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - see the README (migrations) for adding a revision
    raise SystemExit("Run migrations through campagne_desktop.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode rebuilds tables
)
with context.begin_transaction():
    context.run_migrations()
