"""Tableau de bord: the campaign at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...context import AppContext
from ...services.profile import get_profile
from ...storage.database import Database


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.heading = QLabel()
        self.rounds = QLabel()
        self.countdown = QLabel()
        self.security = QLabel()
        self.security.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Election rounds:"), self.rounds)
        form.addRow(self.tr("Next round:"), self.countdown)
        form.addRow(self.tr("Data protection:"), self.security)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        profile = get_profile(self.db)
        self.heading.setText(f"<h2>{profile.candidate}</h2>")
        rounds = [profile.round1] + ([profile.round2] if profile.round2 else [])
        self.rounds.setText(" · ".join(r.strftime("%d/%m/%Y") for r in rounds))
        today = self.ctx.clock().astimezone().date()
        upcoming = [r for r in rounds if r >= today]
        self.countdown.setText(
            self._countdown(upcoming[0], today) if upcoming else self.tr("The election is over.")
        )
        self.security.setText(
            self.tr("Encrypted database; key in the system keyring.")
            if self.ctx.keyring.trusted
            else self.tr("Encrypted database; key derived from your passphrase.")
        )

    def _countdown(self, day: date, today: date) -> str:
        days = (day - today).days
        if days == 0:
            return self.tr("Today")
        return self.tr("in %n day(s)", "", days)
