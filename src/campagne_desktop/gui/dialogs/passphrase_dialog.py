"""Asking for the campaign passphrase when no secure keyring keeps the database key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...context import PassphrasePurpose
from ...services.campaign import MIN_PASSPHRASE_LENGTH


class PassphraseDialog(QDialog):
    def __init__(
        self,
        purpose: PassphrasePurpose,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.setWindowTitle(self.tr("Campaign passphrase"))
        self.setMinimumWidth(480)
        explanation = QLabel(
            self.tr(
                "No secure system keyring was found on this computer, so the campaign database "
                "is encrypted with a passphrase. Choose a long one (at least {count} characters) "
                "and keep it safe: it cannot be recovered."
            ).format(count=MIN_PASSPHRASE_LENGTH)
            if purpose is PassphrasePurpose.CREATE
            else self.tr("Type the passphrase that protects this campaign.")
        )
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.show_text = QCheckBox(self.tr("&Show what I type"))
        self.show_text.toggled.connect(self._show_text)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        if purpose is PassphrasePurpose.CREATE:
            form.addRow(self.tr("&Again:"), self.confirmation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        if folder is not None:
            where = QLabel(self.tr("Campaign folder: {path}").format(path=folder))
            where.setWordWrap(True)
            where.setStyleSheet("color: palette(mid);")
            layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.show_text)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        text = self.passphrase.text()
        if self.purpose is PassphrasePurpose.CREATE:
            if len(text) < MIN_PASSPHRASE_LENGTH:
                self.problem.setText(
                    self.tr("At least {count} characters, please.").format(
                        count=MIN_PASSPHRASE_LENGTH
                    )
                )
                return
            if text != self.confirmation.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return
        super().accept()

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirmation.setEchoMode(mode)

    @classmethod
    def ask(
        cls, purpose: PassphrasePurpose, parent: QWidget | None = None, folder: Path | None = None
    ) -> str | None:
        dialog = cls(purpose, parent, folder=folder)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase.text()
        return None
