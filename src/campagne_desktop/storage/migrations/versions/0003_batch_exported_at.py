"""Batches remember when they were last exported ("not messaged since" counts from it).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("batch") as batch:
        batch.add_column(sa.Column("exported_at", sa.DateTime(), nullable=True))
    # Before this column, the creation date was the best record of when a batch went out.
    op.execute(
        "UPDATE batch SET exported_at = created_at WHERE state != 'draft' AND state != 'checked'"
    )


def downgrade() -> None:
    with op.batch_alter_table("batch") as batch:
        batch.drop_column("exported_at")
