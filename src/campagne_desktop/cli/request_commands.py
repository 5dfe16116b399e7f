"""optout, consent, rights: what people asked of the campaign, recorded and answered."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.enums import ConsentStatus, OptOutChannel
from ..domain.messages import QT_TRANSLATE_NOOP, Plural
from ..domain.phones import format_national
from ..domain.times import local_day
from .runtime import Result, Runtime

CONSENT_LABELS = {
    ConsentStatus.GRANTED: QT_TRANSLATE_NOOP("messages", "granted"),
    ConsentStatus.REFUSED: QT_TRANSLATE_NOOP("messages", "refused"),
    ConsentStatus.PENDING: QT_TRANSLATE_NOOP("messages", "pending"),
}


def register(commands: argparse._SubParsersAction[Any]) -> None:
    opt = commands.add_parser(
        "optout", help=QT_TRANSLATE_NOOP("cli", "the opt-out list (never messaged again)")
    )
    opt_cmds = opt.add_subparsers(dest="optout_command", metavar="ACTION", required=True)
    add = opt_cmds.add_parser("add", help=QT_TRANSLATE_NOOP("cli", "block a number"))
    add.add_argument("number")
    add.add_argument(
        "--reason",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "how the request came (kept as a note)"),
    )
    add.add_argument(
        "--channel", choices=[c.value for c in OptOutChannel], default=OptOutChannel.MANUAL.value
    )
    add.set_defaults(handler=run_optout_add)
    oim = opt_cmds.add_parser(
        "import", help=QT_TRANSLATE_NOOP("cli", "a provider's STOP/blacklist export or a list")
    )
    oim.add_argument("file", type=Path)
    oim.set_defaults(handler=run_optout_import)
    opt_cmds.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "list blocked numbers")).set_defaults(
        handler=run_optout_list
    )
    rem = opt_cmds.add_parser(
        "remove", help=QT_TRANSLATE_NOOP("cli", "unblock a number (needs a written reason)")
    )
    rem.add_argument("number")
    rem.add_argument("--reason", required=True)
    rem.set_defaults(handler=run_optout_remove)

    consent = commands.add_parser(
        "consent",
        help=QT_TRANSLATE_NOOP(
            "cli", "record consent or refusal; unanswered requests after two months"
        ),
    )
    consent_cmds = consent.add_subparsers(dest="decision", metavar="ACTION", required=True)
    for decision, help_text in (
        ("grant", QT_TRANSLATE_NOOP("cli", "record a contact's consent")),
        ("refuse", QT_TRANSLATE_NOOP("cli", "record a contact's refusal")),
    ):
        record = consent_cmds.add_parser(decision, help=help_text)
        record.add_argument("number")
        record.add_argument(
            "--evidence",
            required=True,
            help=QT_TRANSLATE_NOOP("cli", "the reply or form, with its date"),
        )
        record.set_defaults(handler=run_consent)
    expired = consent_cmds.add_parser(
        "expired",
        help=QT_TRANSLATE_NOOP(
            "cli", "contacts whose consent request went unanswered for two months"
        ),
    )
    expired.add_argument(
        "--erase",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "erase them; their numbers stay blocked so they are never asked again"
        ),
    )
    expired.set_defaults(handler=run_consent_expired)

    rig = commands.add_parser(
        "rights", help=QT_TRANSLATE_NOOP("cli", "answer a data-protection request")
    )
    rig.add_argument("action", choices=["show", "export", "erase", "oppose"])
    rig.add_argument("number")
    rig.add_argument(
        "--out", type=Path, help=QT_TRANSLATE_NOOP("cli", "file for `rights export` (JSON)")
    )
    rig.set_defaults(handler=run_rights)


def run_optout_add(rt: Runtime) -> Result:
    from ..services import optouts

    added = optouts.record_opt_out(
        rt.db(),
        rt.args.number,
        channel=OptOutChannel(rt.args.channel),
        note=rt.args.reason,
        actor=rt.ctx.actor,
        now=rt.ctx.clock(),
    )
    key = (
        QT_TRANSLATE_NOOP("messages", "The number is now blocked for good.")
        if added
        else QT_TRANSLATE_NOOP("messages", "The number was already blocked.")
    )
    return Result({"added": added}, rt.say(key))


def run_optout_import(rt: Runtime) -> Result:
    from ..services import optouts

    report = optouts.import_opt_outs(rt.db(), rt.args.file, actor=rt.ctx.actor, now=rt.ctx.clock())
    data = {
        "added": report.added,
        "already": report.already,
        "invalid": report.invalid,
        "rejected": [{"row": r, "value": v} for r, v in report.rejected],
    }
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages", "{added} blocked, {already} already blocked, {invalid} invalid."
        ),
        added=report.added,
        already=report.already,
        invalid=report.invalid,
    )
    return Result(data, text)


def run_optout_list(rt: Runtime) -> Result:
    from ..services import optouts
    from ..services.profile import get_profile

    found = optouts.list_opt_outs(rt.db())
    data = [
        {"phone": o.phone, "since": o.created_at.isoformat(), "channel": o.channel.value}
        for o in found
    ]
    tz = get_profile(rt.db()).timezone
    text = "\n".join(
        f"{format_national(o.phone):18} {local_day(o.created_at, tz)} {o.channel.value}"
        for o in found
    )
    return Result(data, text)


def run_optout_remove(rt: Runtime) -> Result:
    from ..services import optouts

    optouts.remove_opt_out(
        rt.db(), rt.args.number, reason=rt.args.reason, actor=rt.ctx.actor, now=rt.ctx.clock()
    )
    return Result(
        {"removed": True}, rt.say(QT_TRANSLATE_NOOP("messages", "The number is no longer blocked."))
    )


def run_consent(rt: Runtime) -> Result:
    from ..services import rights

    status = ConsentStatus.GRANTED if rt.args.decision == "grant" else ConsentStatus.REFUSED
    rights.set_consent(
        rt.db(),
        rt.args.number,
        status,
        evidence=rt.args.evidence,
        actor=rt.ctx.actor,
        now=rt.ctx.clock(),
    )
    return Result(
        {"consent": status.value},
        rt.say(
            QT_TRANSLATE_NOOP("messages", "Consent recorded: {status}."),
            status=rt.t(CONSENT_LABELS[status]),
        ),
    )


def run_consent_expired(rt: Runtime) -> Result:
    from ..services import consent_expiry
    from ..services.profile import get_profile

    now = rt.ctx.clock()
    if rt.args.erase:
        erased = consent_expiry.erase_expired(rt.db(), actor=rt.ctx.actor, now=now)
        return Result(
            {"erased": erased},
            rt.say(
                Plural.translate(
                    "messages",
                    "%Ln contact(s) erased; their numbers stay blocked so that they are "
                    "never asked again.",
                    "",
                    0,
                ),
                count=erased,
            ),
        )
    found = consent_expiry.expired_requests(rt.db(), now=now)
    heading = rt.say(
        Plural.translate(
            "messages",
            "%Ln contact(s) left the consent request unanswered for two months. Erase them "
            "with: campagne consent expired --erase",
            "",
            0,
        ),
        count=len(found),
    )
    tz = get_profile(rt.db()).timezone
    lines = [
        f"  {format_national(e.phone):18} {e.first_name} {e.last_name} · "
        f"{local_day(e.asked_at, tz):%d/%m/%Y}"  # the campaign's day, not UTC's
        for e in found
    ]
    return Result({"expired": [e.as_json() for e in found]}, "\n".join([heading, *lines]))


def run_rights(rt: Runtime) -> Result:
    from ..services import rights

    a = rt.args
    now = rt.ctx.clock()
    if a.action == "show":
        data = rights.subject_data(rt.db(), a.number).as_json()
        return Result(data, _format_subject(data))
    if a.action == "export":
        if a.out is None:
            raise rights.RightsError(
                QT_TRANSLATE_NOOP("messages", "Give the file with --out FILE.")
            )
        path = rights.export_subject_data(rt.db(), a.number, a.out, actor=rt.ctx.actor, now=now)
        return Result(
            {"path": str(path)},
            rt.say(QT_TRANSLATE_NOOP("messages", "Written to {path}."), path=str(path)),
        )
    counts = rights.erase_subject(
        rt.db(), a.number, actor=rt.ctx.actor, now=now, oppose=a.action == "oppose"
    )
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Erased: contacts {contacts}, messages {messages}. Numbers blocked: {opt_outs}.",
        ),
        **counts,
    )
    return Result(counts, text)


def _format_subject(data: dict[str, Any]) -> str:
    lines = [str(data["phone"])]
    contact = data["contact"]
    if contact:
        lines += [f"  {k}: {v}" for k, v in contact.items() if k != "source"]
        lines += [f"  source.{k}: {v}" for k, v in contact["source"].items()]
    lines.append(f"  opt-out: {data['opt_out'] or '-'}")
    lines += [f"  batch {m['batch']} [{m['state']}]: {m['text']}" for m in data["messages"]]
    return "\n".join(lines)
