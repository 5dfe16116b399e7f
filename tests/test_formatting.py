"""Amounts, counts and percentages as each interface language writes them (no Qt)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from campagne_desktop.formatting import count, money, percent, price

NBSP, NNBSP = "\u00a0", "\u202f"


def test_french_writes_a_comma_and_the_euro_after() -> None:
    assert money(Decimal("0.05"), "fr") == f"0,05{NBSP}€"
    assert money(Decimal("4.749"), "fr") == f"4,75{NBSP}€"
    assert money(Decimal("1234.5"), "fr") == f"1{NNBSP}234,50{NBSP}€"
    assert count(1234, "fr") == f"1{NNBSP}234"
    assert percent(0.125, "fr") == f"12,5{NBSP}%"


def test_english_writes_the_euro_first() -> None:
    assert money(Decimal("0.05"), "en") == "€0.05"
    assert money(Decimal("-2"), "en") == "-€2.00"
    assert money(Decimal("1234.5"), "en") == "€1,234.50"
    assert count(1234, "en") == "1,234"
    assert percent(0.5, "en") == "50%"


@pytest.mark.parametrize(
    ("amount", "fr", "en"),
    [("0.05", f"0,05{NBSP}€", "€0.05"), ("0.045", f"0,045{NBSP}€", "€0.045")],
)
def test_a_unit_price_keeps_its_third_decimal_only_when_it_has_one(amount, fr, en) -> None:
    assert price(Decimal(amount), "fr") == fr
    assert price(Decimal(amount), "en") == en


def test_the_command_line_says_amounts_and_counts_in_its_language() -> None:
    import argparse

    from campagne_desktop.cli.runtime import Runtime

    french = Runtime(args=argparse.Namespace(), ctx=None, t=lambda key: key, language="fr")  # type: ignore[arg-type]
    said = french.say("{id}: {messages}, {cost}", id=1234, messages=1234, cost=Decimal("4.75"))
    assert said == f"1234: 1{NNBSP}234, 4,75{NBSP}€"  # an id stays bare digits
