"""Messages: the campaign's templates, the editor with its live preview, approval and exchange."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.enums import TemplateKind
from ...domain.gsm_transliteration import propose_fixes
from ...domain.messages import UserError
from ...domain.times import display_time
from ...services import templates
from ...services.previews import Preview, preview_body
from ...services.profile import get_profile
from ...services.profile_file import PROFILE_FILE_SUFFIX, export_profile_file
from ...services.template_file import TEMPLATE_FILE_SUFFIX, read_template_file
from ...services.templates import TemplateInfo
from ...storage.database import Database
from ..prompts import Prompts
from ..widgets.template_editor import Recipient, TemplateEditor


# (dialog title, file filter) -> chosen path or None; (title, suggested path, filter) for saving.
def ask_open_file(prompts: Prompts, parent: QWidget, title: str, filter_: str) -> Path | None:
    name = prompts.open_file(parent, title, filter_)
    return Path(name) if name else None


def ask_save_file(
    prompts: Prompts, parent: QWidget, title: str, suggested: Path, filter_: str
) -> Path | None:
    name = prompts.save_file(parent, title, str(suggested), filter_)
    return Path(name) if name else None


class MessagesPage(QWidget):
    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.current: TemplateInfo | None = None
        self.modified = False

        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Template"), self.tr("Kind"), self.tr("Status")])
        self.list.setRootIsDecorated(False)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        # Kind and status get a fixed share (elided, full text in the tooltip): the name first.
        for column, width in ((1, 100), (2, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.list.setMinimumWidth(260)  # the template's name must stay readable
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.itemSelectionChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.clicked.connect(self.new_template)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Add a template file written by a volunteer"))
        self.import_button.clicked.connect(self.import_template)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_template)
        self.profile_button = QPushButton(self.tr("Export profile for volun&teers…"))
        self.profile_button.setToolTip(
            self.tr(
                "A file with the campaign profile only (no contacts) so that volunteers can "
                "write templates with the real legal notice: campagne-desktop --volunteer"
            )
        )
        self.profile_button.clicked.connect(self.export_profile)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.delete_button):
            list_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)
        left_layout.addWidget(self.profile_button)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Template name, e.g. Invitation réunion"))
        self.name_edit.textEdited.connect(self._changed)
        self.status_label = QLabel()
        self.editor = TemplateEditor(self._preview, allow_contacts=True)
        self.editor.changed.connect(self._changed)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.clicked.connect(self.approve)
        self.export_button = QPushButton(self.tr("&Export template file…"))
        self.export_button.clicked.connect(self.export_template)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Na&me:")))
        name_row.itemAt(0).widget().setBuddy(self.name_edit)  # type: ignore[union-attr]
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.status_label)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.approve_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(name_row)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Messages") + "</h2>"))
        layout.addWidget(splitter, 1)
        self.reload()
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            self.new_template()

    # --- list -----------------------------------------------------------------------------

    def status_text(self, info: TemplateInfo) -> str:
        if info.approved and info.approved_at is not None:
            return self.tr("Approved by {who} on {when}").format(
                who=info.approved_by,
                when=display_time(info.approved_at, get_profile(self.db).timezone),
            )
        return self.tr("Draft")

    def kind_text(self, kind: TemplateKind) -> str:
        return self.tr("Campaign") if kind is TemplateKind.CAMPAIGN else self.tr("Consent request")

    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for info in templates.list_templates(self.db):
            status = self.tr("Approved") if info.approved else self.tr("Draft")
            item = QTreeWidgetItem([info.name, self.kind_text(info.kind), status])
            item.setData(0, Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(0, info.name)
            item.setToolTip(1, self.kind_text(info.kind))
            item.setToolTip(2, self.status_text(info))
            self.list.addTopLevelItem(item)
            if info.name == select:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def item_status(self, name: str) -> str:
        """The status column of the template ``name`` in the list ('' if not listed)."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == name:
                return item.text(2)
        return ""

    def _selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        name = str(items[0].data(0, Qt.ItemDataRole.UserRole))
        if self.current is not None and name == self.current.name:
            return
        if not self._may_discard():
            self.reload(self.current.name if self.current else None)
            return
        try:
            self.load(templates.get_template(self.db, name))
        except UserError as error:
            self.prompts.show_error(self, error)

    def _may_discard(self) -> bool:
        return not self.modified or self.prompts.ask(
            self, self.tr("Unsaved changes"), self.tr("Discard the changes to this template?")
        )

    # --- editing --------------------------------------------------------------------------

    def _preview(self, body: str, kind: TemplateKind, recipient: Recipient) -> Preview:
        return preview_body(
            self.db,
            body,
            kind,
            contact_phone=recipient.phone or None,
            sample=recipient.sample,
            source_kind=recipient.source_kind,
        )

    def load(self, info: TemplateInfo | None) -> None:
        self.current = info
        self.name_edit.setText(info.name if info else "")
        self.editor.set_content(
            info.kind if info else TemplateKind.CAMPAIGN, info.body if info else ""
        )
        self._set_modified(False)

    def _changed(self) -> None:
        self._set_modified(True)

    def _set_modified(self, modified: bool) -> None:
        self.modified = modified
        info = self.current
        if info is None:
            self.status_label.setText(self.tr("New template (not saved)"))
        else:
            suffix = self.tr(" · unsaved changes") if modified else ""
            self.status_label.setText(self.status_text(info) + suffix)
        self.approve_button.setEnabled(info is None or modified or not info.approved)
        self.delete_button.setEnabled(info is not None)
        self.export_button.setEnabled(info is not None)

    def new_template(self) -> None:
        if not self._may_discard():
            return
        self.list.clearSelection()
        self.load(None)
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Add or update the template; an approved one that changed becomes a draft again."""
        now, actor = self.ctx.clock(), self.ctx.actor
        try:
            if self.current is None:
                info = templates.add_template(
                    self.db,
                    self.name_edit.text(),
                    self.editor.body(),
                    self.editor.kind(),
                    actor=actor,
                    now=now,
                )
            else:
                if self.name_edit.text().strip() != self.current.name:
                    self.name_edit.setText(self.current.name)  # renaming is not offered
                info = templates.update_template(
                    self.db,
                    self.current.name,
                    self.editor.body(),
                    actor=actor,
                    now=now,
                    kind=self.editor.kind(),
                )
        except UserError as error:
            self.prompts.show_error(self, error)
            return False
        self.current = info
        self.reload(select=info.name)
        self._set_modified(False)
        return True

    def approve(self) -> None:
        if (self.modified or self.current is None) and not self.save():
            return
        if propose_fixes(self.editor.body()) and self.prompts.ask(
            self,
            self.tr("Special characters"),
            self.tr(
                "This text contains special characters that make each SMS hold 70 characters "
                "instead of 160, which can double the cost or leave people out over the SMS cap."
                "\n\nReview the proposed replacements before approving?"
            ),
        ):
            self.editor.fix()  # the candidate sees and chooses each replacement
            if self.modified and not self.save():
                return
        info = self.current
        assert info is not None
        question = self.tr(
            "Approve “{name}” for sending?\n\nYour name ({who}) and the time are recorded. "
            "Any later change makes it a draft again."
        ).format(name=info.name, who=self.ctx.actor)
        if not self.prompts.ask(self, self.tr("Approve the template"), question):
            return
        try:
            self.current = templates.approve_template(
                self.db, info.name, actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.reload(select=info.name)
        self._set_modified(False)

    def delete_template(self) -> None:
        info = self.current
        if info is None or not self.prompts.ask(
            self,
            self.tr("Delete the template"),
            self.tr("Delete “{name}”? Batches already made keep their text.").format(
                name=info.name
            ),
        ):
            return
        try:
            templates.delete_template(
                self.db, info.name, actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.modified = False
        self.reload()
        self.load(None)

    # --- files ----------------------------------------------------------------------------

    def _template_filter(self) -> str:
        return self.tr("Template files (*{suffix} *.json)").format(suffix=TEMPLATE_FILE_SUFFIX)

    def export_template(self) -> None:
        if self.current is None or (self.modified and not self.save()):
            return
        suggested = self.ctx.paths.exports_dir / (self.current.name + TEMPLATE_FILE_SUFFIX)
        path = ask_save_file(
            self.prompts, self, self.tr("Export the template"), suggested, self._template_filter()
        )
        if path is None:
            return
        try:
            templates.export_template(
                self.db,
                self.current.name,
                path,
                actor=self.ctx.actor,
                now=self.ctx.clock(),
                overwrite=True,  # the save dialog asked before replacing a file
            )
        except UserError as error:
            self.prompts.show_error(self, error)

    def import_template(self) -> None:
        if not self._may_discard():
            return
        path = ask_open_file(
            self.prompts, self, self.tr("Import a template"), self._template_filter()
        )
        if path is None:
            return
        try:
            name = templates.free_name(self.db, read_template_file(path).name)
            info = templates.import_template(
                self.db, path, actor=self.ctx.actor, now=self.ctx.clock(), name=name
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.modified = False
        self.reload(select=info.name)
        self.load(info)

    def export_profile(self) -> None:
        suggested = self.ctx.paths.exports_dir / ("profil" + PROFILE_FILE_SUFFIX)
        path = ask_save_file(
            self.prompts,
            self,
            self.tr("Export the profile for volunteers"),
            suggested,
            self.tr("Profile files (*{suffix} *.json)").format(suffix=PROFILE_FILE_SUFFIX),
        )
        if path is None:
            return
        try:
            export_profile_file(
                self.db, path, actor=self.ctx.actor, now=self.ctx.clock(), overwrite=True
            )
        except UserError as error:
            self.prompts.show_error(self, error)
