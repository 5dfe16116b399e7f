"""batch, replies, ledger: preparing, checking and handing over what goes out."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import SourceKind
from ..domain.messages import QT_TRANSLATE_NOOP
from ..providers.formats import ExportFormat
from .runtime import EXIT_REFUSED, Result, Runtime

if TYPE_CHECKING:  # each handler imports its services: `campagne --version` must stay light
    from ..services import batches


def register(commands: argparse._SubParsersAction[Any]) -> None:
    bat = commands.add_parser("batch", help="prepare, check and export batches of messages")
    cmds = bat.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    create = cmds.add_parser("create", help="freeze the messages of an approved template")
    create.add_argument("--template", required=True, metavar="NAME")
    create.add_argument("--tag", action="append", default=[], help="only contacts with this tag")
    create.add_argument("--commune", action="append", default=[], help="only this commune")
    create.add_argument(
        "--source-kind",
        action="append",
        default=[],
        choices=[k.value for k in SourceKind],
        help="only contacts from this source",
    )
    create.add_argument(
        "--not-messaged-since",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="leave out contacts messaged since this date",
    )
    create.set_defaults(handler=run_create)
    cmds.add_parser("list", help="list batches").set_defaults(handler=run_list)
    show = cmds.add_parser("show", help="show one batch")
    show.add_argument("id", type=int)
    show.set_defaults(handler=run_show)
    check = cmds.add_parser("check", help="run the compliance check (exit 3 if refused)")
    check.add_argument("id", type=int)
    check.set_defaults(handler=run_check)
    export = cmds.add_parser("export", help="write the file for your SMS provider")
    export.add_argument("id", type=int)
    export.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--again",
        action="store_true",
        help="export a batch that was already exported (risk of double sends)",
    )
    export.set_defaults(handler=run_export)

    rep = commands.add_parser("replies", help="read replies: OUI grants consent, STOP opts out")
    rep_cmds = rep.add_subparsers(dest="replies_command", metavar="ACTION", required=True)
    rep_import = rep_cmds.add_parser("import", help="a provider's received-messages export")
    rep_import.add_argument("file", type=Path)
    rep_import.set_defaults(handler=run_replies)

    led = commands.add_parser("ledger", help="the cost of each batch, for the campaign's accounts")
    led_cmds = led.add_subparsers(dest="ledger_command", metavar="ACTION", required=True)
    led_export = led_cmds.add_parser("export", help="write the ledger (CSV)")
    led_export.add_argument("file", type=Path)
    led_export.set_defaults(handler=run_ledger)


def _summary_text(rt: Runtime, s: batches.BatchSummary) -> str:
    excluded = ", ".join(f"{k}: {v}" for k, v in s.excluded.items()) or "-"
    return rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Batch {id} ({template}, {state}): {messages} messages, {segments} SMS, about "
            "{cost:.2f} EUR. Excluded: {excluded}.",
        ),
        id=s.id,
        template=s.template,
        state=s.state.value,
        messages=s.messages,
        segments=s.segments,
        cost=s.cost,
        excluded=excluded,
    )


def run_create(rt: Runtime) -> Result:
    from ..services import batches

    a = rt.args
    selection = batches.BatchSelection(
        tags=tuple(a.tag),
        communes=tuple(a.commune),
        source_kinds=tuple(SourceKind(k) for k in a.source_kind),
        not_messaged_since=a.not_messaged_since,
    )
    created = batches.create_batch(
        rt.db(), a.template, selection, actor=rt.ctx.actor, now=rt.ctx.clock()
    )
    data = {
        "id": created.id,
        "messages": created.messages,
        "excluded": created.excluded,
        "segments": created.segments,
        "cost": created.cost,
    }
    return Result(data, _summary_text(rt, created))


def run_list(rt: Runtime) -> Result:
    from ..services import batches

    found = batches.list_batches(rt.db())
    return Result([b.as_json() for b in found], "\n".join(_summary_text(rt, b) for b in found))


def run_show(rt: Runtime) -> Result:
    from ..services import batches

    found = batches.get_batch(rt.db(), rt.args.id)
    text = _summary_text(rt, found)
    if found.export_paths:
        text += "\n" + "\n".join(f"  → {p}" for p in found.export_paths)
    return Result(found.as_json(), text)


def run_check(rt: Runtime) -> Result:
    from ..services import compliance

    report = compliance.check_batch(rt.db(), rt.args.id, now=rt.ctx.clock(), actor=rt.ctx.actor)
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
        rt.db(),
        a.id,
        ExportFormat(a.format),
        a.out,
        actor=rt.ctx.actor,
        now=rt.ctx.clock(),
        again=a.again,
    )
    data = {
        "batch": done.batch_id,
        "path": str(done.path),
        "format": done.format.value,
        "rows": done.rows,
        "skipped": done.skipped,
        "campaign_text": done.campaign_text,
    }
    text = rt.say(
        QT_TRANSLATE_NOOP("messages", "{rows} messages written to {path}."),
        rows=done.rows,
        path=str(done.path),
    )
    if done.campaign_text:
        text += "\n" + rt.say(
            QT_TRANSLATE_NOOP("messages", "In the provider's editor, the message text is: {text}"),
            text=done.campaign_text,
        )
    return Result(data, text)


def run_replies(rt: Runtime) -> Result:
    from ..services import replies

    report = replies.import_replies(rt.db(), rt.args.file, actor=rt.ctx.actor, now=rt.ctx.clock())
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "{opted_out} opted out, {consented} consented, "
            "{refused} refused, {ignored} ignored, {invalid} invalid.",
        ),
        **{k: v for k, v in report.as_json().items() if k != "to_review"},
    )
    if report.to_review:
        text += "\n" + rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "Read these replies yourself: if one asks to stop, block its number "
                "(campagne optout add NUMBER --channel stop_reply).",
            )
        )
        text += "".join(f"\n  row {r['row']} {r['phone']}: {r['text']}" for r in report.to_review)
    return Result(report.as_json(), text)


def run_ledger(rt: Runtime) -> Result:
    from ..services import batch_export

    done = batch_export.export_ledger(
        rt.db(), rt.args.file, actor=rt.ctx.actor, now=rt.ctx.clock(), translate=rt.t
    )
    data = {
        "path": str(done.path),
        "batches": done.rows,
        "messages": done.messages,
        "segments": done.segments,
        "total": float(done.total),
    }
    return Result(
        data,
        rt.say(QT_TRANSLATE_NOOP("messages", "Ledger written to {path}."), path=str(done.path)),
    )
