"""Sending a checked batch through the provider's API: exactly once, resumable.

Every message's state is written before and after each request:
``pending`` → ``sending`` (with our reference, committed before the request leaves) → ``sent``
or ``failed``. A crash, a cancel or a network error therefore leaves each message either
untouched (``pending``: sent by the next run), answered (``sent``/``failed``), or in flight
(``sending``). In-flight messages are never sent again blindly: the next run asks the provider
what became of them (by our reference) where its API can tell, and otherwise holds them for a
person (:func:`release_held`).

All message state changes of sending live in this module (the ``_mark_*`` helpers); the
batch's own state moves only as ``domain/lifecycle.py`` allows (draft or checked → sending →
sent). The compliance check is the one ``batch check`` and the export run
(``services/compliance.py``), in the same transaction that moves the batch to sending.

A sending is one user action made of many transactions on purpose: each state change is
committed before the request it announces leaves. It therefore owns its unit of work, and
refuses one whose transaction a caller already holds open.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.calendar import (
    REGION_PREFIX_LENGTH,
    SendingPolicy,
    region_for_e164,
    zones_for_region,
)
from ..domain.enums import BatchState, MessageState, ProviderKey
from ..domain.lifecycle import require_move
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError
from ..domain.send_window import SendMoment, group_label, plan_moments
from ..providers.api import (
    SmsProviderApi,
)
from ..storage.models import Batch, BatchMessage
from . import audit
from .batches import load_batch, lock_batch
from .compliance import CheckRefusedError, CheckStatus, ComplianceReport, check_batch
from .message_states import (  # state writes live there; re-exported for callers of sending
    _finish_batch_if_done,
    _mark_batch_sending,
    _mark_failed,
)
from .profile import load_profile
from .send_run import Clock, PendingMessage, Progress, SendingError, SendReport, SendRun
from .unit_of_work import UnitOfWork

__all__ = ["SendReport", "SendingError", "send_batch"]  # what callers take from here


def _refuse_if_exported(batch: Batch) -> None:
    if batch.export_paths:
        raise ComplianceError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Batch {id} was exported to a file ({path}): sending it through the API too "
                "would message the same people twice.",
            ),
            id=batch.id,
            path=batch.export_paths[-1],
        )


def _pending_messages(session: Session, batch_id: int, default_tz: str) -> list[PendingMessage]:
    zones_of: dict[str, tuple[str, ...]] = {}
    found = []
    for message_id, phone, text, encoding in session.execute(
        select(BatchMessage.id, BatchMessage.phone, BatchMessage.text, BatchMessage.encoding)
        .where(
            BatchMessage.batch_id == batch_id,
            BatchMessage.state == MessageState.PENDING.value,
        )
        .order_by(BatchMessage.id)
    ):
        prefix = phone[:REGION_PREFIX_LENGTH]
        zones = zones_of.get(prefix)
        if zones is None:
            zones = zones_of[prefix] = zones_for_region(region_for_e164(phone), default_tz)
        found.append(PendingMessage(message_id, phone, text, encoding != "GSM-7", zones))
    return found


def _chunks(
    messages: list[PendingMessage], moments: dict[str, SendMoment], size: int
) -> list[tuple[list[PendingMessage], SendMoment]]:
    """Same text and same moment in one request, at most ``size`` recipients each."""
    groups: dict[tuple[str, tuple[str, ...]], list[PendingMessage]] = {}
    for message in messages:
        groups.setdefault((message.text, message.zones), []).append(message)
    chunks = []
    for (_text, zones), members in groups.items():
        for start in range(0, len(members), size):
            chunks.append((members[start : start + size], moments[group_label(zones)]))
    return chunks


def _passes(report: ComplianceReport, scheduled: bool) -> ComplianceReport:
    """The report, refused as the export refuses it; a moment chosen ahead (the provider
    schedules it) replaces the "now" time rule, which ``plan_moments`` applies instead."""
    kept = [
        line
        for line in report.lines
        if not (scheduled and line.rule == "time" and line.status is CheckStatus.FAILED)
    ]
    judged = replace(report, lines=kept)
    if not judged.passed:
        raise CheckRefusedError(judged)
    return judged


Plan = Callable[[list["PendingMessage"]], dict[str, SendMoment]]


def _check_and_freeze(
    uow: UnitOfWork,
    batch_id: int,
    api_key: str,
    plan: Plan,
    *,
    now: datetime,
    actor: str,
    scheduled: bool,
    default_tz: str,
) -> tuple[int, list[PendingMessage], dict[str, SendMoment]]:
    """Check, mark what no longer may go, plan the moments and move the batch to sending: one
    transaction, under the batch's write lock (a discard or an export waits, then finds it
    sending). A refusal anywhere, the moment's included, changes nothing."""
    with uow.transaction() as session:
        lock_batch(session, batch_id)
        batch = load_batch(session, batch_id)
        _refuse_if_exported(batch)
        require_move(batch_id, BatchState(batch.state), BatchState.SENDING)
        # The provider about to be used: its warnings join the report, as for an export.
        report = _passes(
            check_batch(uow, batch_id, now=now, actor=actor, provider=api_key), scheduled
        )
        _mark_failed(session, report.skipped_ids, "no longer allowed at sending")
        messages = _pending_messages(session, batch_id, default_tz)
        moments = plan(messages)
        _mark_batch_sending(batch, api_key, now)
        return report.skipped, messages, moments


