"""The moment a provider is told to send, and until when: never inside a forbidden period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.domain.calendar import SendingPolicy, check_moment
from campagne_desktop.domain.messages import ComplianceError
from campagne_desktop.domain.places import POLYNESIA_ZONES
from campagne_desktop.domain.send_window import plan_moment, plan_moments
from tests.conftest import sample_profile

PARIS = ZoneInfo("Europe/Paris")
ZONES = ("Europe/Paris", "America/Guadeloupe", "Indian/Reunion")


@pytest.fixture(scope="module")
def policy() -> SendingPolicy:
    return SendingPolicy.from_profile(sample_profile())


def _instants(start: datetime, end: datetime, step: timedelta):
    while start < end:
        yield start
        start += step


@pytest.mark.parametrize("zone", ZONES)
def test_next_moment_and_validity_never_touch_the_silence(policy, zone) -> None:
    # Every 47 minutes from the Thursday before round one to the Tuesday after round two.
    for now in _instants(
        datetime(2026, 3, 12, 0, 0, tzinfo=UTC),
        datetime(2026, 3, 24, 0, 0, tzinfo=UTC),
        timedelta(minutes=47),
    ):
        moment = plan_moment(now, zone, policy, at=None, next_allowed=True)
        start = moment.send_at or now
        assert start >= now
        assert moment.valid_until > start
        # Every minute from the start to the end of validity is allowed, in that zone.
        for instant in _instants(start, moment.valid_until, timedelta(minutes=13)):
            assert check_moment(instant, zone, policy).allowed, (now, instant)
        assert check_moment(moment.valid_until - timedelta(seconds=1), zone, policy).allowed
        assert not check_moment(moment.valid_until, zone, policy).allowed


def test_evening_of_the_eve_waits_for_the_close_of_the_polls(policy) -> None:
    friday_evening = datetime(2026, 3, 13, 21, 0, tzinfo=PARIS)
    moment = plan_moment(friday_evening, "Europe/Paris", policy, at=None, next_allowed=True)
    # Saturday is the eve (silence), Sunday is voting day: the polls close at 20:00, and
    # sending ends at 20:00, so the next allowed moment is Monday 08:00.
    assert moment.send_at == datetime(2026, 3, 16, 8, 0, tzinfo=PARIS)
    assert moment.valid_until == datetime(2026, 3, 16, 20, 0, tzinfo=PARIS)


def test_too_little_left_today_takes_the_next_window(policy) -> None:
    late = datetime(2026, 3, 3, 19, 55, tzinfo=PARIS)
    moment = plan_moment(late, "Europe/Paris", policy, at=None, next_allowed=True)
    assert moment.send_at == datetime(2026, 3, 4, 8, 0, tzinfo=PARIS)


def test_now_when_allowed_is_not_scheduled(policy) -> None:
    now = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)
    moments = plan_moments(now, ["Europe/Paris", "Europe/Paris"], policy)
    assert list(moments) == ["Europe/Paris"]
    assert moments["Europe/Paris"].send_at is None
    assert moments["Europe/Paris"].valid_until == datetime(2026, 3, 3, 20, 0, tzinfo=PARIS)


def test_a_chosen_moment_inside_the_silence_is_refused(policy) -> None:
    with pytest.raises(ComplianceError, match="electoral silence"):
        plan_moment(
            datetime(2026, 3, 3, tzinfo=UTC),
            "Europe/Paris",
            policy,
            at=datetime(2026, 3, 15, 12, 0, tzinfo=PARIS),
            next_allowed=False,
        )


def test_polynesia_is_planned_for_its_three_zones_at_once(policy) -> None:
    # A +689 number does not say which island: Tahiti (UTC-10), the Marquesas (UTC-9:30) and
    # the Gambier (UTC-9). 19:20 in Tahiti is 19:50 in the Marquesas and 20:20 in the Gambier.
    tahiti, gambier = ZoneInfo("Pacific/Tahiti"), ZoneInfo("Pacific/Gambier")
    evening = datetime(2026, 3, 3, 19, 20, tzinfo=tahiti)
    moments = plan_moments(evening, [POLYNESIA_ZONES, "Europe/Paris"], policy, next_allowed=True)
    assert list(moments) == [", ".join(POLYNESIA_ZONES), "Europe/Paris"]
    moment = moments[", ".join(POLYNESIA_ZONES)]
    assert moment.zones == POLYNESIA_ZONES
    assert moment.send_at is not None
    for zone in POLYNESIA_ZONES:
        assert check_moment(moment.send_at, zone, policy).allowed, zone
        assert check_moment(moment.valid_until - timedelta(seconds=1), zone, policy).allowed, zone
    # Valid until the first of the three closes: the Gambier's end of sending hours.
    assert moment.valid_until.astimezone(gambier).time() == policy.end
    with pytest.raises(ComplianceError, match="Pacific/Gambier"):
        plan_moment(evening, POLYNESIA_ZONES, policy, at=evening, next_allowed=False)
    for zone in ("Pacific/Tahiti", "Pacific/Marquesas"):  # either alone would pass
        assert check_moment(evening, zone, policy).allowed
