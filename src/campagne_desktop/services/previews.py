"""What a template's messages will look like and cost: one preview, or a whole selection.

Both go through :class:`~campagne_desktop.domain.rendering.MessageRenderer`, the same per-message
code as a batch, so the counter shown while writing is the one the batch will charge.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.eligibility import Reason, length_cap, message_reason
from ..domain.enums import FooterForm, SmsEncoding, SourceKind, TemplateKind
from ..domain.footer import FooterElement, SourceInfo, short_form_available
from ..domain.footer_costs import FooterCostTally, SourceCost
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.profile import CampaignProfile
from ..domain.rendering import MessageRenderer, RenderedMessage, sample_source
from ..domain.selection import Selection
from ..domain.sms import SegmentInfo
from ..domain.templating import SAMPLE_CONTACTS, TemplateError, compile_template
from ..storage.database import Database
from ..storage.models import Contact, Source
from .audience import audience, first_reachable_per_source, messaged_before_column
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
    adapted: bool = False  # smart encoding wrote a merged name in GSM-7 look-alikes
    full_segments: int = 0  # this message with the full footer...
    short_segments: int | None = None  # ... and with the short one (None: no privacy link)

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
        renderer: MessageRenderer | None = None,
    ) -> Preview:
        full, short = _both_forms(renderer, message, source)
        return cls(
            message.body,
            message.footer,
            message.text,
            message.segments,
            message.missing,
            source,
            sample=sample,
            adapted=message.adapted,
            first_name=first_name,
            segment_cap=segment_cap,
            full_segments=full,
            short_segments=short,
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
            "adapted": self.adapted,
            "full_footer_segments": self.full_segments,
            "short_footer_segments": self.short_segments,
        }


@dataclass(frozen=True)
class SelectionCost:
    """What sending a template to a selection would cost, counted per recipient after merge."""

    contacts: int  # contacts the policy lets through before rendering
    messages: int  # of which the template filled in
    total_segments: int  # over the messages a batch would freeze
    worst_segments: int  # the longest single message
    cost: Decimal  # total_segments x price per segment, exact
    ucs2_messages: int  # messages that need UCS-2 (twice the price per character)
    over_cap: int  # messages longer than the profile's segment cap
    failed: int  # contacts the template could not be filled in for
    non_compliant: int  # messages missing a required element (e.g. a source with no description)
    price_per_segment: Decimal
    reachable: int = 0  # messages a batch would freeze: rendered, complete, within the cap
    excluded: dict[str, int] = field(default_factory=dict)  # left out, by policy reason
    adapted: int = 0  # messages whose names smart encoding wrote in GSM-7 look-alikes
    full_segments: int = 0  # every message with the full footer
    short_segments: int | None = None  # ... with the short one (None: no privacy link)
    per_source: tuple[SourceCost, ...] = ()

    def cost_of(self, segments: int | None) -> Decimal | None:
        return None if segments is None else segments * self.price_per_segment

    def as_json(self) -> dict[str, Any]:
        return {
            "reachable": self.reachable,
            "excluded": dict(self.excluded),
            "contacts": self.contacts,
            "messages": self.messages,
            "total_segments": self.total_segments,
            "worst_segments": self.worst_segments,
            "cost": format(self.cost, "f"),
            "ucs2_messages": self.ucs2_messages,
            "over_cap": self.over_cap,
            "failed": self.failed,
            "non_compliant": self.non_compliant,
            "price_per_segment": format(self.price_per_segment, "f"),
            "adapted": self.adapted,
            "full_footer": {
                "segments": self.full_segments,
                "cost": _amount(self.cost_of(self.full_segments)),
            },
            "short_footer": None
            if self.short_segments is None
            else {
                "segments": self.short_segments,
                "cost": _amount(self.cost_of(self.short_segments)),
            },
            "per_source": [
                {
                    "source_kind": c.source.kind.value,
                    "source": c.source.description,
                    "footer": c.footer,
                    "footer_length": c.footer_units,
                    "footer_encoding": c.footer_encoding.value,
                    "short_footer": c.short_footer,
                    "short_footer_length": c.short_footer_units,
                    "messages": c.messages,
                    "full_segments": c.full_segments,
                    "short_segments": c.short_segments if c.short_footer is not None else None,
                }
                for c in self.per_source
            ],
        }


def _both_forms(
    renderer: MessageRenderer | None, message: RenderedMessage, source: SourceInfo
) -> tuple[int, int | None]:
    """The message's SMS with the full footer and with the short one (None: not available)."""
    if renderer is None:
        return message.segments.segments, None
    full = renderer.complete(message.body, source, short=False).segments.segments
    if not short_form_available(renderer.profile):
        return full, None
    return full, renderer.complete(message.body, source, short=True).segments.segments


