"""Send a batch through the provider's API: progress, Cancel, and the count of each state.

The work runs in the page's job runner (``services.sending.send_batch``); Cancel stops between
two requests, so no message is left in flight and "Send" again resumes where it stopped.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.enums import MessageState
from ...domain.lifecycle import UNSETTLED_MESSAGES
from ...domain.messages import UserError
from ...services import provider_credentials as creds
from ...services.batches import BatchSummary
from ...services.message_states import state_counts
from ...services.sending import SendReport, send_batch
from ...services.unit_of_work import UnitOfWork
from ...storage.database import Database
from ..formatting import count
from ..jobs import Job, JobRunner, Progress
from ..labels import message_state_label

FAILED_COLOUR = "#b00020"


def open_messages(counts: dict[str, int]) -> int:
    """Messages not yet answered by the provider: what a new "Send" would take up."""
    return sum(counts.get(state.value, 0) for state in UNSETTLED_MESSAGES)


class SendDialog(QDialog):
    sent = Signal()

    def __init__(
        self,
        ctx: AppContext,
        db: Database,
        runner: JobRunner,
        batch: BatchSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.db, self.runner, self.batch = ctx, db, runner, batch
        self.job: Job | None = None
        self.report: SendReport | None = None
        self.setWindowTitle(self.tr("Send batch {id}").format(id=batch.id))
        try:
            settings: creds.ProviderSettings | None = creds.get_settings(ctx, db)
        except UserError:
            settings = None
        self.provider_name = settings.display_name if settings else ""
        intro = QLabel()
        intro.setWordWrap(True)
        if settings is None or not settings.has_credentials:
            intro.setText(
                self.tr(
                    "Set up the provider's API first: Settings > Sending through the provider's "
                    "API."
                )
            )
        else:
            intro.setText(
                self.tr(
                    "The batch is checked again, the STOP list of {provider} is read, then "
                    "each message is handed over once. Cancel stops between two requests."
                ).format(provider=settings.display_name)
            )
        self.now = QRadioButton(self.tr("Send &now (refused outside the allowed hours)"))
        self.next_moment = QRadioButton(
            self.tr("Let the provider send at the &next allowed moment")
        )
        self.now.setChecked(True)
        self.dry_run = QCheckBox(self.tr("&Simulation only: nothing is sent"))
        self.progress = QProgressBar()
        self.counts = QLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = self.buttons.addButton(
            self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("&Cancel sending"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button.setEnabled(False)
        self.send_button.setEnabled(settings is not None and settings.has_credentials)
        self.send_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            intro,
            self.now,
            self.next_moment,
            self.dry_run,
            self.progress,
            self.counts,
            self.outcome,
            self.buttons,
        ):
            layout.addWidget(widget)
        self._show_counts()

    def _show_counts(self) -> None:
        counts = state_counts(UnitOfWork(self.db), self.batch.id)
        self.progress.setMaximum(max(1, open_messages(counts)))
        # In the user's words, in the order a message goes through them.
        self.counts.setText(
            " · ".join(
                f"{message_state_label(state)}: {count(counts[state.value])}"
                for state in MessageState
                if state.value in counts
            )
        )

    def start(self) -> Job:
        ctx, db, batch_id = self.ctx, self.db, self.batch.id
        dry_run, next_allowed = self.dry_run.isChecked(), self.next_moment.isChecked()
        name = self.provider_name

        def work(progress: Progress) -> SendReport:
            api = creds.open_api(ctx, db)
            try:
                return send_batch(
                    UnitOfWork(db),
                    api,
                    batch_id,
                    actor=ctx.actor,
                    clock=ctx.clock,
                    display_name=name,
                    dry_run=dry_run,
                    next_allowed=next_allowed,
                    progress=lambda r: progress(r.accepted + r.failed + r.held),
                )
            finally:
                api.close()

        self.send_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Sending…"))
        self.job = self.runner.start(
            work,
            on_progress=self.progress.setValue,
            on_finished=self._finished,
            on_failed=self._failed,
        )
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.outcome.setText(self.tr("Stopping after the current request…"))

    def _finished(self, report: SendReport) -> None:
        self.report = report
        self.cancel_button.setEnabled(False)
        self.send_button.setEnabled(True)
        parts = []
        if report.opt_outs_synced:
            parts.append(
                self.tr("{count} new opt-out(s) from the provider's STOP list.").format(
                    count=report.opt_outs_added
                )
            )
        if report.dry_run:
            parts.append(
                self.tr(
                    "Simulation: {accepted} accepted, {failed} refused. Nothing was sent."
                ).format(accepted=report.accepted, failed=report.failed)
            )
        else:
            parts.append(
                self.tr(
                    "{accepted} accepted by the provider, {failed} failed, {pending} not sent "
                    "yet, {held} held."
                ).format(
                    accepted=report.accepted,
                    failed=report.failed,
                    pending=report.pending,
                    held=report.held,
                )
            )
        if report.held:
            parts.append(
                self.tr(
                    "Held messages were being handed over when sending stopped, and the "
                    "provider cannot tell whether they left: check its sent messages, then run "
                    "campagne batch release {id} --sent or --not-sent."
                ).format(id=report.batch_id)
            )
        if report.stopped:
            parts.append(
                self.tr("The provider could not be reached ({reason}): send again later.").format(
                    reason=report.stopped
                )
            )
        if report.cancelled:
            parts.append(self.tr("Cancelled: click Send to resume."))
        failed = report.stopped or report.held or report.cancelled
        self.outcome.setStyleSheet(f"color: {FAILED_COLOUR};" if failed else "")
        self.outcome.setText(" ".join(parts))
        self._show_counts()
        self.sent.emit()

    def _failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.send_button.setEnabled(True)
        self.outcome.setStyleSheet(f"color: {FAILED_COLOUR};")
        self.outcome.setText(message)
        self._show_counts()

    def wait_for_jobs(self) -> None:
        self.runner.wait()
