"""The plain-words rules (docs/rules*.md), split into sections for the window's Rules page.

The same Markdown files are the README's rules page and the in-app help, so the two never drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .assets import docs_dir

# "## Title {#anchor}": the anchor is the stable id a compliance line links to.
_HEADING = re.compile(r"^## (?P<title>.+?)\s*\{#(?P<anchor>[a-z0-9-]+)\}\s*$")


@dataclass(frozen=True)
class RuleSection:
    anchor: str
    title: str
    body: str  # Markdown


def parse_rules(text: str) -> tuple[str, list[RuleSection]]:
    """The introduction (text before the first section) and the sections, in order."""
    intro: list[str] = []
    sections: list[RuleSection] = []
    current: tuple[str, str] | None = None
    body: list[str] = []
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match:
            if current:
                sections.append(RuleSection(current[0], current[1], "\n".join(body).strip()))
            current, body = (match["anchor"], match["title"]), []
        elif current:
            body.append(line)
        elif not line.startswith("# "):
            intro.append(line)
    if current:
        sections.append(RuleSection(current[0], current[1], "\n".join(body).strip()))
    return "\n".join(intro).strip(), sections


RULES_FILES = ("rules.md", "rules.fr.md")  # English, French


def load_rules(file_name: str) -> tuple[str, list[RuleSection]]:
    """Read one of :data:`RULES_FILES` (the window picks it through its catalogue)."""
    if file_name not in RULES_FILES:
        file_name = RULES_FILES[0]
    return parse_rules((docs_dir() / file_name).read_text(encoding="utf-8"))
