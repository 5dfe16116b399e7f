"""Sending hours, days off, public holidays and electoral silence (LEGAL.md §4)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.domain.calendar import (
    NoSendingWindowError,
    Restriction,
    SendingPolicy,
    Verdict,
    check_moment,
    check_recipients,
    next_allowed_for_all,
    next_allowed_moment,
    region_for_e164,
    restriction_label,
    silence_periods,
    timezone_for_region,
)
from campagne_desktop.domain.enums import ElectionKind
from campagne_desktop.domain.profile import CampaignProfile, ProfileError

PARIS = "Europe/Paris"
REUNION = "Indian/Reunion"
MARTINIQUE = "America/Martinique"
GUADELOUPE = "America/Guadeloupe"
ROUND1 = date(2026, 3, 15)  # municipales 2026, both Sundays
ROUND2 = date(2026, 3, 22)


def make_profile(**changes: object) -> CampaignProfile:
    profile = CampaignProfile(
        candidate="Liste Exemple",
        election=ElectionKind.MUNICIPALES,
        round1=ROUND1,
        round2=ROUND2,
        rights_contact="dpo@example.org",
        purpose="Informer sur la campagne",
        sender_id="EXEMPLE",
    )
    return profile.with_changes(**changes)


@pytest.fixture(scope="module")
def policy() -> SendingPolicy:
    return SendingPolicy.from_profile(make_profile())


@pytest.fixture(scope="module")
def every_day() -> SendingPolicy:
    """Sunday allowed and the latest end the charter tolerates."""
    return SendingPolicy.from_profile(make_profile(sending_days="0123456", sending_end="21:30"))


def at(tz: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz))  # type: ignore[misc]


# --- electoral silence -----------------------------------------------------------------------


@pytest.mark.parametrize("vote", [ROUND1, ROUND2])
def test_silence_starts_at_midnight_on_the_eve_of_each_round(policy, vote):
    eve = vote - timedelta(days=1)
    friday_late = check_moment(at(PARIS, eve.year, eve.month, eve.day - 1, 23, 59), PARIS, policy)
    midnight = check_moment(at(PARIS, eve.year, eve.month, eve.day, 0, 0), PARIS, policy)
    saturday_morning = check_moment(at(PARIS, eve.year, eve.month, eve.day, 10, 0), PARIS, policy)

    assert friday_late.restriction is Restriction.OUTSIDE_HOURS
    assert midnight.restriction is Restriction.ELECTORAL_SILENCE
    assert not saturday_morning.allowed
    assert saturday_morning.restriction is Restriction.ELECTORAL_SILENCE


def test_saturday_before_the_eve_is_an_ordinary_day(policy):
    assert check_moment(at(PARIS, 2026, 3, 7, 10, 0), PARIS, policy).allowed


def test_silence_lasts_until_the_polls_close(policy, every_day):
    assert check_moment(at(PARIS, 2026, 3, 15, 19, 59), PARIS, every_day).restriction is (
        Restriction.ELECTORAL_SILENCE
    )
    # At 20:00 the silence is over; by default Sunday is then the reason...
    assert check_moment(at(PARIS, 2026, 3, 15, 20, 0), PARIS, policy).restriction is (
        Restriction.DAY_OFF
    )
    # ...and with Sunday allowed until 21:30, sending may start at once.
    assert check_moment(at(PARIS, 2026, 3, 22, 20, 0), PARIS, every_day).allowed


def test_silence_is_in_the_recipients_local_time(policy):
    # Friday 21:00 in Paris is already Saturday 00:00 in Réunion.
    now = at(PARIS, 2026, 3, 13, 21, 0)
    assert check_moment(now, REUNION, policy).restriction is Restriction.ELECTORAL_SILENCE
    assert check_moment(now, PARIS, policy).restriction is Restriction.OUTSIDE_HOURS


def test_silence_applies_even_when_sundays_and_holidays_are_allowed():
    lax = SendingPolicy.from_profile(
        make_profile(sending_days="0123456", allow_public_holidays=True)
    )
    assert check_moment(at(PARIS, 2026, 3, 21, 12, 0), PARIS, lax).restriction is (
        Restriction.ELECTORAL_SILENCE
    )


def test_silence_periods_give_both_rounds_in_the_zone(policy):
    periods = silence_periods(policy, PARIS)
    assert periods == [
        (at(PARIS, 2026, 3, 14, 0, 0), at(PARIS, 2026, 3, 15, 20, 0)),
        (at(PARIS, 2026, 3, 21, 0, 0), at(PARIS, 2026, 3, 22, 20, 0)),
    ]
    reunion_start, _ = silence_periods(policy, REUNION)[0]
    assert reunion_start == datetime(2026, 3, 13, 20, 0, tzinfo=UTC)


def test_a_single_round_election_has_a_single_silence():
    single = SendingPolicy.from_profile(
        make_profile(round2=None, election=ElectionKind.EUROPEENNES)
    )
    assert len(silence_periods(single, PARIS)) == 1
    assert check_moment(at(PARIS, 2026, 3, 21, 10, 0), PARIS, single).allowed


# --- hours, days, holidays ---------------------------------------------------------------------


def test_window_opens_at_start_and_closes_at_end(policy):
    assert check_moment(at(PARIS, 2026, 3, 10, 7, 59), PARIS, policy).restriction is (
        Restriction.OUTSIDE_HOURS
    )
    assert check_moment(at(PARIS, 2026, 3, 10, 8, 0), PARIS, policy).allowed
    assert check_moment(at(PARIS, 2026, 3, 10, 19, 59), PARIS, policy).allowed
    assert not check_moment(at(PARIS, 2026, 3, 10, 20, 0), PARIS, policy).allowed


def test_sunday_is_a_day_off_by_default(policy, every_day):
    sunday_noon = at(PARIS, 2026, 3, 8, 12, 0)
    assert check_moment(sunday_noon, PARIS, policy).restriction is Restriction.DAY_OFF
    assert check_moment(sunday_noon, PARIS, every_day).allowed


def test_fourteenth_of_july_is_a_holiday_everywhere(policy):
    noon_paris = at(PARIS, 2026, 7, 14, 12, 0)  # a Tuesday
    for tz in (PARIS, REUNION, GUADELOUPE, "Indian/Mayotte", "America/Cayenne"):
        local_noon = noon_paris.replace(tzinfo=ZoneInfo(tz))
        assert check_moment(local_noon, tz, policy).restriction is Restriction.PUBLIC_HOLIDAY


def test_all_saints_day_is_a_holiday_unless_holidays_are_allowed(every_day):
    all_saints = at(PARIS, 2026, 11, 1, 12, 0)  # a Sunday: allow Sundays to isolate the rule
    assert check_moment(all_saints, PARIS, every_day).restriction is Restriction.PUBLIC_HOLIDAY
    lax = SendingPolicy.from_profile(
        make_profile(sending_days="0123456", allow_public_holidays=True)
    )
    assert check_moment(all_saints, PARIS, lax).allowed


def test_overseas_holiday_blocks_only_its_region(policy):
    # 27 May: abolition of slavery in Guadeloupe (a Wednesday in 2026).
    noon_guadeloupe = at(GUADELOUPE, 2026, 5, 27, 12, 0)
    assert check_moment(noon_guadeloupe, GUADELOUPE, policy).restriction is (
        Restriction.PUBLIC_HOLIDAY
    )
    assert check_moment(noon_guadeloupe, PARIS, policy).allowed  # 18:00 in Paris
    assert check_moment(at(MARTINIQUE, 2026, 5, 27, 12, 0), MARTINIQUE, policy).allowed


def test_holidays_outside_the_preloaded_years_are_still_known(policy):
    assert check_moment(at(PARIS, 2035, 7, 14, 12, 0), PARIS, policy).restriction is (
        Restriction.PUBLIC_HOLIDAY
    )


def test_same_instant_differs_between_reunion_and_martinique(policy):
    nine_in_paris = at(PARIS, 2026, 3, 10, 9, 0)
    verdicts = check_recipients(nine_in_paris, [REUNION, MARTINIQUE, REUNION], policy)

    assert list(verdicts) == [REUNION, MARTINIQUE]
    assert verdicts[REUNION].allowed
    assert verdicts[REUNION].local_time.hour == 12
    assert verdicts[MARTINIQUE].restriction is Restriction.OUTSIDE_HOURS
    assert verdicts[MARTINIQUE].local_time.hour == 4
    assert verdicts[MARTINIQUE].next_allowed == at(MARTINIQUE, 2026, 3, 10, 8, 0)


def test_dst_day_uses_the_new_offset(every_day):
    # Paris springs forward on Sunday 29 March 2026: 08:00 is 06:00 UTC, the day before 07:00.
    assert check_moment(datetime(2026, 3, 29, 6, 0, tzinfo=UTC), PARIS, every_day).allowed
    assert not check_moment(datetime(2026, 3, 28, 6, 59, tzinfo=UTC), PARIS, every_day).allowed
    first = next_allowed_moment(at(PARIS, 2026, 3, 28, 21, 45), PARIS, every_day)
    assert first == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)
    assert first.utcoffset() == timedelta(hours=2)
    # And falls back on Sunday 25 October: 08:00 is then 07:00 UTC.
    back = next_allowed_moment(at(PARIS, 2026, 10, 24, 21, 45), PARIS, every_day)
    assert back == datetime(2026, 10, 25, 7, 0, tzinfo=UTC)


def test_verdict_reports_local_time_and_no_next_when_allowed(policy):
    verdict = check_moment(datetime(2026, 3, 10, 9, 0, tzinfo=UTC), PARIS, policy)
    assert verdict == Verdict(
        allowed=True,
        restriction=None,
        local_time=at(PARIS, 2026, 3, 10, 10, 0),
        next_allowed=None,
    )
    assert verdict.local_time.tzinfo == ZoneInfo(PARIS)


# --- next allowed moment -----------------------------------------------------------------------


def test_next_allowed_is_now_when_allowed(policy):
    now = at(PARIS, 2026, 3, 10, 11, 30)
    assert next_allowed_moment(now, PARIS, policy) == now


def test_next_allowed_from_evening_is_next_morning(policy):
    assert next_allowed_moment(at(PARIS, 2026, 3, 10, 21, 0), PARIS, policy) == at(
        PARIS, 2026, 3, 11, 8, 0
    )


def test_next_allowed_skips_the_weekend(policy):
    assert next_allowed_moment(at(PARIS, 2026, 3, 7, 20, 30), PARIS, policy) == at(
        PARIS, 2026, 3, 9, 8, 0
    )


def test_next_allowed_skips_the_silence(policy, every_day):
    saturday = at(PARIS, 2026, 3, 14, 10, 0)
    assert next_allowed_moment(saturday, PARIS, policy) == at(PARIS, 2026, 3, 16, 8, 0)
    # With Sundays allowed, the first moment is the close of the polls.
    assert next_allowed_moment(saturday, PARIS, every_day) == at(PARIS, 2026, 3, 15, 20, 0)
    verdict = check_moment(saturday, PARIS, every_day)
    assert verdict.next_allowed == at(PARIS, 2026, 3, 15, 20, 0)


def test_next_allowed_skips_a_holiday(policy):
    assert next_allowed_moment(at(PARIS, 2026, 7, 13, 20, 0), PARIS, policy) == at(
        PARIS, 2026, 7, 15, 8, 0
    )


# --- several zones at once ---------------------------------------------------------------------


def test_next_allowed_for_all_finds_the_common_window(policy):
    zones = [PARIS, REUNION, MARTINIQUE]
    now = at(PARIS, 2026, 3, 10, 9, 0)
    # Réunion 08-20 = 04-16 UTC, Martinique 08-20 = 12-24 UTC, Paris 07-19 UTC: common from 12:00.
    common = next_allowed_for_all(now, zones, policy)

    assert common == datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert common.tzinfo == UTC
    assert all(v.allowed for v in check_recipients(common, zones, policy).values())
    assert not all(
        v.allowed for v in check_recipients(common - timedelta(minutes=1), zones, policy).values()
    )


def test_next_allowed_for_all_returns_now_when_already_common(policy):
    now = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
    assert next_allowed_for_all(now, [PARIS, REUNION, MARTINIQUE], policy) == now
    assert next_allowed_for_all(now, [], policy) == now


def test_next_allowed_for_all_waits_past_the_weekend(policy):
    # Saturday 17:00 UTC: Réunion is closed (21:00), Sunday is off, so Monday 12:00 UTC.
    now = datetime(2026, 3, 7, 17, 0, tzinfo=UTC)
    assert next_allowed_for_all(now, [PARIS, REUNION, MARTINIQUE], policy) == datetime(
        2026, 3, 9, 12, 0, tzinfo=UTC
    )


def test_next_allowed_for_all_raises_when_windows_never_overlap():
    # 08:00-12:00 local: Réunion 04-08 UTC and Martinique 12-16 UTC never meet.
    morning = SendingPolicy.from_profile(make_profile(sending_end="12:00"))
    now = at(PARIS, 2026, 3, 10, 9, 0)
    with pytest.raises(NoSendingWindowError) as caught:
        next_allowed_for_all(now, [REUNION, MARTINIQUE], morning)
    assert caught.value.params == {"days": 400}
    # Each zone alone still has its window.
    assert next_allowed_moment(now, MARTINIQUE, morning) == at(MARTINIQUE, 2026, 3, 10, 8, 0)


# --- input checks ------------------------------------------------------------------------------


def test_naive_datetimes_are_refused(policy):
    naive = datetime(2026, 3, 10, 9, 0)
    with pytest.raises(ValueError, match="aware"):
        check_moment(naive, PARIS, policy)
    with pytest.raises(ValueError, match="aware"):
        next_allowed_moment(naive, PARIS, policy)
    with pytest.raises(ValueError, match="aware"):
        check_recipients(naive, [PARIS], policy)
    with pytest.raises(ValueError, match="aware"):
        next_allowed_for_all(naive, [PARIS], policy)


def test_policy_reads_the_profile():
    policy = SendingPolicy.from_profile(
        make_profile(sending_start="09:30", sending_end="19:00", sending_days="01234")
    )
    assert (policy.start, policy.end) == (time(9, 30), time(19, 0))
    assert policy.days == frozenset({0, 1, 2, 3, 4})
    assert policy.rounds == (ROUND1, ROUND2)
    assert policy.polls_close == time(20, 0)


@pytest.mark.parametrize(
    ("changes", "field_name"),
    [
        ({"sending_end": "21:45"}, "sending_end"),
        ({"sending_start": "20:00"}, "sending_start"),
        ({"sending_days": "7"}, "sending_days"),
        ({"sending_days": ""}, "sending_days"),
        ({"polls_close": "8h"}, "polls_close"),
    ],
)
def test_policy_refuses_invalid_hours(changes, field_name):
    with pytest.raises(ProfileError) as caught:
        SendingPolicy.from_profile(make_profile(**changes))
    assert caught.value.field == field_name


def test_every_restriction_has_a_label():
    labels = {r: restriction_label(r) for r in Restriction}
    assert labels[Restriction.ELECTORAL_SILENCE] == (
        "electoral silence (from midnight on the eve of the vote until the polls close)"
    )
    assert len(set(labels.values())) == len(Restriction)


# --- regions and zones -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("e164", "region"),
    [
        ("+33612345678", "FR"),
        ("+33712345678", "FR"),
        ("+590690001234", "GP"),
        ("+596696001234", "MQ"),
        ("+594694001234", "GF"),
        ("+262692001234", "RE"),
        ("+262639012345", "YT"),
        ("+14155550123", "US"),
        ("not a number", "ZZ"),
    ],
)
def test_region_for_e164(e164, region):
    assert region_for_e164(e164) == region


@pytest.mark.parametrize(
    ("region", "zone"),
    [
        ("FR", PARIS),
        ("GP", GUADELOUPE),
        ("MQ", MARTINIQUE),
        ("GF", "America/Cayenne"),
        ("RE", REUNION),
        ("YT", "Indian/Mayotte"),
        ("US", "America/Montreal"),
        ("ZZ", "America/Montreal"),
    ],
)
def test_timezone_for_region_falls_back_to_the_profile_zone(region, zone):
    assert timezone_for_region(region, "America/Montreal") == zone


def test_mayotte_number_gets_mayotte_time_and_holidays(policy):
    tz = timezone_for_region(region_for_e164("+262639012345"), PARIS)
    # 27 April: abolition of slavery in Mayotte (a Monday in 2026), not in Réunion.
    noon = at(tz, 2026, 4, 27, 12, 0)
    assert check_moment(noon, tz, policy).restriction is Restriction.PUBLIC_HOLIDAY
    assert check_moment(noon, REUNION, policy).allowed


def test_an_undeclared_second_round_is_still_protected() -> None:
    from tests.conftest import sample_profile

    saturday_before_round2 = datetime(2026, 3, 21, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
    policy = SendingPolicy.from_profile(sample_profile(round2=None))
    verdict = check_moment(saturday_before_round2, "Europe/Paris", policy)
    assert verdict.restriction is Restriction.ELECTORAL_SILENCE
    european = SendingPolicy.from_profile(
        sample_profile(round2=None, election=ElectionKind.EUROPEENNES)
    )
    assert check_moment(saturday_before_round2, "Europe/Paris", european).allowed


def test_antilles_and_guyane_vote_on_saturday_for_national_elections() -> None:
    from tests.conftest import sample_profile

    legislatives = sample_profile(
        election=ElectionKind.LEGISLATIVES, round1=date(2027, 6, 13), round2=date(2027, 6, 20)
    )
    policy = SendingPolicy.from_profile(legislatives)
    friday = (2027, 6, 11, 10, 0)
    assert (
        check_moment(at("America/Guadeloupe", *friday), "America/Guadeloupe", policy).restriction
        is Restriction.ELECTORAL_SILENCE
    )
    assert (
        check_moment(at("America/Cayenne", *friday), "America/Cayenne", policy).restriction
        is Restriction.ELECTORAL_SILENCE
    )
    assert check_moment(at("Indian/Reunion", *friday), "Indian/Reunion", policy).allowed
    assert check_moment(at(PARIS, *friday), PARIS, policy).allowed
    # Municipal elections vote on Sunday everywhere.
    municipal = SendingPolicy.from_profile(
        legislatives.with_changes(election=ElectionKind.MUNICIPALES)
    )
    assert check_moment(at("America/Guadeloupe", *friday), "America/Guadeloupe", municipal).allowed
    assert len(silence_periods(policy, "America/Martinique")) == 4


# --- présidentielle: the second round is 14 days after the first (Constitution art. 7) -------


def test_presidential_undeclared_second_round_is_protected_two_weeks_later():
    round1 = date(2027, 4, 11)
    policy = SendingPolicy.from_profile(
        make_profile(election=ElectionKind.PRESIDENTIELLE, round1=round1, round2=None)
    )
    eve_of_round2 = at(PARIS, 2027, 4, 24, 10, 0)  # Saturday, eve of the 25 April round
    one_week_later_eve = at(PARIS, 2027, 4, 17, 10, 0)  # an ordinary Saturday

    silence = Restriction.ELECTORAL_SILENCE
    assert check_moment(eve_of_round2, PARIS, policy).restriction is silence
    assert check_moment(one_week_later_eve, PARIS, policy).allowed


def test_polls_close_before_six_pm_is_refused_by_the_policy():
    with pytest.raises(ProfileError):
        SendingPolicy.from_profile(make_profile(polls_close="08:00"))
