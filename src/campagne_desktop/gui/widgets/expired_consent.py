"""The dashboard's line on consent requests unanswered for two months, with its erase button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...context import AppContext
from ...domain.messages import UserError
from ...services.consent_expiry import count_expired, erase_expired
from ...storage.database import Database
from ..dialogs.rights_dialog import ask_confirmation
from ..formatting import count
from ..prompts import Prompts


class ExpiredConsentRow(QWidget):
    """How many requests expired; "Erase them…" calls the same service as the command line."""

    erased = Signal(int)

    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.count = QLabel()
        self.count.setToolTip(
            self.tr(
                "Contacts who never answered the consent request, two months or more after it "
                "was exported. Their data should not be kept any longer."
            )
        )
        self.erase_button = QPushButton(self.tr("&Erase them…"))
        self.erase_button.clicked.connect(self.erase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.erase_button)
        layout.addStretch(1)
        # Filled by the dashboard with its other counts, after the window's first paint.

    def refresh(self) -> None:
        expired = count_expired(self.db, now=self.ctx.clock())
        self.count.setText(count(expired))
        self.erase_button.setVisible(expired > 0)

    def erase(self) -> None:
        expired = count_expired(self.db, now=self.ctx.clock())
        question = self.tr(
            "Erase the %n contact(s) who left the consent request unanswered for two months? "
            "Their numbers stay blocked so that they are never asked again.",
            "",
            expired,
        )
        if not expired or not ask_confirmation(self.prompts, self, question):
            return
        try:
            erased = erase_expired(self.db, actor=self.ctx.actor, now=self.ctx.clock())
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.refresh()
        self.erased.emit(erased)
