"""The import assistant: file → preview → column mapping → source → dry run → import.

The file is read in the UI thread only for its first rows; both the dry run and the import run
in a job runner owned by the wizard, which waits for it before closing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...context import AppContext
from ...domain.messages import UserError
from ...domain.phones import PhoneError, format_national, normalise
from ...importers import CONTACT_FIELDS, ContactFile
from ...services.contact_import import ImportReport, import_contacts
from ...services.sources import SourceDeclaration
from ...storage.database import Database
from ..files import ask_open_file, dropped_file
from ..jobs import Job, JobRunner, Progress
from ..labels import problem_label
from ..messages import user_text
from ..prompts import Prompts
from .import_pages import (
    CheckPage,
    ImportPage,
    SourcePage,
    fill_table,
    preview_table,
)

PREVIEW_ROWS = 10
CONTACT_FILE_FILTER = "*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard"


def choose_contact_file(prompts: Prompts, parent: QWidget) -> str:
    return ask_open_file(
        prompts,
        parent,
        QCoreApplication.translate("ImportWizard", "Choose a contact file"),
        QCoreApplication.translate(
            "ImportWizard", "Contact files ({patterns});;All files (*)"
        ).format(patterns=CONTACT_FILE_FILTER),
    )


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A spreadsheet (CSV, XLSX, ODS), a Google or Outlook export or a vCard file. "
                "You can also drop the file on this window."
            )
        )
        self.setAcceptDrops(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.path_edit.setAccessibleName(self.tr("Chosen file"))
        self.browse = QPushButton(self.tr("&Choose a file…"))
        self.browse.clicked.connect(self.choose)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.table = preview_table()
        self.table.setAccessibleName(self.tr("First rows of the file"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("First rows of the file:")))
        layout.addWidget(self.table, 1)

    def choose(self) -> None:
        path = choose_contact_file(self.owner.prompts, self)
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Open ``path`` and show its first rows; a file that cannot be read says why."""
        self.path_edit.setText(str(path))
        try:
            contacts = ContactFile(path)
            records = contacts.reader.preview(PREVIEW_ROWS)
        except UserError as error:
            self._failed(user_text(error))
            return False
        except (OSError, ValueError, UnicodeError):
            self._failed(
                self.tr("This file cannot be read as a contact list: {name}.").format(
                    name=path.name
                )
            )
            return False
        self.owner.contact_file = contacts
        self.error.hide()
        headers = contacts.headers
        fill_table(self.table, headers, [[r.values.get(h, "") for h in headers] for r in records])
        self.completeChanged.emit()
        return True

    def _failed(self, message: str) -> None:
        self.owner.contact_file = None
        self.error.setText(message)
        self.error.show()
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.contact_file is not None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        dropped_file(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is not None:
            self.load(path)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Check which column holds each piece of information. Only the phone is "
                "required; the preview below shows the result."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.guessed: dict[str, list[str]] = {}
        form = QFormLayout()
        labels = self._field_labels()
        for field in CONTACT_FIELDS:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._changed)
            self.combos[field] = combo
            form.addRow(labels[field], combo)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.table = preview_table()
        self.table.setAccessibleName(self.tr("First rows of the file"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self._filling = False

    def _field_labels(self) -> dict[str, str]:
        return {
            "phone": self.tr("&Mobile phone (required):"),
            "first_name": self.tr("&First name:"),
            "last_name": self.tr("&Last name:"),
            "commune": self.tr("&Commune:"),
            "postal_code": self.tr("&Postal code:"),
            "tags": self.tr("&Tags:"),
        }

    def initializePage(self) -> None:
        contacts = self.owner.contact_file
        assert contacts is not None
        self.guessed = {field: list(contacts.mapping.get(field, [])) for field in CONTACT_FIELDS}
        self._filling = True
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), [])
            guessed = self.guessed[field]
            if len(guessed) > 1:
                combo.addItem(" + ".join(guessed), guessed)
            for header in contacts.headers:
                combo.addItem(header, [header])
            combo.setCurrentIndex(max(0, combo.findData(guessed)) if guessed else 0)
        self._filling = False
        self._changed()

    def overrides(self) -> list[str]:
        """``field=Header`` for every field the user changed from the guess."""
        specs: list[str] = []
        for field, combo in self.combos.items():
            chosen = list(combo.currentData() or [])
            if chosen != self.guessed.get(field, []):
                specs.extend([f"{field}={column}" for column in chosen] or [f"{field}="])
        return specs

    def _changed(self) -> None:
        if self._filling or self.owner.contact_file is None:
            return
        self.owner.overrides = self.overrides()
        try:
            rows = ContactFile(self.owner.contact_file.path, None, self.owner.overrides).preview(
                PREVIEW_ROWS
            )
        except UserError as error:
            self.error.setText(user_text(error))
            rows = []
        else:
            self.error.clear()
        if not self.combos["phone"].currentData():
            self.error.setText(self.tr("Choose the column that holds the mobile numbers."))
        headers = [
            self.tr("Row"),
            self.tr("Phone in the file"),
            self.tr("Number"),
            self.tr("First name"),
            self.tr("Last name"),
            self.tr("Commune"),
            self.tr("Postal code"),
            self.tr("Tags"),
        ]
        cells = [
            [
                str(row.row_number),
                row.phones[0] if row.phones else "",
                self._checked(row.phones),
                row.first_name,
                row.last_name,
                row.commune,
                row.postal_code,
                ", ".join(row.tags),
            ]
            for row in rows
        ]
        fill_table(self.table, headers, cells)
        self.completeChanged.emit()

    @staticmethod
    def _checked(phones: Sequence[str]) -> str:
        problem = None
        for phone in phones:
            try:
                return format_national(normalise(phone).e164)
            except PhoneError as error:
                problem = problem or error.problem
        return "✗ " + problem_label(problem)

    def isComplete(self) -> bool:
        return bool(self.combos["phone"].currentData())


