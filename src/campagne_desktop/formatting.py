"""Amounts, counts and percentages as the interface language writes them, without Qt.

French: "0,05 €", "1 234", "12,5 %"; English: "€0.05", "1,234", "12.5%". The window uses
these too (gui/formatting.py picks the language from the default QLocale), so the command line
and the window never disagree. The French spaces are the ones CLDR and Qt use: a no-break space
before € and %, a narrow no-break space between thousands.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .domain.money import to_cents

NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"


def _grouped(number: Decimal, places: int, language: str) -> str:
    text = f"{number:,.{places}f}"  # "1,234.50"
    if language != "fr":
        return text
    return text.replace(",", NARROW_NO_BREAK_SPACE).replace(".", ",")


def _euros(text: str, language: str) -> str:
    if language == "fr":
        return f"{text}{NO_BREAK_SPACE}€"
    return f"-€{text[1:]}" if text.startswith("-") else f"€{text}"


def money(amount: Decimal, language: str) -> str:
    """An amount to the cent: "4,75 €" / "€4.75"."""
    return _euros(_grouped(to_cents(Decimal(amount)), 2, language), language)


def price(amount: Decimal, language: str) -> str:
    """A unit price: two decimals, three when the price has them ("0,045 €", "0,05 €")."""
    exact = Decimal(amount)
    places = 3 if exact.quantize(Decimal("0.001"), ROUND_HALF_UP) != to_cents(exact) else 2
    rounded = exact.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return _euros(_grouped(rounded, places, language), language)


def count(number: int, language: str) -> str:
    """A count with its thousands grouped: "1 234" / "1,234"."""
    return _grouped(Decimal(number), 0, language)


def percent(fraction: float, language: str, places: int = 1) -> str:
    """0.125 → "12,5 %" / "12.5%"; whole numbers lose their ",0"."""
    value = Decimal(str(fraction * 100)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    if value == value.to_integral_value():
        places = 0
    text = _grouped(value, places, language)
    return f"{text}{NO_BREAK_SPACE}%" if language == "fr" else f"{text}%"
