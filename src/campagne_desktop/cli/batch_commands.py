"""batch, replies, ledger: preparing, checking and handing over what goes out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import formatting
from ..domain.eligibility import reason_label
from ..domain.messages import QT_TRANSLATE_NOOP
from ..providers.formats import ExportFormat
from ..providers.upload_steps import upload_steps
from .reply_commands import deadline_line, register_review, register_split
from .runtime import EXIT_REFUSED, Result, Runtime
from .selection_args import add_selection_arguments, selection_from

if TYPE_CHECKING:  # each handler imports its services: `campagne --version` must stay light
    from ..services import batches, replies
    from ..services.batch_outcomes import BatchOutcome
    from ..services.exclusions import LeftOutList


def register(commands: argparse._SubParsersAction[Any]) -> None:
    bat = commands.add_parser(
        "batch", help=QT_TRANSLATE_NOOP("cli", "prepare, check and export batches of messages")
    )
    cmds = bat.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    create = cmds.add_parser(
        "create", help=QT_TRANSLATE_NOOP("cli", "freeze the messages of an approved template")
    )
    create.add_argument("--template", required=True, metavar="NAME")
    add_selection_arguments(create)
    create.add_argument(
        "--segment-cap",
        type=int,
        metavar="N",
        help=QT_TRANSLATE_NOOP(
            "cli", "the maximum SMS per message for this batch only (default: the profile's)"
        ),
    )
    create.set_defaults(handler=run_create)
    cmds.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "list batches")).set_defaults(
        handler=run_list
    )
    show = cmds.add_parser("show", help=QT_TRANSLATE_NOOP("cli", "show one batch"))
    show.add_argument("id", type=int)
    show.set_defaults(handler=run_show)
    check = cmds.add_parser(
        "check", help=QT_TRANSLATE_NOOP("cli", "run the compliance check (exit 3 if refused)")
    )
    check.add_argument("id", type=int)
    check.set_defaults(handler=run_check)
    register_split(cmds)
    export = cmds.add_parser(
        "export", help=QT_TRANSLATE_NOOP("cli", "write the file for your SMS provider")
    )
    export.add_argument("id", type=int)
    export.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--again",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "export a batch that was already exported (risk of double sends)"
        ),
    )
    export.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "export even when less than 30 minutes are left to send the file"
        ),
    )
    export.set_defaults(handler=run_export)
    discard = cmds.add_parser(
        "discard",
        help=QT_TRANSLATE_NOOP("cli", "remove a batch never exported nor sent (frees its people)"),
    )
    discard.add_argument("id", type=int)
    discard.set_defaults(handler=run_discard)
    messages = cmds.add_parser(
        "messages", help=QT_TRANSLATE_NOOP("cli", "the frozen messages of a batch")
    )
    messages.add_argument("id", type=int)
    # `campagne batch messages ID --json` reads naturally; same switch as the global --json.
    messages.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("cli", "print JSON on stdout"),
    )
    messages.set_defaults(handler=run_messages)

    rep = commands.add_parser(
        "replies", help=QT_TRANSLATE_NOOP("cli", "read replies: OUI grants consent, STOP opts out")
    )
    rep_cmds = rep.add_subparsers(dest="replies_command", metavar="ACTION", required=True)
    rep_import = rep_cmds.add_parser(
        "import", help=QT_TRANSLATE_NOOP("cli", "a provider's received-messages export")
    )
    rep_import.add_argument("file", type=Path)
    rep_import.set_defaults(handler=run_replies)
    register_review(rep_cmds)

    led = commands.add_parser(
        "ledger",
        help=QT_TRANSLATE_NOOP("cli", "the cost of each batch, for the campaign's accounts"),
    )
    led_cmds = led.add_subparsers(dest="ledger_command", metavar="ACTION", required=True)
    led_export = led_cmds.add_parser(
        "export", help=QT_TRANSLATE_NOOP("cli", "write the ledger (CSV)")
    )
    led_export.add_argument("file", type=Path)
    led_export.set_defaults(handler=run_ledger)


def _summary_text(rt: Runtime, s: batches.BatchSummary) -> str:
    # Reasons in words: the codes are for --json.
    excluded = (
        ", ".join(
            f"{rt.t(reason_label(k))}: {formatting.count(v, rt.language)}"
            for k, v in s.excluded.items()
        )
        or "-"
    )
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Batch {id} ({template}, {state}): {messages} messages, {segments} SMS, about "
            "{cost}. Excluded: {excluded}.",
        ),
        id=s.id,
        template=s.template,
        state=s.state.value,
        messages=s.messages,
        segments=s.segments,
        cost=s.cost,
        excluded=excluded,
    )
    if s.adapted:
        text += " " + rt.say(
            QT_TRANSLATE_NOOP(
                "messages", "{adapted} messages with names written without the accents GSM-7 lacks."
            ),
            adapted=s.adapted,
        )
    return text


def _left_out_text(rt: Runtime, left_out: LeftOutList | None) -> str:
    if left_out is None or not (left_out.people or left_out.not_listed):
        return ""
    from ..services.exclusions import report_lines

    lines = [rt.say(QT_TRANSLATE_NOOP("messages", "Left out, and what would include them:"))]
    lines += [f"  {line}" for line in report_lines(left_out, rt.t)]
    return "\n".join(lines)


def _left_out_json(left_out: LeftOutList | None) -> list[dict[str, Any]]:
    return [p.as_json() for p in left_out.people] if left_out else []


def run_create(rt: Runtime) -> Result:
    from ..services import batches

    a = rt.args
    selection = selection_from(a)
    try:
        created = batches.create_batch(
            rt.uow(),
            a.template,
            selection,
            actor=rt.ctx.actor,
            now=rt.ctx.clock(),
            segment_cap=a.segment_cap,
        )
    except batches.NobodyReachableError as refused:
        # Still say who was left out and how to include them: that is what the user needs.
        data_refused = {
            "error": refused.render(rt.t),
            "status": EXIT_REFUSED,
            "excluded": refused.excluded,
            "left_out": _left_out_json(refused.left_out),
        }
        text = "\n".join(filter(None, [refused.render(rt.t), _left_out_text(rt, refused.left_out)]))
        return Result(data_refused, text, EXIT_REFUSED)
    data = {
        "id": created.id,
        "messages": created.messages,
        "excluded": created.excluded,
        "segments": created.segments,
        "cost": format(created.cost, "f"),
        "adapted": created.adapted,
        "left_out": _left_out_json(created.left_out),
        "left_out_not_listed": created.left_out.not_listed if created.left_out else 0,
    }
    text = "\n".join(
        filter(None, [_summary_text(rt, created), _left_out_text(rt, created.left_out)])
    )
    return Result(data, text)


def run_list(rt: Runtime) -> Result:
    from ..services import batches

    found = batches.list_batches(rt.uow())
    return Result([b.as_json() for b in found], "\n".join(_summary_text(rt, b) for b in found))


def run_show(rt: Runtime) -> Result:
    from ..services import batches

    found = batches.get_batch(rt.uow(), rt.args.id)
    text = _summary_text(rt, found)
    if found.export_paths:
        text += "\n" + "\n".join(f"  → {p}" for p in found.export_paths)
    data = found.as_json()
    outcome = _outcome(rt, found.id)
    data["outcome"] = outcome.as_json() if outcome else None  # None: nothing left the app yet
    if outcome:
        text += "\n" + _outcome_text(rt, outcome)
    return Result(data, text)


def _outcome(rt: Runtime, batch_id: int) -> BatchOutcome | None:
    from ..services.batch_outcomes import batch_outcomes

    found = batch_outcomes(rt.uow(), batch_id)
    return found[0] if found else None


def _outcome_text(rt: Runtime, outcome: BatchOutcome) -> str:
    """Delivered / failed / opted out, or no delivery reports for a batch sent from a file."""

    def share(count: int, rate: float | None) -> str:
        return f"{count}" if rate is None else f"{count} ({rate:.1%})"

    opted = share(outcome.opted_out, outcome.opt_out_rate)
    if outcome.from_file:
        return rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "No delivery reports (sent from a file). Opted out since: {opted}.",
            ),
            opted=opted,
        )
    return rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Delivered: {delivered}. Failed: {failed}. Awaiting a report: {awaiting}. "
            "Opted out since: {opted}.",
        ),
        delivered=share(outcome.delivered, outcome.delivered_rate),
        failed=share(outcome.failed, outcome.failed_rate),
        awaiting=outcome.awaiting,
        opted=opted,
    )


def run_check(rt: Runtime) -> Result:
    from ..services import compliance

    report = compliance.check_batch(rt.uow(), rt.args.id, now=rt.ctx.clock(), actor=rt.ctx.actor)
    marks = {
        compliance.CheckStatus.OK: "✔",
        compliance.CheckStatus.WARNING: "!",
        compliance.CheckStatus.FAILED: "✘",
    }
    text = "\n".join(f"{marks[line.status]} {line.render(rt.t)}" for line in report.lines)
    return Result(report.as_json(), text, 0 if report.passed else EXIT_REFUSED)


def run_export(rt: Runtime) -> Result:
    from ..services import batch_export

    a = rt.args
    done = batch_export.export_batch(
        rt.uow(),
        a.id,
        ExportFormat(a.format),
        a.out,
        actor=rt.ctx.actor,
        now=rt.ctx.clock(),
        again=a.again,
        close_to_deadline_ok=a.yes,
    )
    data = {
        "batch": done.batch_id,
        "path": str(done.path),
        "format": done.format.value,
        "rows": done.rows,
        "skipped": done.skipped,
        "campaign_text": done.campaign_text,
        "deadline": done.deadline.isoformat() if done.deadline else None,
    }
    text = rt.say(
        QT_TRANSLATE_NOOP("messages", "{rows} messages written to {path}."),
        rows=done.rows,
        path=str(done.path),
    )
    if done.deadline:
        text += "\n" + deadline_line(rt, done.deadline)
    # What to do on the provider's site (the campaign text to type included), as the window's
    # export step says it.
    steps = upload_steps(done.format)
    text += "\n" + "\n".join(
        f"{number}. {rt.say(key, **params)}" for number, (key, params) in enumerate(steps, 1)
    )
    return Result(data, text)


def run_discard(rt: Runtime) -> Result:
    from ..services import batches

    gone = batches.discard_batch(rt.uow(), rt.args.id, actor=rt.ctx.actor, now=rt.ctx.clock())
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Batch {id} discarded: its {messages} messages are deleted and its people may be "
            "in a new batch.",
        ),
        id=gone.id,
        messages=gone.messages,
    )
    return Result({"id": gone.id, "discarded": True, "messages": gone.messages}, text)


def run_messages(rt: Runtime) -> Result:
    from ..services import batch_messages

    found = batch_messages.list_messages(rt.uow(), rt.args.id)
    lines = [
        f"{m.id}\t{m.phone}\t{m.state.value}\t{m.segments} SMS {m.encoding.value}"
        + (f"\t{m.error}" if m.error else "")
        + "\n"
        + "\n".join(f"    {line}" for line in m.text.splitlines())
        for m in found
    ]
    return Result([m.as_json() for m in found], "\n".join(lines))


def run_replies(rt: Runtime) -> Result:
    from ..services import replies

    report = replies.import_replies(rt.db(), rt.args.file, actor=rt.ctx.actor, now=rt.ctx.clock())
    return Result(report.as_json(), replies_text(rt, report))


def replies_text(rt: Runtime, report: replies.RepliesReport) -> str:
    """What reading replies did; ``replies sync`` says it in the very same words."""
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "{opted_out} opted out, {consented} consented, "
            "{refused} refused, {ignored} ignored, {invalid} invalid.",
        ),
        **{k: v for k, v in report.as_json().items() if k not in ("to_review", "held")},
    )
    if report.to_review:
        text += "\n" + rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "{held} held: these numbers get no message until you read their reply and "
                "decide (campagne replies review).",
            ),
            held=report.held,
        )
        text += "".join(f"\n  row {r['row']} {r['phone']}: {r['text']}" for r in report.to_review)
    return text


def run_ledger(rt: Runtime) -> Result:
    from ..services import batch_export

    done = batch_export.export_ledger(
        rt.uow(), rt.args.file, actor=rt.ctx.actor, now=rt.ctx.clock(), translate=rt.t
    )
    data = {
        "path": str(done.path),
        "batches": done.rows,
        "messages": done.messages,
        "segments": done.segments,
        "total": format(done.total, "f"),
    }
    return Result(
        data,
        rt.say(QT_TRANSLATE_NOOP("messages", "Ledger written to {path}."), path=str(done.path)),
    )
