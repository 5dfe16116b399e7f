"""Replies to read: the numbers held out of every batch until a person decides (LEGAL.md §3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.messages import UserError
from ...domain.phones import format_national
from ...domain.times import display_time
from ...services.held_replies import Decision, decide, list_held
from ...services.profile import get_profile
from ...storage.database import Database
from ..labels import hold_reason_label
from ..prompts import Prompts
from ..widgets.tables import chosen_phone, chosen_row_item, read_only_table


class HeldRepliesDialog(QDialog):
    """One row per held reply; a decision applies to every reply of the selected number."""

    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.decided = 0
        self.setWindowTitle(self.tr("Replies to read"))
        explanation = QLabel(
            self.tr(
                "No rule understood these replies, or someone who was never asked answered "
                "OUI. An objection needs no keyword: read each one. Until you decide, the "
                "number gets no message."
            )
        )
        explanation.setWordWrap(True)
        self.table = read_only_table(
            [self.tr("Number"), self.tr("Received"), self.tr("Why"), self.tr("Reply")]
        )
        self.table.setAccessibleName(self.tr("Replies to read"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.opt_out_button = QPushButton(self.tr("&Opt out"))
        self.opt_out_button.setToolTip(self.tr("The reply objects: block the number for good."))
        self.consent_button = QPushButton(self.tr("&Consent"))
        self.consent_button.setToolTip(
            self.tr("The reply agrees: record consent, with the reply as proof.")
        )
        self.dismiss_button = QPushButton(self.tr("&Nothing to do"))
        self.dismiss_button.setToolTip(self.tr("The number may be messaged again."))
        self.opt_out_button.clicked.connect(lambda: self.decide(Decision.OPT_OUT))
        self.consent_button.clicked.connect(lambda: self.decide(Decision.CONSENT))
        self.dismiss_button.clicked.connect(lambda: self.decide(Decision.DISMISS))
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.opt_out_button)
        actions.addWidget(self.consent_button)
        actions.addWidget(self.dismiss_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        held = list_held(self.db)
        tz = get_profile(self.db).timezone  # the campaign's clock, not this computer's
        self.table.setRowCount(len(held))
        for r, reply in enumerate(held):
            number = QTableWidgetItem(format_national(reply.phone))
            number.setData(Qt.ItemDataRole.UserRole, reply.phone)
            number.setData(Qt.ItemDataRole.UserRole + 1, reply.has_contact)
            self.table.setItem(r, 0, number)
            self.table.setItem(r, 1, QTableWidgetItem(display_time(reply.received_at, tz)))
            self.table.setItem(r, 2, QTableWidgetItem(hold_reason_label(reply.reason)))
            self.table.setItem(r, 3, QTableWidgetItem(reply.text))
        self.table.resizeColumnsToContents()
        if held:
            self.table.selectRow(0)
        self._selection_changed()

    def selected_phone(self) -> str | None:
        return chosen_phone(self.table)

    def _selection_changed(self) -> None:
        item = chosen_row_item(self.table)
        for button in (self.opt_out_button, self.dismiss_button):
            button.setEnabled(item is not None)
        # Consent is recorded on a contact: a number that is not one can only be blocked or let go.
        self.consent_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole + 1))
        )

    def decide(self, decision: Decision) -> None:
        phone = self.selected_phone()
        if phone is None:
            return
        try:
            decide(self.db, phone, decision, actor=self.ctx.actor, now=self.ctx.clock())
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.decided += 1
        done = {
            Decision.OPT_OUT: self.tr("{phone} is blocked for good."),
            Decision.CONSENT: self.tr("{phone} consented; the reply is the proof."),
            Decision.DISMISS: self.tr("{phone} may be messaged again."),
        }
        self.status.setText(done[decision].format(phone=format_national(phone)))
        self.refresh()
