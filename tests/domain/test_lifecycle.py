from __future__ import annotations

import pytest

from campagne_desktop.domain.enums import BatchState, MessageState
from campagne_desktop.domain.lifecycle import (
    LEFT_APP_MESSAGES,
    LEFT_BATCH_STATES,
    LIVE_BATCH_STATES,
    OUTGOING_MESSAGES,
    TRANSITIONS,
    UNSETTLED_MESSAGES,
    BatchStateError,
    can_discard,
    can_move,
    can_send,
    require_discardable,
    require_move,
    settled_state,
)


def test_every_state_has_its_transitions() -> None:
    assert set(TRANSITIONS) == set(BatchState)
    assert set(BatchState) == LIVE_BATCH_STATES | LEFT_BATCH_STATES
    assert not LIVE_BATCH_STATES & LEFT_BATCH_STATES


def test_nothing_goes_back_once_it_left() -> None:
    for state in LEFT_BATCH_STATES:
        assert not TRANSITIONS[state] & LIVE_BATCH_STATES
    assert not can_move(BatchState.CLOSED, BatchState.EXPORTED)
    assert can_move(BatchState.EXPORTED, BatchState.EXPORTED)  # --again
    assert can_move(BatchState.DRAFT, BatchState.EXPORTED)  # the export runs the check itself


def test_only_a_batch_nothing_left_from_may_be_discarded() -> None:
    assert [s for s in BatchState if can_discard(s)] == [BatchState.DRAFT, BatchState.CHECKED]
    with pytest.raises(BatchStateError, match="cannot be discarded"):
        require_discardable(3, BatchState.EXPORTED)
    require_discardable(3, BatchState.CHECKED)


def test_a_forbidden_move_is_a_user_error() -> None:
    with pytest.raises(BatchStateError, match="Batch 4 is closed: it cannot become exported"):
        require_move(4, BatchState.CLOSED, BatchState.EXPORTED)
    assert require_move(4, BatchState.CHECKED, BatchState.EXPORTED) is BatchState.EXPORTED


def test_api_sending_starts_from_a_live_batch_and_resumes_while_sending() -> None:
    assert [s for s in BatchState if can_send(s)] == [
        BatchState.DRAFT,
        BatchState.CHECKED,
        BatchState.SENDING,
    ]
    # An exported file may already have gone out: the API would message everyone twice.
    with pytest.raises(BatchStateError, match="Batch 5 is exported: it cannot become sending"):
        require_move(5, BatchState.EXPORTED, BatchState.SENDING)
    assert can_move(BatchState.EXPORTED, BatchState.SENT)  # sent from the provider's site


def test_a_batch_being_sent_cannot_be_discarded() -> None:
    assert not can_discard(BatchState.SENDING)
    with pytest.raises(BatchStateError, match=r"Batch 6 is sending: .* cannot be discarded"):
        require_discardable(6, BatchState.SENDING)


def test_a_sending_batch_is_sent_once_nothing_is_unsettled() -> None:
    assert {MessageState.PENDING, MessageState.SENDING} == UNSETTLED_MESSAGES
    assert settled_state(7, BatchState.SENDING, 0) is BatchState.SENT
    assert settled_state(7, BatchState.SENDING, 3) is BatchState.SENDING  # held or pending
    assert settled_state(7, BatchState.SENT, 0) is BatchState.SENT
    assert settled_state(7, BatchState.CHECKED, 0) is BatchState.CHECKED  # a dry run


def test_a_message_in_flight_counts_as_left_but_is_not_checked_again() -> None:
    # Its answer was lost: it may have reached the person (asked, messaged since).
    assert MessageState.SENDING in LEFT_APP_MESSAGES
    assert MessageState.SENDING not in OUTGOING_MESSAGES
