"""The keyring adapter: every way a keyring fails means "no key there" or "not stored"."""

from __future__ import annotations

import pytest

from campagne_desktop.storage.secrets import (
    KeyringAdapter,
    KeyringSecretStore,
    SecretStoreError,
)
from tests.fake_keyring import (
    DbusMissingKeyring,
    LockedKeyring,
    RefusingDeleteKeyring,
    SecureKeyring,
)

FAILING = {
    "fail": "keyring.backends.fail.Keyring",
    "locked": "tests.fake_keyring.LockedKeyring",
    "dbus-missing": "tests.fake_keyring.DbusMissingKeyring",
    "not-importable": "no_such_module.Keyring",
}


@pytest.mark.parametrize("backend", list(FAILING.values()), ids=list(FAILING))
def test_a_keyring_that_cannot_work_holds_nothing_and_stores_nothing(monkeypatch, backend) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    store = KeyringSecretStore("campagne-desktop/test", KeyringAdapter.from_environment())
    assert store.get("database-key") is None
    assert store.names() == []
    assert store.delete("database-key") is True  # nothing readable is left
    with pytest.raises(SecretStoreError):
        store.set("database-key", "00" * 32)


@pytest.mark.parametrize(
    ("backend", "usable", "secure"),
    [
        ("keyring.backends.fail.Keyring", False, False),
        ("no_such_module.Keyring", False, False),
        ("keyrings.alt.file.PlaintextKeyring", True, False),
        ("tests.fake_keyring.SecureKeyring", True, True),
    ],
)
def test_status_ranks_the_backend(monkeypatch, backend, usable, secure) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    status = KeyringAdapter.from_environment().status()
    assert (status.usable, status.secure, status.trusted) == (usable, secure, usable and secure)


def test_a_working_keyring_keeps_an_index_for_the_wipe() -> None:
    store = KeyringSecretStore("svc", KeyringAdapter(SecureKeyring()))
    store.set("database-key", "k")
    store.set("provider:ovh", "p")
    assert store.names() == ["database-key", "provider:ovh"]
    assert store.delete("database-key") is True
    assert store.delete("database-key") is True  # absent: nothing there
    assert store.names() == ["provider:ovh"]
    assert store.delete("provider:ovh") is True
    assert SecureKeyring.entries() == {}  # the index went with the last entry


def test_a_refused_deletion_is_reported() -> None:
    SecureKeyring().set_password("svc", "database-key", "k")
    store = KeyringSecretStore("svc", KeyringAdapter(RefusingDeleteKeyring()))
    assert store.delete("database-key") is False
    assert store.get("database-key") == "k"


@pytest.mark.parametrize("backend", [LockedKeyring, DbusMissingKeyring])
def test_a_locked_or_unreachable_keyring_reads_as_empty(backend) -> None:
    SecureKeyring().set_password("svc", "database-key", "k")
    store = KeyringSecretStore("svc", KeyringAdapter(backend()))
    assert store.get("database-key") is None
