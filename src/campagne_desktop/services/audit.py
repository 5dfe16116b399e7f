"""The audit trail: who did what, when, with counts. Never a phone number or a name.

``record`` takes typed fields only and refuses anything outside the allowlist of
``domain.audit``: a caller cannot pass a report, a reply or a name by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.audit import COUNT_NAMES, AuditAction, is_plain_name
from ..domain.profile import CampaignProfile
from ..storage.database import Database
from ..storage.models import AuditEvent

PROFILE_FIELDS = frozenset(f.name for f in fields(CampaignProfile))
# The actor is the login of whoever ran the action; one that looks like a number is not kept.
_DIGITS = re.compile(r"[0-9]")
ANONYMOUS_ACTOR = "?"


class AuditFieldError(ValueError):
    """A programming error: something outside the audit allowlist was about to be recorded."""


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    counts: dict[str, int]
    batch_id: int | None = None
    template_id: int | None = None
    kind: str | None = None
    fields: tuple[str, ...] = ()

    @property
    def detail(self) -> str:
        """The typed fields as one short line (``batch=3 kind=ovh``), for people."""
        parts = []
        if self.batch_id is not None:
            parts.append(f"batch={self.batch_id}")
        if self.template_id is not None:
            parts.append(f"template={self.template_id}")
        if self.kind is not None:
            parts.append(f"kind={self.kind}")
        if self.fields:
            parts.append("fields=" + ",".join(self.fields))
        return " ".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "counts": dict(self.counts),
            "batch_id": self.batch_id,
            "template_id": self.template_id,
            "kind": self.kind,
            "fields": list(self.fields),
            "detail": self.detail,
        }


def _count_name(name: object) -> str:
    value = name.value if isinstance(name, Enum) else name
    allowed = isinstance(name, Enum) or value in COUNT_NAMES
    if not (allowed and isinstance(value, str) and is_plain_name(value)):
        raise AuditFieldError(f"not an audit count name: {type(name).__name__}")
    return value


def _counts(counts: Mapping[Any, object]) -> dict[str, int]:
    clean: dict[str, int] = {}
    for name, value in counts.items():
        key = _count_name(name)
        # bool is an int subclass: a flag counts as 0 or 1; anything else (text, lists) is refused.
        if not isinstance(value, int):
            raise AuditFieldError(f"audit count {key} is not an integer")
        clean[key] = int(value)
    return clean


def _id(value: int | None, what: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise AuditFieldError(f"audit {what} is not an integer id")
    return value


def _kind(kind: Enum | None) -> str | None:
    if kind is None:
        return None
    if not isinstance(kind, Enum) or not isinstance(kind.value, str):
        raise AuditFieldError("an audit kind is a member of a string enumeration")
    if not is_plain_name(kind.value):
        raise AuditFieldError(f"not an audit kind: {type(kind).__name__}")
    return kind.value


def _fields(names: Iterable[str]) -> list[str]:
    clean = sorted(set(names))
    if any(name not in PROFILE_FIELDS for name in clean):
        raise AuditFieldError("audit fields are names of profile fields")
    return clean


def _actor(actor: str) -> str:
    actor = " ".join(str(actor).split())[:100]
    return ANONYMOUS_ACTOR if len(_DIGITS.findall(actor)) >= 6 else actor


def record(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: AuditAction | str,
    counts: Mapping[Any, object] | None = None,
    batch_id: int | None = None,
    template_id: int | None = None,
    kind: Enum | None = None,
    fields: Iterable[str] = (),
) -> None:
    """Add an event to the caller's unit of work, after checking every field against the
    allowlist (raises :class:`AuditFieldError` otherwise, before anything is written)."""
    try:
        action = AuditAction(action)
    except ValueError:
        raise AuditFieldError("not an audit action") from None
    session.add(
        AuditEvent(
            at=at,
            actor=_actor(actor),
            action=action.value,
            counts=_counts(counts or {}),
            batch_id=_id(batch_id, "batch"),
            template_id=_id(template_id, "template"),
            kind=_kind(kind),
            fields=_fields(fields),
        )
    )


def entry(row: AuditEvent) -> AuditEntry:
    return AuditEntry(
        at=row.at,
        actor=row.actor,
        action=row.action,
        counts=dict(row.counts or {}),
        batch_id=row.batch_id,
        template_id=row.template_id,
        kind=row.kind,
        fields=tuple(row.fields or ()),
    )


def list_events(db: Database, *, limit: int = 1000) -> list[AuditEntry]:
    with db.session() as session:
        rows = session.scalars(
            select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
        )
        return [entry(r) for r in rows]


def all_events(session: Session) -> list[AuditEntry]:
    """Every event, oldest first."""
    rows = session.scalars(select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id))
    return [entry(r) for r in rows]
