"""When messages may go out (LEGAL.md §4): hours, days, public holidays and electoral silence.

Time is always passed in as an aware datetime; every rule applies in the recipient's local time,
found from the region of the phone number (:func:`region_for_e164`, :func:`timezone_for_region`).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType
from zoneinfo import ZoneInfo

import holidays
import phonenumbers

from .enums import ElectionKind
from .messages import QT_TRANSLATE_NOOP, UserError
from .places import POLYNESIA_ZONES
from .profile import (
    EARLIEST_POLLS_CLOSE,
    LATEST_POLLS_CLOSE,
    LATEST_SENDING_END,
    POLLS_CLOSE_RANGE,
    CampaignProfile,
    ProfileError,
    expected_round2,
)

METROPOLITAN_ZONE = "Europe/Paris"
# The country code and the first digits decide the region (+262 639… is Mayotte, +262 69… is
# Réunion): one number per such prefix is enough to know where a set of numbers is.
REGION_PREFIX_LENGTH = 6
SEARCH_DAYS = 400  # bound on every "next allowed moment" search

# libphonenumber region -> IANA zone. Regions not listed (foreign numbers) use the profile's zone.
REGION_ZONES: Mapping[str, str] = MappingProxyType(
    {
        "FR": METROPOLITAN_ZONE,
        "GP": "America/Guadeloupe",
        "MQ": "America/Martinique",
        "GF": "America/Cayenne",
        "RE": "Indian/Reunion",
        "YT": "Indian/Mayotte",
        "BL": "America/St_Barthelemy",
        "MF": "America/Marigot",
        "PM": "America/Miquelon",
        "NC": "Pacific/Noumea",
        "WF": "Pacific/Wallis",
        "PF": "Pacific/Tahiti",
    }
)

# French Polynesia spans three zones (Tahiti UTC-10, the Marquesas UTC-9:30, the Gambier UTC-9)
# and a +689 number does not say which island: every one of them applies, so a moment is allowed
# only where all three allow it (LEGAL.md §4).
REGION_ALL_ZONES: Mapping[str, tuple[str, ...]] = MappingProxyType({"PF": POLYNESIA_ZONES})

# IANA zone -> subdivision code of the `holidays` package. Any other zone (Paris, or the profile's
# zone used for foreign numbers) gets the national calendar. Alsace-Moselle's extra days cannot
# be told from a phone number and are not applied.
ZONE_HOLIDAY_SUBDIVISIONS: Mapping[str, str] = MappingProxyType(
    {
        "America/Guadeloupe": "971",
        "America/Martinique": "972",
        "America/Cayenne": "973",
        "Indian/Reunion": "974",
        "Indian/Mayotte": "976",
        "America/St_Barthelemy": "BL",
        "America/Marigot": "MF",
        "America/Miquelon": "PM",
        "Pacific/Noumea": "NC",
        "Pacific/Wallis": "WF",
        **dict.fromkeys(POLYNESIA_ZONES, "PF"),
    }
)
NATIONAL = ""  # holiday-calendar key for the national (metropolitan) calendar

# Country codes that map to a single region: skip libphonenumber for the bulk of the numbers.
_FAST_PREFIXES = (("+33", "FR"), ("+596", "MQ"), ("+594", "GF"))


# The Antilles, Guyane, the islands near them and French Polynesia vote on the Saturday for the
# national elections, a day ahead of the rest of France, because of the time difference. New
# Caledonia and Wallis-et-Futuna, ahead of Paris, vote on the Sunday.
SATURDAY_VOTE_ELECTIONS = frozenset(
    {ElectionKind.PRESIDENTIELLE, ElectionKind.LEGISLATIVES, ElectionKind.EUROPEENNES}
)
SATURDAY_VOTE_ZONES = frozenset(
    {"America/Guadeloupe", "America/Martinique", "America/Cayenne", "America/Miquelon",
     "America/St_Barthelemy", "America/Marigot", *POLYNESIA_ZONES}
)  # fmt: skip


class Restriction(StrEnum):
    """Why a moment is not allowed, most serious first when several apply."""

    ELECTORAL_SILENCE = "electoral_silence"
    PUBLIC_HOLIDAY = "public_holiday"
    DAY_OFF = "day_off"
    OUTSIDE_HOURS = "outside_hours"


_LABELS: Mapping[Restriction, str] = MappingProxyType(
    {
        Restriction.OUTSIDE_HOURS: QT_TRANSLATE_NOOP("messages", "outside sending hours"),
        Restriction.DAY_OFF: QT_TRANSLATE_NOOP("messages", "not a sending day (e.g. Sunday)"),
        Restriction.PUBLIC_HOLIDAY: QT_TRANSLATE_NOOP("messages", "public holiday"),
        Restriction.ELECTORAL_SILENCE: QT_TRANSLATE_NOOP(
            "messages",
            "electoral silence (from midnight on the eve of the vote until the polls close)",
        ),
    }
)


def restriction_label(restriction: Restriction) -> str:
    """The English message key describing ``restriction`` (translate in the "messages" context)."""
    return _LABELS[restriction]


class NoSendingWindowError(UserError):
    """No moment within :data:`SEARCH_DAYS` days is allowed for the given zones."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "No moment in the next {days} days allows sending in every recipient's time "
                "zone. Widen the sending hours or days.",
            ),
            days=SEARCH_DAYS,
        )


