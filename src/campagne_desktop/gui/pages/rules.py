"""The Rules page (F1): each rule the app enforces, in plain words, from docs/rules*.md."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...rules_text import RuleSection, load_rules

ANCHOR_ROLE = Qt.ItemDataRole.UserRole


class RulesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The file name goes through the catalogue, so the French interface reads the French file.
        intro, self.sections = load_rules(self.tr("rules.md"))
        heading = QLabel(self.tr("<h2>The rules the app enforces</h2>"))
        introduction = QLabel(intro)
        introduction.setTextFormat(Qt.TextFormat.MarkdownText)
        introduction.setWordWrap(True)
        self.index = QListWidget()
        self.index.setAccessibleName(self.tr("Rules"))
        self.index.setFixedWidth(300)
        self.index.setWordWrap(True)  # long French titles wrap instead of scrolling sideways
        self.index.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.index.setStyleSheet("QListWidget::item { padding: 4px; }")
        for section in self.sections:
            item = QListWidgetItem(section.title)
            item.setData(ANCHOR_ROLE, section.anchor)
            self.index.addItem(item)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("Rule"))
        self.index.currentRowChanged.connect(self._show_row)
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(introduction)
        layout.addLayout(body, 1)
        if self.sections:
            self.index.setCurrentRow(0)

    def anchors(self) -> list[str]:
        return [section.anchor for section in self.sections]

    def show_rule(self, anchor: str) -> bool:
        """Select the rule ``anchor`` (e.g. "silence"); False if there is none by that name."""
        for row, section in enumerate(self.sections):
            if section.anchor == anchor:
                self.index.setCurrentRow(row)
                return True
        return False

    def current(self) -> RuleSection | None:
        row = self.index.currentRow()
        return self.sections[row] if 0 <= row < len(self.sections) else None

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            section = self.sections[row]
            self.text.setMarkdown(f"## {section.title}\n\n{section.body}")
