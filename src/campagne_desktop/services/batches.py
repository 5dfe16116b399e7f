"""Batches: freeze exactly what each person will receive, with every exclusion counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal, or_, select

from ..domain.audit import AuditAction
from ..domain.enums import BatchState, ConsentStatus, MessageState, SourceKind, TemplateKind
from ..domain.footer import SourceInfo
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError, UserError
from ..domain.money import to_cents
from ..domain.rendering import MessageRenderer
from ..domain.templating import TemplateError, compile_template
from ..domain.times import day_start
from ..storage.database import Database
from ..storage.models import Batch, BatchMessage, Contact, OptOut, Source
from . import audit
from .profile import load_profile
from .templates import require_approved

INSERT_CHUNK = 2000
PROGRESS_EVERY = 1000
Progress = Callable[[int], bool]  # contacts examined so far; False cancels


class BatchError(UserError):
    pass


class Exclusion(StrEnum):
    NOT_CONSENTED = "not_consented"
    OPTED_OUT = "opted_out"
    CONSENT_ALREADY_REQUESTED = "consent_already_requested"
    MESSAGED_RECENTLY = "messaged_recently"
    INVALID = "invalid"  # the template or the footer fails for this contact
    OVER_SEGMENT_CAP = "over_segment_cap"


EXCLUSION_LABELS = {
    Exclusion.NOT_CONSENTED: QT_TRANSLATE_NOOP("messages", "no consent for this kind of message"),
    Exclusion.OPTED_OUT: QT_TRANSLATE_NOOP("messages", "opted out"),
    Exclusion.CONSENT_ALREADY_REQUESTED: QT_TRANSLATE_NOOP(
        "messages", "consent already requested once (never twice)"
    ),
    Exclusion.MESSAGED_RECENTLY: QT_TRANSLATE_NOOP("messages", "messaged since the chosen date"),
    Exclusion.INVALID: QT_TRANSLATE_NOOP(
        "messages", "the message cannot be completed for this contact"
    ),
    Exclusion.OVER_SEGMENT_CAP: QT_TRANSLATE_NOOP("messages", "longer than the SMS cap"),
}


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


@dataclass(frozen=True)
class BatchSelection:
    """Who a batch is for, beyond what the template kind already decides."""

    tags: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()
    source_kinds: tuple[SourceKind, ...] = ()
    not_messaged_since: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "tags": list(self.tags),
            "communes": list(self.communes),
            "source_kinds": [k.value for k in self.source_kinds],
            "not_messaged_since": self.not_messaged_since.isoformat()
            if self.not_messaged_since
            else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BatchSelection:
        since = data.get("not_messaged_since")
        return cls(
            tags=tuple(data.get("tags", ())),
            communes=tuple(data.get("communes", ())),
            source_kinds=tuple(SourceKind(k) for k in data.get("source_kinds", ())),
            not_messaged_since=date.fromisoformat(since) if since else None,
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

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["state"] = self.state.value
        data["created_at"] = self.created_at.isoformat()
        data["cost"] = format(self.cost, "f")
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
        cost=to_cents(batch.estimated_cost),
        excluded=dict(batch.excluded),
        export_paths=list(batch.export_paths),
        provider=batch.provider,
    )


def selected_contacts(selection: BatchSelection) -> Select[Contact, Source]:
    """Contacts matching the selection's filters (consent is judged per contact, to count it)."""
    query = select(Contact, Source).join(Source, Contact.source_id == Source.id)
    if selection.tags:
        query = query.where(
            or_(*(("," + Contact.tags + ",").contains(f",{t.lower()},") for t in selection.tags))
        )
    if selection.communes:
        query = query.where(Contact.commune.in_(selection.communes))
    if selection.source_kinds:
        query = query.where(Source.kind.in_([k.value for k in selection.source_kinds]))
    return query.order_by(Contact.id)


def _recently_messaged(since: date, tz: str) -> Any:
    # Messaged = a message of theirs that left the app (exported or sent) since that date, from
    # midnight in the campaign's zone (not UTC's: in Paris that is one or two hours earlier).
    start = day_start(since, tz)
    recent = (
        select(BatchMessage.id)
        .join(Batch, BatchMessage.batch_id == Batch.id)
        .where(
            and_(
                BatchMessage.contact_id == Contact.id,
                Batch.exported_at >= start,
                BatchMessage.state.in_(
                    [MessageState.EXPORTED, MessageState.SENT, MessageState.DELIVERED]
                ),
            )
        )
    )
    return exists(recent)


def _pending_consent_request() -> Any:
    """A consent request already frozen in another batch that has not gone out yet."""
    other = (
        select(BatchMessage.id)
        .join(Batch, BatchMessage.batch_id == Batch.id)
        .where(
            and_(
                BatchMessage.contact_id == Contact.id,
                Batch.template_kind == TemplateKind.CONSENT.value,
                Batch.state != BatchState.CLOSED.value,
            )
        )
    )
    return exists(other)


