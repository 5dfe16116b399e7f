"""Small dialogs about one contact: add one by hand, edit its details, record its consent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.enums import ConsentStatus
from ...domain.messages import UserError
from ...domain.phones import PhoneError, format_national, normalise
from ...services.contact_entry import (
    AddedContact,
    CollectionMethod,
    ContactEntry,
    DuplicateContactError,
)
from ...services.contacts import ContactView
from ..labels import consent_label, method_label, source_label
from ..messages import user_text
from ..prompts import Prompts

ERROR_STYLE = "color: #b00020;"


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


class AddContactDialog(QDialog):
    """A sign-up typed by a volunteer: the person, where and how, and their consent.

    ``save`` adds the entry (the page passes the service call): the dialog stays open on an
    error so nothing typed is lost. A number already in the list is offered to be opened
    (``existing_phone`` is then set and the dialog rejected); ``added`` holds the new contact.
    The consent box is never ticked in advance: only the person's explicit "yes" ticks it.
    """

    def __init__(
        self,
        save: Callable[[ContactEntry], AddedContact],
        prompts: Prompts,
        *,
        wording: str,
        today: date,
        collected_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.prompts = prompts
        self.added: AddedContact | None = None
        self.existing_phone: str | None = None
        self.setWindowTitle(self.tr("Add a contact"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.phone.setAccessibleName(self.tr("Mobile number"))
        self.phone_note = QLabel()
        self.phone_note.setWordWrap(True)
        self.phone_note.setAccessibleName(self.tr("Number check"))
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(100)
        self.last_name = QLineEdit()
        self.last_name.setMaxLength(100)
        self.commune = QLineEdit()
        self.commune.setMaxLength(100)
        self.postal_code = QLineEdit()
        self.postal_code.setMaxLength(10)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. volunteers, centre"))
        self.method = QComboBox()
        for method in CollectionMethod:
            self.method.addItem(method_label(method), method.value)
        self.collected_on = QDateEdit()
        self.collected_on.setCalendarPopup(True)
        self.collected_on.setDisplayFormat("dd/MM/yyyy")
        self.collected_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.collected_on.setDate(QDate(today.year, today.month, today.day))
        self.collected_by = QLineEdit(collected_by)
        self.collected_by.setMaxLength(100)
        self.collected_by.setPlaceholderText(self.tr("the volunteer's name"))
        self.wording = QPlainTextEdit(wording)
        self.wording.setTabChangesFocus(True)  # Tab leaves the box: the dialog stays keyboard-only
        self.wording.setFixedHeight(90)
        self.consented = QCheckBox(
            self.tr("The person explicitly agreed to receive the campaign's SMS")
        )
        self.consented.setChecked(False)
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Mobile number:"), self.phone)
        form.addRow("", self.phone_note)
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("&Commune:"), self.commune)
        form.addRow(self.tr("&Postal code:"), self.postal_code)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("&How:"), self.method)
        form.addRow(self.tr("&Date:"), self.collected_on)
        form.addRow(self.tr("Collected &by:"), self.collected_by)
        form.addRow(self.tr("&Wording shown or read:"), self.wording)
        form.addRow("", self.consented)
        form.addRow("", self.consent_note)
        form.addRow(self.problems)
        form.addRow(self.buttons)
        for line in (self.phone, self.collected_by):
            line.textChanged.connect(self._update)
        self.wording.textChanged.connect(self._update)
        self.consented.toggled.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _phone_problem(self) -> str:
        typed = self.phone.text().strip()
        if not typed:
            self.phone_note.setText("")
            return self.tr("Type the person's mobile number.")
        try:
            number = normalise(typed)
        except PhoneError as error:
            self.phone_note.setText("")
            return user_text(error)
        shown = format_national(number.e164)
        self.phone_note.setText(
            self.tr("✔ {number} (not a French number)").format(number=shown)
            if number.is_foreign
            else self.tr("✔ {number}").format(number=shown)
        )
        return ""

    def _update(self) -> None:
        problems = [self._phone_problem()]
        if not self.collected_by.text().strip():
            problems.append(self.tr("Say who collected the number."))
        if self.consented.isChecked() and not self.wording.toPlainText().strip():
            problems.append(
                self.tr("Give the wording the person agreed to: it is the proof of consent.")
            )
        shown = [p for p in problems if p]
        self.problems.setText("\n".join(shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not shown)
        self.consent_note.setText(
            self.tr("Saved as Granted, with the wording above as the proof.")
            if self.consented.isChecked()
            else self.tr(
                "Without the person's explicit yes, the contact is saved as Pending: it may "
                "only receive one message asking for consent."
            )
        )

    def entry(self) -> ContactEntry:
        day = self.collected_on.date()
        return ContactEntry(
            phone=self.phone.text().strip(),
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            commune=self.commune.text().strip(),
            postal_code=self.postal_code.text().strip(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            consent_wording=self.wording.toPlainText().strip(),
            consented=self.consented.isChecked(),
            collected_on=date(day.year(), day.month(), day.day()),
            collected_by=self.collected_by.text().strip(),
            method=CollectionMethod(self.method.currentData()),
        )

    def accept(self) -> None:
        try:
            self.added = self.save(self.entry())
        except DuplicateContactError as error:
            question = user_text(error) + "\n\n" + self.tr("Open that contact now?")
            if self.prompts.ask_open(self, self.tr("Already in the list"), question):
                self.existing_phone = error.phone
                self.reject()
            return
        except UserError as error:
            self.problems.setText(user_text(error))
            return
        super().accept()
