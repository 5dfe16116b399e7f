"""One overseas recipient must not hold back the batch: the check names them; split by zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.domain.messages import UserError
from campagne_desktop.services import batches, compliance
from campagne_desktop.services.batch_split import split_by_zone
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import BatchMessage
from tests.services import batch_steps, test_batches
from tests.services.test_batches import ALLOWED

PARIS = ZoneInfo("Europe/Paris")
EARLY = datetime(2026, 3, 3, 8, 30, tzinfo=PARIS)  # 03:30 in Guadeloupe


@pytest.fixture
def campaign(db, tmp_path):
    return test_batches.make_campaign(db, tmp_path)


def test_check_names_the_recipients_outside_their_hours(campaign) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    report = compliance.check_batch(UnitOfWork(campaign), created.id, now=EARLY)
    text = "\n".join(line.render() for line in report.lines)
    assert "1 recipient(s) in Guadeloupe cannot receive it now" in text
    assert f"campagne batch split {created.id} --by-zone" in text
    assert "3 recipient(s)" in text  # who could receive it now


def test_split_by_zone_keeps_the_frozen_messages(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    with campaign.session() as session:
        before = {
            m.phone: m.text
            for m in session.query(BatchMessage).filter_by(batch_id=created.id).all()
        }
    parts = split_by_zone(UnitOfWork(campaign), created.id, actor="t", now=EARLY)
    assert sorted(p.messages for p in parts) == [1, 3]
    assert sum(p.segments for p in parts) == created.segments
    assert created.id not in {b.id for b in batches.list_batches(UnitOfWork(campaign))}
    with campaign.session() as session:
        after = {m.phone: m.text for m in session.query(BatchMessage).all()}
    assert after == before
    paris = next(p for p in parts if p.messages == 3)
    guadeloupe = next(p for p in parts if p.messages == 1)
    assert compliance.check_batch(UnitOfWork(campaign), paris.id, now=EARLY).passed
    assert not compliance.check_batch(UnitOfWork(campaign), guadeloupe.id, now=EARLY).passed
    done = batch_steps.export(campaign, paris.id, tmp_path / "p.csv", now=EARLY)
    assert done.rows == 3


def test_nothing_to_split_in_one_zone_or_once_exported(campaign, tmp_path) -> None:
    created = batches.create_batch(
        UnitOfWork(campaign), "appel", batches.BatchSelection(tags=("vip",)), actor="t", now=ALLOWED
    )
    batch_steps.export(campaign, created.id, tmp_path / "a.csv", now=ALLOWED)
    with pytest.raises(UserError, match="exported"):
        split_by_zone(UnitOfWork(campaign), created.id, actor="t", now=ALLOWED)
    consent = batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    with pytest.raises(UserError, match="one time zone"):
        split_by_zone(UnitOfWork(campaign), consent.id, actor="t", now=ALLOWED)
