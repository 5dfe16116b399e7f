"""Files the user hands to the app: an open-file dialog, or a file dropped on a window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from .prompts import Prompts


def ask_open_file(prompts: Prompts, parent: QWidget, title: str, filters: str) -> str:
    """An open dialog starting in the home folder; "" when cancelled."""
    return prompts.open_file(parent, title, filters, folder=str(Path.home()))


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first dropped local file, after accepting the event; None for anything else."""
    urls = event.mimeData().urls()
    if urls and urls[0].isLocalFile():
        event.acceptProposedAction()
        return Path(urls[0].toLocalFile())
    return None
