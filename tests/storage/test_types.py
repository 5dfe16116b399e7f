"""UTCDateTime refuses naive times and reads back aware UTC; Money keeps decimals exact."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select, text
from sqlalchemy.exc import StatementError

from campagne_desktop.storage.types import Money, NaiveDatetimeError, UTCDateTime

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def table():
    engine = create_engine("sqlite://")
    metadata = MetaData()
    things = Table(
        "things",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("at", UTCDateTime),
        Column("amount", Money),
    )
    metadata.create_all(engine)
    yield engine, things
    engine.dispose()


def test_a_local_time_is_stored_as_its_utc_instant_and_read_back_aware(table) -> None:
    engine, things = table
    with engine.begin() as c:
        c.execute(insert(things).values(id=1, at=datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)))
        stored = c.execute(text("SELECT at FROM things")).scalar_one()
        read = c.execute(select(things.c.at)).scalar_one()
    assert stored.startswith("2026-03-03 13:00:00")  # the UTC wall time, as before
    assert read == datetime(2026, 3, 3, 13, 0, tzinfo=UTC) and read.tzinfo is UTC


def test_a_naive_datetime_is_refused_on_write_and_in_comparisons(table) -> None:
    engine, things = table
    with engine.begin() as c, pytest.raises(StatementError) as caught:
        c.execute(insert(things).values(id=1, at=datetime(2026, 3, 3, 14, 0)))
    assert isinstance(caught.value.orig, NaiveDatetimeError)
    with engine.begin() as c, pytest.raises(StatementError):
        c.execute(select(things).where(things.c.at >= datetime(2026, 3, 3)))


def test_money_is_exact_and_refuses_floats(table) -> None:
    engine, things = table
    price = Decimal("0.045")
    with engine.begin() as c:
        c.execute(insert(things).values(id=1, amount=price * 3 * 7))
        assert c.execute(text("SELECT amount FROM things")).scalar_one() == "0.945"
        assert c.execute(select(things.c.amount)).scalar_one() == Decimal("0.945")
    with engine.begin() as c, pytest.raises(StatementError):
        c.execute(insert(things).values(id=2, amount=0.045))
