"""Small dialogs about one contact: edit its details, record its consent."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.enums import ConsentStatus
from ...domain.phones import format_national
from ...services.contacts import ContactView
from ..labels import consent_label, source_label


class ContactDialog(QDialog):
    """Names, commune, postal code and tags; the number, source and consent are read-only."""

    def __init__(self, view: ContactView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact"))
        self.first_name = QLineEdit(view.first_name)
        self.first_name.setMaxLength(100)
        self.last_name = QLineEdit(view.last_name)
        self.last_name.setMaxLength(100)
        self.commune = QLineEdit(view.commune)
        self.commune.setMaxLength(100)
        self.postal_code = QLineEdit(view.postal_code)
        self.postal_code.setMaxLength(10)
        self.tags = QLineEdit(", ".join(view.tags))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. volunteers, centre"))
        origin = QLabel(
            f"{source_label(view.source_kind)} — {view.source_description} "
            f"({view.source_date:%d/%m/%Y})"
        )
        origin.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Number:"), QLabel(format_national(view.phone)))
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("&Commune:"), self.commune)
        form.addRow(self.tr("&Postal code:"), self.postal_code)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("Source:"), origin)
        form.addRow(self.tr("Consent:"), QLabel(consent_label(view.consent)))
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        """The keyword arguments of ``services.contacts.update_contact``."""
        return {
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "commune": self.commune.text().strip(),
            "postal_code": self.postal_code.text().strip(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
        }

    @classmethod
    def edit(cls, parent: QWidget | None, view: ContactView) -> dict[str, Any] | None:
        dialog = cls(view, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ConsentDialog(QDialog):
    """Record a consent answer for one number, with its evidence (LEGAL.md §2)."""

    def __init__(self, phone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.phone = QLineEdit(format_national(phone) if phone else "")
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.status = QComboBox()
        for status in (ConsentStatus.GRANTED, ConsentStatus.REFUSED):
            self.status.addItem(consent_label(status), status.value)
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(
            self.tr("The reply received or the form signed, with its date")
        )
        self.evidence.setFixedHeight(80)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Number:"), self.phone)
        form.addRow(self.tr("&Answer:"), self.status)
        form.addRow(self.tr("&Evidence:"), self.evidence)
        form.addRow(self.buttons)
        for signal in (self.phone.textChanged, self.evidence.textChanged):
            signal.connect(self._update)
        self.status.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        # Granting needs evidence; a refusal is recorded on the person's word alone.
        needs_evidence = self.status.currentData() == ConsentStatus.GRANTED.value
        ok = bool(self.phone.text().strip()) and (
            not needs_evidence or bool(self.evidence.toPlainText().strip())
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def values(self) -> tuple[str, ConsentStatus, str]:
        return (
            self.phone.text().strip(),
            ConsentStatus(self.status.currentData()),
            self.evidence.toPlainText().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, phone: str = "") -> tuple[str, ConsentStatus, str] | None:
        dialog = cls(phone, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
