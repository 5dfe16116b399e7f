from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QUrl

from campagne_desktop.gui.pages.end_of_campaign import EndOfCampaignPage
from campagne_desktop.services.campaign import DATABASE_KEY_NAME
from campagne_desktop.services.wipe import pending_wipe
from tests.gui.fakes import ScriptedPrompts
from tests.services.test_wipe import assert_wiped, populate_campaign


@pytest.fixture
def full(ctx, db, tmp_path):
    return populate_campaign(ctx, db, tmp_path)


def make_page(qtbot, ctx, db) -> tuple[EndOfCampaignPage, ScriptedPrompts]:
    prompts = ScriptedPrompts()
    page = EndOfCampaignPage(ctx, db, prompts)
    qtbot.addWidget(page)
    page.show()
    return page, prompts


def test_shows_live_counts_and_files(qtbot, ctx, db, full) -> None:
    page, _ = make_page(qtbot, ctx, db)
    assert page.count_labels["contacts"].text() == "3"
    assert page.count_labels["opt_outs"].text() == "1"
    assert page.count_labels["messages"].text() == "2"
    assert page.count_labels["keyring_entries"].text() == "2"
    shown = [page.files_list.item(i).text() for i in range(page.files_list.count())]
    assert str(ctx.paths.database) in shown
    assert all(str(p) in shown for p in full.exports)
    assert "Marie Exemple" in page.confirm_prompt.text()


def test_button_enabled_only_by_the_exact_name(qtbot, ctx, db, full) -> None:
    page, _ = make_page(qtbot, ctx, db)
    assert not page.wipe_button.isEnabled()
    qtbot.keyClicks(page.confirmation, "marie exemple")
    assert not page.wipe_button.isEnabled()
    page.confirmation.clear()
    qtbot.keyClicks(page.confirmation, "Marie Exempl")
    assert not page.wipe_button.isEnabled()
    qtbot.keyClicks(page.confirmation, "e ")
    assert page.wipe_button.isEnabled()
    page.confirmation.setText("Marie Exemple!")
    assert not page.wipe_button.isEnabled()


def test_wipe_runs_emits_and_opens_the_certificate(qtbot, ctx, db, full, tmp_path) -> None:
    page, prompts = make_page(qtbot, ctx, db)
    certificate = tmp_path / "kept" / "certificat.pdf"
    page.certificate.setText(str(certificate))
    qtbot.keyClicks(page.confirmation, "Marie Exemple")
    with qtbot.waitSignal(page.wiped, timeout=30000) as signal:
        qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
    page.runner.wait()
    assert signal.args == [str(certificate)]
    assert prompts.opened == [QUrl.fromLocalFile(str(certificate))]
    assert certificate.exists()
    assert page.progress.value() == page.progress.maximum()
    assert "Everything was destroyed" in page.status.text()
    assert not page.wipe_button.isEnabled() and not page.confirmation.isEnabled()
    assert_wiped(ctx, full)


def test_certificate_inside_the_campaign_folder_is_refused(qtbot, ctx, db, full) -> None:
    page, prompts = make_page(qtbot, ctx, db)
    page.certificate.setText(str(ctx.paths.data_dir / "c.pdf"))
    page.confirmation.setText("Marie Exemple")
    qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
    page.runner.wait()
    assert "inside the campaign's folders" in page.status.text()
    assert not page.running and not pending_wipe(ctx)
    assert ctx.secrets.get(DATABASE_KEY_NAME) is not None
    assert prompts.opened == []


def test_ledger_and_audit_summary_saved_first(qtbot, ctx, db, full, tmp_path) -> None:
    page, prompts = make_page(qtbot, ctx, db)
    prompts.choose(tmp_path / "ledger.csv")
    qtbot.mouseClick(page.ledger_button, Qt.MouseButton.LeftButton)
    assert "Cost ledger saved (1 batches)" in page.status.text()
    assert "ovh" in (tmp_path / "ledger.csv").read_text(encoding="utf-8")
    prompts.choose(tmp_path / "audit.csv")
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    assert "batch.exported" in (tmp_path / "audit.csv").read_text(encoding="utf-8")
    prompts.choose(ctx.paths.data_dir / "ledger.csv")
    qtbot.mouseClick(page.ledger_button, Qt.MouseButton.LeftButton)
    assert "inside the campaign's folders" in page.status.text()
    assert not (ctx.paths.data_dir / "ledger.csv").exists()
    prompts.choose("")  # cancelled
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    assert [asked.kind for asked in prompts.asked] == ["save_file"] * 4 and not prompts.files


def test_reminder_banner_after_the_vote(qtbot, ctx, db, full) -> None:
    ctx.clock = lambda: datetime(2026, 5, 30, 12, tzinfo=UTC)
    page, _ = make_page(qtbot, ctx, db)
    assert "has passed" in page.reminder.text()
    ctx.clock = lambda: datetime(2026, 3, 1, 12, tzinfo=UTC)
    page.refresh()
    assert page.reminder.text() == ""


def test_shows_the_provider_step_and_what_was_asked_by_hand(qtbot, ctx, db, full, tmp_path) -> None:
    page, _ = make_page(qtbot, ctx, db)
    # A batch was exported for OVHcloud and no API is set up: its site is named.
    assert "ask OVHcloud SMS by hand" in page.provider_plan.text()
    page.certificate.setText(str(tmp_path / "kept" / "certificat.pdf"))
    page.confirmation.setText("Marie Exemple")
    with qtbot.waitSignal(page.wiped, timeout=30000):
        qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
    page.runner.wait()
    assert "files exported for OVHcloud SMS if they were uploaded" in page.status.text()


def test_a_provider_that_times_out_offers_to_continue_without_it(
    qtbot, ctx, db, tmp_path, monkeypatch
) -> None:
    from campagne_desktop.services import provider_wipe
    from tests.services.test_wipe_provider import FakeOvh, sent_through_ovh

    fake = FakeOvh()
    try:
        sent_through_ovh(ctx, db, tmp_path, fake)
        page, prompts = make_page(qtbot, ctx, db)
        assert "deleted at OVHcloud SMS through its API" in page.provider_plan.text()
        monkeypatch.setattr(provider_wipe, "WIPE_TIMEOUT", 0.3)
        fake.stalled, fake.slow_seconds = True, 1.0
        page.certificate.setText(str(tmp_path / "kept" / "certificat.pdf"))
        page.confirmation.setText("Marie Exemple")
        qtbot.mouseClick(page.wipe_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.running, timeout=30000)
        assert "could not delete" in page.status.text()
        # Nothing local changed: the campaign is whole, retrying or continuing are both offered.
        assert not pending_wipe(ctx) and ctx.secrets.get(DATABASE_KEY_NAME) is not None
        assert page.wipe_button.isEnabled() and page.skip_provider_button.isVisible()
        assert prompts.opened == []
        with qtbot.waitSignal(page.wiped, timeout=30000):
            qtbot.mouseClick(page.skip_provider_button, Qt.MouseButton.LeftButton)
        page.runner.wait()
        assert "At OVHcloud SMS: nothing was deleted." in page.status.text()
        assert "Ask OVHcloud SMS by hand to delete" in page.status.text()
        assert len(fake.jobs) == 3  # still there: the user was told to ask for them
    finally:
        fake.close()
