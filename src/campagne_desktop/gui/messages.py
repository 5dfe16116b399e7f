"""Errors in people's words: translated, no tracebacks for their mistakes, a log for ours.

Shown through the one ``Prompts`` object (gui/prompts.py)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..domain.messages import MESSAGE_CONTEXT, UserError, words

if TYPE_CHECKING:
    from .prompts import Prompts

log = logging.getLogger("campagne_desktop")
LOG_HANDLER = "campagne-desktop-log"


def translate_message(key: str, count: int = -1) -> str:
    """A message key in the interface language; with ``count``, its plural form (Qt writes the
    number where the key says %Ln)."""
    return QCoreApplication.translate(MESSAGE_CONTEXT, key, None, count)


def message_text(key: str, params: Mapping[str, Any]) -> str:
    """A message key with its parameters, in the interface language (plural keys included)."""
    return words(key, params, translate_message).format(**params)


def user_text(error: UserError) -> str:
    return error.render(translate_message)


def setup_logging(log_dir: Path) -> Path:
    """Log warnings and crashes to a file (never personal data: we log no values)."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "campagne-desktop.log"
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))  # owner-only from birth
    root = logging.getLogger()
    # One log file at a time: after a wipe the new campaign's log replaces the old one, which
    # would otherwise get every line twice (and stay open).
    for old in [h for h in root.handlers if h.get_name() == LOG_HANDLER]:
        root.removeHandler(old)
        old.close()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.set_name(LOG_HANDLER)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    path.chmod(0o600)
    return path


def install_excepthook(log_path: Path, prompts: Prompts) -> None:
    """An unexpected error is logged and shown in a dialog that offers the log."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, UserError):
            prompts.show_error(None, value)
            return
        # Only the code path goes in the log, not the message: it could quote a contact's data.
        frames = "".join(traceback.format_tb(tb))
        log.error("Unexpected error %s\n%s", kind.__name__, frames)
        prompts.report_crash(log_path.parent)

    sys.excepthook = hook
