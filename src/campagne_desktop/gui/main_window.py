"""The main window: a side navigation and one page per part of the campaign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..assets import icon_path
from ..context import AppContext
from ..storage.database import Database
from .jobs import JobRunner
from .pages.contacts import ContactsPage
from .pages.dashboard import DashboardPage
from .pages.end_of_campaign import EndOfCampaignPage
from .pages.messages import MessagesPage
from .pages.optouts import OptOutsPage
from .pages.rules import RulesPage
from .pages.sendings import SendingsPage
from .pages.settings import SettingsPage
from .prompts import Prompts
from .shortcuts import add_shortcut


def window_settings(ctx: AppContext) -> QSettings:
    """Window state only, in the campaign's config folder so that the wipe removes it too."""
    return QSettings(str(ctx.paths.config_dir / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    campaign_wiped = Signal()

    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.setWindowTitle(self.tr("Campagne Desktop"))
        self.setWindowIcon(QIcon(str(icon_path())))
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(200)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }"
        )
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget()
        self.dashboard = DashboardPage(ctx, db, prompts)
        self.settings_page = SettingsPage(ctx, db, prompts)
        self.settings_page.profile_saved.connect(self.dashboard.refresh)
        self.sendings_page = SendingsPage(ctx, db, prompts)
        self.sendings_page.batches_changed.connect(self.dashboard.refresh)
        self.messages_page = MessagesPage(ctx, db, prompts)
        self.contacts_page = ContactsPage(ctx, db, prompts)
        self.optouts_page = OptOutsPage(ctx, db, prompts)
        self.contacts_page.opt_outs_changed.connect(self.optouts_page.refresh)
        # STOP replies imported on the Envois page show where people look for them.
        self.sendings_page.opt_outs_changed.connect(self.optouts_page.refresh)
        self.sendings_page.opt_outs_changed.connect(self.contacts_page.refresh)
        # Opt-outs added, imported or removed on their page change the Contacts page's marker.
        self.optouts_page.changed.connect(self.contacts_page.refresh)
        self.settings_page.profile_saved.connect(self.messages_page.editor.refresh)
        self._wiped = False
        self.end_page = EndOfCampaignPage(ctx, db, prompts)
        self.end_page.wiped.connect(self._on_wiped)
        self.rules_page = RulesPage()
        for title, page in self._build_pages():
            self.navigation.addItem(QListWidgetItem(title))
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(
            self.tr("Campaign folder: {path}").format(path=ctx.paths.data_dir)
        )
        self.contact_counts = QLabel(self.contacts_page.counts_text)
        self.statusBar().addPermanentWidget(self.contact_counts)
        self.contacts_page.counts_changed.connect(self.contact_counts.setText)
        self._build_menus()
        # Ctrl+1..8 jump to a page: the navigation is usable without a mouse.
        for row in range(self.navigation.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda r=row: self.navigation.setCurrentRow(r))
            item = self.navigation.item(row)  # the key is said where the mouse points
            hint = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{item.text()} ({hint})")
        self._add_action_keys()
        # At most the screen's free area: a 1366x768 laptop has a taskbar and a title bar too.
        available = self.screen().availableGeometry()
        self.resize(min(1100, available.width()), min(720, available.height() - 60))
        self._restore_geometry()

    def _build_pages(self) -> list[tuple[str, QWidget]]:
        return [
            (self.tr("Dashboard"), self.dashboard),
            (self.tr("Contacts"), self.contacts_page),
            (self.tr("Messages"), self.messages_page),
            (self.tr("Sendings"), self.sendings_page),
            (self.tr("Opt-outs"), self.optouts_page),
            (self.tr("End of campaign"), self.end_page),
            (self.tr("Settings"), self.settings_page),
            (self.tr("Rules"), self.rules_page),
        ]

    def _add_action_keys(self) -> None:
        """Each page's main action has a key (in its tooltip); never the End of campaign's."""
        new, save = QKeySequence.StandardKey.New, QKeySequence.StandardKey.Save
        for button, key in (
            (self.contacts_page.import_button, "Ctrl+I"),
            (self.messages_page.new_button, new),
            (self.messages_page.save_button, save),
            (self.sendings_page.new_button, new),
            (self.optouts_page.add_button, new),
            (self.settings_page.save_button, save),
        ):
            add_shortcut(button, key)

    def _build_menus(self) -> None:
        campaign_menu = self.menuBar().addMenu(self.tr("&Campaign"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():  # Windows has no standard Quit key
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        campaign_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        rules_action = QAction(self.tr("The &rules the app enforces"), self)
        rules_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if rules_action.shortcut().isEmpty():
            rules_action.setShortcut(QKeySequence("F1"))
        rules_action.triggered.connect(lambda: self.show_rule(""))
        help_menu.addAction(rules_action)
        about_action = QAction(self.tr("&About Campagne Desktop"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        self.quit_action, self.rules_action, self.about_action = (
            quit_action,
            rules_action,
            about_action,
        )

    def show_rule(self, anchor: str) -> None:
        """Open the Rules page, on the rule ``anchor`` when given (e.g. from a check line)."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.rules_page))
        if anchor:
            self.rules_page.show_rule(anchor)

    def show_about(self) -> None:
        self.prompts.about(self, self.tr("About Campagne Desktop"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>Campagne Desktop {version}</h3>"
            "<p>Political SMS that follow the GDPR and the CNIL's rules, for local candidates "
            "in France. The contact list stays on this computer, encrypted.</p>"
            "<p>The app helps you follow the rules; it is not legal advice.</p>"
            "<p>Campaign folder: {path}</p><p>License: MIT</p>"
        ).format(version=__version__, path=self.ctx.paths.data_dir)

    def _restore_geometry(self) -> None:
        settings = window_settings(self.ctx)
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _on_wiped(self, _certificate: str) -> None:
        self._wiped = True  # window.ini and the database are gone: never write them back
        self.campaign_wiped.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Background work uses the database: every page's runner is done before it closes.
        for runner in self.findChildren(JobRunner):
            runner.wait()
        if self._wiped:
            super().closeEvent(event)
            return
        settings = window_settings(self.ctx)
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.sync()
        Path(settings.fileName()).chmod(0o600)  # window state only, but still the user's alone
        super().closeEvent(event)
