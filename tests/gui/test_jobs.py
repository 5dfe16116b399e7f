"""The one background-jobs runner: results, errors in one place, cancel, and closing owners."""

from __future__ import annotations

import gc
import logging
import threading

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from campagne_desktop.domain.messages import ActionCancelledError, UserError
from campagne_desktop.gui.jobs import CANCELLED_BEFORE_START, UNEXPECTED, JobRunner, Progress

PHONE = "06 12 34 56 78"


@pytest.fixture
def runner(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    jobs = JobRunner(owner)
    yield jobs
    jobs.close()


def test_finished_delivers_the_result_and_steps_in_order(qtbot, runner) -> None:
    heard: list[object] = []

    def work(progress: Progress) -> int:
        progress.step("reading")
        progress(10)
        progress.step("writing")
        return 42

    with qtbot.waitSignal(runner.start(work).signals.finished, timeout=5000) as finished:
        pass
    assert finished.args == [42]
    job = runner.start(
        work,
        on_step=lambda name: heard.append(name),
        on_progress=lambda done: heard.append(done),
        on_finished=lambda result: heard.append(("result", result)),
    )
    qtbot.waitUntil(lambda: job.handled, timeout=5000)
    assert heard == ["reading", 10, "writing", ("result", 42)]


def test_a_user_error_gives_its_text(qtbot, runner) -> None:
    def work(_progress: Progress) -> None:
        raise UserError("The file {name} is empty.", name="a.csv")

    failed: list[str] = []
    job = runner.start(work, on_failed=failed.append, on_finished=lambda _r: pytest.fail("no"))
    qtbot.waitUntil(lambda: job.handled, timeout=5000)
    assert failed == ["The file a.csv is empty."]


def test_an_unexpected_error_is_logged_by_type_without_its_data(qtbot, runner, caplog) -> None:
    def work(_progress: Progress) -> None:
        raise ValueError(f"bad number {PHONE}")

    failed: list[str] = []
    with caplog.at_level(logging.ERROR, logger="campagne_desktop"):
        job = runner.start(work, on_failed=failed.append)
        qtbot.waitUntil(lambda: job.handled, timeout=5000)
    assert failed == [UNEXPECTED]
    assert "ValueError" in caplog.text and "test_jobs.py" in caplog.text  # the code path
    assert PHONE not in caplog.text
    # A caller whose action cannot be said to be "safe" gives its own sentence.
    job = runner.start(work, on_failed=failed.append, unexpected="The wipe stopped.")
    qtbot.waitUntil(lambda: job.handled, timeout=5000)
    assert failed[-1] == "The wipe stopped."


def test_cancel_stops_the_work_at_its_next_progress(qtbot, runner) -> None:
    started = threading.Event()
    rows: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for done in range(1, 10_000):
            rows.append(done)
            if not progress(done):
                raise ActionCancelledError("Stopped.")
            threading.Event().wait(0.001)
        pytest.fail("never cancelled")

    cancelled: list[str] = []
    job = runner.start(work, on_cancelled=cancelled.append)
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: job.handled, timeout=5000)
    assert cancelled == ["Stopped."] and len(rows) < 9_999


def test_a_job_cancelled_before_it_starts_never_calls_its_work(qtbot, qapp) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = JobRunner(owner, threads=1)
    release = threading.Event()
    runner.start(lambda _p: release.wait(5))  # holds the only thread
    called: list[bool] = []
    cancelled: list[str] = []
    waiting = runner.start(lambda _p: called.append(True), on_cancelled=cancelled.append)
    waiting.cancel()
    release.set()
    qtbot.waitUntil(lambda: waiting.handled, timeout=5000)
    assert cancelled == [CANCELLED_BEFORE_START] and not called
    runner.close()


class _Owner(QWidget):
    """A window that runs a job and closes while it runs, as a wizard the user closes."""

    def __init__(self) -> None:
        super().__init__()
        self.runner = JobRunner(self)
        self.results: list[object] = []

    def go(self, release: threading.Event) -> None:
        self.runner.start(lambda _p: release.wait(5) and "done", on_finished=self.results.append)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.close()
        super().closeEvent(event)


def test_signals_reach_a_closed_owner_without_a_qt_warning(qtbot) -> None:
    owner = _Owner()
    qtbot.addWidget(owner)
    release = threading.Event()
    owner.go(release)  # the caller keeps no reference to the job: the runner does
    gc.collect()
    assert owner.runner.running and len(owner.runner.jobs) == 1
    threading.Timer(0.05, release.set).start()
    owner.close()  # waits for the job
    assert not owner.runner.running
    gc.collect()
    qtbot.waitUntil(lambda: owner.results == ["done"], timeout=5000)
    # The next job drops the handled one.
    owner.runner.start(lambda _p: None)
    assert len(owner.runner.jobs) == 1
    owner.runner.wait()
