"""Indexes for a million contacts: keyset paging, a trigram search index, batches in id order.

- ``contact(last_name)`` and ``contact(first_name)`` hold (name, id) in order: a page of the
  Contacts table starts where the previous one ended instead of counting rows from the top.
  They replace ``(last_name, first_name)``, which could not give that order.
- ``contact(tags)``: the tag filter's list reads the distinct values from the index.
- ``contact_fts``: an FTS5 trigram index over the folded search text and the number, kept in step
  with ``contact`` by triggers: a search for 3 characters or more reads the matching rows only.
- ``batch_message(batch_id)`` holds (batch, id): a batch's messages stream in id order.

Revision ID: 0004_perf
Revises: 0004_providers
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0004_perf"
down_revision = "0004_providers"
branch_labels = None
depends_on = None

FTS_TRIGGERS = {
    "contact_fts_insert": """
        CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
            INSERT INTO contact_fts (rowid, search_text, phone)
            VALUES (new.id, new.search_text, new.phone);
        END""",
    "contact_fts_delete": """
        CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
            INSERT INTO contact_fts (contact_fts, rowid, search_text, phone)
            VALUES ('delete', old.id, old.search_text, old.phone);
        END""",
    "contact_fts_update": """
        CREATE TRIGGER contact_fts_update AFTER UPDATE OF search_text, phone ON contact BEGIN
            INSERT INTO contact_fts (contact_fts, rowid, search_text, phone)
            VALUES ('delete', old.id, old.search_text, old.phone);
            INSERT INTO contact_fts (rowid, search_text, phone)
            VALUES (new.id, new.search_text, new.phone);
        END""",
}


def upgrade() -> None:
    op.drop_index("ix_contact_last_first", table_name="contact")
    op.create_index("ix_contact_last_name", "contact", ["last_name"])
    op.create_index("ix_contact_first_name", "contact", ["first_name"])
    op.create_index("ix_contact_tags", "contact", ["tags"])
    op.create_index("ix_batch_message_batch", "batch_message", ["batch_id"])
    # External content: the index stores trigrams only, the text stays in `contact`.
    op.execute(
        "CREATE VIRTUAL TABLE contact_fts USING fts5(search_text, phone, "
        "content='contact', content_rowid='id', tokenize='trigram')"
    )
    for trigger in FTS_TRIGGERS.values():
        op.execute(trigger)
    op.execute("INSERT INTO contact_fts (contact_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for name in FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE contact_fts")
    op.drop_index("ix_batch_message_batch", table_name="batch_message")
    op.drop_index("ix_contact_tags", table_name="contact")
    op.drop_index("ix_contact_first_name", table_name="contact")
    op.drop_index("ix_contact_last_name", table_name="contact")
    op.create_index("ix_contact_last_first", "contact", ["last_name", "first_name"])
