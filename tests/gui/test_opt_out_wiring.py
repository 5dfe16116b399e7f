"""Opt-outs made anywhere show on the Contacts page at once, without restarting the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from campagne_desktop.gui.pages import optouts as optouts_page
from tests.gui.test_main_window import make_window
from tests.gui.widgets.test_contacts_model import fill_contacts


def _consent_of(window, phone: str) -> str:
    model = window.contacts_page.model
    for row in range(model.rowCount()):
        if model.contact_at(row).phone == phone:
            return str(model.data(model.index(row, 4)))
    raise AssertionError(f"{phone} is not in the list")


def test_a_stop_reply_imported_on_sendings_marks_the_person_on_contacts(
    qtbot, ctx, db, tmp_path
) -> None:
    fill_contacts(db, ctx, tmp_path, 30)
    window = make_window(qtbot, ctx, db)
    phone = window.contacts_page.model.contact_at(4).phone
    assert _consent_of(window, phone) == "Granted"
    replies = tmp_path / "reponses.csv"
    replies.write_text(f"numero,message\n{phone},STOP\n", encoding="utf-8")
    window.prompts.choose(replies)
    with qtbot.waitSignal(window.sendings_page.opt_outs_changed):
        qtbot.mouseClick(window.sendings_page.replies_button, Qt.MouseButton.LeftButton)
    assert window.optouts_page.count.text() == "1 blocked number."
    assert _consent_of(window, phone) == "Opted out (STOP)"


def test_an_opt_out_added_on_its_page_marks_the_person_on_contacts(
    qtbot, ctx, db, tmp_path, monkeypatch
) -> None:
    fill_contacts(db, ctx, tmp_path, 30)
    window = make_window(qtbot, ctx, db)
    phone = window.contacts_page.model.contact_at(7).phone
    monkeypatch.setattr(
        optouts_page.AddOptOutDialog, "ask", classmethod(lambda _cls, _parent: (phone, "lettre"))
    )
    with qtbot.waitSignal(window.optouts_page.changed):
        window.optouts_page.add()
    assert _consent_of(window, phone) == "Opted out"