def _amount(cost: Decimal | None) -> str | None:
    """An amount in JSON: exact decimal text, never a binary float."""
    return None if cost is None else format(cost, "f")


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
        renderer=renderer,
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
        renderer = MessageRenderer(compiled, profile, kind)
        message = renderer.render(contact.first_name, contact.last_name, contact.commune, source)
        return Preview.of(
            message,
            source,
            sample=False,
            first_name=contact.first_name,
            segment_cap=profile.segment_cap,
            renderer=renderer,
        )


def sample_check(session: Session, body: str, kind: TemplateKind) -> None:
    """Fill ``body`` in for every sample contact; raises ``TemplateError`` if any fails."""
    profile = load_profile(session)
    renderer = MessageRenderer(compile_template(body), profile, kind)
    for contact in SAMPLE_CONTACTS:
        renderer.render_sample(contact, sample_source(kind))


def cost_per_source(
    uow: UnitOfWork,
    body: str,
    kind: TemplateKind,
    selection: Selection | None = None,
    *,
    segment_cap: int | None = None,
) -> list[Preview]:
    """One real message per source the batch would reach, to show before freezing what each
    person costs (a consent request to a rented file is often 3 SMS). Who is reachable is the
    policy's verdict (services/audience.py); the footer form is the one each person would get."""
    compiled = compile_template(body)
    selection = selection or Selection()
    with uow.transaction() as session:
        profile = load_profile(session)
        cap = length_cap(profile.segment_cap, segment_cap)
        renderer = MessageRenderer(compiled, profile, kind)
        query = first_reachable_per_source(
            kind,
            selection,
            Contact.first_name,
            Contact.last_name,
            Contact.commune,
            Source.kind,
            Source.description,
            messaged_before_column(),
            tz=profile.timezone,
        ).join(Source, Contact.source_id == Source.id)
        shown = []
        for first, last, commune, source_kind, description, returning in session.execute(query):
            source = SourceInfo(SourceKind(source_kind), description)
            try:
                message = renderer.render(first, last, commune, source, returning=bool(returning))
            except TemplateError:
                continue  # counted as left out by the estimate and the batch, not a cost
            shown.append(
                Preview.of(
                    message,
                    source,
                    sample=False,
                    first_name=first,
                    segment_cap=cap,
                    renderer=renderer,
                )
            )
        return shown


def estimate_selection(
    uow: UnitOfWork,
    body: str,
    kind: TemplateKind,
    selection: Selection | None = None,
    *,
    segment_cap: int | None = None,
) -> SelectionCost:
    """Render every message a batch of ``selection`` would freeze (streamed) and add it up.

    The same policy as a batch: who is left out and why is counted the same way, so the
    estimate, the assistant's count and the batch agree. ``segment_cap`` is a batch's own cap
    (the input of the policy's last step); each message body is completed with both footers,
    so the cost with the full and the short form is exact, per source.
    """
    compiled = compile_template(body)
    selection = selection or Selection()
    excluded: Counter[str] = Counter()
    contacts = messages = total = worst = ucs2 = over_cap = failed = non_compliant = 0
    reachable = 0
    with uow.transaction() as session:
        profile = load_profile(session)
        cap = length_cap(profile.segment_cap, segment_cap)
        renderer = MessageRenderer(compiled, profile, kind)
        tally = FooterCostTally(renderer)
        sources = {
            row.id: SourceInfo(SourceKind(row.kind), row.description)
            for row in session.execute(select(Source.id, Source.kind, Source.description))
        }
        returning_facts = profile.footer_form is FooterForm.FULL_THEN_SHORT
        query = audience(
            kind,
            selection,
            Contact.first_name,
            Contact.last_name,
            Contact.commune,
            Contact.source_id,
            tz=profile.timezone,
            with_messaged_before=returning_facts,
        )
        rows = session.execute(query, execution_options={"yield_per": STREAM_ROWS})
        for row in rows:
            if returning_facts:
                first_name, last_name, commune, source_id, returning, reason = row
            else:
                first_name, last_name, commune, source_id, reason = row
                returning = False
            if reason is not None:
                excluded[str(reason)] += 1
                continue
            contacts += 1
            try:
                text, adapted = renderer.render_body(first_name, last_name, commune)
            except TemplateError:
                failed += 1
                excluded[Reason.INVALID.value] += 1
                continue
            # Both footers, counted per source; returns the message this person gets.
            message = tally.add(text, sources[source_id], adapted, returning=bool(returning))
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
        adapted=tally.adapted,
        full_segments=tally.full_segments,
        short_segments=tally.short_segments,
        per_source=tally.per_source(),
    )
