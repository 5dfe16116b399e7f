"""Secrets in the OS keyring: the database key and provider credentials.

:class:`KeyringAdapter` is the only code that calls the ``keyring`` library. Keyrings fail in many
ways: no backend at all (``NoKeyringError`` from the fail backend), locked, no D-Bus session
(``RuntimeError``, ``jeepney``/``dbus`` errors), entry absent, deletion refused
(``PasswordDeleteError``). The adapter turns every one of them into what it means for the app:
nothing can be read there (``None``), nothing was deleted, or :class:`SecretStoreError` when a
secret could not be stored. Only the error's type is logged, never its text (it may hold a name).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

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


# Backends that store nothing (fail, null) and those that store secrets in plain or weakly
# protected files (keyrings.alt): the first are unusable, the second usable but not secure.
_UNUSABLE_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_INSECURE_MODULES = ("keyrings.alt",)


def _leaf_backends(backend: Any) -> list[Any]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner else [backend]


def _priority(backend: Any) -> float:
    try:  # a classproperty that some backends compute by probing D-Bus, and that may raise
        return float(getattr(backend, "priority", 0))
    except Exception:
        return 0.0


class KeyringAdapter:
    """The system keyring, or its absence, behind four calls that never raise by surprise."""

    def __init__(self, backend: Any | None) -> None:
        self.backend = backend  # None: no backend could even be loaded

    @classmethod
    def from_environment(cls) -> KeyringAdapter:
        """The backend named by ``PYTHON_KEYRING_BACKEND``, else the one keyring detects.

        Loaded afresh for each context (not keyring's process-wide cache), so that what the
        environment says now is what is used."""
        try:
            import keyring.core

            name = os.environ.get("PYTHON_KEYRING_BACKEND")
            return cls(keyring.core.load_keyring(name) if name else keyring.core.get_keyring())
        except Exception as error:
            log.warning("No keyring backend could be loaded (%s)", type(error).__name__)
            return cls(None)

    def status(self) -> KeyringStatus:
        """Is there a keyring, and does it encrypt at rest? (cf. Vorta's backend ranking)"""
        if self.backend is None:
            return KeyringStatus(usable=False, secure=False, backend="none")
        leaves = _leaf_backends(self.backend)
        name = ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in leaves)
        usable = not any(type(b).__module__.startswith(_UNUSABLE_MODULES) for b in leaves)
        secure = usable and all(
            not type(b).__module__.startswith(_INSECURE_MODULES) and _priority(b) >= 1
            for b in leaves
        )
        return KeyringStatus(usable=usable, secure=secure, backend=name)

    def get(self, service: str, name: str) -> str | None:
        """The secret, or None when it is absent or the keyring cannot be read at all."""
        if self.backend is None:
            return None
        try:
            value = self.backend.get_password(service, name)
        except Exception as error:
            log.info("The keyring could not be read (%s)", type(error).__name__)
            return None
        return value if isinstance(value, str) else None

    def set(self, service: str, name: str, value: str) -> None:
        """Store the secret, or raise :class:`SecretStoreError` (no keyring, locked, refused)."""
        if self.backend is None:
            raise SecretStoreError("no keyring backend")
        try:
            self.backend.set_password(service, name, value)
        except Exception as error:
            raise SecretStoreError(type(error).__name__) from error

    def delete(self, service: str, name: str) -> bool:
        """Delete the secret; True when none is left that can be read, False when it stays."""
        if self.backend is None:
            return True
        try:
            self.backend.delete_password(service, name)
        except Exception as error:  # absent, refused, locked, no backend: see what is left
            log.info("The keyring did not delete an entry (%s)", type(error).__name__)
        return self.get(service, name) is None


def campaign_service(data_dir: Path) -> str:
    """One keyring service per campaign folder, so two campaigns never share a key."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"{SERVICE_PREFIX}/{digest}"


INDEX_NAME = "_names"  # keyrings cannot list entries: we keep the list, so a wipe finds them all


class KeyringSecretStore:
    """Secrets of one campaign in the OS keyring, under its own service name."""

    def __init__(self, service: str, keyring: KeyringAdapter | None = None) -> None:
        self.service = service
        self.keyring = keyring or KeyringAdapter.from_environment()

    def get(self, name: str) -> str | None:
        return self.keyring.get(self.service, name)

    def names(self) -> list[str]:
        raw = self.get(INDEX_NAME)
        try:
            return [str(n) for n in json.loads(raw)] if raw else []
        except (TypeError, ValueError):
            return []

    def set(self, name: str, value: str) -> None:
        self.keyring.set(self.service, name, value)
        names = self.names()
        if name not in names:
            self._write_index([*names, name])

    def delete(self, name: str) -> bool:
        """True when no readable copy of ``name`` is left (deleted, absent or no keyring)."""
        gone = self.keyring.delete(self.service, name)
        names = self.names()
        if name in names:
            self._write_index([n for n in names if n != name])
        return gone

    def _write_index(self, names: list[str]) -> None:
        # The index only helps the wipe find entries (it also deletes the database key by name):
        # a keyring that refuses to update it loses nothing that matters.
        if not names:
            self.keyring.delete(self.service, INDEX_NAME)
            return
        try:
            self.keyring.set(self.service, INDEX_NAME, json.dumps(names))
        except SecretStoreError as error:
            log.info("The keyring index could not be updated (%s)", error)
