"""Keyring backends for tests, selected with PYTHON_KEYRING_BACKEND=tests.fake_keyring.NAME.

``SecureKeyring`` stands for a working secure system keyring (Secret Service, Keychain...): it
ranks like one (priority > 1, not a ``keyrings.alt`` module). Its entries live in a JSON file
under ``$XDG_DATA_HOME`` so that a command run in a subprocess sees what another one stored, as
with a real keyring; each test has its own XDG folders (conftest.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, PasswordDeleteError


def _store_path() -> Path:
    root = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return root / "fake-secure-keyring.json"


class SecureKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        return 5

    @staticmethod
    def entries() -> dict[str, str]:
        try:
            return dict(json.loads(_store_path().read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    @staticmethod
    def _save(entries: dict[str, str]) -> None:
        path = _store_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(entries), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self.entries()
        entries[f"{service}\x00{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self.entries()
        if entries.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._save(entries)


class RefusingDeleteKeyring(SecureKeyring):
    """Reads and stores, but refuses every deletion (a policy, a locked collection...)."""

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("refused")


class LockedKeyring(SecureKeyring):
    """A secure keyring that is locked: every call fails."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("locked")


class DbusMissingKeyring(SecureKeyring):
    """What a Secret Service backend does without a D-Bus session: RuntimeError everywhere."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    set_password = delete_password = get_password  # type: ignore[assignment]
