"""New Caledonia, French Polynesia and Wallis-et-Futuna are French voters (LEGAL.md §4, §8)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.domain.calendar import (
    Restriction,
    SendingPolicy,
    check_recipients,
    next_allowed_for_all,
    region_for_e164,
    zones_for_region,
)
from campagne_desktop.domain.enums import ElectionKind
from campagne_desktop.domain.phones import normalise
from tests.conftest import sample_profile

PARIS = ZoneInfo("Europe/Paris")
NOUMEA = "Pacific/Noumea"
WALLIS = "Pacific/Wallis"
POLYNESIA = ("Pacific/Tahiti", "Pacific/Marquesas", "Pacific/Gambier")


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("+687 75 12 34", "NC", "+687751234"),
        ("+689 87 12 34 56", "PF", "+68987123456"),
        ("00681 82 12 34", "WF", "+681821234"),
    ],
)
def test_pacific_mobiles_are_french_not_foreign(raw, region, e164) -> None:
    number = normalise(raw)
    assert (number.region, number.e164, number.is_foreign) == (region, e164, False)


def test_each_pacific_region_has_its_own_zones() -> None:
    assert zones_for_region("NC", "Europe/Paris") == (NOUMEA,)
    assert zones_for_region("WF", "Europe/Paris") == (WALLIS,)
    # A +689 number cannot tell Tahiti from the Marquesas or the Gambier: all three apply.
    assert zones_for_region("PF", "Europe/Paris") == POLYNESIA
    assert zones_for_region("US", "Europe/Paris") == ("Europe/Paris",)
    assert region_for_e164("+68987123456") == "PF"


def _blocked(now: datetime, zones, policy) -> dict[str, Restriction | None]:
    verdicts = check_recipients(now, zones, policy)
    return {tz: v.restriction for tz, v in verdicts.items() if not v.allowed}


def test_friday_afternoon_in_paris_is_the_eve_of_the_vote_in_noumea() -> None:
    policy = SendingPolicy.from_profile(sample_profile())  # round 1 on Sunday 15 March 2026
    friday = datetime(2026, 3, 13, 14, 30, tzinfo=PARIS)  # Saturday 00:30 in Nouméa
    assert _blocked(friday, [NOUMEA], policy) == {NOUMEA: Restriction.ELECTORAL_SILENCE}
    assert _blocked(friday, ["Europe/Paris"], policy) == {}


def test_monday_morning_in_paris_is_sunday_night_in_polynesia() -> None:
    policy = SendingPolicy.from_profile(sample_profile())
    monday = datetime(2026, 3, 9, 9, 0, tzinfo=PARIS)  # Sunday 22:00 in Papeete
    assert set(_blocked(monday, zones_for_region("PF", "Europe/Paris"), policy)) == set(POLYNESIA)


def test_voting_sunday_evening_in_paris_is_voting_morning_in_papeete() -> None:
    policy = SendingPolicy.from_profile(sample_profile(sending_days="0123456", sending_end="21:30"))
    sunday = datetime(2026, 3, 15, 20, 30, tzinfo=PARIS)  # 09:30 on voting day in Papeete
    blocked = _blocked(sunday, POLYNESIA, policy)
    assert blocked["Pacific/Tahiti"] is Restriction.ELECTORAL_SILENCE
    assert _blocked(sunday, ["Europe/Paris"], policy) == {}


def test_polynesia_is_the_strict_intersection_of_its_three_zones() -> None:
    policy = SendingPolicy.from_profile(sample_profile())
    # Tuesday 3 March 2026, 18:45 in Papeete: 19:15 in the Marquesas, 19:45 in the Gambier.
    late = datetime(2026, 3, 3, 18, 45, tzinfo=ZoneInfo("Pacific/Tahiti"))
    assert _blocked(late, POLYNESIA, policy) == {}
    # Tuesday 07:45 in Papeete is already 08:45 in the Gambier, but not yet 08:00 in Tahiti.
    early = datetime(2026, 3, 3, 7, 45, tzinfo=ZoneInfo("Pacific/Tahiti"))
    first = next_allowed_for_all(early, POLYNESIA, policy)
    assert first.astimezone(ZoneInfo("Pacific/Tahiti")).strftime("%H:%M") == "08:00"
    # 19:15 in Papeete is 20:15 in the Gambier: over there the day is done.
    evening = datetime(2026, 3, 3, 19, 15, tzinfo=ZoneInfo("Pacific/Tahiti"))
    assert set(_blocked(evening, POLYNESIA, policy)) == {"Pacific/Gambier"}


@pytest.mark.parametrize(
    ("zone", "holiday"),
    [
        ("Pacific/Tahiti", date(2026, 3, 5)),  # arrival of the Gospel, Polynesia only
        ("Pacific/Noumea", date(2026, 9, 24)),  # Citizenship Day, New Caledonia only
        ("Pacific/Wallis", date(2026, 7, 29)),  # Territory Day, Wallis-et-Futuna only
    ],
)
def test_pacific_public_holidays(zone, holiday) -> None:
    policy = SendingPolicy.from_profile(sample_profile())
    assert policy.is_public_holiday(holiday, zone)
    assert not policy.is_public_holiday(holiday, "Europe/Paris")


def test_polynesia_votes_on_saturday_for_national_elections() -> None:
    # Présidentielle on Sunday 11 April 2027: Polynesia votes on Saturday 10, its silence
    # starts at 00:00 on Friday 9, local time. New Caledonia votes on the Sunday.
    policy = SendingPolicy.from_profile(
        sample_profile(election=ElectionKind.PRESIDENTIELLE, round1=date(2027, 4, 11), round2=None)
    )
    friday = datetime(2027, 4, 9, 10, 0, tzinfo=ZoneInfo("Pacific/Tahiti"))
    assert set(_blocked(friday, POLYNESIA, policy)) == set(POLYNESIA)
    friday_noumea = datetime(2027, 4, 9, 10, 0, tzinfo=ZoneInfo(NOUMEA))
    assert _blocked(friday_noumea, [NOUMEA], policy) == {}
    municipal = SendingPolicy.from_profile(sample_profile())
    friday_municipal = datetime(2026, 3, 13, 10, 0, tzinfo=ZoneInfo("Pacific/Tahiti"))
    assert _blocked(friday_municipal, POLYNESIA, municipal) == {}
