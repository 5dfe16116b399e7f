"""Contacts get a folded search column (names and commune without case or accents).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from campagne_desktop.domain.text import contact_search_text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.add_column(
            sa.Column("search_text", sa.String(length=320), nullable=False, server_default="")
        )
    contact = sa.table(
        "contact",
        sa.column("id", sa.Integer),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("commune", sa.String),
        sa.column("search_text", sa.String),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(contact.c.id, contact.c.first_name, contact.c.last_name, contact.c.commune)
    ).all()
    updates = [
        {"row_id": row.id, "text": contact_search_text(row.first_name, row.last_name, row.commune)}
        for row in rows
    ]
    if updates:
        bind.execute(
            contact.update()
            .where(contact.c.id == sa.bindparam("row_id"))
            .values(search_text=sa.bindparam("text")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("search_text")
