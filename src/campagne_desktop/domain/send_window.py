"""When a provider should deliver a message, and until when it may still try (LEGAL.md §4).

Pure: time is passed in. An allowed period always ends on its own day at the policy's end of
sending hours (silence, holidays and days off cover whole days, or end at the close of the
polls), so a message handed over at an allowed moment and valid until that end can never be
delivered inside a forbidden period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from .calendar import SendingPolicy, check_moment, next_allowed_for_all, restriction_label
from .messages import QT_TRANSLATE_NOOP, ComplianceError

# Less than this left in today's window: "next allowed moment" takes the following window.
MIN_WINDOW = timedelta(minutes=10)


# The zones one recipient may be in: one, or several when the number does not say which island
# (French Polynesia's three). A moment must be allowed in all of them (LEGAL.md §4).
Zones = str | tuple[str, ...]


def zone_group(zones: Zones) -> tuple[str, ...]:
    return (zones,) if isinstance(zones, str) else tuple(dict.fromkeys(zones))


def group_label(zones: Zones) -> str:
    return ", ".join(zone_group(zones))


@dataclass(frozen=True)
class SendMoment:
    zones: tuple[str, ...]
    send_at: datetime | None  # aware UTC; None = at once
    valid_until: datetime  # aware UTC: the end of the allowed period it falls in, in every zone

    @property
    def zone(self) -> str:
        return group_label(self.zones)


def allowed_until(moment: datetime, tz: str, policy: SendingPolicy) -> datetime:
    """The end (UTC) of the allowed period containing ``moment`` in zone ``tz``."""
    zone = ZoneInfo(tz)
    local = moment.astimezone(zone)
    end = datetime.combine(local.date(), policy.end, tzinfo=zone).astimezone(UTC)
    return end


def allowed_until_all(moment: datetime, zones: tuple[str, ...], policy: SendingPolicy) -> datetime:
    """The first of the zones' ends: after it, one of them no longer allows sending."""
    return min(allowed_until(moment, tz, policy) for tz in zones)


def _refused(moment: datetime, tz: str, policy: SendingPolicy) -> ComplianceError:
    verdict = check_moment(moment, tz, policy)
    assert verdict.restriction is not None
    return ComplianceError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Sending at {moment} is not allowed for recipients in {zone}: {restriction}.",
        ),
        moment=moment.astimezone(ZoneInfo(tz)).strftime("%d/%m/%Y %H:%M"),
        zone=tz,
        restriction=restriction_label(verdict.restriction),
    )


def plan_moment(
    now: datetime, tz: Zones, policy: SendingPolicy, *, at: datetime | None, next_allowed: bool
) -> SendMoment:
    """The moment for recipients in ``tz`` (a zone, or the zones one recipient may be in): now,
    ``at``, or the next moment allowed in all of them.

    Raises :class:`ComplianceError` when ``at`` (or now) is not allowed in one of them.
    """
    zones = zone_group(tz)
    now = now.astimezone(UTC)
    if next_allowed:
        start = next_allowed_for_all(now, zones, policy)
        end = allowed_until_all(start, zones, policy)
        if end - start < MIN_WINDOW:
            start = next_allowed_for_all(end + timedelta(seconds=1), zones, policy)
    else:
        start = (at or now).astimezone(UTC)
        for zone in zones:
            if not check_moment(start, zone, policy).allowed:
                raise _refused(start, zone, policy)
    return SendMoment(
        zones=zones,
        send_at=None if start <= now else start,
        valid_until=allowed_until_all(start, zones, policy),
    )


def plan_moments(
    now: datetime,
    zones: Iterable[Zones],
    policy: SendingPolicy,
    *,
    at: datetime | None = None,
    next_allowed: bool = False,
) -> dict[str, SendMoment]:
    """One :class:`SendMoment` per distinct zone or group of zones, keyed by its label."""
    groups = {group_label(z): zone_group(z) for z in zones}
    return {
        label: plan_moment(now, group, policy, at=at, next_allowed=next_allowed)
        for label, group in groups.items()
    }
