"""French phone normalisation (LEGAL.md §8)."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from campagne_desktop.domain.messages import UserError
from campagne_desktop.domain.phones import (
    PhoneError,
    PhoneNumber,
    PhoneProblem,
    format_national,
    mask,
    normalise,
)


def example(region: str, kind: int = PhoneNumberType.MOBILE) -> phonenumbers.PhoneNumber:
    number = phonenumbers.example_number_for_type(region, kind)
    assert number is not None
    return number


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def national(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def international(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def problem_of(raw: str, default_region: str = "FR") -> PhoneProblem:
    with pytest.raises(PhoneError) as caught:
        normalise(raw, default_region)
    return caught.value.problem


# --- Metropolitan mobiles ------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "0612345678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "(06) 12 34 56 78",
        " 06 12 34 56 78 ",
        "06\u00a012\u00a034\u00a056\u00a078",
        "+33612345678",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "0033 6 12 34 56 78",
        "33 6 12 34 56 78",
        "'0612345678",
    ],
)
def test_metropolitan_mobile_in_any_writing(raw: str) -> None:
    assert normalise(raw) == PhoneNumber("+33612345678", "FR", is_foreign=False)


@pytest.mark.parametrize("prefix", ["06", "073", "074", "075", "076", "077", "078", "079"])
def test_metropolitan_06_and_07_ranges(prefix: str) -> None:
    raw = prefix + "12345678"[: 10 - len(prefix)]
    number = normalise(raw)
    assert number.e164 == "+33" + raw[1:]
    assert number.region == "FR"


def test_metropolitan_example_number() -> None:
    number = example("FR")
    assert normalise(national(number)).e164 == e164(number)


# --- Overseas mobiles ----------------------------------------------------------------------

OVERSEAS = [
    ("0690 00 12 34", "+590690001234", "GP"),
    ("0691 22 12 34", "+590691221234", "GP"),  # 06912x
    ("0691 30 12 34", "+590691301234", "GP"),  # 06913x
    ("0696 20 12 34", "+596696201234", "MQ"),
    ("0697 00 12 34", "+596697001234", "MQ"),
    ("0694 20 12 34", "+594694201234", "GF"),
    ("0692 12 34 56", "+262692123456", "RE"),
    ("0693 00 12 34", "+262693001234", "RE"),
    ("0639 01 23 45", "+262639012345", "YT"),
]


@pytest.mark.parametrize(("raw", "expected", "region"), OVERSEAS)
def test_overseas_mobile_written_nationally_gets_its_own_region(
    raw: str, expected: str, region: str
) -> None:
    assert normalise(raw) == PhoneNumber(expected, region, is_foreign=False)


@pytest.mark.parametrize(("raw", "expected", "region"), OVERSEAS)
def test_overseas_mobile_written_internationally(raw: str, expected: str, region: str) -> None:
    assert normalise(expected) == PhoneNumber(expected, region, is_foreign=False)
    assert normalise("00" + expected[1:]).e164 == expected
    assert normalise(international(phonenumbers.parse(expected))).e164 == expected


@pytest.mark.parametrize("region", ["GP", "MQ", "GF", "RE", "YT"])
def test_overseas_example_numbers(region: str) -> None:
    number = example(region)
    result = normalise(national(number))
    assert result.e164 == e164(number)
    assert result.region == region


def test_overseas_pitfall_never_yields_plus_33_690() -> None:
    number = normalise("0690001234")
    assert not number.e164.startswith("+33")
    assert number.e164 == "+590690001234"


def test_overseas_mobile_miswritten_with_plus_33_is_rescued() -> None:
    assert normalise("+33 6 90 00 12 34").e164 == "+590690001234"


def test_overseas_default_region_still_finds_other_departments() -> None:
    assert normalise("0612345678", "RE").region == "FR"
    assert normalise("0639012345", "RE").region == "YT"
    assert normalise("0692123456", "GP").region == "RE"


# --- Spreadsheet damage --------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "612345678",
        "612345678.0",
        "6.12345678E8",
        "6.12345678E+08",
        "6,12345678E+08",
        "33612345678",
        "33612345678.0",
        "3.3612345678E10",
    ],
)
def test_lost_leading_zero(raw: str) -> None:
    assert normalise(raw).e164 == "+33612345678"


def test_lost_leading_zero_overseas() -> None:
    assert normalise("690001234") == PhoneNumber("+590690001234", "GP", is_foreign=False)
    assert normalise("639012345.0").region == "YT"


def test_rounded_scientific_notation_is_refused() -> None:
    # "6.12346E+08" is 612346000: a real but different number; never guess.
    assert problem_of("6.12346E+08") is PhoneProblem.INVALID


# --- Foreign mobiles -----------------------------------------------------------------------


@pytest.mark.parametrize("region", ["BE", "DE", "US"])
def test_foreign_mobile_with_plus_or_00(region: str) -> None:
    number = example(region)
    expected = PhoneNumber(e164(number), region, is_foreign=True)
    assert normalise(international(number)) == expected
    assert normalise("00" + e164(number)[1:]) == expected


def test_belgian_mobile_starts_with_4() -> None:
    number = normalise(international(example("BE")))
    assert number.e164.startswith("+324")


def test_national_number_read_for_a_foreign_default_region() -> None:
    number = example("BE")
    assert normalise(national(number), "BE") == PhoneNumber(e164(number), "BE", is_foreign=True)


def test_foreign_landline_is_refused() -> None:
    assert problem_of(international(example("BE", PhoneNumberType.FIXED_LINE))) is (
        PhoneProblem.LANDLINE
    )


# --- What SMS cannot reach -----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["01 23 45 67 89", "02 12 34 56 78", "03 12 34 56 78", "04 12 34 56 78", "0512345678"]
)
def test_geographic_landlines_are_refused(raw: str) -> None:
    assert problem_of(raw) is PhoneProblem.LANDLINE


def test_09_box_lines_are_landlines() -> None:
    assert problem_of("09 12 34 56 78") is PhoneProblem.LANDLINE
    assert problem_of("+33 9 12 34 56 78") is PhoneProblem.LANDLINE


@pytest.mark.parametrize("region", ["FR", "GP", "MQ", "GF", "RE", "YT"])
def test_french_landline_examples_are_refused(region: str) -> None:
    number = example(region, PhoneNumberType.FIXED_LINE)
    assert problem_of(national(number)) is PhoneProblem.LANDLINE
    assert problem_of(e164(number)) is PhoneProblem.LANDLINE


@pytest.mark.parametrize(
    "kind", [PhoneNumberType.PREMIUM_RATE, PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST]
)
def test_special_rate_numbers_are_not_mobile(kind: int) -> None:
    assert problem_of(national(example("FR", kind))) is PhoneProblem.NOT_MOBILE


@pytest.mark.parametrize("raw", ["", "   ", "\t"])
def test_empty(raw: str) -> None:
    assert problem_of(raw) is PhoneProblem.EMPTY


@pytest.mark.parametrize(
    "raw",
    [
        "abc",
        "06 12",
        "+",
        "0612345678 ext 12",
        "06-12-34-56-7A",
        "1" * 30,
        "+33 6 12",
        "0700000000",
    ],
)
def test_garbage_is_invalid(raw: str) -> None:
    assert problem_of(raw) is PhoneProblem.INVALID


def test_error_is_a_user_error_carrying_the_value() -> None:
    with pytest.raises(UserError) as caught:
        normalise("01 23 45 67 89")
    error = caught.value
    assert isinstance(error, PhoneError)
    assert error.params == {"value": "01 23 45 67 89"}
    assert str(error) == "'01 23 45 67 89' is a landline: SMS cannot reach it."


# --- Display -------------------------------------------------------------------------------


def test_format_national() -> None:
    assert format_national("+33612345678") == "06 12 34 56 78"
    assert format_national("+590690001234") == "0690 00 12 34"
    assert format_national(e164(example("BE"))) == international(example("BE"))
    assert format_national("not a number") == "not a number"


def test_mask_keeps_country_code_first_and_last_two_digits() -> None:
    assert mask("+33612345678") == "+33 6 •• •• •• 78"
    assert mask("+590690001234") == "+590 6•• •• •• 34"
    assert mask("garbage 1234") == "garbage ••34"
