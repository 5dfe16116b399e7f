"""The window's numbers, amounts, days and places in the interface language.

``apply_interface_locale`` makes the default QLocale follow the language chosen for the
interface (not the system's): spin boxes, dates, day names and ``%Ln`` counts follow it, and the
functions below write amounts and counts exactly as the command line does (campagne_desktop
.formatting).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from .. import formatting
from ..domain.places import zone_place


def locale_for(language: str) -> QLocale:
    """French as written in France; English as in the United Kingdom (day first, 24 h)."""
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def apply_interface_locale(language: str) -> None:
    """At start-up, with the catalogue: every QLocale() from now on speaks ``language``."""
    QLocale.setDefault(locale_for(language))


def interface_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def money(amount: Decimal) -> str:
    """ "4,75 €" / "€4.75" (rounded to the cent)."""
    return formatting.money(amount, interface_language())


def price(amount: Decimal) -> str:
    """ "0,045 €" / "€0.045": a unit price keeps its third decimal."""
    return formatting.price(amount, interface_language())


def count(number: int) -> str:
    """ "1 234" / "1,234"."""
    return formatting.count(number, interface_language())


def percent(fraction: float, places: int = 1) -> str:
    """ "12,5 %" / "12.5%"."""
    return formatting.percent(fraction, interface_language(), places)


def short_day(moment: datetime) -> str:
    """ "lun." / "Mon": the day's short name in the interface language."""
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime, tz: str, *, year: bool = True) -> str:
    """``Mon 16/03/2026 08:00`` / ``lun. 16/03/2026 08:00`` in the zone ``tz``."""
    local = moment.astimezone(ZoneInfo(tz))
    day = short_day(local)
    return f"{day} {local:%d/%m/%Y %H:%M}" if year else f"{day} {local:%d/%m %H:%M}"


def place(zone: str) -> str:
    """The place a time zone id stands for ("Pacific/Tahiti" → "French Polynesia (Tahiti)")."""
    return zone_place(zone, lambda text: QCoreApplication.translate("messages", text))


class PriceSpinBox(QDoubleSpinBox):
    """A price in euros typed as the interface language writes it: "0,05 €" / "€0.05", three
    decimals accepted (0.045) but shown only when used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, decimals=3, maximum=10.0, singleStep=0.005)
        if interface_language() == "fr":
            self.setSuffix(f"{formatting.NO_BREAK_SPACE}€")
        else:
            self.setPrefix("€")

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", 3)
        decimal = self.locale().decimalPoint()
        return text[:-1] if text.endswith("0") and decimal in text else text
