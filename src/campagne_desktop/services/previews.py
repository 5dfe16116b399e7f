"""What a template's messages will look like and cost: one preview, or a whole selection.

Both go through :class:`~campagne_desktop.domain.rendering.MessageRenderer`, the same per-message
code as a batch, so the counter shown while writing is the one the batch will charge.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import Select, exists, false, select
from sqlalchemy.orm import Session

from ..domain.enums import ConsentStatus, SmsEncoding, SourceKind, TemplateKind
from ..domain.footer import FooterElement, SourceInfo, short_form_available
from ..domain.footer_costs import FooterCostTally, SourceCost
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.profile import CampaignProfile
from ..domain.rendering import MessageRenderer, RenderedMessage, sample_source
from ..domain.sms import SegmentInfo
from ..domain.templating import SAMPLE_CONTACTS, TemplateError, compile_template
from ..storage.database import Database
from ..storage.models import Contact, OptOut, Source
from .contacts import ContactFilter, ContactNotFoundError, _filtered, find_contact
from .profile import load_profile

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

    contacts: int  # contacts the template would reach
    messages: int  # of which the template filled in
    total_segments: int
    worst_segments: int  # the longest single message
    cost: float  # total_segments x price per segment
    ucs2_messages: int  # messages that need UCS-2 (twice the price per character)
    over_cap: int  # messages longer than the profile's segment cap
    failed: int  # contacts the template could not be filled in for
    non_compliant: int  # messages missing a required element (e.g. a source with no description)
    price_per_segment: float
    adapted: int = 0  # messages whose names smart encoding wrote in GSM-7 look-alikes
    full_segments: int = 0  # every message with the full footer
    short_segments: int | None = None  # ... with the short one (None: no privacy link)
    per_source: tuple[SourceCost, ...] = ()

    def cost_of(self, segments: int | None) -> float | None:
        return None if segments is None else segments * self.price_per_segment

    def as_json(self) -> dict[str, Any]:
        return {
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
            "adapted": self.adapted,
            "full_footer": {
                "segments": self.full_segments,
                "cost": self.cost_of(self.full_segments),
            },
            "short_footer": None
            if self.short_segments is None
            else {"segments": self.short_segments, "cost": self.cost_of(self.short_segments)},
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


def _audience(kind: TemplateKind, where: ContactFilter) -> Select[Any]:
    """The contacts a template of ``kind`` may go to, narrowed by ``where``; opt-outs excluded."""
    query = (
        select(
            Contact.first_name,
            Contact.last_name,
            Contact.commune,
            Source.kind,
            Source.description,
        )
        .join(Source, Contact.source_id == Source.id)
        .where(~exists().where(OptOut.phone == Contact.phone))
    )
    required = ConsentStatus.GRANTED if kind is TemplateKind.CAMPAIGN else ConsentStatus.PENDING
    query = query.where(Contact.consent == required.value)
    if kind is TemplateKind.CONSENT:
        # One consent request per person, never a reminder (LEGAL.md §2).
        query = query.where(Contact.consent_requested_at.is_(None))
    if where.consent not in (None, required):
        # The kind decides the consent status: a filter asking for another one selects nobody.
        query = query.where(false())
    narrowed = _filtered(cast(Any, query), replace(where, consent=None))
    return cast(Select[Any], narrowed).order_by(Contact.id)


def estimate_selection(
    db: Database, body: str, kind: TemplateKind, where: ContactFilter | None = None
) -> SelectionCost:
    """Render every message of the selection (streamed) and add up what it would cost."""
    compiled = compile_template(body)
    where = where or ContactFilter()
    contacts = messages = total = worst = ucs2 = over_cap = failed = non_compliant = 0
    with db.session() as session:
        profile = load_profile(session)
        renderer = MessageRenderer(compiled, profile, kind)
        tally = FooterCostTally(renderer)
        sources: dict[tuple[str, str], SourceInfo] = {}
        rows = session.execute(_audience(kind, where), execution_options={"yield_per": STREAM_ROWS})
        for first_name, last_name, commune, source_kind, description in rows:
            contacts += 1
            source = sources.get((source_kind, description))
            if source is None:
                source = SourceInfo(SourceKind(source_kind), description)
                sources[(source_kind, description)] = source
            try:
                body, adapted = renderer.render_body(first_name, last_name, commune)
            except TemplateError:
                failed += 1
                continue
            message = tally.add(body, source, adapted)  # both footers, counted per source
            messages += 1
            parts = message.segments.segments
            total += parts
            worst = max(worst, parts)
            ucs2 += message.segments.encoding is SmsEncoding.UCS2
            over_cap += parts > profile.segment_cap
            non_compliant += bool(message.missing)
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
        adapted=tally.adapted,
        full_segments=tally.full_segments,
        short_segments=tally.short_segments,
        per_source=tally.per_source(),
    )
