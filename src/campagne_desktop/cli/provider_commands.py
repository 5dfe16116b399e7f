"""provider: which SMS provider's API the campaign uses, and its credentials (never shown)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..providers.api import API_SPECS, api_spec
from ..services import provider_credentials as creds
from .runtime import Result, Runtime


def register(commands: argparse._SubParsersAction[Any]) -> None:
    prov = commands.add_parser("provider", help="the SMS provider's API and its credentials")
    cmds = prov.add_subparsers(dest="provider_command", metavar="ACTION", required=True)
    set_ = cmds.add_parser(
        "set",
        help="store credentials (from the provider's usual variables, or asked) and use it",
    )
    set_.add_argument("name", choices=sorted(API_SPECS))
    set_.add_argument("--endpoint", default="", metavar="URL", help="API address or region")
    set_.add_argument("--service", default="", metavar="NAME", help="OVHcloud SMS service name")
    set_.add_argument(
        "--sender-for-response",
        action="store_true",
        help="OVHcloud: send from a number that can receive replies (no sender name)",
    )
    set_.set_defaults(handler=run_set)
    cmds.add_parser("test", help="check the stored credentials").set_defaults(handler=run_test)
    cmds.add_parser(
        "show", help="which provider, where, and whether credentials are set"
    ).set_defaults(handler=run_show)


def _ask(rt: Runtime, name: str) -> dict[str, str]:
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
    settings = creds.get_settings(rt.ctx, rt.db())
    answer = creds.check_provider(rt.ctx, rt.db(), settings.key)
    text = rt.say(
        QT_TRANSLATE_NOOP("messages", "{provider} accepted the credentials: {answer}"),
        provider=settings.display_name,
        answer=answer,
    )
    return Result(settings.as_json() | {"answer": answer}, text)


def run_show(rt: Runtime) -> Result:
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
