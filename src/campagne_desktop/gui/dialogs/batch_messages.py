"""The frozen messages of one batch, in a window: a table fed a page at a time as it scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.phones import format_national
from ...services.batch_messages import FrozenMessage, count_messages, list_messages
from ...services.unit_of_work import UnitOfWork
from ...storage.database import Database
from ..labels import encoding_label, message_state_label

PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex


class BatchMessagesModel(QAbstractTableModel):
    """Read-only; rows arrive in keyset pages through ``canFetchMore``/``fetchMore``."""

    COLUMNS = 4  # number, state, SMS, text

    def __init__(
        self, db: Database, batch_id: int, parent: Any = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.batch_id = batch_id
        self.page_size = page_size
        self.total = count_messages(UnitOfWork(db), batch_id)
        self.rows: list[FrozenMessage] = []
        self.queries = 0  # pages read, for tests

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        after = self.rows[-1].id if self.rows else 0
        page = list_messages(
            UnitOfWork(self.db), self.batch_id, after_id=after, limit=self.page_size
        )
        self.queries += 1
        if not page:
            self.total = len(self.rows)  # fewer than counted: nothing more to ask for
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        message = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_national(message.phone)
            if column == 1:
                return message_state_label(message.state)
            if column == 2:
                return f"{message.segments} ({encoding_label(message.encoding)})"
            return message.text.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                return message.text
            if column == 1 and message.error:
                return message.error
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        headers = (
            QCoreApplication.translate("BatchMessagesModel", "Number"),
            QCoreApplication.translate("BatchMessagesModel", "State"),
            QCoreApplication.translate("BatchMessagesModel", "SMS"),
            QCoreApplication.translate("BatchMessagesModel", "Message"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class BatchMessagesDialog(QDialog):
    """``BatchMessagesDialog(db, batch_id, template, parent).open()``: the frozen texts."""

    def __init__(
        self, db: Database, batch_id: int, template: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch {id}: the messages").format(id=batch_id))
        self.model = BatchMessagesModel(db, batch_id, self)
        caption = QLabel(
            self.tr(
                "Template “{name}”: exactly what each person receives, legal notice included "
                "({count} messages)."
            ).format(name=template, count=self.model.total)
        )
        caption.setWordWrap(True)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Messages"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
