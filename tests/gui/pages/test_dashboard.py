from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.context import AppContext
from campagne_desktop.domain.enums import ConsentStatus, OptOutChannel, SourceKind
from campagne_desktop.gui.pages.dashboard import DashboardPage
from campagne_desktop.paths import AppPaths
from campagne_desktop.services.optouts import record_opt_out
from campagne_desktop.services.profile import get_profile, update_profile
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.conftest import Clock
from tests.services import batch_steps
from tests.services.test_batches import ALLOWED, GRANTED, PENDING, _import

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 3, 14, 0, tzinfo=PARIS))


@pytest.fixture
def ctx(data_dir, clock):
    return AppContext.build(AppPaths.under(data_dir), trust_keyring=True, clock=clock)


@pytest.fixture
def dashboard(qtbot, ctx, db, prompts):
    page = DashboardPage(ctx, db, prompts)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.counts["contacts"].text() != "")  # read after the first paint
    yield page
    page.hide()
    assert not page.timer.isActive()


def test_allowed_moment_and_countdowns_before_the_vote(dashboard) -> None:
    assert dashboard.next_sending.text() == "Now: sending is allowed (time in mainland France)."
    assert dashboard.silences.text().splitlines() == [
        "Electoral silence for round 1 starts in 10 days 10 h (Sat 14/03 00:00).",
        "Electoral silence for round 2 starts in 17 days 10 h (Sat 21/03 00:00).",
    ]
    assert dashboard.countdown.text() == "in 12 days"
    assert dashboard.timer.isActive() and dashboard.timer.interval() == 60_000


def test_during_silence_the_next_moment_is_after_the_vote(dashboard, clock) -> None:
    clock.now = datetime(2026, 3, 14, 10, 0, tzinfo=PARIS)
    dashboard.timer.timeout.emit()  # the minute tick
    # Silence until Sunday 20:00, then Sunday and the evening are off: Monday 08:00.
    assert dashboard.next_sending.text().splitlines() == [
        "Not now: electoral silence (from midnight on the eve of the vote until the polls close).",
        "Next allowed moment: Mon 16/03 08:00, in 1 day 22 h (time in mainland France).",
    ]
    assert dashboard.silences.text().splitlines()[0] == (
        "Electoral silence for round 1 in progress until Sun 15/03 20:00: nothing may be sent."
    )
    assert (
        dashboard.silences.text()
        .splitlines()[1]
        .startswith("Electoral silence for round 2 starts in 6 days 14 h")
    )


def test_short_countdowns_and_the_end(dashboard, clock) -> None:
    clock.now = datetime(2026, 3, 13, 19, 55, tzinfo=PARIS)
    dashboard.refresh_time()
    first = dashboard.silences.text().splitlines()[0]
    assert first == "Electoral silence for round 1 starts in 4 h 05 min (Sat 14/03 00:00)."
    clock.now = datetime(2026, 3, 13, 23, 48, tzinfo=PARIS)
    dashboard.refresh_time()
    assert "starts in 12 minutes" in dashboard.silences.text()
    clock.now = datetime(2026, 3, 23, 9, 0, tzinfo=PARIS)
    dashboard.refresh_time()
    assert dashboard.silences.text().splitlines() == [
        "Electoral silence for round 1 is over.",
        "Electoral silence for round 2 is over.",
    ]
    assert dashboard.countdown.text() == "The election is over."
    assert dashboard.next_sending.text().startswith("Now: sending is allowed")


def test_overnight_the_next_moment_is_the_morning(dashboard, clock) -> None:
    clock.now = datetime(2026, 3, 3, 21, 30, tzinfo=PARIS)
    dashboard.refresh_time()
    text = dashboard.next_sending.text()
    assert text.startswith("Not now: outside sending hours.")
    assert text.endswith(
        "Next allowed moment: Wed 04/03 08:00, in 10 h 30 min (time in mainland France)."
    )


