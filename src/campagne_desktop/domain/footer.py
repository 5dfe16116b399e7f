"""The legal footer the app appends to every SMS, and the check that a message carries it.

The footer is French on purpose (it goes to French voters) and is not UI text. It is kept short and
in GSM-7 characters only (apart from what the campaign itself typed), since every character costs
money and a single UCS-2 character doubles the price (LEGAL.md §1 and §7).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from .enums import ElectionKind, FooterForm, SourceKind, TemplateKind
from .messages import QT_TRANSLATE_NOOP
from .profile import CampaignProfile

STOP_PHRASE = "STOP PROSPECTION"
CONSENT_PHRASE = "Répondez OUI pour recevoir nos SMS"
CONSENT_MARKER = "Répondez OUI"  # what the check looks for: the wording after it may vary

# Short election names for the footer's first line ("Marie Exemple, municipales 2026").
_ELECTION_SHORT = MappingProxyType(
    {
        ElectionKind.MUNICIPALES: "municipales",
        ElectionKind.DEPARTEMENTALES: "départementales",
        ElectionKind.REGIONALES: "régionales",
        ElectionKind.LEGISLATIVES: "législatives",
        ElectionKind.EUROPEENNES: "européennes",
        ElectionKind.PRESIDENTIELLE: "présidentielle",
        ElectionKind.AUTRE: "élection",
    }
)
# Sources the person gave us directly: a fixed phrase says enough.
_SOURCE_PHRASES = MappingProxyType(
    {
        SourceKind.FORM: "Numéro recueilli via notre formulaire",
        SourceKind.NEWSLETTER: "Numéro recueilli via notre infolettre",
        SourceKind.PARRAINAGE: "Numéro transmis par un proche (parrainage)",
        SourceKind.FIELD: "Numéro recueilli lors d'une rencontre",
    }
)
# Sources from a third party: the description (who, when) is the information the law asks for.
_SOURCE_PREFIXES = MappingProxyType(
    {
        SourceKind.RENTED: "Fichier loué",
        SourceKind.PURCHASED: "Fichier acheté",
        SourceKind.OTHER: "Source",
    }
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " "})


class FooterElement(StrEnum):
    SENDER = "sender"
    SOURCE = "source"
    PURPOSE = "purpose"
    RIGHTS = "rights"
    STOP = "stop"
    CONSENT_ANSWER = "consent_answer"


_LABELS = MappingProxyType(
    {
        FooterElement.SENDER: QT_TRANSLATE_NOOP(
            "messages", "who sends the message and for which election"
        ),
        FooterElement.SOURCE: QT_TRANSLATE_NOOP("messages", "where the phone number came from"),
        FooterElement.PURPOSE: QT_TRANSLATE_NOOP("messages", "what the data is used for"),
        FooterElement.RIGHTS: QT_TRANSLATE_NOOP(
            "messages", "whom to contact to exercise data rights"
        ),
        FooterElement.STOP: QT_TRANSLATE_NOOP("messages", "the STOP PROSPECTION opt-out"),
        FooterElement.CONSENT_ANSWER: QT_TRANSLATE_NOOP(
            "messages", "how to answer to give consent"
        ),
    }
)


def element_label(element: FooterElement) -> str:
    """The English message key describing ``element``, for compliance reports."""
    return _LABELS[element]


@dataclass(frozen=True)
class SourceInfo:
    """Where a contact's number came from, as declared at import."""

    kind: SourceKind
    description: str = ""  # e.g. "liste louée à Société X le 2 février"


def short_form_available(profile: CampaignProfile) -> bool:
    """Whether a short footer may be used at all: it needs the link that states the purpose."""
    return bool(profile.privacy_url.strip())


def uses_short_form(profile: CampaignProfile) -> bool:
    """Whether every message gets the short form (the "short" footer setting, with its link)."""
    return profile.footer_form == FooterForm.SHORT and short_form_available(profile)


def short_footer_for(profile: CampaignProfile, kind: TemplateKind, *, returning: bool) -> bool:
    """Whether a message gets the short footer; ``returning``: the person was messaged before.

    "Full then short" gives the full footer to a person's first message and the short one to the
    next ones (LEGAL.md §1 accepts both forms); a consent request is always a first message.
    """
    if not short_form_available(profile):
        return False
    if profile.footer_form == FooterForm.SHORT:
        return True
    return (
        profile.footer_form == FooterForm.FULL_THEN_SHORT
        and returning
        and kind != TemplateKind.CONSENT
    )


def _sender_line(profile: CampaignProfile) -> str:
    return f"{profile.candidate.strip()}, {_ELECTION_SHORT[profile.election]} {profile.round1.year}"


