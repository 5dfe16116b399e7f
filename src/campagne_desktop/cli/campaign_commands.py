"""init, profile, audit, demo: the campaign itself."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..domain.enums import ElectionKind, FooterForm
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.profile import EDITABLE_FIELDS, CampaignProfile
from ..domain.times import in_zone
from .runtime import Result, Runtime

# Each handler imports the services it needs: `campagne --version` must not load them all.


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def register(commands: argparse._SubParsersAction[Any]) -> None:
    init = commands.add_parser(
        "init", help=QT_TRANSLATE_NOOP("cli", "create the campaign and its encrypted database")
    )
    init.add_argument(
        "--candidate", required=True, help=QT_TRANSLATE_NOOP("cli", "candidate or list name")
    )
    init.add_argument(
        "--election",
        required=True,
        choices=[e.value for e in ElectionKind],
        help=QT_TRANSLATE_NOOP("cli", "election kind"),
    )
    init.add_argument(
        "--round1",
        required=True,
        type=_iso_date,
        help=QT_TRANSLATE_NOOP("cli", "first round (YYYY-MM-DD)"),
    )
    init.add_argument(
        "--round2",
        type=_iso_date,
        help=QT_TRANSLATE_NOOP("cli", "second round (YYYY-MM-DD), if any"),
    )
    init.add_argument(
        "--rights-contact",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "where people exercise their rights"),
    )
    init.add_argument(
        "--purpose", required=True, help=QT_TRANSLATE_NOOP("cli", "what the messages are for")
    )
    init.add_argument(
        "--sender-id",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "SMS sender name, 1-11 letters/digits"),
    )
    init.add_argument(
        "--stop-number", default="", help=QT_TRANSLATE_NOOP("cli", "STOP short number, e.g. 36111")
    )
    init.add_argument(
        "--privacy-url", default="", help=QT_TRANSLATE_NOOP("cli", "link to the privacy notice")
    )
    init.add_argument(
        "--timezone", default="Europe/Paris", help=QT_TRANSLATE_NOOP("cli", "campaign time zone")
    )
    init.add_argument(
        "--footer-form",
        default=FooterForm.FULL.value,
        choices=[f.value for f in FooterForm],
        help=QT_TRANSLATE_NOOP(
            "cli", "legal footer: full (every element) or short (with privacy link)"
        ),
    )
    init.set_defaults(handler=run_init)

    prof = commands.add_parser(
        "profile", help=QT_TRANSLATE_NOOP("cli", "show or change the campaign profile")
    )
    prof_cmds = prof.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    prof_cmds.add_parser("show", help=QT_TRANSLATE_NOOP("cli", "print the profile")).set_defaults(
        handler=run_profile_show
    )
    setter = prof_cmds.add_parser("set", help=QT_TRANSLATE_NOOP("cli", "change one field"))
    setter.add_argument("field", choices=EDITABLE_FIELDS, metavar="FIELD")
    setter.add_argument("value", metavar="VALUE")
    setter.set_defaults(handler=run_profile_set)

    aud = commands.add_parser(
        "audit", help=QT_TRANSLATE_NOOP("cli", "list what was done (no personal data)")
    )
    aud.add_argument(
        "--limit",
        type=int,
        default=100,
        help=QT_TRANSLATE_NOOP("cli", "how many events (newest first)"),
    )
    aud.set_defaults(handler=run_audit)

    dem = commands.add_parser(
        "demo", help=QT_TRANSLATE_NOOP("cli", "create a demonstration campaign with synthetic data")
    )
    dem.set_defaults(handler=run_demo)


def run_init(rt: Runtime) -> Result:
    from ..services import campaign

    a = rt.args
    new = CampaignProfile(
        candidate=a.candidate,
        election=ElectionKind(a.election),
        round1=a.round1,
        round2=a.round2,
        rights_contact=a.rights_contact,
        purpose=a.purpose,
        sender_id=a.sender_id,
        stop_number=a.stop_number,
        privacy_url=a.privacy_url,
        timezone=a.timezone,
        footer_form=FooterForm(a.footer_form),
    )
    db = campaign.create_campaign(rt.ctx, new)
    db.close()
    mode = campaign.key_mode(rt.ctx)
    text = rt.say(
        QT_TRANSLATE_NOOP("messages", "Campaign created in {path}; database encrypted ({mode})."),
        path=str(rt.ctx.paths.data_dir),
        mode=rt.t(KEY_MODE_LABELS[mode.value]),
    )
    return Result(
        {"data_dir": str(rt.ctx.paths.data_dir), "key_mode": mode.value, "profile": new.as_dict()},
        text,
    )


KEY_MODE_LABELS: dict[str, str] = {  # by KeyMode value
    "keyring": QT_TRANSLATE_NOOP("messages", "key in the system keyring"),
    "passphrase": QT_TRANSLATE_NOOP("messages", "key from your passphrase"),
}


def _profile_text(p: CampaignProfile) -> str:
    return "\n".join(f"{name:22} {value}" for name, value in p.as_dict().items() if name != "extra")


def run_profile_show(rt: Runtime) -> Result:
    from ..services import profile

    current = profile.get_profile(rt.db())
    return Result(current.as_dict(), _profile_text(current))


def run_profile_set(rt: Runtime) -> Result:
    from ..services import profile

    updated = profile.set_field(
        rt.db(), rt.args.field, rt.args.value, actor=rt.ctx.actor, now=rt.ctx.clock()
    )
    return Result(updated.as_dict(), _profile_text(updated))


def run_audit(rt: Runtime) -> Result:
    from ..services import audit, profile

    events = audit.list_events(rt.db(), limit=rt.args.limit)
    tz = profile.get_profile(rt.db()).timezone
    data = [e.as_json() for e in events]
    lines = [
        f"{in_zone(e.at, tz):%Y-%m-%d %H:%M %z}  {e.actor:12} {e.action:24} "
        + " ".join([e.detail, *(f"{k}={v}" for k, v in e.counts.items())]).strip()
        for e in events
    ]
    return Result(data, "\n".join(lines))


def run_demo(rt: Runtime) -> Result:
    from ..services import demo

    summary = demo.create_demo(rt.ctx)
    text = rt.say(
        QT_TRANSLATE_NOOP("messages", "Demonstration campaign created in {path}."),
        path=str(rt.ctx.paths.data_dir),
    )
    return Result(summary, text)