def create_batch(
    db: Database,
    template_name: str,
    selection: BatchSelection = BatchSelection(),
    *,
    actor: str,
    now: datetime,
    progress: Progress | None = None,
) -> BatchSummary:
    """Render, complete, check and freeze one message per reachable contact, in one transaction."""
    template = require_approved(db, template_name)
    compiled = compile_template(template.body)
    with db.session() as session:
        profile = load_profile(session)
        renderer = MessageRenderer(compiled, profile, template.kind)
        opted_out = set(session.scalars(select(OptOut.phone)))
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
        )
        session.add(batch)
        session.flush()
        excluded: Counter[str] = Counter()
        wanted = (
            ConsentStatus.GRANTED
            if template.kind is TemplateKind.CAMPAIGN
            else ConsentStatus.PENDING
        )
        sources = {
            row.id: SourceInfo(SourceKind(row.kind), row.description)
            for row in session.execute(select(Source.id, Source.kind, Source.description))
        }
        # Plain column rows, not ORM objects: this loop runs once per contact of the campaign.
        query = selected_contacts(selection).with_only_columns(
            Contact.id,
            Contact.phone,
            Contact.first_name,
            Contact.last_name,
            Contact.commune,
            Contact.consent,
            Contact.consent_requested_at,
            Contact.source_id,
            _recently_messaged(selection.not_messaged_since, profile.timezone)
            if selection.not_messaged_since
            else literal(False),
            _pending_consent_request() if template.kind is TemplateKind.CONSENT else literal(False),
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
        for (
            contact_id,
            phone,
            first,
            last,
            commune,
            consent,
            requested,
            source_id,
            recent,
            requested_elsewhere,
        ) in rows:
            examined += 1
            if progress and examined % PROGRESS_EVERY == 0 and not progress(examined):
                raise BatchError(QT_TRANSLATE_NOOP("messages", "Cancelled: no batch was created."))
            reason = _exclusion(
                phone, consent, requested, wanted, opted_out, recent, requested_elsewhere
            )
            if reason is None:
                try:
                    message = render(first, last, commune, sources[source_id])
                except TemplateError:
                    reason = Exclusion.INVALID
                else:
                    if message.missing:
                        reason = Exclusion.INVALID
                    elif message.segments.segments > cap:
                        reason = Exclusion.OVER_SEGMENT_CAP
            if reason is not None:
                excluded[reason.value] += 1
                continue
            messages += 1
            segments += message.segments.segments
            info = message.segments
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
        batch.estimated_cost = segments * profile.price_per_segment
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.BATCH_CREATED,
            counts={"messages": messages, "segments": segments, **excluded},
            batch_id=batch.id,
        )
        session.flush()
        return summary(batch)


def _exclusion(
    phone: str,
    consent: str,
    requested_at: datetime | None,
    wanted: ConsentStatus,
    opted_out: set[str],
    recent: bool,
    requested_elsewhere: bool,
) -> Exclusion | None:
    if phone in opted_out:
        return Exclusion.OPTED_OUT
    if consent != wanted.value:
        return Exclusion.NOT_CONSENTED
    if wanted is ConsentStatus.PENDING and (requested_at or requested_elsewhere):
        return Exclusion.CONSENT_ALREADY_REQUESTED
    if recent:
        return Exclusion.MESSAGED_RECENTLY
    return None


def list_batches(db: Database) -> list[BatchSummary]:
    with db.session() as session:
        return [summary(b) for b in session.scalars(select(Batch).order_by(Batch.id.desc()))]


def get_batch(db: Database, batch_id: int) -> BatchSummary:
    with db.session() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise BatchError(QT_TRANSLATE_NOOP("messages", "There is no batch {id}."), id=batch_id)
        return summary(batch)


def count_reachable(db: Database, kind: TemplateKind, selection: BatchSelection) -> int:
    """The assistant's live count: the same exclusions as a batch, short of rendering."""
    wanted = ConsentStatus.GRANTED if kind is TemplateKind.CAMPAIGN else ConsentStatus.PENDING
    query = selected_contacts(selection).where(Contact.consent == wanted.value)
    query = query.where(~exists(select(OptOut.id).where(OptOut.phone == Contact.phone)))
    if kind is TemplateKind.CONSENT:
        query = query.where(Contact.consent_requested_at.is_(None), ~_pending_consent_request())
    with db.session() as session:
        if selection.not_messaged_since:
            tz = load_profile(session).timezone
            query = query.where(~_recently_messaged(selection.not_messaged_since, tz))
        counted = query.with_only_columns(func.count(Contact.id)).order_by(None)
        return int(session.scalar(counted) or 0)
