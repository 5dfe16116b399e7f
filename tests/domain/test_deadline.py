"""The deadline before which an exported file must be sent (the end of the allowed period)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from campagne_desktop.domain.calendar import SendingPolicy, sending_deadline
from tests.conftest import sample_profile

PARIS = ZoneInfo("Europe/Paris")
GUADELOUPE = "America/Guadeloupe"


def test_deadline_is_the_end_of_sending_hours_where_it_comes_first() -> None:
    policy = SendingPolicy.from_profile(sample_profile())
    friday = datetime(2026, 3, 13, 19, 59, tzinfo=PARIS)  # the silence starts at midnight
    deadline = sending_deadline(friday, ["Europe/Paris"], policy)
    assert deadline == datetime(2026, 3, 13, 20, 0, tzinfo=PARIS)
    tuesday = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)
    both = sending_deadline(tuesday, ["Europe/Paris", GUADELOUPE], policy)
    assert both == datetime(2026, 3, 3, 20, 0, tzinfo=PARIS)
    only_guadeloupe = sending_deadline(tuesday, [GUADELOUPE], policy)
    assert only_guadeloupe == datetime(2026, 3, 3, 20, 0, tzinfo=ZoneInfo(GUADELOUPE))


def test_no_deadline_when_sending_is_not_allowed_now() -> None:
    policy = SendingPolicy.from_profile(sample_profile())
    assert (
        sending_deadline(datetime(2026, 3, 3, 21, 0, tzinfo=PARIS), ["Europe/Paris"], policy)
        is None
    )
