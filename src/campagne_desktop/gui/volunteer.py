"""The volunteer workspace (``campagne-desktop --volunteer``): write templates with no contacts.

It opens no campaign database and creates no data folder. All it reads is the profile file the
candidate exported (public campaign facts, no personal data) so that previews show the real legal
notice on invented sample contacts; all it writes is the template files the volunteer exports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import TemplateKind
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.profile import CampaignProfile
from ..domain.rendering import sample_source
from ..services.previews import Preview, preview_text
from ..services.profile_file import PROFILE_FILE_SUFFIX, read_profile_file
from ..services.template_file import (
    TEMPLATE_FILE_SUFFIX,
    read_template_file,
    write_template_file,
)
from .pages.messages import ask_open_file, ask_save_file
from .prompts import Prompts
from .widgets.template_editor import Recipient, TemplateEditor


class VolunteerWindow(QMainWindow):
    def __init__(
        self,
        prompts: Prompts,
        profile: CampaignProfile | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.profile: CampaignProfile | None = None
        self.last_export: Path | None = None
        self.setWindowTitle(self.tr("Campagne Desktop: volunteer workspace"))

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        explanation = QLabel(
            self.tr(
                "<h2>Volunteer workspace</h2><p>Write messages for the campaign without any "
                "contact list. Open the profile file the candidate gave you: previews then show "
                "the real legal notice, on invented people.</p>"
            )
        )
        explanation.setWordWrap(True)
        self.open_profile_button = QPushButton(self.tr("&Open the profile file…"))
        self.open_profile_button.clicked.connect(self.open_profile)
        empty_layout.addWidget(explanation)
        empty_layout.addWidget(self.open_profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Template name, e.g. Invitation réunion"))
        self.editor = TemplateEditor(self._preview, allow_contacts=False)
        self.export_button = QPushButton(self.tr("&Export template file…"))
        self.export_button.setToolTip(self.tr("A file to give the candidate, who imports it"))
        self.export_button.clicked.connect(self.export_template)
        self.open_template_button = QPushButton(self.tr("Open a &template file…"))
        self.open_template_button.clicked.connect(self.open_template)
        self.change_profile_button = QPushButton(self.tr("Change &profile file…"))
        self.change_profile_button.clicked.connect(self.open_profile)
        self.workspace = QWidget()
        layout = QVBoxLayout(self.workspace)
        layout.addWidget(self.heading)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name:")))
        name_row.addWidget(self.name_edit, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_profile_button)
        buttons.addWidget(self.open_template_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.resize(1100, 700)
        if profile is not None:
            self.set_profile(profile)

    def _preview(self, body: str, kind: TemplateKind, recipient: Recipient) -> Preview:
        if self.profile is None:
            raise UserError(QT_TRANSLATE_NOOP("messages", "Open the profile file first."))
        source = sample_source(kind, recipient.source_kind)
        return preview_text(self.profile, body, kind, sample=recipient.sample, source=source)

    def set_profile(self, profile: CampaignProfile) -> None:
        self.profile = profile
        self.heading.setText(
            self.tr(
                "<b>{candidate}</b>: previews use invented people and the campaign's real "
                "legal notice. No contacts are stored on this computer."
            ).format(candidate=profile.candidate)
        )
        self.stack.setCurrentWidget(self.workspace)
        self.editor.refresh()

    def open_profile(self) -> bool:
        path = ask_open_file(
            self.prompts,
            self,
            self.tr("Open the profile file"),
            self.tr("Profile files (*{suffix} *.json)").format(suffix=PROFILE_FILE_SUFFIX),
        )
        if path is None:
            return False
        try:
            self.set_profile(read_profile_file(path))
        except UserError as error:
            self.prompts.show_error(self, error)
            return False
        return True

    def _template_filter(self) -> str:
        return self.tr("Template files (*{suffix} *.json)").format(suffix=TEMPLATE_FILE_SUFFIX)

    def open_template(self) -> None:
        path = ask_open_file(
            self.prompts, self, self.tr("Open a template file"), self._template_filter()
        )
        if path is None:
            return
        try:
            loaded = read_template_file(path)
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.name_edit.setText(loaded.name)
        self.editor.set_content(loaded.kind, loaded.body)

    def export_template(self) -> None:
        name = self.name_edit.text().strip() or self.tr("Message")
        suggested = Path.home() / (name + TEMPLATE_FILE_SUFFIX)
        path = ask_save_file(
            self.prompts, self, self.tr("Export the template"), suggested, self._template_filter()
        )
        if path is None:
            return
        try:
            self.last_export = write_template_file(
                path, name, self.editor.kind(), self.editor.body(), overwrite=True
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.statusBar().showMessage(
            self.tr("Written to {path}. Give this file to the candidate.").format(
                path=self.last_export
            )
        )


def run_volunteer(app: QApplication, prompts: Prompts, profile_path: Path | None = None) -> int:
    """Open the workspace (asking for the profile file when none is given) and run the app."""
    window = VolunteerWindow(prompts)
    if profile_path is not None:
        try:
            window.set_profile(read_profile_file(profile_path))
        except UserError as error:
            prompts.show_error(None, error)
    window.show()
    if window.profile is None:
        window.open_profile()
    return app.exec()
