"""Files dropped on a window: accept only a local file, and hand over its path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first dropped local file, after accepting the event; None for anything else."""
    urls = event.mimeData().urls()
    if urls and urls[0].isLocalFile():
        event.acceptProposedAction()
        return Path(urls[0].toLocalFile())
    return None