def _source_line(source: SourceInfo) -> str:
    if source.kind in _SOURCE_PHRASES:
        return _SOURCE_PHRASES[source.kind]
    description = source.description.strip()
    prefix = _SOURCE_PREFIXES[source.kind]
    return f"{prefix} : {description}" if description else prefix


def source_line(source: SourceInfo) -> str:
    """The footer line that says where the number came from, exactly as it will be sent."""
    return _source_line(source)


def _stop_line(profile: CampaignProfile) -> str:
    number = profile.stop_number.strip()
    return f"{STOP_PHRASE} au {number}" if number else STOP_PHRASE


def build_footer(
    profile: CampaignProfile, source: SourceInfo, kind: TemplateKind, *, short: bool | None = None
) -> str:
    """The footer for one source and template kind, one element per line.

    ``short`` forces a form (the short one only when the profile has a privacy link); by default
    the profile's setting for a first message decides.
    """
    lines = [_sender_line(profile), _source_line(source)]
    if short is None:
        short = uses_short_form(profile)
    short = short and short_form_available(profile)
    if not short:
        lines.append(f"Finalité : {profile.purpose.strip()}")
    lines.append(f"Vos droits : {profile.rights_contact.strip()}")
    if short:
        lines.append(f"Infos : {profile.privacy_url.strip()}")
    if kind == TemplateKind.CONSENT:
        lines.append(CONSENT_PHRASE)
    lines.append(_stop_line(profile))
    return "\n".join(lines)


def compose_message(body: str, footer: str) -> str:
    """The text to send: the trimmed body, a newline, the footer."""
    body = body.strip()
    return f"{body}\n{footer}" if body else footer


def _fold(text: str) -> str:
    """Lower case, no accents, plain quotes and single spaces: what survives a GSM-7 "fixer"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@dataclass(frozen=True)
class _Needle:
    raw: str
    folded: str


def _needles(*texts: str) -> tuple[_Needle, ...]:
    return tuple(_Needle(t.strip(), _fold(t)) for t in texts if t.strip())


class FooterChecker:
    """What a compliant message must contain, prepared once for many messages.

    Each element is a list of requirements that must all hold; a requirement holds when any of its
    alternatives appears in the text. An empty requirement (e.g. a rented file with no description)
    can never hold: such a message cannot be made compliant.
    """

    def __init__(self, profile: CampaignProfile, source: SourceInfo, kind: TemplateKind) -> None:
        # Any form the profile allows passes: "full then short" sends both.
        short = profile.footer_form != FooterForm.FULL and short_form_available(profile)
        checks: list[tuple[FooterElement, tuple[tuple[_Needle, ...], ...]]] = [
            (
                FooterElement.SENDER,
                (_needles(profile.candidate), _needles(_ELECTION_SHORT[profile.election])),
            ),
            (FooterElement.SOURCE, (self._source_needles(source),)),
            # In the short form the privacy notice behind the link states the purpose.
            (
                FooterElement.PURPOSE,
                (_needles(profile.purpose, profile.privacy_url if short else ""),),
            ),
            (FooterElement.RIGHTS, (_needles(profile.rights_contact),)),
            (FooterElement.STOP, (_needles(STOP_PHRASE),)),
        ]
        if profile.stop_number.strip():
            checks[-1] = (FooterElement.STOP, (*checks[-1][1], _needles(profile.stop_number)))
        if kind == TemplateKind.CONSENT:
            checks.append((FooterElement.CONSENT_ANSWER, (_needles(CONSENT_MARKER),)))
        self._checks = tuple(checks)

    @staticmethod
    def _source_needles(source: SourceInfo) -> tuple[_Needle, ...]:
        if source.kind in _SOURCE_PHRASES:
            return _needles(_SOURCE_PHRASES[source.kind], source.description)
        return _needles(source.description)

    def missing(self, text: str) -> tuple[FooterElement, ...]:
        """The elements ``text`` lacks, in footer order; empty when it is compliant."""
        folded: str | None = None
        absent: list[FooterElement] = []
        for element, requirements in self._checks:
            for alternatives in requirements:
                # Fast path: the exact wording, as build_footer wrote it.
                if any(n.raw in text for n in alternatives):
                    continue
                if folded is None:
                    folded = _fold(text)
                if not any(n.folded in folded for n in alternatives):
                    absent.append(element)
                    break
        return tuple(absent)


def missing_elements(
    text: str, profile: CampaignProfile, source: SourceInfo, kind: TemplateKind
) -> tuple[FooterElement, ...]:
    """The required elements ``text`` lacks; prefer :class:`FooterChecker` for many messages."""
    return FooterChecker(profile, source, kind).missing(text)
