"""One message for one contact: template + footer, checked and counted.

This is the per-message work of a preview, a selection estimate and a batch. The footer and its
checker depend only on the contact's source (and the footer's form), so they are built once per
source and reused: a batch of 100,000 contacts from three imports builds three footers.

Smart encoding (unless the profile keeps accents): the contact's values are merged in their closest
GSM-7 form, so that one "î" in a name does not switch that person's whole message to UCS-2. The
campaign's own words (the template, the profile's values, the footer) are never changed silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import SourceKind, TemplateKind
from .footer import (
    FooterChecker,
    FooterElement,
    SourceInfo,
    build_footer,
    compose_message,
    short_footer_for,
)
from .gsm_transliteration import transliterate
from .profile import CampaignProfile
from .sms import SegmentInfo, count
from .templating import CompiledTemplate, SampleContact, template_values
from .text import without_control_chars

#: The source assumed for sample contacts: what a message of each kind typically goes to.
SAMPLE_SOURCES: dict[TemplateKind, SourceInfo] = {
    TemplateKind.CAMPAIGN: SourceInfo(SourceKind.FORM, "formulaire du site de campagne"),
    TemplateKind.CONSENT: SourceInfo(
        SourceKind.RENTED, "liste louée à Société Exemple le 2 février"
    ),
}


def sample_source(kind: TemplateKind, source_kind: SourceKind | None = None) -> SourceInfo:
    """A representative source for a sample preview; ``source_kind`` picks another kind."""
    if source_kind is None:
        return SAMPLE_SOURCES[kind]
    if source_kind in (SourceKind.RENTED, SourceKind.PURCHASED, SourceKind.OTHER):
        return SourceInfo(source_kind, "fichier de Société Exemple du 2 février")
    return SourceInfo(source_kind, "")


@dataclass(frozen=True)
class RenderedMessage:
    """The text one contact receives, split into the volunteer's part and the app's part."""

    body: str
    footer: str
    text: str
    segments: SegmentInfo
    missing: tuple[FooterElement, ...]
    adapted: bool = False  # a merged value was written in GSM-7 look-alikes (smart encoding)
    short_footer: bool = False

    @property
    def compliant(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class _SourceFooter:
    text: str
    checker: FooterChecker
    missing: tuple[FooterElement, ...]  # what the footer alone lacks (nothing, normally)


@dataclass
class MessageRenderer:
    """Renders, completes, checks and counts messages of one template for one profile."""

    compiled: CompiledTemplate
    profile: CampaignProfile
    kind: TemplateKind
    _per_source: dict[tuple[SourceInfo, bool], _SourceFooter] = field(
        default_factory=dict, init=False, repr=False
    )
    _values: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        # The campaign's variables (candidate, election, dates) are the same for every contact.
        self._values = template_values("", "", "", self.profile)

    def footer(self, source: SourceInfo, *, short: bool | None = None) -> str:
        """The footer every contact from ``source`` gets (``short``: force a form)."""
        if short is None:
            short = short_footer_for(self.profile, self.kind, returning=False)
        return self._footer(source, short).text

    def _footer(self, source: SourceInfo, short: bool) -> _SourceFooter:
        cached = self._per_source.get((source, short))
        if cached is None:
            # The body is cleaned by the template; the footer's profile and source texts here.
            text = without_control_chars(build_footer(self.profile, source, self.kind, short=short))
            checker = FooterChecker(self.profile, source, self.kind)
            cached = _SourceFooter(text, checker, checker.missing(text))
            self._per_source[(source, short)] = cached
        return cached

    def render_body(self, first_name: str, last_name: str, commune: str) -> tuple[str, bool]:
        """The template filled in for one contact, and whether smart encoding changed a value.

        Raises ``TemplateError`` if the template fails for this contact.
        """
        adapted = False
        if not self.profile.keep_accents:
            merged = transliterate(first_name), transliterate(last_name), transliterate(commune)
            adapted = merged != (first_name, last_name, commune)
            first_name, last_name, commune = merged
        values = dict(self._values)
        values["prenom"] = first_name
        values["nom"] = last_name
        values["commune"] = commune
        return self.compiled.render(values), adapted

    def complete(
        self, body: str, source: SourceInfo, *, short: bool, adapted: bool = False
    ) -> RenderedMessage:
        """``body`` with the footer of ``source`` in the chosen form, checked and counted."""
        footer = self._footer(source, short)
        text = compose_message(body, footer.text)
        # The check holds for any text containing a compliant footer (it looks for each element
        # anywhere in the text), so once the footer passed, verifying that this very text ends
        # with it is the whole check. Anything else is checked in full.
        if footer.missing or not text.endswith(footer.text):
            missing = footer.checker.missing(text)
        else:
            missing = ()
        return RenderedMessage(body, footer.text, text, count(text), missing, adapted, short)

    def render(
        self,
        first_name: str,
        last_name: str,
        commune: str,
        source: SourceInfo,
        *,
        returning: bool = False,
    ) -> RenderedMessage:
        """The complete message; ``returning``: this person already received a message.

        Raises ``TemplateError`` if the template fails for this contact.
        """
        body, adapted = self.render_body(first_name, last_name, commune)
        short = short_footer_for(self.profile, self.kind, returning=returning)
        return self.complete(body, source, short=short, adapted=adapted)

    def render_sample(self, sample: SampleContact, source: SourceInfo) -> RenderedMessage:
        return self.render(sample.first_name, sample.last_name, sample.commune, source)
