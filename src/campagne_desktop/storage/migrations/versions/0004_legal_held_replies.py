"""Replies waiting for a person: their numbers are held out of every batch.

Revision ID: 0004_legal
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_legal"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_reply",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False, server_default=""),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_held_reply_phone", "held_reply", ["phone"])


def downgrade() -> None:
    op.drop_index("ix_held_reply_phone", table_name="held_reply")
    op.drop_table("held_reply")
