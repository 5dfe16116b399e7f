"""The dashboard's figures in one read: the same eligibility policy as every batch.

The "next allowed moment" is the one of the people a message may actually go to, in their own
time zones (a contact in Guadeloupe or Papeete moves it), not the campaign's zone alone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..domain.calendar import (
    METROPOLITAN_ZONE,
    REGION_PREFIX_LENGTH,
    NoSendingWindowError,
    Restriction,
    SendingPolicy,
    check_recipients,
    next_allowed_for_all,
    region_for_e164,
    silence_periods,
    zones_for_region,
)
from ..domain.enums import ConsentStatus, SourceKind, TemplateKind
from ..domain.places import POLYNESIA_ZONES
from ..domain.profile import CampaignProfile
from ..domain.selection import Selection
from ..storage.models import Contact, Source
from .audience import count_reachable, reachable_clause
from .unit_of_work import UnitOfWork
from .wipe import wipe_deadline
from .wipe_scan import count_rows


@dataclass(frozen=True)
class DashboardFigures:
    contacts: int
    reachable: int  # a campaign message may go to them now
    askable: int  # a consent request may still go to them (never asked, not in a live batch)
    opted_out: int
    batches: int
    templates: int
    zones: tuple[str, ...] = ()  # every zone where someone of ``reachable`` or ``askable`` is


@dataclass(frozen=True)
class SendingOutlook:
    """Whether a message may reach every one of them now, else why not and from when."""

    restriction: Restriction | None  # None: allowed now in every zone
    next_allowed: datetime | None = None  # None when allowed now, or never within the search


def dashboard_figures(uow: UnitOfWork, default_tz: str = METROPOLITAN_ZONE) -> DashboardFigures:
    """``default_tz`` (the profile's zone) stands for numbers of no French region."""
    with uow.transaction() as session:
        rows = count_rows(session)
        everyone = Selection()  # no 'not messaged since' day: no time zone is involved
        return DashboardFigures(
            contacts=rows.get("contacts", 0),
            reachable=count_reachable(session, TemplateKind.CAMPAIGN, everyone, tz="UTC"),
            askable=count_reachable(session, TemplateKind.CONSENT, everyone, tz="UTC"),
            opted_out=rows.get("opt_outs", 0),
            batches=rows.get("batches", 0),
            templates=rows.get("templates", 0),
            zones=recipient_zones(session, default_tz),
        )


def recipient_zones(session: Session, default_tz: str) -> tuple[str, ...]:
    """Every zone where a contact the policy lets a message reach (either kind) may be."""
    prefix = func.substr(Contact.phone, 1, REGION_PREFIX_LENGTH)
    query = (
        select(prefix, func.min(Contact.phone))
        .where(
            or_(
                reachable_clause(TemplateKind.CAMPAIGN),
                reachable_clause(TemplateKind.CONSENT),
            )
        )
        .group_by(prefix)
    )
    zones: dict[str, None] = {}
    for _prefix, phone in session.execute(query):
        zones.update(dict.fromkeys(zones_for_region(region_for_e164(phone), default_tz)))
    return tuple(zones)


def sending_outlook(
    zones: tuple[str, ...], policy: SendingPolicy, now: datetime, default_tz: str
) -> SendingOutlook:
    """The verdict for recipients in ``zones`` (``default_tz`` when nobody is reachable yet)."""
    judged = zones or (default_tz,)
    blocked = [v for v in check_recipients(now, judged, policy).values() if not v.allowed]
    if not blocked:
        return SendingOutlook(None)
    try:
        following: datetime | None = next_allowed_for_all(now, judged, policy)
    except NoSendingWindowError:
        following = None
    return SendingOutlook(blocked[0].restriction, following)


@dataclass(frozen=True)
class SourceCount:
    kind: SourceKind
    description: str
    by_consent: dict[ConsentStatus, int]

    @property
    def contacts(self) -> int:
        return sum(self.by_consent.values())


@dataclass(frozen=True)
class ContactBreakdown:
    """Contacts by consent state, and by source (each import is a source)."""

    by_consent: dict[ConsentStatus, int]
    by_source: tuple[SourceCount, ...]  # largest first


def contact_breakdown(uow: UnitOfWork) -> ContactBreakdown:
    """One GROUP BY read from the ``(source_id, consent)`` index: about 0.1 s at a million."""
    with uow.transaction() as session:
        grouped = session.execute(
            select(Contact.source_id, Contact.consent, func.count()).group_by(
                Contact.source_id, Contact.consent
            )
        ).all()
        sources = {
            row.id: (SourceKind(row.kind), row.description)
            for row in session.execute(select(Source.id, Source.kind, Source.description))
        }
    by_consent = dict.fromkeys(ConsentStatus, 0)
    by_source: dict[int, dict[ConsentStatus, int]] = defaultdict(
        lambda: dict.fromkeys(ConsentStatus, 0)
    )
    for source_id, consent, count in grouped:
        by_consent[ConsentStatus(consent)] += count
        by_source[source_id][ConsentStatus(consent)] += count
    counted = [
        SourceCount(sources[source_id][0], sources[source_id][1], counts)
        for source_id, counts in by_source.items()
        if source_id in sources
    ]
    counted.sort(key=lambda s: (-s.contacts, s.description))
    return ContactBreakdown(by_consent, tuple(counted))


@dataclass(frozen=True)
class TimelineRound:
    number: int
    day: date
    declared: bool  # False: a second round nobody entered, protected on its legal date


@dataclass(frozen=True)
class SilencePeriod:
    """The electoral silence of one round in some zones, [start, end) aware in UTC."""

    round_number: int
    start: datetime
    end: datetime
    # The places (groups of zones, see ``domain.places``) it holds for; empty: the campaign's.
    places: tuple[tuple[str, ...], ...] = ()

    @property
    def overseas(self) -> bool:
        return bool(self.places)


@dataclass(frozen=True)
class ElectionTimeline:
    """Everything the dashboard's timeline draws; the widget computes no rule."""

    zone: str  # the campaign's zone: every moment is shown there
    now: datetime
    rounds: tuple[TimelineRound, ...]
    silences: tuple[SilencePeriod, ...]  # the campaign zone's first, then the stricter ones
    allowed_now: bool
    next_allowed: datetime | None  # None: allowed now, or no allowed moment within the search
    wipe_deadline: date  # recommended: the last round plus the delay of ``services.wipe``
    start: datetime  # the span drawn
    end: datetime


def _round_silences(policy: SendingPolicy, tz: str) -> dict[int, tuple[datetime, datetime]]:
    """Per round number, the silence in zone ``tz`` as one [start, end) in UTC: where people
    vote on the Saturday too, its two days' periods overlap and are drawn as one."""
    found: dict[int, tuple[datetime, datetime]] = {}
    for start, end in silence_periods(policy, tz):
        vote = end.date()
        number = next(n for n, day in enumerate(policy.rounds, start=1) if day >= vote)
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        if number in found:
            start, end = min(start, found[number][0]), max(end, found[number][1])
        found[number] = (start, end)
    return found


def _place_groups(zones: list[str]) -> tuple[tuple[str, ...], ...]:
    groups = [POLYNESIA_ZONES if zone in POLYNESIA_ZONES else (zone,) for zone in zones]
    return tuple(dict.fromkeys(groups))


def election_timeline(
    profile: CampaignProfile, policy: SendingPolicy, zones: tuple[str, ...], now: datetime
) -> ElectionTimeline:
    """The timeline for recipients in ``zones`` (the dashboard's ``DashboardFigures.zones``):
    the campaign zone's silences, and those of other zones where they start or end elsewhere."""
    tz = profile.timezone
    declared = {profile.round1, profile.round2}
    rounds = tuple(
        TimelineRound(number, day, day in declared)
        for number, day in enumerate(policy.rounds, start=1)
    )
    own = _round_silences(policy, tz)
    silences = [SilencePeriod(n, start, end) for n, (start, end) in sorted(own.items())]
    # Per round, one stricter band: from the earliest start to the latest end among the zones
    # whose silence differs (overseas, and the Saturday vote), with the places it holds for.
    stricter: dict[int, tuple[datetime, datetime, list[str]]] = {}
    for zone in zones:
        if zone == tz:
            continue
        for number, (start, end) in _round_silences(policy, zone).items():
            if (start, end) == own.get(number):
                continue
            if number in stricter:
                first, last, where = stricter[number]
                start, end = min(start, first), max(end, last)
                where.append(zone)
            else:
                where = [zone]
            stricter[number] = (start, end, where)
    for number, (start, end, where) in sorted(stricter.items()):
        silences.append(SilencePeriod(number, start, end, _place_groups(where)))
    outlook = sending_outlook(zones, policy, now, tz)
    deadline = wipe_deadline(profile)
    now_utc = now.astimezone(UTC)
    moments = [now_utc, *(p.start for p in silences), *(p.end for p in silences)]
    if outlook.next_allowed is not None:
        moments.append(outlook.next_allowed.astimezone(UTC))
    deadline_moment = datetime.combine(deadline, datetime.min.time(), tzinfo=UTC)
    margin = timedelta(days=2)
    return ElectionTimeline(
        zone=tz,
        now=now_utc,
        rounds=rounds,
        silences=tuple(silences),
        allowed_now=outlook.restriction is None,
        next_allowed=None
        if outlook.restriction is None or outlook.next_allowed is None
        else outlook.next_allowed.astimezone(UTC),
        wipe_deadline=deadline,
        start=min(moments) - margin,
        end=max(*moments, deadline_moment) + margin,
    )
