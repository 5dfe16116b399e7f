"""The audit trail keeps typed fields only (personal data already recorded is purged), and
amounts of money are stored as exact decimal text instead of binary floats.

Earlier versions stored a free ``detail`` text and let any value into ``counts``: ``replies
import`` put each unread reply there, with its number and text. The ids and kinds that ``detail``
held move to typed columns, and every count that is not a plain integer under a plain name goes.

Prices and estimated costs were REAL: 0.045 was stored as 0.04499999999999999833... They become
decimal text with at most 15 significant digits ("0.045"), which drops the binary noise.
Datetimes keep their stored form (UTC wall time); the app now refuses to write a naive one.

Revision ID: 0004_spine2
Revises: 0004_perf
Create Date: 2026-11-30
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004_spine2"
down_revision = "0004_perf"
branch_labels = None
depends_on = None

# Self-contained on purpose: a migration must not change when the app's code does.
_PLAIN_NAME = re.compile(r"[a-z][a-z_]{0,47}")
_ID = re.compile(r"\b(batch|template)=([0-9]+)\b")
_KIND = re.compile(r"\b(?:kind|channel|format|key|source)=([a-z_]+)\b")


def _clean_counts(raw: Any) -> dict[str, int]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return {}
    if not isinstance(raw, dict):
        return {}
    clean: dict[str, int] = {}
    for name, value in raw.items():
        if not (isinstance(name, str) and _PLAIN_NAME.fullmatch(name)):
            continue
        if isinstance(value, list):  # "to_review": the replies themselves; keep how many
            clean[name] = len(value)
        elif isinstance(value, int):
            clean[name] = int(value)
    return clean


def _typed(action: str, detail: str) -> dict[str, Any]:
    ids = {name: int(number) for name, number in _ID.findall(detail)}
    kind = _KIND.search(detail)
    fields: list[str] = []
    if action == "profile.updated":  # the detail was the changed field names, comma-separated
        fields = sorted({f for f in detail.split(",") if _PLAIN_NAME.fullmatch(f)})
    return {
        "batch_id": ids.get("batch"),
        "template_id": ids.get("template"),
        "kind": kind.group(1) if kind else None,
        "fields": json.dumps(fields),
    }


_MONEY_COLUMNS = {
    "campaign_profile": ("price_per_segment",),
    "batch": ("estimated_cost", "price_per_segment"),
}


def _exact(value: Any) -> str:
    if value is None or value == "":
        return "0"
    return format(Decimal(repr(float(value))), "f")


def _money_to_text() -> None:
    connection = op.get_bind()
    for table, columns in _MONEY_COLUMNS.items():
        values = connection.execute(
            sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")
        ).fetchall()
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(column, existing_type=sa.Float(), type_=sa.String(length=32))
        for row in values:
            assignments = ", ".join(f"{c} = :{c}" for c in columns)
            connection.execute(
                sa.text(f"UPDATE {table} SET {assignments} WHERE id = :id"),
                {"id": row[0], **{c: _exact(v) for c, v in zip(columns, row[1:], strict=True)}},
            )


def upgrade() -> None:
    # SQLite keeps deleted contents in free pages until they are reused: zero them instead.
    op.get_bind().execute(sa.text("PRAGMA secure_delete = ON"))
    with op.batch_alter_table("audit_event") as table:
        table.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        table.add_column(sa.Column("template_id", sa.Integer(), nullable=True))
        table.add_column(sa.Column("kind", sa.String(length=48), nullable=True))
        table.add_column(sa.Column("fields", sa.JSON(), nullable=False, server_default="[]"))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, action, counts, detail FROM audit_event"))
    for event_id, action, counts, detail in rows.fetchall():
        values = _typed(action or "", detail or "")
        if "approval=withdrawn" in (detail or ""):
            values_counts = {**_clean_counts(counts), "approvals_withdrawn": 1}
        else:
            values_counts = _clean_counts(counts)
        connection.execute(
            sa.text(
                "UPDATE audit_event SET counts = :counts, batch_id = :batch_id, "
                "template_id = :template_id, kind = :kind, fields = :fields WHERE id = :id"
            ),
            {"id": event_id, "counts": json.dumps(values_counts), **values},
        )
    with op.batch_alter_table("audit_event") as table:
        table.drop_column("detail")
    _money_to_text()


def downgrade() -> None:
    for table, columns in _MONEY_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(column, existing_type=sa.String(length=32), type_=sa.Float())
    with op.batch_alter_table("audit_event") as audit:
        audit.add_column(sa.Column("detail", sa.Text(), nullable=False, server_default=""))
        audit.drop_column("fields")
        audit.drop_column("kind")
        audit.drop_column("template_id")
        audit.drop_column("batch_id")
