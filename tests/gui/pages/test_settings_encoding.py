"""Paramètres: the smart-encoding checkbox and the "full then short" footer are saved."""

from __future__ import annotations

from campagne_desktop.domain.enums import FooterForm
from campagne_desktop.gui.pages.settings import SettingsPage
from campagne_desktop.services.profile import get_profile


def test_keep_accents_is_off_by_default_and_saved(qtbot, ctx, db, prompts) -> None:
    page = SettingsPage(ctx, db, prompts)
    qtbot.addWidget(page)
    assert not page.keep_accents.isChecked()
    page.keep_accents.setChecked(True)
    assert page.save()
    assert get_profile(db).keep_accents
    page.keep_accents.setChecked(False)
    page.load()  # revert: the saved choice comes back
    assert page.keep_accents.isChecked()


def test_full_then_short_footer_is_offered_and_saved(qtbot, ctx, db, prompts) -> None:
    page = SettingsPage(ctx, db, prompts)
    qtbot.addWidget(page)
    combo = page.form.footer_form
    combo.setCurrentIndex(combo.findData(FooterForm.FULL_THEN_SHORT.value))
    assert page.save()
    assert get_profile(db).footer_form is FooterForm.FULL_THEN_SHORT
    page.load()
    assert combo.currentData() == FooterForm.FULL_THEN_SHORT.value
