"""The provider whose API sends the campaign's messages, its credentials, and a Test button.

Secrets are typed into password fields and handed to the credentials service, which keeps them
in the system keyring (or the encrypted database): they are never shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.messages import UserError
from ...providers.api import API_SPECS, api_spec
from ...services import provider_credentials as creds
from ...storage.database import Database
from ..jobs import Job, JobRunner
from ..messages import user_text

FAILED_COLOUR = "#b00020"


def _current(ctx: AppContext, db: Database) -> creds.ProviderSettings | None:
    try:
        return creds.get_settings(ctx, db)
    except UserError:  # the campaign's provider has no API the app drives
        return None


class ProviderTester:
    """Runs the credentials test off the UI thread and reports to a label."""

    def __init__(self, ctx: AppContext, db: Database, label: QLabel, runner: JobRunner) -> None:
        self.ctx, self.db, self.label, self.runner = ctx, db, label, runner
        self.job: Job | None = None

    def start(self, waiting: str) -> Job:
        ctx, db = self.ctx, self.db
        self.label.setStyleSheet("")
        self.label.setText(waiting)
        self.job = self.runner.start(
            lambda _progress: creds.check_provider(ctx, db),
            on_finished=self._passed,
            on_failed=self._failed,
        )
        return self.job

    def _passed(self, answer: object) -> None:
        self.label.setStyleSheet("")
        self.label.setText("✔ " + str(answer))

    def _failed(self, message: str) -> None:
        self.label.setStyleSheet(f"color: {FAILED_COLOUR};")
        self.label.setText(message)


class ProviderDialog(QDialog):
    """Choose the provider, where its API is, and type its credentials."""

    saved = Signal()

    def __init__(self, ctx: AppContext, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.db = ctx, db
        self.setWindowTitle(self.tr("Sending through the provider's API"))
        self.runner = JobRunner(self)
        self.provider = QComboBox()
        for spec in API_SPECS.values():
            self.provider.addItem(spec.display_name, spec.key)
        self.endpoint = QLineEdit()
        self.service = QLineEdit()
        self.service.setPlaceholderText("sms-ab12345-1")
        self.replies = QCheckBox(self.tr("Send from a number that can receive replies"))
        self.fields: dict[str, QLineEdit] = {}
        self.credentials_box = QGroupBox(self.tr("Credentials"))
        self.credentials_form = QFormLayout(self.credentials_box)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Provider:"), self.provider)
        form.addRow(self.tr("API &address:"), self.endpoint)
        form.addRow(self.tr("SMS ser&vice (OVHcloud):"), self.service)
        form.addRow("", self.replies)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.test_button = buttons.addButton(
            self.tr("&Test"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        buttons.rejected.connect(self.reject)
        self.tester = ProviderTester(ctx, db, self.status, self.runner)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.credentials_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        current = _current(ctx, db)
        if current is not None:
            self.provider.setCurrentIndex(max(0, self.provider.findData(current.key)))
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self._provider_changed()

    def key(self) -> str:
        return str(self.provider.currentData())

    def _provider_changed(self) -> None:
        spec = api_spec(self.key())
        current = _current(self.ctx, self.db)
        mine = current if current is not None and current.key == spec.key else None
        while self.credentials_form.rowCount():
            self.credentials_form.removeRow(0)
        self.fields = {}
        for field in spec.fields:
            edit = QLineEdit()
            if field.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            if mine is not None and mine.has_credentials:
                edit.setPlaceholderText(self.tr("(stored: leave empty to keep)"))
            self.fields[field.name] = edit
            self.credentials_form.addRow(field.env + ":", edit)
        self.endpoint.setPlaceholderText(spec.default_endpoint)
        self.endpoint.setText(
            mine.endpoint if mine is not None and mine.endpoint != spec.default_endpoint else ""
        )
        self.service.setEnabled(spec.needs_service)
        self.service.setText(mine.service if mine is not None else "")
        self.replies.setEnabled(spec.key == "ovh")
        self.replies.setChecked(bool(mine and mine.sender_for_response))
        self.test_button.setEnabled(mine is not None and mine.has_credentials)
        self._show_store(mine)

    def _show_store(self, settings: creds.ProviderSettings | None) -> None:
        self.status.setStyleSheet("")
        if settings is None or not settings.has_credentials:
            self.status.setText(self.tr("No credentials stored for this provider yet."))
        elif settings.store is creds.CredentialStore.KEYRING:
            self.status.setText(self.tr("Credentials stored in the system keyring."))
        else:
            self.status.setText(
                self.tr(
                    "No secure system keyring: credentials stored in the encrypted campaign "
                    "database."
                )
            )

    def save(self) -> bool:
        key = self.key()
        values = {name: edit.text().strip() for name, edit in self.fields.items()}
        if not all(values.values()):
            # Empty fields keep what is stored (secrets are never shown back).
            stored = creds.load_credentials(self.ctx, self.db, key) or {}
            values = {name: value or stored.get(name, "") for name, value in values.items()}
        try:
            settings = creds.save_credentials(
                self.ctx,
                self.db,
                key,
                values,
                endpoint=self.endpoint.text().strip(),
                service=self.service.text().strip(),
                sender_for_response=self.replies.isChecked(),
                now=self.ctx.clock(),
            )
        except UserError as error:
            self.status.setStyleSheet(f"color: {FAILED_COLOUR};")
            self.status.setText(user_text(error))
            return False
        for edit in self.fields.values():
            edit.clear()
        self._provider_changed()
        self._show_store(settings)
        self.saved.emit()
        return True

    def test(self) -> Job:
        return self.tester.start(self.tr("Asking the provider…"))

    def wait_for_jobs(self) -> None:
        self.runner.wait()


class ProviderBox(QGroupBox):
    """Settings: which provider sends, whether credentials are set, and a Test button."""

    def __init__(self, ctx: AppContext, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sending through the provider's API"), parent)
        self.ctx, self.db = ctx, db
        self.runner = JobRunner(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("&Provider and credentials…"))
        self.setup_button.clicked.connect(self.open_dialog)
        self.test_button = QPushButton(self.tr("&Test the credentials"))
        self.test_button.clicked.connect(self.test)
        self.tester = ProviderTester(ctx, db, self.result, self.runner)
        self.dialog: ProviderDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.refresh()

    def refresh(self) -> None:
        settings = _current(self.ctx, self.db)
        if settings is None:
            self.summary.setText(
                self.tr(
                    "The app can send through OVHcloud SMS, SMSFactor or Octopush. Without "
                    "them, export a file for your provider's website."
                )
            )
        elif settings.has_credentials:
            self.summary.setText(
                self.tr("{provider} ({endpoint}): credentials stored.").format(
                    provider=settings.display_name, endpoint=settings.endpoint
                )
            )
        else:
            self.summary.setText(
                self.tr("{provider}: no credentials yet.").format(provider=settings.display_name)
            )
        self.test_button.setEnabled(settings is not None and settings.has_credentials)

    def open_dialog(self) -> ProviderDialog:
        dialog = ProviderDialog(self.ctx, self.db, self)
        dialog.saved.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def test(self) -> Job:
        return self.tester.start(self.tr("Asking the provider…"))

    def wait_for_jobs(self) -> None:
        self.runner.wait()
        if self.dialog is not None:
            self.dialog.wait_for_jobs()
