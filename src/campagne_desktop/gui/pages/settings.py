"""Paramètres: the campaign profile, with the same validation as the first run, and language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.messages import UserError
from ...preferences import Preferences
from ...services.profile import get_profile, update_profile
from ...storage.database import Database
from ..dialogs.provider_dialog import ProviderBox
from ..prompts import Prompts
from ..widgets.profile_form import ProfileForm


class SettingsPage(QWidget):
    profile_saved = Signal()

    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.form = ProfileForm(advanced=True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(self.load)
        self.status = QLabel()

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(Preferences.load(ctx.paths.config_dir).language))
        )
        self.language.currentIndexChanged.connect(self._save_language)
        language_box = QGroupBox(self.tr("Interface"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("La&nguage (after a restart):"), self.language)

        campaign_box = QGroupBox(self.tr("Campaign"))
        campaign_layout = QVBoxLayout(campaign_box)
        campaign_layout.addWidget(self.form)
        # Smart encoding is the default: a name's ç or ï would make the whole SMS cost double.
        self.keep_accents = QCheckBox(self.tr("&Keep accents in names (costs more)"))
        self.keep_accents.setToolTip(
            self.tr(
                "Off: letters SMS cannot carry cheaply (ç, ï, ô, œ...) are written without their "
                "accent in names and communes, so every message stays in standard characters, "
                "160 to an SMS. On: names are sent as written, and one such letter can double the "
                "price of that person's message or leave them out over the SMS cap."
            )
        )
        campaign_layout.addWidget(self.keep_accents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(campaign_box)
        inner.addLayout(buttons)
        self.provider_box = ProviderBox(ctx, db)
        inner.addWidget(self.provider_box)
        inner.addWidget(language_box)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        self.load()

    def load(self) -> None:
        profile = get_profile(self.db)
        self.form.set_profile(profile)
        self.keep_accents.setChecked(profile.keep_accents)
        self.form.show_errors([])
        self.status.clear()

    def save(self) -> bool:
        if self.form.check():
            self.status.setText(self.tr("Not saved: please correct the fields above."))
            return False
        try:
            profile = self.form.profile().with_changes(keep_accents=self.keep_accents.isChecked())
            update_profile(self.db, profile, actor=self.ctx.actor, now=self.ctx.clock())
        except UserError as error:
            self.prompts.show_error(self, error)
            return False
        self.status.setText(self.tr("Saved."))
        self.profile_saved.emit()
        return True

    def _save_language(self) -> None:
        prefs = Preferences.load(self.ctx.paths.config_dir)
        prefs.language = str(self.language.currentData())
        prefs.save(self.ctx.paths.config_dir)
