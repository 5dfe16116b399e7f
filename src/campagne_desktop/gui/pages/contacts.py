"""Contacts: the whole list through a paged model, search as you type, filters and actions."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.enums import ConsentStatus, SourceKind
from ...domain.messages import UserError
from ...domain.phones import format_national
from ...domain.times import local_day
from ...services.contact_entry import (
    AddedContact,
    ContactEntry,
    add_contact,
    collection_wording,
)
from ...services.contacts import (
    ContactFilter,
    ContactView,
    Reach,
    count_contacts,
    get_contact,
    list_communes,
    list_tags,
    update_contact,
)
from ...services.optouts import record_opt_out
from ...services.profile import get_profile
from ...services.rights import set_consent
from ...services.unit_of_work import UnitOfWork
from ...storage.database import Database
from ..dialogs.contact_dialog import AddContactDialog, ConsentDialog, ContactDialog
from ..dialogs.rights_dialog import RightsDialog, ask_confirmation
from ..files import dropped_file
from ..labels import consent_label, source_label
from ..prompts import Prompts
from ..shortcuts import add_shortcut
from ..startup import after_first_paint
from ..widgets.contacts_model import ContactsModel
from ..wizards.import_wizard import ImportWizard

SEARCH_DELAY_MS = 250
COLUMN_WIDTHS = (130, 110, 130, 130, 125, 120)  # the last column (tags) stretches: all fit 1100 px


class ContactsPage(QWidget):
    counts_changed = Signal(str)  # for the main window's status bar
    opt_outs_changed = Signal()  # a number was blocked from here

    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.counts_text = ""
        self.setAcceptDrops(True)
        self.total = count_contacts(db)
        self.model = ContactsModel(db, self, count=self.total, deferred=True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name, a commune or a number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Find),
            self,
            self._focus_search,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self.consent = QComboBox()
        self.consent.setAccessibleName(self.tr("Consent"))
        self.consent.addItem(self.tr("Any consent"), "")
        for status in ConsentStatus:
            self.consent.addItem(consent_label(status), status.value)
        # Opted-out people at a glance. Not "reachable by a campaign SMS": that verdict reads
        # every row, so jumping far into such a page took 19 s at 1,000,000 contacts (the
        # Dashboard and a new batch count the reachable instead).
        self.reach = QComboBox()
        self.reach.setAccessibleName(self.tr("Show"))
        self.reach.addItem(self.tr("Everyone"), "")
        self.reach.addItem(self.tr("Opted out"), Reach.OPTED_OUT.value)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source"))
        self.source.addItem(self.tr("Any source"), "")
        for kind in SourceKind:
            self.source.addItem(source_label(kind), kind.value)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.commune = QComboBox()
        self.commune.setAccessibleName(self.tr("Commune"))
        self.tag.addItem(self.tr("Any tag"), "")
        self.commune.addItem(self.tr("Any commune"), "")
        for combo in (self.tag, self.commune):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaxVisibleItems(20)
        for combo in (self.consent, self.reach, self.source, self.tag, self.commune):
            combo.currentIndexChanged.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contact list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            columns.resizeSection(column, width)
        columns.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # the model's own order
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self.edit_current)  # Enter or double-click

        self.count_label = QLabel()
        self.empty = QLabel(self.tr("No contacts yet. Import a file (or drop it here) to start."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); font-size: 12pt; padding: 24px;")
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Add contact…"))
        self.add_button.setToolTip(self.tr("A door-to-door or stall sign-up"))
        self.add_button.clicked.connect(self.add_contact)
        add_shortcut(self.add_button, QKeySequence.StandardKey.New)  # its tooltip says the key
        self.last_collected_by = ""  # a volunteer at a stall types many sign-ups in a row
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(lambda: self.open_import())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        # Not "&consent": Alt+C opens the Campaign menu.
        self.consent_button = QPushButton(self.tr("Record co&nsent…"))
        self.consent_button.clicked.connect(self.record_consent)
        self.rights_button = QPushButton(self.tr("&Rights request…"))
        self.rights_button.clicked.connect(self.rights_request)
        self.block_button = QPushButton(self.tr("&Block number"))
        self.block_button.clicked.connect(self.block_current)

        actions = QHBoxLayout()
        actions.addWidget(QLabel("<h2>" + self.tr("Contacts") + "</h2>"))
        actions.addStretch(1)
        buttons = (
            self.add_button,
            self.import_button,
            self.edit_button,
            self.consent_button,
            self.rights_button,
            self.block_button,
        )
        for button in buttons:
            actions.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        combos = (self.consent, self.reach, self.source, self.tag, self.commune)
        for combo in combos:
            filters.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(self.count_label)
        # Tab follows the screen: the actions, the search and filters, then the list.
        for before, after in pairwise((*buttons, self.search, *combos, self.table)):
            QWidget.setTabOrder(before, after)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.filtered.connect(self._update_counts)
        self.model.filter_failed.connect(self.status.setText)
        self._update_counts()
        # The tag and commune lists read whole indexes: fill them after the first paint.
        after_first_paint(self, self._fill_choices)

    # -- filters and counts ----------------------------------------------------------------
    def current_filter(self) -> ContactFilter:
        consent = self.consent.currentData()
        source = self.source.currentData()
        reach = self.reach.currentData()
        return ContactFilter(
            reach=Reach(reach) if reach else None,
            search=self.search.text().strip(),
            consent=ConsentStatus(consent) if consent else None,
            tag=str(self.tag.currentData() or ""),
            commune=str(self.commune.currentData() or ""),
            source_kind=SourceKind(source) if source else None,
        )

    def apply_filter(self) -> None:
        """Count and read in a worker: typing never waits for a million rows to be searched."""
        self._debounce.stop()
        self.model.set_filter_later(self.current_filter())

    def refresh(self) -> None:
        """Re-read the list and the filter choices (after an import, an edit, an erasure)."""
        self.total = count_contacts(self.db)
        self._fill_choices()
        where = self.current_filter()
        self.model.set_filter(where, count=self.total if where == ContactFilter() else None)
        self._update_counts()

    def _fill_choices(self) -> None:
        for combo, everything, values in (
            (self.tag, self.tr("Any tag"), list_tags(self.db)),
            (self.commune, self.tr("Any commune"), list_communes(self.db)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _update_counts(self) -> None:
        locale = QLocale()
        shown = self.model.rowCount()
        if shown == self.total:
            text = self.tr("%Ln contact(s)", "", self.total)
        else:
            text = self.tr("{shown} of {total} contacts").format(
                shown=locale.toString(shown), total=locale.toString(self.total)
            )
        self.counts_text = text
        self.count_label.setText(text)
        self.empty.setVisible(self.total == 0)
        self.table.setVisible(self.total > 0)
        self.counts_changed.emit(text)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- the selected contact ---------------------------------------------------------------
    def current_contact(self) -> ContactView | None:
        index = self.table.currentIndex()
        return self.model.contact_at(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        has = self.table.currentIndex().isValid() and bool(
            self.table.selectionModel().hasSelection()
        )
        for button in (self.edit_button, self.block_button):
            button.setEnabled(has)

    def _reload_keeping_row(self) -> None:
        row = self.table.currentIndex().row()
        self.refresh()
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    # -- actions ----------------------------------------------------------------------------
    def _save_entry(self, entry: ContactEntry) -> AddedContact:
        return add_contact(UnitOfWork(self.db), entry, actor=self.ctx.actor, now=self.ctx.clock())

    def add_contact_dialog(self) -> AddContactDialog:
        today = local_day(self.ctx.clock(), get_profile(self.db).timezone)
        return AddContactDialog(
            self._save_entry,
            self.prompts,
            wording=collection_wording(UnitOfWork(self.db)),
            today=today,
            collected_by=self.last_collected_by,
            parent=self,
        )

    def add_contact(self) -> None:
        dialog = self.add_contact_dialog()
        dialog.exec()
        if dialog.existing_phone is not None:
            self.open_contact(dialog.existing_phone)
            return
        if dialog.added is None:
            return
        self.last_collected_by = dialog.collected_by.text().strip()
        said = (
            self.tr("{number} added with consent.")
            if dialog.added.consent is ConsentStatus.GRANTED
            else self.tr("{number} added, pending: it may only receive one consent request.")
        )
        self.status.setText(said.format(number=format_national(dialog.added.phone)))
        self.refresh()

    def open_contact(self, phone: str) -> None:
        """Show one contact in the list and open it for editing (a number typed twice)."""
        self.search.setText(format_national(phone))
        self.apply_filter()
        try:
            contact = get_contact(self.db, phone)
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        values = ContactDialog.edit(self, contact)
        if values is None:
            return
        try:
            update_contact(
                self.db, contact.id, **values, actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
        self.apply_filter()

    def edit_current(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        values = ContactDialog.edit(self, contact)
        if values is None:
            return
        try:
            update_contact(
                self.db, contact.id, **values, actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
        self._reload_keeping_row()

    def open_import(self, path: Path | None = None) -> None:
        wizard = ImportWizard(self.ctx, self.db, self.prompts, self, path=path)
        wizard.exec()
        if wizard.report is not None:
            self.refresh()

    def record_consent(self) -> None:
        contact = self.current_contact()
        answer = ConsentDialog.ask(self, contact.phone if contact else "")
        if answer is None:
            return
        phone, status, evidence = answer
        try:
            set_consent(
                self.db,
                phone,
                status,
                evidence=evidence,
                actor=self.ctx.actor,
                now=self.ctx.clock(),
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.status.setText(self.tr("Consent recorded."))
        self._reload_keeping_row()

    def rights_request(self) -> None:
        contact = self.current_contact()
        dialog = RightsDialog(
            self.ctx, self.db, self.prompts, self, contact.phone if contact else ""
        )
        dialog.data_changed.connect(self.opt_outs_changed)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def block_current(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        question = self.tr(
            "Block {phone} for good? It will never receive a message from this campaign and "
            "will never be imported again."
        ).format(phone=format_national(contact.phone))
        if not ask_confirmation(self.prompts, self, question):
            return
        try:
            added = record_opt_out(
                self.db, contact.phone, actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.status.setText(
            self.tr("The number is now blocked.") if added else self.tr("It was already blocked.")
        )
        self._reload_keeping_row()  # its consent cell now says it opted out
        self.opt_outs_changed.emit()

    # -- drop a file to import it -----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        dropped_file(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is not None:
            # After the drop returns: a modal wizard inside a drop handler confuses some platforms.
            QTimer.singleShot(0, self, lambda: self.open_import(path))
