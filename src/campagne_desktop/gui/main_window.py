"""The main window: a side navigation and one page per part of the campaign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ..assets import icon_path
from ..context import AppContext
from ..storage.database import Database
from .pages.contacts import ContactsPage
from .pages.dashboard import DashboardPage
from .pages.end_of_campaign import EndOfCampaignPage
from .pages.messages import MessagesPage
from .pages.optouts import OptOutsPage
from .pages.sendings import SendingsPage
from .pages.settings import SettingsPage


def window_settings(ctx: AppContext) -> QSettings:
    """Window state only, in the campaign's config folder so that the wipe removes it too."""
    return QSettings(str(ctx.paths.config_dir / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    campaign_wiped = Signal()

    def __init__(self, ctx: AppContext, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
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
        self.dashboard = DashboardPage(ctx, db)
        self.settings_page = SettingsPage(ctx, db)
        self.settings_page.profile_saved.connect(self.dashboard.refresh)
        self.sendings_page = SendingsPage(ctx, db)
        self.sendings_page.batches_changed.connect(self.dashboard.refresh)
        self.messages_page = MessagesPage(ctx, db)
        self.contacts_page = ContactsPage(ctx, db)
        self.optouts_page = OptOutsPage(ctx, db)
        self.contacts_page.opt_outs_changed.connect(self.optouts_page.refresh)
        self.settings_page.profile_saved.connect(self.messages_page.editor.refresh)
        self._wiped = False
        self.end_page = EndOfCampaignPage(ctx, db)
        self.end_page.wiped.connect(self._on_wiped)
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
        # Ctrl+1..7 jump to a page: the navigation is usable without a mouse.
        for row in range(self.navigation.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda r=row: self.navigation.setCurrentRow(r))
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
        ]

    def _restore_geometry(self) -> None:
        settings = window_settings(self.ctx)
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        page = settings.value("main/page", 0, type=int)
        if isinstance(page, int) and 0 <= page < self.navigation.count():
            self.navigation.setCurrentRow(page)

    def _on_wiped(self, _certificate: str) -> None:
        self._wiped = True  # window.ini and the database are gone: never write them back
        self.campaign_wiped.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sendings_page.wait_for_jobs()
        self.contacts_page.model.wait_for_workers()  # a search being read uses the database
        if self._wiped:
            super().closeEvent(event)
            return
        settings = window_settings(self.ctx)
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/page", self.navigation.currentRow())
        settings.sync()
        Path(settings.fileName()).chmod(0o600)  # window state only, but still the user's alone
        super().closeEvent(event)
