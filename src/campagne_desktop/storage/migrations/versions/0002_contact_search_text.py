"""Contacts get a folded search column (names and commune without case or accents).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from campagne_desktop.storage.search_text import refold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.add_column(
            sa.Column("search_text", sa.String(length=320), nullable=False, server_default="")
        )
    refold(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("search_text")
