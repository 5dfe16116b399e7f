"""A batch's life: which state may follow which, and what each state means for its people."""

from __future__ import annotations

from .enums import BatchState, MessageState
from .messages import QT_TRANSLATE_NOOP, UserError

# draft → checked → exported | sending → sent → closed. A check may run again at any point
# before the batch leaves; an exported batch may be exported again (--again) or sent.
TRANSITIONS: dict[BatchState, frozenset[BatchState]] = {
    BatchState.DRAFT: frozenset(
        {BatchState.DRAFT, BatchState.CHECKED, BatchState.EXPORTED, BatchState.SENDING}
    ),
    BatchState.CHECKED: frozenset({BatchState.CHECKED, BatchState.EXPORTED, BatchState.SENDING}),
    BatchState.EXPORTED: frozenset(
        {BatchState.EXPORTED, BatchState.SENDING, BatchState.SENT, BatchState.CLOSED}
    ),
    BatchState.SENDING: frozenset({BatchState.SENDING, BatchState.SENT, BatchState.CLOSED}),
    BatchState.SENT: frozenset({BatchState.CLOSED}),
    BatchState.CLOSED: frozenset(),
}

# Frozen but nothing went out: the batch may still be discarded, and holds its people.
LIVE_BATCH_STATES = frozenset({BatchState.DRAFT, BatchState.CHECKED})
# Something went out: the batch is part of the record for good.
LEFT_BATCH_STATES = frozenset(TRANSITIONS) - LIVE_BATCH_STATES

# A message in one of these states left the app: it counts as received (asked, messaged).
LEFT_APP_MESSAGES = frozenset({MessageState.EXPORTED, MessageState.SENT, MessageState.DELIVERED})
# Still to go: the check and the export look at these.
OUTGOING_MESSAGES = frozenset({MessageState.PENDING, MessageState.EXPORTED})


class BatchStateError(UserError):
    """The action does not fit the batch's state."""


def can_move(current: BatchState, target: BatchState) -> bool:
    return target in TRANSITIONS[current]


def require_move(batch_id: int, current: BatchState, target: BatchState) -> BatchState:
    if not can_move(current, target):
        raise BatchStateError(
            QT_TRANSLATE_NOOP("messages", "Batch {id} is {state}: it cannot become {target}."),
            id=batch_id,
            state=current.value,
            target=target.value,
        )
    return target


def can_discard(state: BatchState) -> bool:
    return state in LIVE_BATCH_STATES


def require_discardable(batch_id: int, state: BatchState) -> None:
    if not can_discard(state):
        raise BatchStateError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Batch {id} is {state}: its messages already left the app, so it stays in the "
                "record and cannot be discarded.",
            ),
            id=batch_id,
            state=state.value,
        )
