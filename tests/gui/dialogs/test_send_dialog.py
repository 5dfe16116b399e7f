"""Envois → Send…: progress, Cancel, per-state counts, and the offer to resume."""

from __future__ import annotations

import pytest

from campagne_desktop.context import AppContext
from campagne_desktop.domain.enums import BatchState
from campagne_desktop.gui.pages.sendings import SendingsPage
from campagne_desktop.paths import AppPaths
from campagne_desktop.services import provider_credentials as creds
from campagne_desktop.services.message_states import state_counts
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.conftest import Clock
from tests.providers.api.conftest import ALLOWED, build_batch
from tests.providers.api.fakes import FakeOvh


@pytest.fixture
def ctx(data_dir):
    return AppContext.build(AppPaths.under(data_dir), trust_keyring=True, clock=Clock(ALLOWED))


@pytest.fixture
def fake_ovh():
    fake = FakeOvh()
    yield fake
    fake.close()


@pytest.fixture
def page(qtbot, ctx, db, tmp_path, fake_ovh, prompts):
    build_batch(db, tmp_path, 8, names=8)
    values = {
        "application_key": FakeOvh.APP_KEY,
        "application_secret": FakeOvh.APP_SECRET,
        "consumer_key": FakeOvh.CONSUMER,
    }
    creds.save_credentials(
        ctx, db, "ovh", values, endpoint=fake_ovh.endpoint, service=FakeOvh.SERVICE, now=ALLOWED
    )
    widget = SendingsPage(ctx, db, prompts)
    qtbot.addWidget(widget)
    yield widget
    widget.wait_for_jobs()


def test_send_shows_progress_and_counts(qtbot, page, db, fake_ovh) -> None:
    dialog = page.send()
    assert dialog is not None and dialog.send_button.isEnabled()
    assert dialog.progress.maximum() == 8
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert dialog.report.accepted == 7  # one number is on OVHcloud's STOP list
    assert dialog.counts.text() == "Sent: 7 · Not sent: 1"
    assert set(fake_ovh.received.values()) == {1}
    dialog.close()


def test_cancel_then_resume(qtbot, page, db, fake_ovh) -> None:
    fake_ovh.delay = 0.3
    dialog = page.send()
    job = dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=30000)
    dialog.cancel()
    # The report arrives by a queued signal; the job marks itself done just after emitting it.
    qtbot.waitUntil(lambda: dialog.report is not None and job.done.is_set(), timeout=30000)
    assert dialog.report.cancelled
    left = state_counts(UnitOfWork(db), dialog.batch.id).get("pending", 0)
    assert 0 < left < 7
    dialog.close()
    page.refresh()
    assert "resume" in page.details.text()
    fake_ovh.delay = 0
    again = page.send()
    again.start()
    qtbot.waitUntil(lambda: again.report is not None, timeout=30000)
    assert state_counts(UnitOfWork(db), again.batch.id) == {"sent": 7, "failed": 1}
    assert set(fake_ovh.received.values()) == {1} and len(fake_ovh.received) == 7
    again.close()


def test_send_sits_with_discard_and_messages_and_a_batch_being_sent_is_kept(
    qtbot, page, db, fake_ovh
) -> None:
    buttons = [
        page.new_button,
        page.check_button,
        page.export_button,
        page.send_button,
        page.messages_button,
        page.discard_button,
        page.replies_button,
        page.ledger_button,
    ]
    keys = [b.text()[b.text().index("&") + 1].lower() for b in buttons]
    assert len(set(keys)) == len(keys), keys  # no two buttons share an Alt key
    assert page.send_button.isEnabled() and page.discard_button.isEnabled()
    fake_ovh.delay = 0.3
    dialog = page.send()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=30000)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    dialog.close()
    page.refresh()
    assert page.selected_batch().state is BatchState.SENDING
    assert not page.discard_button.isEnabled() and page.send_button.isEnabled()
    assert page.messages_button.isEnabled()
    assert page.discard() is False
    assert page.prompts.asked == []  # a batch being sent must not even be offered
    assert sum(state_counts(UnitOfWork(db), dialog.batch.id).values()) == 8
