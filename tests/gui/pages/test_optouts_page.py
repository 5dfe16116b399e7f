from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from campagne_desktop.gui.pages.optouts import AddOptOutDialog, OptOutsPage, RemoveOptOutDialog
from campagne_desktop.services import audit
from campagne_desktop.services.optouts import is_opted_out, list_opt_outs, record_opt_out


@pytest.fixture
def page(qtbot, ctx, db, prompts) -> OptOutsPage:
    widget = OptOutsPage(ctx, db, prompts)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def answer(monkeypatch, dialog, value) -> None:
    monkeypatch.setattr(dialog, "ask", classmethod(lambda _cls, *_args: value))


def test_add_blocks_the_number(qtbot, page, monkeypatch) -> None:
    assert page.table.rowCount() == 0
    answer(monkeypatch, AddOptOutDialog, ("06 12 34 56 78", "lettre du 3 mars"))
    with qtbot.waitSignal(page.changed):
        page.add_button.click()
    assert is_opted_out(page.db, "+33612345678")
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "06 12 34 56 78"
    assert page.table.item(0, 2).text() == "Added by hand"
    assert page.table.item(0, 3).text() == "lettre du 3 mars"
    assert page.count.text() == "1 blocked number."
    page.add_button.click()
    assert page.status.text() == "It was already blocked."


def test_add_rejects_a_landline_with_a_message(qtbot, page, monkeypatch) -> None:
    answer(monkeypatch, AddOptOutDialog, ("01 42 00 00 00", ""))
    page.add_button.click()
    shown = page.prompts.notices
    assert shown and "landline" in shown[0]
    assert page.table.rowCount() == 0


def test_import_a_stop_file(qtbot, page, tmp_path) -> None:
    stop = tmp_path / "stop.csv"
    stop.write_text(
        "Numero;Date\n+33612345678;2026-03-01\n0734567890;2026-03-02\nabc;2026-03-02\n",
        encoding="utf-8",
    )
    page.prompts.choose(stop)
    with qtbot.waitSignal(page.changed):
        page.import_button.click()
    assert page.status.text() == "2 added, 0 already blocked, 1 not valid."
    assert page.table.rowCount() == 2
    assert {o.phone for o in list_opt_outs(page.db)} == {"+33612345678", "+33734567890"}
    assert page.table.item(0, 2).text() == "Provider blacklist"


def test_import_of_an_unreadable_file_changes_nothing(qtbot, page, tmp_path) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    page.prompts.choose(empty)
    page.import_button.click()
    shown = page.prompts.notices
    assert shown and "empty" in shown[0]
    assert list_opt_outs(page.db) == []


def test_remove_needs_a_written_reason(qtbot, page, ctx, monkeypatch) -> None:
    record_opt_out(page.db, "0612345678", actor="t", now=ctx.clock())
    page.refresh()
    assert not page.remove_button.isEnabled()
    page.table.selectRow(0)
    assert page.remove_button.isEnabled()
    answer(monkeypatch, RemoveOptOutDialog, None)  # the user cancelled
    page.remove_button.click()
    assert is_opted_out(page.db, "0612345678")
    answer(monkeypatch, RemoveOptOutDialog, "La personne a redemandé par courrier le 4 mars")
    with qtbot.waitSignal(page.changed):
        page.remove_button.click()
    assert not is_opted_out(page.db, "0612345678")
    assert page.table.rowCount() == 0
    assert audit.list_events(page.db)[0].action == "optout.removed"


def test_remove_dialog_accepts_only_ten_characters(qtbot) -> None:
    dialog = RemoveOptOutDialog("+33612345678")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("   trop    ")
    assert not ok.isEnabled()
    assert dialog.hint.text() == "6 more characters needed."
    dialog.reason.setPlainText("Redemandé le 4 mars")
    assert ok.isEnabled()
    assert dialog.hint.text() == ""


def test_search_finds_a_number(qtbot, page, ctx) -> None:
    for number in ("0612345678", "0734567890"):
        record_opt_out(page.db, number, actor="t", now=ctx.clock())
    page.refresh()
    assert page.table.rowCount() == 2
    qtbot.keyClicks(page.search, "07 34")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 0).text() == "07 34 56 78 90"


def test_dates_are_shown_in_the_campaign_time_zone(page) -> None:
    winter_afternoon = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)  # 14:00 in Paris
    record_opt_out(page.db, "06 12 34 56 78", actor="t", now=winter_afternoon)
    page.refresh()
    assert page.table.item(0, 1).text() == "03/03/2026 14:00"


def _held_reply(db, tmp_path, phone="+33612345601", text="Qui êtes-vous ?"):
    from campagne_desktop.services import replies

    answers = tmp_path / "recus.csv"
    answers.write_text(f"Expéditeur;Message\n{phone};{text}\n", encoding="utf-8")
    replies.import_replies(db, answers, actor="t", now=page_now())


def page_now():
    from datetime import UTC, datetime

    return datetime(2026, 3, 3, 13, 0, tzinfo=UTC)


def test_replies_to_read_can_be_decided_from_the_page(qtbot, page, tmp_path) -> None:
    from campagne_desktop.services.held_replies import count_held

    assert not page.replies_button.isEnabled()
    _held_reply(page.db, tmp_path)
    page.refresh()
    assert page.replies_button.isEnabled() and "(1)" in page.replies_button.text()
    dialog = page.held_replies_dialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "03/03/2026 14:00"  # 13:00 UTC, in Paris time
    assert dialog.table.item(0, 3).text() == "Qui êtes-vous ?"
    assert not dialog.consent_button.isEnabled()  # not a contact: nothing to consent on
    dialog.opt_out_button.click()
    assert is_opted_out(page.db, "+33612345601")
    assert count_held(page.db) == 0 and dialog.table.rowCount() == 0
    assert "blocked" in dialog.status.text()


def test_nothing_to_do_releases_the_number(qtbot, page, tmp_path) -> None:
    from campagne_desktop.services.held_replies import count_held

    _held_reply(page.db, tmp_path, text="Bonjour ?")
    dialog = page.held_replies_dialog()
    qtbot.addWidget(dialog)
    dialog.dismiss_button.click()
    assert count_held(page.db) == 0
    assert not is_opted_out(page.db, "+33612345601")
