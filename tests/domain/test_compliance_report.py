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
