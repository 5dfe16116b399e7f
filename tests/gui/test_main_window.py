from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from campagne_desktop.gui.main_window import MainWindow, window_settings
from campagne_desktop.services.profile import get_profile
from tests.gui.fakes import ScriptedPrompts

SECTIONS = [
    "Dashboard",
    "Contacts",
    "Messages",
    "Sendings",
    "Opt-outs",
    "End of campaign",
    "Settings",
    "Rules",
]


def make_window(qtbot, ctx, db) -> MainWindow:
    window = MainWindow(ctx, db, ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigation_lists_every_section(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == SECTIONS
    pages = [window.pages.widget(i) for i in range(window.pages.count())]
    assert pages == [
        window.dashboard,
        window.contacts_page,
        window.messages_page,
        window.sendings_page,
        window.optouts_page,
        window.end_page,
        window.settings_page,
        window.rules_page,
    ]


def test_keyboard_shortcut_switches_page(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.settings_page


def test_dashboard_shows_the_campaign(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    assert "Marie Exemple" in window.dashboard.heading.text()
    assert "15/03/2026" in window.dashboard.rounds.text()


def test_settings_page_validates_and_saves(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    page = window.settings_page
    page.form.sender_id.clear()
    qtbot.keyClicks(page.form.sender_id, "12")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "sender ID" in page.form.errors.text()
    assert get_profile(db).sender_id == "MarieEx"

    page.form.sender_id.setText("Marie 27")
    page.form.provider.setCurrentIndex(page.form.provider.findData("ovh"))
    page.form.candidate.setText("Marie Exemple-Nouvelle")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert get_profile(db).sender_id == "Marie 27"
    assert get_profile(db).provider == "ovh"
    assert "Marie Exemple-Nouvelle" in window.dashboard.heading.text()


def test_geometry_is_kept(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    window.navigation.setCurrentRow(3)
    window.close()
    # The offscreen screen clamps sizes and positions: check what was saved. The page is not
    # kept: the app reopens on the Dashboard (test_window_reopens_on_the_dashboard).
    settings = window_settings(ctx)
    assert not settings.value("main/geometry").isEmpty()
    assert (ctx.paths.config_dir / "window.ini").exists()


def test_settings_edit_sending_days_and_poll_closing(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    form = window.settings_page.form
    assert [box.isChecked() for box in form.sending_days] == [True] * 6 + [False]
    form.sending_days[5].setChecked(False)  # no Saturdays
    form.polls_close.setTime(form.polls_close.time().fromString("18:00", "HH:mm"))
    assert window.settings_page.save()
    saved = get_profile(db)
    assert saved.sending_days == "01234" and saved.polls_close == "18:00"
    for box in form.sending_days:
        box.setChecked(False)
    assert not window.settings_page.save()
    assert "at least one day" in form.errors.text()


def test_f1_opens_the_rules_and_a_rule_can_be_shown(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.rules_page
    window.show_rule("silence")
    assert window.rules_page.current().anchor == "silence"
    assert "00:00" in window.rules_page.text.toPlainText()


def test_menus_offer_quit_help_and_about(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Campaign", "&Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.rules_action.shortcut().toString() == "F1"
    assert "Campagne Desktop" in window.about_text()
    assert str(ctx.paths.data_dir) in window.about_text()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_window_reopens_on_the_dashboard(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    window.navigation.setCurrentRow(3)
    window.close()
    assert (ctx.paths.config_dir / "window.ini").exists()
    again = make_window(qtbot, ctx, db)
    assert again.pages.currentWidget() is again.dashboard


def test_stop_replies_imported_on_sendings_show_on_the_opt_outs_page(
    qtbot, ctx, db, tmp_path
) -> None:
    window = make_window(qtbot, ctx, db)
    assert window.optouts_page.count.text().startswith("0 ")
    replies = tmp_path / "reponses.csv"
    replies.write_text("numero,message\n+33612345602,STOP\n", encoding="utf-8")
    window.prompts.choose(replies)
    with qtbot.waitSignal(window.sendings_page.opt_outs_changed):
        qtbot.mouseClick(window.sendings_page.replies_button, Qt.MouseButton.LeftButton)
    assert window.optouts_page.count.text() == "1 blocked number."


def test_closing_waits_for_every_page_s_background_work(qtbot, ctx, db) -> None:
    window = make_window(qtbot, ctx, db)
    release = threading.Event()
    runners = (window.end_page.runner, window.settings_page.provider_box.runner)
    jobs = [runner.start(lambda _p: release.wait(5)) for runner in runners]
    threading.Timer(0.1, release.set).start()
    window.close()  # the database closes after this: nothing may still read it
    assert all(job.done.is_set() for job in jobs)