def region_for_e164(e164: str) -> str:
    """libphonenumber region of an E.164 number ("FR", "GP", "YT", "US"...), "ZZ" if unknown."""
    for prefix, fast_region in _FAST_PREFIXES:
        if e164.startswith(prefix):
            return fast_region
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return phonenumbers.UNKNOWN_REGION
    region: str | None = phonenumbers.region_code_for_number(number)
    if region is None:
        # Not valid for any region sharing the code (+262, +590): take the code's main region.
        return str(phonenumbers.region_code_for_country_code(number.country_code or 0))
    return region


def timezone_for_region(region: str, default_tz: str) -> str:
    """IANA zone for a French region; ``default_tz`` (the profile's zone) for any other.

    For a region spanning several zones this is its main one: use :func:`zones_for_region`
    to judge a recipient.
    """
    return REGION_ZONES.get(region.upper(), default_tz)


def zones_for_region(region: str, default_tz: str) -> tuple[str, ...]:
    """Every zone a recipient of ``region`` may be in; a moment must be allowed in all of them."""
    key = region.upper()
    return REGION_ALL_ZONES.get(key) or (REGION_ZONES.get(key, default_tz),)


def _holiday_dates(
    subdivision: str, years: Iterable[int]
) -> dict[tuple[str, int], frozenset[date]]:
    wanted = sorted(set(years))
    calendar = holidays.country_holidays("FR", subdiv=subdivision or None, years=wanted)
    by_year: dict[int, set[date]] = {year: set() for year in wanted}
    for day in calendar:
        by_year.setdefault(day.year, set()).add(day)
    return {(subdivision, year): frozenset(days) for year, days in by_year.items()}


def _parse_hhmm(field_name: str, value: str) -> time:
    try:
        parsed = time.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) != 5:
        raise ProfileError(
            field_name, QT_TRANSLATE_NOOP("messages", "Times are written HH:MM, e.g. 08:00.")
        )
    return parsed


