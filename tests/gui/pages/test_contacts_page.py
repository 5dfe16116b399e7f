from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from campagne_desktop.domain.enums import ConsentStatus
from campagne_desktop.gui.dialogs.contact_dialog import ConsentDialog, ContactDialog
from campagne_desktop.gui.pages.contacts import ContactsPage
from campagne_desktop.services.contacts import get_contact
from campagne_desktop.services.optouts import is_opted_out
from tests.gui.widgets.test_contacts_model import fill_contacts


@pytest.fixture
def page(qtbot, ctx, db, tmp_path, prompts) -> ContactsPage:
    fill_contacts(db, ctx, tmp_path, 450)
    widget = ContactsPage(ctx, db, prompts)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_counts_are_shown_and_emitted(qtbot, page) -> None:
    assert page.count_label.text() == "450 contacts"
    assert page.counts_text == "450 contacts"
    with qtbot.waitSignal(page.counts_changed) as signal:
        page.consent.setCurrentIndex(page.consent.findData(ConsentStatus.REFUSED.value))
    assert signal.args == ["0 of 450 contacts"]
    assert page.table.isVisible()


def test_search_as_you_type_filters_the_view(qtbot, page) -> None:
    qtbot.keyClicks(page.search, "Simon 00447")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 2)) == "Simon 00447"
    assert page.count_label.text() == "1 of 450 contacts"
    page.search.clear()
    qtbot.keyClicks(page.search, "06 12 00 01 23")
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "06 12 00 01 23")
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 of 450 contacts"


def test_filters_come_from_the_list(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.tag.count() == 3)
    tags = [page.tag.itemData(i) for i in range(page.tag.count())]
    assert tags == ["", "bénévoles", "centre"]
    communes = [page.commune.itemText(i) for i in range(1, page.commune.count())]
    assert communes == ["Bron", "Lyon", "Villeurbanne", "Vénissieux"]
    page.tag.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 90)  # read in a worker
    with qtbot.waitSignal(page.model.filtered):
        page.commune.setCurrentIndex(page.commune.findData("Bron"))
    assert all(
        page.model.data(page.model.index(r, 3)) == "Bron" for r in range(page.model.rowCount())
    )


def test_enter_opens_the_edit_dialog_which_saves(qtbot, page) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    contact = page.current_contact()
    assert contact is not None

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactDialog)
        dialog.first_name.setText("Jeanne-Marie")
        dialog.tags.setText("centre, Porte-à-porte")
        dialog.accept()

    QTimer.singleShot(0, fill_and_save)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    saved = get_contact(page.db, contact.phone)
    assert saved.first_name == "Jeanne-Marie"
    assert saved.tags == ("centre", "porte-à-porte")
    assert page.model.data(page.model.index(0, 1)) == "Jeanne-Marie"
    assert page.tag.findData("porte-à-porte") > 0


def test_edit_dialog_values(qtbot, page) -> None:
    view = page.model.contact_at(3)
    dialog = ContactDialog(view)
    qtbot.addWidget(dialog)
    dialog.commune.setText("  Lyon 3e ")
    dialog.tags.setText("a, , b")
    values = dialog.values()
    assert values["commune"] == "Lyon 3e"
    assert values["tags"] == ["a", "b"]
    assert values["first_name"] == view.first_name


def test_ctrl_f_focuses_the_search(qtbot, page) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def test_block_number_puts_it_on_the_opt_out_list(qtbot, page) -> None:
    page.table.selectRow(5)
    contact = page.current_contact()
    page.prompts.answer(False)
    page.block_button.click()
    assert not is_opted_out(page.db, contact.phone)
    page.prompts.answer(lambda question: "06 12" in question)
    with qtbot.waitSignal(page.opt_outs_changed):
        page.block_button.click()
    assert is_opted_out(page.db, contact.phone)
    assert page.status.text() == "The number is now blocked."


def test_record_consent(qtbot, page, monkeypatch) -> None:
    page.table.selectRow(2)
    contact = page.current_contact()
    monkeypatch.setattr(
        ConsentDialog,
        "ask",
        classmethod(lambda _cls, _parent, phone: (phone, ConsentStatus.REFUSED, "")),
    )
    page.consent_button.click()
    assert get_contact(page.db, contact.phone).consent is ConsentStatus.REFUSED
    assert page.model.data(page.model.index(2, 4)) == "Refused"


