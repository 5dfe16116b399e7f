"""The profile form keeps the legal limits the profile itself enforces."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, QTime

from campagne_desktop.gui.profile_form import ProfileForm
from tests.conftest import sample_profile


def test_polls_close_cannot_be_set_before_six_pm_or_after_eight(qtbot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.polls_close.setTime(QTime(8, 0))
    assert form.profile().polls_close == "18:00"
    form.polls_close.setTime(QTime(21, 0))
    assert form.profile().polls_close == "20:00"


def test_presidential_second_round_defaults_two_weeks_after_the_first(qtbot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.election.setCurrentIndex(form.election.findData("presidentielle"))
    form.round1.setDate(QDate(2027, 4, 11))
    assert form.round2.date() == QDate(2027, 4, 25)
    form.election.setCurrentIndex(form.election.findData("legislatives"))
    form.round1.setDate(QDate(2027, 6, 6))
    assert form.round2.date() == QDate(2027, 6, 13)


def test_the_price_goes_through_the_form_as_an_exact_decimal(qtbot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.set_profile(sample_profile(price_per_segment=Decimal("0.045")))
    price = form.profile().price_per_segment
    assert price == Decimal("0.045") and isinstance(price, Decimal)
    form.price.setValue(0.1 + 0.2)  # binary noise in the spin box stays out of the profile
    assert form.profile().price_per_segment == Decimal("0.300")
