"""The first-run assistant: creates the campaign profile and its encrypted database."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from ...context import AppContext
from ...domain.messages import UserError
from ...services.campaign import create_campaign
from ...storage.database import Database
from ..prompts import Prompts
from ..widgets.profile_form import ProfileForm


class _IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Campagne Desktop"))
        text = QLabel(
            self.tr(
                "This assistant creates your campaign. Everything stays on this computer, in an "
                "encrypted database.\n\n"
                "The app adds the legal notice to every message for you: who sends it, where "
                "the number came from, what it is for, how to exercise data rights, and "
                "STOP PROSPECTION. It checks consent, opt-outs, sending hours and the electoral "
                "silence before anything goes out.\n\n"
                "After the election, one click destroys everything and gives you a certificate."
            )
        )
        text.setWordWrap(True)
        QVBoxLayout(self).addWidget(text)


class _ProfilePage(QWizardPage):
    def __init__(self, form: ProfileForm) -> None:
        super().__init__()
        self.form = form
        self.setTitle(self.tr("Your campaign"))
        self.setSubTitle(
            self.tr(
                "These details go into the legal notice of every message. You can change "
                "them later in Settings."
            )
        )
        QVBoxLayout(self).addWidget(form)

    def validatePage(self) -> bool:
        return not self.form.check()


class _SecurityPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Protecting the data"))
        if ctx.keyring.trusted:
            body = self.tr(
                "The database will be encrypted with a random key kept in your system's "
                "keyring. You will not need to type anything to open it."
            )
        else:
            body = self.tr(
                "No secure system keyring was found on this computer. The database will be "
                "encrypted with a passphrase that you choose when you click Finish. Without "
                "it, nobody, not even you, can open the campaign."
            )
        label = QLabel(body)
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)
        self.setFinalPage(True)


class FirstRunWizard(QWizard):
    """Drive it in tests through ``form`` and ``next()``/``accept()``; ``database`` after."""

    def __init__(self, ctx: AppContext, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prompts = prompts
        self.database: Database | None = None
        self.setWindowTitle(self.tr("New campaign"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.form = ProfileForm(
            advanced=False, today=ctx.clock().astimezone().date(), new_campaign=True
        )
        self.addPage(_IntroPage())
        self.addPage(_ProfilePage(self.form))
        self.addPage(_SecurityPage(ctx))
        self.setMinimumSize(640, 560)

    def accept(self) -> None:
        try:
            self.database = create_campaign(self.ctx, self.form.profile())
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        super().accept()

    @classmethod
    def create_campaign(
        cls, ctx: AppContext, prompts: Prompts, parent: QWidget | None = None
    ) -> Database | None:
        wizard = cls(ctx, prompts, parent)
        wizard.exec()
        return wizard.database
