"""One overseas recipient must not hold back a whole batch (LEGAL.md §4).

The check names the recipients outside their hours, per place; :func:`split_by_zone` turns a
batch into one batch per group of time zones, with the same frozen messages, so that each part
goes out when its recipients may receive it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select, update

from ..domain.audit import AuditAction
from ..domain.calendar import REGION_PREFIX_LENGTH, region_for_e164, zones_for_region
from ..domain.enums import BatchState, MessageState
from ..domain.lifecycle import BatchStateError, can_discard
from ..domain.messages import QT_TRANSLATE_NOOP
from ..storage.models import Batch, BatchMessage
from . import audit
from .batches import BatchError, BatchSummary, load_batch, lock_batch, summary
from .profile import load_profile
from .unit_of_work import UnitOfWork

MOVE_CHUNK = 900  # SQLite's limit on bound parameters, with room to spare


def split_by_zone(
    uow: UnitOfWork, batch_id: int, *, actor: str, now: datetime
) -> list[BatchSummary]:
    """Replace a batch that never left the app by one batch per group of time zones.

    The messages keep their frozen text: they only move to the new batches (drafts, to be
    checked), the largest first. The original batch is discarded, as the lifecycle allows only
    for a batch still live; its exclusion counts go to the first part.
    """
    with uow.transaction() as session:
        lock_batch(session, batch_id)  # an export of the same batch waits, then finds it gone
        batch = load_batch(session, batch_id)
        if batch.export_paths or not can_discard(BatchState(batch.state)):
            raise BatchStateError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Batch {id} was already exported: only a batch that has not left the app "
                    "can be split.",
                ),
                id=batch_id,
            )
        profile = load_profile(session)
        group_of: dict[str, tuple[str, ...]] = {}
        messages: defaultdict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        for message_id, phone, segments in session.execute(
            select(BatchMessage.id, BatchMessage.phone, BatchMessage.segments).where(
                BatchMessage.batch_id == batch_id,
                BatchMessage.state == MessageState.PENDING.value,
            )
        ):
            prefix = phone[:REGION_PREFIX_LENGTH]
            group = group_of.get(prefix)
            if group is None:
                group = group_of[prefix] = zones_for_region(
                    region_for_e164(phone), profile.timezone
                )
            messages[group].append((message_id, segments))
        if len(messages) < 2:
            raise BatchError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Nothing to split: every recipient of batch {id} is in one time zone.",
                ),
                id=batch_id,
            )
        parts: list[Batch] = []
        for group, moved in sorted(messages.items(), key=lambda item: (-len(item[1]), item[0])):
            segments = sum(s for _id, s in moved)
            part = Batch(
                template_id=batch.template_id,
                template_name=batch.template_name,
                template_kind=batch.template_kind,
                template_body=batch.template_body,
                template_hash=batch.template_hash,
                selection={**batch.selection, "zones": list(group), "split_from": batch_id},
                created_by=actor,
                created_at=now,
                state=BatchState.DRAFT.value,
                message_count=len(moved),
                segment_count=segments,
                excluded=dict(batch.excluded) if not parts else {},
                # Not known per message: the first part carries the count, like the exclusions.
                adapted_count=batch.adapted_count if not parts else 0,
                segment_cap=batch.segment_cap,  # each part is checked against the batch's cap
                estimated_cost=segments * batch.price_per_segment,
                price_per_segment=batch.price_per_segment,
                provider=batch.provider,
            )
            session.add(part)
            session.flush()
            ids = [message_id for message_id, _s in moved]
            for start in range(0, len(ids), MOVE_CHUNK):
                session.execute(
                    update(BatchMessage)
                    .where(BatchMessage.id.in_(ids[start : start + MOVE_CHUNK]))
                    .values(batch_id=part.id)
                )
            parts.append(part)
        session.delete(batch)
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.BATCH_SPLIT,
            counts={"batches": len(parts), "messages": sum(p.message_count for p in parts)},
            batch_id=batch_id,  # each part's selection names it (split_from)
        )
        session.flush()
        return [summary(part) for part in parts]


def zones_of(uow: UnitOfWork, batch_id: int) -> list[str]:
    """The zones a part of a split batch was made for (empty for a batch never split)."""
    with uow.transaction() as session:
        batch = session.get(Batch, batch_id)
        zones = batch.selection.get("zones") if batch is not None else None
        return [str(zone) for zone in zones] if isinstance(zones, list) else []
