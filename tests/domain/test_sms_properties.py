"""Properties of the SMS counter (test_sms.py holds the examples and the first properties)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from campagne_desktop.domain.enums import SmsEncoding
from campagne_desktop.domain.sms import (
    GSM7_BASIC,
    GSM7_CHARS,
    GSM7_EXTENSION,
    MULTI_GSM7,
    MULTI_UCS2,
    SINGLE_GSM7,
    SINGLE_UCS2,
    count,
    split_segments,
)

EMOJI = "\U0001f5f3"  # ballot box: two UTF-16 units
# Weighted towards the boundaries: escape pairs, surrogate pairs, one non-GSM letter.
_CHAR = st.one_of(
    st.sampled_from(GSM7_BASIC),
    st.sampled_from(GSM7_BASIC),
    st.sampled_from(GSM7_EXTENSION),
    st.sampled_from(["ç", "’", "«", "\u00a0", EMOJI, "\U0001f600", "中"]),
    st.characters(),
)
TEXT = st.text(alphabet=_CHAR, max_size=700)
GSM_TEXT = st.text(alphabet=st.sampled_from(GSM7_BASIC + GSM7_EXTENSION * 4), max_size=700)


def _units(text: str, gsm: bool) -> int:
    if gsm:
        return sum(2 if char in GSM7_EXTENSION else 1 for char in text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@given(st.one_of(TEXT, GSM_TEXT))
def test_the_encoding_is_gsm7_exactly_when_every_character_is_in_it(text: str) -> None:
    info = count(text)
    gsm = all(char in GSM7_CHARS for char in text)
    assert (info.encoding is SmsEncoding.GSM7) is gsm
    assert (info.non_gsm == ()) is gsm
    assert all(text[c.position] == c.char and c.char not in GSM7_CHARS for c in info.non_gsm)


@given(st.one_of(TEXT, GSM_TEXT))
def test_units_and_segments_follow_from_the_length(text: str) -> None:
    info = count(text)
    gsm = info.encoding is SmsEncoding.GSM7
    single, multi = (SINGLE_GSM7, MULTI_GSM7) if gsm else (SINGLE_UCS2, MULTI_UCS2)
    assert info.units == _units(text, gsm)
    assert (info.segments == 1) is (info.units <= single)
    if info.segments > 1:
        # Never fewer parts than a plain division; at most one more per pair pushed forward.
        assert info.segments >= -(-info.units // multi)
        assert info.capacity == info.segments * multi
    assert info.units <= info.capacity


@given(st.one_of(TEXT, GSM_TEXT))
def test_parts_are_filled_and_never_split_a_pair(text: str) -> None:
    info = count(text)
    parts = split_segments(text)
    assert "".join(parts) == text
    if len(parts) == 1:
        return
    gsm = info.encoding is SmsEncoding.GSM7
    multi = MULTI_GSM7 if gsm else MULTI_UCS2
    for part, following in pairwise(parts):
        # A part holds whole characters (a pair costs 2) and ends only when the next
        # character would not fit: a pair is pushed to the next part, never cut.
        assert _units(part, gsm) <= multi
        assert _units(part + following[0], gsm) > multi
    assert 0 < _units(parts[-1], gsm) <= multi
