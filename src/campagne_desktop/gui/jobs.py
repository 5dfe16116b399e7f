"""Long service calls off the UI thread: a QRunnable with progress, cancel and result signals.

The service opens its own database session in the worker thread (one session per call);
the SQLite connections are created with ``check_same_thread=False`` for that reason.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from ..domain.messages import UserError
from ..services.contact_import import ImportCancelledError
from .messages import user_text

log = logging.getLogger("campagne_desktop")

# The work: called with a progress callback (rows so far -> keep going?), returns the result.
Work = Callable[[Callable[[int], bool]], Any]


class JobSignals(QObject):
    """Lives in the UI thread; signals emitted from the worker are queued to it."""

    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)


class Job(QRunnable):
    """Runs ``work`` once in a thread pool; ``cancel()`` makes the next progress call say stop."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until its signals have been handled
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, rows: int) -> bool:
        self.signals.progress.emit(rows)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            if self._cancel.is_set():
                raise ImportCancelledError(
                    "Import cancelled: nothing was imported."  # the service's own key
                )
            result = self.work(self._progress)
        except ImportCancelledError as error:
            self.signals.cancelled.emit(user_text(error))
        except UserError as error:
            self.signals.failed.emit(user_text(error))
        except Exception as error:  # shown to the user, logged without data
            # The code path only: the message could quote a contact's data.
            frames = "".join(traceback.format_tb(error.__traceback__))
            log.error("Background job failed: %s\n%s", type(error).__name__, frames)
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "messages",
                    "Something went wrong. Your data is safe; the action was cancelled. "
                    "The details are in the log file.",
                )
            )
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()
