"""French phone numbers: whatever a contact file holds, to E.164 mobiles or a clear refusal.

LEGAL.md §8. A French national number ("06…", "0690…") is looked up in metropolitan France first,
then in each overseas department, because ``phonenumbers`` only knows "0690…" as a Guadeloupe
number: parsed for FR it becomes +33 690…, which does not exist. Spreadsheet damage is repaired
where it is certain (a lost leading zero, "612345678.0", "6.12345678E8") and refused where digits
were rounded away ("6.12346E+08").

An import calls ``normalise`` once per row, so French national numbers are built directly as
``phonenumbers.PhoneNumber`` objects (no text parsing) and checked once per candidate region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from campagne_desktop.domain.messages import QT_TRANSLATE_NOOP, UserError
from campagne_desktop.domain.phone_fastpath import mobile_region

# France and its overseas territories, whose people are French voters: BL and MF share +590 with
# Guadeloupe, PM has +508, and the Pacific has its own codes (NC +687, PF +689, WF +681).
# Anything else is foreign.
FRENCH_REGIONS = frozenset({"FR", "GP", "MQ", "GF", "RE", "YT", "BL", "MF", "PM", "NC", "PF", "WF"})

# Where a French national number ("0" + 9 digits) may belong, in the order of LEGAL.md §8:
# FR, GP, MQ, GF, then RE and YT (which share +262; the number itself tells them apart).
_NATIONAL_CODES = (33, 590, 596, 594, 262)
_REGION_CODE = MappingProxyType({"FR": 33, "GP": 590, "MQ": 596, "GF": 594, "RE": 262, "YT": 262})

_SEPARATORS = str.maketrans("", "", " .-()/_\t\u00a0\u202f\u2009")
_WHOLE_FLOAT = re.compile(r"(\d+)[.,]0+")  # "612345678.0": a number cell written as a float
_SCIENTIFIC = re.compile(r"\d[.,](\d+)[eE]\+?(\d+)")  # "6.12345678E8", "6,12345678E+08"


class PhoneProblem(StrEnum):
    """Why a value cannot receive an SMS."""

    EMPTY = "empty"
    INVALID = "invalid"
    LANDLINE = "landline"
    NOT_MOBILE = "not_mobile"  # special-rate, toll-free, VoIP-only, pager…


_MESSAGES = MappingProxyType(
    {
        PhoneProblem.EMPTY: QT_TRANSLATE_NOOP("messages", "The phone number is empty."),
        PhoneProblem.INVALID: QT_TRANSLATE_NOOP(
            "messages", "'{value}' is not a valid phone number."
        ),
        PhoneProblem.LANDLINE: QT_TRANSLATE_NOOP(
            "messages", "'{value}' is a landline: SMS cannot reach it."
        ),
        PhoneProblem.NOT_MOBILE: QT_TRANSLATE_NOOP(
            "messages",
            "'{value}' is a service number, not a mobile: SMS cannot reach it.",
        ),
    }
)


class PhoneError(UserError):
    """A value that is not a mobile number: ``problem`` says why, ``params["value"]`` holds it."""

    def __init__(self, problem: PhoneProblem, value: str) -> None:
        self.problem = problem
        super().__init__(_MESSAGES[problem], value=value)


@dataclass(frozen=True)
class PhoneNumber:
    """A mobile number that can receive SMS."""

    e164: str  # "+33612345678"
    region: str  # ISO 3166 code of the number's territory: "FR", "GP", "RE", "BE"…
    is_foreign: bool  # outside France and its overseas territories


def normalise(raw: str, default_region: str = "FR") -> PhoneNumber:
    """The mobile number written in ``raw``, or PhoneError saying why there is none.

    National numbers are read for ``default_region``; when it is French (the usual case) they are
    tried in France and each overseas department, the default region first.
    """
    value = raw.strip()
    if not value:
        raise PhoneError(PhoneProblem.EMPTY, raw)
    digits, international = _clean(value, raw)
    french_default = default_region in FRENCH_REGIONS
    if not international and french_default:
        if len(digits) == 10 and digits[0] == "0":
            return _french_national(digits[1:], default_region, raw)
        if len(digits) == 9 and digits[0] != "0":  # the spreadsheet ate the leading zero
            return _french_national(digits, default_region, raw)
        # A country code without "+" or "00": "33 6 12 34 56 78", "590 690 00 12 34".
        international = (len(digits) == 11 and digits[:2] == "33") or (
            len(digits) == 12 and digits[:3] in ("590", "596", "594", "262")
        )
    if international and len(digits) == 11 and digits[:2] == "33":
        # The common "+33 6…" needs no parsing; "+33 690…" (an overseas mobile written with the
        # metropolitan code) is found in its department.
        return _french_national(digits[2:], "FR", raw)
    try:
        number = phonenumbers.parse(
            "+" + digits if international else digits, None if international else default_region
        )
    except NumberParseException:
        raise PhoneError(PhoneProblem.INVALID, raw) from None
    return _accept(number, phonenumbers.number_type(number), raw)


def format_national(e164: str) -> str:
    """For display: "06 12 34 56 78" for French numbers, the international form for foreign ones.

    A value that does not parse is returned unchanged (display must never fail).
    """
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) in FRENCH_REGIONS:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def mask(e164: str) -> str:
    """For logs and previews: "+33 6 •• •• •• 78" (country code, first and last two digits kept).

    A value that does not parse keeps only its last two digits.
    """
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return _hide_digits(e164, keep_first=False)
    spaced = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    head, _, rest = spaced.partition(" ")  # "+33", "6 12 34 56 78"
    return f"{head} {_hide_digits(rest, keep_first=True)}"


def _hide_digits(text: str, keep_first: bool) -> str:
    total = sum(c.isdigit() for c in text)
    out, seen = [], 0
    for c in text:
        if c.isdigit():
            seen += 1
            keep = (keep_first and seen == 1) or seen > total - 2
            out.append(c if keep else "•")
        else:
            out.append(c)
    return "".join(out)


def _clean(value: str, raw: str) -> tuple[str, bool]:
    """The digits of ``value`` and whether they start with a country code ("+" or "00")."""
    if value[0] == "'":  # spreadsheets' "keep as text" marker
        value = value[1:].strip()
    if (m := _WHOLE_FLOAT.fullmatch(value)) is not None:
        value = m.group(1)
    elif (m := _SCIENTIFIC.fullmatch(value)) is not None:
        # Exact only if the mantissa kept every digit: "6.12346E+08" has lost three of them.
        if len(m.group(1)) != int(m.group(2)):
            raise PhoneError(PhoneProblem.INVALID, raw)
        value = value[0] + m.group(1)
    value = value.translate(_SEPARATORS)
    international = False
    if value[:1] == "+":
        value, international = value[1:], True
    elif value[:2] == "00":
        value, international = value[2:], True
    if not (value.isascii() and value.isdigit()) or len(value) > 17:
        raise PhoneError(PhoneProblem.INVALID, raw)
    return value, international


def _french_national(nsn: str, default_region: str, raw: str) -> PhoneNumber:
    """Look the 9 digits after the "0" up in France and each overseas department."""
    first = _REGION_CODE.get(default_region, 33)
    codes = (first, *(c for c in _NATIONAL_CODES if c != first))
    if (fast := mobile_region(nsn, codes)) is not None:  # most rows of an import
        code, region = fast
        return PhoneNumber(e164=f"+{code}{nsn}", region=region, is_foreign=False)
    national = int(nsn)
    fallback: tuple[phonenumbers.PhoneNumber, int] | None = None
    for code in codes:
        number = phonenumbers.PhoneNumber(country_code=code, national_number=national)
        kind = phonenumbers.number_type(number)
        if kind == PhoneNumberType.MOBILE:
            return _accept(number, kind, raw)
        if kind != PhoneNumberType.UNKNOWN and fallback is None:
            fallback = (number, kind)
    if fallback is None:
        raise PhoneError(PhoneProblem.INVALID, raw)
    return _accept(*fallback, raw)


def _accept(number: phonenumbers.PhoneNumber, kind: int, raw: str) -> PhoneNumber:
    """``number`` if it can receive SMS, else the PhoneError that says why not."""
    if kind == PhoneNumberType.UNKNOWN:  # what number_type says of an invalid number
        raise PhoneError(PhoneProblem.INVALID, raw)
    region = phonenumbers.region_code_for_number(number) or ""
    foreign = region not in FRENCH_REGIONS
    # Some plans (US, Canada) do not tell mobiles from landlines: give foreign ones the benefit.
    if kind == PhoneNumberType.MOBILE or (foreign and kind == PhoneNumberType.FIXED_LINE_OR_MOBILE):
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        return PhoneNumber(e164=e164, region=region, is_foreign=foreign)
    # French 09 numbers are internet-box home lines, which libphonenumber files as VoIP.
    if kind == PhoneNumberType.FIXED_LINE or (kind == PhoneNumberType.VOIP and region == "FR"):
        raise PhoneError(PhoneProblem.LANDLINE, raw)
    raise PhoneError(PhoneProblem.NOT_MOBILE, raw)
