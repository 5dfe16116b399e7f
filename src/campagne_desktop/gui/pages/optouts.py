"""Désinscriptions: numbers blocked for good (LEGAL.md §3); add, import a STOP list, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.messages import UserError
from ...domain.phones import format_national
from ...domain.times import display_time
from ...services.held_replies import count_held
from ...services.optouts import import_opt_outs, list_opt_outs, record_opt_out, remove_opt_out
from ...services.profile import get_profile
from ...storage.database import Database
from ..dialogs.held_replies import HeldRepliesDialog
from ..files import ask_open_file
from ..labels import channel_label
from ..prompts import Prompts
from ..widgets.tables import chosen_phone, read_only_table

SHOWN = 500  # the most recent; a search finds the others
MIN_REASON = 10


def choose_stop_file(prompts: Prompts, parent: QWidget) -> str:
    return ask_open_file(
        prompts,
        parent,
        QCoreApplication.translate("OptOutsPage", "Choose a STOP or blacklist file"),
        QCoreApplication.translate(
            "OptOutsPage",
            "Lists of numbers (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.vcf);;All files (*)",
        ),
    )


class AddOptOutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Block a number"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. asked by letter on 3 March"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Number:"), self.phone)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(self.buttons)
        self.phone.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = bool(self.phone.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.phone.text().strip(), dialog.note.text().strip()


class RemoveOptOutDialog(QDialog):
    """Lifting an opt-out needs a written reason: the dialog will not accept less."""

    def __init__(self, phone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove an opt-out"))
        explanation = QLabel(
            self.tr(
                "{phone} asked not to be contacted. Remove it from the list only if the person "
                "asked to hear from you again: write when and how."
            ).format(phone=format_national(phone))
        )
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("When and how the person asked"))
        self.reason.setFixedHeight(80)
        self.hint = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        missing = MIN_REASON - len(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(missing <= 0)
        self.hint.setText(
            self.tr("%n more character(s) needed.", "", missing) if missing > 0 else ""
        )

    @classmethod
    def ask(cls, parent: QWidget | None, phone: str) -> str | None:
        dialog = cls(phone, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.toPlainText().strip()


class OptOutsPage(QWidget):
    changed = Signal()

    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        heading = QLabel("<h2>" + self.tr("Opt-outs") + "</h2>")
        explanation = QLabel(
            self.tr(
                "Numbers that asked not to be contacted again. They are blocked for good: "
                "never messaged, never imported again, even if they are in a new file."
            )
        )
        explanation.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a number"))
        self.search.setAccessibleName(self.tr("Search a number"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.import_button = QPushButton(self.tr("&Import a STOP file…"))
        self.import_button.clicked.connect(self.import_file)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.clicked.connect(self.remove)
        # Replies nobody understood hold their numbers until someone reads them here.
        self.replies_button = QPushButton()
        self.replies_button.clicked.connect(self.read_replies)
        self.table = read_only_table(
            [self.tr("Number"), self.tr("Blocked on"), self.tr("How"), self.tr("Note")]
        )
        self.table.setAccessibleName(self.tr("Opt-outs"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.import_button)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.replies_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.count)
        self.refresh()

    def refresh(self) -> None:
        rows = list_opt_outs(self.db, search=self.search.text(), limit=SHOWN + 1)
        tz = get_profile(self.db).timezone
        more = len(rows) > SHOWN
        rows = rows[:SHOWN]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            number = QTableWidgetItem(format_national(row.phone))
            number.setData(Qt.ItemDataRole.UserRole, row.phone)
            self.table.setItem(r, 0, number)
            self.table.setItem(r, 1, QTableWidgetItem(display_time(row.created_at, tz)))
            self.table.setItem(r, 2, QTableWidgetItem(channel_label(row.channel)))
            self.table.setItem(r, 3, QTableWidgetItem(row.note))
        self.table.resizeColumnsToContents()
        if more:
            text = self.tr("The {n} most recent are shown; search to find others.").format(n=SHOWN)
        else:
            text = self.tr("%n blocked number(s).", "", len(rows))
        self.count.setText(text)
        held = count_held(self.db)
        # A count in brackets, not a plural: the words stay the same for 1 and for 12.
        self.replies_button.setText(self.tr("Replies to &read ({count})…").format(count=held))
        self.replies_button.setEnabled(held > 0)
        self._selection_changed()

    def held_replies_dialog(self) -> HeldRepliesDialog:
        return HeldRepliesDialog(self.ctx, self.db, self.prompts, self)

    def read_replies(self) -> None:
        dialog = self.held_replies_dialog()
        dialog.exec()
        if dialog.decided:
            self._changed()

    def selected_phone(self) -> str | None:
        return chosen_phone(self.table)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected_phone() is not None)

    def add(self) -> None:
        answer = AddOptOutDialog.ask(self)
        if answer is None:
            return
        phone, note = answer
        try:
            added = record_opt_out(
                self.db, phone, note=note, actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.status.setText(
            self.tr("The number is now blocked.") if added else self.tr("It was already blocked.")
        )
        self._changed()

    def import_file(self) -> None:
        chosen = choose_stop_file(self.prompts, self)
        if not chosen:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = import_opt_outs(
                self.db, Path(chosen), actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            QGuiApplication.restoreOverrideCursor()
            self.prompts.show_error(self, error)
            return
        QGuiApplication.restoreOverrideCursor()
        self.status.setText(
            self.tr("{added} added, {already} already blocked, {invalid} not valid.").format(
                added=report.added, already=report.already, invalid=report.invalid
            )
        )
        self._changed()

    def remove(self) -> None:
        phone = self.selected_phone()
        if phone is None:
            return
        reason = RemoveOptOutDialog.ask(self, phone)
        if reason is None:
            return
        try:
            remove_opt_out(
                self.db, phone, reason=reason, actor=self.ctx.actor, now=self.ctx.clock()
            )
        except UserError as error:
            self.prompts.show_error(self, error)
            return
        self.status.setText(self.tr("The opt-out was removed."))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
