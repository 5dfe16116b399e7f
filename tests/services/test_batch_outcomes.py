"""Delivered / failed / opt-out figures per batch, counted from the tables."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from campagne_desktop.domain.enums import BatchState, MessageState, OptOutChannel
from campagne_desktop.providers import ExportFormat
from campagne_desktop.services import batch_export, batches
from campagne_desktop.services.batch_outcomes import batch_outcomes
from campagne_desktop.services.optouts import record_opt_out
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import Batch, BatchMessage
from tests.services.test_batches import ALLOWED, GRANTED, PENDING, make_campaign

LATER = ALLOWED + timedelta(hours=2)


@pytest.fixture
def campaign(db, tmp_path):
    return make_campaign(db, tmp_path)


def _exported_batch(db, tmp_path, template: str) -> int:
    created = batches.create_batch(UnitOfWork(db), template, actor="t", now=ALLOWED)
    batch_export.export_batch(
        UnitOfWork(db),
        created.id,
        ExportFormat.GENERIC,
        tmp_path / f"{template}.csv",
        actor="t",
        now=ALLOWED,
    )
    return created.id


def _as_sent_through_api(db, batch_id: int, states: list[MessageState]) -> None:
    """The states a sending and its delivery reports leave, message by message."""
    with db.session() as session:
        ids = session.scalars(
            BatchMessage.__table__.select()
            .with_only_columns(BatchMessage.id)
            .where(BatchMessage.batch_id == batch_id)
            .order_by(BatchMessage.id)
        ).all()
        for message_id, state in zip(ids, states, strict=True):
            session.execute(
                update(BatchMessage).where(BatchMessage.id == message_id).values(state=state.value)
            )
        session.execute(
            update(Batch).where(Batch.id == batch_id).values(state=BatchState.SENT.value)
        )


def test_a_file_batch_has_no_delivery_figures_and_counts_later_opt_outs(campaign, tmp_path) -> None:
    record_opt_out(campaign, PENDING[0], channel=OptOutChannel.STOP_REPLY, actor="t", now=LATER)
    batch_id = _exported_batch(campaign, tmp_path, "appel")  # the four granted contacts
    # After the export: one of its people says STOP; someone outside the batch too.
    record_opt_out(campaign, GRANTED[1], channel=OptOutChannel.STOP_REPLY, actor="t", now=LATER)
    record_opt_out(campaign, PENDING[1], channel=OptOutChannel.STOP_REPLY, actor="t", now=LATER)
    [outcome] = batch_outcomes(UnitOfWork(campaign))
    assert (outcome.batch_id, outcome.exported, outcome.opted_out) == (batch_id, 4, 1)
    assert outcome.from_file
    assert outcome.delivered_rate is None and outcome.failed_rate is None
    assert outcome.opt_out_rate == 0.25
    assert outcome.as_json() == {
        "exported": 4,
        "awaiting_report": 0,
        "delivered": 0,
        "failed": 0,
        "opted_out": 1,
        "delivery_reports": False,
        "delivered_rate": None,
        "failed_rate": None,
        "opt_out_rate": 0.25,
    }


def test_an_api_batch_counts_reports_and_only_opt_outs_after_it_left(campaign, tmp_path) -> None:
    batch_id = _exported_batch(campaign, tmp_path, "appel")
    _as_sent_through_api(
        campaign,
        batch_id,
        [MessageState.DELIVERED, MessageState.DELIVERED, MessageState.FAILED, MessageState.SENT],
    )
    record_opt_out(campaign, GRANTED[0], channel=OptOutChannel.STOP_REPLY, actor="t", now=LATER)
    # A failed message reached nobody: its number's opt-out is not this batch's.
    record_opt_out(campaign, GRANTED[2], channel=OptOutChannel.STOP_REPLY, actor="t", now=LATER)
    [outcome] = batch_outcomes(UnitOfWork(campaign), batch_id)
    assert (outcome.delivered, outcome.failed, outcome.awaiting, outcome.exported) == (2, 1, 1, 0)
    assert not outcome.from_file
    assert outcome.delivered_rate == 0.5 and outcome.failed_rate == 0.25
    assert outcome.opted_out == 1 and outcome.opt_out_rate == pytest.approx(1 / 3)
    assert outcome.as_json()["opt_out_rate"] == 0.3333


def test_an_opt_out_before_the_batch_left_is_not_counted(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    # Between the making and the export: the check leaves the number out; not this batch's.
    earlier = ALLOWED - timedelta(minutes=1)
    record_opt_out(campaign, GRANTED[3], channel=OptOutChannel.STOP_REPLY, actor="t", now=earlier)
    batch_export.export_batch(
        UnitOfWork(campaign),
        created.id,
        ExportFormat.GENERIC,
        tmp_path / "a.csv",
        actor="t",
        now=ALLOWED,
    )
    [outcome] = batch_outcomes(UnitOfWork(campaign))
    assert outcome.opted_out == 0 and outcome.opt_out_rate == 0.0


def test_batches_not_gone_are_left_out(campaign) -> None:
    batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    assert batch_outcomes(UnitOfWork(campaign)) == []