def _dry_run_check(
    uow: UnitOfWork, batch_id: int, api_key: str, *, now: datetime, actor: str, scheduled: bool
) -> list[int]:
    """The same check, recording nothing: the messages a real run would skip."""
    with uow.transaction() as session:
        _refuse_if_exported(load_batch(session, batch_id))
    report = check_batch(uow, batch_id, now=now, actor=actor, record=False, provider=api_key)
    return _passes(report, scheduled).skipped_ids


def send_batch(
    uow: UnitOfWork,
    api: SmsProviderApi,
    batch_id: int,
    *,
    actor: str,
    clock: Clock,
    display_name: str = "",
    dry_run: bool = False,
    at: datetime | None = None,
    next_allowed: bool = False,
    progress: Progress | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SendReport:
    """Sync the provider's STOP list, check, then hand the batch over, exactly once."""
    if uow.active:
        raise RuntimeError("send_batch commits before each request: it cannot join a transaction")
    now = clock()
    with uow.transaction() as session:
        batch = load_batch(session, batch_id)
        _refuse_if_exported(batch)
        profile = load_profile(session)
    report = SendReport(batch_id=batch_id, provider=api.key, dry_run=dry_run)
    run = SendRun(
        uow,
        api,
        report,
        actor=actor,
        display_name=display_name,
        clock=clock,
        sleep=sleep,
        progress=progress,
    )
    if not dry_run:
        run.reconcile(batch_id, profile.sender_id)
    run.sync_opt_outs(batch_id, now)
    with uow.transaction() as session:
        has_pending = session.scalar(
            select(BatchMessage.id)
            .where(
                BatchMessage.batch_id == batch_id,
                BatchMessage.state == MessageState.PENDING.value,
            )
            .limit(1)
        )
    if has_pending is None:
        if not dry_run:
            with uow.transaction() as session:
                _finish_batch_if_done(session, batch_id)
        return _counted(uow, report)
    scheduled = next_allowed or at is not None
    policy = SendingPolicy.from_profile(profile)

    def plan(messages: list[PendingMessage]) -> dict[str, SendMoment]:
        zones = {m.zones for m in messages}
        return plan_moments(now, zones, policy, at=at, next_allowed=next_allowed)

    if dry_run:
        skipped = set(
            _dry_run_check(uow, batch_id, api.key, now=now, actor=actor, scheduled=scheduled)
        )
        report.skipped = len(skipped)
        with uow.transaction() as session:
            pending = _pending_messages(session, batch_id, profile.timezone)
        messages = [m for m in pending if m.id not in skipped]
        moments = plan(messages)
    else:
        report.skipped, messages, moments = _check_and_freeze(
            uow,
            batch_id,
            api.key,
            plan,
            now=now,
            actor=actor,
            scheduled=scheduled,
            default_tz=profile.timezone,
        )
    for moment in moments.values():
        report.moments.append(
            {
                "zone": moment.zone,
                "send_at": moment.send_at.isoformat() if moment.send_at else None,
                "valid_until": moment.valid_until.isoformat(),
                "messages": sum(1 for m in messages if m.zones == moment.zones),
            }
        )
    report.total = len(messages)
    try:
        run.hand_over(batch_id, profile.sender_id, _chunks(messages, moments, api.max_recipients))
    finally:
        if not dry_run:
            with uow.transaction() as session:
                _finish_batch_if_done(session, batch_id)
                audit.record(
                    session,
                    at=clock(),
                    actor=actor,
                    action=AuditAction.BATCH_SENT,
                    counts={
                        "accepted": report.accepted,
                        "failed": report.failed,
                        "held": report.held,
                        "opt_outs_added": report.opt_outs_added,
                    },
                    batch_id=batch_id,
                    kind=ProviderKey(api.key),
                )
    return report if dry_run else _counted(uow, report)


def _counted(uow: UnitOfWork, report: SendReport) -> SendReport:
    """Held and pending as the database has them (a run may leave some from earlier ones)."""
    with uow.transaction() as session:
        rows = session.execute(
            select(BatchMessage.state, BatchMessage.error).where(
                BatchMessage.batch_id == report.batch_id,
                BatchMessage.state.in_([MessageState.PENDING.value, MessageState.SENDING.value]),
            )
        ).all()
    report.pending = sum(1 for s, _ in rows if s == MessageState.PENDING.value)
    report.held = sum(1 for s, _ in rows if s == MessageState.SENDING.value)
    return report
