"""The honest SMS counter: encoding, units and segments as a carrier counts them (LEGAL.md §7).

GSM-7 (3GPP TS 23.038) costs one septet per basic character and two per extension character (an
escape then the character). One character outside GSM-7 switches the whole message to UCS-2, where
a character costs one UTF-16 code unit, two above U+FFFF (most emoji). A single SMS holds 160
septets or 70 units; concatenated parts lose room to their header and hold 153 or 67. An escape
pair or a surrogate pair is never cut between two parts, so a message may need one part more than
a plain division says.

The counter runs on every rendered message of a batch: the all-GSM path is a couple of regex scans
in C, and part boundaries are found by jumping one part at a time, never by walking characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from campagne_desktop.domain.enums import SmsEncoding

# 3GPP TS 23.038 default alphabet, in table order; 0x1B (the escape) is left out.
GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
# Extension table: each costs the escape septet plus its own.
GSM7_EXTENSION = "\f^{}\\[~]|€"
GSM7_CHARS = frozenset(GSM7_BASIC + GSM7_EXTENSION)

SINGLE_GSM7 = 160
MULTI_GSM7 = 153
SINGLE_UCS2 = 70
MULTI_UCS2 = 67

NON_GSM_RE = re.compile("[^" + re.escape(GSM7_BASIC + GSM7_EXTENSION) + "]")
_EXTENSION_RE = re.compile("[" + re.escape(GSM7_EXTENSION) + "]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class NonGsmChar:
    """A character that forces UCS-2, and its index in the Python string."""

    char: str
    position: int


@dataclass(frozen=True)
class SegmentInfo:
    """How a text is sent: encoding, units used, parts needed and what those parts can hold."""

    encoding: SmsEncoding
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int
    capacity: int  # units the current number of segments can hold
    non_gsm: tuple[NonGsmChar, ...]

    def label(self) -> str:
        """A one-line summary, e.g. ``2 SMS · GSM-7 · 287/306``."""
        return f"{self.segments} SMS · {self.encoding.value} · {self.units}/{self.capacity}"


def non_gsm_chars(text: str) -> tuple[NonGsmChar, ...]:
    """Every character of ``text`` outside GSM-7 (basic set and extension table)."""
    return tuple(NonGsmChar(m.group(), m.start()) for m in NON_GSM_RE.finditer(text))


def count(text: str) -> SegmentInfo:
    """Encoding, units and segments of ``text``.

    The empty text counts as one segment of 0 units: a message is always at least one SMS, and the
    counter shown while typing starts at ``1 SMS · GSM-7 · 0/160``.
    """
    gsm, single, multi, wide = _layout(text)
    units = len(text) + len(wide)
    if units <= single:
        segments = 1
    elif not wide:
        segments = -(-units // multi)
    else:
        segments = len(_bounds(text, wide, multi))
    capacity = single if segments == 1 else segments * multi
    if gsm:
        return SegmentInfo(SmsEncoding.GSM7, units, segments, capacity, ())
    return SegmentInfo(SmsEncoding.UCS2, units, segments, capacity, non_gsm_chars(text))


def split_segments(text: str) -> list[str]:
    """The parts ``text`` is sent as; joined back together they give ``text``."""
    _, single, multi, wide = _layout(text)
    if len(text) + len(wide) <= single:
        return [text]
    return [text[a:b] for a, b in _bounds(text, wide, multi)]


def _layout(text: str) -> tuple[bool, int, int, list[int]]:
    """Whether ``text`` is GSM-7, its single and multi-part sizes, and its two-unit characters."""
    if NON_GSM_RE.search(text) is None:
        return True, SINGLE_GSM7, MULTI_GSM7, [m.start() for m in _EXTENSION_RE.finditer(text)]
    return False, SINGLE_UCS2, MULTI_UCS2, [m.start() for m in _ASTRAL_RE.finditer(text)]


def _bounds(text: str, wide: list[int], size: int) -> list[tuple[int, int]]:
    """Part boundaries (string indices) in parts of ``size`` units.

    The characters at the sorted indices ``wide`` cost two units (an escape pair in GSM-7, a
    surrogate pair in UCS-2) and are never cut: when one would straddle, it starts the next part.
    """
    bounds = []
    start, total = 0, len(text)
    while start < total:
        end = min(start + size, total)
        if wide:  # units(start, end) = characters + wide characters among them; back off to fit
            while end - start + bisect_left(wide, end) - bisect_left(wide, start) > size:
                end -= 1
        bounds.append((start, end))
        start = end
    return bounds


def is_gsm7(text: str) -> bool:
    """Whether ``text`` goes out in GSM-7 (every character in the basic or extension table)."""
    return NON_GSM_RE.search(text) is None
