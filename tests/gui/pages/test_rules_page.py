"""The Rules page reads the rules in the interface language."""

from __future__ import annotations

from campagne_desktop.gui.pages.rules import RulesPage
from campagne_desktop.gui.translation import install_translators


def test_rules_page_lists_every_rule_and_shows_one(qtbot) -> None:
    page = RulesPage()
    qtbot.addWidget(page)
    assert page.index.count() == len(page.anchors()) >= 10
    assert page.show_rule("optout")
    assert "STOP" in page.text.toPlainText()
    assert not page.show_rule("no-such-rule")
    assert page.current().anchor == "optout"


def test_rules_page_is_french_in_a_french_interface(qtbot, qapp) -> None:
    installed = install_translators(qapp, "fr")
    try:
        page = RulesPage()
        qtbot.addWidget(page)
        page.show_rule("silence")
        assert page.current().title == "Le silence électoral"
        assert "bureaux de vote" in page.text.toPlainText()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
