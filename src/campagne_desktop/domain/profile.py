"""The campaign profile: who sends, for which election, and the rules it chose."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .enums import ElectionKind, FooterForm, ProviderKey
from .messages import QT_TRANSLATE_NOOP, UserError
from .money import parse_money

SENDER_ID_PATTERN = re.compile(r"^[A-Za-z0-9 ]{1,11}$")
STOP_NUMBER_PATTERN = re.compile(r"^[0-9]{5}$")
LATEST_SENDING_END = "21:30"  # AF2M charter: never later (LEGAL.md §4)
EARLIEST_SENDING_START = "08:00"  # the same charters' earliest hour
# Polls close at 18:00, or later by prefectoral order but never after 20:00 (Code électoral R41):
# the electoral silence cannot end before or after that range.
EARLIEST_POLLS_CLOSE = "18:00"
LATEST_POLLS_CLOSE = "20:00"
TIME_PATTERN = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


POLLS_CLOSE_RANGE = QT_TRANSLATE_NOOP(
    "messages",
    "Polls close between 18:00 and 20:00 (20:00 unless the prefect's order says otherwise): "
    "the electoral silence cannot end at another time.",
)


class ProfileError(UserError):
    """One field of the profile is invalid."""

    def __init__(self, field_name: str, key: str, **params: Any) -> None:
        self.field = field_name
        super().__init__(key, **params)


@dataclass(frozen=True)
class CampaignProfile:
    """Everything the app needs to know about the campaign; validated by :func:`validate`."""

    candidate: str
    election: ElectionKind
    round1: date
    rights_contact: str
    purpose: str
    sender_id: str
    round2: date | None = None
    stop_number: str = ""
    privacy_url: str = ""
    timezone: str = "Europe/Paris"
    footer_form: FooterForm = FooterForm.FULL
    sending_start: str = "08:00"
    sending_end: str = "20:00"
    sending_days: str = "012345"  # Monday-Saturday, as weekday digits (0 = Monday)
    allow_public_holidays: bool = False
    polls_close: str = "20:00"
    provider: str = ProviderKey.OTHER.value
    price_per_segment: Decimal = Decimal("0.05")  # euros, exact: never a binary float
    segment_cap: int = 3
    # Smart encoding is on unless this is set: merged names lose the accents GSM-7 lacks.
    keep_accents: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def with_changes(self, **changes: Any) -> CampaignProfile:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = format(value, "f")  # "0.045": JSON has no exact decimal number
            elif isinstance(value, ElectionKind | FooterForm):
                value = value.value
            out[f.name] = value
        return out


def expected_round2(election: ElectionKind, round1: date) -> date | None:
    """The date of the second round when nobody has declared one, None for a single round.

    The présidentielle's second round is on the 14th day after the first (Constitution art. 7);
    every other two-round election has it on the following Sunday (Code électoral L56).
    """
    if election is ElectionKind.EUROPEENNES:
        return None
    return round1 + timedelta(days=14 if election is ElectionKind.PRESIDENTIELLE else 7)


EDITABLE_FIELDS = (
    "candidate",
    "election",
    "round1",
    "round2",
    "rights_contact",
    "purpose",
    "sender_id",
    "stop_number",
    "privacy_url",
    "timezone",
    "footer_form",
    "sending_start",
    "sending_end",
    "sending_days",
    "allow_public_holidays",
    "polls_close",
    "provider",
    "price_per_segment",
    "segment_cap",
    "keep_accents",
)


def parse_field(name: str, raw: str) -> Any:
    """Turn the text form of a field (command line, settings form) into its typed value."""
    if name not in EDITABLE_FIELDS:
        raise ProfileError(
            name,
            QT_TRANSLATE_NOOP("messages", "Unknown profile field '{name}'. Fields: {fields}."),
            name=name,
            fields=", ".join(EDITABLE_FIELDS),
        )
    raw = raw.strip()
    try:
        if name in ("round1", "round2"):
            return date.fromisoformat(raw) if raw else None
        if name == "election":
            return ElectionKind(raw.lower())
        if name == "footer_form":
            return FooterForm(raw.lower())
        if name in ("allow_public_holidays", "keep_accents"):
            return raw.lower() in ("1", "true", "yes", "oui", "on")
        if name == "price_per_segment":
            return parse_money(raw)
        if name == "segment_cap":
            return int(raw)
        if name == "provider":
            return ProviderKey(raw.lower()).value
    except ValueError:
        raise ProfileError(
            name,
            QT_TRANSLATE_NOOP("messages", "'{value}' is not a valid value for {name}."),
            value=raw,
            name=name,
        ) from None
    return raw


def validate(profile: CampaignProfile) -> list[ProfileError]:
    """Every problem with ``profile``; an empty list means it may be saved."""
    errors: list[ProfileError] = []

    def fail(name: str, key: str, **params: Any) -> None:
        errors.append(ProfileError(name, key, **params))

    if not profile.candidate.strip():
        fail("candidate", QT_TRANSLATE_NOOP("messages", "The candidate or list name is required."))
    if not profile.rights_contact.strip():
        fail(
            "rights_contact",
            QT_TRANSLATE_NOOP(
                "messages",
                "A contact for data-protection requests (e-mail or address) is required.",
            ),
        )
    if not profile.purpose.strip():
        fail("purpose", QT_TRANSLATE_NOOP("messages", "The purpose of the messages is required."))
    if not SENDER_ID_PATTERN.match(profile.sender_id) or not any(
        c.isalpha() for c in profile.sender_id
    ):
        fail(
            "sender_id",
            QT_TRANSLATE_NOOP(
                "messages",
                "The sender ID must be 1 to 11 letters, digits or spaces, "
                "with at least one letter.",
            ),
        )
    if profile.round2 is not None and profile.round2 <= profile.round1:
        fail("round2", QT_TRANSLATE_NOOP("messages", "Round 2 must come after round 1."))
    if profile.stop_number and not STOP_NUMBER_PATTERN.match(profile.stop_number):
        fail(
            "stop_number",
            QT_TRANSLATE_NOOP("messages", "The STOP short number must be 5 digits, e.g. 36111."),
        )
    if profile.privacy_url and not profile.privacy_url.startswith(("https://", "http://")):
        fail(
            "privacy_url",
            QT_TRANSLATE_NOOP("messages", "The privacy notice link must start with https://."),
        )
    try:
        ZoneInfo(profile.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        fail(
            "timezone",
            QT_TRANSLATE_NOOP("messages", "Unknown time zone '{value}' (e.g. Europe/Paris)."),
            value=profile.timezone,
        )
    for name in ("sending_start", "sending_end", "polls_close"):
        if not TIME_PATTERN.match(getattr(profile, name)):
            fail(name, QT_TRANSLATE_NOOP("messages", "Times are written HH:MM, e.g. 08:00."))
    if TIME_PATTERN.match(profile.sending_start) and TIME_PATTERN.match(profile.sending_end):
        if profile.sending_end > LATEST_SENDING_END:
            fail(
                "sending_end",
                QT_TRANSLATE_NOOP("messages", "Messages may never be sent after 21:30."),
            )
        if profile.sending_start < EARLIEST_SENDING_START:
            fail(
                "sending_start",
                QT_TRANSLATE_NOOP("messages", "Messages may never be sent before 08:00."),
            )
        elif profile.sending_start >= profile.sending_end:
            fail(
                "sending_start",
                QT_TRANSLATE_NOOP("messages", "Sending hours must start before they end."),
            )
    if TIME_PATTERN.match(profile.polls_close) and not (
        EARLIEST_POLLS_CLOSE <= profile.polls_close <= LATEST_POLLS_CLOSE
    ):
        fail("polls_close", POLLS_CLOSE_RANGE)
    if not profile.sending_days:
        fail(
            "sending_days",
            QT_TRANSLATE_NOOP("messages", "Choose at least one day of the week for sending."),
        )
    elif any(c not in "0123456" for c in profile.sending_days):
        fail(
            "sending_days",
            QT_TRANSLATE_NOOP(
                "messages", "Sending days are weekday digits, 0 for Monday to 6 for Sunday."
            ),
        )
    if profile.provider not in {key.value for key in ProviderKey}:
        fail(
            "provider",
            QT_TRANSLATE_NOOP("messages", "Unknown SMS provider '{value}'. Providers: {known}."),
            value=profile.provider,
            known=", ".join(key.value for key in ProviderKey),
        )
    if profile.price_per_segment < 0:
        fail("price_per_segment", QT_TRANSLATE_NOOP("messages", "The price cannot be negative."))
    if not 1 <= profile.segment_cap <= 10:
        fail(
            "segment_cap",
            QT_TRANSLATE_NOOP("messages", "The segment cap must be between 1 and 10."),
        )
    return errors
