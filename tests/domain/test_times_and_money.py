from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from campagne_desktop.domain.money import parse_money, to_cents
from campagne_desktop.domain.times import day_start, display_time, in_zone, local_day


def test_the_campaign_day_is_not_the_utc_day() -> None:
    late = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    assert local_day(late, "Europe/Paris") == date(2026, 3, 3)
    assert local_day(late, "America/Guadeloupe") == date(2026, 3, 2)
    assert day_start(date(2026, 3, 3), "Europe/Paris") == datetime(2026, 3, 2, 23, 0, tzinfo=UTC)
    assert display_time(late, "Europe/Paris") == "03/03/2026 00:30"


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError):
        in_zone(datetime(2026, 3, 3, 14, 0), "Europe/Paris")


@pytest.mark.parametrize(
    ("raw", "amount"),
    [("0,045", "0.045"), (" 0.05 ", "0.05"), (0.045, "0.045"), (3, "3"), ("1e-2", "0.01")],
)
def test_amounts_are_read_exactly(raw: object, amount: str) -> None:
    assert parse_money(raw) == Decimal(amount)


@pytest.mark.parametrize("raw", ["", "abc", "NaN", "inf", True])
def test_what_is_not_an_amount_is_refused(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_money(raw)


def test_exact_arithmetic_then_cents_half_up() -> None:
    total = parse_money("0.045") * 3 * 7
    assert total == Decimal("0.945") and to_cents(total) == Decimal("0.95")
