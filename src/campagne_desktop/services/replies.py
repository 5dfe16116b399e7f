"""Replies from a provider's received-messages export: consent answers and STOP requests."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.audit import AuditAction
from ..domain.enums import ConsentStatus, OptOutChannel
from ..domain.phones import PhoneError, normalise
from ..providers import ReplyKind, read_replies
from ..storage.database import Database
from ..storage.models import Contact
from . import audit
from .held_replies import HoldReason, hold, release
from .optouts import add_opt_out


@dataclass
class RepliesReport:
    opted_out: int = 0
    consented: int = 0
    refused: int = 0
    ignored: int = 0  # a refusal from a number that is not a contact
    invalid: int = 0
    held: int = 0  # numbers held out of every batch until a person reads their reply
    # The held replies: no rule understood them (an objection needs no keyword), or an OUI
    # came from someone never asked. A person must read them and decide.
    to_review: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def audit_counts(self) -> dict[str, int]:
        """How many of each, for the audit trail: never the replies to read themselves."""
        return {
            "opted_out": self.opted_out,
            "consented": self.consented,
            "refused": self.refused,
            "ignored": self.ignored,
            "invalid": self.invalid,
            "held": self.held,
            "to_review": len(self.to_review),
        }


def import_replies(db: Database, path: Path, *, actor: str, now: datetime) -> RepliesReport:
    """STOP (any form) opts out; OUI to a consent request grants consent, the reply as proof."""
    report = RepliesReport()
    with db.session() as session:
        for reply in read_replies(path):
            try:
                phone = normalise(reply.phone_raw).e164
            except PhoneError:
                report.invalid += 1
                continue
            if reply.kind is ReplyKind.STOP:
                add_opt_out(session, phone, OptOutChannel.STOP_REPLY, now, note=path.name)
                release(session, phone)  # an objection settles any reply still to read
                report.opted_out += 1
                continue
            contact = session.scalar(select(Contact).where(Contact.phone == phone))
            asked = contact is not None and contact.consent_requested_at is not None
            if reply.kind is ReplyKind.CONSENT_YES and asked and contact is not None:
                contact.consent = ConsentStatus.GRANTED.value
                contact.consent_at = now
                contact.consent_evidence = (
                    f"Réponse « {reply.text.strip()[:160]} » à la demande de consentement "
                    f"(fichier {path.name}, ligne {reply.row})"
                )
                contact.updated_at = now
                report.consented += 1
            elif reply.kind is ReplyKind.REFUSED and contact is not None:
                contact.consent = ConsentStatus.REFUSED.value
                contact.consent_at = now
                contact.consent_evidence = f"Réponse « {reply.text.strip()[:160]} » ({path.name})"
                contact.updated_at = now
                report.refused += 1
            elif reply.kind is ReplyKind.REFUSED:
                report.ignored += 1
            else:
                reason = (
                    HoldReason.UNASKED_YES
                    if reply.kind is ReplyKind.CONSENT_YES
                    else HoldReason.NOT_UNDERSTOOD
                )
                hold(
                    session,
                    phone,
                    reply.text,
                    reason,
                    origin=f"{path.name}, ligne {reply.row}",
                    now=now,
                )
                report.held += 1
                report.to_review.append(
                    {"row": reply.row, "phone": phone, "text": reply.text.strip()[:320]}
                )
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.REPLIES_IMPORTED,
            counts=report.audit_counts(),
        )
    return report
