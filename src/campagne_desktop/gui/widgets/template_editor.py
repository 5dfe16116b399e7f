"""The template editor shared by the Messages page and the volunteer workspace.

Left, the words the volunteer writes, with the legal footer shown locked beneath them; right, the
message as one recipient will receive it, refreshed a moment after typing stops, with the SMS
counter and the characters that make it cost double.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import SmsEncoding, SourceKind, TemplateKind
from ...domain.footer import element_label
from ...domain.gsm_transliteration import Fix, apply_fixes, propose_fixes
from ...domain.messages import UserError
from ...domain.templating import SAMPLE_CONTACTS, TEMPLATE_VARIABLES
from ...services.previews import Preview
from ..dialogs.fix_dialog import FixDialog
from ..labels import segments_text, source_label
from ..messages import translate_message, user_text
from .template_highlighter import TemplateHighlighter, non_gsm_format, utf16_position

PREVIEW_DELAY_MS = 300


@dataclass(frozen=True)
class Recipient:
    """Whom the preview is for: a contact's number, or a sample contact and a sample source."""

    phone: str = ""
    sample: int = 0
    source_kind: SourceKind | None = None


# (body, kind, recipient) -> the preview; raises UserError for a template or number at fault.
Previewer = Callable[[str, TemplateKind, Recipient], Preview]
FixChooser = Callable[[QWidget | None, str], "tuple[Fix, ...] | None"]


