"""The SMS counter, splitter and fixer (LEGAL.md §7)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from campagne_desktop.domain.enums import SmsEncoding
from campagne_desktop.domain.gsm_transliteration import Fix, apply_fixes, propose_fixes
from campagne_desktop.domain.sms import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    NonGsmChar,
    count,
    non_gsm_chars,
    split_segments,
)

EMOJI = "😀"  # U+1F600: two UTF-16 units


def test_alphabet_sizes_follow_the_standard() -> None:
    assert len(set(GSM7_BASIC)) == len(GSM7_BASIC) == 127  # 128 minus the escape
    assert set(GSM7_EXTENSION) == set("\f^{}\\[~]|€")


# --- GSM-7 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "segments", "capacity"), [(159, 1, 160), (160, 1, 160), (161, 2, 306)]
)
def test_gsm_single_segment_boundary(length: int, segments: int, capacity: int) -> None:
    info = count("a" * length)
    assert info.encoding is SmsEncoding.GSM7
    assert (info.units, info.segments, info.capacity) == (length, segments, capacity)
    assert info.non_gsm == ()


def test_gsm_concatenated_parts_hold_153() -> None:
    assert count("a" * 306).segments == 2
    assert count("a" * 307).segments == 3
    assert [len(p) for p in split_segments("a" * 307)] == [153, 153, 1]


def test_extension_character_costs_two_septets() -> None:
    info = count("Prix : 5 €")
    assert info.encoding is SmsEncoding.GSM7
    assert info.units == 11
    assert count("a" * 158 + "€").segments == 1  # exactly 160 septets
    assert count("a" * 159 + "€").segments == 2  # 161 septets


@pytest.mark.parametrize(
    ("before", "first_part"),
    [
        (151, "a" * 151 + "€"),  # the pair fills septets 152-153: it fits
        (152, "a" * 152),  # the pair would straddle 153/154: it moves to the next part
        (153, "a" * 153),  # the pair starts the next part anyway
    ],
)
def test_escape_pair_is_never_split(before: int, first_part: str) -> None:
    text = "a" * before + "€" + "a" * 100
    parts = split_segments(text)
    assert parts[0] == first_part
    assert "".join(parts) == text
    assert count(text).segments == len(parts) == 2


def test_split_escape_pair_can_cost_one_more_segment() -> None:
    text = "a" * 152 + "€" + "a" * 152  # 306 septets: 2 parts by division, 3 in truth
    info = count(text)
    assert info.units == 306
    assert (info.segments, info.capacity) == (3, 459)
    assert split_segments(text) == ["a" * 152, "€" + "a" * 151, "a"]


# --- UCS-2 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "segments", "capacity"), [(69, 1, 70), (70, 1, 70), (71, 2, 134)]
)
def test_ucs2_single_segment_boundary(length: int, segments: int, capacity: int) -> None:
    info = count("ç" * length)
    assert info.encoding is SmsEncoding.UCS2
    assert (info.units, info.segments, info.capacity) == (length, segments, capacity)


def test_ucs2_concatenated_parts_hold_67() -> None:
    text = "ç" + "a" * 134
    assert count(text).segments == 3
    assert [len(p) for p in split_segments(text)] == [67, 67, 1]


def test_emoji_costs_two_units() -> None:
    info = count("Merci " + EMOJI)
    assert info.encoding is SmsEncoding.UCS2
    assert info.units == 8
    assert info.non_gsm == (NonGsmChar(EMOJI, 6),)


def test_emoji_straddling_the_67_unit_boundary_moves_to_the_next_part() -> None:
    text = "ç" * 66 + EMOJI + "ç" * 66  # 134 units: 2 parts by division, 3 in truth
    info = count(text)
    assert info.units == 134
    assert (info.segments, info.capacity) == (3, 201)
    assert split_segments(text) == ["ç" * 66, EMOJI + "ç" * 65, "ç"]


def test_emoji_that_fits_stays_in_the_part() -> None:
    text = "ç" * 65 + EMOJI + "ç" * 67
    assert split_segments(text)[0] == "ç" * 65 + EMOJI
    assert count(text).segments == 2


# --- Which characters switch to UCS-2 ------------------------------------------------------


def test_lowercase_c_cedilla_is_ucs2_but_capital_is_gsm() -> None:
    assert count("Ça va").encoding is SmsEncoding.GSM7
    lower = count("reçu")
    assert lower.encoding is SmsEncoding.UCS2
    assert lower.non_gsm == (NonGsmChar("ç", 2),)


@pytest.mark.parametrize("char", list("éèàùìòÇÉÄÖÑÜäöñü"))
def test_gsm_accents_stay_gsm(char: str) -> None:
    assert count(f"a{char}b").encoding is SmsEncoding.GSM7


def test_backtick_forces_ucs2() -> None:
    info = count("l`air")
    assert info.encoding is SmsEncoding.UCS2
    assert info.non_gsm == (NonGsmChar("`", 1),)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_no_break_spaces_force_ucs2_and_are_fixed(space: str) -> None:
    text = f"Venez{space}!"
    assert count(text).encoding is SmsEncoding.UCS2
    assert propose_fixes(text) == (Fix(5, space, " "),)
    assert count(apply_fixes(text, propose_fixes(text))).encoding is SmsEncoding.GSM7


def test_non_gsm_positions_are_string_indices() -> None:
    text = f"{EMOJI}a’b«c"
    assert non_gsm_chars(text) == (
        NonGsmChar(EMOJI, 0),
        NonGsmChar("’", 2),
        NonGsmChar("«", 4),
    )


def test_empty_text_is_one_empty_gsm_segment() -> None:
    info = count("")
    assert (info.encoding, info.units, info.segments, info.capacity) == (
        SmsEncoding.GSM7,
        0,
        1,
        160,
    )
    assert split_segments("") == [""]


def test_label() -> None:
    assert count("a" * 287).label() == "2 SMS · GSM-7 · 287/306"
    assert count("ç").label() == "1 SMS · UCS-2 · 1/70"


# --- The fixer -----------------------------------------------------------------------------


def test_fixer_makes_a_typical_french_sentence_gsm() -> None:
    text = "L’équipe « Ensemble » vous attend… Fête de l’œuvre – même à Noël, à côté."
    fixed = apply_fixes(text, propose_fixes(text))
    assert fixed == "L'équipe \" Ensemble \" vous attend... Fete de l'oeuvre - meme à Noel, à coté."
    assert count(fixed).encoding is SmsEncoding.GSM7
    assert non_gsm_chars(fixed) == ()


def test_fixer_reports_positions_and_originals() -> None:
    assert propose_fixes("aâ“b”…") == (
        Fix(1, "â", "a"),
        Fix(2, "“", '"'),
        Fix(4, "”", '"'),
        Fix(5, "…", "..."),
    )


@pytest.mark.parametrize(
    ("original", "replacement"),
    [
        ("’", "'"),
        ("‘", "'"),
        ("`", "'"),
        ("—", "-"),
        ("œ", "oe"),
        ("Œ", "OE"),
        ("ç", "c"),
        ("ÿ", "y"),
        ("Ÿ", "Y"),
        ("Ù", "U"),
        ("À", "A"),
        ("á", "a"),  # unicodedata fallback
        ("ō", "o"),  # unicodedata fallback
    ],
)
def test_fixer_replacements(original: str, replacement: str) -> None:
    assert propose_fixes(original) == (Fix(0, original, replacement),)


def test_fixer_never_touches_gsm_characters() -> None:
    text = GSM7_BASIC + GSM7_EXTENSION
    assert propose_fixes(text) == ()


def test_fixer_leaves_emoji_alone() -> None:
    assert propose_fixes(f"Merci {EMOJI}") == ()


def test_apply_a_chosen_subset_of_fixes() -> None:
    text = "l’été « chaud »"
    fixes = propose_fixes(text)
    quotes_only = tuple(f for f in fixes if f.original != "’")
    assert apply_fixes(text, quotes_only) == 'l’été " chaud "'


def test_apply_fixes_refuses_fixes_from_another_text() -> None:
    with pytest.raises(ValueError):
        apply_fixes("abc", (Fix(1, "’", "'"),))


# --- Properties ----------------------------------------------------------------------------

_INTERESTING = st.sampled_from([*"aZ0 €[~\n", "ç", "’", "«", EMOJI, "\u00a0", "Ç", "é"])
_TEXT = st.text(alphabet=st.one_of(_INTERESTING, st.characters()), max_size=500)


@given(_TEXT)
def test_split_segments_rebuilds_the_text_and_matches_count(text: str) -> None:
    info = count(text)
    parts = split_segments(text)
    assert "".join(parts) == text
    assert len(parts) == info.segments
    assert info.units <= info.capacity


@given(_TEXT)
def test_every_part_fits_its_segment(text: str) -> None:
    info = count(text)
    parts = split_segments(text)
    if len(parts) == 1:
        return
    if info.encoding is SmsEncoding.GSM7:
        assert all(0 < count(p).units <= 153 for p in parts)
    else:  # every part is sent in UCS-2, whatever its own characters
        assert all(0 < len(p.encode("utf-16-le", "surrogatepass")) // 2 <= 67 for p in parts)


@given(_TEXT)
def test_fixes_only_touch_non_gsm_characters(text: str) -> None:
    non_gsm = {c.position for c in non_gsm_chars(text)}
    assert {f.position for f in propose_fixes(text)} <= non_gsm