@dataclass(frozen=True)
class SendingPolicy:
    """The sending rules of one campaign, in local wall-clock terms.

    The window is ``[start, end)``: at ``end`` sending is over. Silence for each round runs from
    00:00 on the eve to ``polls_close`` on voting day (exclusive). ``holiday_dates`` is
    precomputed by :meth:`from_profile`; years it lacks are computed on demand.
    """

    start: time = time(8, 0)
    end: time = time(20, 0)
    days: frozenset[int] = frozenset(range(6))  # weekday numbers, 0 = Monday
    allow_public_holidays: bool = False
    polls_close: time = time(20, 0)
    rounds: tuple[date, ...] = ()
    default_tz: str = METROPOLITAN_ZONE
    # Zones that vote on the Saturday for national elections: their silence starts a day
    # earlier, and (strictly) still covers the Sunday.
    saturday_vote_zones: frozenset[str] = frozenset()
    holiday_dates: Mapping[tuple[str, int], frozenset[date]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        if self.end > time.fromisoformat(LATEST_SENDING_END):
            raise ProfileError(
                "sending_end",
                QT_TRANSLATE_NOOP("messages", "Messages may never be sent after 21:30."),
            )
        if self.start >= self.end:
            raise ProfileError(
                "sending_start",
                QT_TRANSLATE_NOOP("messages", "Sending hours must start before they end."),
            )
        if not (
            time.fromisoformat(EARLIEST_POLLS_CLOSE)
            <= self.polls_close
            <= time.fromisoformat(LATEST_POLLS_CLOSE)
        ):
            raise ProfileError("polls_close", POLLS_CLOSE_RANGE)
        if not self.days or not self.days <= frozenset(range(7)):
            raise ProfileError(
                "sending_days",
                QT_TRANSLATE_NOOP(
                    "messages", "Sending days are weekday digits, 0 for Monday to 6 for Sunday."
                ),
            )

    @classmethod
    def from_profile(cls, profile: CampaignProfile) -> SendingPolicy:
        """The policy of ``profile``, with the holidays of every French region preloaded."""
        if not profile.sending_days or not profile.sending_days.isdigit():
            raise ProfileError(
                "sending_days",
                QT_TRANSLATE_NOOP(
                    "messages", "Sending days are weekday digits, 0 for Monday to 6 for Sunday."
                ),
            )
        rounds = tuple(sorted(d for d in (profile.round1, profile.round2) if d is not None))
        undeclared = expected_round2(profile.election, profile.round1)
        if profile.round2 is None and undeclared is not None:
            # Undeclared, a second round is still protected on its legal date: the strict
            # choice for an open rule (LEGAL.md).
            rounds = (*rounds, undeclared)
        # The campaign year, the one before and the two after cover any 400-day search from it.
        years = range(rounds[0].year - 1, rounds[-1].year + 3)
        holiday_dates: dict[tuple[str, int], frozenset[date]] = {}
        for subdivision in (NATIONAL, *ZONE_HOLIDAY_SUBDIVISIONS.values()):
            holiday_dates.update(_holiday_dates(subdivision, years))
        return cls(
            start=_parse_hhmm("sending_start", profile.sending_start),
            end=_parse_hhmm("sending_end", profile.sending_end),
            days=frozenset(int(c) for c in profile.sending_days),
            allow_public_holidays=profile.allow_public_holidays,
            polls_close=_parse_hhmm("polls_close", profile.polls_close),
            rounds=rounds,
            default_tz=profile.timezone,
            saturday_vote_zones=SATURDAY_VOTE_ZONES
            if profile.election in SATURDAY_VOTE_ELECTIONS
            else frozenset(),
            holiday_dates=MappingProxyType(holiday_dates),
        )

    def votes_in(self, tz: str) -> tuple[date, ...]:
        """The voting days that matter in zone ``tz`` (a Saturday too where people vote then)."""
        if tz not in self.saturday_vote_zones:
            return self.rounds
        return tuple(sorted({*self.rounds, *(vote - timedelta(days=1) for vote in self.rounds)}))

    def is_public_holiday(self, day: date, tz: str) -> bool:
        """Whether ``day`` is a public holiday where the zone ``tz`` is."""
        subdivision = ZONE_HOLIDAY_SUBDIVISIONS.get(tz, NATIONAL)
        dates = self.holiday_dates.get((subdivision, day.year))
        if dates is None:
            dates = _holiday_dates(subdivision, [day.year])[(subdivision, day.year)]
        return day in dates


@dataclass(frozen=True)
class Verdict:
    """Whether sending is allowed at one instant in one zone.

    ``local_time`` is the instant in the recipient's zone. ``next_allowed`` is the earliest
    allowed instant, aware in that same zone; it is None when sending is allowed now, or when no
    moment within :data:`SEARCH_DAYS` days is allowed.
    """

    allowed: bool
    restriction: Restriction | None
    local_time: datetime
    next_allowed: datetime | None


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime (with a time zone)")


def _restriction_at(local: datetime, tz: str, policy: SendingPolicy) -> Restriction | None:
    """The rule that blocks ``local`` (a datetime in zone ``tz``), or None."""
    day, wall = local.date(), local.time()
    for vote in policy.votes_in(tz):
        if day == vote - timedelta(days=1) or (day == vote and wall < policy.polls_close):
            return Restriction.ELECTORAL_SILENCE
    if not policy.allow_public_holidays and policy.is_public_holiday(day, tz):
        return Restriction.PUBLIC_HOLIDAY
    if day.weekday() not in policy.days:
        return Restriction.DAY_OFF
    if not policy.start <= wall < policy.end:
        return Restriction.OUTSIDE_HOURS
    return None


def _candidates(local_now: datetime, zone: ZoneInfo, policy: SendingPolicy) -> Iterator[datetime]:
    """Instants after ``local_now`` where an allowed period may begin, in order, bounded.

    An allowed period in a day is [start, end) minus the silence, so it begins either at the
    window start or at the close of the polls on voting day.
    """
    first_day = local_now.date()
    votes = set(policy.votes_in(zone.key))
    for offset in range(SEARCH_DAYS + 1):
        day = first_day + timedelta(days=offset)
        walls = [policy.start]
        if day in votes:
            walls.append(policy.polls_close)
        for wall in sorted(walls):
            # Normalise through UTC so a wall time inside a DST gap lands on a real instant.
            instant = datetime.combine(day, wall, tzinfo=zone).astimezone(UTC).astimezone(zone)
            if instant > local_now:
                yield instant


def check_moment(now: datetime, tz: str, policy: SendingPolicy) -> Verdict:
    """May a message reach a recipient in zone ``tz`` at ``now``? Raises ValueError if naive."""
    _require_aware(now)
    local = now.astimezone(ZoneInfo(tz))
    restriction = _restriction_at(local, tz, policy)
    if restriction is None:
        return Verdict(allowed=True, restriction=None, local_time=local, next_allowed=None)
    try:
        following: datetime | None = next_allowed_moment(now, tz, policy)
    except NoSendingWindowError:
        following = None
    return Verdict(allowed=False, restriction=restriction, local_time=local, next_allowed=following)


def next_allowed_moment(now: datetime, tz: str, policy: SendingPolicy) -> datetime:
    """The earliest instant >= ``now`` allowed in zone ``tz``, aware in that zone.

    Raises :class:`NoSendingWindowError` when none exists within :data:`SEARCH_DAYS` days.
    """
    _require_aware(now)
    zone = ZoneInfo(tz)
    local_now = now.astimezone(zone)
    if _restriction_at(local_now, tz, policy) is None:
        return local_now
    for candidate in _candidates(local_now, zone, policy):
        if _restriction_at(candidate, tz, policy) is None:
            return candidate
    raise NoSendingWindowError()


def check_recipients(
    now: datetime, zones: Iterable[str], policy: SendingPolicy
) -> dict[str, Verdict]:
    """One verdict per distinct zone; a batch may go out only if every verdict allows it."""
    _require_aware(now)
    return {tz: check_moment(now, tz, policy) for tz in dict.fromkeys(zones)}


def next_allowed_for_all(now: datetime, zones: Iterable[str], policy: SendingPolicy) -> datetime:
    """The earliest instant >= ``now`` allowed in every zone at once, in UTC.

    The intersection of the zones' allowed periods begins at ``now`` or where one zone's period
    begins, so only those candidates are tried. With no zone, ``now`` itself is returned.
    Raises :class:`NoSendingWindowError` when none exists within :data:`SEARCH_DAYS` days.
    """
    _require_aware(now)
    distinct = list(dict.fromkeys(zones))
    now_utc = now.astimezone(UTC)
    if not distinct:
        return now_utc
    zone_infos = {tz: ZoneInfo(tz) for tz in distinct}

    def allowed_everywhere(instant: datetime) -> bool:
        return all(
            _restriction_at(instant.astimezone(info), tz, policy) is None
            for tz, info in zone_infos.items()
        )

    if allowed_everywhere(now_utc):
        return now_utc
    streams = [_candidates(now.astimezone(info), info, policy) for info in zone_infos.values()]
    for candidate in heapq.merge(*streams):
        if allowed_everywhere(candidate):
            return candidate.astimezone(UTC)
    raise NoSendingWindowError()


def silence_periods(policy: SendingPolicy, tz: str) -> list[tuple[datetime, datetime]]:
    """The electoral silence of each round as [start, end) instants, aware in zone ``tz``."""
    zone = ZoneInfo(tz)
    return [
        (
            datetime.combine(vote - timedelta(days=1), time(0, 0), tzinfo=zone),
            datetime.combine(vote, policy.polls_close, tzinfo=zone),
        )
        for vote in policy.votes_in(tz)
    ]


def sending_deadline(now: datetime, zones: Iterable[str], policy: SendingPolicy) -> datetime | None:
    """The instant sending stops being allowed for one of the zones, or None if it is not now.

    An allowed period never crosses midnight (the window ends by 21:30 and every other rule
    covers whole days, the silence included), so for each zone it ends at the close of today's
    sending hours; the deadline is the earliest of them, aware in the zone it belongs to.
    """
    _require_aware(now)
    ends = []
    for tz in dict.fromkeys(zones):
        zone = ZoneInfo(tz)
        local = now.astimezone(zone)
        if _restriction_at(local, tz, policy) is not None:
            return None
        end = datetime.combine(local.date(), policy.end, tzinfo=zone)
        ends.append(end.astimezone(UTC).astimezone(zone))
    return min(ends, key=lambda end: end.astimezone(UTC)) if ends else None
