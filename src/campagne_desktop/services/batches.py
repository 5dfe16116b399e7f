"""Batches: freeze exactly what each person will receive, with every exclusion counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.eligibility import (
    SEGMENT_CAP_RANGE,
    Reason,
    length_cap,
    message_reason,
    reason_label,
)
from ..domain.enums import BatchState, FooterForm, SourceKind, TemplateKind
from ..domain.footer import SourceInfo
from ..domain.lifecycle import require_discardable
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError, Plural, UserError
from ..domain.money import to_cents
from ..domain.rendering import MessageRenderer
from ..domain.selection import Selection
from ..domain.templating import TemplateError, compile_template
from ..storage.models import Batch, BatchMessage, Contact, Source
from . import audit
from .audience import audience
from .audience import count_reachable as audience_count
from .exclusions import LeftOutList, invalid_fix, over_cap_fix
from .profile import load_profile
from .templates import approved_template
from .unit_of_work import UnitOfWork

INSERT_CHUNK = 2000
PROGRESS_EVERY = 1000
Progress = Callable[[int], bool]  # contacts examined so far; False cancels


class BatchError(UserError):
    pass


# One selection type for the contact list, the estimate and batches.
BatchSelection = Selection


class NobodyReachableError(BatchError, ComplianceError):
    """Every selected contact is excluded by a rule: a refusal, not a failure (exit 3)."""

    def __init__(self, excluded: Counter[str], left_out: LeftOutList | None = None) -> None:
        self.excluded = dict(excluded)
        self.left_out = left_out
        # Name the telling rule: "no consent for this kind of message" is what most of the
        # list always gets (a consent request skips everyone who already agreed).
        telling = Counter({k: v for k, v in excluded.items() if k != Reason.NOT_CONSENTED})
        main = (telling or excluded).most_common(1)
        super().__init__(
            Plural.translate(
                "messages",
                "Nobody can receive this message: %Ln contact(s) excluded, "
                "mostly because of this rule: {reason}. No batch was created.",
                "",
                0,
            ),
            count=sum(excluded.values()),
            reason=reason_label(main[0][0])
            if main
            else QT_TRANSLATE_NOOP("messages", "no contact matches the selection"),
        )


@dataclass
class BatchSummary:
    id: int
    template: str
    kind: TemplateKind
    state: BatchState
    created_at: datetime
    messages: int
    segments: int
    cost: Decimal  # euros, to the cent
    excluded: dict[str, int] = field(default_factory=dict)
    export_paths: list[str] = field(default_factory=list)
    provider: str = ""
    adapted: int = 0  # messages whose merged names were written in GSM-7 look-alikes
    segment_cap: int | None = None  # the batch's own SMS cap (None: the profile's)
    # Who was left out, one by one: only right after creation (never stored: names, numbers).
    left_out: LeftOutList | None = field(default=None, compare=False, repr=False)
    checked_at: datetime | None = None  # the last check, whatever its verdict
    check_passed: bool | None = None  # None: never checked

    def as_json(self) -> dict[str, Any]:
        data = asdict(replace(self, left_out=None))
        del data["left_out"]
        data["kind"] = self.kind.value
        data["state"] = self.state.value
        data["created_at"] = self.created_at.isoformat()
        data["checked_at"] = self.checked_at.isoformat() if self.checked_at else None
        data["cost"] = format(self.cost, "f")
        return data


def summary(batch: Batch) -> BatchSummary:
    return BatchSummary(
        id=batch.id,
        template=batch.template_name,
        kind=TemplateKind(batch.template_kind),
        state=BatchState(batch.state),
        # As stored (UTC), also for a batch made in this transaction with a local ``now``.
        created_at=batch.created_at.astimezone(UTC),
        messages=batch.message_count,
        segments=batch.segment_count,
        cost=to_cents(batch.estimated_cost),
        excluded=dict(batch.excluded),
        export_paths=list(batch.export_paths),
        provider=batch.provider,
        adapted=batch.adapted_count,
        segment_cap=batch.segment_cap,
        checked_at=batch.checked_at,
        check_passed=None
        if batch.checked_at is None
        else all(line.get("status") != "failed" for line in batch.compliance_report),
    )


def create_batch(
    uow: UnitOfWork,
    template_name: str,
    selection: Selection | None = None,
    *,
    actor: str,
    now: datetime,
    progress: Progress | None = None,
    segment_cap: int | None = None,
) -> BatchSummary:
    """Render, complete, check and freeze one message per reachable contact, in one transaction.

    ``segment_cap`` raises (or lowers) the profile's SMS cap for this batch only: it is the
    input of the policy's last (length) step, and the batch's check judges with it too.
    """
    if segment_cap is not None and segment_cap not in SEGMENT_CAP_RANGE:
        raise BatchError(QT_TRANSLATE_NOOP("messages", "The segment cap must be between 1 and 10."))
    selection = selection or Selection()
    with uow.transaction() as session:
        template = approved_template(session, template_name)
        compiled = compile_template(template.body)
        profile = load_profile(session)
        renderer = MessageRenderer(compiled, profile, template.kind)
        batch = Batch(
            template_id=template.id,
            template_name=template.name,
            template_kind=template.kind.value,
            template_body=template.body,
            template_hash=template.content_hash,
            selection=selection.as_json(),
            created_by=actor,
            created_at=now,
            state=BatchState.DRAFT.value,
            price_per_segment=profile.price_per_segment,
            provider=profile.provider,
            segment_cap=segment_cap,
        )
        session.add(batch)
        session.flush()
        excluded: Counter[str] = Counter()
        sources = {
            row.id: SourceInfo(SourceKind(row.kind), row.description)
            for row in session.execute(select(Source.id, Source.kind, Source.description))
        }
        # "Full then short" footer: the short one for people a message already left for, a fact
        # read in the same query as the policy's verdict.
        returning_facts = profile.footer_form is FooterForm.FULL_THEN_SHORT
        # Plain column rows, not ORM objects: this loop runs once per contact of the campaign.
        query = audience(
            template.kind,
            selection,
            Contact.id,
            Contact.phone,
            Contact.first_name,
            Contact.last_name,
            Contact.commune,
            Contact.source_id,
            tz=profile.timezone,
            judged_batch=batch.id,
            with_messaged_before=returning_facts,
        )
        connection = session.connection()
        # Driver-level executemany with tuples: SQLAlchemy's per-row parameter processing
        # costs as much as the render itself at 100,000 messages.
        insert_messages = (
            "INSERT INTO batch_message (batch_id, contact_id, phone, text, encoding, segments, "
            "state, provider_id, error) VALUES (?, ?, ?, ?, ?, ?, 'pending', '', '')"
        )
        pending: list[tuple[Any, ...]] = []
        messages = segments = examined = adapted = 0
        left_out = LeftOutList(template.kind)
        batch_id = batch.id
        render = renderer.render
        cap = length_cap(profile.segment_cap, segment_cap)
        rows: Iterator[Any] = connection.execute(query.execution_options(yield_per=2000))
        for row in rows:
            if returning_facts:
                contact_id, phone, first, last, commune, source_id, returning, reason = row
            else:
                contact_id, phone, first, last, commune, source_id, reason = row
                returning = False
            examined += 1
            if progress and examined % PROGRESS_EVERY == 0 and not progress(examined):
                raise BatchError(QT_TRANSLATE_NOOP("messages", "Cancelled: no batch was created."))
            fix = None
            if reason is None:
                source = sources[source_id]
                try:
                    message = render(first, last, commune, source, returning=bool(returning))
                except TemplateError:
                    reason = message_reason(rendered=False, complete=False, segments=0, cap=cap)
                    fix = invalid_fix(None)
                else:
                    info = message.segments
                    reason = message_reason(
                        rendered=True, complete=not message.missing, segments=info.segments, cap=cap
                    )
                    if reason is Reason.INVALID:
                        fix = invalid_fix(message)
                    elif reason is Reason.OVER_SEGMENT_CAP:
                        fix = over_cap_fix(message, renderer, source, profile, cap)
            if reason is not None:
                excluded[str(reason)] += 1
                left_out.add(first or "", last or "", phone, str(reason), fix)
                continue
            messages += 1
            adapted += message.adapted
            segments += info.segments
            pending.append(
                (batch_id, contact_id, phone, message.text, info.encoding.value, info.segments)
            )
            if len(pending) >= INSERT_CHUNK:
                connection.exec_driver_sql(insert_messages, pending)
                pending.clear()
        if pending:
            connection.exec_driver_sql(insert_messages, pending)
        if messages == 0:
            raise NobodyReachableError(excluded, left_out)
        batch.message_count = messages
        batch.segment_count = segments
        batch.excluded = dict(excluded)
        batch.estimated_cost = segments * profile.price_per_segment
        batch.adapted_count = adapted
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.BATCH_CREATED,
            counts={"messages": messages, "segments": segments, "adapted": adapted, **excluded},
            batch_id=batch.id,
        )
        session.flush()
        created = summary(batch)
        created.left_out = left_out
        return created


def load_batch(session: Session, batch_id: int) -> Batch:
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise BatchError(QT_TRANSLATE_NOOP("messages", "There is no batch {id}."), id=batch_id)
    return batch


def lock_batch(session: Session, batch_id: int) -> None:
    """Take the database's write lock for this action before reading the batch.

    SQLite has one writer at a time: a no-op write as the transaction's first statement makes a
    second export, a discard or a sending of the same batch wait here until the first one
    commits, and then read what it did. Waiting too long is reported, never a half-done action.
    """
    try:
        session.execute(update(Batch).where(Batch.id == batch_id).values(id=Batch.id))
    except OperationalError:
        raise BatchError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Batch {id} is being changed by another window or command: try again when it "
                "is done.",
            ),
            id=batch_id,
        ) from None


def list_batches(uow: UnitOfWork) -> list[BatchSummary]:
    with uow.transaction() as session:
        return [summary(b) for b in session.scalars(select(Batch).order_by(Batch.id.desc()))]


def get_batch(uow: UnitOfWork, batch_id: int) -> BatchSummary:
    with uow.transaction() as session:
        return summary(load_batch(session, batch_id))


def count_reachable(uow: UnitOfWork, kind: TemplateKind, selection: Selection) -> int:
    """The assistant's live count: the batch's own policy, short of rendering."""
    with uow.transaction() as session:
        return audience_count(session, kind, selection, tz=load_profile(session).timezone)


def discard_batch(uow: UnitOfWork, batch_id: int, *, actor: str, now: datetime) -> BatchSummary:
    """Remove a batch nothing of which left the app; its people are free for a new batch."""
    with uow.transaction() as session:
        lock_batch(session, batch_id)  # a sending or an export starting now waits, or wins
        batch = load_batch(session, batch_id)
        require_discardable(batch_id, BatchState(batch.state))
        gone = summary(batch)
        session.execute(delete(BatchMessage).where(BatchMessage.batch_id == batch_id))
        session.delete(batch)
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.BATCH_DISCARDED,
            counts={"messages": gone.messages},
            batch_id=batch_id,
        )
        return gone
