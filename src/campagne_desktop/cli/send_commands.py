"""batch send / test / status / release and replies sync: the provider's API from the CLI."""

from __future__ import annotations

import argparse
import signal
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ..domain.messages import QT_TRANSLATE_NOOP, Plural
from ..domain.places import zone_place
from .runtime import EXIT_FAILURE, Result, Runtime

if TYPE_CHECKING:
    from ..services import sending


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(parser.prog)


def _moment(value: str) -> str | datetime:
    if value == "next":
        return value
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected 'next' or a date and time like 2026-03-03T09:00"
        ) from None


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Adds to the ``batch`` and ``replies`` commands (registered before this module)."""
    batch = _subcommands(commands.choices["batch"])
    send = batch.add_parser(
        "send", help=QT_TRANSLATE_NOOP("cli", "send through the provider's API (resumable)")
    )
    send.add_argument("id", type=int)
    send.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "use the provider's simulation; nothing is sent"),
    )
    send.add_argument(
        "--at",
        type=_moment,
        metavar="next|DATETIME",
        help=QT_TRANSLATE_NOOP(
            "cli", "let the provider send at the next allowed moment, or at DATETIME"
        ),
    )
    send.set_defaults(handler=run_send)
    test = batch.add_parser(
        "test", help=QT_TRANSLATE_NOOP("cli", "send one message of the batch to your own phone")
    )
    test.add_argument("id", type=int)
    test.add_argument("--to", required=True, metavar="NUMBER")
    test.add_argument(
        "--contact",
        default="",
        metavar="NUMBER",
        help=QT_TRANSLATE_NOOP("cli", "use this contact's message (merge data)"),
    )
    test.set_defaults(handler=run_test)
    status = batch.add_parser(
        "status", help=QT_TRANSLATE_NOOP("cli", "fetch delivery reports and count states")
    )
    status.add_argument("id", type=int)
    status.set_defaults(handler=run_status)
    release = batch.add_parser(
        "release",
        help=QT_TRANSLATE_NOOP(
            "cli", "after checking the provider's account: held messages did (not) leave"
        ),
    )
    release.add_argument("id", type=int)
    outcome = release.add_mutually_exclusive_group(required=True)
    outcome.add_argument(
        "--sent", action="store_true", help=QT_TRANSLATE_NOOP("cli", "they were sent")
    )
    outcome.add_argument(
        "--not-sent", action="store_true", help=QT_TRANSLATE_NOOP("cli", "they were not: send them")
    )
    release.set_defaults(handler=run_release)

    replies = _subcommands(commands.choices["replies"])
    sync = replies.add_parser(
        "sync", help=QT_TRANSLATE_NOOP("cli", "fetch replies from the provider's API")
    )
    sync.set_defaults(handler=run_replies_sync)


def _api(rt: Runtime) -> tuple[Any, str]:
    from ..services import provider_credentials as creds

    settings = creds.get_settings(rt.ctx, rt.db())
    return creds.open_api(rt.ctx, rt.db(), settings.key), settings.display_name


class _Interrupt:
    """Ctrl-C stops between two requests, so no message is left in flight."""

    def __init__(self) -> None:
        self.asked = False

    def __enter__(self) -> _Interrupt:
        self._previous = signal.signal(signal.SIGINT, self._ask)
        return self

    def _ask(self, _signum: int, _frame: Any) -> None:
        self.asked = True

    def __exit__(self, *_exc: object) -> None:
        signal.signal(signal.SIGINT, self._previous)


def run_send(rt: Runtime) -> Result:
    from ..services import sending
    from ..services.profile import get_profile
    from ..services.unit_of_work import UnitOfWork

    a = rt.args
    at = a.at if isinstance(a.at, datetime) else None
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=ZoneInfo(get_profile(rt.db()).timezone))
    api, name = _api(rt)
    show_progress = sys.stderr.isatty() and not rt.args.json

    try:
        with _Interrupt() as interrupt:

            def progress(report: sending.SendReport) -> bool:
                if show_progress:
                    done = report.accepted + report.failed + report.held
                    print(f"\r{done}/{report.total}", end="", file=sys.stderr, flush=True)
                return not interrupt.asked

            report = sending.send_batch(
                UnitOfWork(rt.db()),
                api,
                a.id,
                actor=rt.ctx.actor,
                clock=rt.ctx.clock,
                display_name=name,
                dry_run=a.dry_run,
                at=at,
                next_allowed=a.at == "next",
                progress=progress,
            )
    finally:
        api.close()
        if show_progress:
            print(file=sys.stderr)
    return Result(report.as_json(), _send_text(rt, report, name), _send_status(report))


def _send_status(report: sending.SendReport) -> int:
    if report.stopped or report.cancelled or report.held:
        return EXIT_FAILURE
    return 0


def _send_text(rt: Runtime, report: sending.SendReport, name: str) -> str:
    lines = []
    if not report.opt_outs_synced:
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{provider} has no STOP list the app can read: import its STOP list file "
                    "after every sending (campagne optout import).",
                ),
                provider=name,
            )
        )
    else:
        lines.append(
            rt.say(
                Plural.translate(
                    "messages", "%Ln new opt-out(s) from {provider}'s STOP list.", "", 0
                ),
                count=report.opt_outs_added,
                provider=name,
            )
        )
    if report.not_in_service:
        lines.append(
            rt.say(
                Plural.translate(
                    "messages", "%Ln number(s) no longer in service: not sent.", "", 0
                ),
                count=report.not_in_service,
            )
        )
    if report.reconciled:
        lines.append(
            rt.say(
                Plural.translate(
                    "messages",
                    "Found at the provider, not sent again: %Ln message(s) in flight when "
                    "sending last stopped.",
                    "",
                    0,
                ),
                count=report.reconciled,
            )
        )
    for moment in report.moments:
        if moment["send_at"]:
            lines.append(
                rt.say(
                    Plural.translate(
                        "messages",
                        "%Ln message(s) for {zone}: sent by the provider at {at}; any still "
                        "waiting at {until} is dropped.",
                        "",
                        0,
                    ),
                    count=moment["messages"],
                    zone=zone_place(moment["zone"], rt.t),
                    at=_local(moment["send_at"], moment["zone"]),
                    until=_local(moment["valid_until"], moment["zone"]),
                )
            )
    key = (
        QT_TRANSLATE_NOOP(
            "messages",
            "Simulation: {accepted} accepted, {failed} refused, {skipped} no longer allowed. "
            "Nothing was sent.",
        )
        if report.dry_run
        else QT_TRANSLATE_NOOP(
            "messages",
            "{accepted} accepted by the provider, {failed} failed, {skipped} no longer "
            "allowed, {pending} not sent yet.",
        )
    )
    lines.append(
        rt.say(
            key,
            accepted=report.accepted,
            failed=report.failed,
            skipped=report.skipped,
            pending=report.pending,
        )
    )
    for reason, count in report.reasons.most_common(5):
        lines.append(f"  {count} × {reason}")
    if report.held:
        lines.append(
            rt.say(
                Plural.translate(
                    "messages",
                    "Held: %Ln message(s) being handed over when sending stopped; {provider} "
                    "cannot tell whether they left. Check its sent messages, then run "
                    "campagne batch release {id} --sent (or --not-sent).",
                    "",
                    0,
                ),
                count=report.held,
                provider=name,
                id=report.batch_id,
            )
        )
    if report.stopped:
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Stopped: {provider} could not be reached ({reason}). Run the same command "
                    "again later: only what was not accepted is sent.",
                ),
                provider=name,
                reason=report.stopped,
            )
        )
    if report.cancelled:
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Cancelled. Run the same command again to send the rest.",
                )
            )
        )
    return "\n".join(lines)


def _local(iso: str, zone: str) -> str:
    return datetime.fromisoformat(iso).astimezone(ZoneInfo(zone)).strftime("%d/%m/%Y %H:%M")


def run_test(rt: Runtime) -> Result:
    from ..services import sending_followup
    from ..services.unit_of_work import UnitOfWork

    api, name = _api(rt)
    try:
        done = sending_followup.send_test(
            UnitOfWork(rt.db()),
            api,
            rt.args.id,
            rt.args.to,
            actor=rt.ctx.actor,
            clock=rt.ctx.clock,
            display_name=name,
            contact=rt.args.contact,
        )
    finally:
        api.close()
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Test message of batch {id} handed to {provider} ({segments} SMS). It is not "
            "counted as sent.",
        ),
        id=done.batch_id,
        provider=name,
        segments=done.segments,
    )
    return Result({"batch": done.batch_id, "provider_id": done.provider_id}, text)


def run_status(rt: Runtime) -> Result:
    from ..providers.api import Capability
    from ..services import message_states, sending_followup
    from ..services.unit_of_work import UnitOfWork

    api, name = _api(rt)
    try:
        if Capability.REPORTS in api.capabilities:
            status = sending_followup.fetch_delivery_reports(
                UnitOfWork(rt.db()), api, rt.args.id, display_name=name
            )
            data = status.as_json()
            states = status.states
        else:
            states = message_states.state_counts(UnitOfWork(rt.db()), rt.args.id)
            data = {"batch": rt.args.id, "asked": 0, "states": states}
    finally:
        api.close()
    text = ", ".join(f"{state}: {count}" for state, count in sorted(states.items()))
    return Result(data, text)


def run_release(rt: Runtime) -> Result:
    from ..services import message_states
    from ..services.unit_of_work import UnitOfWork

    count = message_states.release_held(
        UnitOfWork(rt.db()),
        rt.args.id,
        were_sent=rt.args.sent,
        actor=rt.ctx.actor,
        now=rt.ctx.clock(),
    )
    text = rt.say(
        Plural.translate("messages", "%Ln held message(s) recorded as {outcome}.", "", 0),
        count=count,
        outcome=rt.t(
            QT_TRANSLATE_NOOP("messages", "sent")
            if rt.args.sent
            else QT_TRANSLATE_NOOP("messages", "not sent (the next send sends them)")
        ),
    )
    return Result({"batch": rt.args.id, "released": count, "sent": rt.args.sent}, text)


def run_replies_sync(rt: Runtime) -> Result:
    from ..services import sending_followup
    from ..services.unit_of_work import UnitOfWork
    from .batch_commands import replies_text

    api, name = _api(rt)
    try:
        report = sending_followup.sync_replies(
            UnitOfWork(rt.db()),
            api,
            rt.ctx.paths.cache_dir,
            actor=rt.ctx.actor,
            now=rt.ctx.clock(),
            display_name=name,
        )
    finally:
        api.close()
    return Result(report.as_json(), replies_text(rt, report))
