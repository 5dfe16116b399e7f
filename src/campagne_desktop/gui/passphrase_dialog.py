"""Asking for the campaign passphrase when no secure keyring keeps the database key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..context import PassphrasePurpose
from ..services.campaign import MIN_PASSPHRASE_LENGTH


class PassphraseDialog(QDialog):
    def __init__(self, purpose: PassphrasePurpose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.setWindowTitle(self.tr("Campaign passphrase"))
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
        layout.addLayout(form)
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

    @classmethod
    def ask(cls, purpose: PassphrasePurpose, parent: QWidget | None = None) -> str | None:
        dialog = cls(purpose, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase.text()
        return None
