"""A batch's life: which state may follow which, and what each state means for its people."""

from __future__ import annotations

from .enums import BatchState, MessageState
from .messages import QT_TRANSLATE_NOOP, UserError

# draft → checked → exported | sending → sent → closed. A check may run again at any point
# before the batch leaves; an exported batch may be exported again (--again) or marked sent.
# Sending through the provider's API starts from draft or checked (it runs the check itself)
# and resumes while sending; never after a file export, which may already have gone out.
TRANSITIONS: dict[BatchState, frozenset[BatchState]] = {
    BatchState.DRAFT: frozenset(
        {BatchState.DRAFT, BatchState.CHECKED, BatchState.EXPORTED, BatchState.SENDING}
    ),
    BatchState.CHECKED: frozenset({BatchState.CHECKED, BatchState.EXPORTED, BatchState.SENDING}),
    BatchState.EXPORTED: frozenset({BatchState.EXPORTED, BatchState.SENT, BatchState.CLOSED}),
    BatchState.SENDING: frozenset({BatchState.SENDING, BatchState.SENT, BatchState.CLOSED}),
    BatchState.SENT: frozenset({BatchState.CLOSED}),
    BatchState.CLOSED: frozenset(),
}

# Frozen but nothing went out: the batch may still be discarded, and holds its people.
LIVE_BATCH_STATES = frozenset({BatchState.DRAFT, BatchState.CHECKED})
# Something went out: the batch is part of the record for good.
LEFT_BATCH_STATES = frozenset(TRANSITIONS) - LIVE_BATCH_STATES

# A message in one of these states left the app: it counts as received (asked, messaged).
# One handed to a provider's API whose answer was lost (sending) may have left: it counts too.
LEFT_APP_MESSAGES = frozenset(
    {MessageState.EXPORTED, MessageState.SENDING, MessageState.SENT, MessageState.DELIVERED}
)
# Still to go: the check and the export look at these.
OUTGOING_MESSAGES = frozenset({MessageState.PENDING, MessageState.EXPORTED})
# Sending through an API: still to hand over, or handed over with no answer recorded yet.
UNSETTLED_MESSAGES = frozenset({MessageState.PENDING, MessageState.SENDING})


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


def can_send(state: BatchState) -> bool:
    """Whether a sending through the provider's API may start or resume."""
    return can_move(state, BatchState.SENDING)


def settled_state(batch_id: int, current: BatchState, unsettled: int) -> BatchState:
    """After a sending run: a batch being sent is sent once none of its messages is unsettled."""
    if current is BatchState.SENDING and unsettled == 0:
        return require_move(batch_id, current, BatchState.SENT)
    return current


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
