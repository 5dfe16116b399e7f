"""The frozen messages of a batch, a page at a time: exactly what each person will receive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ..domain.enums import MessageState, SmsEncoding
from ..storage.models import BatchMessage
from .batches import load_batch
from .unit_of_work import UnitOfWork


@dataclass(frozen=True)
class FrozenMessage:
    id: int
    phone: str
    text: str
    encoding: SmsEncoding
    segments: int
    state: MessageState
    error: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "phone": self.phone,
            "text": self.text,
            "encoding": self.encoding.value,
            "segments": self.segments,
            "state": self.state.value,
            "error": self.error,
        }


def count_messages(uow: UnitOfWork, batch_id: int) -> int:
    with uow.transaction() as session:
        load_batch(session, batch_id)  # an unknown batch is an error, not an empty list
        query = select(func.count()).where(BatchMessage.batch_id == batch_id)
        return int(session.scalar(query) or 0)


def list_messages(
    uow: UnitOfWork, batch_id: int, *, after_id: int = 0, limit: int | None = None
) -> list[FrozenMessage]:
    """Messages in the order they were frozen, from just after ``after_id`` (keyset paging)."""
    query = (
        select(
            BatchMessage.id,
            BatchMessage.phone,
            BatchMessage.text,
            BatchMessage.encoding,
            BatchMessage.segments,
            BatchMessage.state,
            BatchMessage.error,
        )
        .where(BatchMessage.batch_id == batch_id, BatchMessage.id > after_id)
        .order_by(BatchMessage.id)
    )
    if limit is not None:
        query = query.limit(limit)
    with uow.transaction() as session:
        load_batch(session, batch_id)
        return [
            FrozenMessage(
                id, phone, text, SmsEncoding(encoding), segments, MessageState(state), error
            )
            for id, phone, text, encoding, segments, state, error in session.execute(query)
        ]
