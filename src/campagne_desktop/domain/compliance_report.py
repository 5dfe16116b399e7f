"""The lines of a compliance report, computed from facts gathered at the moment of the check.

Pure: the service gathers what is true now (the profile's problems, what the frozen messages
contain, who may still receive them, the provider chosen, the recipients' time zones) and this
module says what passes, warns or blocks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from .calendar import (
    NoSendingWindowError,
    SendingPolicy,
    check_moment,
    check_recipients,
    next_allowed_for_all,
    restriction_label,
)
from .footer import FooterElement, element_label
from .messages import QT_TRANSLATE_NOOP, Plural, words
from .places import place_keys, place_name

BLOCKED_HERE = Plural.translate(
    "messages",
    "%Ln recipient(s) in {place} cannot receive it now: {restriction}. Allowed there from {next}.",
    "",
    0,
)
SPLIT_ADVICE = Plural.translate(
    "messages",
    "%Ln recipient(s) may receive it now. To send to them without waiting, split the batch "
    "by time zone: campagne batch split {id} --by-zone (or Split by time zone on the Sendings "
    "page).",
    "",
    0,
)


class CheckStatus(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"


@dataclass(frozen=True)
class CheckLine:
    rule: str
    status: CheckStatus
    message: str  # a message key, rendered with ``params`` in the user's language
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """The sentence; parameters that are message keys themselves are translated too, and a
        tuple of keys (places) becomes a list in words."""
        say = translate or (lambda key: key)

        def shown(value: Any) -> Any:
            if isinstance(value, tuple):
                return ", ".join(str(say(item)) for item in value)
            return say(value) if isinstance(value, str) and translate is not None else value

        params = {k: shown(v) for k, v in self.params.items()}
        return words(self.message, self.params, translate).format(**params)


@dataclass(frozen=True)
class CheckFacts:
    """What is true of a batch when it is checked."""

    batch_id: int = 0
    demo: bool = False
    profile_problem: str | None = None  # the first problem of the profile, rendered
    footer_failures: Mapping[str, int] = field(default_factory=dict)  # element -> messages
    over_cap: int = 0
    segment_cap: int = 0
    formula_like: int = 0
    skipped: int = 0  # frozen, but the policy no longer lets them through
    held: int = 0  # of the skipped: a reply from their number waits to be read
    sendable: int = 0
    zones: frozenset[str] = frozenset()
    # sendable messages per group of zones one recipient may be in (three for Polynesia)
    zone_groups: Mapping[tuple[str, ...], int] = field(default_factory=dict)
    provider_warnings: Sequence[str] = ()  # message keys of the provider chosen now


@dataclass(frozen=True)
class TimeVerdict:
    line: CheckLine | None
    next_allowed: datetime | None = None


def report_lines(
    facts: CheckFacts, *, now: datetime, policy: SendingPolicy | None, display_zone: str
) -> tuple[list[CheckLine], datetime | None]:
    """Every line of the report, in order, and the next moment sending is allowed if blocked.

    ``policy`` is None when the profile's sending rules cannot be read; the profile line then
    already fails.
    """
    lines: list[CheckLine] = []
    add = lines.append
    if facts.demo:
        add(
            CheckLine(
                "demo",
                CheckStatus.FAILED,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This is a demonstration campaign: its numbers are invented but may "
                    "belong to real people, so nothing can be exported.",
                ),
            )
        )
    if facts.profile_problem is not None:
        add(
            CheckLine(
                "profile",
                CheckStatus.FAILED,
                QT_TRANSLATE_NOOP("messages", "The campaign profile is incomplete: {problem}"),
                {"problem": facts.profile_problem},
            )
        )
    else:
        add(
            CheckLine(
                "profile",
                CheckStatus.OK,
                QT_TRANSLATE_NOOP("messages", "The campaign profile is complete."),
            )
        )
    if facts.footer_failures:
        add(
            CheckLine(
                "footer",
                CheckStatus.FAILED,
                Plural.translate(
                    "messages",
                    "%Ln message(s) without part of the legal notice ({elements}).",
                    "",
                    0,
                ),
                {
                    "count": sum(facts.footer_failures.values()),
                    "elements": ", ".join(
                        element_label(FooterElement(e)) for e in facts.footer_failures
                    ),
                },
            )
        )
    else:
        add(
            CheckLine(
                "footer",
                CheckStatus.OK,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Every message carries the full legal notice and STOP PROSPECTION.",
                ),
            )
        )
    if facts.over_cap:
        add(
            CheckLine(
                "segments",
                CheckStatus.FAILED,
                Plural.translate("messages", "%Ln message(s) longer than {cap} SMS.", "", 0),
                {"count": facts.over_cap, "cap": facts.segment_cap},
            )
        )
    if facts.formula_like:
        # Exports would prefix a quote to disarm the spreadsheet formula, and that quote
        # would be sent: the frozen, checked text must leave unchanged, so it is refused.
        add(
            CheckLine(
                "formula",
                CheckStatus.FAILED,
                Plural.translate(
                    "messages",
                    "%Ln message(s) starting with = + - or @, which spreadsheets read as a "
                    "formula. Start the template with a word instead.",
                    "",
                    0,
                ),
                {"count": facts.formula_like},
            )
        )
    if facts.held:
        add(
            CheckLine(
                "replies",
                CheckStatus.WARNING,
                Plural.translate(
                    "messages",
                    "%Ln message(s) will not be sent: a reply from these numbers waits "
                    "to be read (Opt-outs page, Replies to read; or campagne replies review).",
                    "",
                    0,
                ),
                {"count": facts.held},
            )
        )
    if facts.skipped:
        add(
            CheckLine(
                "consent",
                CheckStatus.WARNING,
                Plural.translate(
                    "messages",
                    "%Ln message(s) will not be sent: the person opted out, was "
                    "erased or their consent changed since the batch was made.",
                    "",
                    0,
                ),
                {"count": facts.skipped},
            )
        )
    else:
        add(
            CheckLine(
                "consent",
                CheckStatus.OK,
                QT_TRANSLATE_NOOP("messages", "Every recipient consented and none opted out."),
            )
        )
    if facts.sendable == 0:
        add(
            CheckLine(
                "empty",
                CheckStatus.FAILED,
                QT_TRANSLATE_NOOP("messages", "No message is left to send in this batch."),
            )
        )
    next_allowed = None
    if policy is not None:
        verdict = time_verdict(facts.zones, policy, now, display_zone)
        if verdict.line is not None:
            add(verdict.line)
            if verdict.line.status is CheckStatus.FAILED:
                lines.extend(zone_lines(facts, policy, now, display_zone))
        next_allowed = verdict.next_allowed
    for key in facts.provider_warnings:
        add(CheckLine("provider", CheckStatus.WARNING, key))
    return lines, next_allowed


def time_verdict(
    zones: frozenset[str], policy: SendingPolicy, now: datetime, display_zone: str
) -> TimeVerdict:
    """Whether sending is allowed now in every recipient's zone, else the next moment it is."""
    if not zones:
        return TimeVerdict(None)
    verdicts = check_recipients(now, zones, policy)
    blocked = {zone: v for zone, v in verdicts.items() if not v.allowed}
    if not blocked:
        return TimeVerdict(
            CheckLine(
                "time",
                CheckStatus.OK,
                QT_TRANSLATE_NOOP(
                    "messages", "Sending is allowed now for every recipient ({zones})."
                ),
                {"zones": place_keys(sorted(zones))},
            )
        )
    next_allowed: datetime | None
    try:
        next_allowed = next_allowed_for_all(now, zones, policy)
    except NoSendingWindowError:
        next_allowed = None
    zone, verdict = sorted(blocked.items())[0]
    assert verdict.restriction is not None
    line = CheckLine(
        "time",
        CheckStatus.FAILED,
        QT_TRANSLATE_NOOP(
            "messages",
            "Not now: {restriction} for recipients in {zone}. Next "
            "allowed moment for everyone: {next}.",
        ),
        {
            "restriction": restriction_label(verdict.restriction),
            "zone": place_keys([zone])[0],
            "next": next_allowed.astimezone(ZoneInfo(display_zone)).strftime("%d/%m/%Y %H:%M %Z")
            if next_allowed
            else "-",
        },
    )
    return TimeVerdict(line, next_allowed)


