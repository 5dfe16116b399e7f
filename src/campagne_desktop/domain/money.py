"""Amounts in euros: always ``Decimal``, never a binary float (0.045 x 21 must be 0.945)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def parse_money(raw: object) -> Decimal:
    """An amount from its text ("0,045" or "0.045") or an int/float/Decimal; a float goes
    through its shortest text so 0.045 stays 0.045. Raises ValueError if it is not a number."""
    if isinstance(raw, bool):
        raise ValueError("not an amount")
    text = raw.strip().replace(",", ".") if isinstance(raw, str) else str(raw)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError("not an amount") from None
    if not amount.is_finite():
        raise ValueError("not an amount")
    return amount


def to_cents(amount: Decimal) -> Decimal:
    """Rounded to the cent, half up (what an invoice shows)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)
