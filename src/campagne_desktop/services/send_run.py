"""One sending run: the requests, their retries and pacing, and each answer recorded.

Split from ``services/sending.py``, which decides what to send and when; this module only
hands the chosen messages over, one chunk at a time, writing each state before and after.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..domain.audit import AuditAction
from ..domain.enums import MessageState, OptOutChannel, ProviderKey
from ..domain.messages import UserError
from ..domain.money import parse_money
from ..domain.phones import PhoneError, normalise
from ..domain.send_window import SendMoment
from ..providers.api import (
    Capability,
    Chunk,
    ChunkResult,
    CredentialsRefusedError,
    ProviderError,
    Recipient,
    RejectedError,
    SmsProviderApi,
    TransientError,
)
from ..storage.models import BatchMessage
from . import audit
from .message_states import (  # state writes live there; re-exported for callers of sending
    _mark_failed,
    _mark_held,
    _mark_pending,
    _mark_sending,
    _mark_sent,
)
from .optouts import add_opt_out
from .provider_credentials import provider_failure
from .unit_of_work import UnitOfWork

BACKOFF = (1.0, 2.0, 4.0, 8.0)  # seconds before each retry of a timeout or a 5xx
MAX_LOST = 3  # answers lost in a row for one request before its messages are held
Clock = Callable[[], datetime]
Progress = Callable[["SendReport"], bool]  # called after each request; False cancels


class SendingError(UserError):
    pass


@dataclass
class SendReport:
    batch_id: int
    provider: str
    dry_run: bool = False
    opt_outs_synced: bool = False  # the provider has a STOP list, and it was read
    opt_outs_added: int = 0  # numbers the provider's STOP list added to ours
    not_in_service: int = 0  # numbers the provider knows are dead (SMSFactor's NPAI)
    skipped: int = 0  # frozen, but no longer allowed (opted out, consent changed...)
    reconciled: int = 0  # in flight at the last stop, found at the provider
    accepted: int = 0
    failed: int = 0
    held: int = 0  # in flight, and the provider cannot tell whether they left
    pending: int = 0  # left for the next run (cancelled or provider unreachable)
    total: int = 0  # messages this run had to hand over
    cancelled: bool = False
    stopped: str = ""  # why the run stopped early (the provider's words)
    cost: Decimal = Decimal(0)  # as the provider counts (credits or euros), exact
    reasons: Counter[str] = field(default_factory=Counter)
    moments: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["reasons"] = dict(self.reasons)
        data["cost"] = format(self.cost, "f")
        return data


# -- state changes (the one place) -----------------------------------------------------------
@dataclass(frozen=True)
class PendingMessage:
    id: int
    phone: str
    text: str
    unicode: bool
    zones: tuple[str, ...]  # every zone the recipient may be in (three for French Polynesia)


def _new_ref(batch_id: int) -> str:
    return f"cd{batch_id}-{uuid.uuid4().hex[:16]}"


def _chunk_ref(message_ref: str) -> str:
    return message_ref.rsplit(".", 1)[0]


def _recipients(ref: str, messages: list[PendingMessage]) -> tuple[Recipient, ...]:
    return tuple(Recipient(f"{ref}.{m.id}", m.phone) for m in messages)


class SendRun:
    """One ``batch send``: the provider, the report, and the pace of requests."""

    def __init__(
        self,
        uow: UnitOfWork,
        api: SmsProviderApi,
        report: SendReport,
        *,
        actor: str,
        display_name: str,
        clock: Clock,
        sleep: Callable[[float], None],
        progress: Progress | None,
    ) -> None:
        self.uow = uow
        self.api = api
        self.report = report
        self.actor = actor
        self.display_name = display_name or api.key
        self.clock = clock
        self.sleep = sleep
        self.progress = progress
        self._last_request = 0.0
        self._lost_answers = 0  # lost answers in a row: past MAX_LOST, hold instead of asking

    def _pace(self) -> None:
        wait = self.api.min_interval - (time.monotonic() - self._last_request)
        if wait > 0:
            self.sleep(wait)
        self._last_request = time.monotonic()

    # -- in-flight messages from an earlier run ----------------------------------------
    def reconcile(self, batch_id: int, sender: str) -> None:
        with self.uow.transaction() as session:
            rows = session.execute(
                select(
                    BatchMessage.id,
                    BatchMessage.phone,
                    BatchMessage.text,
                    BatchMessage.encoding,
                    BatchMessage.client_ref,
                    BatchMessage.scheduled_for,
                ).where(
                    BatchMessage.batch_id == batch_id,
                    BatchMessage.state == MessageState.SENDING.value,
                )
            ).all()
        groups: dict[str, list[Any]] = {}
        for row in rows:
            groups.setdefault(_chunk_ref(row.client_ref), []).append(row)
        for ref, members in groups.items():
            ids = [m.id for m in members]
            if Capability.LOOKUP not in self.api.capabilities:
                with self.uow.transaction() as session:
                    _mark_held(
                        session,
                        ids,
                        f"{self.display_name} cannot say whether it left",
                        self.clock(),
                    )
                self.report.held += len(ids)
                continue
            chunk = Chunk(
                ref=ref,
                text=members[0].text,
                sender=sender,
                recipients=tuple(Recipient(m.client_ref, m.phone) for m in members),
                send_at=members[0].scheduled_for.replace(tzinfo=UTC)
                if members[0].scheduled_for
                else None,
            )
            try:
                self._pace()
                found = self.api.lookup(chunk)
            except ProviderError as error:
                raise provider_failure(self.display_name, error) from None
            now = self.clock()
            with self.uow.transaction() as session:
                _mark_sent(
                    session, {m.id: found[m.phone] for m in members if m.phone in found}, now
                )
                self.report.reconciled += sum(1 for m in members if m.phone in found)
                _mark_pending(session, [m.id for m in members if m.phone not in found])

    # -- the provider's lists ------------------------------------------------------------
    def sync_opt_outs(self, batch_id: int, now: datetime) -> None:
        if Capability.BLACKLIST not in self.api.capabilities:
            return
        try:
            numbers = self.api.blacklist()
            npai_reader = getattr(self.api, "npai", None)
            dead = npai_reader() if callable(npai_reader) else []
        except ProviderError as error:
            # Without the provider's STOP list, someone who asked to stop could be messaged.
            raise provider_failure(self.display_name, error) from None
        self.report.opt_outs_synced = True
        note = f"{self.api.key} blacklist"
        with self.uow.transaction() as session:
            for raw in numbers:
                try:
                    phone = normalise(raw).e164
                except PhoneError:
                    continue
                if add_opt_out(session, phone, OptOutChannel.PROVIDER_BLACKLIST, now, note=note):
                    self.report.opt_outs_added += 1
            dead_phones = []
            for raw in dead:
                try:
                    dead_phones.append(normalise(raw).e164)
                except PhoneError:
                    continue
            if dead_phones and not self.report.dry_run:
                doomed = session.scalars(
                    select(BatchMessage.id).where(
                        BatchMessage.batch_id == batch_id,
                        BatchMessage.state == MessageState.PENDING.value,
                        BatchMessage.phone.in_(dead_phones),
                    )
                ).all()
                _mark_failed(session, list(doomed), f"{self.api.key}: number no longer in service")
                self.report.not_in_service = len(doomed)
            audit.record(
                session,
                at=now,
                actor=self.actor,
                action=AuditAction.OPTOUTS_SYNCED,
                counts={"added": self.report.opt_outs_added, "dead": len(dead_phones)},
                kind=ProviderKey(self.api.key),
            )

    # -- handing over ----------------------------------------------------------------------
    def hand_over(
        self, batch_id: int, sender: str, chunks: list[tuple[list[PendingMessage], SendMoment]]
    ) -> None:
        queue = list(chunks)
        while queue:
            if self.progress is not None and not self.progress(self.report):
                self.report.cancelled = True
                break
            messages, moment = queue.pop(0)
            ref = _new_ref(batch_id)
            chunk = Chunk(
                ref=ref,
                text=messages[0].text,
                sender=sender,
                recipients=_recipients(ref, messages),
                send_at=moment.send_at,
                valid_until=moment.valid_until,
                unicode=messages[0].unicode,
            )
            if self.report.dry_run:
                self._simulate(chunk)
                continue
            by_phone = {m.phone: m for m in messages}
            with self.uow.transaction() as session:
                _mark_sending(
                    session,
                    {m.id: r.ref for m, r in zip(messages, chunk.recipients, strict=True)},
                    moment.send_at,
                )
            outcome = self._send_with_retries(chunk)
            if isinstance(outcome, RejectedError) and len(messages) > 1:
                # Nothing of it was sent: one message at a time tells which number is refused.
                with self.uow.transaction() as session:
                    _mark_pending(session, [m.id for m in messages])
                queue[:0] = [([m], moment) for m in messages]
                continue
            self._lost_answers = 0
            if not self._record(outcome, chunk, by_phone):
                self.report.pending += sum(len(m) for m, _ in queue)
                break

    def _simulate(self, chunk: Chunk) -> None:
        count = len(chunk.recipients)
        try:
            self._pace()
            if Capability.SIMULATE in self.api.capabilities:
                result = self.api.simulate(chunk)
                self.report.accepted += len(result.accepted)
                self.report.failed += len(result.rejected)
                self.report.reasons.update(result.rejected.values())
                self.report.cost += parse_money(result.cost or 0)
            elif Capability.ESTIMATE in self.api.capabilities:
                self.report.cost += self.api.estimate(chunk.text) * count
                self.report.accepted += count
            else:
                self.report.accepted += count
        except RejectedError as error:
            if count == 1 or isinstance(error, CredentialsRefusedError):
                if isinstance(error, CredentialsRefusedError):
                    raise provider_failure(self.display_name, error) from None
                self.report.failed += count
                self.report.reasons[error.reason] += count
                return
            for recipient in chunk.recipients:  # which number is refused, as when sending
                self._simulate(replace(chunk, recipients=(recipient,)))
        except ProviderError as error:
            raise provider_failure(self.display_name, error) from None

    def _send_with_retries(self, chunk: Chunk) -> ChunkResult | ProviderError:
        """The provider's answer, or the error that ended the attempts."""
        for attempt in range(len(BACKOFF) + 1):
            try:
                self._pace()
                return self.api.send(chunk)
            except RejectedError as error:  # includes refused credentials
                return error
            except TransientError as error:
                if error.maybe_sent:
                    return error  # _record asks the provider, or holds the messages
                if attempt == len(BACKOFF):
                    return error
                self.sleep(BACKOFF[attempt])
        raise AssertionError("unreachable")

    def _record(
        self,
        outcome: ChunkResult | ProviderError,
        chunk: Chunk,
        by_phone: dict[str, PendingMessage],
    ) -> bool:
        """Write what became of ``chunk``; False when the run must stop."""
        ids = [m.id for m in by_phone.values()]
        now = self.clock()
        if isinstance(outcome, CredentialsRefusedError):
            with self.uow.transaction() as session:
                _mark_pending(session, ids)
            raise provider_failure(self.display_name, outcome)
        if isinstance(outcome, RejectedError):
            with self.uow.transaction() as session:
                _mark_failed(session, ids, outcome.reason)
            self.report.failed += len(ids)
            self.report.reasons[outcome.reason] += len(ids)
            return True
        if isinstance(outcome, TransientError) and not outcome.maybe_sent:
            with self.uow.transaction() as session:
                _mark_pending(session, ids)
            self.report.pending += len(ids)
            self.report.stopped = outcome.reason
            return False
        if isinstance(outcome, ProviderError):  # maybe sent: ask before anything else
            return self._after_lost_answer(outcome, chunk, by_phone)
        with self.uow.transaction() as session:
            _mark_sent(
                session,
                {by_phone[p].id: pid for p, pid in outcome.accepted.items() if p in by_phone},
                now,
            )
            refused = Counter(outcome.rejected.values())
            for reason in refused:
                _mark_failed(
                    session,
                    [
                        by_phone[p].id
                        for p, r in outcome.rejected.items()
                        if r == reason and p in by_phone
                    ],
                    reason,
                )
            silent = [
                m.id
                for p, m in by_phone.items()
                if p not in outcome.accepted and p not in outcome.rejected
            ]
            _mark_held(session, silent, "missing from the provider's answer", now)
        self.report.accepted += sum(1 for p in outcome.accepted if p in by_phone)
        self.report.failed += sum(refused.values())
        self.report.reasons.update(refused)
        self.report.held += len(silent)
        self.report.cost += parse_money(outcome.cost or 0)
        return True

    def _after_lost_answer(
        self, error: ProviderError, chunk: Chunk, by_phone: dict[str, PendingMessage]
    ) -> bool:
        ids = [m.id for m in by_phone.values()]
        self._lost_answers += 1
        if Capability.LOOKUP not in self.api.capabilities or self._lost_answers > MAX_LOST:
            with self.uow.transaction() as session:
                _mark_held(
                    session,
                    ids,
                    f"no answer from {self.display_name} ({error.reason})",
                    self.clock(),
                )
            self.report.held += len(ids)
            return True
        for attempt in range(len(BACKOFF) + 1):
            try:
                self._pace()
                found = self.api.lookup(chunk)
                break
            except ProviderError as lookup_error:
                if attempt == len(BACKOFF) or not isinstance(lookup_error, TransientError):
                    # Left in flight: the next run asks again before sending anything.
                    self.report.held += len(ids)
                    self.report.stopped = lookup_error.reason
                    return False
                self.sleep(BACKOFF[attempt])
        now = self.clock()
        missing = [m for p, m in by_phone.items() if p not in found]
        with self.uow.transaction() as session:
            _mark_sent(
                session, {by_phone[p].id: pid for p, pid in found.items() if p in by_phone}, now
            )
        self.report.accepted += len(by_phone) - len(missing)
        if missing:
            # The provider does not have them: send them again, under a new reference.
            retry = self._send_with_retries(
                Chunk(
                    ref=chunk.ref,
                    text=chunk.text,
                    sender=chunk.sender,
                    recipients=tuple(r for r in chunk.recipients if r.phone not in found),
                    send_at=chunk.send_at,
                    valid_until=chunk.valid_until,
                    unicode=chunk.unicode,
                )
            )
            return self._record(retry, chunk, {m.phone: m for m in missing})
        return True
