"""The opt-out list (LEGAL.md §3): independent of contacts, honoured at once and for good."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.enums import OptOutChannel
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.phones import PhoneError, normalise
from ..importers import read_phone_list
from ..storage.database import Database
from ..storage.models import OptOut
from . import audit


class OptOutError(UserError):
    pass


@dataclass(frozen=True)
class OptOutView:
    phone: str
    created_at: datetime
    channel: OptOutChannel
    note: str


@dataclass
class OptOutImportReport:
    added: int = 0
    already: int = 0
    invalid: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)


def add_opt_out(
    session: Session, phone: str, channel: OptOutChannel, now: datetime, note: str = ""
) -> bool:
    """Opt ``phone`` (E.164) out in the caller's transaction; False if it already was."""
    if session.scalar(select(OptOut.id).where(OptOut.phone == phone)) is not None:
        return False
    session.add(OptOut(phone=phone, created_at=now, channel=channel.value, note=note))
    return True


def record_opt_out(
    db: Database,
    raw_phone: str,
    *,
    channel: OptOutChannel = OptOutChannel.MANUAL,
    note: str = "",
    actor: str,
    now: datetime,
) -> bool:
    phone = normalise(raw_phone).e164
    with db.session() as session:
        added = add_opt_out(session, phone, channel, now, note)
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.OPTOUT_ADDED,
            counts={"added": int(added)},
            kind=channel,
        )
    return added


def import_opt_outs(
    db: Database,
    path: Path,
    *,
    channel: OptOutChannel = OptOutChannel.PROVIDER_BLACKLIST,
    actor: str,
    now: datetime,
) -> OptOutImportReport:
    """A provider's STOP/blacklist export or a plain list of numbers, in one transaction."""
    report = OptOutImportReport()
    with db.session() as session:
        known = set(session.scalars(select(OptOut.phone)))
        for row, raw in read_phone_list(path):
            try:
                phone = normalise(raw).e164
            except PhoneError:
                report.invalid += 1
                report.rejected.append((row, raw))
                continue
            if phone in known:
                report.already += 1
                continue
            known.add(phone)
            session.add(
                OptOut(
                    phone=phone,
                    created_at=now,
                    channel=channel.value,
                    note=path.name,
                )
            )
            report.added += 1
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.OPTOUT_IMPORTED,
            counts={"added": report.added, "already": report.already, "invalid": report.invalid},
        )
    return report


def list_opt_outs(
    db: Database, *, search: str = "", offset: int = 0, limit: int | None = None
) -> list[OptOutView]:
    query = select(OptOut).order_by(OptOut.created_at.desc(), OptOut.id.desc()).offset(offset)
    digits = "".join(c for c in search if c.isdigit()).lstrip("0")
    if digits:
        query = query.where(OptOut.phone.contains(digits))
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [
            OptOutView(o.phone, o.created_at, OptOutChannel(o.channel), o.note)
            for o in session.scalars(query)
        ]


def is_opted_out(db: Database, raw_phone: str) -> bool:
    phone = normalise(raw_phone).e164
    with db.session() as session:
        return session.scalar(select(OptOut.id).where(OptOut.phone == phone)) is not None


def remove_opt_out(db: Database, raw_phone: str, *, reason: str, actor: str, now: datetime) -> None:
    """Lift an opt-out: only with a written reason (e.g. the person asked again), audited."""
    if len(reason.strip()) < 10:
        raise OptOutError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Removing an opt-out needs a written reason (at least 10 characters), for "
                "example the date and way the person asked to hear from you again.",
            )
        )
    phone = normalise(raw_phone).e164
    with db.session() as session:
        row = session.scalar(select(OptOut).where(OptOut.phone == phone))
        if row is None:
            raise OptOutError(
                QT_TRANSLATE_NOOP("messages", "The number {phone} is not on the opt-out list."),
                phone=raw_phone,
            )
        session.delete(row)
        # The reason is the user's own words and may quote a name: keep it out of the audit.
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.OPTOUT_REMOVED,
            counts={"removed": 1},
        )
