"""Consent changes and data-subject rights (LEGAL.md §2-3): show, export, erase, oppose."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from ..domain.audit import AuditAction
from ..domain.enums import ConsentStatus, OptOutChannel
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.phones import normalise
from ..providers.files import PendingOutputs
from ..storage.database import Database
from ..storage.models import BatchMessage, Contact, ExportedFile, HeldReply, OptOut
from . import audit
from .contacts import ContactNotFoundError, find_contact
from .held_replies import release as release_held_replies
from .optouts import add_opt_out
from .private_files import write_owner_only

ERASED = "[effacé]"


class RightsError(UserError):
    pass


def set_consent(
    db: Database,
    raw_phone: str,
    status: ConsentStatus,
    *,
    evidence: str,
    actor: str,
    now: datetime,
) -> None:
    """Grant or refuse consent for one number, keeping the evidence (reply text, form...)."""
    if status is ConsentStatus.GRANTED and not evidence.strip():
        raise RightsError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Consent needs its evidence: the reply received, the form signed, with the date.",
            )
        )
    with db.session() as session:
        contact = find_contact(session, raw_phone)
        if contact is None:
            raise ContactNotFoundError(
                QT_TRANSLATE_NOOP("messages", "No contact has the number {phone}."), phone=raw_phone
            )
        contact.consent = status.value
        contact.consent_at = now
        contact.consent_evidence = evidence.strip()
        contact.updated_at = now
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction(f"consent.{status.value}"),
            counts={"contacts": 1},
        )


@dataclass(frozen=True)
class SubjectData:
    """Everything held about one number."""

    phone: str
    contact: dict[str, Any] | None
    opt_out: dict[str, Any] | None
    messages: list[dict[str, Any]]
    held_replies: list[dict[str, Any]] = field(default_factory=list)  # replies still to read

    def as_json(self) -> dict[str, Any]:
        return {
            "phone": self.phone,
            "contact": self.contact,
            "opt_out": self.opt_out,
            "messages": self.messages,
            "held_replies": self.held_replies,
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def subject_data(db: Database, raw_phone: str) -> SubjectData:
    phone = normalise(raw_phone).e164
    with db.session() as session:
        contact = session.scalar(select(Contact).where(Contact.phone == phone))
        opt_out = session.scalar(select(OptOut).where(OptOut.phone == phone))
        messages = session.scalars(
            select(BatchMessage).where(BatchMessage.phone == phone).order_by(BatchMessage.id)
        ).all()
        contact_data = None
        if contact is not None:
            source = contact.source
            contact_data = {
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "commune": contact.commune,
                "postal_code": contact.postal_code,
                "tags": [t for t in contact.tags.split(",") if t],
                "consent": contact.consent,
                "consent_at": _iso(contact.consent_at),
                "consent_evidence": contact.consent_evidence,
                "consent_requested_at": _iso(contact.consent_requested_at),
                "created_at": _iso(contact.created_at),
                "source": {
                    "kind": source.kind,
                    "description": source.description,
                    "obtained_on": source.obtained_on.isoformat(),
                    "file_name": source.file_name,
                    "collection_wording": source.collection_wording,
                },
            }
        return SubjectData(
            phone=phone,
            contact=contact_data,
            opt_out=None
            if opt_out is None
            else {"since": _iso(opt_out.created_at), "channel": opt_out.channel},
            messages=[{"batch": m.batch_id, "text": m.text, "state": m.state} for m in messages],
            held_replies=[
                {"received_at": _iso(r.received_at), "text": r.text, "origin": r.origin}
                for r in session.scalars(select(HeldReply).where(HeldReply.phone == phone))
            ],
        )


def export_subject_data(
    db: Database,
    raw_phone: str,
    path: Path,
    *,
    actor: str,
    now: datetime,
    overwrite: bool = False,
) -> Path:
    """Write all that is held about a number to ``path`` (JSON, 0600, recorded for the wipe)."""
    data = subject_data(db, raw_phone)
    if data.contact is None and data.opt_out is None and not data.messages:
        raise ContactNotFoundError(
            QT_TRANSLATE_NOOP("messages", "Nothing is held about the number {phone}."),
            phone=raw_phone,
        )
    path = write_owner_only(
        path, data.as_json(), overwrite=overwrite, pending=PendingOutputs.beside(db.path)
    )
    with db.session() as session:
        if session.scalar(select(ExportedFile.id).where(ExportedFile.path == str(path))) is None:
            session.add(ExportedFile(path=str(path), kind="rights-export", created_at=now))
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.RIGHTS_EXPORTED,
            counts={"messages": len(data.messages)},
        )
    return path


def erase_subject(
    db: Database, raw_phone: str, *, actor: str, now: datetime, oppose: bool = False
) -> dict[str, int]:
    """Erase the contact and the personal data in its messages; ``oppose`` also blocks the number.

    Batch messages keep their state and segment count (the campaign's accounts) but lose the
    number and the text. The audit trail needs no erasing: its fields are typed counts and ids,
    with no room for a number (services/audit.py), and erased rows are zeroed on disk. A person
    who was already asked for consent is blocked too: with no trace left of that request, a
    re-import would ask them a second time (LEGAL.md §2).
    """
    phone = normalise(raw_phone).e164
    with db.session() as session:
        contact = session.scalar(select(Contact).where(Contact.phone == phone))
        erased_messages = len(
            session.scalars(select(BatchMessage.id).where(BatchMessage.phone == phone)).all()
        )
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.phone == phone)
            .values(phone=ERASED, text=ERASED, contact_id=None)
        )
        if contact is not None:
            session.delete(contact)
        released = release_held_replies(session, phone)  # their text is personal data too
        asked = contact is not None and contact.consent_requested_at is not None
        opted_out = (
            add_opt_out(session, phone, OptOutChannel.REQUEST, now) if oppose or asked else False
        )
        if contact is None and not erased_messages and not opted_out and not released:
            raise ContactNotFoundError(
                QT_TRANSLATE_NOOP("messages", "Nothing is held about the number {phone}."),
                phone=raw_phone,
            )
        counts = {
            "contacts": int(contact is not None),
            "messages": int(erased_messages or 0),
            "opt_outs": int(opted_out),
        }
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.RIGHTS_OPPOSED if oppose else AuditAction.RIGHTS_ERASED,
            counts=counts,
        )
    return counts
