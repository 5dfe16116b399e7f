from __future__ import annotations

import json
import stat

import pytest

from campagne_desktop.gui.dialogs.rights_dialog import RightsDialog
from campagne_desktop.services.contacts import count_contacts
from campagne_desktop.services.optouts import is_opted_out
from tests.gui.widgets.test_contacts_model import fill_contacts

PHONE = "+33612000005"  # Arthur Bernard 00005, Villeurbanne


@pytest.fixture
def dialog(qtbot, ctx, db, tmp_path, prompts) -> RightsDialog:
    fill_contacts(db, ctx, tmp_path, 10)
    widget = RightsDialog(ctx, db, prompts, None, PHONE)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_shows_everything_held(dialog) -> None:
    text = dialog.details.toPlainText()
    assert "06 12 00 00 05" in text
    assert "Arthur" in text and "Villeurbanne" in text
    assert "synthetic form" in text
    assert "Not on the opt-out list." in text
    assert dialog.export_button.isEnabled() and dialog.erase_button.isEnabled()


def test_unknown_and_invalid_numbers(dialog) -> None:
    dialog.phone.setText("07 99 99 99 99")
    dialog.look_up()
    assert "Not in the contact list." in dialog.details.toPlainText()
    assert not dialog.erase_button.isEnabled()
    dialog.phone.setText("01 42 00 00 00")
    dialog.look_up()
    assert "landline" in dialog.status.text()
    assert not dialog.oppose_button.isEnabled()


def test_export_writes_a_private_file(dialog, tmp_path) -> None:
    target = tmp_path / "export.json"
    dialog.prompts.choose(target)
    dialog.export_button.click()
    assert json.loads(target.read_text(encoding="utf-8"))["contact"]["first_name"] == "Arthur"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "export.json" in dialog.status.text()


def test_erase_asks_first(dialog) -> None:
    dialog.prompts.answer(False)
    dialog.erase_button.click()
    assert count_contacts(dialog.db) == 10
    dialog.prompts.answer(lambda question: "06 12 00 00 05" in question)
    dialog.erase_button.click()
    assert count_contacts(dialog.db) == 9
    assert dialog.changed
    assert not is_opted_out(dialog.db, PHONE)
    assert "Not in the contact list." in dialog.details.toPlainText()


def test_oppose_erases_and_blocks(qtbot, dialog) -> None:
    dialog.prompts.answer(True)
    with qtbot.waitSignal(dialog.data_changed):
        dialog.oppose_button.click()
    assert count_contacts(dialog.db) == 9
    assert is_opted_out(dialog.db, PHONE)
    assert "Blocked since" in dialog.details.toPlainText()
