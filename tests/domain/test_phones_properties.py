"""Properties of phone normalisation on any text a contact file can hold."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from campagne_desktop.domain.phones import PhoneError, PhoneNumber, normalise

# Shapes a spreadsheet produces: prefixes, separators, lost zeros, floats, overseas codes.
_PREFIX = st.sampled_from(["", "0", "+33", "0033", "33", "+590", "590", "+262", "+32", "00", "'"])
_DIGITS = st.text(alphabet="0123456789", min_size=0, max_size=14)
_SEPARATOR = st.sampled_from(["", " ", ".", "-", "/", "\u00a0", "\t", "(0)", ",", "e+", ".0"])
_PHONE_LIKE = st.builds(
    lambda prefix, parts, separator: prefix + separator.join(parts),
    _PREFIX,
    st.lists(_DIGITS, min_size=1, max_size=5),
    _SEPARATOR,
)
_MOBILE = st.builds(
    lambda lead, rest, sep: "0" + lead + sep.join([rest[i : i + 2] for i in (0, 2, 4, 6)]),
    st.sampled_from(["6", "7"]),
    st.text(alphabet="0123456789", min_size=8, max_size=8),
    st.sampled_from(["", " ", ".", "-"]),
)
ANY_VALUE = st.one_of(st.text(max_size=40), _PHONE_LIKE, _MOBILE)


def _normalised(raw: str) -> PhoneNumber | None:
    try:
        return normalise(raw)
    except PhoneError:
        return None


@given(ANY_VALUE)
@example("06 12 34 56 78")
@example("+33 6 12 34 56 78")
@example("0690 00 12 34")
@example("6.12345678E8")
@example("\x00")
def test_only_a_phone_error_is_ever_raised(raw: str) -> None:
    try:
        number = normalise(raw)
    except PhoneError as error:
        assert error.problem is not None
        assert error.params["value"] == raw  # the message names what the file held
    else:
        assert number.e164.startswith("+") and number.e164[1:].isdigit()


@given(st.one_of(ANY_VALUE, _MOBILE, _MOBILE))
@example("0612345678")
@example("0690001234")
@example("+32 470 12 34 56")
def test_normalising_an_e164_output_gives_itself(raw: str) -> None:
    number = _normalised(raw)
    if number is None:
        return
    again = normalise(number.e164)
    assert again == number
    assert normalise(again.e164) == again


@given(_MOBILE)
def test_separators_do_not_change_the_number(raw: str) -> None:
    number = _normalised(raw)
    if number is None:
        return
    assert _normalised("".join(c for c in raw if c.isdigit())) == number
