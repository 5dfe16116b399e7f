from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from campagne_desktop.domain.calendar import SendingPolicy
from campagne_desktop.domain.compliance_report import CheckFacts, CheckStatus, report_lines
from tests.conftest import sample_profile

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)
NIGHT = datetime(2026, 3, 3, 23, 0, tzinfo=PARIS)


def _lines(facts: CheckFacts, now: datetime = TUESDAY):
    policy = SendingPolicy.from_profile(sample_profile())
    return report_lines(facts, now=now, policy=policy, display_zone="Europe/Paris")


def _statuses(lines) -> dict[str, CheckStatus]:
    return {line.rule: line.status for line in lines}


def test_a_clean_batch_passes_every_line() -> None:
    lines, next_allowed = _lines(CheckFacts(sendable=3, zones=frozenset({"Europe/Paris"})))
    assert set(_statuses(lines).values()) == {CheckStatus.OK}
    assert [line.rule for line in lines] == ["profile", "footer", "consent", "time"]
    assert next_allowed is None


def test_each_fact_that_blocks_gives_a_failed_line() -> None:
    facts = CheckFacts(
        demo=True,
        profile_problem="no rights contact",
        footer_failures={"stop": 2},
        over_cap=1,
        segment_cap=3,
        formula_like=1,
        skipped=4,
        sendable=0,
        provider_warnings=("Brevo lists politics as prohibited",),
    )
    statuses = _statuses(_lines(facts)[0])
    assert statuses == {
        "demo": CheckStatus.FAILED,
        "profile": CheckStatus.FAILED,
        "footer": CheckStatus.FAILED,
        "segments": CheckStatus.FAILED,
        "formula": CheckStatus.FAILED,
        "consent": CheckStatus.WARNING,
        "empty": CheckStatus.FAILED,
        "provider": CheckStatus.WARNING,
    }


def test_at_night_the_time_line_fails_and_names_the_next_moment() -> None:
    lines, next_allowed = _lines(CheckFacts(sendable=1, zones=frozenset({"Europe/Paris"})), NIGHT)
    time = next(line for line in lines if line.rule == "time")
    assert time.status is CheckStatus.FAILED
    assert next_allowed is not None and next_allowed.astimezone(PARIS).hour == 8
    assert "04/03/2026 08:00" in time.render()


def test_replies_still_to_read_warn_among_the_skipped() -> None:
    facts = CheckFacts(sendable=2, skipped=3, held=1, zones=frozenset({"Europe/Paris"}))
    lines = _lines(facts)[0]
    replies = next(line for line in lines if line.rule == "replies")
    assert replies.status is CheckStatus.WARNING
    assert replies.render().startswith("1 message(s) will not be sent: a reply")
    assert _statuses(lines)["consent"] is CheckStatus.WARNING  # the 3 skipped, held included
    assert "replies" not in _statuses(_lines(CheckFacts(sendable=2, skipped=2))[0])


def test_blocked_places_are_named_with_their_counts_and_the_split_advice() -> None:
    early = datetime(2026, 3, 3, 8, 30, tzinfo=PARIS)  # 03:30 in Guadeloupe
    polynesia = ("Pacific/Tahiti", "Pacific/Marquesas", "Pacific/Gambier")
    facts = CheckFacts(
        batch_id=7,
        sendable=6,
        zones=frozenset({"Europe/Paris", "America/Guadeloupe", *polynesia}),
        zone_groups={("Europe/Paris",): 3, ("America/Guadeloupe",): 1, polynesia: 2},
    )
    lines = _lines(facts, early)[0]
    zones = [line.render() for line in lines if line.rule == "zones"]
    assert all(line.status is CheckStatus.WARNING for line in lines if line.rule == "zones")
    # Places, never zone ids ("America/Guadeloupe") on screen.
    assert zones[0].startswith("1 recipient(s) in Guadeloupe cannot receive it now")
    assert zones[1].startswith("2 recipient(s) in French Polynesia cannot receive it now")
    assert not any("/" in line.split(" from ")[0] for line in zones)
    assert zones[2].startswith("3 recipient(s) may receive it now")
    assert "campagne batch split 7 --by-zone" in zones[2]
    # When everyone may receive it, or when nobody may, there is nothing to split.
    antilles = CheckFacts(
        sendable=4,
        zones=frozenset({"Europe/Paris", "America/Guadeloupe"}),
        zone_groups={("Europe/Paris",): 3, ("America/Guadeloupe",): 1},
    )
    assert not [line for line in _lines(antilles)[0] if line.rule == "zones"]  # 09:00 there
    alone = CheckFacts(
        sendable=1,
        zones=frozenset({"America/Guadeloupe"}),
        zone_groups={("America/Guadeloupe",): 1},
    )
    # One place only: the failed time line already names it and its next moment.
    alone_lines = _lines(alone, early)[0]
    assert [line.rule for line in alone_lines].count("zones") == 0
    assert any(line.rule == "time" and line.status is CheckStatus.FAILED for line in alone_lines)
