"""The one way the gui runs work off the UI thread: a ``JobRunner`` starts ``Job``s.

A job's signals are emitted in the worker and queued to the UI thread. The runner keeps each job
(and so its signals object) alive until its last signal has been handled, cancels and waits for
running jobs when its owner closes, and turns errors into text in one place: a ``UserError``
gives its translated text, anything else is logged by type and code path (never its message,
which could quote a contact's data) and shows a generic sentence.

The service opens its own database session in the worker thread (one session per call);
the SQLite connections are created with ``check_same_thread=False`` for that reason.
"""

from __future__ import annotations

import logging
import threading
import traceback
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..domain.messages import QT_TRANSLATE_NOOP, ActionCancelledError, UserError
from .messages import translate_message, user_text

log = logging.getLogger("campagne_desktop")

UNEXPECTED = QT_TRANSLATE_NOOP(
    "messages",
    "Something went wrong. Your data is safe; the action was cancelled. "
    "The details are in the log file.",
)
CANCELLED_BEFORE_START = QT_TRANSLATE_NOOP("messages", "Cancelled: nothing was changed.")


class Progress:
    """What the work receives: ``progress(done)`` reports and answers "keep going?"; ``step``."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def __call__(self, done: int) -> bool:
        self._job.signals.progress.emit(done)
        return not self._job.cancel_requested

    def step(self, name: str) -> None:
        self._job.signals.step.emit(name)


# The work: called in the worker with a Progress (rows so far -> keep going?), returns the result.
Work = Callable[[Progress], Any]


class JobSignals(QObject):
    """Lives in the UI thread; signals emitted from the worker are queued to it."""

    progress = Signal(int)
    step = Signal(str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)


class Job(QRunnable):
    """Runs ``work`` once; ``cancel()`` makes the next progress call answer stop.

    Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted, then ``done`` is set.
    ``unexpected``: the text shown for an error that is not the user's (already translated).
    """

    def __init__(self, work: Work, unexpected: str | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its signals have been handled
        self.work = work
        self.unexpected = unexpected
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()
        self.handled = False  # its last signal reached the UI thread

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            if self._cancel.is_set():  # cancelled before it started: the work is never called
                raise ActionCancelledError(CANCELLED_BEFORE_START)
            result = self.work(Progress(self))
        except ActionCancelledError as error:
            self.signals.cancelled.emit(user_text(error))
        except UserError as error:
            self.signals.failed.emit(user_text(error))
        except Exception as error:  # shown to the user, logged without data
            frames = "".join(traceback.format_tb(error.__traceback__))
            log.error("Background job failed: %s\n%s", type(error).__name__, frames)
            self.signals.failed.emit(self.unexpected or translate_message(UNEXPECTED))
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


def _mark_handled(job: weakref.ref[Job], _value: object) -> None:
    alive = job()
    if alive is not None:
        alive.handled = True


class JobRunner(QObject):
    """Owns a thread pool; ``start`` runs a job, ``close`` cancels and waits for the running ones.

    ``threads=1`` runs jobs one after the other; ``keep_threads`` keeps the idle thread (and the
    database connection it opened) for the next job.
    """

    def __init__(
        self, parent: QObject | None = None, *, threads: int = 0, keep_threads: bool = False
    ) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if threads:
            self.pool.setMaxThreadCount(threads)
        if keep_threads:
            self.pool.setExpiryTimeout(-1)
        self.jobs: list[Job] = []

    def start(
        self,
        work: Work,
        *,
        on_finished: Callable[[Any], object] | None = None,
        on_failed: Callable[[str], object] | None = None,
        on_cancelled: Callable[[str], object] | None = None,
        on_progress: Callable[[int], object] | None = None,
        on_step: Callable[[str], object] | None = None,
        connect: Callable[[Job], object] | None = None,
        unexpected: str | None = None,
    ) -> Job:
        """Start ``work`` with its handlers connected first: a quick job cannot end unheard."""
        job = Job(work, unexpected)
        signals = job.signals
        for signal, handler in (
            (signals.finished, on_finished),
            (signals.failed, on_failed),
            (signals.cancelled, on_cancelled),
            (signals.progress, on_progress),
            (signals.step, on_step),
        ):
            if handler is not None:
                signal.connect(handler)
        if connect is not None:
            connect(job)
        # Connected last, so it runs after the owner's handlers; the job is dropped later. A weak
        # reference: the slot must not keep its own job alive (a cycle through Qt never freed).
        signals.finished.connect(partial(_mark_handled, weakref.ref(job)))
        signals.failed.connect(partial(_mark_handled, weakref.ref(job)))
        signals.cancelled.connect(partial(_mark_handled, weakref.ref(job)))
        self.jobs = [j for j in self.jobs if not j.handled] + [job]
        self.pool.start(job)
        return job

    @property
    def running(self) -> bool:
        return any(not job.done.is_set() for job in self.jobs)

    def cancel_all(self) -> None:
        for job in self.jobs:
            job.cancel()

    def wait(self) -> None:
        """Block until no job runs (closing, and tests); their signals are still queued."""
        self.pool.waitForDone()

    def close(self) -> None:
        """The owner closes: nothing may keep running behind it."""
        self.cancel_all()
        self.wait()
