"""The window's paths with no keyring, an insecure one and a secure one: start-up, the main
window, the demo's wipe; and a wipe step that fails, finished from the Fin de campagne page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from campagne_desktop.context import AppContext
from campagne_desktop.gui import app as gui_app
from campagne_desktop.gui.main_window import MainWindow
from campagne_desktop.gui.pages.end_of_campaign import EndOfCampaignPage
from campagne_desktop.paths import AppPaths
from campagne_desktop.services.campaign import DATABASE_KEY_NAME, key_mode
from campagne_desktop.services.demo import create_demo
from campagne_desktop.services.wipe import pending_wipe
from tests.conftest import PASSPHRASE
from tests.fake_keyring import RefusingDeleteKeyring, SecureKeyring


def demo_campaign(data_dir) -> AppContext:
    """The demonstration campaign, with its key wherever this machine's keyring allows."""
    ctx = AppContext.build(AppPaths.under(data_dir), ask_passphrase=lambda _p: PASSPHRASE)
    create_demo(ctx)
    return ctx


def wipe_from_the_page(qtbot, page: EndOfCampaignPage, certificate) -> None:
    page.certificate.setText(str(certificate))
    qtbot.keyClicks(page.confirmation, page.candidate)
    qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=60000)  # finished or failed
    page.runner.wait()


@pytest.mark.slow
def test_demo_wipe_in_the_window(qtbot, keyring_situation, data_dir, tmp_path, prompts) -> None:
    ctx = demo_campaign(data_dir)
    expected = "keyring" if keyring_situation == "secure" else "passphrase"
    assert key_mode(ctx).value == expected
    db = gui_app.open_or_create(ctx, prompts)
    assert db is not None
    window = MainWindow(ctx, db, prompts)
    qtbot.addWidget(window)
    window.campaign_wiped.connect(window.close)  # as the app does
    window.show()
    qtbot.waitExposed(window)
    page = window.findChild(EndOfCampaignPage)
    # As a user does: the window has settled (pages filled their lists) before the wipe.
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    qtbot.wait(200)
    certificate = tmp_path / "kept" / "certificate.pdf"
    wipe_from_the_page(qtbot, page, certificate)
    assert "Everything was destroyed" in page.status.text()
    assert prompts.opened and prompts.opened[0].toLocalFile() == str(certificate)
    assert certificate.exists() and not data_dir.exists()
    assert SecureKeyring.entries() == {}


def test_a_failed_step_offers_to_finish_the_wipe(
    qtbot, monkeypatch, data_dir, tmp_path, prompts
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fake_keyring.SecureKeyring")
    ctx = demo_campaign(data_dir)
    db = gui_app.open_or_create(ctx, prompts)
    ctx.secrets.keyring.backend = RefusingDeleteKeyring()  # e.g. a keyring locked meanwhile
    page = EndOfCampaignPage(ctx, db, prompts)
    qtbot.addWidget(page)
    page.show()
    assert not page.resume_button.isVisible()
    wipe_from_the_page(qtbot, page, tmp_path / "certificate.pdf")
    text = page.status.text()
    assert "removing the database key" in text and "campagne wipe --resume" in text
    assert str(ctx.paths.database) in text
    assert pending_wipe(ctx) and page.resume_button.isVisible()
    assert not page.wipe_button.isEnabled()

    ctx.secrets.keyring.backend = SecureKeyring()  # unlocked again
    with qtbot.waitSignal(page.wiped, timeout=60000):
        qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    page.runner.wait()
    assert not page.resume_button.isVisible()
    assert not data_dir.exists() and ctx.secrets.get(DATABASE_KEY_NAME) is None


def test_start_up_offers_to_retry_an_interrupted_wipe(
    qtbot, monkeypatch, data_dir, tmp_path, prompts
):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fake_keyring.SecureKeyring")
    ctx = demo_campaign(data_dir)
    db = gui_app.open_or_create(ctx, prompts)
    ctx.secrets.keyring.backend = RefusingDeleteKeyring()
    page = EndOfCampaignPage(ctx, db, prompts)
    qtbot.addWidget(page)
    wipe_from_the_page(qtbot, page, tmp_path / "certificate.pdf")
    assert pending_wipe(ctx)

    prompts.answer(True, False)  # Retry, then Close
    assert gui_app.finish_interrupted_wipe(ctx, prompts) == (False, None)  # still refused
    shown = [asked.text for asked in prompts.asked if asked.kind == "ask_retry"]
    assert len(shown) == 2 and all("--resume" in text for text in shown)
    ctx.secrets.keyring.backend = SecureKeyring()
    resumed, report = gui_app.finish_interrupted_wipe(ctx, prompts)
    assert resumed and report is not None and report.verification.ok
    assert not data_dir.exists()


@pytest.mark.slow
def test_the_app_starts_with_no_keyring(qtbot, monkeypatch, data_dir, prompts) -> None:
    """``campagne-desktop`` on a machine without any keyring: passphrase, then the window."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    demo_campaign(data_dir)
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
    assert gui_app.main(["--data-dir", str(data_dir)], prompts) == 0
    assert len(shown) == 1 and shown[0].isVisible()


def test_first_run_creates_the_campaign(qtbot, keyring_situation, data_dir, prompts) -> None:
    """The first-run assistant, then the window's own open, in each keyring situation."""
    from campagne_desktop.gui.wizards.first_run import FirstRunWizard
    from tests.gui.wizards.test_first_run import fill

    ctx = AppContext.build(AppPaths.under(data_dir), ask_passphrase=lambda _p: PASSPHRASE)
    wizard = FirstRunWizard(ctx, prompts)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    fill(wizard.form)
    wizard.next()
    security = wizard.currentPage().findChildren(type(wizard.form.errors))
    explained = " ".join(label.text() for label in security)
    assert ("passphrase" in explained) == (keyring_situation != "secure")
    wizard.accept()
    assert wizard.database is not None
    wizard.database.close()
    expected = "keyring" if keyring_situation == "secure" else "passphrase"
    assert key_mode(ctx).value == expected
    reopened = gui_app.open_or_create(ctx, prompts)
    assert reopened is not None
    reopened.close()
