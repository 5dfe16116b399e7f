"""The contact list as a table model: paged SQL queries, a bounded page cache, sorting in SQL.

``data()`` never queries per cell: rows are read a page at a time (``LIMIT/OFFSET``) and the
most recently used pages are kept, so 100,000 contacts scroll smoothly in constant memory.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from ..domain.enums import ConsentStatus, OptOutChannel, SourceKind
from ..domain.phones import format_national
from ..services.contacts import ContactFilter, ContactView, count_contacts, list_contacts
from ..storage.database import Database

PAGE_SIZE = 200
MAX_PAGES = 25  # 5,000 rows in memory at most
LOAD_DELAY_MS = 40
VISIBLE_PAGES = 2  # a screen of rows spans at most two pages

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("phone", "first_name", "last_name", "commune", "consent", "source_kind", "tags")
# The service sorts on indexed columns only; the others keep the current order.
_ORDER_BY = {0: "phone", 1: "first_name", 2: "last_name", 3: "commune", 4: "consent"}


def consent_label(status: ConsentStatus) -> str:
    labels = {
        ConsentStatus.PENDING: QCoreApplication.translate("Labels", "Pending"),
        ConsentStatus.GRANTED: QCoreApplication.translate("Labels", "Granted"),
        ConsentStatus.REFUSED: QCoreApplication.translate("Labels", "Refused"),
    }
    return labels[status]


def source_label(kind: SourceKind) -> str:
    labels = {
        SourceKind.FORM: QCoreApplication.translate("Labels", "Form"),
        SourceKind.NEWSLETTER: QCoreApplication.translate("Labels", "Newsletter"),
        SourceKind.PARRAINAGE: QCoreApplication.translate("Labels", "Referral (parrainage)"),
        SourceKind.RENTED: QCoreApplication.translate("Labels", "Rented file"),
        SourceKind.PURCHASED: QCoreApplication.translate("Labels", "Purchased file"),
        SourceKind.FIELD: QCoreApplication.translate("Labels", "Field meeting"),
        SourceKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[kind]


def channel_label(channel: OptOutChannel) -> str:
    labels = {
        OptOutChannel.STOP_REPLY: QCoreApplication.translate("Labels", "STOP reply"),
        OptOutChannel.PROVIDER_BLACKLIST: QCoreApplication.translate(
            "Labels", "Provider blacklist"
        ),
        OptOutChannel.REQUEST: QCoreApplication.translate("Labels", "Request"),
        OptOutChannel.MANUAL: QCoreApplication.translate("Labels", "Added by hand"),
    }
    return labels[channel]


class ContactsModel(QAbstractTableModel):
    """Read-only table over ``services.contacts``; ``set_filter`` and ``sort`` re-query."""

    def __init__(
        self,
        db: Database,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        count: int | None = None,
        deferred: bool = False,
    ) -> None:
        """``count``: the unfiltered total when the caller knows it (saves a query).

        ``deferred``: pages the view asks for are read a moment later, once scrolling pauses,
        so that dragging the scroll bar across 100,000 rows does not read every page on the way.
        """
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.max_pages = max_pages
        self.deferred = deferred
        self.filter = ContactFilter()
        self.order_by = "last_name"
        self.descending = False
        self.queries = 0  # pages read from the database, for tests and benchmarks
        self._pages: OrderedDict[int, list[ContactView]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._loader = QTimer(self, singleShot=True, interval=LOAD_DELAY_MS)
        self._loader.timeout.connect(self._load_wanted)
        self._count = 0
        self._reset_to(self.filter, count)

    # -- the model API -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        number = index.row() // self.page_size
        if number not in self._pages and self.deferred:
            self._wanted[number] = None
            self._wanted.move_to_end(number)
            self._loader.start()
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        contact = self.contact_at(index.row())
        if contact is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "source_kind":
                return contact.source_description
            if column == "consent" and contact.consent_evidence:
                return contact.consent_evidence
            return None
        return self._display(contact, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if 0 <= section < len(COLUMNS):
            return self._headers()[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        order_by = _ORDER_BY.get(column)
        if order_by is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self.order_by, self.descending):
            return
        # A reset rather than layoutChanged: every row moves, none can be mapped cheaply.
        self.beginResetModel()
        self.order_by, self.descending = order_by, descending
        self._reset_to(self.filter, self._count)
        self.endResetModel()

    # -- our API -------------------------------------------------------------------------
    def set_filter(self, where: ContactFilter, *, count: int | None = None) -> None:
        """Show the contacts matching ``where``; ``count`` if the caller already knows it."""
        self.beginResetModel()
        self._reset_to(where, count)
        self.endResetModel()

    def _reset_to(self, where: ContactFilter, count: int | None) -> None:
        self.filter = where
        self._pages.clear()
        self._wanted.clear()
        # The first page is read at once (the first paint needs it); when it is not full it
        # is the whole result, and counting would cost a second scan for nothing.
        first = self._load(0)
        if count is None:
            short = len(first) < self.page_size
            count = len(first) if short else count_contacts(self.db, where)
        self._count = count

    def refresh(self) -> None:
        """Re-read everything (after an import, an edit, an erasure)."""
        self.set_filter(self.filter)

    def contact_at(self, row: int) -> ContactView | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _load_wanted(self) -> None:
        # Only the last pages asked for are on screen now; the others were scrolled past.
        wanted = list(self._wanted)[-VISIBLE_PAGES:]
        self._wanted.clear()
        last_column = len(COLUMNS) - 1
        for number in wanted:
            if number in self._pages:
                continue
            self._load(number)
            first = number * self.page_size
            last = min(self._count, first + self.page_size) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def _load(self, number: int) -> list[ContactView]:
        page = list_contacts(
            self.db,
            self.filter,
            offset=number * self.page_size,
            limit=self.page_size,
            order_by=self.order_by,
            descending=self.descending,
        )
        self.queries += 1
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    def _display(self, contact: ContactView, column: str) -> str:
        if column == "phone":
            return format_national(contact.phone)
        if column == "consent":
            return consent_label(contact.consent)
        if column == "source_kind":
            return source_label(contact.source_kind)
        if column == "tags":
            return ", ".join(contact.tags)
        return str(getattr(contact, column))

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Phone"),
            self.tr("First name"),
            self.tr("Last name"),
            self.tr("Commune"),
            self.tr("Consent"),
            self.tr("Source"),
            self.tr("Tags"),
        )
