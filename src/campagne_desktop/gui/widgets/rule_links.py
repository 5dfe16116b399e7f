"""From a line of the compliance report to the rule that explains it (docs/rules*.md).

Every rule id a report line can carry (``domain.compliance_report``) has a section; a line
about the time names the silence or the sending hours depending on what blocks it, and a
provider's warning the rule it is about.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import Restriction, restriction_label
from ...domain.compliance_report import CheckLine
from ...providers import warnings as provider_warnings
from ...rules_text import RuleSection, load_rules

RULE_LINK = "rule:"  # href prefix of a report line's "Why?" link

# rule id of a CheckLine -> anchor of its section in docs/rules.md and docs/rules.fr.md
RULE_ANCHORS: Mapping[str, str] = MappingProxyType(
    {
        # Invented numbers may be real people's, who never agreed to anything.
        "demo": "consent",
        # The profile holds what the legal notice says (who, why, whom to ask).
        "profile": "footer",
        "footer": "footer",
        "segments": "encoding",
        # A message the spreadsheet would run as a formula: the data's safety.
        "formula": "security",
        "replies": "optout",
        "consent": "consent",
        # Nobody left: they opted out, were erased or their consent changed.
        "empty": "consent",
        "time": "hours",
        "zones": "overseas",
        "provider": "numbers",
    }
)
_PROVIDER_ANCHORS: Mapping[str, str] = MappingProxyType(
    {
        provider_warnings.SMSFACTOR_STOP: "encoding",
        provider_warnings.OVH_STOP_CLAUSE: "encoding",
        provider_warnings.OVH_HOURS: "hours",
        provider_warnings.OCTOPUSH_STOP: "optout",
        provider_warnings.TWILIO_OPTED_OUT: "optout",
    }
)
_SILENCE = restriction_label(Restriction.ELECTORAL_SILENCE)


def rule_anchor(line: CheckLine) -> str:
    """The section of the rules that explains ``line``."""
    if line.rule in ("time", "zones") and line.params.get("restriction") == _SILENCE:
        return "silence"
    if line.rule == "provider":
        return _PROVIDER_ANCHORS.get(line.message, RULE_ANCHORS["provider"])
    return RULE_ANCHORS.get(line.rule, "")


def rule_sections() -> list[RuleSection]:
    """The sections in the interface's language (the file is chosen through the catalogue,
    in the Rules page's context, as that page does)."""
    return load_rules(QCoreApplication.translate("RulesPage", "rules.md"))[1]


class RuleDialog(QDialog):
    """One rule's text beside a modal assistant, which keeps the main window out of reach."""

    def __init__(self, section: RuleSection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.anchor = section.anchor
        self.setWindowTitle(section.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("Rule"))
        self.text.setMarkdown(f"## {section.title}\n\n{section.body}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 420)


def _main_window(widget: QWidget) -> QWidget | None:
    """The window that has the Rules page (``show_rule``), up ``widget``'s parents."""
    current: QWidget | None = widget
    while current is not None:
        if callable(getattr(current, "show_rule", None)):
            return current
        current = current.parentWidget()
    return None


def open_rule(source: QWidget, anchor: str) -> RuleDialog | None:
    """Show the rule ``anchor``: on the Rules page when the main window can be used, else (a
    modal assistant is open) in a window of its own beside it, returned."""
    window = _main_window(source)
    if window is not None and QApplication.activeModalWidget() is None:
        window.show_rule(anchor)  # type: ignore[attr-defined]
        window.activateWindow()  # the report, its child, stays above it
        return None
    section = next((s for s in rule_sections() if s.anchor == anchor), None)
    if section is None:
        return None
    dialog = RuleDialog(section, source.window())
    dialog.show()
    return dialog
