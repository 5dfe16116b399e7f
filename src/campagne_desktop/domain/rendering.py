"""One message for one contact: template + footer, checked and counted.

This is the per-message work of a preview, a selection estimate and a batch. The footer and its
checker depend only on the contact's source, so they are built once per source and reused: a batch
of 100,000 contacts from three imports builds three footers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import SourceKind, TemplateKind
from .footer import FooterChecker, FooterElement, SourceInfo, build_footer, compose_message
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
    _per_source: dict[SourceInfo, _SourceFooter] = field(
        default_factory=dict, init=False, repr=False
    )
    _values: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        # The campaign's variables (candidate, election, dates) are the same for every contact.
        self._values = template_values("", "", "", self.profile)

    def footer(self, source: SourceInfo) -> str:
        """The footer every contact from ``source`` gets."""
        return self._footer(source).text

    def _footer(self, source: SourceInfo) -> _SourceFooter:
        cached = self._per_source.get(source)
        if cached is None:
            # The body is cleaned by the template; the footer's profile and source texts here.
            text = without_control_chars(build_footer(self.profile, source, self.kind))
            checker = FooterChecker(self.profile, source, self.kind)
            cached = _SourceFooter(text, checker, checker.missing(text))
            self._per_source[source] = cached
        return cached

    def render(
        self, first_name: str, last_name: str, commune: str, source: SourceInfo
    ) -> RenderedMessage:
        """The complete message; raises ``TemplateError`` if the template fails for this contact."""
        values = dict(self._values)
        values["prenom"] = first_name
        values["nom"] = last_name
        values["commune"] = commune
        body = self.compiled.render(values)
        footer = self._footer(source)
        text = compose_message(body, footer.text)
        # The check holds for any text containing a compliant footer (it looks for each element
        # anywhere in the text), so once the footer passed, verifying that this very text ends
        # with it is the whole check. Anything else is checked in full.
        if footer.missing or not text.endswith(footer.text):
            missing = footer.checker.missing(text)
        else:
            missing = ()
        return RenderedMessage(body, footer.text, text, count(text), missing)

    def render_sample(self, sample: SampleContact, source: SourceInfo) -> RenderedMessage:
        return self.render(sample.first_name, sample.last_name, sample.commune, source)
