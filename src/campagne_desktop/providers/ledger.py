"""The cost ledger for the campaign's accountant (LEGAL.md §6): one line per batch, a total.

Written for Excel in a French locale, which is what the accountant opens it with: ";" between
cells, decimal comma, dates as dd/mm/yyyy, UTF-8 with a byte-order mark (without it Excel reads
the file as Windows-1252 and garbles the accents). Amounts are computed in ``Decimal``: unit
prices to 4 places (0,0450), totals to the cent. Owner-only, never overwritten unless asked.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from campagne_desktop.domain.messages import QT_TRANSLATE_NOOP
from campagne_desktop.providers.cells import neutralise
from campagne_desktop.providers.files import PendingOutputs, private_output

HEADER_KEYS = (
    QT_TRANSLATE_NOOP("messages", "Date"),
    QT_TRANSLATE_NOOP("messages", "Batch"),
    QT_TRANSLATE_NOOP("messages", "Provider"),
    QT_TRANSLATE_NOOP("messages", "Messages"),
    QT_TRANSLATE_NOOP("messages", "Segments"),
    QT_TRANSLATE_NOOP("messages", "Unit price (EUR)"),
    QT_TRANSLATE_NOOP("messages", "Total (EUR)"),
)
TOTAL_KEY = QT_TRANSLATE_NOOP("messages", "Total")

_CENT = Decimal("0.01")
_PRICE = Decimal("0.0001")


@dataclass(frozen=True)
class LedgerRow:
    date: date
    batch_id: int
    provider: str
    messages: int
    segments: int
    unit_price: Decimal
    total: Decimal  # exact: messages x segments x unit price, rounded only when written


@dataclass(frozen=True)
class LedgerSummary:
    path: Path
    rows: int
    messages: int
    segments: int
    total: Decimal


def write_ledger(
    rows: Iterable[LedgerRow],
    path: Path | str,
    *,
    translate: Callable[[str], str] | None = None,
    overwrite: bool = False,
    pending: PendingOutputs | None = None,
) -> LedgerSummary:
    """Write the ledger to ``path`` and return its totals.

    ``translate`` turns the header keys into the user's language (``i18n.translator``);
    English when omitted. Raises ``OutputFileError`` like the exports do.
    """
    tr = translate or (lambda key: key)
    count = messages = segments = 0
    total = Decimal("0.00")
    with private_output(path, encoding="utf-8-sig", overwrite=overwrite, pending=pending) as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([tr(key) for key in HEADER_KEYS])
        for row in rows:
            amount = _money(row.total, _CENT)
            writer.writerow(
                (
                    row.date.strftime("%d/%m/%Y"),
                    row.batch_id,
                    neutralise(row.provider),
                    row.messages,
                    row.segments,
                    french_decimal(_money(row.unit_price, _PRICE)),
                    french_decimal(amount),
                )
            )
            count += 1
            messages += row.messages
            segments += row.segments
            total += amount
        writer.writerow((tr(TOTAL_KEY), "", "", messages, segments, "", french_decimal(total)))
    return LedgerSummary(Path(path), count, messages, segments, total)


def french_decimal(value: Decimal) -> str:
    """``Decimal("12.50")`` → ``"12,50"`` (no thousands separator: Excel reads it as a number)."""
    return format(value, "f").replace(".", ",")


def _money(value: Decimal, places: Decimal) -> Decimal:
    if isinstance(value, float):  # Decimal(0.1) would carry the binary float's long tail
        raise TypeError("ledger amounts are Decimal, never float")
    return Decimal(value).quantize(places, rounding=ROUND_HALF_UP)
