"""The plain-words rules: both languages have the same sections, and the parser finds them."""

from __future__ import annotations

from campagne_desktop.rules_text import RULES_FILES, load_rules, parse_rules


def test_parse_rules_splits_sections_by_anchor() -> None:
    intro, sections = parse_rules(
        "# Title\n\nIntro text.\n\n## First rule {#first}\n\nBody one.\n\n"
        "## Second {#second}\nBody two.\n"
    )
    assert intro == "Intro text."
    assert [(s.anchor, s.title, s.body) for s in sections] == [
        ("first", "First rule", "Body one."),
        ("second", "Second", "Body two."),
    ]


def test_english_and_french_rules_have_the_same_sections() -> None:
    english = [s.anchor for s in load_rules(RULES_FILES[0])[1]]
    french = [s.anchor for s in load_rules(RULES_FILES[1])[1]]
    assert english == french
    assert {"footer", "consent", "optout", "hours", "silence", "overseas", "retention"} <= set(
        english
    )
    for _intro, sections in (load_rules(name) for name in RULES_FILES):
        assert all(section.body for section in sections)


def test_unknown_rules_file_falls_back_to_english() -> None:
    assert load_rules("../../etc/passwd") == load_rules(RULES_FILES[0])
