"""The deadline of an exported file: it must reach the provider before sending stops being allowed.

A file exported at 19:59 on the Friday before the vote could otherwise be uploaded during the
electoral silence. The deadline is the end of the current allowed period for the batch's actual
recipients (the end of today's sending hours in the zone where it comes first; the silence,
public holidays and days off always begin at midnight, after it). Closer than
:data:`CONFIRM_MARGIN`, the export asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from ..domain.calendar import SendingPolicy, sending_deadline
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError
from ..domain.places import zone_place
from ..domain.profile import CampaignProfile

CONFIRM_MARGIN = timedelta(minutes=30)

DEADLINE_TOO_CLOSE = QT_TRANSLATE_NOOP(
    "messages",
    "This file must be sent before {deadline}, {minutes} min from now: after that, sending "
    "hours end or the electoral silence begins for some of its recipients. Export it only if "
    "you upload it to your provider at once, and confirm (--yes on the command line).",
)


class DeadlineTooCloseError(ComplianceError):
    """Less than :data:`CONFIRM_MARGIN` is left to send the file: the user must confirm."""

    def __init__(self, deadline: datetime, now: datetime, timezone: str) -> None:
        self.deadline = deadline
        minutes = max(0, int((deadline - now).total_seconds() // 60))
        super().__init__(
            DEADLINE_TOO_CLOSE, deadline=deadline_text(deadline, timezone), minutes=minutes
        )


def deadline_text(
    deadline: datetime, timezone: str, translate: Callable[[str], str] | None = None
) -> str:
    """ "13/03/2026 20:00 (Guadeloupe)": in the campaign's zone, which the user lives by; the
    place is named in ``translate``'s language, or left out when there is none to name it in."""
    moment = f"{deadline.astimezone(ZoneInfo(timezone)):%d/%m/%Y %H:%M}"
    return f"{moment} ({zone_place(timezone, translate)})" if translate else moment


def zones_deadline(profile: CampaignProfile, zones: list[str], now: datetime) -> datetime | None:
    """The deadline for recipients in ``zones`` (the compliance report has them), in UTC."""
    deadline = sending_deadline(now, zones, SendingPolicy.from_profile(profile))
    return deadline.astimezone(UTC) if deadline is not None else None


def require_time_to_send(
    profile: CampaignProfile, zones: list[str], *, now: datetime, confirmed: bool
) -> datetime | None:
    """The deadline for a checked batch whose recipients are in ``zones``; raises
    :class:`DeadlineTooCloseError` when it is near and not ``confirmed``.

    Called by the export inside its one transaction, after the check: a refusal here leaves no
    file and changes nothing."""
    deadline = zones_deadline(profile, zones, now)
    if deadline is not None and deadline - now < CONFIRM_MARGIN and not confirmed:
        raise DeadlineTooCloseError(deadline, now, profile.timezone)
    return deadline
