"""A data-subject rights request (LEGAL.md §3): find a number, show, export, erase or oppose."""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.enums import ConsentStatus, OptOutChannel, SourceKind
from ...domain.messages import UserError
from ...domain.phones import format_national
from ...domain.times import display_time
from ...services.profile import get_profile
from ...services.rights import SubjectData, erase_subject, export_subject_data, subject_data
from ...storage.database import Database
from ..labels import channel_label, consent_label, source_label
from ..messages import user_text
from ..prompts import Prompts


def choose_save_path(prompts: Prompts, parent: QWidget, suggested: str) -> str:
    return prompts.save_file(
        parent,
        QCoreApplication.translate("RightsDialog", "Export the data held"),
        suggested,
        QCoreApplication.translate("RightsDialog", "JSON (*.json)"),
    )


def ask_confirmation(prompts: Prompts, parent: QWidget, question: str) -> bool:
    """For what cannot be undone: No is the default answer."""
    title = QCoreApplication.translate("RightsDialog", "Please confirm")
    return prompts.ask(parent, title, question, default_yes=False)


def _when(iso: str | None, tz: str) -> str:
    """ "2026-02-01" → "01/02/2026"; a time (with its offset) → "01/02/2026 14:05" in ``tz``."""
    if not iso:
        return ""
    if len(iso) == 10:
        return date.fromisoformat(iso).strftime("%d/%m/%Y")
    return display_time(datetime.fromisoformat(iso), tz)


class RightsDialog(QDialog):
    """``RightsDialog.run(ctx, db, parent, phone)`` returns True if data was erased."""

    data_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        db: Database,
        prompts: Prompts,
        parent: QWidget | None = None,
        phone: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.data: SubjectData | None = None
        self.changed = False
        self.setWindowTitle(self.tr("Rights request"))
        self.phone = QLineEdit(format_national(phone) if phone else "")
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.phone.returnPressed.connect(self.look_up)
        self.look_up_button = QPushButton(self.tr("&Look up"))
        self.look_up_button.clicked.connect(self.look_up)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("What the app holds about this number"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("E&rase"))
        self.erase_button.clicked.connect(lambda: self.erase(oppose=False))
        self.oppose_button = QPushButton(self.tr("&Oppose (erase and block)"))
        self.oppose_button.clicked.connect(lambda: self.erase(oppose=True))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Number:")))
        top.itemAt(0).widget().setBuddy(self.phone)  # type: ignore[union-attr]
        top.addWidget(self.phone, 1)
        top.addWidget(self.look_up_button)
        actions = QHBoxLayout()
        for button in (self.export_button, self.erase_button, self.oppose_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Answer within one month. Find the number to see everything held about it.")
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.resize(560, 480)
        self._enable(False)
        if phone:
            self.look_up()

    @classmethod
    def run(
        cls,
        ctx: AppContext,
        db: Database,
        prompts: Prompts,
        parent: QWidget | None,
        phone: str = "",
    ) -> bool:
        dialog = cls(ctx, db, prompts, parent, phone)
        dialog.exec()
        return dialog.changed

    def _enable(self, found: bool) -> None:
        for button in (self.export_button, self.erase_button):
            button.setEnabled(found)
        self.oppose_button.setEnabled(self.data is not None)

    def look_up(self) -> None:
        self.status.clear()
        try:
            self.data = subject_data(self.db, self.phone.text())
        except UserError as error:
            self.data = None
            self.details.clear()
            self.status.setText(user_text(error))
            self._enable(False)
            return
        self.phone.setText(format_national(self.data.phone))
        self.details.setHtml(self._describe(self.data))
        held = bool(self.data.contact or self.data.opt_out or self.data.messages)
        self._enable(held)

    def export(self) -> None:
        if self.data is None:
            return
        suggested = str(Path.home() / "demande-droits.json")
        chosen = choose_save_path(self.prompts, self, suggested)
        if not chosen:
            return
        try:
            path = export_subject_data(
                self.db,
                self.data.phone,
                Path(chosen),
                actor=self.ctx.actor,
                now=self.ctx.clock(),
                overwrite=True,  # the save dialog asked before replacing a file
            )
        except (UserError, OSError) as error:
            self._show(error)
            return
        self.status.setText(self.tr("Exported to {path}.").format(path=path))

    def erase(self, *, oppose: bool) -> None:
        if self.data is None:
            return
        shown = format_national(self.data.phone)
        question = (
            self.tr(
                "Erase everything held about {phone} and block the number for good? "
                "This cannot be undone."
            )
            if oppose
            else self.tr("Erase everything held about {phone}? This cannot be undone.")
        ).format(phone=shown)
        if not ask_confirmation(self.prompts, self, question):
            return
        try:
            erase_subject(
                self.db, self.data.phone, actor=self.ctx.actor, now=self.ctx.clock(), oppose=oppose
            )
        except UserError as error:
            self._show(error)
            return
        self.changed = True
        self.data_changed.emit()
        self.look_up()
        self.status.setText(
            self.tr("Erased; the number is now blocked.") if oppose else self.tr("Erased.")
        )

    def _show(self, error: UserError | OSError) -> None:
        if isinstance(error, UserError):
            self.prompts.show_error(self, error)
        else:
            self.status.setText(self.tr("The file cannot be written: {error}").format(error=error))

    def _describe(self, data: SubjectData) -> str:
        e = html.escape
        tz = get_profile(self.db).timezone
        parts = [f"<h3>{e(format_national(data.phone))}</h3>"]
        contact: dict[str, Any] | None = data.contact
        if contact is None:
            parts.append("<p>" + e(self.tr("Not in the contact list.")) + "</p>")
        else:
            source = contact["source"]
            rows = [
                (self.tr("First name"), contact["first_name"]),
                (self.tr("Last name"), contact["last_name"]),
                (self.tr("Commune"), contact["commune"]),
                (self.tr("Postal code"), contact["postal_code"]),
                (self.tr("Tags"), ", ".join(contact["tags"])),
                (self.tr("Consent"), consent_label(ConsentStatus(contact["consent"]))),
                (self.tr("Consent date"), _when(contact["consent_at"], tz)),
                (self.tr("Consent evidence"), contact["consent_evidence"]),
                (self.tr("Source"), source_label(SourceKind(source["kind"]))),
                (self.tr("Source description"), source["description"]),
                (self.tr("Obtained on"), _when(source["obtained_on"], tz)),
                (self.tr("File"), source["file_name"]),
                (self.tr("Wording at collection"), source["collection_wording"]),
                (self.tr("In the list since"), _when(contact["created_at"], tz)),
            ]
            parts.append(
                "<table>"
                + "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in rows)
                + "</table>"
            )
        if data.opt_out is None:
            parts.append("<p>" + e(self.tr("Not on the opt-out list.")) + "</p>")
        else:
            channel = channel_label(OptOutChannel(data.opt_out["channel"]))
            parts.append(
                "<p>"
                + e(
                    self.tr("Blocked since {since} ({channel}).").format(
                        since=_when(data.opt_out["since"], tz), channel=channel
                    )
                )
                + "</p>"
            )
        parts.append(
            "<p>" + e(self.tr("%n message(s) sent or prepared.", "", len(data.messages))) + "</p>"
        )
        return "".join(parts)