def test_consent_dialog_needs_evidence_to_grant(qtbot) -> None:
    dialog = ConsentDialog("+33612345678")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.phone.text() == "06 12 34 56 78"
    assert not save.isEnabled()
    dialog.evidence.setPlainText("Réponse OUI le 3 mars")
    assert save.isEnabled()
    dialog.evidence.clear()
    dialog.status.setCurrentIndex(dialog.status.findData(ConsentStatus.REFUSED.value))
    assert save.isEnabled()


def test_empty_list_invites_an_import(qtbot, ctx, db, prompts) -> None:
    widget = ContactsPage(ctx, db, prompts)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.empty.isVisible()
    assert not widget.table.isVisible()
    assert widget.count_label.text() == "0 contacts"


def _fill_add_dialog(qtbot, page, fill) -> list:
    """Open the real Add contact dialog through the page and type into it once it shows."""
    opened: list = []
    real = page.add_contact_dialog

    def factory():
        dialog = real()
        opened.append(dialog)
        QTimer.singleShot(0, lambda: fill(dialog))
        return dialog

    page.add_contact_dialog = factory
    return opened


def test_ctrl_n_adds_a_contact_which_shows_in_the_list_with_its_source(qtbot, page) -> None:
    def fill(dialog) -> None:
        assert not dialog.consented.isChecked()  # never ticked for the volunteer
        qtbot.keyClicks(dialog.phone, "0690 12 34 56")
        dialog.first_name.insert("Jérôme")
        dialog.last_name.insert("Œuvray")
        qtbot.keyClicks(dialog.collected_by, "Camille")
        qtbot.keyClick(dialog.collected_by, Qt.Key.Key_Return)

    opened = _fill_add_dialog(qtbot, page, fill)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened) == 1)  # the key clicks the button, as a mouse would
    assert len(opened) == 1 and opened[0].added is not None
    assert page.status.text() == (
        "0690 12 34 56 added, pending: it may only receive one consent request."
    )
    qtbot.keyClicks(page.search, "uvray")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    model = page.model
    assert [model.data(model.index(0, c)) for c in range(6)] == [
        "0690 12 34 56", "Jérôme", "Œuvray", "", "Pending", "Field meeting",
    ]  # fmt: skip
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole).startswith("Porte-à-porte")
    assert page.count_label.text() == "1 of 451 contacts"


def test_adding_a_known_number_opens_it_instead(qtbot, page, monkeypatch) -> None:
    known = page.model.contact_at(0)
    edited: list = []
    monkeypatch.setattr(
        ContactDialog, "edit", classmethod(lambda _cls, _parent, view: edited.append(view))
    )

    page.prompts.answer(True)  # open the contact already in the list

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.phone, known.phone)
        qtbot.keyClicks(dialog.collected_by, "Camille")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _fill_add_dialog(qtbot, page, fill)
    page.add_button.click()
    assert [v.phone for v in edited] == [known.phone]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.total == 450


def test_the_add_button_has_its_own_accelerator_and_a_name(page) -> None:
    buttons = [b.text() for b in (page.add_button, page.import_button, page.edit_button,
               page.consent_button, page.rights_button, page.block_button)]  # fmt: skip
    keys = [text[text.index("&") + 1].lower() for text in buttons]
    assert len(set(keys)) == len(keys) and "c" not in keys  # Alt+C is the Campaign menu
    named = (page.search, page.consent, page.reach, page.source, page.tag, page.commune, page.table)
    assert [w.accessibleName() for w in named] == [
        "Search contacts", "Consent", "Show", "Source", "Tag", "Commune", "Contact list",
    ]  # fmt: skip


def test_opted_out_people_are_marked_and_filtered(qtbot, page) -> None:
    page.table.selectRow(3)
    contact = page.current_contact()
    page.prompts.answer(True)
    page.block_button.click()
    assert page.model.data(page.model.index(3, 4)) == "Opted out"
    tip = page.model.data(page.model.index(3, 4), Qt.ItemDataRole.ToolTipRole)
    assert "Added by hand" in tip and "Granted" in tip
    with qtbot.waitSignal(page.model.filtered):
        page.reach.setCurrentIndex(page.reach.findData("opted_out"))
    assert page.model.rowCount() == 1
    assert page.model.contact_at(0).phone == contact.phone
    with qtbot.waitSignal(page.model.filtered):
        page.reach.setCurrentIndex(page.reach.findData(""))
    assert page.model.rowCount() == 450
