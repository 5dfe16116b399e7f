"""Where a batch's recipients are: their time zones, counted, for the time rules (LEGAL.md §4)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ..domain.calendar import region_for_e164, zones_for_region
from ..domain.enums import MessageState
from ..storage.database import Database
from ..storage.models import BatchMessage, Contact, OptOut
from .rights import ERASED

# The country code and the first digits decide the region (+262 639… is Mayotte, +262 69… is
# Réunion): one number per such prefix is enough, as in the compliance check.
PREFIX_LENGTH = 6
LIVE_STATES = (MessageState.PENDING.value, MessageState.EXPORTED.value)


def zone_group_counts(session: Session, batch_id: int, default_tz: str) -> Counter[tuple[str, ...]]:
    """How many live messages of the batch go to each group of zones.

    A group is the zones one recipient may be in: one zone almost everywhere, three for French
    Polynesia (a moment must be allowed in all of them). Numbers of no French region count in
    the profile's zone ``default_tz``.
    """
    prefix = func.substr(BatchMessage.phone, 1, PREFIX_LENGTH)
    rows = session.execute(
        select(prefix, func.min(BatchMessage.phone), func.count(BatchMessage.id))
        .where(
            BatchMessage.batch_id == batch_id,
            BatchMessage.state.in_(LIVE_STATES),
            BatchMessage.phone != ERASED,
        )
        .group_by(prefix)
    )
    counts: Counter[tuple[str, ...]] = Counter()
    for _prefix, phone, count in rows:
        counts[zones_for_region(region_for_e164(phone), default_tz)] += int(count)
    return counts


def contact_zones(db: Database, default_tz: str) -> list[str]:
    """Every zone where a contact who may still be messaged (not opted out) may be.

    The dashboard's "next allowed moment" is the one for these people, not for Paris.
    """
    prefix = func.substr(Contact.phone, 1, PREFIX_LENGTH)
    with db.session() as session:
        rows = session.execute(
            select(prefix, func.min(Contact.phone))
            .where(~exists(select(OptOut.id).where(OptOut.phone == Contact.phone)))
            .group_by(prefix)
        )
        zones: dict[str, None] = {}
        for _prefix, phone in rows:
            zones.update(dict.fromkeys(zones_for_region(region_for_e164(phone), default_tz)))
    return list(zones)
