"""Provider credentials: from the provider's usual variables or a prompt, into a safe place.

Secrets go to the OS keyring when it is secure (``ctx.keyring.trusted``), else into the campaign
database, which SQLCipher encrypts: never into a file in clear. How to reach the API (endpoint,
service name) is not secret and lives in ``provider_account``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from ..context import AppContext
from ..domain.audit import AuditAction
from ..domain.enums import ProviderKey
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..providers.api import (
    ApiSpec,
    CredentialsRefusedError,
    ProviderError,
    SmsProviderApi,
    TransientError,
    api_spec,
    build_api,
    check_endpoint,
)
from ..storage.database import Database
from ..storage.models import Profile, ProviderAccount, StoredSecret
from ..storage.secrets import SecretStoreError
from . import audit

SECRET_PREFIX = "provider/"


class CredentialStore(StrEnum):
    KEYRING = "keyring"
    DATABASE = "database"
    NONE = "none"


class ProviderCredentialsError(UserError):
    pass


@dataclass(frozen=True)
class ProviderSettings:
    key: str
    display_name: str
    endpoint: str
    service: str
    sender_for_response: bool
    store: CredentialStore

    @property
    def has_credentials(self) -> bool:
        return self.store is not CredentialStore.NONE

    def as_json(self) -> dict[str, Any]:
        return {
            "provider": self.key,
            "name": self.display_name,
            "endpoint": self.endpoint,
            "service": self.service,
            "sender_for_response": self.sender_for_response,
            "credentials": self.has_credentials,
            "stored_in": self.store.value,
        }


def secret_name(key: str) -> str:
    return SECRET_PREFIX + key


def credentials_from_env(spec: ApiSpec, environ: Mapping[str, str]) -> dict[str, str] | None:
    """Every field of ``spec`` from its usual variable, or None if one is missing."""
    values = {f.name: environ.get(f.env, "").strip() for f in spec.fields}
    return values if all(values.values()) else None


def _current_key(db: Database) -> str:
    with db.session() as session:
        profile = session.get(Profile, 1)
        return profile.provider if profile is not None else ""


def save_credentials(
    ctx: AppContext,
    db: Database,
    key: str,
    values: Mapping[str, str],
    *,
    endpoint: str = "",
    service: str = "",
    sender_for_response: bool = False,
    now: datetime,
) -> ProviderSettings:
    """Store ``values`` for provider ``key`` and make it the campaign's provider."""
    spec = api_spec(key)
    missing = [f.name for f in spec.fields if not values.get(f.name, "").strip()]
    if missing:
        raise ProviderCredentialsError(
            QT_TRANSLATE_NOOP("messages", "Credentials missing for {provider}: {names}."),
            provider=spec.display_name,
            names=", ".join(missing),
        )
    if spec.needs_service and not service.strip():
        raise ProviderCredentialsError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{provider} needs the name of your SMS service (--service sms-xx11111-1).",
            ),
            provider=spec.display_name,
        )
    if endpoint:
        endpoint = check_endpoint(_expand_region(spec, endpoint))
    payload = json.dumps({f.name: values[f.name].strip() for f in spec.fields})
    store = CredentialStore.KEYRING if ctx.keyring.trusted else CredentialStore.DATABASE
    if store is CredentialStore.KEYRING:
        try:
            ctx.secrets.set(secret_name(spec.key), payload)
        except SecretStoreError:
            store = CredentialStore.DATABASE  # the keyring is locked: the encrypted database
    with db.session() as session:
        row = session.get(StoredSecret, secret_name(spec.key))
        if store is CredentialStore.DATABASE:
            if row is None:
                session.add(StoredSecret(name=secret_name(spec.key), value=payload))
            else:
                row.value = payload
        elif row is not None:
            session.delete(row)  # one copy only, in the safer place
        account = session.get(ProviderAccount, spec.key)
        if account is None:
            account = ProviderAccount(key=spec.key, updated_at=now)
            session.add(account)
        account.endpoint = endpoint
        account.service = service.strip()
        account.sender_for_response = sender_for_response
        account.updated_at = now
        profile = session.get(Profile, 1)
        if profile is not None:
            profile.provider = spec.key
        audit.record(
            session,
            at=now,
            actor=ctx.actor,
            action=AuditAction.PROVIDER_CREDENTIALS_SET,
            counts={store: 1},  # where they went: keyring or the encrypted database
            kind=ProviderKey(spec.key),
        )
    return get_settings(ctx, db, spec.key)


