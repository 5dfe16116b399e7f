"""What the legal footer costs, per source, with the full and the short form side by side.

The footer is often longer than the message (LEGAL.md §1): the candidate should see, before
choosing a form, what each costs over the people a template would reach. Each message body is
rendered once and completed with both footers, so the two totals are exact, not estimated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import SmsEncoding
from .footer import SourceInfo, short_footer_for, short_form_available
from .rendering import MessageRenderer, RenderedMessage
from .sms import count


@dataclass
class SourceCost:
    """One source's footer, in both forms, and what its messages cost with each."""

    source: SourceInfo
    footer: str
    footer_units: int
    footer_encoding: SmsEncoding
    short_footer: str | None  # None when the profile has no privacy link (no short form)
    short_footer_units: int | None
    messages: int = 0
    full_segments: int = 0
    short_segments: int = 0


@dataclass
class FooterCostTally:
    """Adds messages up per source, with the full and the short footer."""

    renderer: MessageRenderer
    adapted: int = 0  # messages whose merged names smart encoding adapted
    _sources: dict[SourceInfo, SourceCost] = field(default_factory=dict, init=False)

    @property
    def short_available(self) -> bool:
        return short_form_available(self.renderer.profile)

    def _source(self, source: SourceInfo) -> SourceCost:
        cost = self._sources.get(source)
        if cost is None:
            full = self.renderer.footer(source, short=False)
            info = count(full)
            short = self.renderer.footer(source, short=True) if self.short_available else None
            cost = SourceCost(
                source,
                full,
                info.units,
                info.encoding,
                short,
                count(short).units if short is not None else None,
            )
            self._sources[source] = cost
        return cost

    def add(
        self, body: str, source: SourceInfo, adapted: bool, *, returning: bool = False
    ) -> RenderedMessage:
        """Count ``body`` with both footers; returns the message this recipient gets in the
        profile's form (``returning``: a message already left for them: "full then short")."""
        tally = self._source(source)
        full = self.renderer.complete(body, source, short=False, adapted=adapted)
        tally.messages += 1
        tally.full_segments += full.segments.segments
        self.adapted += adapted
        if not self.short_available:
            return full
        short = self.renderer.complete(body, source, short=True, adapted=adapted)
        tally.short_segments += short.segments.segments
        chosen = short_footer_for(self.renderer.profile, self.renderer.kind, returning=returning)
        return short if chosen else full

    def per_source(self) -> tuple[SourceCost, ...]:
        return tuple(self._sources.values())

    @property
    def full_segments(self) -> int:
        return sum(s.full_segments for s in self._sources.values())

    @property
    def short_segments(self) -> int | None:
        if not self.short_available:
            return None
        return sum(s.short_segments for s in self._sources.values())
