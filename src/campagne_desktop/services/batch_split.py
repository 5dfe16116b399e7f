"""One overseas recipient must not hold back a whole batch (LEGAL.md §4).

The check names the recipients outside their hours, per place; :func:`split_by_zone` turns a
batch into one batch per group of time zones, with the same frozen messages, so that each part
goes out when its recipients may receive it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.calendar import (
    POLYNESIA_ZONES,
    NoSendingWindowError,
    SendingPolicy,
    check_moment,
    next_allowed_for_all,
    region_for_e164,
    restriction_label,
    zones_for_region,
)
from ..domain.enums import BatchState, MessageState
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.profile import CampaignProfile
from ..storage.database import Database
from ..storage.models import Batch, BatchMessage
from . import audit
from .batches import BatchError, BatchSummary, summary
from .profile import load_profile
from .recipient_zones import PREFIX_LENGTH, zone_group_counts

MOVE_CHUNK = 900  # SQLite's limit on bound parameters, with room to spare

# Where people live, for sentences: the zones of French regions; any other zone is named as is.
PLACE_NAMES: MappingProxyType[tuple[str, ...], str] = MappingProxyType(
    {
        ("Europe/Paris",): QT_TRANSLATE_NOOP("messages", "mainland France"),
        ("America/Guadeloupe",): QT_TRANSLATE_NOOP("messages", "Guadeloupe"),
        ("America/Martinique",): QT_TRANSLATE_NOOP("messages", "Martinique"),
        ("America/Cayenne",): QT_TRANSLATE_NOOP("messages", "French Guiana"),
        ("Indian/Reunion",): QT_TRANSLATE_NOOP("messages", "Réunion"),
        ("Indian/Mayotte",): QT_TRANSLATE_NOOP("messages", "Mayotte"),
        ("America/St_Barthelemy",): QT_TRANSLATE_NOOP("messages", "Saint-Barthélemy"),
        ("America/Marigot",): QT_TRANSLATE_NOOP("messages", "Saint-Martin"),
        ("America/Miquelon",): QT_TRANSLATE_NOOP("messages", "Saint-Pierre-et-Miquelon"),
        ("Pacific/Noumea",): QT_TRANSLATE_NOOP("messages", "New Caledonia"),
        ("Pacific/Wallis",): QT_TRANSLATE_NOOP("messages", "Wallis and Futuna"),
        POLYNESIA_ZONES: QT_TRANSLATE_NOOP("messages", "French Polynesia"),
    }
)

BLOCKED_HERE = QT_TRANSLATE_NOOP(
    "messages",
    "{count} recipient(s) in {place} ({zones}) cannot receive it now: {restriction}. "
    "Allowed there from {next}.",
)
SPLIT_ADVICE = QT_TRANSLATE_NOOP(
    "messages",
    "{count} recipient(s) may receive it now. To send to them without waiting, split the batch "
    "by time zone: campagne batch split {id} --by-zone (or Split by time zone on the Sendings "
    "page).",
)


def place_name(group: tuple[str, ...]) -> str:
    """The message key naming where a group of zones is ("Guadeloupe"), or its zone."""
    return PLACE_NAMES.get(group, ", ".join(group))


def blocked_recipient_lines(
    session: Session, batch_id: int, profile: CampaignProfile, now: datetime
) -> list[tuple[str, dict[str, Any]]]:
    """(message key, params) for each place whose recipients may not receive the batch now,
    and the advice to split when others may; empty when everyone may receive it."""
    policy = SendingPolicy.from_profile(profile)
    local = ZoneInfo(profile.timezone)
    blocked, allowed = [], 0
    for group, count in sorted(zone_group_counts(session, batch_id, profile.timezone).items()):
        verdicts = [check_moment(now, tz, policy) for tz in group]
        refused = [v for v in verdicts if not v.allowed]
        if not refused:
            allowed += count
            continue
        try:
            following = next_allowed_for_all(now, group, policy)
            next_text = following.astimezone(local).strftime("%d/%m/%Y %H:%M %Z")
        except NoSendingWindowError:
            next_text = "-"
        assert refused[0].restriction is not None
        blocked.append(
            (
                BLOCKED_HERE,
                {
                    "count": count,
                    "place": place_name(group),
                    "zones": ", ".join(group),
                    "restriction": restriction_label(refused[0].restriction),
                    "next": next_text,
                },
            )
        )
    if blocked and allowed:
        blocked.append((SPLIT_ADVICE, {"count": allowed, "id": batch_id}))
    return blocked


def split_by_zone(db: Database, batch_id: int, *, actor: str, now: datetime) -> list[BatchSummary]:
    """Replace a batch that was never exported by one batch per group of time zones.

    The messages keep their frozen text: they only move to the new batches, the largest first.
    The original batch is discarded; its exclusion counts go to the first part.
    """
    naive_now = now.replace(tzinfo=None)
    with db.session() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise BatchError(QT_TRANSLATE_NOOP("messages", "There is no batch {id}."), id=batch_id)
        if batch.export_paths or batch.state not in (
            BatchState.DRAFT.value,
            BatchState.CHECKED.value,
        ):
            raise BatchError(
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
            prefix = phone[:PREFIX_LENGTH]
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
                created_at=naive_now,
                state=BatchState.DRAFT.value,
                message_count=len(moved),
                segment_count=segments,
                excluded=dict(batch.excluded) if not parts else {},
                estimated_cost=round(segments * batch.price_per_segment, 4),
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
            action="batch.split",
            counts={"batches": len(parts)},
            detail=f"batch={batch_id} into={','.join(str(p.id) for p in parts)}",
        )
        session.flush()
        return [summary(part) for part in parts]


def zones_of(db: Database, batch_id: int) -> list[str]:
    """The zones a part of a split batch was made for (empty for a batch never split)."""
    with db.session() as session:
        batch = session.get(Batch, batch_id)
        zones = batch.selection.get("zones") if batch is not None else None
        return [str(zone) for zone in zones] if isinstance(zones, list) else []
