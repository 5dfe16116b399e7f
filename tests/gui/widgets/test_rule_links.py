"""Every ✘ and ! line of the compliance report links to the rule that explains it."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QVBoxLayout

from campagne_desktop.domain import compliance_report
from campagne_desktop.domain.calendar import Restriction, restriction_label
from campagne_desktop.domain.compliance_report import CheckLine, CheckStatus
from campagne_desktop.gui.main_window import MainWindow
from campagne_desktop.gui.widgets.batch_report import ReportDialog, ReportView
from campagne_desktop.gui.widgets.rule_links import (
    _PROVIDER_ANCHORS,
    RULE_ANCHORS,
    RuleDialog,
    rule_anchor,
)
from campagne_desktop.providers import warnings as provider_warnings
from campagne_desktop.rules_text import RULES_FILES, load_rules
from campagne_desktop.services.compliance import ComplianceReport
from tests.gui.pages.test_sendings_page import SILENCE, campaign, clock, ctx, to_report
from tests.gui.pages.test_sendings_page import wizard as batch_wizard

__all__ = ["batch_wizard", "campaign", "clock", "ctx"]  # fixtures of the Sendings page's tests


def _rule_ids_the_domain_produces() -> set[str]:
    """The first argument of every ``CheckLine(...)`` written in the report's module."""
    tree = ast.parse(Path(compliance_report.__file__).read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "CheckLine"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_rule_id_maps_to_a_section_of_both_rule_files() -> None:
    produced = _rule_ids_the_domain_produces()
    assert {"profile", "footer", "consent", "time", "zones", "provider"} <= produced
    assert produced <= set(RULE_ANCHORS), produced - set(RULE_ANCHORS)
    anchors = {*RULE_ANCHORS.values(), *_PROVIDER_ANCHORS.values(), "silence"}
    for name in RULES_FILES:
        sections = {section.anchor for section in load_rules(name)[1]}
        assert anchors <= sections, (name, anchors - sections)


def test_a_line_links_to_the_rule_of_what_blocks_it() -> None:
    silence = {"restriction": restriction_label(Restriction.ELECTORAL_SILENCE)}
    hours = {"restriction": restriction_label(Restriction.OUTSIDE_HOURS)}
    assert rule_anchor(CheckLine("time", CheckStatus.FAILED, "x", silence)) == "silence"
    assert rule_anchor(CheckLine("time", CheckStatus.FAILED, "x", hours)) == "hours"
    assert rule_anchor(CheckLine("zones", CheckStatus.WARNING, "x", hours)) == "overseas"
    ovh_hours = CheckLine("provider", CheckStatus.WARNING, provider_warnings.OVH_HOURS)
    assert rule_anchor(ovh_hours) == "hours"
    brevo = CheckLine("provider", CheckStatus.WARNING, provider_warnings.BREVO_POLITICS)
    assert rule_anchor(brevo) == "numbers"


def _report() -> ComplianceReport:
    return ComplianceReport(
        batch_id=7,
        checked_at=datetime(2026, 3, 3, tzinfo=UTC),
        lines=[
            CheckLine("profile", CheckStatus.OK, "The campaign profile is complete."),
            CheckLine(
                "time",
                CheckStatus.FAILED,
                "Not now: {restriction}.",
                {"restriction": restriction_label(Restriction.ELECTORAL_SILENCE)},
            ),
            CheckLine("replies", CheckStatus.WARNING, "A reply waits to be read."),
        ],
    )


def test_failed_and_warning_lines_carry_a_why_link(qtbot) -> None:
    view = ReportView()
    qtbot.addWidget(view)
    view.show_report(_report(), "Europe/Paris")
    assert view.anchors == ["", "silence", "optout"]
    assert view.text().count("Why?") == 2
    assert 'href="rule:silence"' in view.text() and 'href="rule:optout"' in view.text()


@pytest.fixture
def window(qtbot, ctx, db, prompts):
    main = MainWindow(ctx, db, prompts)
    qtbot.addWidget(main)
    main.show()
    return main


def test_from_the_sendings_report_the_link_opens_the_rules_page(qtbot, window) -> None:
    dialog = ReportDialog(_report(), "Europe/Paris", window.sendings_page)
    qtbot.addWidget(dialog)
    dialog.open()  # not modal: the Rules page stays usable beside it
    assert not dialog.isModal()
    opened = []
    dialog.view.rule_opened.connect(opened.append)
    dialog.view.linkActivated.emit("rule:silence")
    assert opened == ["silence"] and dialog.view.rule_window is None
    assert window.pages.currentWidget() is window.rules_page
    assert window.rules_page.current().anchor == "silence"
    assert dialog.isVisible()


def test_from_a_modal_assistant_the_rule_opens_beside_it(qtbot, window) -> None:
    assistant = QDialog(window)  # stands for the new-batch assistant, modal as it is
    qtbot.addWidget(assistant)
    view = ReportView()
    QVBoxLayout(assistant).addWidget(view)
    view.show_report(_report(), "Europe/Paris")
    assistant.setModal(True)
    assistant.show()
    qtbot.waitUntil(lambda: assistant.isVisible())
    view.linkActivated.emit("rule:optout")
    shown = view.rule_window
    assert isinstance(shown, RuleDialog) and shown.isVisible()
    assert shown.anchor == "optout" and shown.parent() is assistant
    assert "Opt-outs are forever" in shown.text.toPlainText()
    # The main window behind the modal assistant did not move.
    assert window.pages.currentWidget() is window.dashboard
    shown.close()
    assistant.close()


def test_the_new_batch_assistant_shows_the_rule_beside_it(qtbot, batch_wizard, clock) -> None:
    clock.now = SILENCE
    batch_wizard.hide()
    batch_wizard.setModal(True)  # as the Sendings page runs it
    batch_wizard.show()
    to_report(qtbot, batch_wizard)
    view = batch_wizard.report_page.view
    failed = [i for i, (status, _text) in enumerate(view.lines) if status is CheckStatus.FAILED]
    assert [view.anchors[i] for i in failed] == ["silence"]
    view.linkActivated.emit("rule:silence")
    shown = view.rule_window
    assert isinstance(shown, RuleDialog) and shown.isVisible() and shown.anchor == "silence"
    assert shown.parent() is batch_wizard
    assert "00:00 on the eve of each round" in shown.text.toPlainText()
    shown.close()
