"""wipe: the end-of-election destruction, its certificate, and the reminders around it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.messages import QT_TRANSLATE_NOOP, Plural
from ..domain.times import local_day
from .runtime import Result, Runtime

if TYPE_CHECKING:  # each handler imports its services: `campagne --version` must stay light
    from ..context import AppContext
    from ..services.wipe_journal import WipeReport
    from ..storage.database import Database


def register(commands: argparse._SubParsersAction[Any]) -> None:
    wipe = commands.add_parser(
        "wipe",
        help=QT_TRANSLATE_NOOP(
            "cli", "after the election: destroy the campaign's data and save a certificate"
        ),
    )
    what = wipe.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--confirm",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the candidate or list name, typed exactly (case-sensitive)"),
    )
    what.add_argument(
        "--resume",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "finish a wipe that was interrupted or stopped at a step (no name needed)"
        ),
    )
    wipe.add_argument(
        "--certificate",
        type=Path,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "cli", "where to save the certificate PDF (default: your documents folder)"
        ),
    )
    wipe.add_argument(
        "--save-ledger",
        type=Path,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "first save the cost ledger (CSV, one line per batch) for the campaign's accounts",
        ),
    )
    wipe.add_argument(
        "--save-audit",
        type=Path,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "cli", "first save a summary of the audit trail (CSV, no personal data)"
        ),
    )
    wipe.add_argument(
        "--skip-provider",
        action="store_true",
        help="do not ask the SMS provider's API to delete anything (it cannot be reached); "
        "the certificate then lists everything to ask it by hand",
    )
    wipe.set_defaults(handler=run_wipe)


def _open_for_wipe(rt: Runtime) -> Database:
    from ..services.wipe_errors import WipeError
    from ..storage.database import WrongKeyError

    try:
        return rt.db()
    except WrongKeyError:
        raise WipeError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The wipe must open the campaign to count what it destroys, and the passphrase "
                "was not accepted. Nothing was deleted.",
            )
        ) from None


def run_wipe(rt: Runtime) -> Result:
    from ..services.profile import get_profile
    from ..services.wipe import (
        check_kept_file,
        require_confirmation,
        resume_pending_wipe,
        wipe_campaign,
    )
    from ..services.wipe_records import write_audit_summary, write_cost_ledger

    rt.write_lock()
    resumed = resume_pending_wipe(rt.ctx)
    if resumed is not None:
        return _result(rt, resumed)
    if rt.args.resume:
        return Result(
            {"resumed": False},
            rt.say(QT_TRANSLATE_NOOP("messages", "There is no interrupted wipe to finish here.")),
        )
    db = _open_for_wipe(rt)
    # Check the name before writing anything, so that a wrong name changes nothing at all.
    require_confirmation(rt.args.confirm, get_profile(db).candidate)
    kept = [p for p in (rt.args.certificate, rt.args.save_ledger, rt.args.save_audit) if p]
    for path in kept:
        check_kept_file(rt.ctx, db, path)
    if rt.args.save_ledger:
        write_cost_ledger(db, rt.args.save_ledger)
    if rt.args.save_audit:
        write_audit_summary(db, rt.args.save_audit)
    report = wipe_campaign(
        rt.ctx,
        db,
        rt.args.confirm,
        certificate_path=rt.args.certificate,
        skip_provider=rt.args.skip_provider,
    )
    return _result(rt, report)


def _result(rt: Runtime, report: WipeReport) -> Result:
    c = report.counts
    lines = [
        rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "Campaign wiped: {contacts} contacts, {opt_outs} opt-outs, {templates} templates, "
                "{batches} batches, {messages} messages, {sources} sources, {files} files, "
                "{keyring_entries} keyring entries.",
            ),
            **{
                k: c.get(k, 0)
                for k in (
                    "contacts",
                    "opt_outs",
                    "templates",
                    "batches",
                    "messages",
                    "sources",
                    "files",
                    "keyring_entries",
                )
            },
        )
    ]
    lines.extend(_provider_lines(rt, report))
    if report.verification.ok:
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages", "Verification: no file and no phone number left behind."
                )
            )
        )
    else:
        lines.append(
            rt.say(
                Plural.translate(
                    "messages",
                    "Verification: %Ln file(s) could not be removed and must be deleted by hand:",
                    "",
                    0,
                ),
                count=len(report.verification.leftover_files),
            )
        )
        lines.extend(f"  {p}" for p in report.verification.leftover_files)
    lines.append(
        rt.say(
            QT_TRANSLATE_NOOP("messages", "Certificate of deletion saved to {path}."),
            path=str(report.certificate_path),
        )
    )
    return Result(report.as_dict(), "\n".join(lines))


def _provider_lines(rt: Runtime, report: WipeReport) -> list[str]:
    """What was deleted at the SMS provider, and what to ask it (or delete on its site) by hand."""
    from ..services.wipe_provider_report import ProviderWipeStatus

    provider = report.provider
    if provider is None or provider.status == ProviderWipeStatus.NOTHING:
        return []
    name = provider.display_name
    if provider.status == ProviderWipeStatus.DELETED:
        head = rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "At {provider}, deleted through its API: sent messages: {sent}, replies: "
                "{replies} (its STOP list is kept: it protects those who asked to stop).",
            ),
            provider=name,
            sent=provider.sent_deleted,
            replies=provider.replies_deleted,
        )
    elif provider.status == ProviderWipeStatus.SKIPPED:
        head = rt.say(
            QT_TRANSLATE_NOOP(
                "messages", "At {provider}: nothing was deleted (the provider step was skipped)."
            ),
            provider=name,
        )
    else:  # no API set up: only what to ask by hand, below
        head = ""
    lines = [head] if head else []
    whom = name or ", ".join(provider.uploaded_to)
    if provider.ask_by_hand:
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP("messages", "Ask {provider} by hand to delete:"), provider=whom
            )
        )
        lines.extend(f"  - {rt.t(key)}" for key in provider.ask_by_hand)
    if provider.uploaded_to:
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Files exported for {providers} may have been uploaded on its site: delete "
                    "them there by hand.",
                ),
                providers=", ".join(provider.uploaded_to),
            )
        )
    return lines


def resume_at_start(ctx: AppContext, t: Callable[[str], str]) -> WipeReport | None:
    """Finish an interrupted wipe before any command runs, and say so on stderr.

    If a step fails again, its WipeStepError says so and how to finish (wipe --resume)."""
    from ..services.wipe import RESUMED_NOTICE, pending_wipe, resume_pending_wipe
    from ..storage.lock import CampaignLock

    if not pending_wipe(ctx):
        return None
    with CampaignLock(ctx.paths.lock_file):
        report = resume_pending_wipe(ctx)
    if report is not None:
        print(t(RESUMED_NOTICE).format(path=str(report.certificate_path)), file=sys.stderr)
    return report


def print_wipe_reminder(ctx: AppContext, db: Database, t: Callable[[str], str]) -> None:
    """Once the last round is past, remind on stderr that the campaign must be wiped."""
    from ..services.profile import get_profile
    from ..services.wipe import reminder_message, wipe_reminder

    profile = get_profile(db)
    reminder = wipe_reminder(profile, local_day(ctx.clock(), profile.timezone))
    if reminder is not None:
        key, params = reminder_message(reminder)
        print(t(key).format(**params), file=sys.stderr)
