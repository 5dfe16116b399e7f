"""Batches: freeze exactly what each person will receive, with every exclusion counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.eligibility import REASON_LABELS, Reason, message_reason
from ..domain.enums import BatchState, SourceKind, TemplateKind
from ..domain.footer import SourceInfo
from ..domain.lifecycle import require_discardable
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError, UserError
from ..domain.rendering import MessageRenderer
from ..domain.selection import Selection
from ..domain.templating import TemplateError, compile_template
from ..storage.models import Batch, BatchMessage, Contact, Source
from . import audit
from .audience import audience
from .audience import count_reachable as audience_count
from .profile import load_profile
from .templates import approved_template
from .unit_of_work import UnitOfWork

INSERT_CHUNK = 2000
PROGRESS_EVERY = 1000
Progress = Callable[[int], bool]  # contacts examined so far; False cancels


class BatchError(UserError):
    pass


# The policy's reasons are the batch's exclusion keys (names kept for callers).
Exclusion = Reason
EXCLUSION_LABELS = REASON_LABELS
# One selection type for the contact list, the estimate and batches.
BatchSelection = Selection


class NobodyReachableError(BatchError, ComplianceError):
    """Every selected contact is excluded by a rule: a refusal, not a failure (exit 3)."""

    def __init__(self, excluded: Counter[str]) -> None:
        self.excluded = dict(excluded)
        # Name the telling rule: "no consent for this kind of message" is what most of the
        # list always gets (a consent request skips everyone who already agreed).
        telling = Counter({k: v for k, v in excluded.items() if k != Exclusion.NOT_CONSENTED})
        main = (telling or excluded).most_common(1)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "Nobody can receive this message: {excluded} contact(s) excluded, "
                "mostly because of this rule: {reason}. No batch was created.",
            ),
            excluded=sum(excluded.values()),
            reason=EXCLUSION_LABELS[Exclusion(main[0][0])]
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
    cost: float
    excluded: dict[str, int] = field(default_factory=dict)
    export_paths: list[str] = field(default_factory=list)
    provider: str = ""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["state"] = self.state.value
        data["created_at"] = self.created_at.isoformat()
        return data


def summary(batch: Batch) -> BatchSummary:
    return BatchSummary(
        id=batch.id,
        template=batch.template_name,
        kind=TemplateKind(batch.template_kind),
        state=BatchState(batch.state),
        created_at=batch.created_at,
        messages=batch.message_count,
        segments=batch.segment_count,
        cost=round(batch.estimated_cost, 2),
        excluded=dict(batch.excluded),
        export_paths=list(batch.export_paths),
        provider=batch.provider,
    )


def create_batch(
    uow: UnitOfWork,
    template_name: str,
    selection: Selection | None = None,
    *,
    actor: str,
    now: datetime,
    progress: Progress | None = None,
) -> BatchSummary:
    """Render, complete, check and freeze one message per reachable contact, in one transaction."""
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
            created_at=now.replace(tzinfo=None),
            state=BatchState.DRAFT.value,
            price_per_segment=profile.price_per_segment,
            provider=profile.provider,
        )
        session.add(batch)
        session.flush()
        excluded: Counter[str] = Counter()
        sources = {
            row.id: SourceInfo(SourceKind(row.kind), row.description)
            for row in session.execute(select(Source.id, Source.kind, Source.description))
        }
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
            judged_batch=batch.id,
        )
        connection = session.connection()
        # Driver-level executemany with tuples: SQLAlchemy's per-row parameter processing
        # costs as much as the render itself at 100,000 messages.
        insert_messages = (
            "INSERT INTO batch_message (batch_id, contact_id, phone, text, encoding, segments, "
            "state, provider_id, error) VALUES (?, ?, ?, ?, ?, ?, 'pending', '', '')"
        )
        pending: list[tuple[Any, ...]] = []
        messages = segments = examined = 0
        batch_id = batch.id
        render = renderer.render
        cap = profile.segment_cap
        rows: Iterator[Any] = connection.execute(query.execution_options(yield_per=2000))
        for contact_id, phone, first, last, commune, source_id, reason in rows:
            examined += 1
            if progress and examined % PROGRESS_EVERY == 0 and not progress(examined):
                raise BatchError(QT_TRANSLATE_NOOP("messages", "Cancelled: no batch was created."))
            if reason is None:
                try:
                    message = render(first, last, commune, sources[source_id])
                except TemplateError:
                    reason = message_reason(rendered=False, complete=False, segments=0, cap=cap)
                else:
                    info = message.segments
                    reason = message_reason(
                        rendered=True, complete=not message.missing, segments=info.segments, cap=cap
                    )
            if reason is not None:
                excluded[str(reason)] += 1
                continue
            messages += 1
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
            raise NobodyReachableError(excluded)
        batch.message_count = messages
        batch.segment_count = segments
        batch.excluded = dict(excluded)
        batch.estimated_cost = round(segments * profile.price_per_segment, 4)
        audit.record(
            session,
            at=now,
            actor=actor,
            action="batch.created",
            counts={"messages": messages, "segments": segments, **excluded},
            detail=f"batch={batch.id}",
        )
        session.flush()
        return summary(batch)


def load_batch(session: Session, batch_id: int) -> Batch:
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise BatchError(QT_TRANSLATE_NOOP("messages", "There is no batch {id}."), id=batch_id)
    return batch


def list_batches(uow: UnitOfWork) -> list[BatchSummary]:
    with uow.transaction() as session:
        return [summary(b) for b in session.scalars(select(Batch).order_by(Batch.id.desc()))]


def get_batch(uow: UnitOfWork, batch_id: int) -> BatchSummary:
    with uow.transaction() as session:
        return summary(load_batch(session, batch_id))


def count_reachable(uow: UnitOfWork, kind: TemplateKind, selection: Selection) -> int:
    """The assistant's live count: the batch's own policy, short of rendering."""
    with uow.transaction() as session:
        return audience_count(session, kind, selection)


def discard_batch(uow: UnitOfWork, batch_id: int, *, actor: str, now: datetime) -> BatchSummary:
    """Remove a batch nothing of which left the app; its people are free for a new batch."""
    with uow.transaction() as session:
        batch = load_batch(session, batch_id)
        require_discardable(batch_id, BatchState(batch.state))
        gone = summary(batch)
        session.execute(delete(BatchMessage).where(BatchMessage.batch_id == batch_id))
        session.delete(batch)
        audit.record(
            session,
            at=now,
            actor=actor,
            action="batch.discarded",
            counts={"messages": gone.messages},
            detail=f"batch={batch_id}",
        )
        return gone
