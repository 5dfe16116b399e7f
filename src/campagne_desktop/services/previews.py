"""What a template's messages will look like and cost: one preview, or a whole selection.

Both go through :class:`~campagne_desktop.domain.rendering.MessageRenderer`, the same per-message
code as a batch, so the counter shown while writing is the one the batch will charge.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.eligibility import Reason, message_reason
from ..domain.enums import SmsEncoding, SourceKind, TemplateKind
from ..domain.footer import FooterElement, SourceInfo
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.profile import CampaignProfile
from ..domain.rendering import MessageRenderer, RenderedMessage, sample_source
from ..domain.selection import Selection
from ..domain.sms import SegmentInfo
from ..domain.templating import SAMPLE_CONTACTS, TemplateError, compile_template
from ..storage.database import Database
from ..storage.models import Contact, Source
from .audience import audience
from .contacts import ContactNotFoundError, find_contact
from .profile import load_profile
from .unit_of_work import UnitOfWork

STREAM_ROWS = 2_000  # rows fetched at a time when estimating a selection


@dataclass(frozen=True)
class Preview:
    """One message exactly as its recipient gets it, with its count and compliance check."""

    body: str  # the part the template wrote
    footer: str  # the part the app adds (never editable)
    text: str  # body + footer: what is sent
    segments: SegmentInfo
    missing: tuple[FooterElement, ...]  # required elements absent (empty: compliant)
    source: SourceInfo
    sample: bool  # True when the recipient is an invented sample contact
    first_name: str = ""
    segment_cap: int = 0  # the profile's limit: a longer message is left out of batches

    @property
    def over_cap(self) -> bool:
        return bool(self.segment_cap) and self.segments.segments > self.segment_cap

    @classmethod
    def of(
        cls,
        message: RenderedMessage,
        source: SourceInfo,
        *,
        sample: bool,
        first_name: str,
        segment_cap: int,
    ) -> Preview:
        return cls(
            message.body,
            message.footer,
            message.text,
            message.segments,
            message.missing,
            source,
            sample=sample,
            first_name=first_name,
            segment_cap=segment_cap,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "body": self.body,
            "footer": self.footer,
            "encoding": self.segments.encoding.value,
            "segments": self.segments.segments,
            "units": self.segments.units,
            "capacity": self.segments.capacity,
            "label": self.segments.label(),
            "missing": [m.value for m in self.missing],
            "source_kind": self.source.kind.value,
            "sample": self.sample,
        }


@dataclass(frozen=True)
class SelectionCost:
    """What sending a template to a selection would cost, counted per recipient after merge."""

    contacts: int  # contacts the policy lets through before rendering
    messages: int  # of which the template filled in
    total_segments: int  # over the messages a batch would freeze
    worst_segments: int  # the longest single message
    cost: float  # total_segments x price per segment
    ucs2_messages: int  # messages that need UCS-2 (twice the price per character)
    over_cap: int  # messages longer than the profile's segment cap
    failed: int  # contacts the template could not be filled in for
    non_compliant: int  # messages missing a required element (e.g. a source with no description)
    price_per_segment: float
    reachable: int = 0  # messages a batch would freeze: rendered, complete, within the cap
    excluded: dict[str, int] = field(default_factory=dict)  # left out, by policy reason

    def as_json(self) -> dict[str, Any]:
        return {
            "reachable": self.reachable,
            "excluded": dict(self.excluded),
            "contacts": self.contacts,
            "messages": self.messages,
            "total_segments": self.total_segments,
            "worst_segments": self.worst_segments,
            "cost": round(self.cost, 4),
            "ucs2_messages": self.ucs2_messages,
            "over_cap": self.over_cap,
            "failed": self.failed,
            "non_compliant": self.non_compliant,
            "price_per_segment": self.price_per_segment,
        }


def preview_text(
    profile: CampaignProfile,
    body: str,
    kind: TemplateKind,
    *,
    sample: int = 0,
    source: SourceInfo | None = None,
) -> Preview:
    """A preview on one of the sample contacts: no database needed (volunteer workspace)."""
    renderer = MessageRenderer(compile_template(body), profile, kind)
    contact = SAMPLE_CONTACTS[sample % len(SAMPLE_CONTACTS)]
    source = source or sample_source(kind)
    message = renderer.render_sample(contact, source)
    return Preview.of(
        message,
        source,
        sample=True,
        first_name=contact.first_name,
        segment_cap=profile.segment_cap,
    )


def preview_body(
    db: Database,
    body: str,
    kind: TemplateKind,
    *,
    contact_phone: str | None = None,
    sample: int = 0,
    source_kind: SourceKind | None = None,
) -> Preview:
    """A preview of ``body`` (saved or not) on the contact with that number, else on a sample."""
    compiled = compile_template(body)  # before any query: a broken template is reported first
    with db.session() as session:
        profile = load_profile(session)
        if not (contact_phone or "").strip():
            source = sample_source(kind, source_kind)
            return preview_text(profile, body, kind, sample=sample, source=source)
        contact = find_contact(session, contact_phone or "")
        if contact is None:
            raise ContactNotFoundError(
                QT_TRANSLATE_NOOP("messages", "No contact has the number {phone}."),
                phone=contact_phone or "",
            )
        source = SourceInfo(SourceKind(contact.source.kind), contact.source.description)
        message = MessageRenderer(compiled, profile, kind).render(
            contact.first_name, contact.last_name, contact.commune, source
        )
        return Preview.of(
            message,
            source,
            sample=False,
            first_name=contact.first_name,
            segment_cap=profile.segment_cap,
        )


def sample_check(session: Session, body: str, kind: TemplateKind) -> None:
    """Fill ``body`` in for every sample contact; raises ``TemplateError`` if any fails."""
    profile = load_profile(session)
    renderer = MessageRenderer(compile_template(body), profile, kind)
    for contact in SAMPLE_CONTACTS:
        renderer.render_sample(contact, sample_source(kind))


def estimate_selection(
    uow: UnitOfWork, body: str, kind: TemplateKind, selection: Selection | None = None
) -> SelectionCost:
    """Render every message a batch of ``selection`` would freeze (streamed) and add it up.

    The same policy as a batch: who is left out and why is counted the same way, so the
    estimate, the assistant's count and the batch agree.
    """
    compiled = compile_template(body)
    selection = selection or Selection()
    excluded: Counter[str] = Counter()
    contacts = messages = total = worst = ucs2 = over_cap = failed = non_compliant = 0
    reachable = 0
    with uow.transaction() as session:
        profile = load_profile(session)
        cap = profile.segment_cap
        renderer = MessageRenderer(compiled, profile, kind)
        sources = {
            row.id: SourceInfo(SourceKind(row.kind), row.description)
            for row in session.execute(select(Source.id, Source.kind, Source.description))
        }
        query = audience(
            kind,
            selection,
            Contact.first_name,
            Contact.last_name,
            Contact.commune,
            Contact.source_id,
        )
        rows = session.execute(query, execution_options={"yield_per": STREAM_ROWS})
        for first_name, last_name, commune, source_id, reason in rows:
            if reason is not None:
                excluded[str(reason)] += 1
                continue
            contacts += 1
            try:
                message = renderer.render(first_name, last_name, commune, sources[source_id])
            except TemplateError:
                failed += 1
                excluded[Reason.INVALID.value] += 1
                continue
            messages += 1
            parts = message.segments.segments
            worst = max(worst, parts)
            ucs2 += message.segments.encoding is SmsEncoding.UCS2
            over_cap += parts > cap
            non_compliant += bool(message.missing)
            verdict = message_reason(
                rendered=True, complete=not message.missing, segments=parts, cap=cap
            )
            if verdict is not None:
                excluded[verdict.value] += 1
                continue
            reachable += 1
            total += parts
    return SelectionCost(
        contacts=contacts,
        messages=messages,
        total_segments=total,
        worst_segments=worst,
        cost=total * profile.price_per_segment,
        ucs2_messages=ucs2,
        over_cap=over_cap,
        failed=failed,
        non_compliant=non_compliant,
        price_per_segment=profile.price_per_segment,
        reachable=reachable,
        excluded=dict(excluded),
    )
