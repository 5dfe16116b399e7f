"""What became of each batch that left the app: delivered, failed, and who opted out after it.

Counted from the tables, never from the audit trail (it holds no number): message states per
batch, and the opt-outs whose number received a message of the batch and that were recorded
once the batch had left (``Batch.exported_at``: the export, or the start of the API sending).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from ..domain.enums import BatchState, MessageState
from ..domain.lifecycle import LEFT_BATCH_STATES
from ..storage.models import Batch, BatchMessage, OptOut
from .unit_of_work import UnitOfWork


@dataclass(frozen=True)
class BatchOutcome:
    batch_id: int
    template: str
    state: BatchState
    left_at: datetime | None  # when it left the app (the latest export, or the sending's start)
    exported: int  # written to a file for the provider: no delivery report will come
    awaiting: int  # handed to the API, no delivery report yet
    delivered: int
    failed: int  # refused by the provider or reported undelivered
    opted_out: int  # distinct numbers of the batch that opted out after it left

    @property
    def through_api(self) -> int:
        return self.awaiting + self.delivered + self.failed

    @property
    def reached(self) -> int:
        """The messages that may have reached someone (the opt-out rate's base)."""
        return self.exported + self.awaiting + self.delivered

    @property
    def from_file(self) -> bool:
        """Sent from a file only: rates of delivery would read 0 % where nothing is known."""
        return self.through_api == 0

    @property
    def delivered_rate(self) -> float | None:
        return self.delivered / self.through_api if self.through_api else None

    @property
    def failed_rate(self) -> float | None:
        return self.failed / self.through_api if self.through_api else None

    @property
    def opt_out_rate(self) -> float | None:
        return self.opted_out / self.reached if self.reached else None

    def as_json(self) -> dict[str, Any]:
        def rate(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        return {
            "exported": self.exported,
            "awaiting_report": self.awaiting,
            "delivered": self.delivered,
            "failed": self.failed,
            "opted_out": self.opted_out,
            "delivery_reports": not self.from_file,
            "delivered_rate": rate(self.delivered_rate),
            "failed_rate": rate(self.failed_rate),
            "opt_out_rate": rate(self.opt_out_rate),
        }


def batch_outcomes(uow: UnitOfWork, batch_id: int | None = None) -> list[BatchOutcome]:
    """Every batch that left the app (or only ``batch_id``), newest first."""
    left_states = [s.value for s in LEFT_BATCH_STATES]
    with uow.transaction() as session:
        batches_query = select(Batch.id, Batch.template_name, Batch.state, Batch.exported_at).where(
            Batch.state.in_(left_states)
        )
        if batch_id is not None:
            batches_query = batches_query.where(Batch.id == batch_id)
        found = session.execute(batches_query.order_by(Batch.id.desc())).all()
        ids = [row.id for row in found]
        if not ids:
            return []
        states: dict[int, dict[str, int]] = defaultdict(dict)
        per_state = (
            select(BatchMessage.batch_id, BatchMessage.state, func.count())
            .where(BatchMessage.batch_id.in_(ids))
            .group_by(BatchMessage.batch_id, BatchMessage.state)
        )
        for batch, state, count in session.execute(per_state):
            states[batch][state] = count
        # Opt-outs are few: the messages to their numbers are found through the phone index
        # (``batch_id + 0`` keeps SQLite from walking every message of the batches instead).
        opted_at = (
            select(OptOut.created_at).where(OptOut.phone == BatchMessage.phone).scalar_subquery()
        )
        opted = (
            select(BatchMessage.batch_id, func.count(func.distinct(BatchMessage.phone)))
            .join(Batch, Batch.id == BatchMessage.batch_id)
            .where(
                BatchMessage.phone.in_(select(OptOut.phone)),
                (BatchMessage.batch_id + 0).in_(ids),
                BatchMessage.state != MessageState.PENDING.value,
                BatchMessage.state != MessageState.FAILED.value,
                Batch.exported_at.is_not(None),
                opted_at >= Batch.exported_at,
            )
            .group_by(BatchMessage.batch_id)
        )
        opted_out = {batch: count for batch, count in session.execute(opted)}
    return [
        BatchOutcome(
            batch_id=row.id,
            template=row.template_name,
            state=BatchState(row.state),
            left_at=row.exported_at,
            exported=states[row.id].get(MessageState.EXPORTED.value, 0),
            awaiting=states[row.id].get(MessageState.SENT.value, 0)
            + states[row.id].get(MessageState.SENDING.value, 0),
            delivered=states[row.id].get(MessageState.DELIVERED.value, 0),
            failed=states[row.id].get(MessageState.FAILED.value, 0),
            opted_out=int(opted_out.get(row.id, 0)),
        )
        for row in found
    ]
