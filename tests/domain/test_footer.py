from __future__ import annotations

import pytest

from campagne_desktop.domain.enums import FooterForm, SourceKind, TemplateKind
from campagne_desktop.domain.footer import (
    FooterChecker,
    FooterElement,
    SourceInfo,
    build_footer,
    compose_message,
    element_label,
    missing_elements,
)
from campagne_desktop.domain.profile import CampaignProfile
from tests.conftest import sample_profile

PROFILE = sample_profile(purpose="informer sur la campagne")
SHORT = PROFILE.with_changes(footer_form=FooterForm.SHORT)
RENTED = SourceInfo(SourceKind.RENTED, "liste louée à Société X le 2 février")
FORM = SourceInfo(SourceKind.FORM, "formulaire du site")
BODY = "Bonjour Camille, votez le 15 mars !"
# Characters of GSM 03.38 (basic table) that French text may use.
GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


def source_for(kind: SourceKind) -> SourceInfo:
    return SourceInfo(kind, f"fichier de démonstration ({kind.value})")


def message(profile: CampaignProfile, source: SourceInfo, kind: TemplateKind) -> str:
    return compose_message(BODY, build_footer(profile, source, kind))


@pytest.mark.parametrize("source_kind", list(SourceKind))
@pytest.mark.parametrize("profile", [PROFILE, SHORT], ids=["full", "short"])
@pytest.mark.parametrize("kind", list(TemplateKind))
def test_built_footer_is_compliant(
    source_kind: SourceKind, profile: CampaignProfile, kind: TemplateKind
) -> None:
    source = source_for(source_kind)
    footer = build_footer(profile, source, kind)
    assert footer.endswith("STOP PROSPECTION au 36111")
    assert "Marie Exemple" in footer
    assert missing_elements(compose_message(BODY, footer), profile, source, kind) == ()


@pytest.mark.parametrize("source_kind", list(SourceKind))
def test_footer_is_gsm7_apart_from_campaign_text(source_kind: SourceKind) -> None:
    source = SourceInfo(source_kind, "Societe X")
    for profile in (PROFILE, SHORT):
        footer = build_footer(profile, source, TemplateKind.CONSENT)
        assert set(footer) <= GSM7, set(footer) - GSM7


def test_full_footer_wording() -> None:
    assert build_footer(PROFILE, RENTED, TemplateKind.CAMPAIGN) == (
        "Marie Exemple, municipales 2026\n"
        "Fichier loué : liste louée à Société X le 2 février\n"
        "Finalité : informer sur la campagne\n"
        "Vos droits : donnees@exemple.fr\n"
        "STOP PROSPECTION au 36111"
    )


def test_short_footer_replaces_purpose_by_the_privacy_link() -> None:
    footer = build_footer(SHORT, FORM, TemplateKind.CAMPAIGN)
    assert "informer sur la campagne" not in footer
    assert "https://exemple.fr/vie-privee" in footer
    assert "donnees@exemple.fr" in footer
    assert "Numéro recueilli via notre formulaire" in footer


def test_short_form_without_privacy_url_falls_back_to_full() -> None:
    no_link_short = SHORT.with_changes(privacy_url="")
    no_link_full = PROFILE.with_changes(privacy_url="")
    for kind in TemplateKind:
        footer = build_footer(no_link_short, FORM, kind)
        assert footer == build_footer(no_link_full, FORM, kind)
        assert "Finalité : informer sur la campagne" in footer


def test_short_form_without_privacy_url_requires_the_purpose() -> None:
    no_link_short = SHORT.with_changes(privacy_url="")
    footer_without_purpose = build_footer(SHORT, FORM, TemplateKind.CAMPAIGN)
    assert FooterElement.PURPOSE in missing_elements(
        compose_message(BODY, footer_without_purpose), no_link_short, FORM, TemplateKind.CAMPAIGN
    )


def test_stop_number_appended_only_when_set() -> None:
    assert build_footer(PROFILE, FORM, TemplateKind.CAMPAIGN).endswith("STOP PROSPECTION au 36111")
    no_number = PROFILE.with_changes(stop_number="")
    footer = build_footer(no_number, FORM, TemplateKind.CAMPAIGN)
    assert footer.endswith("\nSTOP PROSPECTION")
    assert missing_elements(footer, no_number, FORM, TemplateKind.CAMPAIGN) == ()


def test_consent_request_tells_how_to_answer() -> None:
    assert "Répondez OUI" in build_footer(PROFILE, RENTED, TemplateKind.CONSENT)
    assert "Répondez OUI" not in build_footer(PROFILE, RENTED, TemplateKind.CAMPAIGN)


@pytest.mark.parametrize(
    ("kind", "phrase"),
    [
        (SourceKind.FORM, "Numéro recueilli via notre formulaire"),
        (SourceKind.FIELD, "Numéro recueilli lors d'une rencontre"),
        (SourceKind.RENTED, "Fichier loué : Société X"),
        (SourceKind.PURCHASED, "Fichier acheté : Société X"),
        (SourceKind.OTHER, "Source : Société X"),
        (SourceKind.PARRAINAGE, "parrainage"),
        (SourceKind.NEWSLETTER, "infolettre"),
    ],
)
def test_source_phrase(kind: SourceKind, phrase: str) -> None:
    assert phrase in build_footer(PROFILE, SourceInfo(kind, "Société X"), TemplateKind.CAMPAIGN)


