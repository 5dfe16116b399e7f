"""Keys for the main action of each page, shown in the button's tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton


def add_shortcut(
    button: QAbstractButton, key: QKeySequence | QKeySequence.StandardKey | str
) -> QShortcut:
    """Press ``key`` to click ``button``, while its page is the one shown.

    A separate QShortcut, not ``button.setShortcut``: that would replace the Alt+letter of the
    button's text. Parented to the button, it only answers while the button can be seen, so two
    pages may use the same key (Ctrl+N: a new template, a new batch)."""
    sequence = QKeySequence(key)
    shortcut = QShortcut(sequence, button)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(button.animateClick)  # does nothing while the button is disabled
    hint = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    tip = button.toolTip()
    button.setToolTip(f"{tip} ({hint})" if tip else hint)
    return shortcut
