"""Settings → the provider's API: credentials saved (never shown back) and a Test button."""

from __future__ import annotations

from campagne_desktop.gui.dialogs.provider_dialog import ProviderDialog
from campagne_desktop.gui.pages.settings import SettingsPage
from campagne_desktop.services import provider_credentials as creds
from tests.providers.api.fakes import FakeSmsFactor


def test_save_then_test_from_settings(qtbot, ctx, db, prompts) -> None:
    fake = FakeSmsFactor()
    try:
        page = SettingsPage(ctx, db, prompts)
        qtbot.addWidget(page)
        box = page.provider_box
        assert not box.test_button.isEnabled()  # the sample campaign's provider has no API yet
        dialog = box.open_dialog()
        dialog.provider.setCurrentIndex(dialog.provider.findData("smsfactor"))
        token = dialog.fields["api_token"]
        assert token.echoMode() is token.EchoMode.Password
        token.setText(FakeSmsFactor.TOKEN)
        dialog.endpoint.setText(fake.base)
        assert dialog.save()
        assert dialog.fields["api_token"].text() == ""  # never shown back
        assert "system keyring" in dialog.status.text()
        assert creds.load_credentials(ctx, db, "smsfactor") == {"api_token": FakeSmsFactor.TOKEN}
        assert box.test_button.isEnabled() and "credentials stored" in box.summary.text()
        # Saving again with the secret left empty keeps the stored one.
        dialog.endpoint.setText(fake.base + "/")
        assert dialog.save()
        assert creds.load_credentials(ctx, db, "smsfactor") == {"api_token": FakeSmsFactor.TOKEN}
        box.test()
        box.wait_for_jobs()
        qtbot.waitUntil(lambda: "500 credits" in box.result.text())
        dialog.close()
    finally:
        fake.close()


def test_wrong_token_is_reported(qtbot, ctx, db) -> None:
    fake = FakeSmsFactor()
    try:
        dialog = ProviderDialog(ctx, db)
        qtbot.addWidget(dialog)
        dialog.provider.setCurrentIndex(dialog.provider.findData("smsfactor"))
        dialog.fields["api_token"].setText("wrong")
        dialog.endpoint.setText(fake.base)
        assert dialog.save()
        dialog.test()
        dialog.wait_for_jobs()
        qtbot.waitUntil(lambda: "refused the credentials" in dialog.status.text())
    finally:
        fake.close()


def test_http_to_another_machine_is_refused(qtbot, ctx, db) -> None:
    dialog = ProviderDialog(ctx, db)
    qtbot.addWidget(dialog)
    dialog.provider.setCurrentIndex(dialog.provider.findData("smsfactor"))
    dialog.fields["api_token"].setText("t0ken")
    dialog.endpoint.setText("http://example.org")
    assert not dialog.save()
    assert "https://" in dialog.status.text()
    assert creds.load_credentials(ctx, db, "smsfactor") is None
