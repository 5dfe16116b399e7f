"""Sending through providers' APIs: message references, provider accounts, stored secrets.

Revision ID: 0004_providers
Revises: 0004_encoding
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_providers"
down_revision = "0004_encoding"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("batch_message") as batch:
        batch.add_column(sa.Column("client_ref", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("sent_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("scheduled_for", sa.DateTime(), nullable=True))
    op.create_index("ix_batch_message_client_ref", "batch_message", ["client_ref"])
    op.create_table(
        "provider_account",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("endpoint", sa.String(300), nullable=False, server_default=""),
        sa.Column("service", sa.String(100), nullable=False, server_default=""),
        sa.Column("sender_for_response", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "stored_secret",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("stored_secret")
    op.drop_table("provider_account")
    op.drop_index("ix_batch_message_client_ref", "batch_message")
    with op.batch_alter_table("batch_message") as batch:
        batch.drop_column("scheduled_for")
        batch.drop_column("sent_at")
        batch.drop_column("client_ref")
