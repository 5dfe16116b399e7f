"""Fin de campagne: what will be destroyed, the typed confirmation, the wipe and its certificate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.messages import UserError
from ...domain.times import local_day
from ...services.profile import get_profile
from ...services.provider_wipe import ProviderStepError, plan_provider_wipe
from ...services.unit_of_work import UnitOfWork
from ...services.wipe import (
    STEPS,
    check_kept_file,
    confirmation_matches,
    default_certificate_path,
    pending_wipe,
    reminder_message,
    resume_pending_wipe,
    wipe_campaign,
    wipe_reminder,
)
from ...services.wipe_journal import WipeReport
from ...services.wipe_records import write_audit_summary, write_cost_ledger
from ...services.wipe_scan import take_inventory
from ...storage.database import Database
from ..jobs import JobRunner, Progress, Work
from ..messages import message_text, user_text
from ..prompts import Prompts
from ..widgets.provider_step import ProviderStepLabel


@dataclass(frozen=True)
class ProviderRefused:
    """The provider's step failed before anything local was touched: retry, or go on without
    it. A result, not a failure, so that the page can offer "Continue without the provider"."""

    message: str


class EndOfCampaignPage(QWidget):
    wiped = Signal(str)  # the certificate's path, once everything is destroyed

    def __init__(
        self,
        ctx: AppContext,
        db: Database,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.runner = JobRunner(self, threads=1)
        self.candidate = ""
        self.running = False
        self.done = False

        intro = QLabel(
            self.tr(
                "After the vote, whatever the result, the files built for the election must be "
                "deleted. This destroys everything the app holds for this campaign: the database, "
                "backups, exports, logs and settings, and its keys in the system keyring. "
                "A certificate of deletion is saved for your records."
            )
        )
        intro.setWordWrap(True)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("font-weight: bold;")

        self.count_labels: dict[str, QLabel] = {}
        counts_box = QGroupBox(self.tr("What will be destroyed"))
        counts_form = QFormLayout()
        for kind, label in self._count_titles().items():
            self.count_labels[kind] = QLabel("0")
            counts_form.addRow(label, self.count_labels[kind])
        self.files_list = QListWidget()
        self.files_list.setAccessibleName(self.tr("Files that will be destroyed"))
        # What the wipe first asks the SMS provider to delete, and what stays to ask by hand.
        self.provider_plan = ProviderStepLabel()
        counts_form.addRow(self.tr("At the SMS provider:"), self.provider_plan)
        counts_layout = QHBoxLayout(counts_box)
        counts_layout.addLayout(counts_form, 1)
        counts_layout.addWidget(self.files_list, 1)

        keep_box = QGroupBox(self.tr("Keep for the campaign's accounts (optional)"))
        self.ledger_button = QPushButton(self.tr("Save the cost &ledger…"))
        self.ledger_button.clicked.connect(self.save_ledger)
        self.audit_button = QPushButton(self.tr("Save the &audit summary…"))
        self.audit_button.clicked.connect(self.save_audit)
        keep_layout = QHBoxLayout(keep_box)
        keep_layout.addWidget(self.ledger_button)
        keep_layout.addWidget(self.audit_button)
        keep_layout.addStretch(1)

        self.certificate = QLineEdit(str(default_certificate_path(ctx.clock())))
        self.certificate_button = QPushButton(self.tr("Ch&oose…"))
        self.certificate_button.clicked.connect(self.choose_certificate)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.certificate, 1)
        certificate_row.addWidget(self.certificate_button)

        self.confirm_prompt = QLabel()
        self.confirm_prompt.setWordWrap(True)
        self.confirmation = QLineEdit()
        self.confirmation.setAccessibleName(self.tr("Candidate or list name"))
        self.confirmation.textChanged.connect(self._update_button)
        self.confirm_prompt.setBuddy(self.confirmation)
        self.wipe_button = QPushButton(self.tr("&Destroy everything and save the certificate"))
        self.wipe_button.setEnabled(False)
        self.wipe_button.clicked.connect(self.start_wipe)
        confirm_box = QGroupBox(self.tr("Destroy"))
        confirm_layout = QVBoxLayout(confirm_box)
        confirm_layout.addWidget(QLabel(self.tr("Certificate of deletion:")))
        confirm_layout.addLayout(certificate_row)
        confirm_layout.addWidget(self.confirm_prompt)
        confirm_layout.addWidget(self.confirmation)
        confirm_layout.addWidget(self.wipe_button)
        # Shown only once a started wipe stopped at a step: the same as `campagne wipe --resume`.
        self.resume_button = QPushButton(self.tr("&Finish the wipe"))
        self.resume_button.setVisible(False)
        self.resume_button.clicked.connect(self.resume_wipe)
        confirm_layout.addWidget(self.resume_button)
        # Shown only when the provider could not be reached or refused (nothing local changed).
        self.skip_provider_button = QPushButton(self.tr("&Continue without the provider"))
        self.skip_provider_button.setVisible(False)
        self.skip_provider_button.clicked.connect(self.wipe_without_provider)
        confirm_layout.addWidget(self.skip_provider_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, len(STEPS))
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("End of campaign") + "</h2>"))
        layout.addWidget(intro)
        layout.addWidget(self.reminder)
        layout.addWidget(counts_box, 1)
        layout.addWidget(keep_box)
        layout.addWidget(confirm_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.refresh()

    def _count_titles(self) -> dict[str, str]:
        return {
            "contacts": self.tr("Contacts:"),
            "opt_outs": self.tr("Opt-outs:"),
            "templates": self.tr("Templates:"),
            "batches": self.tr("Batches:"),
            "messages": self.tr("Messages:"),
            "sources": self.tr("Sources:"),
            "files": self.tr("Files:"),
            "keyring_entries": self.tr("Keyring entries:"),
        }

    def _step_texts(self) -> dict[str, str]:
        return {
            "provider": self.tr("SMS provider step done."),
            "planned": self.tr("Inventory written to the wipe journal."),
            "database-key": self.tr("Database key removed from the system keyring."),
            "database": self.tr("Database overwritten and deleted."),
            "exports": self.tr("Exported files overwritten and deleted."),
            "files": self.tr("Backups, logs, caches and settings overwritten and deleted."),
            "secrets": self.tr("Provider credentials removed from the keyring."),
            "folders": self.tr("Folders removed."),
            "verified": self.tr("Verification done."),
            "certificate": self.tr("Certificate saved."),
            "done": self.tr("Everything was destroyed."),
        }

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Live counts and file list, read now (nothing once the wipe has started)."""
        if self.running or self.done:
            return
        inventory = take_inventory(self.ctx, self.db)
        self.candidate = inventory.candidate
        counts = dict(inventory.counts)
        counts["files"] = len(inventory.files)
        counts["keyring_entries"] = len(inventory.keyring_names)
        for kind, label in self.count_labels.items():
            label.setText(str(counts.get(kind, 0)))
        self.files_list.clear()
        self.files_list.addItems(inventory.files)
        self.provider_plan.show_plan(plan_provider_wipe(self.ctx, UnitOfWork(self.db)))
        self.confirm_prompt.setText(
            self.tr("To confirm, type the candidate or list name exactly: <b>{name}</b>").format(
                name=self.candidate.replace("&", "&amp;").replace("<", "&lt;")
            )
        )
        profile = get_profile(self.db)
        reminder = wipe_reminder(profile, local_day(self.ctx.clock(), profile.timezone))
        if reminder is None:
            self.reminder.clear()
        else:
            key, params = reminder_message(reminder)
            self.reminder.setText(message_text(key, params))
        self._update_button()

    def _update_button(self) -> None:
        self.wipe_button.setEnabled(
            not self.running
            and not self.done
            and confirmation_matches(self.confirmation.text(), self.candidate)
        )

    def _kept_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        chosen = self.prompts.save_file(self, caption, suggested, file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        try:
            check_kept_file(self.ctx, self.db, path)
        except UserError as error:
            self._say(user_text(error), error=True)
            return None
        return path

    def _documents(self, name: str) -> str:
        return str(default_certificate_path(self.ctx.clock()).parent / name)

    def save_ledger(self) -> None:
        self._save_kept_file(
            self.tr("Save the cost ledger"),
            "couts-campagne.csv",
            write_cost_ledger,
            self.tr("Cost ledger saved ({count} batches): {path}"),
        )

    def save_audit(self) -> None:
        self._save_kept_file(
            self.tr("Save the audit summary"),
            "journal-campagne.csv",
            write_audit_summary,
            self.tr("Audit summary saved ({count} events): {path}"),
        )

    def _save_kept_file(
        self,
        caption: str,
        name: str,
        write: Callable[..., int],
        done: str,
    ) -> None:
        """Ask where to keep a file the wipe must not destroy, write it, say so."""
        path = self._kept_path(caption, self._documents(name), self.tr("CSV files (*.csv)"))
        if path is not None:
            count = write(self.db, path, overwrite=True)  # the save dialog asked
            self._say(done.format(count=count, path=path))

    def choose_certificate(self) -> None:
        path = self._kept_path(
            self.tr("Save the certificate of deletion"),
            self.certificate.text(),
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self.certificate.setText(str(path))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    @Slot()
    def wipe_without_provider(self) -> None:
        """After the provider failed: the same wipe, everything at the provider left to ask."""
        self._begin_wipe(skip_provider=True)

    @Slot()
    def start_wipe(self) -> None:
        self._begin_wipe(skip_provider=False)

    def _begin_wipe(self, *, skip_provider: bool) -> None:
        if self.running or not confirmation_matches(self.confirmation.text(), self.candidate):
            return
        certificate = Path(self.certificate.text().strip()).expanduser()
        try:
            check_kept_file(self.ctx, self.db, certificate)
        except UserError as error:
            self._say(user_text(error), error=True)
            return
        self.running = True
        self.skip_provider_button.setVisible(False)
        for widget in (
            self.confirmation,
            self.certificate,
            self.certificate_button,
            self.ledger_button,
            self.audit_button,
        ):
            widget.setEnabled(False)
        self._update_button()
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(self.tr("Destroying the campaign's data…"))
        ctx, db, typed = self.ctx, self.db, self.confirmation.text()

        def wipe(progress: Progress) -> WipeReport | ProviderRefused:
            try:
                return wipe_campaign(
                    ctx,
                    db,
                    typed,
                    certificate_path=certificate,
                    on_step=progress.step,
                    skip_provider=skip_provider,
                )
            except ProviderStepError as error:
                return ProviderRefused(user_text(error))

        self._start(wipe)

    @Slot()
    def resume_wipe(self) -> None:
        """Finish the wipe from where the journal says it stopped."""
        if self.running or not pending_wipe(self.ctx):
            return
        self.running = True
        self.resume_button.setEnabled(False)
        self.progress.setVisible(True)
        self._say(self.tr("Finishing the wipe…"))
        ctx = self.ctx

        def finish(progress: Progress) -> WipeReport:
            report = resume_pending_wipe(ctx, on_step=progress.step)
            if report is None:
                raise RuntimeError("no wipe to finish")
            return report

        self._start(finish)

    def _start(self, work: Work) -> None:
        # The journal resumes whatever an error interrupts; the data may be half gone already,
        # so the generic "your data is safe" would be wrong here.
        self.runner.start(
            work,
            on_step=self._on_step,
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            unexpected=self.tr("The wipe stopped because of an unexpected error."),
        )

    @Slot(str)
    def _on_step(self, step: str) -> None:
        if step in STEPS:
            self.progress.setValue(STEPS.index(step) + 1)
        self._say(self._step_texts().get(step, step))

    @Slot(object)
    def _on_finished(self, report: WipeReport | ProviderRefused) -> None:
        if isinstance(report, ProviderRefused):
            self._on_failed(report.message, provider_refused=True)
            return
        self.running = False
        self.done = True
        self.resume_button.setVisible(False)
        self.progress.setValue(len(STEPS))
        self.files_list.clear()
        text = self.tr("Everything was destroyed. Certificate of deletion: {path}").format(
            path=report.certificate_path
        )
        outcome = self.provider_plan.outcome(report.provider)
        if outcome:
            text += "\n" + outcome
        if not report.verification.ok:
            text += "\n" + self.tr(
                "Warning: %n file(s) could not be removed and must be deleted by hand.",
                "",
                len(report.verification.leftover_files),
            )
        self._say(text, error=not report.verification.ok)
        self.prompts.open_url(QUrl.fromLocalFile(str(report.certificate_path)))
        self.wiped.emit(str(report.certificate_path))

    @Slot(str)
    def _on_failed(self, message: str, *, provider_refused: bool = False) -> None:
        self.running = False
        # The provider failed before anything local was touched: retry, or go on without it.
        self.skip_provider_button.setVisible(provider_refused)
        if pending_wipe(self.ctx):
            # The wipe has started: there is no going back, only forward (the message of a
            # failed step already says how to finish; the button does it).
            self.done = True
            self.resume_button.setVisible(True)
            self.resume_button.setEnabled(True)
        else:
            for widget in (
                self.confirmation,
                self.certificate,
                self.certificate_button,
                self.ledger_button,
                self.audit_button,
            ):
                widget.setEnabled(True)
        self.progress.setVisible(self.done)
        self._say(message, error=True)
        self._update_button()
