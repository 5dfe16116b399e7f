"""Smart encoding and per-batch caps: keep_accents, the full-then-short footer, adapted counts.

Revision ID: 0004_encoding
Revises: 0004_legal
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_encoding"
down_revision = "0004_legal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaign_profile") as profile:
        # Existing campaigns get smart encoding too: it is what every consenting person needs.
        profile.add_column(
            sa.Column("keep_accents", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        # "full_then_short" is longer than the 8 characters the first schema allowed.
        profile.alter_column(
            "footer_form", type_=sa.String(length=16), existing_type=sa.String(length=8)
        )
    with op.batch_alter_table("batch") as batch:
        batch.add_column(
            sa.Column("adapted_count", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("segment_cap", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("batch") as batch:
        batch.drop_column("segment_cap")
        batch.drop_column("adapted_count")
    with op.batch_alter_table("campaign_profile") as profile:
        profile.alter_column(
            "footer_form", type_=sa.String(length=8), existing_type=sa.String(length=16)
        )
        profile.drop_column("keep_accents")
