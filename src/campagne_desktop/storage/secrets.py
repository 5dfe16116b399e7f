"""Secrets in the OS keyring: the database key and provider credentials."""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors

SERVICE_PREFIX = "campagne-desktop"


class SecretStoreError(Exception):
    """The keyring refused to store a secret (locked, no D-Bus session, access denied...)."""


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> bool: ...
    def names(self) -> list[str]: ...


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    secure: bool
    backend: str

    @property
    def trusted(self) -> bool:
        return self.usable and self.secure


def _leaf_backends(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner else [backend]


def keyring_status() -> KeyringStatus:
    """Is there a keyring, and does it encrypt at rest? (cf. Vorta's backend ranking)"""
    backend = keyring.get_keyring()
    leaves = _leaf_backends(backend)
    name = ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in leaves)
    usable = not any(
        type(b).__module__.startswith(("keyring.backends.fail", "keyring.backends.null"))
        for b in leaves
    )
    # keyrings.alt stores secrets in plain or weakly protected files: usable, not secure.
    secure = usable and all(
        not type(b).__module__.startswith("keyrings.alt") and getattr(b, "priority", 0) >= 1
        for b in leaves
    )
    return KeyringStatus(usable=usable, secure=secure, backend=name)


def campaign_service(data_dir: Path) -> str:
    """One keyring service per campaign folder, so two campaigns never share a key."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"{SERVICE_PREFIX}/{digest}"


INDEX_NAME = "_names"  # keyrings cannot list entries: we keep the list, so a wipe finds them all


class KeyringSecretStore:
    """Secrets of one campaign in the OS keyring, under its own service name."""

    def __init__(self, service: str) -> None:
        self.service = service

    def get(self, name: str) -> str | None:
        try:
            return keyring.get_password(self.service, name)
        except keyring.errors.KeyringError:
            return None

    def names(self) -> list[str]:
        raw = self.get(INDEX_NAME)
        try:
            return [str(n) for n in json.loads(raw)] if raw else []
        except ValueError:
            return []

    def set(self, name: str, value: str) -> None:
        try:
            keyring.set_password(self.service, name, value)
        except keyring.errors.KeyringError as error:
            raise SecretStoreError(type(error).__name__) from error
        names = self.names()
        if name not in names:
            keyring.set_password(self.service, INDEX_NAME, json.dumps([*names, name]))

    def delete(self, name: str) -> bool:
        try:
            keyring.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            return False
        finally:
            remaining = [n for n in self.names() if n != name]
            if remaining:
                keyring.set_password(self.service, INDEX_NAME, json.dumps(remaining))
            else:
                with contextlib.suppress(keyring.errors.PasswordDeleteError):
                    keyring.delete_password(self.service, INDEX_NAME)
        return True
