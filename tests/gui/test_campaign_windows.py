"""After a wipe from the End of campaign page, the wiped campaign's window hides and the
new-campaign assistant shows; the new campaign then opens in its own window.

The assistant opens without a nested event loop: a modal ``exec()`` started from the wipe's
queued signal used to block whoever waited for it (this test's ``waitUntil`` never got its turn
back), which is why an earlier version of this test hung."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from campagne_desktop.gui.campaign_windows import CampaignWindows
from campagne_desktop.gui.main_window import MainWindow
from campagne_desktop.gui.startup import _AfterPaint
from campagne_desktop.gui.wizards.first_run import FirstRunWizard
from campagne_desktop.storage.errors import CampaignBusyError
from campagne_desktop.storage.lock import CampaignLock
from tests.gui.wizards.test_first_run import fill

WAIT_MS = 30000


class QuitRecorder:
    """Stands for the QApplication: the test's one application must not quit."""

    def __init__(self) -> None:
        self.quits = 0

    def quit(self) -> None:
        self.quits += 1


@pytest.fixture
def no_message_boxes(monkeypatch) -> list[str]:
    """A message box would wait for a click nobody makes: record it and go on instead."""
    shown: list[str] = []

    def record(_parent, _title, text, *_args):
        shown.append(text)
        return QMessageBox.StandardButton.Close

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


@pytest.fixture
def held_lock(ctx) -> Iterator[CampaignLock]:
    lock = CampaignLock(ctx.paths.lock_file, wait=0)
    lock.acquire()
    yield lock
    lock.release()


def wipe_through_the_page(qtbot, window: MainWindow, tmp_path) -> None:
    page = window.end_page
    opened: list[object] = []
    page.open_url = opened.append  # the certificate is not opened in a viewer here
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    # As a user does: the pages have filled their lists (after the first paint) before the
    # wipe; a read after it would create an empty database file again.
    qtbot.waitUntil(lambda: not window.findChildren(_AfterPaint), timeout=WAIT_MS)
    page.certificate.setText(str(tmp_path / "kept" / "certificat.pdf"))
    qtbot.keyClicks(page.confirmation, "Marie Exemple")
    with qtbot.waitSignal(window.campaign_wiped, timeout=WAIT_MS):
        qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
    page.pool.waitForDone()
    assert len(opened) == 1


def start(qtbot, ctx, db, lock) -> tuple[CampaignWindows, MainWindow, QuitRecorder, list]:
    app = QuitRecorder()
    wizards: list[FirstRunWizard] = []
    restarted: list[object] = []

    def first_run(context) -> FirstRunWizard:
        wizard = FirstRunWizard(context)
        qtbot.addWidget(wizard)
        wizards.append(wizard)
        return wizard

    session = CampaignWindows(
        app,  # type: ignore[arg-type]
        ctx,
        lock,
        first_run=first_run,
        after_wipe=restarted.append,  # the real one installs a modal excepthook
    )
    window = session.show(db)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return session, window, app, wizards


def test_after_a_wipe_the_window_hides_and_the_assistant_shows(
    qtbot, ctx, db, held_lock, tmp_path, no_message_boxes
) -> None:
    session, window, app, wizards = start(qtbot, ctx, db, held_lock)
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
    assert app.quits == 0 and no_message_boxes == []
    session.close_databases()


def test_cancelling_the_assistant_after_a_wipe_quits(
    qtbot, ctx, db, held_lock, tmp_path, no_message_boxes
) -> None:
    session, window, app, wizards = start(qtbot, ctx, db, held_lock)
    wipe_through_the_page(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: bool(wizards) and wizards[0].isVisible(), timeout=WAIT_MS)
    wizards[0].reject()
    assert app.quits == 1 and session.window is None
    assert not window.isVisible() and not ctx.paths.database.exists()
    assert no_message_boxes == []


def test_the_app_itself_goes_back_to_the_first_run_after_the_demo_is_wiped(
    qtbot, monkeypatch, tmp_path, no_message_boxes
) -> None:
    import logging
    import sys

    from PySide6.QtCore import QTimer
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
            page.open_url = lambda _url: True
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
    assert gui_app.main(["--demo"]) == 0
    assert seen["window hidden"] is True
    assert not visible(MainWindow) and not visible(FirstRunWizard)
    assert not seen["folder"].exists()  # type: ignore[union-attr]
    assert (tmp_path / "kept" / "certificat.pdf").exists() and no_message_boxes == []
