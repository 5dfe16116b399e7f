"""The dashboard's two small tables: contacts by source (and consent), and what became of each
batch that left (delivered, failed, opt-outs)."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ...domain.enums import ConsentStatus
from ...services.batch_outcomes import BatchOutcome
from ...services.dashboard import ContactBreakdown
from ..labels import consent_label, source_label
from .tables import read_only_table

VISIBLE_ROWS = 5  # more scroll inside the table: the page itself never grows sideways
CONSENT_ORDER = (ConsentStatus.GRANTED, ConsentStatus.PENDING, ConsentStatus.REFUSED)


def percent(rate: float) -> str:
    """``12,5 %`` in French (a narrow no-break space before %), ``12.5%`` in English."""
    locale = QLocale()
    figure = locale.toString(rate * 100, "f", 1)
    if locale.language() == QLocale.Language.French:
        return f"{figure}\u202f%"
    return f"{figure}%"


def count_and_rate(count: int, rate: float | None) -> str:
    text = QLocale().toString(count)
    return text if rate is None else f"{text} ({percent(rate)})"


def _fit(table: QTableWidget, rows: int) -> None:
    """As tall as its rows (up to :data:`VISIBLE_ROWS`), as wide as the page gives it."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.resizeRowsToContents()
    shown = max(1, min(rows, VISIBLE_ROWS))
    height = header.height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(min(rows, shown))) or table.rowHeight(0)
    if rows == 0:
        height += table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height)


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def sources_table(source_header: str) -> QTableWidget:
    """Columns: the source, then one per consent state."""
    table = read_only_table([source_header, *(consent_label(s) for s in CONSENT_ORDER)])
    _fit(table, 0)
    return table


def fill_sources(table: QTableWidget, breakdown: ContactBreakdown) -> None:
    """One row per source: its kind and description, and its contacts per consent state."""
    locale = QLocale()
    table.setRowCount(len(breakdown.by_source))
    for row, source in enumerate(breakdown.by_source):
        name = source_label(source.kind)
        if source.description:
            name += " – " + source.description
        table.setItem(row, 0, _item(name))
        for column, status in enumerate(CONSENT_ORDER, start=1):
            table.setItem(row, column, _item(locale.toString(source.by_consent[status]), True))
    _fit(table, len(breakdown.by_source))


def outcomes_table(headers: Sequence[str]) -> QTableWidget:
    table = read_only_table(headers)
    _fit(table, 0)
    return table


def fill_outcomes(
    table: QTableWidget, outcomes: Sequence[BatchOutcome], zone: str, from_file: str
) -> None:
    """One row per batch that left; a batch sent from a file gets ``from_file`` (no delivery
    report will ever come), never a 0 % that would read as a failure."""
    table.clearSpans()
    table.setRowCount(len(outcomes))
    for row, outcome in enumerate(outcomes):
        when = (
            outcome.left_at.astimezone(ZoneInfo(zone)).strftime("%d/%m %H:%M")
            if outcome.left_at
            else ""
        )
        table.setItem(row, 0, _item(f"{outcome.batch_id} · {outcome.template}"))
        table.setItem(row, 1, _item(when))
        if outcome.from_file:
            table.setItem(row, 2, _item(from_file))
            table.setItem(row, 3, _item(""))
            table.setSpan(row, 2, 1, 2)
        else:
            table.setItem(
                row, 2, _item(count_and_rate(outcome.delivered, outcome.delivered_rate), True)
            )
            table.setItem(row, 3, _item(count_and_rate(outcome.failed, outcome.failed_rate), True))
        table.setItem(row, 4, _item(count_and_rate(outcome.opted_out, outcome.opt_out_rate), True))
    _fit(table, len(outcomes))
