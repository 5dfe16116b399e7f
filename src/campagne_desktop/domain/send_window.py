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

from .calendar import SendingPolicy, check_moment, next_allowed_moment, restriction_label
from .messages import QT_TRANSLATE_NOOP, ComplianceError

# Less than this left in today's window: "next allowed moment" takes the following window.
MIN_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class SendMoment:
    zone: str
    send_at: datetime | None  # aware UTC; None = at once
    valid_until: datetime  # aware UTC: the end of the allowed period it falls in


def allowed_until(moment: datetime, tz: str, policy: SendingPolicy) -> datetime:
    """The end (UTC) of the allowed period containing ``moment`` in zone ``tz``."""
    zone = ZoneInfo(tz)
    local = moment.astimezone(zone)
    end = datetime.combine(local.date(), policy.end, tzinfo=zone).astimezone(UTC)
    return end


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
    now: datetime, tz: str, policy: SendingPolicy, *, at: datetime | None, next_allowed: bool
) -> SendMoment:
    """The moment for recipients in ``tz``: now, ``at``, or the next allowed moment.

    Raises :class:`ComplianceError` when ``at`` (or now) is not allowed there.
    """
    now = now.astimezone(UTC)
    if next_allowed:
        start = next_allowed_moment(now, tz, policy).astimezone(UTC)
        if allowed_until(start, tz, policy) - start < MIN_WINDOW:
            start = next_allowed_moment(
                allowed_until(start, tz, policy) + timedelta(seconds=1), tz, policy
            ).astimezone(UTC)
    else:
        start = (at or now).astimezone(UTC)
        if not check_moment(start, tz, policy).allowed:
            raise _refused(start, tz, policy)
    return SendMoment(
        zone=tz,
        send_at=None if start <= now else start,
        valid_until=allowed_until(start, tz, policy),
    )


def plan_moments(
    now: datetime,
    zones: Iterable[str],
    policy: SendingPolicy,
    *,
    at: datetime | None = None,
    next_allowed: bool = False,
) -> dict[str, SendMoment]:
    """One :class:`SendMoment` per distinct zone."""
    return {
        tz: plan_moment(now, tz, policy, at=at, next_allowed=next_allowed)
        for tz in dict.fromkeys(zones)
    }
