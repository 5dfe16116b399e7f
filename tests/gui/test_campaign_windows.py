"""After a wipe from the End of campaign page, the wiped campaign's window hides and the
new-campaign assistant shows; the new campaign then opens in its own window.

The assistant opens without a nested event loop: a modal ``exec()`` started from the wipe's
queued signal used to block whoever waited for it (this test's ``waitUntil`` never got its turn
back), which is why an earlier version of this test hung."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from campagne_desktop.gui.campaign_windows import CampaignWindows
from campagne_desktop.gui.main_window import MainWindow
from campagne_desktop.gui.startup import _AfterPaint
from campagne_desktop.gui.wizards.first_run import FirstRunWizard
from campagne_desktop.storage.errors import CampaignBusyError
from campagne_desktop.storage.lock import CampaignLock
from tests.gui.fakes import ScriptedPrompts
from tests.gui.wizards.test_first_run import fill

WAIT_MS = 30000


class QuitRecorder:
    """Stands for the QApplication: the test's one application must not quit."""

    def __init__(self) -> None:
        self.quits = 0

    def quit(self) -> None:
        self.quits += 1


def nothing_shown(prompts: ScriptedPrompts) -> bool:
    """No question was asked and no notice shown (a question nobody scripted fails at once)."""
    return prompts.asked == [] and prompts.notices == []


@pytest.fixture
def held_lock(ctx) -> Iterator[CampaignLock]:
    lock = CampaignLock(ctx.paths.lock_file, wait=0)
    lock.acquire()
    yield lock
    lock.release()


def wipe_through_the_page(qtbot, window: MainWindow, tmp_path) -> None:
    page = window.end_page
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    # As a user does: the pages have filled their lists (after the first paint) before the
    # wipe; a read after it would create an empty database file again.
    qtbot.waitUntil(lambda: not window.findChildren(_AfterPaint), timeout=WAIT_MS)
    page.certificate.setText(str(tmp_path / "kept" / "certificat.pdf"))
    qtbot.keyClicks(page.confirmation, "Marie Exemple")
    with qtbot.waitSignal(window.campaign_wiped, timeout=WAIT_MS):
        qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
    page.runner.wait()
    assert len(page.prompts.opened) == 1  # the certificate (recorded, not shown in a viewer)


def start(qtbot, ctx, db, lock, prompts) -> tuple[CampaignWindows, MainWindow, QuitRecorder, list]:
    app = QuitRecorder()
    wizards: list[FirstRunWizard] = []
    restarted: list[object] = []

    def first_run(context, asks) -> FirstRunWizard:
        wizard = FirstRunWizard(context, asks)
        qtbot.addWidget(wizard)
        wizards.append(wizard)
        return wizard

    session = CampaignWindows(
        app,  # type: ignore[arg-type]
        ctx,
        lock,
        prompts,
        first_run=first_run,
        after_wipe=restarted.append,  # the real one installs a modal excepthook
    )
    window = session.show(db)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return session, window, app, wizards


def test_after_a_wipe_the_window_hides_and_the_assistant_shows(
    qtbot, ctx, db, held_lock, tmp_path, prompts
) -> None:
    session, window, app, wizards = start(qtbot, ctx, db, held_lock, prompts)
    wipe_through_the_page(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: bool(wizards) and wizards[0].isVisible(), timeout=WAIT_MS)
    assert not window.isVisible()
    assert session.wizard is wizards[0] and not wizards[0].database
    with pytest.raises(CampaignBusyError):  # the new campaign's folder is locked already
        CampaignLock(ctx.paths.lock_file, wait=0).acquire()

    wizard = wizards[0]
    wizard.next()
    fill(wizard.form)
    wizard.next()
    wizard.accept()
    new_window = session.window
    assert isinstance(new_window, MainWindow) and new_window is not window
    qtbot.addWidget(new_window)
    assert new_window.isVisible() and not window.isVisible()
    assert "Camille Exemple" in new_window.dashboard.heading.text()
    assert app.quits == 0 and nothing_shown(prompts)
    session.close_databases()


def test_cancelling_the_assistant_after_a_wipe_quits(
    qtbot, ctx, db, held_lock, tmp_path, prompts
) -> None:
    session, window, app, wizards = start(qtbot, ctx, db, held_lock, prompts)
    wipe_through_the_page(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: bool(wizards) and wizards[0].isVisible(), timeout=WAIT_MS)
    wizards[0].reject()
    assert app.quits == 1 and session.window is None
    assert not window.isVisible() and not ctx.paths.database.exists()
    assert nothing_shown(prompts)


def test_the_app_itself_goes_back_to_the_first_run_after_the_demo_is_wiped(
    qtbot, monkeypatch, tmp_path, prompts
) -> None:
    import logging
    import sys

    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from campagne_desktop.gui import app as gui_app

    # The app installs its crash dialog and log file; they end with this test.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(logging.getLogger(), "handlers", list(logging.getLogger().handlers))
    seen: dict[str, object] = {}

    def visible(kind):
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def drive() -> None:
        try:
            (window,) = visible(MainWindow)
            seen["folder"] = window.ctx.paths.data_dir
            page = window.end_page
            window.navigation.setCurrentRow(window.pages.indexOf(page))
            qtbot.waitUntil(lambda: not window.findChildren(_AfterPaint), timeout=WAIT_MS)
            page.certificate.setText(str(tmp_path / "kept" / "certificat.pdf"))
            page.confirmation.setText("Camille Exemple")
            qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(visible(FirstRunWizard)), timeout=WAIT_MS)
            seen["window hidden"] = not window.isVisible()
            visible(FirstRunWizard)[0].reject()  # cancelled: the app quits
        except BaseException:
            QApplication.quit()  # never a test that hangs: main() returns, the asserts say why
            raise

    QTimer.singleShot(0, drive)
    assert gui_app.main(["--demo"], prompts) == 0
    # The window's last close asked to quit too: that Quit event is still posted, and would end
    # the next test's wait at once (the real app exits here anyway).
    QApplication.removePostedEvents(None, QEvent.Type.Quit)
    assert seen["window hidden"] is True
    assert not visible(MainWindow) and not visible(FirstRunWizard)
    assert not seen["folder"].exists()  # type: ignore[union-attr]
    assert (tmp_path / "kept" / "certificat.pdf").exists() and nothing_shown(prompts)
    assert len(prompts.opened) == 1  # the certificate, in the system's viewer
