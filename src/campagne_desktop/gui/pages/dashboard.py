"""Tableau de bord: the campaign at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...context import AppContext
from ...services.profile import get_profile
from ...services.wipe import reminder_message, wipe_reminder
from ...storage.database import Database
from ..messages import translate_message


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
        self.wipe_banner = QLabel()
        self.wipe_banner.setWordWrap(True)
        self.wipe_banner.setStyleSheet("font-weight: bold; color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.wipe_banner)
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
        reminder = wipe_reminder(profile, today)
        self.wipe_banner.setVisible(reminder is not None)
        if reminder is not None:
            key, params = reminder_message(reminder)
            self.wipe_banner.setText(translate_message(key).format(**params))
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
