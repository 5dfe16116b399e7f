"""The profile form keeps the legal limits the profile itself enforces."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, QTime

from campagne_desktop.gui.widgets.profile_form import ProfileForm
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


def new_campaign_form(qtbot, today=None) -> ProfileForm:
    from datetime import date

    form = ProfileForm(advanced=False, today=today or date(2026, 11, 30), new_campaign=True)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def type_date(qtbot, field, text: str) -> None:
    from PySide6.QtCore import Qt

    field.setFocus(Qt.FocusReason.TabFocusReason)  # as when tabbing into it: the day is selected
    qtbot.keyClicks(field, text)
    field.clearFocus()


def test_a_new_campaign_never_starts_with_round_one_today(qtbot) -> None:
    form = new_campaign_form(qtbot)
    first = form.round1.date()
    assert first > QDate(2026, 11, 30).addDays(27)
    assert first.dayOfWeek() == 7  # a Sunday, as French votes are
    assert form.round2.date() == first.addDays(7)
    form.round1.setDate(QDate(2026, 11, 30))  # today: shown at once, before any Next
    assert form.errors.isVisible()
    assert "Round 1 must be a date to come" in form.errors.text()
    form.round1.setDate(QDate(2027, 3, 14))
    assert not form.errors.isVisible()
    form.round1.setDate(QDate(2026, 11, 30))
    assert form.check()[0].field == "round1"  # Next refused, the date named first


def test_settings_accept_a_past_round_of_a_running_campaign(qtbot) -> None:
    form = ProfileForm(advanced=True)
    qtbot.addWidget(form)
    form.round1.setDate(QDate(2020, 3, 15))
    assert all(error.field != "round1" for error in form.problems())


def test_a_date_typed_the_french_way_is_the_date_typed(qtbot) -> None:
    form = new_campaign_form(qtbot)
    type_date(qtbot, form.round1, "14/03/2027")
    assert form.round1.date() == QDate(2027, 3, 14)
    assert form.round2.date() == QDate(2027, 3, 21)  # still following: nobody moved it
    type_date(qtbot, form.round1, "7/3/2027")
    assert form.round1.date() == QDate(2027, 3, 7)


def test_round_two_before_round_one_shows_at_once_and_the_list_clears_when_fixed(qtbot) -> None:
    form = new_campaign_form(qtbot)
    form.round1.setDate(QDate(2027, 3, 14))
    form.round2.setDate(QDate(2027, 3, 7))
    assert "Round 2 must come after round 1." in form.errors.text()
    form.round2.setDate(QDate(2027, 3, 21))
    assert not form.errors.isVisible()
    # After Next was refused, the list shrinks as each field is fixed.
    assert {e.field for e in form.check()} >= {"candidate", "sender_id"}
    qtbot.keyClicks(form.candidate, "Marie Exemple")
    assert "The candidate or list name is required." not in form.errors.text()
    shown_before = form.errors.text().count("•")
    qtbot.keyClicks(form.sender_id, "MarieEx")
    assert form.errors.text().count("•") == shown_before - 1


def test_the_price_goes_through_the_form_as_an_exact_decimal(qtbot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.set_profile(sample_profile(price_per_segment=Decimal("0.045")))
    price = form.profile().price_per_segment
    assert price == Decimal("0.045") and isinstance(price, Decimal)
    form.price.setValue(0.1 + 0.2)  # binary noise in the spin box stays out of the profile
    assert form.profile().price_per_segment == Decimal("0.300")