class TemplateEditor(QWidget):
    changed = Signal()  # the user edited the text or the kind
    previewed = Signal()  # a new preview (or an error) is on screen

    def __init__(
        self, previewer: Previewer, *, allow_contacts: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.previewer = previewer
        self.fix_chooser: FixChooser = FixDialog.choose
        self.last_preview: Preview | None = None
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Campaign message (consenting contacts)"), "campaign")
        self.kind_combo.addItem(
            self.tr("Consent request (one message, pending contacts)"), "consent"
        )
        self.kind_combo.currentIndexChanged.connect(self._edited)
        insert = QToolButton()
        insert.setText(self.tr("Insert &variable"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(insert)
        for name in TEMPLATE_VARIABLES:
            action = menu.addAction(f"{{{{ {name} }}}}")
            action.setData(name)
        menu.triggered.connect(lambda action: self.insert_variable(str(action.data())))
        insert.setMenu(menu)

        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Message text"))
        self.editor.setPlaceholderText(
            self.tr("Bonjour {{ prenom }}, … (the legal notice is added below automatically)")
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10))
        self.editor.setFont(mono)
        self.highlighter = TemplateHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._edited)

        self.footer_view = QPlainTextEdit()
        self.footer_view.setReadOnly(True)
        self.footer_view.setFont(mono)
        self.footer_view.setAccessibleName(self.tr("Legal notice added by the app"))
        self.footer_view.setToolTip(
            self.tr(
                "Built from the campaign profile and the contact's source; it cannot be edited."
            )
        )
        self.footer_view.setStyleSheet(
            "QPlainTextEdit { background: palette(window); color: palette(mid); }"
        )
        # Sized to show the whole footer; a scroll bar appears if a narrow window still cuts it.
        self.footer_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Re-fit whenever wrapping changes the number of lines (new text or a new width).
        self.footer_view.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self._fit_footer()
        )
        self.footer_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer_title = QLabel(
            self.tr("Added by the app to every message (legal notice, locked):")
        )
        self.footer_title.setStyleSheet("color: palette(mid);")
        self.footer_title.setWordWrap(True)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c92a2a;")
        self.error_label.hide()
        self.counter_label = QLabel()
        bold = QFont(self.counter_label.font())
        bold.setBold(True)
        self.counter_label.setFont(bold)
        self.counter_label.setToolTip(
            self.tr("SMS parts · encoding · characters used / room in those parts")
        )
        self.ucs2_label = QLabel()
        self.ucs2_label.setWordWrap(True)
        self.ucs2_label.hide()
        # The footer's cost in both forms, for this recipient: the choice is the candidate's.
        self.forms_label = QLabel()
        self.forms_label.setWordWrap(True)
        self.adapted_label = QLabel(
            self.tr(
                "Smart encoding: this name is sent without the accents SMS cannot carry cheaply "
                "(Settings: keep accents)."
            )
        )
        self.adapted_label.setWordWrap(True)
        self.adapted_label.hide()
        self.fix_button = QPushButton(self.tr("&Fix characters…"))
        self.fix_button.setToolTip(
            self.tr("Replace the special characters that make each SMS shorter")
        )
        self.fix_button.clicked.connect(self.fix)
        self.fix_button.setEnabled(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.kind_combo, 1)
        header.addWidget(insert)
        left_layout.addLayout(header)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.footer_title)
        left_layout.addWidget(self.footer_view)
        left_layout.addWidget(self.error_label)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.counter_label, 1)
        counter_row.addWidget(self.fix_button)
        left_layout.addLayout(counter_row)
        left_layout.addWidget(self.forms_label)
        left_layout.addWidget(self.ucs2_label)

        right = QGroupBox(self.tr("Preview: the message as it will be received"))
        right_layout = QVBoxLayout(right)
        recipient_form = QFormLayout()
        self.sample_combo = QComboBox()
        for contact in SAMPLE_CONTACTS:
            commune = contact.commune or self.tr("no commune")
            self.sample_combo.addItem(f"{contact.first_name} {contact.last_name} ({commune})")
        self.sample_combo.currentIndexChanged.connect(self.refresh)
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("Typical for the kind"), None)
        for kind in SourceKind:
            self.source_combo.addItem(source_label(kind), kind.value)
        self.source_combo.currentIndexChanged.connect(self.refresh)
        recipient_form.addRow(self.tr("Sample c&ontact:"), self.sample_combo)
        recipient_form.addRow(self.tr("Sample sou&rce:"), self.source_combo)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("06 12 34 56 78 (empty: the sample above)"))
        self.phone_edit.setClearButtonEnabled(True)
        self.phone_edit.textChanged.connect(self.timer.start)
        if allow_contacts:
            recipient_form.addRow(self.tr("Or a contact's n&umber:"), self.phone_edit)
        else:
            self.phone_edit.hide()
        right_layout.addLayout(recipient_form)
        self.preview_view = QTextEdit()
        self.preview_view.setReadOnly(True)
        self.preview_view.setAccessibleName(self.tr("Message preview"))
        self.preview_view.setStyleSheet(
            "QTextEdit { background: #eef3f8; border-radius: 8px; padding: 6px; }"
        )
        right_layout.addWidget(self.preview_view, 1)
        right_layout.addWidget(self.adapted_label)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #c92a2a;")
        self.missing_label.hide()
        right_layout.addWidget(self.missing_label)

        # Long item labels must not force the page wider than a small laptop screen.
        for combo in [*left.findChildren(QComboBox), *right.findChildren(QComboBox)]:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    # --- content --------------------------------------------------------------------------

    def body(self) -> str:
        return self.editor.toPlainText()

    def kind(self) -> TemplateKind:
        return TemplateKind(str(self.kind_combo.currentData()))

    def recipient(self) -> Recipient:
        data = self.source_combo.currentData()
        return Recipient(
            phone=self.phone_edit.text().strip() if self.phone_edit.isVisibleTo(self) else "",
            sample=max(0, self.sample_combo.currentIndex()),
            source_kind=SourceKind(data) if data else None,
        )

    def set_content(self, kind: TemplateKind, body: str) -> None:
        """Load a template without it counting as an edit, and preview it at once."""
        self._loading = True
        try:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind.value)))
            self.editor.setPlainText(body)
        finally:
            self._loading = False
        self.refresh()

    def insert_variable(self, name: str) -> None:
        self.editor.insertPlainText(f"{{{{ {name} }}}}")
        self.editor.setFocus()

    def _edited(self) -> None:
        if self._loading:
            return
        self.fix_button.setEnabled(bool(propose_fixes(self.body())))
        self.changed.emit()
        self.timer.start()

    # --- preview --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Preview now (the timer calls this a moment after the last keystroke)."""
        self.timer.stop()
        self.fix_button.setEnabled(bool(propose_fixes(self.body())))
        try:
            shown = self.previewer(self.body(), self.kind(), self.recipient())
        except UserError as error:
            self.show_error(user_text(error))
        else:
            self.show_preview(shown)
        self.previewed.emit()

    def show_error(self, text: str) -> None:
        self.last_preview = None
        self.error_label.setText(text)
        self.error_label.show()
        self.preview_view.clear()
        self.counter_label.setText("–")
        self.forms_label.clear()
        self.adapted_label.hide()
        self.ucs2_label.hide()
        self.missing_label.hide()

    def show_preview(self, shown: Preview) -> None:
        self.last_preview = shown
        self.error_label.hide()
        self.footer_view.setPlainText(shown.footer)
        # Its length is the floor of every message's cost: the short form (Settings) saves most.
        self.footer_title.setText(
            self.tr(
                "Added by the app to every message (legal notice, locked, {count} characters; "
                "the short form in Settings is shorter):"
            ).format(count=len(shown.footer))
        )
        self.counter_label.setText(segments_text(shown.segments))
        self.forms_label.setText(self._forms_text(shown))
        self.adapted_label.setVisible(shown.adapted)
        ucs2 = shown.segments.encoding is SmsEncoding.UCS2
        self.counter_label.setStyleSheet(
            "color: #c92a2a;" if shown.over_cap else "color: #d9480f;" if ucs2 else ""
        )
        if shown.over_cap:
            self.counter_label.setText(
                self.tr(
                    "{count} · over the limit of {cap} SMS (Settings): left out of batches"
                ).format(count=segments_text(shown.segments), cap=shown.segment_cap)
            )
        if shown.segments.non_gsm:
            chars = " ".join(dict.fromkeys(repr(c.char)[1:-1] for c in shown.segments.non_gsm))
            self.ucs2_label.setText(
                self.tr(
                    "Special characters make each SMS hold 70 characters instead of 160: {chars}"
                ).format(chars=chars)
            )
            self.ucs2_label.show()
        else:
            self.ucs2_label.hide()
        self._fill_preview(shown)
        if shown.missing:
            what = "; ".join(translate_message(element_label(m)) for m in shown.missing)
            self.missing_label.setText(
                self.tr("This message could not be sent: it lacks {what}.").format(what=what)
            )
            self.missing_label.show()
        else:
            self.missing_label.hide()

    def _forms_text(self, shown: Preview) -> str:
        full = self.tr("With the full footer: %n SMS", "", shown.full_segments)
        if shown.short_segments is None:
            short = self.tr("the short footer needs a privacy notice link (Settings)")
        else:
            short = self.tr("with the short footer: %n SMS", "", shown.short_segments)
        return f"{full} · {short}"

    def _fit_footer(self) -> None:
        """Show the whole footer: its height follows its lines (wrapped ones included)."""
        view = self.footer_view
        lines = max(1, int(view.document().size().height()))  # plain-text layout counts lines
        margins = view.contentsMargins()
        frame = 2 * int(view.document().documentMargin()) + margins.top() + margins.bottom()
        view.setFixedHeight(min(lines, 12) * view.fontMetrics().lineSpacing() + frame + 4)

    def _fill_preview(self, shown: Preview) -> None:
        text = shown.text
        self.preview_view.setPlainText(text)
        cursor = QTextCursor(self.preview_view.document())
        footer_at = len(text) - len(shown.footer)
        grey = QTextCharFormat()
        grey.setForeground(QColor("#5c6670"))
        cursor.setPosition(utf16_position(text, footer_at))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(grey)
        mark = non_gsm_format()
        for char in shown.segments.non_gsm:
            start = utf16_position(text, char.position)
            cursor.setPosition(start)
            cursor.setPosition(
                start + len(char.char.encode("utf-16-le")) // 2, cursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(mark)

    # --- fixer ----------------------------------------------------------------------------

    def fix(self) -> None:
        """Show the proposed replacements, then apply the accepted ones as one undoable edit."""
        text = self.body()
        chosen = self.fix_chooser(self, text)
        if not chosen:
            return
        fixed = apply_fixes(text, chosen)
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(fixed)
        cursor.endEditBlock()
        self.refresh()
