"""The Add contact dialog, typed into as a volunteer would: checks as typed, keyboard only."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from campagne_desktop.domain.enums import ConsentStatus
from campagne_desktop.gui.dialogs.contact_dialog import AddContactDialog
from campagne_desktop.services.contact_entry import ContactEntry, add_contact
from campagne_desktop.services.contacts import get_contact
from campagne_desktop.services.optouts import record_opt_out
from campagne_desktop.services.unit_of_work import UnitOfWork

NOW = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)
WORDING = "J'accepte de recevoir les SMS de Marie Exemple."


@pytest.fixture
def dialog(qtbot, db, prompts) -> AddContactDialog:
    def save(entry: ContactEntry):
        return add_contact(UnitOfWork(db), entry, actor="t", now=NOW)

    widget = AddContactDialog(save, prompts, wording=WORDING, today=date(2026, 3, 3))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _save(dialog: AddContactDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_consent_box_is_not_ticked_and_the_wording_is_prefilled(dialog) -> None:
    assert not dialog.consented.isChecked()
    assert dialog.wording.toPlainText() == WORDING
    assert "Pending" in dialog.consent_note.text()


def test_an_invalid_number_shows_the_error_as_typed(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.collected_by, "Jerome")
    qtbot.keyClicks(dialog.phone, "01 45 45 45 45")
    assert "landline" in dialog.problems.text()
    assert not _save(dialog).isEnabled()
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "06 12 34")
    assert "not a valid phone number" in dialog.problems.text()
    qtbot.keyClicks(dialog.phone, " 56 78")
    assert dialog.problems.text() == ""
    assert dialog.phone_note.text() == "✔ 06 12 34 56 78"
    assert _save(dialog).isEnabled()


def test_consent_needs_a_wording_and_a_volunteer(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.phone, "0612345678")
    assert "who collected" in dialog.problems.text()
    qtbot.keyClicks(dialog.collected_by, "Jerome")
    dialog.wording.clear()
    assert _save(dialog).isEnabled()  # no consent: the wording is not the proof of anything
    dialog.consented.setFocus()
    qtbot.keyClick(dialog.consented, Qt.Key.Key_Space)
    assert dialog.consented.isChecked()
    assert "wording" in dialog.problems.text() and not _save(dialog).isEnabled()


def test_typed_with_the_keyboard_alone_and_saved_with_enter(qtbot, dialog, db) -> None:
    chain: list[QWidget] = []
    widget = dialog.phone
    while widget not in chain:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    fields = [dialog.phone, dialog.first_name, dialog.last_name, dialog.commune,
              dialog.postal_code, dialog.tags, dialog.method, dialog.collected_on,
              dialog.collected_by, dialog.wording, dialog.consented]  # fmt: skip
    assert [w for w in chain if w in fields] == fields  # Tab follows the form, top to bottom
    for field, typed in (
        (dialog.phone, "0690 12 34 56"),
        (dialog.first_name, "François"),
        (dialog.last_name, "Œuvray"),
        (dialog.commune, "Pointe-à-Pitre"),
        (dialog.collected_by, "Jérôme"),
    ):
        field.setFocus()
        if typed.isascii():
            qtbot.keyClicks(field, typed)
        else:  # QTest types ASCII only: accented names go in as an input method would
            field.insert(typed)
    dialog.consented.setFocus()
    qtbot.keyClick(dialog.consented, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.collected_by, Qt.Key.Key_Return)
    assert dialog.added is not None and dialog.added.region == "GP"
    view = get_contact(db, "+590690123456")
    assert (view.first_name, view.last_name) == ("François", "Œuvray")
    assert view.consent is ConsentStatus.GRANTED and WORDING in view.consent_evidence


def test_an_opted_out_number_is_refused_in_the_dialog_which_stays_open(qtbot, dialog, db) -> None:
    record_opt_out(db, "0612345678", actor="t", now=NOW)
    qtbot.keyClicks(dialog.phone, "06 12 34 56 78")
    qtbot.keyClicks(dialog.collected_by, "Jerome")
    dialog.consented.setChecked(True)
    _save(dialog).click()
    assert "opted out" in dialog.problems.text() and "for good" in dialog.problems.text()
    assert dialog.isVisible() and dialog.added is None
    assert dialog.phone.text() == "06 12 34 56 78"  # nothing typed is lost


def test_a_known_number_offers_to_open_it(qtbot, dialog, db) -> None:
    qtbot.keyClicks(dialog.phone, "0612345678")
    qtbot.keyClicks(dialog.collected_by, "Jerome")
    _save(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = AddContactDialog(dialog.save, dialog.prompts, wording=WORDING, today=date(2026, 3, 3))
    qtbot.addWidget(again)
    dialog.prompts.answer(True)
    qtbot.keyClicks(again.phone, "+33 6 12 34 56 78")
    qtbot.keyClicks(again.collected_by, "Jerome")
    _save(again).click()
    assert [a.kind for a in dialog.prompts.asked] == ["ask_open"]
    assert "already in the list" in dialog.prompts.questions[0]
    assert again.existing_phone == "+33612345678" and again.added is None
    assert again.result() == QDialog.DialogCode.Rejected
