"""Refolding the contacts' search column, for the migrations that change how it is folded
(0002 made it, 0010 folds ligatures): a regular module so that the bundle collects it."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from campagne_desktop.domain.text import contact_search_text

CONTACT = sa.table(
    "contact",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("commune", sa.String),
    sa.column("search_text", sa.String),
)


def refold(bind: Connection, where: sa.ColumnElement[bool] | None = None) -> None:
    """Write ``search_text`` again, as ``contact_search_text`` folds it today, for the contacts
    ``where`` selects (all without it)."""
    query = sa.select(CONTACT.c.id, CONTACT.c.first_name, CONTACT.c.last_name, CONTACT.c.commune)
    if where is not None:
        query = query.where(where)
    updates = [
        {"row_id": row.id, "text": contact_search_text(row.first_name, row.last_name, row.commune)}
        for row in bind.execute(query)
    ]
    if updates:
        bind.execute(
            CONTACT.update()
            .where(CONTACT.c.id == sa.bindparam("row_id"))
            .values(search_text=sa.bindparam("text")),
            updates,
        )