def _remove_line(text: str, needle: str) -> str:
    return "\n".join(line for line in text.split("\n") if needle not in line)


@pytest.mark.parametrize(
    ("profile", "needle", "element"),
    [
        (PROFILE, "Marie Exemple", FooterElement.SENDER),
        (PROFILE, "Fichier loué", FooterElement.SOURCE),
        (PROFILE, "Finalité", FooterElement.PURPOSE),
        (PROFILE, "Vos droits", FooterElement.RIGHTS),
        (PROFILE, "STOP", FooterElement.STOP),
        (PROFILE, "Répondez OUI", FooterElement.CONSENT_ANSWER),
        (SHORT, "Marie Exemple", FooterElement.SENDER),
        (SHORT, "Fichier loué", FooterElement.SOURCE),
        (SHORT, "https://", FooterElement.PURPOSE),
        (SHORT, "Vos droits", FooterElement.RIGHTS),
        (SHORT, "STOP", FooterElement.STOP),
        (SHORT, "Répondez OUI", FooterElement.CONSENT_ANSWER),
    ],
)
def test_each_removed_element_is_detected(
    profile: CampaignProfile, needle: str, element: FooterElement
) -> None:
    text = _remove_line(message(profile, RENTED, TemplateKind.CONSENT), needle)
    assert missing_elements(text, profile, RENTED, TemplateKind.CONSENT) == (element,)


def test_election_missing_is_a_sender_problem() -> None:
    text = message(PROFILE, FORM, TemplateKind.CAMPAIGN).replace(", municipales 2026", "")
    assert missing_elements(text, PROFILE, FORM, TemplateKind.CAMPAIGN) == (FooterElement.SENDER,)


def test_stop_number_missing_is_detected() -> None:
    text = message(PROFILE, FORM, TemplateKind.CAMPAIGN).replace(" au 36111", "")
    assert missing_elements(text, PROFILE, FORM, TemplateKind.CAMPAIGN) == (FooterElement.STOP,)


def test_body_alone_cannot_fake_compliance() -> None:
    body = (
        "Bonjour Camille, Marie Exemple compte sur vous. Répondez STOP pour ne plus rien recevoir."
    )
    missing = missing_elements(body, PROFILE, RENTED, TemplateKind.CONSENT)
    assert set(missing) >= {
        FooterElement.SOURCE,
        FooterElement.PURPOSE,
        FooterElement.RIGHTS,
        FooterElement.STOP,
        FooterElement.CONSENT_ANSWER,
    }
    assert missing_elements(BODY, PROFILE, FORM, TemplateKind.CAMPAIGN) == tuple(
        e for e in FooterElement if e != FooterElement.CONSENT_ANSWER
    )


def test_third_party_source_without_description_can_never_comply() -> None:
    source = SourceInfo(SourceKind.RENTED, "")
    text = message(PROFILE, source, TemplateKind.CONSENT)
    assert "Fichier loué" in text
    assert missing_elements(text, PROFILE, source, TemplateKind.CONSENT) == (FooterElement.SOURCE,)


def test_check_accepts_text_rewritten_by_a_gsm_fixer() -> None:
    profile = PROFILE.with_changes(candidate="Hélène Côté")
    text = message(profile, FORM, TemplateKind.CONSENT)
    fixed = text.replace("ô", "o").replace("é", "e").replace("É", "E").replace("Hé", "He")
    assert fixed != text
    assert missing_elements(fixed, profile, FORM, TemplateKind.CONSENT) == ()


def test_check_accepts_the_description_in_place_of_the_phrase() -> None:
    text = compose_message(
        BODY,
        "Marie Exemple, municipales 2026. Numéro : formulaire du site. "
        "Finalité : informer sur la campagne. Vos droits : donnees@exemple.fr. "
        "STOP PROSPECTION au 36111",
    )
    assert missing_elements(text, PROFILE, FORM, TemplateKind.CAMPAIGN) == ()


def test_checker_is_reusable_across_messages() -> None:
    checker = FooterChecker(PROFILE, RENTED, TemplateKind.CAMPAIGN)
    good = message(PROFILE, RENTED, TemplateKind.CAMPAIGN)
    assert [checker.missing(t) for t in (good, BODY, good)] == [
        (),
        tuple(e for e in FooterElement if e != FooterElement.CONSENT_ANSWER),
        (),
    ]


def test_compose_message_trims_the_body() -> None:
    assert compose_message("  Bonjour \n\n", "PIED") == "Bonjour\nPIED"
    assert compose_message("   ", "PIED") == "PIED"


def test_every_element_has_a_label() -> None:
    labels = {element_label(e) for e in FooterElement}
    assert len(labels) == len(FooterElement)
    assert all(label and label[0].islower() for label in labels)
