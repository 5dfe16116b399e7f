"""Envois: the batches with their state, counts and cost; check, export, replies and the ledger."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.enums import BatchState
from ...domain.lifecycle import can_discard, can_send
from ...domain.messages import UserError
from ...domain.phones import format_national
from ...domain.times import display_time
from ...services.batch_export import export_ledger
from ...services.batch_split import split_by_zone
from ...services.batches import BatchSummary, discard_batch, list_batches
from ...services.compliance import ComplianceReport, check_batch
from ...services.message_states import state_counts
from ...services.profile import get_profile
from ...services.replies import RepliesReport, import_replies
from ...services.unit_of_work import UnitOfWork
from ...storage.database import Database
from ..dialogs.batch_messages import BatchMessagesDialog
from ..dialogs.send_dialog import SendDialog, open_messages
from ..files import ask_open_file
from ..formatting import count, money
from ..jobs import Job, JobRunner
from ..labels import batch_state_text, exclusion_label
from ..messages import translate_message
from ..prompts import Prompts
from ..widgets.batch_report import (
    FAILED_COLOUR,
    ExportDialog,
    ReportDialog,
    choose_export_path,
)
from ..wizards.batch_wizard import BatchWizard


def choose_replies_file(prompts: Prompts, parent: QWidget) -> str:
    return ask_open_file(
        prompts,
        parent,
        QCoreApplication.translate("SendingsPage", "Choose the provider's received-messages file"),
        QCoreApplication.translate(
            "SendingsPage", "Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)"
        ),
    )


class SendingsPage(QWidget):
    batches_changed = Signal()  # the dashboard's counts follow
    opt_outs_changed = Signal()  # replies imported: the Opt-outs and Contacts pages follow

    COLUMNS = 7

    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        # Injectable for tests: the assistant.
        self.run_wizard: Callable[[AppContext, Database, QWidget], BatchSummary | None] = (
            lambda ctx, db, parent: BatchWizard.run(ctx, db, prompts, parent)
        )
        self.runner = JobRunner(self)
        self.batches: list[BatchSummary] = []
        self.report_dialog: ReportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.messages_dialog: BatchMessagesDialog | None = None

        heading = QLabel("<h2>" + self.tr("Sendings") + "</h2>")
        intro = QLabel(
            self.tr(
                "A batch freezes exactly what each person will receive. It is checked against "
                "the law before any export; then send the file from your provider's site."
            )
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New batch…"))
        self.new_button.clicked.connect(self.new_batch)
        self.check_button = QPushButton(self.tr("Chec&k"))
        self.check_button.clicked.connect(self.check)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export)
        self.send_button = QPushButton(self.tr("&Send…"))
        self.send_button.setToolTip(self.tr("Send through the provider's API"))
        self.send_button.clicked.connect(self.send)
        self.send_dialog: SendDialog | None = None
        # One overseas recipient must not hold back everyone: one batch per time zone.
        self.split_button = QPushButton(self.tr("S&plit by time zone"))
        self.split_button.clicked.connect(self.split)
        self.messages_button = QPushButton(self.tr("&Messages…"))
        self.messages_button.setToolTip(
            self.tr("The frozen messages, exactly as each person receives them (or double-click)")
        )
        self.messages_button.clicked.connect(self.show_messages)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setToolTip(
            self.tr("Remove a batch that was never exported nor sent; its people become free")
        )
        self.discard_button.clicked.connect(self.discard)
        self.replies_button = QPushButton(self.tr("Import &replies…"))
        self.replies_button.clicked.connect(self.import_replies)
        self.ledger_button = QPushButton(self.tr("Export the &ledger…"))
        self.ledger_button.clicked.connect(self.export_ledger)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Batches"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Template"),
                self.tr("State"),
                self.tr("Messages"),
                self.tr("SMS"),
                self.tr("Cost"),
                self.tr("Created"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._selected)
        self.tree.itemDoubleClicked.connect(lambda *_: self.show_messages())
        self.empty = QLabel(
            self.tr("No batch yet. Click “New batch…” to prepare your first sending.")
        )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addSpacing(16)
        for button in (
            self.check_button,
            self.export_button,
            self.send_button,
            self.split_button,
            self.messages_button,
            self.discard_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.replies_button)
        buttons.addWidget(self.ledger_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_batch()
        self.batches = list_batches(UnitOfWork(self.db))
        self.tree.clear()
        tz = get_profile(self.db).timezone
        for batch in self.batches:
            item = QTreeWidgetItem(
                [
                    str(batch.id),
                    batch.template,
                    batch_state_text(batch.state, batch.checked_at, batch.check_passed, tz),
                    count(batch.messages),
                    count(batch.segments),
                    money(batch.cost),
                    display_time(batch.created_at, tz),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, batch.id)
            for column in (0, 3, 4, 5):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self.tree.addTopLevelItem(item)
            if selected is not None and batch.id == selected.id:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.empty.setVisible(not self.batches)
        self._selected()

    def selected_batch(self) -> BatchSummary | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        batch_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self.batches if b.id == batch_id), None)

    def select(self, batch_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == batch_id:
                self.tree.setCurrentItem(item)

    def _selected(self) -> None:
        batch = self.selected_batch()
        self.check_button.setEnabled(batch is not None)
        self.export_button.setEnabled(batch is not None and batch.state is not BatchState.CLOSED)
        self.send_button.setEnabled(
            batch is not None and can_send(batch.state) and not batch.export_paths
        )
        # Split replaces the batch: like a discard, only while nothing of it left the app.
        self.split_button.setEnabled(
            batch is not None and not batch.export_paths and can_discard(batch.state)
        )
        self.messages_button.setEnabled(batch is not None)
        self.discard_button.setEnabled(batch is not None and can_discard(batch.state))
        if batch is None:
            self.details.clear()
            return
        parts = [self.tr("Batch {id}, template “{name}”.").format(id=batch.id, name=batch.template)]
        if batch.excluded:
            left_out = ", ".join(
                self.tr("{reason}: {count}").format(
                    reason=exclusion_label(reason), count=count(how_many)
                )
                for reason, how_many in batch.excluded.items()
            )
            parts.append(self.tr("Left out: {list}.").format(list=left_out))
        if batch.adapted:  # smart encoding: names sent without the accents GSM-7 lacks
            parts.append(
                self.tr(
                    "%n message(s) with names written without costly accents.", "", batch.adapted
                )
            )
        for path in batch.export_paths:
            parts.append(self.tr("Exported to {path}.").format(path=path))
        if batch.state is BatchState.SENDING:
            left = open_messages(state_counts(UnitOfWork(self.db), batch.id))
            if left:
                parts.append(
                    self.tr(
                        "Sending stopped before the end: %n message(s) not handed over yet. "
                        "Click “Send…” to resume.",
                        "",
                        left,
                    )
                )
        self.details.setText(" ".join(parts))

    def new_batch(self) -> None:
        created = self.run_wizard(self.ctx, self.db, self)
        self.refresh()
        if created is not None:  # Check and Export act on the batch just made, not the last one
            self.select(created.id)
        self.batches_changed.emit()

    def check(self) -> Job | None:
        """Run the compliance check in the background, then show the report."""
        batch = self.selected_batch()
        if batch is None:
            return None
        db, actor, now = self.db, self.ctx.actor, self.ctx.clock()
        self.check_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking batch {id}…").format(id=batch.id))
        return self.runner.start(
            lambda _p: check_batch(UnitOfWork(db), batch.id, now=now, actor=actor),
            on_finished=self._checked,
            on_failed=self._failed,
        )

    def _checked(self, report: ComplianceReport) -> None:
        self.status.clear()
        self.refresh()
        dialog = ReportDialog(report, get_profile(self.db).timezone, self)
        self.report_dialog = dialog
        dialog.open()

    def export(self) -> ExportDialog | None:
        batch = self.selected_batch()
        if batch is None:
            return None
        dialog = ExportDialog(self.ctx, self.db, self.runner, self.prompts, batch, self)
        dialog.panel.exported.connect(self._exported)
        dialog.finished.connect(lambda _result: self.refresh())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def send(self) -> SendDialog | None:
        batch = self.selected_batch()
        if batch is None:
            return None
        dialog = SendDialog(self.ctx, self.db, self.runner, batch, self)
        dialog.sent.connect(lambda: self._exported(None))
        dialog.finished.connect(lambda _result: self.refresh())
        # A send reads the provider's STOP list first: the Opt-outs and Contacts pages follow.
        dialog.finished.connect(lambda _result: self.opt_outs_changed.emit())
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def split(self) -> None:
        batch = self.selected_batch()
        if batch is None:
            return
        try:
            parts = split_by_zone(
                UnitOfWork(self.db), batch.id, actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Batch {id} was replaced by batches {parts}, one per time zone.").format(
                id=batch.id, parts=", ".join(str(part.id) for part in parts)
            )
        )
        self.refresh()
        self.select(parts[0].id)
        self.batches_changed.emit()

    def show_messages(self) -> BatchMessagesDialog | None:
        batch = self.selected_batch()
        if batch is None:
            return None
        try:
            dialog = BatchMessagesDialog(self.db, batch.id, batch.template, self)
        except UserError as error:  # discarded meanwhile by another window
            self.prompts.show_error(self, error)
            self.refresh()
            return None
        self.messages_dialog = dialog
        dialog.open()
        return dialog

    def discard(self) -> bool:
        """Ask, then remove the batch; its people may go in a new batch."""
        batch = self.selected_batch()
        if batch is None or not can_discard(batch.state):
            return False
        question = self.tr(
            "Discard batch {id} (“{name}”, %n message(s))? Its messages are deleted; nothing was "
            "sent. Its people may then be in a new batch.",
            "",
            batch.messages,
        ).format(id=batch.id, name=batch.template)
        if not self.prompts.ask_discard(self, self.tr("Discard the batch"), question):
            return False
        try:
            discard_batch(UnitOfWork(self.db), batch.id, actor=self.ctx.actor, now=self.ctx.clock())
        except UserError as error:
            self.prompts.show_error(self, error)
            self.refresh()
            return False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Batch {id} discarded.").format(id=batch.id))
        self.refresh()
        self.batches_changed.emit()
        return True

    def _exported(self, _summary: object) -> None:
        self.refresh()
        self.batches_changed.emit()

    def import_replies(self) -> RepliesReport | None:
        chosen = choose_replies_file(self.prompts, self)
        if not chosen:
            return None
        try:
            report = import_replies(
                self.db, Path(chosen), actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return None
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr(
                "Replies read. Opt-outs recorded: {stop}; consents granted: {yes}; "
                "refusals: {no}; other or unknown: {other}; invalid numbers: {invalid}."
            ).format(
                stop=report.opted_out,
                yes=report.consented,
                no=report.refused,
                other=report.ignored,
                invalid=report.invalid,
            )
        )
        if report.to_review:
            # An objection needs no keyword: what no rule understood, a person reads.
            lines = "\n".join(
                f"{format_national(r['phone'])} : {r['text']}" for r in report.to_review[:50]
            )
            self.prompts.inform(
                self,
                self.tr(
                    "These numbers get no message until you read their reply and decide "
                    "(Opt-outs page, Replies to read).\n\n{replies}"
                ).format(replies=lines),
                self.tr("Replies to read"),
            )
        self.batches_changed.emit()
        self.opt_outs_changed.emit()
        return report

    def export_ledger(self) -> Path | None:
        chosen = choose_export_path(self.prompts, self, "depenses-sms.csv")
        if not chosen:
            return None
        try:
            done = export_ledger(
                UnitOfWork(self.db),
                Path(chosen),
                actor=self.ctx.actor,
                now=self.ctx.clock(),
                translate=translate_message,
                overwrite=True,  # the file dialog asked before replacing
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return None
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Ledger written to {path}: %n batch(es), total {total}.", "", done.rows).format(
                path=done.path, total=money(done.total)
            )
        )
        return done.path

    def _failed(self, message: str) -> None:
        self.check_button.setEnabled(self.selected_batch() is not None)
        self.status.setStyleSheet(f"color: {FAILED_COLOUR};")
        self.status.setText(message)

    def wait_for_jobs(self) -> None:
        """Block until background work is over (closing, and tests)."""
        self.runner.wait()
