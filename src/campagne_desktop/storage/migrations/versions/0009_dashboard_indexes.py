"""Indexes for the dashboard's figures, read from an index instead of whole tables.

- ``contact(source_id, consent)``: contacts per source and consent state. Without it the count
  scanned the table: 0.94 s at a million contacts (2.7 s for both breakdowns); 0.1 s with it.
- ``batch_message(batch_id, state)``: delivered / failed per batch. A batch of a million
  messages took 6.3 s to count by state; 0.17 s with it.

Revision ID: 0009_dashboard
Revises: 0004_spine2
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0009_dashboard"
down_revision = "0004_spine2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contact_source_consent", "contact", ["source_id", "consent"])
    op.create_index("ix_batch_message_batch_state", "batch_message", ["batch_id", "state"])


def downgrade() -> None:
    op.drop_index("ix_batch_message_batch_state", table_name="batch_message")
    op.drop_index("ix_contact_source_consent", table_name="contact")
