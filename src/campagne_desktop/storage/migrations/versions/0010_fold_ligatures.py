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

from campagne_desktop.storage.search_text import CONTACT, refold

revision = "0010_ligatures"
down_revision = "0009_dashboard"
branch_labels = None
depends_on = None

# SQLite's LIKE ignores case for ASCII letters only: both cases are listed.
LIGATURES = ("œ", "Œ", "æ", "Æ")


def upgrade() -> None:
    columns = (CONTACT.c.first_name, CONTACT.c.last_name, CONTACT.c.commune)
    refold(op.get_bind(), sa.or_(*(c.contains(letter) for c in columns for letter in LIGATURES)))


def downgrade() -> None:
    pass  # the older folding only matched less: nothing to undo
