from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from campagne_desktop.domain.eligibility import (
    CONTACT_RULES,
    REASON_LABELS,
    ContactFacts,
    Reason,
    contact_reason,
    length_cap,
    message_reason,
    reason_label,
    since_moment,
)
from campagne_desktop.domain.enums import ConsentStatus, TemplateKind

CAMPAIGN, CONSENT = TemplateKind.CAMPAIGN, TemplateKind.CONSENT
GRANTED, PENDING = ConsentStatus.GRANTED, ConsentStatus.PENDING


def test_a_consenting_person_may_receive_a_campaign_message() -> None:
    assert contact_reason(ContactFacts(GRANTED), CAMPAIGN) is None
    assert contact_reason(ContactFacts(GRANTED), CONSENT) is Reason.NOT_CONSENTED
    assert contact_reason(ContactFacts(PENDING), CAMPAIGN) is Reason.NOT_CONSENTED
    assert contact_reason(ContactFacts(ConsentStatus.REFUSED), CONSENT) is Reason.NOT_CONSENTED


def test_opting_out_wins_over_everything() -> None:
    facts = ContactFacts(PENDING, opted_out=True, asked=True, in_live_consent_batch=True)
    assert contact_reason(facts, CONSENT) is Reason.OPTED_OUT
    assert contact_reason(ContactFacts(GRANTED, opted_out=True), CAMPAIGN) is Reason.OPTED_OUT


def test_one_consent_request_per_person() -> None:
    assert contact_reason(ContactFacts(PENDING), CONSENT) is None
    asked = ContactFacts(PENDING, asked=True, in_live_consent_batch=True)
    assert contact_reason(asked, CONSENT) is Reason.CONSENT_ALREADY_REQUESTED
    waiting = ContactFacts(PENDING, in_live_consent_batch=True)
    assert contact_reason(waiting, CONSENT) is Reason.CONSENT_REQUEST_PENDING
    # A live consent batch does not hold back campaign messages to people who agreed.
    assert contact_reason(ContactFacts(GRANTED, in_live_consent_batch=True), CAMPAIGN) is None


@pytest.mark.parametrize(
    ("last_sent", "since", "reason"),
    [
        (datetime(2026, 3, 3, 0, 0, tzinfo=UTC), date(2026, 3, 3), Reason.MESSAGED_RECENTLY),
        (datetime(2026, 3, 2, 23, 59, tzinfo=UTC), date(2026, 3, 3), None),
        (datetime(2026, 3, 5, 9, 0, tzinfo=UTC), None, None),  # no date chosen: no rule
        (None, date(2026, 3, 3), None),
    ],
)
def test_messaged_since_the_chosen_day(last_sent, since, reason) -> None:
    moment = since_moment(since, "UTC")  # the edge: midnight that day
    assert contact_reason(ContactFacts(GRANTED, last_sent=last_sent), CAMPAIGN, moment) is reason


def test_the_chosen_day_starts_at_midnight_in_the_campaign_zone() -> None:
    # Midnight on 3 March in Paris (winter) is 23:00 UTC on the 2nd; in Réunion, 20:00 UTC.
    late_on_the_2nd = ContactFacts(GRANTED, last_sent=datetime(2026, 3, 2, 23, 30, tzinfo=UTC))
    paris = since_moment(date(2026, 3, 3), "Europe/Paris")
    assert paris == datetime(2026, 3, 2, 23, 0, tzinfo=UTC)
    assert contact_reason(late_on_the_2nd, CAMPAIGN, paris) is Reason.MESSAGED_RECENTLY
    reunion = since_moment(date(2026, 3, 3), "Indian/Reunion")
    assert reunion == datetime(2026, 3, 2, 20, 0, tzinfo=UTC)
    assert contact_reason(late_on_the_2nd, CAMPAIGN, since_moment(date(2026, 3, 3), "UTC")) is None


def test_the_rendered_message_is_judged_last() -> None:
    assert message_reason(rendered=False, complete=False, segments=0, cap=3) is Reason.INVALID
    assert message_reason(rendered=True, complete=False, segments=1, cap=3) is Reason.INVALID
    assert message_reason(rendered=True, complete=True, segments=4, cap=3) is (
        Reason.OVER_SEGMENT_CAP
    )
    assert message_reason(rendered=True, complete=True, segments=3, cap=3) is None


def test_every_reason_has_words_and_every_rule_a_reason() -> None:
    assert set(REASON_LABELS) == set(Reason)
    for rules in CONTACT_RULES.values():
        assert rules[:2] == (Reason.ERASED, Reason.OPTED_OUT)
        assert len(set(rules)) == len(rules)


def test_one_labels_function_words_never_codes() -> None:
    for reason in Reason:
        assert reason_label(reason.value) == REASON_LABELS[reason]
        assert reason.value not in reason_label(reason.value)
    assert reason_label("from_a_newer_version") == "left out by a rule"


def test_a_batch_cap_replaces_the_profile_cap_in_the_length_step() -> None:
    assert length_cap(3) == 3 and length_cap(3, None) == 3 and length_cap(3, 6) == 6
    segments = 5
    assert (
        message_reason(rendered=True, complete=True, segments=segments, cap=length_cap(3))
        is Reason.OVER_SEGMENT_CAP
    )
    assert (
        message_reason(rendered=True, complete=True, segments=segments, cap=length_cap(3, 6))
        is None
    )


def test_a_reply_still_to_read_holds_the_person_for_every_kind() -> None:
    # It may be an objection without a keyword: it outranks consent, never an opt-out.
    assert contact_reason(ContactFacts(GRANTED, held=True), CAMPAIGN) is Reason.REPLY_TO_READ
    assert contact_reason(ContactFacts(PENDING, held=True), CONSENT) is Reason.REPLY_TO_READ
    assert contact_reason(ContactFacts(PENDING, held=True), CAMPAIGN) is Reason.REPLY_TO_READ
    held_and_out = ContactFacts(GRANTED, opted_out=True, held=True)
    assert contact_reason(held_and_out, CAMPAIGN) is Reason.OPTED_OUT
