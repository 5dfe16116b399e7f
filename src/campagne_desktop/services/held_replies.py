"""Replies a person must read: their numbers are held out of every batch until someone decides.

An objection needs no keyword (LEGAL.md §3), so the strict default holds every number whose reply
no rule understood, and every "OUI" from someone who was never asked. A held number is not
reachable: the eligibility policy's reason ``Reason.REPLY_TO_READ`` (``domain/eligibility.py``),
whose SQL form (``services/audience.py``) is ``Contact.phone IN`` :func:`held_phones`.

The replies are personal data: they stay in the (encrypted) database, are shown to the user, and
are erased once decided; the audit trail only counts decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.enums import ConsentStatus, OptOutChannel
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.phones import normalise
from ..domain.times import local_day
from ..storage.database import Database
from ..storage.models import Contact, HeldReply
from . import audit
from .optouts import add_opt_out
from .profile import load_profile


class HoldReason(StrEnum):
    NOT_UNDERSTOOD = "not_understood"  # no rule understood the reply
    UNASKED_YES = "unasked_yes"  # "OUI" from a number that was never asked for consent


class Decision(StrEnum):
    OPT_OUT = "optout"  # the reply objects: block the number for good
    CONSENT = "consent"  # the reply agrees: record consent, the reply as evidence
    DISMISS = "dismiss"  # nothing to do: release the number


@dataclass(frozen=True)
class HeldReplyView:
    id: int
    phone: str
    text: str
    reason: HoldReason
    origin: str
    received_at: datetime
    has_contact: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "phone": self.phone,
            "text": self.text,
            "reason": self.reason.value,
            "origin": self.origin,
            "received_at": self.received_at.isoformat(),
            "has_contact": self.has_contact,
        }


class NoHeldReplyError(UserError):
    pass


def hold(
    session: Session, phone: str, text: str, reason: HoldReason, *, origin: str, now: datetime
) -> None:
    """Hold ``phone`` (E.164) in the caller's transaction until a person decides."""
    session.add(
        HeldReply(
            phone=phone,
            text=text.strip()[:640],
            reason=reason.value,
            origin=origin,
            received_at=now,
        )
    )


def held_phones() -> Select[str]:
    """The held numbers as a subquery: ``Contact.phone.not_in(held_phones())``."""
    return select(HeldReply.phone).distinct()


def held_numbers(session: Session) -> set[str]:
    """Every number held until a person reads its reply."""
    return set(session.scalars(held_phones()))


def count_held(db: Database) -> int:
    """How many numbers wait for a person (the badge on the Opt-outs page)."""
    with db.session() as session:
        return int(session.scalar(select(func.count(func.distinct(HeldReply.phone)))) or 0)


def list_held(db: Database) -> list[HeldReplyView]:
    """The held replies, oldest first."""
    with db.session() as session:
        known = set(session.scalars(select(Contact.phone).where(Contact.phone.in_(held_phones()))))
        return [
            HeldReplyView(
                id=row.id,
                phone=row.phone,
                text=row.text,
                reason=HoldReason(row.reason),
                origin=row.origin,
                received_at=row.received_at,
                has_contact=row.phone in known,
            )
            for row in session.scalars(select(HeldReply).order_by(HeldReply.id))
        ]


def release(session: Session, phone: str) -> int:
    """Drop the held replies of ``phone`` (decided, or superseded by an opt-out)."""
    released = len(session.scalars(select(HeldReply.id).where(HeldReply.phone == phone)).all())
    session.execute(delete(HeldReply).where(HeldReply.phone == phone))
    return released


def decide(db: Database, raw_phone: str, decision: Decision, *, actor: str, now: datetime) -> int:
    """A person read the replies of one number and decided; returns how many were released."""
    phone = normalise(raw_phone).e164
    with db.session() as session:
        texts = list(session.scalars(select(HeldReply.text).where(HeldReply.phone == phone)))
        if not texts:
            raise NoHeldReplyError(
                QT_TRANSLATE_NOOP("messages", "No reply from {phone} is waiting to be read."),
                phone=raw_phone,
            )
        if decision is Decision.OPT_OUT:
            add_opt_out(session, phone, OptOutChannel.STOP_REPLY, now, note="reply read")
        elif decision is Decision.CONSENT:
            contact = session.scalar(select(Contact).where(Contact.phone == phone))
            if contact is None:
                raise NoHeldReplyError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "There is no contact with the number {phone}: consent cannot be "
                        "recorded. Choose Opt out or Nothing to do.",
                    ),
                    phone=raw_phone,
                )
            quoted = " / ".join(f"« {text[:160]} »" for text in texts)
            contact.consent = ConsentStatus.GRANTED.value
            day = local_day(now, load_profile(session).timezone)  # the campaign's day
            contact.consent_at = now
            contact.consent_evidence = f"Réponse {quoted}, lue par {actor} le {day:%d/%m/%Y}"
            contact.updated_at = now
        released = release(session, phone)
        audit.record(
            session, at=now, actor=actor, action=AuditAction.REPLIES_DECIDED, counts={decision: 1}
        )
    return released
