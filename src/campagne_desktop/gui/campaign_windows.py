"""The windows of one run: the campaign's main window and, after a wipe, the new-campaign
assistant, then the new campaign's window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from ..context import AppContext
from ..domain.messages import UserError
from ..storage.database import Database
from ..storage.lock import CampaignLock
from .main_window import MainWindow
from .messages import install_excepthook, setup_logging
from .prompts import Prompts
from .wizards.first_run import FirstRunWizard


class CampaignWindows(QObject):
    """The campaign's main window and, after a wipe, the new-campaign assistant then the new
    campaign's window.

    The assistant is opened without a nested event loop (``open()``, not ``exec()``): the wipe's
    signal arrives in a queued slot, and a modal loop started there never returned to whoever
    was waiting (a test's ``waitUntil``, the app's own ``exec``). ``first_run`` makes the
    assistant (a test passes its own); ``after_wipe`` restarts the log the wipe closed.
    ``prompts`` asks and tells, in the windows and here."""

    def __init__(
        self,
        app: QApplication,
        ctx: AppContext,
        lock: CampaignLock,
        prompts: Prompts,
        *,
        first_run: Callable[[AppContext, Prompts], FirstRunWizard] = FirstRunWizard,
        after_wipe: Callable[[AppContext], None] | None = None,
    ) -> None:
        super().__init__()
        self.app, self.ctx, self.lock, self.prompts = app, ctx, lock, prompts
        self.first_run = first_run
        self.after_wipe = after_wipe or self._restart_log
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.databases: list[Database] = []

    def show(self, database: Database) -> MainWindow:
        self.databases.append(database)
        window = MainWindow(self.ctx, database, self.prompts)
        window.campaign_wiped.connect(self.back_to_first_run, Qt.ConnectionType.QueuedConnection)
        self.window = window
        window.show()
        return window

    def back_to_first_run(self) -> None:
        window = self.window
        # The wiped campaign's counts must not stay on screen under the new-campaign
        # assistant: hidden, not closed, so that the app does not quit on its last window.
        if window is not None:
            window.hide()
        self.ctx.paths.ensure()
        try:
            self.lock.release()  # the wipe deleted the lock's file: lock the new one
            self.lock.acquire()
        except UserError as error:
            self.prompts.show_error(None, error)
            self._quit(window)
            return
        self.after_wipe(self.ctx)
        self.wizard = self.first_run(self.ctx, self.prompts)
        self.wizard.finished.connect(self._first_run_finished)
        self.wizard.open()

    def _first_run_finished(self, _result: int) -> None:
        old, wizard = self.window, self.wizard
        self.wizard = None
        database = wizard.database if wizard is not None else None
        if database is None:
            self._quit(old)
            return
        self.show(database)
        if old is not None:
            old.close()

    def _quit(self, window: MainWindow | None) -> None:
        if window is not None:
            window.close()
        self.window = None
        self.app.quit()

    def close_databases(self) -> None:
        for database in self.databases:
            database.close()

    def _restart_log(self, ctx: AppContext) -> None:
        install_excepthook(setup_logging(ctx.paths.log_dir), self.prompts)  # the wipe closed it
