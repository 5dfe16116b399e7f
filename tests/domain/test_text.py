from __future__ import annotations

import pytest

from campagne_desktop.domain.enums import SourceKind, TemplateKind
from campagne_desktop.domain.footer import SourceInfo
from campagne_desktop.domain.rendering import MessageRenderer
from campagne_desktop.domain.templating import compile_template
from campagne_desktop.domain.text import first_control_char, without_control_chars
from tests.conftest import sample_profile


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Zoé Lefèvre", "Zoé Lefèvre"),
        ("Jean\x00", "Jean"),
        ("Du\x07pont\x1b[31m", "Dupont[31m"),
        ("Saint-\x85Malo", "Saint-Malo"),
        ("a\x7fb\x9fc", "abc"),
        ("ligne 1\r\nligne 2\rligne 3\nfin", "ligne 1\nligne 2\nligne 3\nfin"),
        ("nom\tprénom", "nom prénom"),
        ("\u00a0insécable\u202f", "\u00a0insécable\u202f"),  # not controls: left to the fixer
    ],
)
def test_without_control_chars(raw: str, clean: str) -> None:
    assert without_control_chars(raw) == clean
    assert first_control_char(clean) is None


def test_first_control_char_skips_crlf_but_not_a_lone_cr() -> None:
    assert first_control_char("a\r\nb\tc") is None
    assert first_control_char("a\r\nb\rc") == 4


def test_the_footer_from_a_profile_with_a_nul_reaches_no_message() -> None:
    profile = sample_profile(candidate="Marie\x00 Exemple")
    renderer = MessageRenderer(
        compile_template("Bonjour {{ prenom }}, {{ candidat }} vous écrit."),
        profile,
        TemplateKind.CAMPAIGN,
    )

    message = renderer.render("Zo\x00é", "X", "", SourceInfo(SourceKind.FORM, "formulaire\x07"))

    assert first_control_char(message.text) is None
    assert message.text.startswith("Bonjour Zoé, Marie Exemple vous écrit.")


@pytest.mark.parametrize(
    ("name", "folded"),
    [("Œuvray", "oeuvray"), ("Lætitia", "laetitia"), ("CŒUR", "coeur"), ("Jérôme", "jerome")],
)
def test_fold_spells_out_french_ligatures(name: str, folded: str) -> None:
    from campagne_desktop.domain.text import fold

    assert fold(name) == folded
