"""The export panel states the file's deadline and asks when less than 30 minutes are left."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.context import AppContext
from campagne_desktop.gui.jobs import JobRunner
from campagne_desktop.gui.widgets.batch_report import ExportPanel
from campagne_desktop.paths import AppPaths
from campagne_desktop.services import batches
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.conftest import Clock
from tests.services import test_batches
from tests.services.test_batches import ALLOWED

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 13, 19, 45, tzinfo=PARIS))  # Friday before the vote


@pytest.fixture
def ctx(data_dir, clock):
    return AppContext.build(AppPaths.under(data_dir), trust_keyring=True, clock=clock)


@pytest.fixture
def panel(qtbot, ctx, db, tmp_path, prompts):
    test_batches.make_campaign(db, tmp_path)
    created = batches.create_batch(UnitOfWork(db), "appel", actor="t", now=ALLOWED)
    runner = JobRunner()
    widget = ExportPanel(ctx, db, runner, prompts)
    qtbot.addWidget(widget)
    widget.set_batch(batches.get_batch(UnitOfWork(db), created.id))
    prompts.choose(tmp_path / "envoi.csv")
    yield widget
    runner.wait()


def test_declining_the_question_writes_nothing(qtbot, panel, tmp_path, prompts) -> None:
    prompts.answer(False)
    with qtbot.waitSignal(panel.refused, timeout=10_000):
        panel.export()
    asked = prompts.questions
    assert asked and "13/03/2026 20:00" in asked[0] and "15 min" in asked[0]
    assert not (tmp_path / "envoi.csv").exists()
    assert "no file was written" in panel.status.text()


def test_confirming_exports_and_states_the_deadline(qtbot, panel, tmp_path, prompts) -> None:
    prompts.answer(True)
    with qtbot.waitSignal(panel.exported, timeout=10_000):
        panel.export()
    assert (tmp_path / "envoi.csv").exists()
    assert "Send it before 13/03/2026 20:00 (mainland France)" in panel.status.text()
