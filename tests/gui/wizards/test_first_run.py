from __future__ import annotations

import json

from PySide6.QtCore import QDate

from campagne_desktop.cli.main import main as cli_main
from campagne_desktop.gui.wizards.first_run import FirstRunWizard
from tests.conftest import PASSPHRASE


def fill(form) -> None:
    form.candidate.setText("Camille Exemple")
    form.election.setCurrentIndex(form.election.findData("legislatives"))
    form.round1.setDate(QDate(2027, 6, 6))
    form.round2.setDate(QDate(2027, 6, 13))
    form.rights_contact.setText("dpo@exemple.fr")
    form.purpose.setText("informer sur la campagne")
    form.sender_id.setText("Camille27")


def test_wizard_creates_a_profile_the_command_line_sees(
    qtbot, passphrase_ctx, capsys, monkeypatch, prompts
) -> None:
    wizard = FirstRunWizard(passphrase_ctx, prompts)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # welcome -> profile
    fill(wizard.form)
    wizard.next()  # profile -> security
    assert wizard.currentId() == 2
    wizard.accept()
    assert wizard.database is not None
    wizard.database.close()

    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    status = cli_main(
        ["--data-dir", str(passphrase_ctx.paths.data_dir), "--json", "profile", "show"]
    )
    shown = json.loads(capsys.readouterr().out)
    assert status == 0
    assert shown["candidate"] == "Camille Exemple"
    assert shown["election"] == "legislatives"
    assert shown["round1"] == "2027-06-06" and shown["round2"] == "2027-06-13"


def test_wizard_stays_on_the_form_until_it_is_valid(qtbot, passphrase_ctx, prompts) -> None:
    wizard = FirstRunWizard(passphrase_ctx, prompts)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    fill(wizard.form)
    wizard.form.sender_id.setText("0612")
    wizard.next()
    assert wizard.currentId() == 1
    assert wizard.form.errors.isVisible()
    assert "sender ID" in wizard.form.errors.text()
    assert not passphrase_ctx.paths.database.exists()


def test_security_page_explains_the_passphrase(qtbot, passphrase_ctx, ctx, prompts) -> None:
    untrusted = FirstRunWizard(passphrase_ctx, prompts)
    trusted = FirstRunWizard(ctx, prompts)
    qtbot.addWidget(untrusted)
    qtbot.addWidget(trusted)
    assert "passphrase" in untrusted.page(2).findChild(type(untrusted.form.errors)).text()
    assert "keyring" in trusted.page(2).findChild(type(trusted.form.errors)).text()


def test_failure_to_create_is_shown_not_raised(qtbot, passphrase_ctx, prompts) -> None:
    passphrase_ctx.ask_passphrase = lambda _p: None  # the user cancelled the passphrase dialog
    shown = prompts.notices
    wizard = FirstRunWizard(passphrase_ctx, prompts)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    fill(wizard.form)
    wizard.next()
    wizard.accept()
    assert wizard.database is None
    assert wizard.isVisible()
    assert shown and "passphrase" in shown[0]
