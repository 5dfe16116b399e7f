"""The dashboard's figures: contacts by consent and source, and the election timeline's data."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from campagne_desktop.domain.calendar import SendingPolicy
from campagne_desktop.domain.enums import ConsentStatus, ElectionKind, SourceKind
from campagne_desktop.domain.places import POLYNESIA_ZONES
from campagne_desktop.services.dashboard import contact_breakdown, election_timeline
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.conftest import sample_profile
from tests.services.test_batches import ALLOWED, make_campaign

PARIS = ZoneInfo("Europe/Paris")


def test_contacts_by_consent_and_by_source(db, tmp_path) -> None:
    make_campaign(db, tmp_path)  # four from a form (granted), two from a rented file (pending)
    found = contact_breakdown(UnitOfWork(db))
    assert found.by_consent == {
        ConsentStatus.GRANTED: 4,
        ConsentStatus.PENDING: 2,
        ConsentStatus.REFUSED: 0,
    }
    assert [(s.kind, s.contacts) for s in found.by_source] == [
        (SourceKind.FORM, 4),
        (SourceKind.RENTED, 2),
    ]
    assert found.by_source[1].by_consent[ConsentStatus.PENDING] == 2
    assert found.by_source[1].description.startswith("liste louée")


def test_breakdown_of_an_empty_campaign(db) -> None:
    found = contact_breakdown(UnitOfWork(db))
    assert set(found.by_consent.values()) == {0} and found.by_source == ()


def test_timeline_of_the_sample_campaign() -> None:
    profile = sample_profile()  # municipales, 15 and 22 March 2026, polls close at 20:00
    timeline = election_timeline(
        profile, SendingPolicy.from_profile(profile), ("Europe/Paris",), ALLOWED
    )
    assert [(r.number, r.day, r.declared) for r in timeline.rounds] == [
        (1, date(2026, 3, 15), True),
        (2, date(2026, 3, 22), True),
    ]
    assert [(p.round_number, p.start, p.end, p.overseas) for p in timeline.silences] == [
        (1, datetime(2026, 3, 14, tzinfo=PARIS), datetime(2026, 3, 15, 20, tzinfo=PARIS), False),
        (2, datetime(2026, 3, 21, tzinfo=PARIS), datetime(2026, 3, 22, 20, tzinfo=PARIS), False),
    ]
    assert timeline.allowed_now and timeline.next_allowed is None
    assert timeline.now == ALLOWED.astimezone(UTC)
    assert timeline.wipe_deadline == date(2026, 4, 21)  # 30 days after the last round
    assert timeline.start < ALLOWED and timeline.end > datetime(2026, 4, 21, tzinfo=UTC)


def test_timeline_during_the_silence_gives_the_next_moment() -> None:
    profile = sample_profile()
    now = datetime(2026, 3, 14, 10, tzinfo=PARIS)
    timeline = election_timeline(profile, SendingPolicy.from_profile(profile), (), now)
    assert not timeline.allowed_now
    # Sunday's silence ends at 20:00, Sunday evening is off: Monday 08:00.
    assert timeline.next_allowed == datetime(2026, 3, 16, 8, tzinfo=PARIS)


def test_overseas_voters_of_a_national_election_get_their_stricter_silence() -> None:
    # Legislative elections: Guadeloupe and Polynesia vote on the Saturday; an undeclared second
    # round is still protected a week later.
    profile = sample_profile(election=ElectionKind.LEGISLATIVES, round2=None)
    zones = ("Europe/Paris", "America/Guadeloupe", *POLYNESIA_ZONES)
    timeline = election_timeline(profile, SendingPolicy.from_profile(profile), zones, ALLOWED)
    assert [(r.number, r.declared) for r in timeline.rounds] == [(1, True), (2, False)]
    overseas = [p for p in timeline.silences if p.overseas]
    assert [p.round_number for p in overseas] == [1, 2]
    first = overseas[0]
    assert first.places == (("America/Guadeloupe",), POLYNESIA_ZONES)
    # From Friday 00:00 in Guadeloupe (UTC-4) to Sunday 20:00 in Tahiti (UTC-10).
    assert first.start == datetime(2026, 3, 13, 4, tzinfo=UTC)
    assert first.end == datetime(2026, 3, 16, 6, tzinfo=UTC)
