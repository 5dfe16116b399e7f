"""The new-batch assistant: template → selection (live count) → create → check → export.

Creating, checking and exporting run in a job runner owned by the wizard, which waits for it
before closing; the live count is a single COUNT query, run in the UI thread after a pause.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...context import AppContext
from ...domain.enums import SourceKind, TemplateKind
from ...domain.times import local_day
from ...services.batch_export import ExportSummary
from ...services.batches import BatchSelection, BatchSummary, count_reachable
from ...services.contacts import list_communes, list_tags
from ...services.profile import get_profile
from ...services.templates import TemplateInfo, list_templates
from ...services.unit_of_work import UnitOfWork
from ...storage.database import Database
from ..jobs import JobRunner
from ..labels import source_label, template_kind_label
from ..prompts import Prompts
from ..widgets.cost_hint import cost_per_source_text
from .batch_pages import CreatePage, ExportPage, ReportPage

COUNT_DELAY_MS = 300  # the live count waits for the user to stop clicking


class TemplatePage(QWizardPage):
    def __init__(self, wizard: BatchWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the message"))
        self.setSubTitle(
            self.tr("Only approved templates can be sent. The legal notice is added to each SMS.")
        )
        self.templates: dict[str, TemplateInfo] = {}
        self.combo = QComboBox()
        self.combo.currentIndexChanged.connect(self._changed)
        self.kind = QLabel()
        self.kind.setWordWrap(True)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message text"))
        self.body.setReadOnly(True)
        self.body.setMaximumHeight(140)
        self.empty = QLabel(
            self.tr(
                "No template is approved yet: write one on the Messages page and approve it, "
                "then come back here."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.combo)
        form.addRow(self.tr("Kind:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Text (before the legal notice):")))
        layout.addWidget(self.body)
        layout.addStretch(1)

    def initializePage(self) -> None:
        approved = [t for t in list_templates(self.owner.db) if t.approved]
        self.templates = {t.name: t for t in approved}
        self.combo.blockSignals(True)
        self.combo.clear()
        for info in approved:
            self.combo.addItem(f"{info.name} — {template_kind_label(info.kind)}", info.name)
        self.combo.blockSignals(False)
        self.empty.setVisible(not approved)
        self._changed()

    def template(self) -> TemplateInfo | None:
        return self.templates.get(str(self.combo.currentData() or ""))

    def _changed(self) -> None:
        info = self.template()
        self.body.setPlainText(info.body if info else "")
        if info is None:
            self.kind.clear()
        elif info.kind is TemplateKind.CONSENT:
            self.kind.setText(
                self.tr(
                    "Consent request: only contacts whose consent is pending and who were never "
                    "asked before. Each person is asked once, ever."
                )
            )
        else:
            self.kind.setText(self.tr("Campaign message: only contacts who gave their consent."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.template() is not None


def checkable_list(entries: list[tuple[str, str]], empty_text: str) -> QListWidget:
    widget = QListWidget()
    for label, value in entries:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    if not entries:
        item = QListWidgetItem(empty_text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)
    return widget


def checked_values(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


def check_value(widget: QListWidget, value: str, checked: bool = True) -> None:
    """Tick (or untick) the entry whose value is ``value``."""
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == value:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class SelectionPage(QWizardPage):
    def __init__(self, wizard: BatchWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Who receives it"))
        self.setSubTitle(
            self.tr(
                "Narrow the recipients if you wish; a list where nothing is ticked does not "
                "filter. Consent and opt-outs are always applied."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the batch"))
        self.reachable: int | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COUNT_DELAY_MS)
        self.timer.timeout.connect(self.refresh_count)
        self.lists_box = QHBoxLayout()
        self.tags = QListWidget()
        self.communes = QListWidget()
        self.kinds = QListWidget()
        self.since_check = QCheckBox(self.tr("Leave out people &messaged since:"))
        self.since = QDateEdit()
        self.since.setAccessibleName(self.tr("Messaged since"))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd/MM/yyyy")
        self.since.setEnabled(False)
        self.since_check.toggled.connect(self.since.setEnabled)
        self.since_check.toggled.connect(self.schedule_count)
        self.since.dateChanged.connect(self.schedule_count)
        self.count = QLabel()
        self.count.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.count.setWordWrap(True)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        # What the list of people left out suggests: a higher cap for this batch only.
        self.segment_cap = QSpinBox(minimum=1, maximum=10)
        self.segment_cap.setAccessibleName(self.tr("Max SMS per message for this batch"))
        self.segment_cap.valueChanged.connect(self.schedule_count)  # the cost hint follows it
        self.profile_cap = 0
        since_row.addWidget(QLabel(self.tr("Max SMS per message for this batch:")))
        since_row.addWidget(self.segment_cap)
        layout = QVBoxLayout(self)
        layout.addLayout(self.lists_box, 1)
        layout.addLayout(since_row)
        layout.addWidget(self.count)
        self.cost = QLabel()  # what each person costs, per source, before freezing
        self.cost.setWordWrap(True)
        layout.addWidget(self.cost)
        self.filled = False

    def initializePage(self) -> None:
        if not self.filled:
            self._fill()
            self.since.setDate(self._default_since())
            self.profile_cap = get_profile(self.owner.db).segment_cap
            self.segment_cap.setValue(self.profile_cap)
            self.filled = True
        self.refresh_count()

    def _default_since(self) -> QDate:
        tz = get_profile(self.owner.db).timezone  # a week ago on the campaign's calendar
        day = local_day(self.owner.ctx.clock() - timedelta(days=7), tz)
        return QDate(day.year, day.month, day.day)

    def _fill(self) -> None:
        db = self.owner.db
        self.tags = checkable_list([(t, t) for t in list_tags(db)], self.tr("(no tags yet)"))
        self.communes = checkable_list(
            [(c, c) for c in list_communes(db)], self.tr("(no communes yet)")
        )
        self.kinds = checkable_list([(source_label(k), k.value) for k in SourceKind], "")
        for title, widget in (
            (self.tr("Tags"), self.tags),
            (self.tr("Communes"), self.communes),
            (self.tr("Where the contact came from"), self.kinds),
        ):
            widget.itemChanged.connect(self.schedule_count)
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            self.lists_box.addWidget(box, 1)

    def selection(self) -> BatchSelection:
        chosen = self.since.date()
        since = (
            date(chosen.year(), chosen.month(), chosen.day())
            if self.since_check.isChecked()
            else None
        )
        return BatchSelection(
            tags=checked_values(self.tags),
            communes=checked_values(self.communes),
            source_kinds=tuple(SourceKind(k) for k in checked_values(self.kinds)),
            not_messaged_since=since,
        )

    def batch_cap(self) -> int | None:
        """The cap chosen for this batch, or None when it is the profile's."""
        chosen = self.segment_cap.value()
        return None if chosen == self.profile_cap else chosen

    def schedule_count(self, *_args: Any) -> None:
        self.count.setText(self.tr("Counting…"))
        self.timer.start()

    def refresh_count(self) -> None:
        self.timer.stop()
        template = self.owner.template_page.template()
        if template is None:
            return
        self.reachable = count_reachable(UnitOfWork(self.owner.db), template.kind, self.selection())
        text = self.tr("%n contact(s) can receive this message.", "", self.reachable)
        if self.since_check.isChecked():
            text += " " + self.tr("Those messaged since the date will be left out when created.")
        self.count.setText(text)
        price = get_profile(self.owner.db).price_per_segment
        self.cost.setText(
            cost_per_source_text(
                UnitOfWork(self.owner.db), template, self.selection(), price, self.batch_cap()
            )
        )
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.timer.stop()

    def isComplete(self) -> bool:
        return bool(self.reachable) and not self.timer.isActive()


