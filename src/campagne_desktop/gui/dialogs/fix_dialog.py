"""The special-character fixer's proposals, shown before anything changes (they alter words)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.gsm_transliteration import Fix, propose_fixes

CONTEXT_CHARS = 12


def _visible(text: str) -> str:
    """Make spaces and invisible characters visible in the list."""
    names = {"\u00a0": "⍽", "\u202f": "⍽", "\u2009": "⍽", "\t": "⇥", " ": "␣", "": "∅"}
    if text in names:
        return names[text]
    return "".join(names.get(c, c) if c in "\u200b\u2060\ufeff" else c for c in text) or "∅"


class FixDialog(QDialog):
    """One checkable line per replacement, all ticked; OK applies the ticked ones."""

    def __init__(self, text: str, fixes: tuple[Fix, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Replace characters that double the price"))
        self.fixes = fixes
        intro = QLabel(
            self.tr(
                "These special characters make each SMS of the message hold 70 characters "
                "instead of 160. Tick the replacements to make; the others stay as they are."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for fix in fixes:
            before = text[max(0, fix.position - CONTEXT_CHARS) : fix.position]
            after = text[fix.position + len(fix.original) : fix.position + CONTEXT_CHARS]
            label = self.tr("{original} → {replacement}    …{before}[{original}]{after}…").format(
                original=_visible(fix.original),
                replacement=_visible(fix.replacement),
                before=before.replace("\n", " "),
                after=after.replace("\n", " "),
            )
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Replace"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> tuple[Fix, ...]:
        return tuple(
            fix
            for row, fix in enumerate(self.fixes)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    @classmethod
    def choose(cls, parent: QWidget | None, text: str) -> tuple[Fix, ...] | None:
        """The replacements the user accepts for ``text``; None when cancelled or none exist."""
        fixes = propose_fixes(text)
        if not fixes:
            return None
        dialog = cls(text, fixes, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