def zone_lines(
    facts: CheckFacts, policy: SendingPolicy, now: datetime, display_zone: str
) -> list[CheckLine]:
    """One overseas recipient must not hold back the whole batch (LEGAL.md §4): a line per
    place whose recipients may not receive it now, and the advice to split when others may."""
    if len(facts.zone_groups) < 2:
        return []  # one place only: the failed time line already names it and its next moment
    blocked: list[CheckLine] = []
    allowed = 0
    for group, count in sorted(facts.zone_groups.items()):
        refused = [v for v in (check_moment(now, tz, policy) for tz in group) if not v.allowed]
        if not refused:
            allowed += count
            continue
        try:
            following = next_allowed_for_all(now, group, policy)
            next_text = following.astimezone(ZoneInfo(display_zone)).strftime("%d/%m/%Y %H:%M %Z")
        except NoSendingWindowError:
            next_text = "-"
        assert refused[0].restriction is not None
        blocked.append(
            CheckLine(
                "zones",
                CheckStatus.WARNING,
                BLOCKED_HERE,
                {
                    "count": count,
                    "place": place_name(group),
                    "restriction": restriction_label(refused[0].restriction),
                    "next": next_text,
                },
            )
        )
    if blocked and allowed:
        blocked.append(
            CheckLine(
                "zones",
                CheckStatus.WARNING,
                SPLIT_ADVICE,
                {"count": allowed, "id": facts.batch_id},
            )
        )
    return blocked
