"""Opening a campaign derives a passphrase's key once, and skips Alembic when nothing is to do."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import text

from campagne_desktop.storage import database, migrate
from campagne_desktop.storage.database import DatabaseKey, open_database


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every SQLCipher connection made (each one runs the key derivation of a passphrase)."""
    made: list[object] = []
    real = database._connect

    def counting(path, key):  # type: ignore[no-untyped-def]
        made.append(path)
        return real(path, key)

    monkeypatch.setattr(database, "_connect", counting)
    return made


def test_opening_and_one_query_connect_once(tmp_path, connections) -> None:
    key = DatabaseKey(passphrase="une phrase de passe assez longue")
    open_database(tmp_path / "c.db", key).close()
    connections.clear()
    db = open_database(tmp_path / "c.db", key)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM contact")).scalar_one() == 0
    db.close()
    assert len(connections) == 1


def test_current_schema_is_not_migrated_again(tmp_path, monkeypatch) -> None:
    key = DatabaseKey(passphrase="une phrase de passe assez longue")
    open_database(tmp_path / "c.db", key).close()
    head = migrate.head_revision()  # through Alembic
    monkeypatch.setitem(sys.modules, "alembic", None)  # any Alembic import now fails
    db = open_database(tmp_path / "c.db", key)
    assert migrate._stored_revision(db.engine) == migrate._declared_head() == head
    db.close()
