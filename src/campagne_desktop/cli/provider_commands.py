"""provider: which SMS provider's API the campaign uses, and its credentials (never shown)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from ..domain.enums import API_PROVIDERS
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from .runtime import Result, Runtime


def register(commands: argparse._SubParsersAction[Any]) -> None:
    prov = commands.add_parser(
        "provider", help=QT_TRANSLATE_NOOP("cli", "the SMS provider's API and its credentials")
    )
    cmds = prov.add_subparsers(dest="provider_command", metavar="ACTION", required=True)
    set_ = cmds.add_parser(
        "set",
        help=QT_TRANSLATE_NOOP(
            "cli", "store credentials (from the provider's usual variables, or asked) and use it"
        ),
    )
    set_.add_argument("name", choices=sorted(p.value for p in API_PROVIDERS))
    set_.add_argument(
        "--endpoint",
        default="",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("cli", "API address or region"),
    )
    set_.add_argument(
        "--service",
        default="",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "OVHcloud SMS service name"),
    )
    set_.add_argument(
        "--sender-for-response",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "OVHcloud: send from a number that can receive replies (no sender name)"
        ),
    )
    set_.set_defaults(handler=run_set)
    cmds.add_parser(
        "test", help=QT_TRANSLATE_NOOP("cli", "check the stored credentials")
    ).set_defaults(handler=run_test)
    wipe = cmds.add_parser(
        "wipe",
        help=QT_TRANSLATE_NOOP(
            "cli", "before `wipe`: delete sent messages and replies at the provider"
        ),
    )
    wipe.add_argument(
        "--confirm",
        required=True,
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the candidate's name"),
    )
    wipe.set_defaults(handler=run_wipe)
    cmds.add_parser(
        "show",
        help=QT_TRANSLATE_NOOP("cli", "which provider, where, and whether credentials are set"),
    ).set_defaults(handler=run_show)


def _ask(rt: Runtime, name: str) -> dict[str, str]:
    from ..providers.api import api_spec
    from ..services import provider_credentials as creds

    spec = api_spec(name)
    found = creds.credentials_from_env(spec, os.environ)
    if found is not None:
        return found
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Set {variables} in the environment, or run this command in a terminal to be "
                "asked for them.",
            ),
            variables=", ".join(f.env for f in spec.fields),
        )
    values = {}
    for f in spec.fields:
        prompt = f"{f.env}: "
        value = os.environ.get(f.env, "").strip()
        values[f.name] = value or (getpass.getpass(prompt) if f.secret else input(prompt)).strip()
    return values


def run_set(rt: Runtime) -> Result:
    from ..services import provider_credentials as creds

    a = rt.args
    values = _ask(rt, a.name)
    settings = creds.save_credentials(
        rt.ctx,
        rt.db(),
        a.name,
        values,
        endpoint=a.endpoint,
        service=a.service,
        sender_for_response=a.sender_for_response,
        now=rt.ctx.clock(),
    )
    if settings.store is creds.CredentialStore.KEYRING:
        text = rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "Credentials for {provider} stored in the system keyring. Check them with: "
                "campagne provider test",
            ),
            provider=settings.display_name,
        )
    else:
        text = rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "No secure system keyring: the credentials for {provider} are stored in the "
                "encrypted campaign database. Check them with: campagne provider test",
            ),
            provider=settings.display_name,
        )
    return Result(settings.as_json(), text)


def run_test(rt: Runtime) -> Result:
    from ..services import provider_credentials as creds

    settings = creds.get_settings(rt.ctx, rt.db())
    answer = creds.check_provider(rt.ctx, rt.db(), settings.key)
    text = rt.say(
        QT_TRANSLATE_NOOP("messages", "{provider} accepted the credentials: {answer}"),
        provider=settings.display_name,
        answer=answer,
    )
    return Result(settings.as_json() | {"answer": answer}, text)


def run_show(rt: Runtime) -> Result:
    from ..services import provider_credentials as creds

    settings = creds.get_settings(rt.ctx, rt.db())
    where = {
        creds.CredentialStore.KEYRING: QT_TRANSLATE_NOOP("messages", "in the system keyring"),
        creds.CredentialStore.DATABASE: QT_TRANSLATE_NOOP(
            "messages", "in the encrypted campaign database"
        ),
        creds.CredentialStore.NONE: QT_TRANSLATE_NOOP("messages", "not set"),
    }[settings.store]
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages", "Provider: {provider} ({endpoint}{service}). Credentials: {where}."
        ),
        provider=settings.display_name,
        endpoint=settings.endpoint,
        service=f", {settings.service}" if settings.service else "",
        where=rt.t(where),
    )
    return Result(settings.as_json(), text)


def run_wipe(rt: Runtime) -> Result:
    from ..services import provider_credentials as creds
    from ..services.profile import get_profile
    from ..services.provider_wipe import wipe_at_provider
    from ..services.wipe import require_confirmation

    db = rt.db()
    require_confirmation(rt.args.confirm, get_profile(db).candidate)
    settings = creds.get_settings(rt.ctx, db)
    api = creds.open_api(rt.ctx, db, settings.key)
    try:
        report = wipe_at_provider(
            rt.uow(),
            api,
            actor=rt.ctx.actor,
            now=rt.ctx.clock(),
            display_name=settings.display_name,
        )
    finally:
        api.close()
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Deleted at {provider}: sent messages {sent}, replies {replies}. Its STOP list "
            "is kept: it protects those who asked to stop. Ask {provider} to delete:",
        ),
        provider=settings.display_name,
        sent=report.sent_deleted,
        replies=report.replies_deleted,
    )
    text += "".join(f"\n  - {rt.t(key)}" for key in report.ask_by_hand)
    return Result(report.as_json(), text)
