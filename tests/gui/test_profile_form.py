"""The profile form keeps the legal limits the profile itself enforces."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime

from campagne_desktop.gui.profile_form import ProfileForm


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
