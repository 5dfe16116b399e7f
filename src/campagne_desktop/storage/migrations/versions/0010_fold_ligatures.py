"""Search text folds the French ligatures: "oeuvray" finds Œuvray, "laetitia" finds Lætitia.

Only the contacts whose names or commune hold œ or æ change; the FTS index follows through its
update trigger (0007).

Revision ID: 0010_ligatures
Revises: 0009_dashboard
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from campagne_desktop.domain.text import contact_search_text

revision = "0010_ligatures"
down_revision = "0009_dashboard"
branch_labels = None
depends_on = None

# SQLite's LIKE ignores case for ASCII letters only: both cases are listed.
LIGATURES = ("œ", "Œ", "æ", "Æ")


def upgrade() -> None:
    contact = sa.table(
        "contact",
        sa.column("id", sa.Integer),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("commune", sa.String),
        sa.column("search_text", sa.String),
    )
    holds_ligature = sa.or_(
        *(
            column.contains(letter)
            for column in (contact.c.first_name, contact.c.last_name, contact.c.commune)
            for letter in LIGATURES
        )
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(contact.c.id, contact.c.first_name, contact.c.last_name, contact.c.commune).where(
            holds_ligature
        )
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
    pass  # the older folding only matched less: nothing to undo
