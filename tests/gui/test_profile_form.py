from __future__ import annotations

from decimal import Decimal

from campagne_desktop.gui.profile_form import ProfileForm
from tests.conftest import sample_profile


def test_the_price_goes_through_the_form_as_an_exact_decimal(qtbot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.set_profile(sample_profile(price_per_segment=Decimal("0.045")))
    price = form.profile().price_per_segment
    assert price == Decimal("0.045") and isinstance(price, Decimal)
    form.price.setValue(0.1 + 0.2)  # binary noise in the spin box stays out of the profile
    assert form.profile().price_per_segment == Decimal("0.300")
