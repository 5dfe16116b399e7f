"""The fast path of phone normalisation gives exactly what ``phonenumbers`` gives."""

from __future__ import annotations

import random
from unittest import mock

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType

from campagne_desktop.domain import phones
from campagne_desktop.domain.phone_fastpath import FAST_REGIONS, mobile_region
from campagne_desktop.domain.phones import PhoneError, normalise

# Where the plans of France and the departments are dense: every mobile and overseas block.
PREFIXES = ("6", "7", "60", "63", "639", "69", "690", "691", "692", "693", "694", "696", "697",
            "6939", "6390", "7090", "7091", "7092", "7093", "709", "1", "2", "262", "26", "5",
            "59", "8", "9", "0", "")  # fmt: skip
SEPARATORS = ("", " ", ".", "-", "  ", "\u00a0")


def outcome(raw: str, region: str) -> object:
    try:
        return normalise(raw, region)
    except PhoneError as error:
        return error.problem


def slow_outcome(raw: str, region: str) -> object:
    """What normalisation says with the fast path switched off: phonenumbers alone."""
    with mock.patch.object(phones, "mobile_region", return_value=None):
        return outcome(raw, region)


@st.composite
def written_numbers(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(PREFIXES))
    length = draw(st.sampled_from((9, 9, 9, 9, 8, 10)))
    rest = draw(st.text("0123456789", min_size=max(0, length - len(prefix)), max_size=12))
    nsn = (prefix + rest)[:length]
    head = draw(
        st.sampled_from(("0", "", "+33", "0033", "33", "+590", "00596", "594", "+262", "+33 (0)"))
    )
    separator = draw(st.sampled_from(SEPARATORS))
    groups = [nsn[:1], *(nsn[i : i + 2] for i in range(1, len(nsn), 2))]
    return head + separator.join(groups) if draw(st.booleans()) else head + nsn


@settings(max_examples=3000, deadline=None)
@given(written_numbers(), st.sampled_from(("FR", "FR", "GP", "MQ", "GF", "RE", "YT", "BE")))
@example("06 12 34 56 78", "FR")
@example("+33 6 93 39 12 34", "RE")
@example("0639401234", "FR")
@example("0709312345", "GF")
def test_fast_path_agrees_with_phonenumbers(raw: str, region: str) -> None:
    assert outcome(raw, region) == slow_outcome(raw, region)


@pytest.mark.parametrize("region", FAST_REGIONS)
def test_mobile_pattern_is_exactly_what_phonenumbers_calls_a_mobile(region: str) -> None:
    """Every 4-digit block of 6… and 7… numbers, with varied endings, in each plan."""
    code = phonenumbers.country_code_for_region(region)
    rng = random.Random(region)
    for block in range(6000, 8000):
        for _ in range(2):
            nsn = f"{block}{rng.randrange(100_000):05d}"
            number = phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn))
            is_mobile = phonenumbers.number_type(number) == PhoneNumberType.MOBILE
            fast = mobile_region(nsn, (code,))
            if is_mobile:
                assert fast == (code, phonenumbers.region_code_for_number(number)), nsn
            else:
                assert fast is None, nsn


def test_the_fast_path_is_taken_for_a_metropolitan_mobile() -> None:
    with mock.patch.object(phonenumbers, "number_type", side_effect=AssertionError("slow path")):
        assert normalise("06 12 34 56 78").e164 == "+33612345678"
        assert normalise("0690 12 34 56").region == "GP"
