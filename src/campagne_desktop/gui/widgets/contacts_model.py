"""The contact list as a table model: paged SQL queries, a bounded page cache, sorting in SQL.

``data()`` never queries per cell: rows are read a page at a time and the most recently used
pages are kept, so a million contacts scroll smoothly in constant memory. A page starts after
the key (sort value, id) where the page before it ended (keyset paging, any depth in a few ms);
a jump far away walks the index from the nearest page whose start is known. A new search or
filter is counted and read in a worker thread: typing never freezes the window, and an answer
that arrives after a newer request is dropped.
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
    Signal,
)

from ...domain.phones import format_national
from ...services.contacts import (
    ContactFilter,
    ContactPage,
    ContactView,
    SortKey,
    contact_page,
    count_contacts,
)
from ...storage.database import Database
from ..jobs import JobRunner
from ..labels import channel_label, consent_label, opted_out_label, source_label

PAGE_SIZE = 200
MAX_PAGES = 25  # 5,000 rows in memory at most
LOAD_DELAY_MS = 40
VISIBLE_PAGES = 2  # a screen of rows spans at most two pages

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("phone", "first_name", "last_name", "commune", "consent", "source_kind", "tags")
# The service sorts on indexed columns only; the others keep the current order.
_ORDER_BY = {0: "phone", 1: "first_name", 2: "last_name", 3: "commune", 4: "consent"}


def consent_cell(contact: ContactView) -> str:
    if contact.opted_out is not None:
        return opted_out_label(contact.opted_out)
    return consent_label(contact.consent)


def consent_tooltip(contact: ContactView) -> str | None:
    if contact.opted_out is not None:
        return QCoreApplication.translate(
            "Labels", "Opted out ({channel}): never messaged again. Consent on record: {consent}."
        ).format(channel=channel_label(contact.opted_out), consent=consent_label(contact.consent))
    return contact.consent_evidence or None


class ContactsModel(QAbstractTableModel):
    """Read-only table over ``services.contacts``; ``set_filter`` and ``sort`` re-query."""

    filtered = Signal()  # a filter asked with ``set_filter_later`` is now shown
    filter_failed = Signal(str)

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
        # Page number -> key of the row before it (None: the first page).
        self._starts: dict[int, SortKey | None] = {}
        self._count = 0
        self._generation = 0  # of the latest filter request: older answers are dropped
        # One search at a time; its thread (and database connection) is kept for the next one.
        self._runner = JobRunner(self, threads=1, keep_threads=True)
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
            if column == "consent":
                return consent_tooltip(contact)
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
        self._generation += 1  # an answer still on its way is for an older filter
        self.beginResetModel()
        self._reset_to(where, count)
        self.endResetModel()

    def set_filter_later(self, where: ContactFilter) -> None:
        """Count and read the first page in a worker; ``filtered`` says when it is shown."""
        self._generation += 1
        generation = self._generation
        order_by, descending = self.order_by, self.descending

        def work(_progress: object) -> tuple[ContactPage, int]:
            first = self._read(where, 0, None, 0, order_by, descending)
            short = len(first.rows) < self.page_size
            return first, len(first.rows) if short else count_contacts(self.db, where)

        def finished(result: tuple[ContactPage, int]) -> None:
            if generation != self._generation or (order_by, descending) != (
                self.order_by,
                self.descending,
            ):
                return  # the user typed on, or sorted: a newer answer is coming
            first, count = result
            self.beginResetModel()
            self._forget(where)
            self._store(0, first)
            self._count = count
            self.endResetModel()
            self.filtered.emit()

        def failed(message: str) -> None:
            if generation == self._generation:
                self.filter_failed.emit(message)

        self._runner.start(work, on_finished=finished, on_failed=failed)

    def wait_for_workers(self) -> None:
        """Block until no filter is being read (tests, and closing the window)."""
        self._runner.wait()

    def _forget(self, where: ContactFilter) -> None:
        self.filter = where
        self._pages.clear()
        self._wanted.clear()
        self._starts = {0: None}

    def _reset_to(self, where: ContactFilter, count: int | None) -> None:
        self._forget(where)
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
        # Start from the nearest page before this one whose first row's key is known.
        known = max(n for n in self._starts if n <= number)
        skip = (number - known) * self.page_size
        page = self._read(
            self.filter, number, self._starts[known], skip, self.order_by, self.descending
        )
        self._store(number, page)
        return page.rows

    def _read(
        self,
        where: ContactFilter,
        number: int,
        after: SortKey | None,
        skip: int,
        order_by: str,
        descending: bool,
    ) -> ContactPage:
        self.queries += 1
        return contact_page(
            self.db,
            where,
            after=after,
            skip=skip,
            limit=self.page_size,
            order_by=order_by,
            descending=descending,
        )

    def _store(self, number: int, page: ContactPage) -> None:
        self._pages[number] = page.rows
        if len(page.rows) == self.page_size:
            self._starts[number + 1] = page.last_key
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)

    def _display(self, contact: ContactView, column: str) -> str:
        if column == "phone":
            return format_national(contact.phone)
        if column == "consent":
            return consent_cell(contact)
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
