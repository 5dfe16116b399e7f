"""The export's deadline on screen, and the question asked when little time is left."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.export_deadline import deadline_text
from ..messages import translate_message
from ..prompts import Prompts


@dataclass(frozen=True)
class CloseToDeadline:
    """An export held back: less than 30 minutes are left to send the file."""

    message: str  # the translated explanation, with the deadline


def ask_to_export_late(prompts: Prompts, parent: QWidget, message: str) -> bool:
    """Yes exports anyway; the default answer is No."""
    title = QCoreApplication.translate("ExportPanel", "Little time left to send")
    return prompts.ask(parent, title, message, default_yes=False)


def deadline_sentence(deadline: datetime, timezone: str) -> str:
    return QCoreApplication.translate(
        "ExportPanel",
        "Send it before {deadline}: after that, sending hours end or the electoral silence "
        "begins for some of its recipients.",
    ).format(deadline=deadline_text(deadline, timezone, translate_message))