def test_counts(qtbot, dashboard, db, tmp_path) -> None:
    assert dashboard.counts["contacts"].text() == "0"
    _import(db, tmp_path, "g.csv", GRANTED, SourceKind.FORM, ConsentStatus.GRANTED)
    _import(db, tmp_path, "p.csv", PENDING, SourceKind.RENTED, ConsentStatus.PENDING)
    record_opt_out(db, GRANTED[0], channel=OptOutChannel.STOP_REPLY, actor="t", now=ALLOWED)
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.counts["contacts"].text() == "6")
    shown = {name: label.text() for name, label in dashboard.counts.items()}
    assert shown == {
        "contacts": "6",
        "granted": "3",  # the batches' own rule: the one who opted out cannot be messaged
        "pending": "2",
        "opted_out": "1",
        "batches": "0",
    }


def test_a_single_round_election_has_one_silence(dashboard, db) -> None:
    from campagne_desktop.domain.enums import ElectionKind

    profile = get_profile(db)
    undeclared = profile.with_changes(round1=date(2026, 3, 15), round2=None)
    update_profile(db, undeclared, actor="t", now=ALLOWED)
    dashboard.refresh()
    # A second round left empty is still protected (the following Sunday, L56)...
    assert "21/03" in dashboard.silences.text().splitlines()[1]
    european = undeclared.with_changes(election=ElectionKind.EUROPEENNES)
    update_profile(db, european, actor="t", now=ALLOWED)
    dashboard.refresh()
    assert len(dashboard.silences.text().splitlines()) == 1  # ...unless there is no round 2
    assert dashboard.duration(timedelta(seconds=-5)) == "0 minutes"


def test_wipe_reminder_banner_after_the_vote(qtbot, ctx, db, prompts) -> None:
    from datetime import UTC, datetime

    from campagne_desktop.gui.pages.dashboard import DashboardPage

    ctx.clock = lambda: datetime(2026, 3, 10, 12, tzinfo=UTC)
    page = DashboardPage(ctx, db, prompts)
    qtbot.addWidget(page)
    assert page.wipe_banner.isHidden()
    ctx.clock = lambda: datetime(2026, 5, 30, 12, tzinfo=UTC)
    page.refresh()
    assert not page.wipe_banner.isHidden()
    assert "has passed" in page.wipe_banner.text()


def test_an_empty_campaign_says_what_to_do_first(qtbot, ctx, db, prompts) -> None:
    from campagne_desktop.gui.pages.dashboard import DashboardPage

    page = DashboardPage(ctx, db, prompts)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "import your contacts" in page.next_step.text())


def test_counts_are_read_once_after_the_first_paint(qtbot, ctx, db, monkeypatch, prompts) -> None:
    from campagne_desktop.gui.pages import dashboard as dashboard_module
    from campagne_desktop.gui.widgets import expired_consent

    counted: list[object] = []
    real = dashboard_module.dashboard_figures
    monkeypatch.setattr(
        dashboard_module, "dashboard_figures", lambda *a: counted.append(a) or real(*a)
    )
    expired: list[object] = []
    real_expired = expired_consent.count_expired
    monkeypatch.setattr(
        expired_consent,
        "count_expired",
        lambda *a, **k: expired.append(a) or real_expired(*a, **k),
    )
    page = dashboard_module.DashboardPage(ctx, db, prompts)
    qtbot.addWidget(page)
    page.show()  # shown: refreshed again, as when the main window opens
    assert counted == [] and expired == [] and "Marie Exemple" in page.heading.text()
    qtbot.waitUntil(lambda: page.counts["granted"].text() == "0")
    qtbot.wait(20)
    assert len(counted) == 1  # once, though shown and refreshed before the paint
    assert len(expired) == 1 and page.expired_consent.count.text() == "0"


