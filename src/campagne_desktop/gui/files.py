"""Files the user hands to the app: an open-file dialog, or a file dropped on a window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

# Asks for a file to read; "" when cancelled. Pages take one so tests can answer for the user.
FileChooser = Callable[[QWidget], str]


def ask_open_file(parent: QWidget, title: str, filters: str) -> str:
    """A native open dialog starting in the home folder; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first dropped local file, after accepting the event; None for anything else."""
    urls = event.mimeData().urls()
    if urls and urls[0].isLocalFile():
        event.acceptProposedAction()
        return Path(urls[0].toLocalFile())
    return None