class BatchWizard(QWizard):
    """``BatchWizard.run(ctx, db, parent)`` returns the batch created, or None."""

    batch_created = Signal(object)  # BatchSummary
    exported = Signal(object)  # ExportSummary

    TEMPLATE, SELECTION, CREATE, REPORT, EXPORT = range(5)

    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.setWindowTitle(self.tr("New batch"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.batch: BatchSummary | None = None
        self.export_result: ExportSummary | None = None
        self.runner = JobRunner(self)
        self.template_page = TemplatePage(self)
        self.selection_page = SelectionPage(self)
        self.create_page = CreatePage(self)
        self.report_page = ReportPage(self)
        self.export_page = ExportPage(self)
        for page_id, page in enumerate(
            (
                self.template_page,
                self.selection_page,
                self.create_page,
                self.report_page,
                self.export_page,
            )
        ):
            self.setPage(page_id, page)
        self.export_page.panel.exported.connect(self._exported)
        self.resize(860, 620)

    @classmethod
    def run(
        cls, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> BatchSummary | None:
        wizard = cls(ctx, db, prompts, parent)
        wizard.exec()
        return wizard.batch

    def _exported(self, summary: ExportSummary) -> None:
        self.export_result = summary
        self.exported.emit(summary)

    def _ask_close_without_export(self) -> bool:
        return self.prompts.ask(
            self,
            self.tr("No file exported"),
            self.tr(
                "No file was exported yet: nothing will be sent. The batch stays in the list, "
                "ready to export later. Close the assistant?"
            ),
        )

    def done(self, result: int) -> None:
        unexported = (
            result == QDialog.DialogCode.Accepted
            and self.currentId() == self.EXPORT
            and self.export_result is None
        )
        if unexported and not self._ask_close_without_export():
            return
        # Nothing runs once the wizard is closed: a cancelled creation has rolled back by then.
        self.runner.close()
        self.selection_page.timer.stop()
        super().done(result)
