"""Every question, notice and file picker the window shows, behind one object.

``app.py`` makes one ``Prompts`` and hands it down (main window → pages → wizards → dialogs);
tests hand a scripted fake instead, which records what was asked and answers as told. Nothing
else in ``gui/`` calls ``QMessageBox``, ``QFileDialog`` or ``QDesktopServices`` (a test says so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.messages import UserError
from .messages import user_text

Buttons = QMessageBox.StandardButton


def app_title() -> str:
    return QCoreApplication.translate("messages", "Campagne Desktop")


class Prompts:
    """The Qt dialogs. Every method blocks until the person answers; "" means cancelled."""

    # -- questions ---------------------------------------------------------------------------
    def ask(
        self, parent: QWidget | None, title: str, question: str, *, default_yes: bool = True
    ) -> bool:
        """Yes or No; ``default_yes=False`` when Yes does something that cannot be undone."""
        default = Buttons.Yes if default_yes else Buttons.No
        answer = QMessageBox.question(parent, title, question, Buttons.Yes | Buttons.No, default)
        return answer == Buttons.Yes

    def ask_discard(self, parent: QWidget | None, title: str, question: str) -> bool:
        """Discard or Cancel (Cancel by default): for deleting something the person made."""
        answer = QMessageBox.question(
            parent, title, question, Buttons.Discard | Buttons.Cancel, Buttons.Cancel
        )
        return answer == Buttons.Discard

    def ask_open(self, parent: QWidget | None, title: str, question: str) -> bool:
        """Open (the default) or Cancel: for showing something that already exists."""
        answer = QMessageBox.question(
            parent, title, question, Buttons.Open | Buttons.Cancel, Buttons.Open
        )
        return answer == Buttons.Open

    def ask_retry(self, parent: QWidget | None, text: str) -> bool:
        """A failure worth trying again: Retry (the default) or Close."""
        answer = QMessageBox.warning(
            parent, app_title(), text, Buttons.Retry | Buttons.Close, Buttons.Retry
        )
        return answer == Buttons.Retry

    # -- notices -----------------------------------------------------------------------------
    def warn(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        QMessageBox.warning(parent, title or app_title(), text)

    def inform(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        QMessageBox.information(parent, title or app_title(), text)

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)

    def show_error(self, parent: QWidget | None, error: UserError) -> None:
        """A mistake the person can fix: its translated text, never a traceback."""
        self.warn(parent, user_text(error))

    def report_crash(self, log_folder: Path) -> None:
        """Our mistake: say the data is safe, and offer the folder of the log."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            app_title(),
            QCoreApplication.translate(
                "messages",
                "Something went wrong. Your data is safe; the action was cancelled. "
                "The details are in the log file.",
            ),
        )
        open_log = box.addButton(
            QCoreApplication.translate("messages", "Open the log folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(Buttons.Close)
        box.exec()
        if box.clickedButton() is open_log:
            self.open_url(QUrl.fromLocalFile(str(log_folder)))

    # -- files and links ---------------------------------------------------------------------
    def open_file(self, parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
        """The chosen file's path, or "" when cancelled."""
        return QFileDialog.getOpenFileName(parent, title, folder, filters)[0]

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        """Where to write (the dialog asked before replacing a file), or "" when cancelled."""
        return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]

    def open_url(self, url: QUrl) -> bool:
        """A file or a web page in the system's viewer."""
        return QDesktopServices.openUrl(url)
