"""Who a batch leaves out, why in words, and what would include them.

Nobody is dropped with only a count: each person left out is listed with their name, number, the
reason and the fix (shorten the message by N characters, the short footer, a higher cap for this
batch, a consent request...). The machine codes (``over_segment_cap``) are for ``--json``; people
read the policy's :func:`~campagne_desktop.domain.eligibility.reason_label` and :func:`fix_text`,
translated by the caller. The reasons are the policy's own (``domain/eligibility.py``): one enum,
one labels function, and one fix per reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..domain.eligibility import Reason, reason_label
from ..domain.enums import SmsEncoding, TemplateKind
from ..domain.footer import FooterElement, SourceInfo, element_label, short_form_available
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.profile import CampaignProfile
from ..domain.rendering import MessageRenderer, RenderedMessage
from ..domain.sms import MULTI_GSM7, MULTI_UCS2, SINGLE_GSM7, SINGLE_UCS2

Translate = Callable[[str], str]  # a message key -> the text in the user's language

#: At most this many people are listed one by one per batch (the counts stay exact).
DETAIL_LIMIT = 100_000
#: How many a text report prints before "and N more" (the JSON has everyone kept).
SHOWN_IN_TEXT = 20


@dataclass(frozen=True, slots=True)
class LeftOut:
    """One person a batch leaves out. ``fix`` holds the figures the fix is written from."""

    name: str
    phone: str
    reason: str  # a Reason code (domain/eligibility.py)
    fix: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "phone": self.phone, "reason": self.reason, "fix": self.fix}


def _capacity(cap: int, encoding: SmsEncoding) -> int:
    """How many units ``cap`` SMS hold in ``encoding``."""
    gsm = encoding is SmsEncoding.GSM7
    if cap == 1:
        return SINGLE_GSM7 if gsm else SINGLE_UCS2
    return cap * (MULTI_GSM7 if gsm else MULTI_UCS2)


def over_cap_fix(
    message: RenderedMessage,
    renderer: MessageRenderer,
    source: SourceInfo,
    profile: CampaignProfile,
    cap: int,
) -> dict[str, Any]:
    """What would bring an over-long message within ``cap``: the figures for each way out."""
    info = message.segments
    fix: dict[str, Any] = {
        "segments": info.segments,
        "cap": cap,
        "shorten_by": max(1, info.units - _capacity(cap, info.encoding)),
        "raise_cap_to": info.segments,
    }
    if not message.short_footer and short_form_available(profile):
        shorter = renderer.complete(message.body, source, short=True, adapted=message.adapted)
        if shorter.segments.segments <= cap:  # offered only when it is enough on its own
            fix["short_footer_segments"] = shorter.segments.segments
    if profile.keep_accents and info.encoding is SmsEncoding.UCS2:
        fix["smart_encoding"] = True  # turning "keep accents" off may bring it back to GSM-7
    return fix


def invalid_fix(message: RenderedMessage | None) -> dict[str, Any]:
    """A message that lacks a footer element names it; a template failure has nothing more."""
    if message is None:
        return {"template_failed": True}
    return {"missing": [m.value for m in message.missing]}


@dataclass
class LeftOutList:
    """The people a batch leaves out, kept one by one up to :data:`DETAIL_LIMIT`."""

    kind: TemplateKind
    people: list[LeftOut] = field(default_factory=list)
    not_listed: int = 0

    def add(
        self, first: str, last: str, phone: str, reason: str, fix: dict[str, Any] | None = None
    ) -> None:
        if len(self.people) >= DETAIL_LIMIT:
            self.not_listed += 1
            return
        name = f"{first} {last}".strip()
        self.people.append(LeftOut(name, phone, reason, fix or {}))


# --- In words --------------------------------------------------------------------------------


def _say(translate: Translate, key: str, **params: Any) -> str:
    return str(translate(key)).format(**params)


def _over_cap_fix(person: LeftOut, kind: TemplateKind, translate: Translate) -> str:
    fix = person.fix
    ways = [
        _say(
            translate,
            QT_TRANSLATE_NOOP("messages", "shorten the message by {chars} characters"),
            chars=fix.get("shorten_by", 1),
        )
    ]
    if "short_footer_segments" in fix:
        ways.append(
            _say(
                translate,
                QT_TRANSLATE_NOOP("messages", "use the short footer ({segments} SMS)"),
                segments=fix["short_footer_segments"],
            )
        )
    if fix.get("smart_encoding"):
        ways.append(_say(translate, QT_TRANSLATE_NOOP("messages", "stop keeping accents in names")))
    ways.append(
        _say(
            translate,
            QT_TRANSLATE_NOOP("messages", "raise the cap to {segments} SMS for this batch"),
            segments=fix.get("raise_cap_to", 0),
        )
    )
    return _say(
        translate,
        QT_TRANSLATE_NOOP("messages", "{segments} SMS for a cap of {cap}: {ways}."),
        segments=fix.get("segments", 0),
        cap=fix.get("cap", 0),
        ways=_say(translate, QT_TRANSLATE_NOOP("messages", " or ")).join(ways),
    )


def _invalid_fix(person: LeftOut, kind: TemplateKind, translate: Translate) -> str:
    if person.fix.get("missing"):
        return _say(
            translate,
            QT_TRANSLATE_NOOP(
                "messages",
                "The message would lack {what}: complete the profile or the source's description.",
            ),
            what="; ".join(
                translate(element_label(FooterElement(m))) for m in person.fix["missing"]
            ),
        )
    return _say(
        translate,
        QT_TRANSLATE_NOOP(
            "messages", "The template cannot be filled in for this person: check their fields."
        ),
    )


def _not_consented_fix(person: LeftOut, kind: TemplateKind, translate: Translate) -> str:
    if kind is TemplateKind.CAMPAIGN:
        return _say(
            translate,
            QT_TRANSLATE_NOOP(
                "messages", "Record their consent, or send them a consent request first."
            ),
        )
    return _say(
        translate,
        QT_TRANSLATE_NOOP(
            "messages", "Nothing to do: a consent request goes only to people not asked yet."
        ),
    )


def _fixed_words(key: str) -> Callable[[LeftOut, TemplateKind, Translate], str]:
    return lambda _person, _kind, translate: _say(translate, key)


#: What would include a person, for every reason of the policy (a test keeps it complete).
FIXES: dict[Reason, Callable[[LeftOut, TemplateKind, Translate], str]] = {
    Reason.ERASED: _fixed_words(QT_TRANSLATE_NOOP("messages", "Nothing to do: they asked for it.")),
    Reason.OPTED_OUT: _fixed_words(
        QT_TRANSLATE_NOOP("messages", "Nothing to do: an opt-out is for good.")
    ),
    Reason.REPLY_TO_READ: _fixed_words(
        QT_TRANSLATE_NOOP(
            "messages",
            "Read their reply and decide (Opt-outs, Replies to read; or campagne replies review).",
        )
    ),
    Reason.NOT_CONSENTED: _not_consented_fix,
    Reason.CONSENT_ALREADY_REQUESTED: _fixed_words(
        QT_TRANSLATE_NOOP("messages", "Nothing to do: consent is asked only once.")
    ),
    Reason.CONSENT_REQUEST_PENDING: _fixed_words(
        QT_TRANSLATE_NOOP(
            "messages",
            "Export or discard the other consent request batch first (consent is asked once).",
        )
    ),
    Reason.MESSAGED_RECENTLY: _fixed_words(
        QT_TRANSLATE_NOOP("messages", "Choose an earlier 'not messaged since' date.")
    ),
    Reason.INVALID: _invalid_fix,
    Reason.OVER_SEGMENT_CAP: _over_cap_fix,
}


def fix_text(person: LeftOut, kind: TemplateKind, translate: Translate) -> str:
    """What would include ``person``, in the language of ``translate`` (key -> text)."""
    try:
        fix = FIXES[Reason(person.reason)]
    except ValueError:
        return ""
    return fix(person, kind, translate)


def describe(person: LeftOut, kind: TemplateKind, translate: Translate) -> str:
    """One line: name, number, reason in words, and the fix."""
    line = str(translate(QT_TRANSLATE_NOOP("messages", "{name} ({phone}): {reason}. {fix}")))
    return line.format(
        name=person.name or "-",
        phone=person.phone,
        reason=translate(reason_label(person.reason)),
        fix=fix_text(person, kind, translate),
    ).rstrip()


def report_lines(
    left_out: LeftOutList, translate: Translate, shown: int = SHOWN_IN_TEXT
) -> list[str]:
    """The text report: the first ``shown`` people, then how many more (the JSON lists them)."""
    lines = [describe(p, left_out.kind, translate) for p in left_out.people[:shown]]
    more = len(left_out.people) - shown + left_out.not_listed
    if more > 0:
        lines.append(
            str(translate(QT_TRANSLATE_NOOP("messages", "... and {count} more."))).format(
                count=more
            )
        )
    return lines
