from __future__ import annotations

import pytest

from campagne_desktop.domain.enums import BatchState
from campagne_desktop.domain.lifecycle import (
    LEFT_BATCH_STATES,
    LIVE_BATCH_STATES,
    TRANSITIONS,
    BatchStateError,
    can_discard,
    can_move,
    require_discardable,
    require_move,
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
