"""The window writes amounts, counts, days and places in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from campagne_desktop.gui.formatting import apply_interface_locale, moment_text, money, place
from campagne_desktop.gui.translation import install_translators
from campagne_desktop.gui.widgets.profile_form import ProfileForm
from tests.conftest import sample_profile

NBSP = "\u00a0"


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The French interface as the app starts it: catalogue and default locale."""
    installed = install_translators(qapp, "fr")
    apply_interface_locale("fr")
    yield
    apply_interface_locale("en")
    for translator in installed:
        qapp.removeTranslator(translator)


def settings_form(qtbot) -> ProfileForm:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.set_profile(sample_profile(price_per_segment=Decimal("0.05"), timezone="Indian/Reunion"))
    return form


def test_french_amounts_days_and_places(qtbot, french) -> None:
    assert money(Decimal("4.75")) == f"4,75{NBSP}€"
    assert QLocale().toString(1234) == "1\u202f234"  # spin boxes and %Ln counts follow too
    form = settings_form(qtbot)
    assert form.price.text() == f"0,05{NBSP}€"
    assert [box.text() for box in form.sending_days][:2] == ["lun.", "mar."]
    assert form.timezone.currentText() == "La Réunion"
    assert form.profile().timezone == "Indian/Reunion"
    monday = datetime(2026, 3, 16, 7, 0, tzinfo=UTC)
    assert moment_text(monday, "Europe/Paris") == "lun. 16/03/2026 08:00"
    assert place("Pacific/Tahiti") == "Polynésie française (Tahiti)"


def test_english_amounts_days_and_places(qtbot) -> None:
    assert money(Decimal("4.75")) == "€4.75"
    form = settings_form(qtbot)
    assert form.price.text() == "€0.05"
    assert [box.text() for box in form.sending_days][:2] == ["Mon", "Tue"]
    assert form.timezone.currentText() == "Réunion"
    saturday = datetime(2026, 3, 14, 7, 0, tzinfo=UTC)
    assert moment_text(saturday, "Europe/Paris", year=False) == "Sat 14/03 08:00"
    assert place("Pacific/Tahiti") == "French Polynesia (Tahiti)"


def test_a_zone_set_outside_the_window_is_kept(qtbot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.set_profile(sample_profile(timezone="Europe/Brussels"))
    assert form.timezone.currentText() == "Europe/Brussels"
    assert form.profile().timezone == "Europe/Brussels"


def test_the_dashboard_names_days_in_french(qtbot, db, french, data_dir, prompts) -> None:
    from campagne_desktop.context import AppContext
    from campagne_desktop.gui.pages.dashboard import DashboardPage
    from campagne_desktop.paths import AppPaths
    from tests.conftest import Clock

    clock = Clock(datetime(2026, 3, 3, 13, 0, tzinfo=UTC))
    ctx = AppContext.build(AppPaths.under(data_dir), trust_keyring=True, clock=clock)
    page = DashboardPage(ctx, db, prompts)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.counts["contacts"].text() != "")
    assert "(sam. 14/03 00:00)" in page.silences.text()  # "Sat" in English
    page.hide()
