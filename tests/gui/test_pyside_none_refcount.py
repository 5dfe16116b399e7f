"""Guard against the PySide6 6.12.0 bug that drops a reference to None from data() overrides."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 50

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_from_data_through_a_proxy_keeps_none_alive(qapp) -> None:
    model = _NoneModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(20):
        for row in range(proxy.rowCount()):
            for column in range(proxy.columnCount()):
                assert proxy.data(proxy.index(row, column)) is None
    after = sys.getrefcount(None)
    # 3,000 calls: the buggy version loses one reference per call.
    assert after >= before - 100