def _expand_region(spec: ApiSpec, endpoint: str) -> str:
    if spec.key == "ovh":
        from ..providers.api.ovh import REGIONS

        return REGIONS.get(endpoint, endpoint)
    return endpoint


def load_credentials(ctx: AppContext, db: Database, key: str) -> dict[str, str] | None:
    name = secret_name(api_spec(key).key)
    raw = ctx.secrets.get(name) if ctx.keyring.trusted else None
    if raw is None:
        with db.session() as session:
            row = session.get(StoredSecret, name)
            raw = row.value if row is not None else None
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None


def _store_of(ctx: AppContext, db: Database, key: str) -> CredentialStore:
    name = secret_name(key)
    if ctx.keyring.trusted and ctx.secrets.get(name) is not None:
        return CredentialStore.KEYRING
    with db.session() as session:
        if session.get(StoredSecret, name) is not None:
            return CredentialStore.DATABASE
    return CredentialStore.NONE


def get_settings(ctx: AppContext, db: Database, key: str = "") -> ProviderSettings:
    """The provider ``key`` (default: the campaign's) and whether its credentials are set."""
    spec = api_spec(key or _current_key(db))
    with db.session() as session:
        account = session.get(ProviderAccount, spec.key)
        endpoint = (account.endpoint if account else "") or spec.default_endpoint
        service = account.service if account else ""
        replies = bool(account.sender_for_response) if account else False
    return ProviderSettings(
        key=spec.key,
        display_name=spec.display_name,
        endpoint=endpoint,
        service=service,
        sender_for_response=replies,
        store=_store_of(ctx, db, spec.key),
    )


def open_api(
    ctx: AppContext, db: Database, key: str = "", *, timeout: float | None = None
) -> SmsProviderApi:
    """The adapter of the campaign's provider, with its stored credentials."""
    settings = get_settings(ctx, db, key)
    credentials = load_credentials(ctx, db, settings.key)
    if credentials is None:
        raise ProviderCredentialsError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No credentials for {provider} yet: run campagne provider set {name} (or fill "
                "them in Settings).",
            ),
            provider=settings.display_name,
            name=settings.key,
        )
    return build_api(
        settings.key,
        credentials,
        endpoint=settings.endpoint,
        service=settings.service,
        sender_for_response=settings.sender_for_response,
        timeout=timeout,
        # OVHcloud schedules relative to now: the app's clock, not the machine's, decides.
        clock=lambda: ctx.clock().timestamp(),
    )


PROVIDER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "messages",
    "{provider} could not be reached ({reason}). Nothing was lost: run the same command again "
    "later.",
)
PROVIDER_REFUSED_CREDENTIALS = QT_TRANSLATE_NOOP(
    "messages",
    "{provider} refused the credentials ({reason}). Check them, or create new ones, then run "
    "campagne provider set again.",
)
PROVIDER_REFUSED = QT_TRANSLATE_NOOP("messages", "{provider} refused the request: {reason}")


def provider_failure(display_name: str, error: ProviderError) -> UserError:
    """A provider's error as a message the user can act on."""
    if isinstance(error, CredentialsRefusedError):
        key = PROVIDER_REFUSED_CREDENTIALS
    elif isinstance(error, TransientError):
        key = PROVIDER_UNREACHABLE
    else:
        key = PROVIDER_REFUSED
    return ProviderCredentialsError(key, provider=display_name, reason=error.reason)


def check_provider(ctx: AppContext, db: Database, key: str = "") -> str:
    """Ask the provider who we are (credit left...): raises a UserError if it refuses."""
    settings = get_settings(ctx, db, key)
    api = open_api(ctx, db, settings.key)
    try:
        return api.check_credentials()
    except ProviderError as error:
        raise provider_failure(settings.display_name, error) from None
    finally:
        api.close()
