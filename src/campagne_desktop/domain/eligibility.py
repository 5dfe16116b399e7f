"""Who may receive a message: one policy, from a contact's facts and the template kind.

The policy has two steps. :func:`contact_reason` judges what is known before rendering (consent,
opt-out, a reply still to read, earlier consent requests, recent messages); the SQL form of this
step is derived from :data:`CONTACT_RULES` in ``services/audience.py``. :func:`message_reason`
judges the rendered text (complete legal notice, length) and always comes last, since only
rendering knows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .enums import ConsentStatus, TemplateKind
from .messages import QT_TRANSLATE_NOOP
from .times import day_start


class Reason(StrEnum):
    """Why a contact is left out (stored in a batch's exclusion counts: values are stable)."""

    ERASED = "erased"
    OPTED_OUT = "opted_out"
    REPLY_TO_READ = "reply_to_read"  # held until a person reads the number's reply
    NOT_CONSENTED = "not_consented"
    CONSENT_ALREADY_REQUESTED = "consent_already_requested"
    CONSENT_REQUEST_PENDING = "consent_request_pending"
    MESSAGED_RECENTLY = "messaged_recently"
    INVALID = "invalid"  # the template or the footer fails for this contact
    OVER_SEGMENT_CAP = "over_segment_cap"


REASON_LABELS = {
    Reason.ERASED: QT_TRANSLATE_NOOP("messages", "data deleted at their request"),
    Reason.OPTED_OUT: QT_TRANSLATE_NOOP("messages", "opted out"),
    Reason.REPLY_TO_READ: QT_TRANSLATE_NOOP("messages", "reply to read"),
    Reason.NOT_CONSENTED: QT_TRANSLATE_NOOP("messages", "no consent for this kind of message"),
    Reason.CONSENT_ALREADY_REQUESTED: QT_TRANSLATE_NOOP(
        "messages", "consent already requested once (never twice)"
    ),
    Reason.CONSENT_REQUEST_PENDING: QT_TRANSLATE_NOOP(
        "messages", "already in another consent request batch not sent yet"
    ),
    Reason.MESSAGED_RECENTLY: QT_TRANSLATE_NOOP("messages", "messaged since the chosen date"),
    Reason.INVALID: QT_TRANSLATE_NOOP(
        "messages", "the message cannot be completed for this contact"
    ),
    Reason.OVER_SEGMENT_CAP: QT_TRANSLATE_NOOP("messages", "longer than the SMS cap"),
}


def reason_label(code: str) -> str:
    """The words for a reason code (an English message key, translated by the caller).

    The one labels function: the CLI, the window and the reports never show a code such as
    ``over_segment_cap``; an unknown code (from a newer version) gets a generic label.
    """
    try:
        return REASON_LABELS[Reason(code)]
    except ValueError:
        return QT_TRANSLATE_NOOP("messages", "left out by a rule")


@dataclass(frozen=True)
class ContactFacts:
    """What is known about one person when a message to them is judged."""

    consent: ConsentStatus
    opted_out: bool = False
    held: bool = False  # a reply of theirs no rule understood waits for a person to read it
    erased: bool = False  # the contact was erased; only a frozen message of theirs remains
    asked: bool = False  # a consent request to them already left the app (exported or sent)
    in_live_consent_batch: bool = False  # frozen in another consent batch not gone out yet
    last_sent: datetime | None = None  # when a message of theirs last left the app (aware)
    # A message of theirs already left the app (whatever its batch's date): the "full then
    # short" footer gives them the short one. Not a reason to leave anyone out.
    messaged_before: bool = False


# The order is the precedence: the first rule that applies names the reason.
CONTACT_RULES: dict[TemplateKind, tuple[Reason, ...]] = {
    TemplateKind.CAMPAIGN: (
        Reason.ERASED,
        Reason.OPTED_OUT,
        # The reply may be an objection (it needs no keyword, LEGAL.md §3): held until read.
        Reason.REPLY_TO_READ,
        Reason.NOT_CONSENTED,
        Reason.MESSAGED_RECENTLY,
    ),
    TemplateKind.CONSENT: (
        Reason.ERASED,
        Reason.OPTED_OUT,
        # The reply may be an objection (it needs no keyword, LEGAL.md §3): held until read.
        Reason.REPLY_TO_READ,
        Reason.NOT_CONSENTED,
        # One consent request per person, never a reminder (LEGAL.md §2).
        Reason.CONSENT_ALREADY_REQUESTED,
        Reason.CONSENT_REQUEST_PENDING,
        Reason.MESSAGED_RECENTLY,
    ),
}


def wanted_consent(kind: TemplateKind) -> ConsentStatus:
    """A campaign message needs consent; a consent request goes to those not asked yet."""
    return ConsentStatus.GRANTED if kind is TemplateKind.CAMPAIGN else ConsentStatus.PENDING


def since_moment(not_messaged_since: date | None, tz: str) -> datetime | None:
    """The start of the 'not messaged since' day: midnight in the campaign's zone ``tz`` (not
    UTC's, one or two hours later in France), as an aware moment."""
    if not_messaged_since is None:
        return None
    return day_start(not_messaged_since, tz)


def rule_applies(
    reason: Reason, facts: ContactFacts, kind: TemplateKind, since: datetime | None
) -> bool:
    """Whether one rule holds; ``since`` is :func:`since_moment` of the chosen day, or None."""
    if reason is Reason.ERASED:
        return facts.erased
    if reason is Reason.OPTED_OUT:
        return facts.opted_out
    if reason is Reason.REPLY_TO_READ:
        return facts.held
    if reason is Reason.NOT_CONSENTED:
        return facts.consent is not wanted_consent(kind)
    if reason is Reason.CONSENT_ALREADY_REQUESTED:
        return facts.asked
    if reason is Reason.CONSENT_REQUEST_PENDING:
        return facts.in_live_consent_batch
    if reason is Reason.MESSAGED_RECENTLY:
        return since is not None and facts.last_sent is not None and facts.last_sent >= since
    return False


def contact_reason(
    facts: ContactFacts, kind: TemplateKind, since: datetime | None = None
) -> Reason | None:
    """Why this person may not receive a message of ``kind``, or None if they may.

    ``since``: the moment the 'not messaged since' day starts (:func:`since_moment`), or None.
    """
    for reason in CONTACT_RULES[kind]:
        if rule_applies(reason, facts, kind, since):
            return reason
    return None


#: The range a per-batch SMS cap may take (the profile's cap has the same bounds).
SEGMENT_CAP_RANGE = range(1, 11)


def length_cap(profile_cap: int, batch_cap: int | None = None) -> int:
    """The cap the last step judges with: the batch's own when it set one, else the profile's."""
    return profile_cap if batch_cap is None else batch_cap


def message_reason(*, rendered: bool, complete: bool, segments: int, cap: int) -> Reason | None:
    """The last step, on the rendered text: it must exist, carry the notice, fit the cap."""
    if not rendered or not complete:
        return Reason.INVALID
    if segments > cap:
        return Reason.OVER_SEGMENT_CAP
    return None
