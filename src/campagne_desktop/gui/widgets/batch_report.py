"""Pieces the Sendings page and the new-batch assistant share: labels, the report, the export."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.messages import ComplianceError
from ...providers import ExportFormat, export_format_for
from ...providers.upload_steps import upload_steps
from ...services.batch_export import ExportSummary, export_batch
from ...services.batches import BatchSummary
from ...services.compliance import (
    CheckRefusedError,
    CheckStatus,
    ComplianceReport,
    check_batch,
)
from ...services.export_deadline import DeadlineTooCloseError
from ...services.profile import get_profile
from ...services.unit_of_work import UnitOfWork
from ...storage.database import Database
from ..dialogs.export_deadline import CloseToDeadline, ask_to_export_late, deadline_sentence
from ..formatting import moment_text, money
from ..jobs import Job, JobRunner
from ..labels import export_format_label
from ..messages import message_text, translate_message, user_text
from ..prompts import Prompts
from .rule_links import RULE_LINK, open_rule, rule_anchor

OK_COLOUR = "#1b7f3b"
WARNING_COLOUR = "#a35200"
FAILED_COLOUR = "#b00020"
_MARKS = {
    CheckStatus.OK: ("✔", OK_COLOUR),
    CheckStatus.WARNING: ("!", WARNING_COLOUR),
    CheckStatus.FAILED: ("✘", FAILED_COLOUR),
}

# The key of the refusal ``require_compliant`` raises: its reasons are shown line by line.
CHECK_REFUSAL = "Refused by the compliance check: {reasons}"


def choose_export_path(prompts: Prompts, parent: QWidget, suggested: str) -> str:
    """Where to write a CSV file, starting in the home folder; "" when cancelled."""
    return prompts.save_file(
        parent,
        QCoreApplication.translate("ExportPanel", "Save the file for the provider"),
        str(Path.home() / suggested),
        QCoreApplication.translate("ExportPanel", "CSV files (*.csv);;All files (*)"),
    )


class ReportView(QLabel):
    """The compliance report, one coloured line each: ✔ fine, ! to know, ✘ blocks the export.

    Each ✘ and ! line ends with a "Why?" link to the rule behind it (``rule_links``)."""

    rule_opened = Signal(str)  # the anchor of the rule a "Why?" link showed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        # The links are reachable by Tab and Enter, not by the mouse only.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self.open_link)
        self.lines: list[tuple[CheckStatus, str]] = []
        self.anchors: list[str] = []  # per line: its rule's section ("" for a ✔ line)
        self.next_allowed = ""
        self.rule_window: QDialog | None = None  # the rule shown beside a modal assistant

    def show_report(self, report: ComplianceReport, tz: str) -> None:
        self.lines = [(line.status, line.render(translate_message)) for line in report.lines]
        self.anchors = [
            rule_anchor(line) if line.status is not CheckStatus.OK else "" for line in report.lines
        ]
        self.next_allowed = (
            moment_text(report.next_allowed, tz) if report.next_allowed is not None else ""
        )
        why = html.escape(self.tr("Why?"))
        rows = []
        for (status, text), anchor in zip(self.lines, self.anchors, strict=True):
            mark, colour = _MARKS[status]
            link = f' &nbsp;<a href="{RULE_LINK}{anchor}">{why}</a>' if anchor else ""
            rows.append(
                f'<p style="margin: 4px 0"><span style="color:{colour}; font-weight:bold">'
                f"{mark}</span>&nbsp;&nbsp;{html.escape(text)}{link}</p>"
            )
        if report.passed:
            verdict = self.tr("The batch passes every check: it may be exported now.")
            rows.append(f'<p style="color:{OK_COLOUR}"><b>{html.escape(verdict)}</b></p>')
        else:
            verdict = self.tr("The batch cannot be exported now.")
            if self.next_allowed:
                verdict += " " + self.tr("Next allowed moment: {moment}.").format(
                    moment=self.next_allowed
                )
            rows.append(f'<p style="color:{FAILED_COLOUR}"><b>{html.escape(verdict)}</b></p>')
        self.setText("".join(rows))

    def open_link(self, href: str) -> None:
        """The rule on the Rules page, or beside a modal assistant in a window of its own."""
        if not href.startswith(RULE_LINK):
            return
        anchor = href.removeprefix(RULE_LINK)
        self.rule_window = open_rule(self, anchor)
        self.rule_opened.emit(anchor)


class ReportDialog(QDialog):
    """Not modal: with the report still open, its "Why?" links show the Rules page."""

    def __init__(self, report: ComplianceReport, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compliance check of batch {id}").format(id=report.batch_id))
        self.view = ReportView()
        self.view.show_report(report, tz)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 280)

    def open(self) -> None:
        self.setModal(False)
        self.show()


@dataclass(frozen=True)
class Refusal:
    """An export the compliance gate refused: the message, and the report to explain it."""

    message: str
    report: ComplianceReport
    about_the_check: bool  # False when refused for another reason (already exported)


class ExportPanel(QWidget):
    """Format, file, and the export itself in ``runner``; a refusal is explained, never raised."""

    exported = Signal(object)  # ExportSummary
    refused = Signal(object)  # Refusal

    def __init__(
        self,
        ctx: AppContext,
        db: Database,
        runner: JobRunner,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.runner = runner
        self.prompts = prompts
        self.batch: BatchSummary | None = None
        self.job: Job | None = None
        self._pending: tuple[Path, ExportFormat] | None = None  # the file being exported
        self.result: ExportSummary | Refusal | None = None
        self.timezone = "Europe/Paris"
        self.format = QComboBox()
        for fmt in ExportFormat:
            self.format.addItem(export_format_label(fmt), fmt.value)
        self.again = QCheckBox(
            self.tr("Export again (only if the first file was never sent to the provider)")
        )
        self.again.hide()
        self.button = QPushButton(self.tr("&Export to a file…"))
        self.button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.hide()
        # What to do with the file on the provider's site, for the format chosen.
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.format.currentIndexChanged.connect(self._show_guidance)
        self._show_guidance()
        form = QFormLayout()
        form.addRow(self.tr("File forma&t:"), self.format)
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addWidget(self.guidance)
        layout.addStretch(1)

    def set_batch(self, batch: BatchSummary) -> None:
        self.batch = batch
        self.result = None
        profile = get_profile(self.db)
        self.timezone = profile.timezone
        fmt = export_format_for(batch.provider or profile.provider)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt.value)))
        self.again.setChecked(False)
        self.again.setVisible(bool(batch.export_paths))
        self.status.clear()
        self.hint.hide()
        self.button.setEnabled(True)

    def _show_guidance(self) -> None:
        steps = upload_steps(ExportFormat(self.format.currentData()))
        items = "".join(
            f"<li>{html.escape(message_text(key, params))}</li>" for key, params in steps
        )
        heading = html.escape(self.tr("Then, on the provider's site:"))
        self.guidance.setText(f"<p><b>{heading}</b></p><ol>{items}</ol>")

    def export(self) -> Job | None:
        """Ask for a file, then export in the background; None when no file was chosen."""
        if self.batch is None:
            return None
        fmt = ExportFormat(self.format.currentData())
        chosen = choose_export_path(self.prompts, self, f"envoi-{self.batch.id}-{fmt.value}.csv")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix == "":
            path = path.with_suffix(".csv")
        return self._start(path, fmt, late_ok=False)

    def _start(self, path: Path, fmt: ExportFormat, *, late_ok: bool) -> Job | None:
        if self.batch is None:
            return None
        db, batch_id, again = self.db, self.batch.id, self.again.isChecked()
        actor, now = self.ctx.actor, self.ctx.clock()
        self._pending = (path, fmt)

        def work(_progress: Callable[[int], bool]) -> ExportSummary | Refusal | CloseToDeadline:
            try:
                # The file dialog already asked before replacing an existing file.
                return export_batch(
                    UnitOfWork(db),
                    batch_id,
                    fmt,
                    path,
                    actor=actor,
                    now=now,
                    again=again,
                    overwrite=True,
                    close_to_deadline_ok=late_ok,
                )
            except DeadlineTooCloseError as error:
                return CloseToDeadline(user_text(error))
            except ComplianceError as error:
                # A refusal by the check carries its report; any other (already exported)
                # is explained by a fresh, unrecorded check.
                if isinstance(error, CheckRefusedError):
                    report = error.report
                else:
                    report = check_batch(UnitOfWork(db), batch_id, now=now, record=False)
                return Refusal(user_text(error), report, error.key == CHECK_REFUSAL)

        self.button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking and writing the file…"))
        self.hint.hide()
        self.job = self.runner.start(work, on_finished=self._finished, on_failed=self._failed)
        return self.job

    def _finished(self, result: ExportSummary | Refusal | CloseToDeadline) -> None:
        if isinstance(result, CloseToDeadline):
            if ask_to_export_late(self.prompts, self, result.message):
                assert self._pending is not None
                self._start(*self._pending, late_ok=True)
                return
            result = Refusal(result.message, ComplianceReport(0, self.ctx.clock()), False)
        self.result = result
        self.button.setEnabled(True)
        if isinstance(result, Refusal):
            self._show_refusal(result)
            self.refused.emit(result)
            return
        self.status.setStyleSheet(f"color: {OK_COLOUR};")
        text = self.tr("%n message(s) written to {path}.", "", result.rows).format(path=result.path)
        if result.skipped:
            text += " " + self.tr(
                "%n message(s) left out: the person opted out or their consent changed.",
                "",
                result.skipped,
            )
        text += " " + self.tr("Upload this file on your provider's site to send it.")
        if result.deadline is not None:
            text += " " + deadline_sentence(result.deadline, self.timezone)
        self.status.setText(text)
        if result.campaign_text:
            self.hint.setText(
                self.tr(
                    "In the provider's campaign form, type exactly this as the message text: {text}"
                ).format(text=result.campaign_text)
            )
            self.hint.show()
        self.again.hide()
        self.exported.emit(result)

    def _show_refusal(self, refusal: Refusal) -> None:
        report = refusal.report
        self.status.setStyleSheet(f"color: {FAILED_COLOUR};")
        lines = [self.tr("Export refused: no file was written.")]
        if not refusal.about_the_check:
            lines.append(refusal.message)
        if not report.passed:
            lines += ["✘ " + line.render(translate_message) for line in report.failures()]
            if report.next_allowed is not None:
                lines.append(
                    self.tr("Next allowed moment: {moment}.").format(
                        moment=moment_text(report.next_allowed, self.timezone)
                    )
                )
        self.status.setText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.button.setEnabled(True)
        self.status.setStyleSheet(f"color: {FAILED_COLOUR};")
        self.status.setText(message)


class ExportDialog(QDialog):
    """Export one batch from the Sendings page."""

    def __init__(
        self,
        ctx: AppContext,
        db: Database,
        runner: JobRunner,
        prompts: Prompts,
        batch: BatchSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export batch {id}").format(id=batch.id))
        intro = QLabel(
            self.tr(
                "Batch {id}: %n message(s), {cost}. The batch is checked again just before "
                "the file is written.",
                "",
                batch.messages,
            ).format(id=batch.id, cost=money(batch.cost))
        )
        intro.setWordWrap(True)
        self.panel = ExportPanel(ctx, db, runner, prompts)
        self.panel.set_batch(batch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)  # the upload steps under the panel
