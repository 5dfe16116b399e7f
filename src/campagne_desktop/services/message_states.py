"""Writing the state of each message and batch as sending goes: before and after each request.

Kept apart from the run itself (``sending.py``): every state change of a message is here, so a
crash anywhere leaves states that say exactly what was handed over.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.enums import BatchState, MessageState, TemplateKind
from ..domain.lifecycle import UNSETTLED_MESSAGES, require_move, settled_state
from ..storage.models import Batch, BatchMessage, Contact
from . import audit
from .batches import load_batch
from .unit_of_work import UnitOfWork

HELD = "held: "  # prefix of the error of a message held for a person


def _ids_chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


_MESSAGES = cast(Table, BatchMessage.__table__)


def _mark_sending(session: Session, refs: dict[int, str], scheduled_for: datetime | None) -> None:
    # One executemany for the whole request: a statement per message doubled the run's time.
    statement = (
        update(_MESSAGES)
        .where(
            _MESSAGES.c.id == bindparam("message_id"),
            # Not IN (...): an expanding parameter cannot go with executemany.
            or_(
                _MESSAGES.c.state == MessageState.PENDING.value,
                _MESSAGES.c.state == MessageState.SENDING.value,
            ),
        )
        .values(
            state=MessageState.SENDING.value,
            client_ref=bindparam("ref"),
            scheduled_for=scheduled_for,
            error="",
        )
    )
    session.execute(statement, [{"message_id": i, "ref": r} for i, r in refs.items()])


def _mark_asked(session: Session, ids: list[int], now: datetime) -> None:
    """One consent request, ever (LEGAL.md §2): asked once it left, or may have left."""
    for part in _ids_chunks(ids):
        asked = (
            select(BatchMessage.contact_id)
            .join(Batch, BatchMessage.batch_id == Batch.id)
            .where(
                BatchMessage.id.in_(part),
                Batch.template_kind == TemplateKind.CONSENT.value,
            )
        )
        session.execute(
            update(Contact)
            .where(Contact.id.in_(asked), Contact.consent_requested_at.is_(None))
            .values(consent_requested_at=now)
        )


def _mark_sent(session: Session, sent: dict[int, str], now: datetime) -> None:
    """Accepted by the provider: message id -> the provider's id."""
    if not sent:
        return
    statement = (
        update(_MESSAGES)
        .where(_MESSAGES.c.id == bindparam("message_id"))
        .values(
            state=MessageState.SENT.value,
            provider_id=bindparam("provider_id"),
            sent_at=now,
            error="",
        )
    )
    session.execute(
        statement,
        [{"message_id": i, "provider_id": p[:100]} for i, p in sent.items()],
    )
    _mark_asked(session, list(sent), now)


def _mark_failed(session: Session, ids: list[int], reason: str) -> None:
    for part in _ids_chunks(ids):
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id.in_(part))
            .values(state=MessageState.FAILED.value, error=reason[:500])
        )


def _mark_pending(session: Session, ids: list[int]) -> None:
    """The provider certainly did not take these: the next run sends them."""
    for part in _ids_chunks(ids):
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id.in_(part))
            .values(state=MessageState.PENDING.value, client_ref="", scheduled_for=None, error="")
        )


def _mark_held(session: Session, ids: list[int], reason: str, now: datetime) -> None:
    for part in _ids_chunks(ids):
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id.in_(part))
            .values(state=MessageState.SENDING.value, error=(HELD + reason)[:500])
        )
    _mark_asked(session, ids, now)


def _mark_delivery(session: Session, message_id: int, delivered: bool, detail: str) -> None:
    state = MessageState.DELIVERED if delivered else MessageState.FAILED
    session.execute(
        update(BatchMessage)
        .where(BatchMessage.id == message_id)
        .values(state=state.value, error="" if delivered else detail[:500])
    )


def _mark_batch_sending(batch: Batch, api_key: str, now: datetime) -> None:
    batch.state = require_move(batch.id, BatchState(batch.state), BatchState.SENDING).value
    batch.provider = api_key
    batch.exported_at = now  # "messaged since" counts from here


def _finish_batch_if_done(session: Session, batch_id: int) -> None:
    batch = load_batch(session, batch_id)
    unsettled = session.scalar(
        select(func.count())
        .select_from(BatchMessage)
        .where(
            BatchMessage.batch_id == batch_id,
            BatchMessage.state.in_([s.value for s in UNSETTLED_MESSAGES]),
        )
    )
    batch.state = settled_state(batch_id, BatchState(batch.state), int(unsettled or 0)).value


# -- one run ----------------------------------------------------------------------------------


def state_counts(uow: UnitOfWork, batch_id: int) -> dict[str, int]:
    """How many messages of the batch are in each state (for progress and the dashboard)."""
    with uow.transaction() as session:
        load_batch(session, batch_id)
        return {
            str(state): int(count)
            for state, count in session.execute(
                select(BatchMessage.state, func.count())
                .where(BatchMessage.batch_id == batch_id)
                .group_by(BatchMessage.state)
            )
        }


def release_held(
    uow: UnitOfWork, batch_id: int, *, were_sent: bool, actor: str, now: datetime
) -> int:
    """A person checked the provider's account: the held messages left (or did not)."""
    with uow.transaction() as session:
        load_batch(session, batch_id)
        held = list(
            session.scalars(
                select(BatchMessage.id).where(
                    BatchMessage.batch_id == batch_id,
                    BatchMessage.state == MessageState.SENDING.value,
                )
            )
        )
        if were_sent:
            _mark_sent(session, dict.fromkeys(held, ""), now)
        else:
            _mark_pending(session, held)
        _finish_batch_if_done(session, batch_id)
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.BATCH_HELD_RELEASED,
            counts={"messages": len(held), "sent": were_sent},
            batch_id=batch_id,
        )
    return len(held)


def record_deliveries(
    uow: UnitOfWork, batch_id: int, outcomes: dict[str, tuple[bool, str]]
) -> None:
    """Delivery reports: provider id -> (delivered?, detail), for messages of ``batch_id``."""
    with uow.transaction() as session:
        rows = session.execute(
            select(BatchMessage.id, BatchMessage.provider_id).where(
                BatchMessage.batch_id == batch_id,
                BatchMessage.provider_id.in_(list(outcomes)),
            )
        ).all()
        for message_id, provider_id in rows:
            delivered, detail = outcomes[provider_id]
            _mark_delivery(session, message_id, delivered, detail)
