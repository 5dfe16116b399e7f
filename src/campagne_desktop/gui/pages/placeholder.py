"""A page whose feature has not landed yet: says so plainly instead of showing nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(explanation)
        body.setWordWrap(True)
        soon = QLabel(self.tr("This part of the app is coming in a next version."))
        soon.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(soon)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
