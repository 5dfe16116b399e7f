"""replies review, and the lines the batch commands borrow from the legal rules."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from .. import formatting
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.phones import format_national
from ..domain.places import zone_place
from .runtime import Result, Runtime

# Keyed by the values of services.held_replies' HoldReason and Decision (string enums): that
# module imports the database stack, which `campagne --version` and `--help` must not load.
REASON_LABELS = {
    "not_understood": QT_TRANSLATE_NOOP("messages", "not understood"),
    "unasked_yes": QT_TRANSLATE_NOOP("messages", "OUI, but never asked"),
}
DONE = {
    "optout": QT_TRANSLATE_NOOP("messages", "{phone} is blocked for good."),
    "consent": QT_TRANSLATE_NOOP("messages", "{phone} consented; the reply is the proof."),
    "dismiss": QT_TRANSLATE_NOOP("messages", "{phone} may be messaged again."),
}


def register_review(replies: argparse._SubParsersAction[Any]) -> None:
    """``replies review`` under the ``replies`` command."""
    review = replies.add_parser(
        "review",
        help=QT_TRANSLATE_NOOP(
            "cli", "read the replies that hold their numbers, and decide on each"
        ),
    )
    decision = review.add_mutually_exclusive_group()
    decision.add_argument(
        "--optout",
        metavar="NUMBER",
        help=QT_TRANSLATE_NOOP("cli", "the reply objects: block the number for good"),
    )
    decision.add_argument(
        "--consent",
        metavar="NUMBER",
        help=QT_TRANSLATE_NOOP("cli", "the reply agrees: record consent, the reply as proof"),
    )
    decision.add_argument(
        "--dismiss",
        metavar="NUMBER",
        help=QT_TRANSLATE_NOOP("cli", "nothing to do: the number may be messaged again"),
    )
    review.set_defaults(handler=run_review)


def run_review(rt: Runtime) -> Result:
    from ..services import held_replies
    from ..services.held_replies import Decision

    a = rt.args
    for decision, number in (
        (Decision.OPT_OUT, a.optout),
        (Decision.CONSENT, a.consent),
        (Decision.DISMISS, a.dismiss),
    ):
        if number:
            released = held_replies.decide(
                rt.db(), number, decision, actor=rt.ctx.actor, now=rt.ctx.clock()
            )
            data = {"decision": decision.value, "replies": released}
            return Result(data, rt.say(DONE[decision], phone=number))
    held = held_replies.list_held(rt.db())
    if not held:
        text = rt.say(QT_TRANSLATE_NOOP("messages", "No reply is waiting to be read."))
    else:
        text = "\n".join(
            [
                rt.say(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "These numbers get no message until you decide: replies review "
                        "--optout NUMBER (it objects), --consent NUMBER (it agrees) or "
                        "--dismiss NUMBER (nothing to do).",
                    )
                ),
                *(
                    f"  {format_national(h.phone)} ({rt.t(REASON_LABELS[h.reason])}, "
                    f"{h.origin}): {h.text}"
                    for h in held
                ),
            ]
        )
    return Result({"held": [h.as_json() for h in held]}, text)


def deadline_line(rt: Runtime, deadline: datetime) -> str:
    """The export's deadline, said in the campaign's time zone."""
    from ..services.export_deadline import deadline_text
    from ..services.profile import get_profile

    return rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Send this file before {deadline}: after that, sending hours end or the electoral "
            "silence begins for some of its recipients.",
        ),
        deadline=deadline_text(deadline, get_profile(rt.db()).timezone, rt.t),
    )


def register_split(batch: argparse._SubParsersAction[Any]) -> None:
    """``batch split ID --by-zone`` under the ``batch`` command."""
    split = batch.add_parser(
        "split",
        help=QT_TRANSLATE_NOOP(
            "cli", "replace a batch by one batch per time zone, so nobody waits for others"
        ),
    )
    split.add_argument("id", type=int)
    split.add_argument(
        "--by-zone",
        action="store_true",
        required=True,
        help=QT_TRANSLATE_NOOP(
            "cli", "one batch per group of time zones (the only way to split, for now)"
        ),
    )
    split.set_defaults(handler=run_split)


def run_split(rt: Runtime) -> Result:
    from ..services import batch_split

    uow = rt.uow()
    parts = batch_split.split_by_zone(uow, rt.args.id, actor=rt.ctx.actor, now=rt.ctx.clock())
    lines = [
        rt.say(
            QT_TRANSLATE_NOOP("messages", "Batch {id} was replaced by one batch per time zone:"),
            id=rt.args.id,
        )
    ]
    lines += [
        f"  {part.id}: {formatting.count(part.messages, rt.language)} · " + zone_place(zones, rt.t)
        for part, zones in ((p, batch_split.zones_of(uow, p.id)) for p in parts)
    ]
    return Result([part.as_json() for part in parts], "\n".join(lines))