def test_expired_consent_requests_are_counted_and_erased(
    qtbot, dashboard, db, clock, tmp_path
) -> None:
    from campagne_desktop.services import batches
    from campagne_desktop.services.contacts import ContactFilter, count_contacts
    from tests.services import test_batches

    test_batches.make_campaign(db, tmp_path)
    created = batches.create_batch(UnitOfWork(db), "accord", actor="t", now=ALLOWED)
    batch_steps.export(db, created.id, tmp_path / "c.csv", now=ALLOWED)
    dashboard.refresh_counts()  # what refresh() does a moment later
    assert dashboard.expired_consent.count.text() == "0"
    assert dashboard.expired_consent.erase_button.isHidden()
    clock.now = datetime(2026, 5, 4, 10, 0, tzinfo=PARIS)
    dashboard.refresh_counts()
    assert dashboard.expired_consent.count.text() == "2"
    assert dashboard.expired_consent.erase_button.isVisible()
    dashboard.prompts.answer(False)
    dashboard.expired_consent.erase_button.click()
    assert count_contacts(db, ContactFilter()) == 6
    dashboard.prompts.answer(lambda question: "2 contacts" in question)
    dashboard.expired_consent.erase_button.click()
    assert count_contacts(db, ContactFilter()) == 4
    assert dashboard.expired_consent.count.text() == "0"
    qtbot.waitUntil(lambda: dashboard.counts["opted_out"].text() == "2")


def test_next_moment_is_the_one_of_the_actual_recipients(dashboard, db, clock, tmp_path) -> None:
    # 08:30 in Paris is 03:30 in Guadeloupe: with a contact there, nothing may go out yet.
    clock.now = datetime(2026, 3, 3, 8, 30, tzinfo=PARIS)
    dashboard.refresh()
    assert dashboard.next_sending.text() == "Now: sending is allowed (time in mainland France)."
    _import(db, tmp_path, "g.csv", ["0690123456"], SourceKind.FORM, ConsentStatus.GRANTED)
    dashboard.refresh_counts()  # the new zone moves the time lines with the figures
    assert dashboard.next_sending.text().splitlines() == [
        "Not now: outside sending hours.",
        "Next allowed moment: Tue 03/03 13:00, in 4 h 30 min (time in mainland France).",
    ]


def test_contacts_by_consent_and_source_are_shown(dashboard, db, tmp_path) -> None:
    _import(db, tmp_path, "g.csv", GRANTED, SourceKind.FORM, ConsentStatus.GRANTED)
    _import(db, tmp_path, "p.csv", PENDING, SourceKind.RENTED, ConsentStatus.PENDING)
    dashboard.refresh_counts()
    assert dashboard.by_consent.text() == "Granted 4 · Pending 2 · Refused 0"
    table = dashboard.sources
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert rows == [
        ["Form – formulaire du site", "4", "0", "0"],
        ["Rented file – liste louée à Société X le 2 février", "0", "2", "0"],
    ]


def test_results_per_batch_are_shown(dashboard, db, tmp_path) -> None:
    from campagne_desktop.services import batches
    from tests.services import test_batches

    assert dashboard.no_outcome.isVisible() and dashboard.outcomes.isHidden()
    test_batches.make_campaign(db, tmp_path)
    created = batches.create_batch(UnitOfWork(db), "appel", actor="t", now=ALLOWED)
    batch_steps.export(db, created.id, tmp_path / "a.csv", now=ALLOWED)
    later = ALLOWED + timedelta(hours=1)
    record_opt_out(db, GRANTED[0], channel=OptOutChannel.STOP_REPLY, actor="t", now=later)
    dashboard.refresh_counts()
    table = dashboard.outcomes
    assert table.isVisible() and dashboard.no_outcome.isHidden()
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == f"{created.id} · appel"
    assert table.item(0, 1).text() == "03/03 14:00"
    # A file export: nothing is known of its delivery, which must not read as 0 %.
    assert table.item(0, 2).text() == "no delivery reports (sent from a file)"
    assert table.columnSpan(0, 2) == 2
    assert table.item(0, 4).text() == "1 (25.0%)"
