"""The new-batch assistant's last pages: creating the batch, its compliance report, the export."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ...services.batches import BatchSummary, NobodyReachableError, create_batch
from ...services.compliance import ComplianceReport, check_batch
from ...services.profile import get_profile
from ...services.unit_of_work import UnitOfWork
from ..formatting import count, money
from ..jobs import Job
from ..labels import exclusion_label
from ..messages import user_text
from ..widgets.batch_report import FAILED_COLOUR, ExportPanel, ReportView
from ..widgets.left_out_view import LeftOutView

if TYPE_CHECKING:
    from .batch_wizard import BatchWizard


class CreatePage(QWizardPage):
    """Renders and freezes every message in the pool, with progress and a Cancel."""

    def __init__(self, wizard: BatchWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Creating the batch"))
        self.setSubTitle(
            self.tr("Each message is written out in full, with its legal notice, and frozen.")
        )
        self.job: Job | None = None
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.back_button = QPushButton(self.tr("◀ &Change the selection"))
        self.back_button.clicked.connect(wizard.back)
        self.back_button.hide()
        self.excluded = QTableWidget(0, 2)
        self.excluded.setAccessibleName(self.tr("Left out"))
        self.excluded.setHorizontalHeaderLabels([self.tr("Left out because"), self.tr("Contacts")])
        self.excluded.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.excluded.verticalHeader().setVisible(False)
        header = self.excluded.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.excluded_caption = QLabel(self.tr("Contacts left out, by reason:"))
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(back_row)
        layout.addWidget(self.excluded_caption)
        layout.addWidget(self.excluded, 1)
        self.people = LeftOutView()  # who, one by one, and what would include them
        layout.addWidget(self.people, 2)
        layout.addStretch(0)  # takes the room while the table is hidden

    def initializePage(self) -> None:
        owner = self.owner
        template = owner.template_page.template()
        assert template is not None
        selection = owner.selection_page.selection()
        cap = owner.selection_page.batch_cap()
        self.progress.setRange(0, max(1, owner.selection_page.reachable or 0))
        self.progress.setValue(0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the messages… Stopping creates nothing."))
        self.back_button.hide()
        self.excluded.setRowCount(0)
        self.excluded_caption.hide()
        self.excluded.hide()
        self.people.show_people(None)
        self.cancel_button.setEnabled(True)
        db, name, actor, now = owner.db, template.name, owner.ctx.actor, owner.ctx.clock()

        def work(progress: Callable[[int], bool]) -> BatchSummary | NobodyReachableError:
            try:
                return create_batch(
                    UnitOfWork(db),
                    name,
                    selection,
                    actor=actor,
                    now=now,
                    progress=progress,
                    segment_cap=cap,
                )
            except NobodyReachableError as refused:  # still show who, and how to include them
                return refused

        self.job = owner.runner.start(
            work, on_progress=self._progress, on_finished=self._finished, on_failed=self._failed
        )

    def _progress(self, examined: int) -> None:
        self.progress.setMaximum(max(self.progress.maximum(), examined))
        self.progress.setValue(examined)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _finished(self, batch: BatchSummary | NobodyReachableError) -> None:
        if isinstance(batch, NobodyReachableError):
            self._failed(user_text(batch))
            self.people.show_people(batch.left_out)
            return
        self.owner.batch = batch
        self.cancel_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.status.setText(
            self.tr(
                "Batch {id} created: %n message(s), {segments} SMS, estimated cost {cost}.",
                "",
                batch.messages,
            ).format(id=batch.id, segments=count(batch.segments), cost=money(batch.cost))
        )
        if batch.adapted:
            self.status.setText(
                self.status.text()
                + " "
                + self.tr(
                    "%n message(s) with names written without the accents that cost more "
                    "(smart encoding).",
                    "",
                    batch.adapted,
                )
            )
        self.people.show_people(batch.left_out)
        reasons = sorted(batch.excluded.items(), key=lambda item: -item[1])
        self.excluded.setRowCount(len(reasons))
        for row, (reason, how_many) in enumerate(reasons):
            self.excluded.setItem(row, 0, QTableWidgetItem(exclusion_label(reason)))
            self.excluded.setItem(row, 1, QTableWidgetItem(count(how_many)))
        if reasons:
            self.excluded_caption.show()
            self.excluded.show()
        else:
            self.excluded_caption.setText(self.tr("Nobody in the selection was left out."))
            self.excluded_caption.show()
        self.owner.batch_created.emit(batch)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setStyleSheet(f"color: {FAILED_COLOUR};")
        self.status.setText(message)
        self.back_button.show()

    def cleanupPage(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.job = None

    def isComplete(self) -> bool:
        return self.owner.batch is not None


class ReportPage(QWizardPage):
    """The compliance report in plain words; a refusal ends the assistant with the next moment."""

    def __init__(self, wizard: BatchWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Compliance check"))
        self.setSubTitle(
            self.tr("Every rule the law and the providers set, checked on the frozen messages.")
        )
        self.report: ComplianceReport | None = None
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.view = ReportView()
        self.after = QLabel()
        self.after.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {FAILED_COLOUR};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.view)
        layout.addWidget(self.after)
        layout.addStretch(1)

    def initializePage(self) -> None:
        batch = self.owner.batch
        assert batch is not None
        self.report = None
        self.busy.show()
        self.error.clear()
        self.after.clear()
        self.view.clear()
        db, actor, now = self.owner.db, self.owner.ctx.actor, self.owner.ctx.clock()

        def work(_progress: Callable[[int], bool]) -> ComplianceReport:
            return check_batch(UnitOfWork(db), batch.id, now=now, actor=actor)

        self.owner.runner.start(work, on_finished=self._finished, on_failed=self._failed)

    def _finished(self, report: ComplianceReport) -> None:
        self.busy.hide()
        self.report = report
        self.view.show_report(report, get_profile(self.owner.db).timezone)
        if report.passed:
            self.after.setText(self.tr("Next: choose the file format for your provider."))
        else:
            self.after.setText(
                self.tr(
                    "The batch is kept. Export it from the Sendings page once the problem is "
                    "solved or the time allows it; it is checked again then."
                )
            )
        # nextId() changed: QWizard re-lays its Next/Finish buttons only when told the page did.
        self.setFinalPage(False)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.error.setText(message)

    def isComplete(self) -> bool:
        return self.report is not None

    def nextId(self) -> int:
        if self.report is not None and self.report.passed:
            return self.owner.EXPORT
        return -1


class ExportPage(QWizardPage):
    def __init__(self, wizard: BatchWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Export for your provider"))
        self.setSubTitle(
            self.tr(
                "The app writes the file your provider's site imports. Send it from there; "
                "replies and STOP requests are imported from the Sendings page."
            )
        )
        self.panel = ExportPanel(wizard.ctx, wizard.db, wizard.runner, wizard.prompts)
        self.panel.setMinimumHeight(200)
        QVBoxLayout(self).addWidget(self.panel)

    def initializePage(self) -> None:
        assert self.owner.batch is not None
        self.panel.set_batch(self.owner.batch)
