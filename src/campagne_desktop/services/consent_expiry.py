"""Consent requests nobody answered: after two months the contact is proposed for erasure.

Prospection data is kept at most two months after the single prospection message (LEGAL.md §5,
the strict reading of the CNIL's older doctrine). The clock starts when the request left the app
(the export that set ``consent_requested_at``). Erasing keeps the number on the opt-out list, so
that a re-import can never ask the same person a second time (LEGAL.md §2).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.enums import ConsentStatus, OptOutChannel
from ..domain.times import in_zone
from ..storage.database import Database
from ..storage.models import BatchMessage, Contact
from . import audit
from .held_replies import release as release_held_replies
from .optouts import add_opt_out
from .profile import load_profile
from .rights import ERASED

EXPIRY_MONTHS = 2
BLOCK_NOTE = "demande de consentement restée sans réponse deux mois : effacé"


@dataclass(frozen=True)
class ExpiredRequest:
    phone: str
    first_name: str
    last_name: str
    asked_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "phone": self.phone,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "asked_at": self.asked_at.isoformat(),
        }


def months_before(moment: datetime, months: int) -> datetime:
    """The same wall time ``months`` calendar months earlier (31 May - 2 months = 31 March)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _expired(session: Session, now: datetime) -> Select[Any]:
    # Two months as the campaign's calendar counts them: the same wall time in its zone (the
    # limit stays an aware instant; a change of summer time in between is accounted for).
    local_now = in_zone(now, load_profile(session).timezone)
    limit = months_before(local_now, EXPIRY_MONTHS)
    return select(Contact).where(
        Contact.consent == ConsentStatus.PENDING.value,
        Contact.consent_requested_at.is_not(None),
        Contact.consent_requested_at <= limit,
    )


def count_expired(db: Database, *, now: datetime) -> int:
    """How many contacts have left a consent request unanswered for two months (dashboard)."""
    with db.session() as session:
        counted = _expired(session, now).with_only_columns(func.count(Contact.id)).order_by(None)
        return int(session.scalar(counted) or 0)


def expired_requests(db: Database, *, now: datetime) -> list[ExpiredRequest]:
    """The contacts whose consent request went unanswered for two months, oldest first."""
    with db.session() as session:
        return [
            ExpiredRequest(c.phone, c.first_name, c.last_name, c.consent_requested_at)
            for c in session.scalars(_expired(session, now).order_by(Contact.consent_requested_at))
            if c.consent_requested_at is not None
        ]


def erase_expired(db: Database, *, actor: str, now: datetime) -> int:
    """Erase them (contact, and number and text of their messages); block their numbers."""
    with db.session() as session:
        contacts = list(session.scalars(_expired(session, now)))
        for contact in contacts:
            session.execute(
                update(BatchMessage)
                .where(BatchMessage.phone == contact.phone)
                .values(phone=ERASED, text=ERASED, contact_id=None)
            )
            release_held_replies(session, contact.phone)
            add_opt_out(session, contact.phone, OptOutChannel.REQUEST, now, note=BLOCK_NOTE)
            session.delete(contact)
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.CONSENT_EXPIRED_ERASED,
            counts={"contacts": len(contacts)},
        )
    return len(contacts)
