"""The small read-only lists of the window (opt-outs, replies to read): one row chosen at a time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem


def read_only_table(headers: Sequence[str]) -> QTableWidget:
    """A table whose rows are chosen whole, one at a time, and never edited in place."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def chosen_row_item(table: QTableWidget) -> QTableWidgetItem | None:
    """The first cell of the row chosen in a ``read_only_table``, or None."""
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0) if rows else None


def chosen_phone(table: QTableWidget) -> str | None:
    """The number the chosen row's first cell keeps (``UserRole``), or None."""
    item = chosen_row_item(table)
    return str(item.data(Qt.ItemDataRole.UserRole)) if item else None
