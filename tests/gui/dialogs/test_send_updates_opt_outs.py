"""A send reads the provider's STOP list: when its dialog closes, the pages that show opt-outs
are told (the main window refreshes Opt-outs and Contacts on this signal)."""

from __future__ import annotations

from campagne_desktop.services.optouts import is_opted_out
from tests.gui.dialogs.test_send_dialog import ctx as ctx  # the send dialog's own fixtures
from tests.gui.dialogs.test_send_dialog import fake_ovh as fake_ovh
from tests.gui.dialogs.test_send_dialog import page as page


def test_closing_the_send_dialog_says_opt_outs_changed(qtbot, page, db) -> None:
    dialog = page.send()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert is_opted_out(db, "+33612000007")  # on OVHcloud's STOP list, now on ours
    with qtbot.waitSignal(page.opt_outs_changed):
        dialog.close()
