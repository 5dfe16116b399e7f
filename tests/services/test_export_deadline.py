"""An export says before when its file must be sent, and asks when that is under 30 minutes."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.services import batches
from campagne_desktop.services.export_deadline import DeadlineTooCloseError
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.services import batch_steps, test_batches
from tests.services.test_batches import ALLOWED

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def campaign(db, tmp_path):
    return test_batches.make_campaign(db, tmp_path)


def test_export_states_its_deadline(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    done = batch_steps.export(campaign, created.id, tmp_path / "a.csv", now=ALLOWED)
    assert done.deadline == datetime(2026, 3, 3, 19, 0, tzinfo=UTC)  # 20:00 in Paris


def test_export_close_to_the_deadline_needs_a_confirmation(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    late = datetime(2026, 3, 13, 19, 45, tzinfo=PARIS)  # Friday, the silence starts at midnight
    out = tmp_path / "late.csv"
    with pytest.raises(DeadlineTooCloseError, match="15 min") as refused:
        batch_steps.export(campaign, created.id, out, now=late)
    assert refused.value.deadline == datetime(2026, 3, 13, 19, 0, tzinfo=UTC)
    assert not out.exists()
    done = batch_steps.export(campaign, created.id, out, now=late, close_to_deadline_ok=True)
    assert out.exists() and done.deadline == refused.value.deadline