class ImportWizard(QWizard):
    """``ImportWizard.run(ctx, db, prompts, parent)``: the import report, or None if cancelled."""

    imported = Signal(object)  # ImportReport, after a real import

    FILE, MAPPING, SOURCE, CHECK, IMPORT = range(5)

    def __init__(
        self,
        ctx: AppContext,
        db: Database,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        path: Path | str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.contact_file: ContactFile | None = None
        self.overrides: list[str] = []
        self.report: ImportReport | None = None
        self.runner = JobRunner(self)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.source_page = SourcePage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.mapping_page, self.source_page, self.check_page)
        ):
            self.setPage(page_id, page)
        self.setPage(self.IMPORT, self.import_page)
        self.resize(820, 600)
        if path is not None:
            self.file_page.load(Path(path))

    @classmethod
    def run(
        cls, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> ImportReport | None:
        wizard = cls(ctx, db, prompts, parent)
        wizard.exec()
        return wizard.report

    def declaration(self) -> SourceDeclaration:
        return self.source_page.declaration()

    def start(self, *, dry_run: bool, connect: Callable[[Job], None] | None = None) -> Job:
        """Run the import (or its dry run) in the wizard's runner with the current choices.

        ``connect`` receives the job before it starts: a small file is read before the caller
        could connect to the job's signals afterwards, and a signal nobody listens to is lost.
        """
        assert self.contact_file is not None
        path, overrides, declaration = (
            self.contact_file.path,
            list(self.overrides),
            self.declaration(),
        )
        ctx, db = self.ctx, self.db

        def work(progress: Progress) -> ImportReport:
            return import_contacts(
                db,
                path,
                declaration,
                actor=ctx.actor,
                now=ctx.clock(),
                overrides=overrides,
                dry_run=dry_run,
                progress=progress,
            )

        return self.runner.start(work, connect=connect)

    def done(self, result: int) -> None:
        # Nothing runs once the wizard is closed: a cancelled import has rolled back by then.
        self.runner.close()
        super().done(result)
