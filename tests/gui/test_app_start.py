"""Starting the window on a busy, half or mistyped campaign: a message, never a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from campagne_desktop.gui import app as gui_app
from campagne_desktop.gui.main_window import MainWindow
from campagne_desktop.services.campaign import create_campaign
from campagne_desktop.storage import lock as lock_module
from campagne_desktop.storage.lock import CampaignLock
from tests.conftest import sample_profile


@pytest.fixture
def warnings_shown(prompts) -> list[str]:
    return prompts.notices


@pytest.fixture
def no_event_loop(monkeypatch, qtbot) -> list[MainWindow]:
    shown: list[MainWindow] = []

    def run_event_loop(_app) -> int:
        shown.extend(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()  # not those of earlier tests
        )
        for window in shown:
            qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    return shown


def test_a_busy_campaign_is_said(
    qtbot, ctx, data_dir, monkeypatch, warnings_shown, prompts
) -> None:
    create_campaign(ctx, sample_profile()).close()
    monkeypatch.setattr(lock_module, "WAIT_SECONDS", 0.2)
    with CampaignLock(ctx.paths.lock_file):  # another window or a command that writes
        assert gui_app.main(["--data-dir", str(data_dir)], prompts) == 1
    assert len(warnings_shown) == 1 and "in use by another window" in warnings_shown[0]


def test_the_window_holds_the_lock_while_open(
    qtbot, ctx, data_dir, no_event_loop, warnings_shown, prompts
) -> None:
    create_campaign(ctx, sample_profile()).close()
    held_during: list[bool] = []
    real_exec = QApplication.exec

    def check_lock(app) -> int:
        probe = CampaignLock(ctx.paths.lock_file, wait=0)
        try:
            probe.acquire()
            probe.release()
            held_during.append(False)
        except Exception:
            held_during.append(True)
        return real_exec(app)

    QApplication.exec = check_lock  # undone by monkeypatch in no_event_loop
    assert gui_app.main(["--data-dir", str(data_dir)], prompts) == 0
    assert held_during == [True] and len(no_event_loop) == 1
    with CampaignLock(ctx.paths.lock_file, wait=0):  # released at exit
        pass


def test_a_missing_database_is_said_not_replaced(
    qtbot, ctx, data_dir, warnings_shown, prompts
) -> None:
    create_campaign(ctx, sample_profile()).close()
    ctx.paths.database.unlink()
    assert gui_app.main(["--data-dir", str(data_dir)], prompts) == 1
    assert "no database (campagne.db)" in warnings_shown[0]
    assert not ctx.paths.database.exists()


def test_a_data_dir_that_is_a_file(qtbot, tmp_path, warnings_shown, prompts) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mes notes", encoding="utf-8")
    assert gui_app.main(["--data-dir", str(a_file)], prompts) == 1
    assert "is a file, not a folder" in warnings_shown[0]
