from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from campagne_desktop.context import PassphrasePurpose
from campagne_desktop.gui.dialogs.passphrase_dialog import PassphraseDialog


def test_creating_asks_twice_and_checks_the_length(qtbot) -> None:
    dialog = PassphraseDialog(PassphrasePurpose.CREATE, folder=Path("/campagnes/mairie"))
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("court")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "10" in dialog.problem.text()
    dialog.passphrase.setText("une longue phrase secrète")
    dialog.confirmation.setText("une autre phrase secrète")
    dialog.accept()
    assert "differ" in dialog.problem.text()
    dialog.confirmation.setText("une longue phrase secrète")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_folder_is_named_and_the_text_can_be_shown(qtbot) -> None:
    dialog = PassphraseDialog(PassphrasePurpose.OPEN, folder=Path("/campagnes/mairie"))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.problem)))
    assert "/campagnes/mairie" in texts
    assert dialog.passphrase.echoMode() is QLineEdit.EchoMode.Password
    dialog.show_text.setChecked(True)
    assert dialog.passphrase.echoMode() is QLineEdit.EchoMode.Normal
