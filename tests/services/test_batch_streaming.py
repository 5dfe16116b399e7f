"""A batch's messages are read in id order from the (batch, id) index: no sort of the batch.

An in-memory sort of a million messages (text included) is what made `batch check` and
`batch export` peak above 400 MiB; reading along the index streams them.
"""

from __future__ import annotations

from sqlalchemy import event, text

from campagne_desktop.services import batches, compliance
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.services import batch_steps
from tests.services.test_batches import ALLOWED, campaign  # noqa: F401 - the fixture


def test_check_and_export_read_batch_messages_without_sorting(campaign, tmp_path) -> None:  # noqa: F811
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    seen: list[tuple[str, object]] = []

    updates: list[str] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if "FROM batch_message" in statement and statement.lstrip().startswith("SELECT"):
            seen.append((statement, parameters))
        if statement.lstrip().startswith("UPDATE") and "batch_message" in statement:
            updates.append(statement)

    event.listen(campaign.engine, "before_cursor_execute", capture)
    try:
        compliance.check_batch(UnitOfWork(campaign), created.id, now=ALLOWED)
        batch_steps.export(campaign, created.id, tmp_path / "e.csv", now=ALLOWED)
    finally:
        event.remove(campaign.engine, "before_cursor_execute", capture)
    ordered = [(s, p) for s, p in seen if "ORDER BY batch_message.id" in s]
    assert len(ordered) >= 2  # the check's scan and the export's rows
    with campaign.engine.connect() as connection:
        for statement, parameters in ordered:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            steps = [row[3] for row in plan]
            assert not any("TEMP B-TREE" in step for step in steps), steps
            assert any("ix_batch_message_batch" in step for step in steps), steps
    # Marking the whole batch exported keeps no statement journal (in memory with SQLCipher).
    assert any(u.startswith("UPDATE OR FAIL batch_message SET state") for u in updates), updates
    with campaign.session() as session:
        assert session.execute(text("SELECT count(*) FROM batch_message")).scalar_one() > 0
