"""Smart encoding: merged values in their closest GSM-7 form (LEGAL.md §7), both settings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from campagne_desktop.domain.enums import FooterForm, SmsEncoding, SourceKind, TemplateKind
from campagne_desktop.domain.footer import SourceInfo
from campagne_desktop.domain.gsm_transliteration import GSM7_FORMS, gsm_form, transliterate
from campagne_desktop.domain.rendering import MessageRenderer
from campagne_desktop.domain.sms import GSM7_BASIC, GSM7_EXTENSION, count, is_gsm7
from campagne_desktop.domain.templating import compile_template
from tests.conftest import sample_profile

# Every replacement the campaign was promised, character by character.
PROMISED = [
    ("ô", "o"),
    ("î", "i"),
    ("ï", "i"),
    ("ë", "e"),
    ("ê", "e"),
    ("â", "a"),
    ("û", "u"),
    ("ÿ", "y"),
    ("ç", "c"),
    ("œ", "oe"),
    ("Œ", "OE"),
    ("À", "A"),
    ("Â", "A"),
    ("È", "E"),
    ("Ê", "E"),
    ("Ë", "E"),
    ("Î", "I"),
    ("Ï", "I"),
    ("Ô", "O"),
    ("Ù", "U"),
    ("Û", "U"),
    ("Ÿ", "Y"),
    ("’", "'"),
    ("‘", "'"),
    ("`", "'"),
    ("«", '"'),
    ("»", '"'),
    ("“", '"'),
    ("”", '"'),
    ("…", "..."),
    ("–", "-"),
    ("—", "-"),
    ("\u00a0", " "),
    ("\u202f", " "),
    ("ł", "l"),
    ("á", "a"),  # the decomposition fallback
    ("ō", "o"),  # the decomposition fallback
    ("ș", "s"),  # the decomposition fallback
]
# Letters French names use that GSM-7 has: they are never changed.
KEPT = list("éèàùìòÉÇÄÖÑÜäöñü")

FORM = SourceInfo(SourceKind.FORM, "")
BODY = "Bonjour {{ prenom }} {{ nom }} de {{ commune }}, la fête est à côté."


def renderer(**changes: object) -> MessageRenderer:
    profile = sample_profile(**changes)
    return MessageRenderer(compile_template(BODY), profile, TemplateKind.CAMPAIGN)


@pytest.mark.parametrize(("char", "form"), PROMISED)
def test_each_promised_character_gets_its_gsm_form(char: str, form: str) -> None:
    assert not is_gsm7(char)
    assert gsm_form(char) == form
    assert transliterate(f"a{char}b") == f"a{form}b"
    assert is_gsm7(transliterate(char))


@pytest.mark.parametrize("char", KEPT)
def test_gsm_letters_stay(char: str) -> None:
    assert transliterate(f"x{char}y") == f"x{char}y"


def test_no_gsm_character_is_ever_changed() -> None:
    every = GSM7_BASIC + GSM7_EXTENSION
    assert transliterate(every) == every
    assert all(gsm_form(c) == c for c in every)


def test_every_table_entry_is_gsm7() -> None:
    assert all(is_gsm7(form) and not is_gsm7(char) for char, form in GSM7_FORMS.items())


def test_characters_without_an_honest_form_stay() -> None:
    assert transliterate("Merci 😀 李") == "Merci 😀 李"
    assert gsm_form("😀") is None


@pytest.mark.parametrize(
    ("name", "sent"),
    [
        ("François", "Francois"),
        ("Benoît", "Benoit"),
        ("Anaïs", "Anais"),
        ("Jérôme", "Jérome"),
        ("Marie-Ève", "Marie-Eve"),
        ("Œuvray", "OEuvray"),
        ("Noël", "Noel"),
        ("Maïté", "Maité"),
        ("Hélène", "Hélène"),
    ],
)
def test_french_names(name: str, sent: str) -> None:
    assert transliterate(name) == sent


# ASCII, Latin-1 and Latin Extended-A letters (not the micro sign, a Greek letter): European names.
_LATIN = st.characters(
    max_codepoint=0x17F, categories=["L", "Zs", "Pd", "Pi", "Pf"], exclude_characters="µ"
)


@given(st.text(alphabet=_LATIN, max_size=60))
def test_latin_names_always_become_gsm7(text: str) -> None:
    assert is_gsm7(transliterate(text))


# --- In a message: both settings -----------------------------------------------------------


def test_smart_encoding_adapts_merged_values_only() -> None:
    message = renderer().render("François", "Lefèvre-Œuvray", "Châtillon", FORM)
    assert message.body.startswith("Bonjour Francois Lefèvre-OEuvray de Chatillon,")
    assert message.adapted
    # The template's own words are the candidate's: kept (é à are GSM-7 anyway).
    assert "la fête est à côté" in message.body
    assert count(message.text) == message.segments


def test_smart_encoding_reaches_gsm7_when_the_template_is_gsm7() -> None:
    plain = MessageRenderer(
        compile_template("Bonjour {{ prenom }} !"), sample_profile(), TemplateKind.CAMPAIGN
    )
    message = plain.render("Anaïs", "Noël", "Saint-Benoît", FORM)
    assert message.segments.encoding is SmsEncoding.GSM7
    assert message.adapted


def test_names_already_gsm7_are_not_counted_as_adapted() -> None:
    message = renderer().render("Hélène", "Müller", "Bron", FORM)
    assert not message.adapted
    assert "Hélène Müller" in message.text


def test_keep_accents_sends_names_as_written() -> None:
    kept = renderer(keep_accents=True)
    message = kept.render("François", "Œuvray", "Châtillon", FORM)
    assert "François Œuvray de Châtillon" in message.text
    assert message.segments.encoding is SmsEncoding.UCS2
    assert not message.adapted


# --- The footer: full, short, full then short ----------------------------------------------


def test_full_then_short_gives_the_full_footer_to_a_first_message() -> None:
    mixed = renderer(footer_form=FooterForm.FULL_THEN_SHORT)
    first = mixed.render("Camille", "Exemple", "Bron", FORM)
    later = mixed.render("Camille", "Exemple", "Bron", FORM, returning=True)
    assert "Finalité" in first.footer and not first.short_footer
    assert "Infos : https://exemple.fr/vie-privee" in later.footer and later.short_footer
    assert "Finalité" not in later.footer
    assert first.compliant and later.compliant
    assert len(later.text) < len(first.text)


def test_full_then_short_without_a_privacy_link_stays_full() -> None:
    mixed = renderer(footer_form=FooterForm.FULL_THEN_SHORT, privacy_url="")
    later = mixed.render("Camille", "Exemple", "Bron", FORM, returning=True)
    assert "Finalité" in later.footer and not later.short_footer


def test_full_always_ignores_earlier_messages() -> None:
    later = renderer().render("Camille", "Exemple", "Bron", FORM, returning=True)
    assert "Finalité" in later.footer


def test_a_consent_request_is_always_a_first_message() -> None:
    consent = MessageRenderer(
        compile_template("Bonjour {{ prenom }}"),
        sample_profile(footer_form=FooterForm.FULL_THEN_SHORT),
        TemplateKind.CONSENT,
    )
    message = consent.render("Camille", "", "", FORM, returning=True)
    assert "Finalité" in message.footer
