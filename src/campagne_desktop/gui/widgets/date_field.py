"""A date field that takes dates typed the French way, "14/03/2027", as well as picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

SEPARATORS = "/.-"


class DateField(QDateEdit):
    """dd/MM/yyyy with a calendar, typed section by section.

    QDateEdit moves on to the next section by itself once a section is complete ("14" fills the
    day): a "/" typed right after would skip a second section, so "14/03/2027" became
    "14/11/2026" or, typed from the middle of the day, "30/03/2027". Such a separator is taken as
    the one the field already moved past. Entering the field selects the day, so typing replaces
    it instead of being refused.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self._moved_by_itself = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS and self._moved_by_itself:
            self._moved_by_itself = False
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_by_itself = text.isdigit() and self.currentSection() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.setSelectedSection(QDateEdit.Section.DaySection)
        self._moved_by_itself = False
