"""The people a batch leaves out, one per row: name, number, reason in words, and the fix."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.eligibility import reason_label
from ...services.exclusions import LeftOutList, fix_text
from ..formatting import count
from ..messages import translate_message

#: Rows shown in the window; the rest is counted ("and N more"), the command line lists all.
SHOWN_ROWS = 500


class LeftOutView(QWidget):
    """A table of who was left out; hidden when nobody was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self.tr("Who was left out, and what would include them:"))
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Number"),
                self.tr("Left out because"),
                self.tr("To include them"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.more = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        self.hide()

    def show_people(self, left_out: LeftOutList | None) -> None:
        people = left_out.people if left_out else []
        shown = people[:SHOWN_ROWS]
        self.table.setRowCount(len(shown))
        for row, person in enumerate(shown):
            assert left_out is not None
            cells = (
                person.name or "-",
                person.phone,
                translate_message(reason_label(person.reason)),
                fix_text(person, left_out.kind, translate_message),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        more = len(people) - len(shown) + (left_out.not_listed if left_out else 0)
        self.more.setText(self.tr("… and {count} more.").format(count=count(more)) if more else "")
        self.more.setVisible(more > 0)
        self.setVisible(bool(people))
