"""The dashboard's figures in one read: the same eligibility policy as every batch.

The "next allowed moment" is the one of the people a message may actually go to, in their own
time zones (a contact in Guadeloupe or Papeete moves it), not the campaign's zone alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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
    zones_for_region,
)
from ..domain.enums import TemplateKind
from ..domain.selection import Selection
from ..storage.models import Contact
from .audience import count_reachable, reachable_clause
from .unit_of_work import UnitOfWork
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
