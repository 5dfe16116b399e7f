"""Colours in the template editor: ``{{ }}`` and ``{% %}`` tags, and characters that cost double."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ...domain.sms import GSM7_CHARS
from ..labels import special_character_tip

_TAG_RE = re.compile(r"\{\{.*?(\}\}|$)|\{%.*?(%\}|$)|\{#.*?(#\}|$)")
_VARIABLE_RE = re.compile(r"\b(prenom|nom|commune|candidat|election|tour1|tour2)\b")


def non_gsm_format() -> QTextCharFormat:
    """How a special character (each SMS then holds 70, not 160) is marked in editor and preview."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffd8a8"))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor("#d9480f"))
    fmt.setToolTip(special_character_tip())
    return fmt


class TemplateHighlighter(QSyntaxHighlighter):
    """Expressions in blue, statements in purple, variables bold, non-GSM characters in orange."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.expression = QTextCharFormat()
        self.expression.setForeground(QColor("#1c5fb0"))
        self.expression.setBackground(QColor("#e7f0fb"))
        self.statement = QTextCharFormat()
        self.statement.setForeground(QColor("#7b2fa8"))
        self.statement.setBackground(QColor("#f3e8fa"))
        self.comment = QTextCharFormat()
        self.comment.setForeground(QColor("#808080"))
        self.comment.setFontItalic(True)
        self.variable = QTextCharFormat()
        self.variable.setFontWeight(QFont.Weight.Bold)
        self.non_gsm = non_gsm_format()

    def highlightBlock(self, text: str) -> None:
        # Qt positions are UTF-16 code units: an emoji counts as two.
        offsets = _utf16_offsets(text)
        for match in _TAG_RE.finditer(text):
            token = match.group()
            fmt = (
                self.expression
                if token.startswith("{{")
                else self.statement
                if token.startswith("{%")
                else self.comment
            )
            start, end = offsets[match.start()], offsets[match.end()]
            self.setFormat(start, end - start, fmt)
            if fmt is not self.comment:
                for var in _VARIABLE_RE.finditer(token):
                    a = offsets[match.start() + var.start()]
                    b = offsets[match.start() + var.end()]
                    merged = QTextCharFormat(fmt)
                    merged.merge(self.variable)
                    self.setFormat(a, b - a, merged)
        for index, char in enumerate(text):
            if char not in GSM7_CHARS:
                self.setFormat(offsets[index], offsets[index + 1] - offsets[index], self.non_gsm)


def _utf16_offsets(text: str) -> list[int]:
    """UTF-16 offset of each Python index of ``text`` (plus one past the end)."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


def utf16_position(text: str, index: int) -> int:
    """The Qt (UTF-16) position of the Python string index ``index`` in ``text``."""
    return index + sum(1 for c in text[:index] if ord(c) > 0xFFFF)
