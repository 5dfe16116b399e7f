from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from campagne_desktop.domain.enums import ElectionKind, FooterForm
from campagne_desktop.domain.profile import ProfileError, parse_field, validate
from tests.conftest import sample_profile


def fields_in_error(profile) -> set[str]:
    return {e.field for e in validate(profile)}


def test_sample_profile_is_valid() -> None:
    assert validate(sample_profile()) == []


@pytest.mark.parametrize("name", ["candidate", "rights_contact", "purpose"])
@pytest.mark.parametrize("blank", ["", "   "])
def test_required_text_fields(name: str, blank: str) -> None:
    assert fields_in_error(sample_profile(**{name: blank})) == {name}


@pytest.mark.parametrize("sender", ["A", "MAIRIE 2026", "Liste1", "a b"])
def test_sender_ids_accepted(sender: str) -> None:
    assert validate(sample_profile(sender_id=sender)) == []


@pytest.mark.parametrize("sender", ["", "123456", "TROP LONGUE1", "Liste-1", "Élodie", "   "])
def test_sender_ids_refused(sender: str) -> None:
    assert fields_in_error(sample_profile(sender_id=sender)) == {"sender_id"}


def test_round2_must_follow_round1() -> None:
    assert fields_in_error(sample_profile(round2=date(2026, 3, 15))) == {"round2"}
    assert fields_in_error(sample_profile(round2=date(2026, 3, 1))) == {"round2"}
    assert validate(sample_profile(round2=None)) == []


def test_sending_hours_never_after_half_past_nine() -> None:
    assert validate(sample_profile(sending_end="21:30")) == []
    assert fields_in_error(sample_profile(sending_end="21:31")) == {"sending_end"}
    assert fields_in_error(sample_profile(sending_start="20:00")) == {"sending_start"}
    assert fields_in_error(sample_profile(sending_start="07:59")) == {"sending_start"}
    assert validate(sample_profile(sending_start="08:00")) == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("stop_number", "3611"),
        ("privacy_url", "exemple.fr"),
        ("timezone", "Mars/Olympus"),
        ("sending_days", "789"),
        ("segment_cap", 0),
        ("price_per_segment", Decimal("-1")),
    ],
)
def test_other_rules(name: str, value: object) -> None:
    assert fields_in_error(sample_profile(**{name: value})) == {name}


def test_messages_are_plain_sentences() -> None:
    error = validate(sample_profile(candidate=""))[0]
    assert str(error) == "The candidate or list name is required."


def test_parse_field_types() -> None:
    assert parse_field("round2", "2026-03-22") == date(2026, 3, 22)
    assert parse_field("round2", "") is None
    assert parse_field("election", "Legislatives") is ElectionKind.LEGISLATIVES
    assert parse_field("footer_form", "short") is FooterForm.SHORT
    assert parse_field("price_per_segment", "0,045") == Decimal("0.045")
    assert parse_field("allow_public_holidays", "oui") is True


@pytest.mark.parametrize(
    ("name", "raw"),
    [("round1", "15/03/2026"), ("election", "mairie"), ("nope", "x"), ("segment_cap", "three")],
)
def test_parse_field_errors(name: str, raw: str) -> None:
    with pytest.raises(ProfileError):
        parse_field(name, raw)


@pytest.mark.parametrize("closing", ["00:00", "08:00", "17:00", "17:59", "20:01", "21:00"])
def test_polls_close_only_between_six_and_eight_pm(closing: str) -> None:
    # R41: polls close at 18:00, or later up to 20:00 by prefectoral order; an earlier time
    # would let a message urging people to vote leave on voting day.
    assert fields_in_error(sample_profile(polls_close=closing)) == {"polls_close"}


@pytest.mark.parametrize("closing", ["18:00", "19:00", "20:00"])
def test_polls_close_between_six_and_eight_pm_is_accepted(closing: str) -> None:
    assert validate(sample_profile(polls_close=closing)) == []


def test_second_round_dates() -> None:
    from campagne_desktop.domain.profile import expected_round2

    round1 = date(2027, 4, 11)
    assert expected_round2(ElectionKind.PRESIDENTIELLE, round1) == date(2027, 4, 25)
    assert expected_round2(ElectionKind.LEGISLATIVES, round1) == date(2027, 4, 18)
    assert expected_round2(ElectionKind.MUNICIPALES, round1) == date(2027, 4, 18)
    assert expected_round2(ElectionKind.EUROPEENNES, round1) is None
