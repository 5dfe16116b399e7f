"""The write lock and the typed storage errors (busy, read-only, full), from SQLite's codes."""

from __future__ import annotations

import pytest
import sqlcipher3
from sqlalchemy.exc import OperationalError

from campagne_desktop.storage import database as database_module
from campagne_desktop.storage.database import DatabaseKey, WrongKeyError, open_database
from campagne_desktop.storage.errors import (
    CampaignBusyError,
    DiskFullError,
    ReadOnlyCampaignError,
    StorageIOError,
    storage_error,
)
from campagne_desktop.storage.lock import CampaignLock

KEY = DatabaseKey(passphrase="correct horse battery staple")


def sqlite_failure(code: int) -> OperationalError:
    """What SQLAlchemy raises for a SQLite failure; the text is deliberately not English."""
    original = sqlcipher3.OperationalError("message localisé")
    original.sqlite_errorcode = code
    return OperationalError("INSERT ...", {}, original)


def test_one_holder_at_a_time(tmp_path) -> None:
    first = CampaignLock(tmp_path / "campagne.lock")
    second = CampaignLock(tmp_path / "campagne.lock", wait=0.2)
    with first:
        with pytest.raises(CampaignBusyError, match="in use by another window or command"):
            second.acquire()
        assert not second.held
    with second:
        assert second.held
    assert (tmp_path / "campagne.lock").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (5, CampaignBusyError),  # SQLITE_BUSY
        (6, CampaignBusyError),  # SQLITE_LOCKED
        (8, ReadOnlyCampaignError),
        (13, DiskFullError),
        (10 | (13 << 8), StorageIOError),  # an extended IOERR code
        (14, StorageIOError),
    ],
)
def test_sqlite_codes_become_typed_errors(code, kind) -> None:
    assert isinstance(storage_error(sqlite_failure(code), "/campagne"), kind)


def test_other_codes_are_not_ours() -> None:
    assert storage_error(sqlite_failure(1), "/campagne") is None
    assert storage_error(ValueError("x"), "/campagne") is None


def test_a_failed_commit_is_typed_and_rolled_back(tmp_path, monkeypatch) -> None:
    from sqlalchemy import text

    db = open_database(tmp_path / "c.db", KEY)
    try:
        with db.session() as session:
            session.execute(text("CREATE TABLE t (x INTEGER)"))
        with pytest.raises(DiskFullError, match="disk is full"), db.session() as session:
            session.execute(text("INSERT INTO t VALUES (1)"))
            raise sqlite_failure(13)
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM t")).scalar() == 0
    finally:
        db.close()


def test_a_read_only_folder_is_not_a_wrong_passphrase(tmp_path, monkeypatch) -> None:
    open_database(tmp_path / "c.db", KEY).close()
    # Tests may run as root, who writes anywhere: the folder's answer is simulated.
    monkeypatch.setattr(database_module.os, "access", lambda *_a, **_k: False)
    with pytest.raises(ReadOnlyCampaignError, match="read-only") as raised:
        open_database(tmp_path / "c.db", KEY)
    assert not isinstance(raised.value, WrongKeyError)


def test_a_wrong_key_is_still_a_wrong_key(tmp_path) -> None:
    open_database(tmp_path / "c.db", KEY).close()
    with pytest.raises(WrongKeyError):
        open_database(tmp_path / "c.db", DatabaseKey(passphrase="another passphrase"))
