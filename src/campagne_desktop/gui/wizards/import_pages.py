"""The last three pages of the import assistant: source declaration, dry run, import."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ...domain.enums import CONSENT_REQUEST_ONLY_SOURCES, ConsentStatus, SourceKind
from ...domain.footer import SourceInfo, source_line
from ...services.contact_import import ImportReport
from ...services.sources import (
    WORDING_REQUIRED_SOURCES,
    SourceDeclaration,
    forbidden_source_warnings,
)
from ..formatting import count
from ..jobs import Job
from ..labels import consent_label, problem_label, source_label
from ..messages import translate_message

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

REJECTED_SHOWN = 500
# Sources whose footer line is a fixed phrase; the others send their description.
_FIXED_PHRASE_SOURCES = frozenset(
    {SourceKind.FORM, SourceKind.NEWSLETTER, SourceKind.PARRAINAGE, SourceKind.FIELD}
)
WARNING_STYLE = "color: #8a4b00; background: #fff4e0; padding: 6px; border-radius: 4px;"


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(list(headers))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


def preview_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SourcePage(QWizardPage):
    """Where the contacts come from (LEGAL.md §2): kind, description, date, wording, consent."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Where do these contacts come from?"))
        self.setSubTitle(
            self.tr(
                "The law asks you to prove the origin of each number and the consent of each "
                "person. This declaration is kept with every contact of the file."
            )
        )
        self.kind = QComboBox()
        for kind in SourceKind:
            self.kind.addItem(source_label(kind), kind.value)
        self.description = QLineEdit()
        self.description.setPlaceholderText(
            self.tr("e.g. sign-up form at the market, 2 February; file rented from Company X")
        )
        self.obtained_on = QDateEdit()
        self.obtained_on.setCalendarPopup(True)
        self.obtained_on.setDisplayFormat("dd/MM/yyyy")
        today = wizard.ctx.clock().date()
        self.obtained_on.setDate(QDate(today.year, today.month, today.day))
        self.wording = QPlainTextEdit()
        self.wording.setPlaceholderText(
            self.tr("The sentence people agreed to, e.g. “I agree to receive SMS from …”")
        )
        self.wording.setFixedHeight(70)
        self.wording_note = QLabel()
        self.wording_note.setWordWrap(True)
        # The exact footer line this declaration produces: for rented, purchased and other
        # sources the description itself is sent to every contact of the file.
        self.footer_line = QLabel()
        self.footer_line.setWordWrap(True)
        self.footer_line.setTextFormat(Qt.TextFormat.PlainText)
        self.consent = QComboBox()
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Kind of source:"), self.kind)
        form.addRow(self.tr("&Description (required):"), self.description)
        form.addRow(self.tr("&Obtained on:"), self.obtained_on)
        form.addRow(self.tr("&Wording at collection:"), self.wording)
        form.addRow("", self.wording_note)
        form.addRow(self.tr("Con&sent:"), self.consent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.footer_line)
        layout.addWidget(self.consent_note)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.description.textChanged.connect(self._text_changed)
        self.wording.textChanged.connect(self._text_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = SourceKind(self.kind.currentData())
        previous = self.consent.currentData()
        self.consent.clear()
        self.consent.addItem(consent_label(ConsentStatus.PENDING), ConsentStatus.PENDING.value)
        if kind in CONSENT_REQUEST_ONLY_SOURCES:
            self.consent_note.setText(
                self.tr(
                    "Contacts from this source are imported as pending: they may only receive "
                    "one message asking for their consent, and count as consenting only after "
                    "a positive answer."
                )
            )
        else:
            self.consent.addItem(consent_label(ConsentStatus.GRANTED), ConsentStatus.GRANTED.value)
            self.consent_note.setText(
                self.tr(
                    "Choose Granted only if every person in the file agreed to receive "
                    "political messages; the wording above is kept as the evidence."
                )
            )
        self.consent.setCurrentIndex(max(0, self.consent.findData(previous)))
        self.wording_note.setText(
            self.tr(
                "Required for a rented or purchased file: the wording that told people their "
                "number could be used for political messages. Without it the file cannot be used."
            )
            if kind in WORDING_REQUIRED_SOURCES
            else ""
        )
        self.wording_note.setVisible(kind in WORDING_REQUIRED_SOURCES)
        self._text_changed()

    def _text_changed(self) -> None:
        declaration = self.declaration()
        line = source_line(SourceInfo(declaration.kind, declaration.description))
        if declaration.kind in _FIXED_PHRASE_SOURCES:
            self.footer_line.setText(
                self.tr(
                    "Every SMS to these contacts will say where the number came from:\n{line}"
                ).format(line=line)
            )
        else:
            self.footer_line.setText(
                self.tr(
                    "Every SMS to these contacts will carry this line, word for word (write "
                    "what voters may read):\n{line}"
                ).format(line=line)
            )
        warnings = forbidden_source_warnings(declaration)
        self.warning.setText("\n".join(translate_message(key) for key in warnings))
        self.warning.setVisible(bool(warnings))
        self.completeChanged.emit()

    def declaration(self) -> SourceDeclaration:
        return SourceDeclaration(
            kind=SourceKind(self.kind.currentData()),
            description=self.description.text().strip(),
            obtained_on=_pydate(self.obtained_on.date()),
            collection_wording=self.wording.toPlainText().strip(),
            consent=ConsentStatus(self.consent.currentData() or ConsentStatus.PENDING.value),
        )

    def isComplete(self) -> bool:
        kind = SourceKind(self.kind.currentData())
        if kind in WORDING_REQUIRED_SOURCES and not self.wording.toPlainText().strip():
            return False
        return bool(self.description.text().strip())


class CheckPage(QWizardPage):
    """The dry run: the same figures as the import, with nothing written."""

    FIGURES = ("rows", "accepted", "foreign", "duplicates", "invalid", "landlines", "suppressed")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet. Here is what the import will do."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.figures = {name: QLabel() for name in self.FIGURES}
        captions = {
            "rows": self.tr("Rows read:"),
            "accepted": self.tr("Contacts to import:"),
            "foreign": self.tr("…of which foreign mobiles:"),
            "duplicates": self.tr("Already in the list or repeated:"),
            "invalid": self.tr("Invalid or empty numbers:"),
            "landlines": self.tr("Landlines (SMS cannot reach them):"),
            "suppressed": self.tr("Opted out (never imported again):"),
        }
        form = QFormLayout()
        for name in self.FIGURES:
            form.addRow(captions[name], self.figures[name])
        self.rejected = preview_table()
        self.rejected.setAccessibleName(self.tr("Rows left out"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Rows left out:")))
        layout.addWidget(self.rejected, 1)

    def initializePage(self) -> None:
        self.report = None
        self.error.clear()
        self.error.hide()
        self.warning.hide()
        self.busy.show()
        for label in self.figures.values():
            label.clear()
        self.rejected.setRowCount(0)

        def connect(job: Job) -> None:
            job.signals.finished.connect(lambda report, j=job: self._finished(j, report))
            job.signals.failed.connect(lambda message, j=job: self._failed(j, message))
            job.signals.cancelled.connect(lambda message, j=job: self._failed(j, message))
            self.job = job

        self.owner.start(dry_run=True, connect=connect)

    def cleanupPage(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.job = None

    def _finished(self, job: Job, report: ImportReport) -> None:
        if job is not self.job:
            return  # a dry run the user went back from
        self.busy.hide()
        self.report = report
        for name in self.FIGURES:
            self.figures[name].setText(count(getattr(report, name)))
        if report.warnings:
            self.warning.setText("\n".join(translate_message(key) for key in report.warnings))
            self.warning.show()
        if not report.accepted:
            self.error.setText(self.tr("No contact can be imported from this file."))
            self.error.show()
        rows = (report.rejected + report.shared_numbers)[:REJECTED_SHOWN]
        fill_table(
            self.rejected,
            [self.tr("Row"), self.tr("Value"), self.tr("Reason")],
            [[str(r.row), r.value, problem_label(r.reason)] for r in sorted(rows, key=_row)],
        )
        self.completeChanged.emit()

    def _failed(self, job: Job, message: str) -> None:
        if job is not self.job:
            return
        self.busy.hide()
        self.error.setText(message)
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None and self.report.accepted > 0


def _row(rejected: object) -> int:
    return int(getattr(rejected, "row", 0))


class ImportPage(QWizardPage):
    """The import itself, with progress and a Cancel that leaves nothing behind."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.job: Job | None = None
        self.ended = False
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Stop the import"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.ended = False
        checked = self.owner.check_page.report
        self.progress.setRange(0, max(1, checked.rows if checked else 0))
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing… Stopping leaves your list as it was."))
        self.cancel_button.setEnabled(True)

        def connect(job: Job) -> None:
            job.signals.progress.connect(self.progress.setValue)
            job.signals.finished.connect(self._finished)
            job.signals.failed.connect(self._ended)
            job.signals.cancelled.connect(self._ended)
            self.job = job

        self.owner.start(dry_run=False, connect=connect)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _finished(self, report: ImportReport) -> None:
        self.progress.setValue(self.progress.maximum())
        self.owner.report = report
        self._ended(self.tr("%n contact(s) imported.", "", report.accepted))
        self.owner.imported.emit(report)

    def _ended(self, message: str) -> None:
        self.ended = True
        self.cancel_button.setEnabled(False)
        self.cancel_button.hide()
        self.setTitle(self.tr("Import finished"))
        # Nothing left to cancel: only Finish remains, so nobody thinks the import can be undone.
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).hide()
        self.status.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.ended
