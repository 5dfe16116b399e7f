"""After sending: a test to the candidate's own phone, delivery reports, replies.

Replies fetched from the provider go through the very code of ``replies import``
(:func:`services.replies.import_replies`), so STOP, objections and consent follow one rule.
"""

from __future__ import annotations

import csv
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.audit import AuditAction
from ..domain.enums import MessageState, ProviderKey
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.phones import normalise
from ..providers.api import (
    Capability,
    Chunk,
    DeliveryState,
    ProviderError,
    Recipient,
    SmsProviderApi,
)
from ..storage.models import BatchMessage
from . import audit, replies
from .batches import load_batch
from .message_states import record_deliveries, state_counts
from .profile import load_profile
from .provider_credentials import provider_failure
from .send_run import Clock, SendingError
from .unit_of_work import UnitOfWork

REPORT_PAGE = 100

NOT_AVAILABLE = QT_TRANSLATE_NOOP(
    "messages",
    "{provider}'s API does not offer this: {what}. Use its website, then import the file "
    "(campagne replies import / campagne optout import).",
)


def _require(api: SmsProviderApi, capability: Capability, display_name: str, what: str) -> None:
    if capability not in api.capabilities:
        raise SendingError(NOT_AVAILABLE, provider=display_name or api.key, what=what)


@dataclass(frozen=True)
class TestSendResult:
    batch_id: int
    provider_id: str
    segments: int


def send_test(
    uow: UnitOfWork,
    api: SmsProviderApi,
    batch_id: int,
    to: str,
    *,
    actor: str,
    clock: Clock,
    display_name: str = "",
    contact: str = "",
) -> TestSendResult:
    """One real message of the batch, to ``to`` (the candidate's phone): never counted as sent.

    The message is the one frozen for ``contact`` (a number), else the batch's first.
    """
    phone = normalise(to).e164
    query = (
        select(BatchMessage.text, BatchMessage.encoding, BatchMessage.segments)
        .where(BatchMessage.batch_id == batch_id)
        .order_by(BatchMessage.id)
        .limit(1)
    )
    if contact:
        query = query.where(BatchMessage.phone == normalise(contact).e164)
    with uow.transaction() as session:
        load_batch(session, batch_id)
        profile = load_profile(session)
        message = session.execute(query).first()
    if message is None:
        raise SendingError(
            QT_TRANSLATE_NOOP("messages", "Batch {id} has no message to try."), id=batch_id
        )
    ref = f"cdtest{batch_id}-{uuid.uuid4().hex[:12]}"
    chunk = Chunk(
        ref=ref,
        text=message.text,
        sender=profile.sender_id,
        recipients=(Recipient(f"{ref}.0", phone),),
        unicode=message.encoding != "GSM-7",
        test=True,
    )
    try:
        result = api.send(chunk)
    except ProviderError as error:
        raise provider_failure(display_name or api.key, error) from None
    if phone not in result.accepted:
        reason = next(iter(result.rejected.values()), "?")
        raise SendingError(
            QT_TRANSLATE_NOOP("messages", "{provider} refused the test message: {reason}"),
            provider=display_name or api.key,
            reason=reason,
        )
    with uow.transaction() as session:
        audit.record(
            session,
            at=clock(),
            actor=actor,
            action=AuditAction.BATCH_TEST_SENT,
            counts={"messages": 1},
            batch_id=batch_id,
            kind=ProviderKey(api.key),
        )
    return TestSendResult(batch_id, result.accepted[phone], message.segments)


@dataclass
class DeliveryStatus:
    batch_id: int
    asked: int = 0
    states: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"batch": self.batch_id, "asked": self.asked, "states": self.states}


def fetch_delivery_reports(
    uow: UnitOfWork, api: SmsProviderApi, batch_id: int, *, display_name: str = ""
) -> DeliveryStatus:
    """Ask the provider about every message still only "sent"; record delivered and failed.

    Each page of reports is recorded as it arrives: what was learnt stays if a later page fails.
    """
    _require(api, Capability.REPORTS, display_name, "delivery reports")
    with uow.transaction() as session:
        load_batch(session, batch_id)
        ids = [
            i
            for i in session.scalars(
                select(BatchMessage.provider_id).where(
                    BatchMessage.batch_id == batch_id,
                    BatchMessage.state == MessageState.SENT.value,
                    BatchMessage.provider_id != "",
                )
            )
        ]
    status = DeliveryStatus(batch_id, asked=len(ids))
    for start in range(0, len(ids), REPORT_PAGE):
        try:
            reports = api.delivery_reports(ids[start : start + REPORT_PAGE])
        except ProviderError as error:
            raise provider_failure(display_name or api.key, error) from None
        record_deliveries(
            uow,
            batch_id,
            {
                r.provider_id: (r.state is DeliveryState.DELIVERED, r.detail)
                for r in reports
                if r.state is not DeliveryState.PENDING
            },
        )
    status.states = state_counts(uow, batch_id)
    return status


def sync_replies(
    uow: UnitOfWork,
    api: SmsProviderApi,
    workdir: Path,
    *,
    actor: str,
    now: datetime,
    display_name: str = "",
) -> replies.RepliesReport:
    """Fetch the replies and read them exactly as ``replies import`` reads a file."""
    _require(api, Capability.REPLIES, display_name, "replies")
    try:
        received = api.replies()
    except ProviderError as error:
        raise provider_failure(display_name or api.key, error) from None
    workdir.mkdir(parents=True, exist_ok=True, mode=0o700)
    # A short-lived owner-only file, named after where the replies came from (the consent
    # evidence quotes it), removed as soon as it is read.
    path = workdir / f"{api.key}-api-replies-{now:%Y%m%d-%H%M%S}.csv"
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["from", "message", "date"])
            for reply in received:
                writer.writerow([reply.phone, reply.text, reply.received_at])
        if not received:
            return replies.RepliesReport()
        return replies.import_replies(uow.db, path, actor=actor, now=now)
    finally:
        path.unlink(missing_ok=True)
