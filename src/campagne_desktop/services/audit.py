"""The audit trail: who did what, when, with counts. Never a phone number or a name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.database import Database
from ..storage.models import AuditEvent


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    counts: dict[str, int]
    detail: str


def record(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    counts: dict[str, int] | None = None,
    detail: str = "",
) -> None:
    """Add an event to the caller's unit of work. ``detail`` must never hold personal data."""
    session.add(
        AuditEvent(
            at=at.replace(tzinfo=None),
            actor=actor,
            action=action,
            counts=dict(counts or {}),
            detail=detail,
        )
    )


def list_events(db: Database, *, limit: int = 1000) -> list[AuditEntry]:
    with db.session() as session:
        rows = session.scalars(
            select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
        )
        return [AuditEntry(r.at, r.actor, r.action, dict(r.counts), r.detail) for r in rows]
