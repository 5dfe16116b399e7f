"""The application context: built once at start-up and passed down. Nothing else is global."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from .paths import AppPaths
from .storage.secrets import (
    KeyringAdapter,
    KeyringSecretStore,
    KeyringStatus,
    SecretStore,
    campaign_service,
)


class PassphrasePurpose(StrEnum):
    CREATE = "create"  # a new campaign: ask twice, explain why there is no keyring
    OPEN = "open"


# Asked when the key cannot come from the keyring: returns the passphrase, or None if cancelled.
PassphraseProvider = Callable[[PassphrasePurpose], str | None]


def utc_now() -> datetime:
    return datetime.now(UTC)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) or no login name (Windows services)
        return "utilisateur"


def no_passphrase(_purpose: PassphrasePurpose) -> str | None:
    return None


@dataclass
class AppContext:
    paths: AppPaths
    secrets: SecretStore
    keyring: KeyringStatus
    clock: Callable[[], datetime] = utc_now
    actor: str = field(default_factory=current_user)
    ask_passphrase: PassphraseProvider = no_passphrase

    @classmethod
    def build(
        cls,
        paths: AppPaths,
        *,
        ask_passphrase: PassphraseProvider = no_passphrase,
        clock: Callable[[], datetime] = utc_now,
        trust_keyring: bool | None = None,
    ) -> AppContext:
        """The context for ``paths``; ``trust_keyring`` overrides the backend's own ranking."""
        keyring = KeyringAdapter.from_environment()
        status = keyring.status()
        if trust_keyring is not None:
            status = KeyringStatus(
                usable=status.usable and trust_keyring,
                secure=trust_keyring,
                backend=status.backend,
            )
        return cls(
            paths=paths,
            secrets=KeyringSecretStore(campaign_service(paths.data_dir), keyring),
            keyring=status,
            clock=clock,
            ask_passphrase=ask_passphrase,
        )
