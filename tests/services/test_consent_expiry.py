"""Consent requests unanswered for two months are proposed for erasure (LEGAL.md §5)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.services import batches, replies
from campagne_desktop.services.consent_expiry import (
    count_expired,
    erase_expired,
    expired_requests,
)
from campagne_desktop.services.contacts import ContactFilter, count_contacts
from campagne_desktop.services.optouts import is_opted_out
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.services import batch_steps, test_batches
from tests.services.test_batches import ALLOWED, PENDING

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def asked(db, tmp_path):
    """The two pending contacts were sent the consent request on Tuesday 3 March 2026."""
    test_batches.make_campaign(db, tmp_path)
    created = batches.create_batch(UnitOfWork(db), "accord", actor="t", now=ALLOWED)
    batch_steps.export(db, created.id, tmp_path / "c.csv", now=ALLOWED)
    return db


def test_nothing_expires_before_two_months(asked) -> None:
    assert count_expired(asked, now=datetime(2026, 5, 2, 23, 0, tzinfo=PARIS)) == 0


def test_unanswered_requests_expire_after_two_months(asked, tmp_path) -> None:
    answers = tmp_path / "recus.csv"
    answers.write_text(f"Expéditeur;Message\n{PENDING[0]};OUI\n", encoding="utf-8")
    replies.import_replies(asked, answers, actor="t", now=ALLOWED)
    later = datetime(2026, 5, 3, 15, 0, tzinfo=PARIS)
    found = expired_requests(asked, now=later)
    assert [e.phone for e in found] == ["+33734567802"]  # the other one answered OUI
    assert found[0].asked_at.date().isoformat() == "2026-03-03"


def test_erasing_keeps_the_number_blocked_from_a_second_request(asked, tmp_path) -> None:
    later = datetime(2026, 5, 4, 10, 0, tzinfo=PARIS)
    before = count_contacts(asked, ContactFilter())
    assert erase_expired(asked, actor="t", now=later) == 2
    assert count_contacts(asked, ContactFilter()) == before - 2
    assert count_expired(asked, now=later) == 0
    assert all(is_opted_out(asked, phone) for phone in ("+33734567801", "+33734567802"))
    # Re-imported, they are not asked a second time.
    test_batches._import(
        asked, tmp_path, "again.csv", PENDING, test_batches.SourceKind.RENTED,
        test_batches.ConsentStatus.PENDING,
    )  # fmt: skip
    with pytest.raises(batches.NobodyReachableError):
        batches.create_batch(UnitOfWork(asked), "accord", actor="t", now=later)


def test_two_months_are_counted_on_the_campaign_clock(asked) -> None:
    """Asked at 14:00 in Paris on 3 March: two months are up at 14:00 in Paris on 3 May, which
    is 12:00 UTC (summer time since), not 13:00 UTC."""
    assert count_expired(asked, now=datetime(2026, 5, 3, 11, 59, tzinfo=UTC)) == 0
    assert count_expired(asked, now=datetime(2026, 5, 3, 12, 30, tzinfo=UTC)) == 2
