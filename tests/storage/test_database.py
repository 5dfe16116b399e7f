from __future__ import annotations

import os
import secrets

import pytest
import sqlcipher3
from sqlalchemy import text

from campagne_desktop.storage.database import DatabaseKey, WrongKeyError, open_database
from campagne_desktop.storage.migrate import (
    NewerDatabaseError,
    current_revision,
    head_revision,
    upgrade_to_head,
)


@pytest.fixture
def raw_key() -> DatabaseKey:
    return DatabaseKey(raw=secrets.token_bytes(32))


def test_file_is_encrypted_and_owner_only(tmp_path, raw_key) -> None:
    path = tmp_path / "c.db"
    db = open_database(path, raw_key)
    with db.session() as s:
        s.execute(text("CREATE TABLE probe (v TEXT)"))
        s.execute(text("INSERT INTO probe VALUES ('Marie Exemple +33612345678')"))
    db.close()
    content = path.read_bytes()
    assert not content.startswith(b"SQLite format 3")
    assert b"Marie" not in content and b"+3361" not in content
    assert (path.stat().st_mode & 0o777) == 0o600


def test_reopen_with_the_right_key(tmp_path, raw_key) -> None:
    path = tmp_path / "c.db"
    open_database(path, raw_key).close()
    db = open_database(path, raw_key)
    assert current_revision(db.engine) == head_revision()
    db.close()


@pytest.mark.parametrize(
    "wrong",
    [DatabaseKey(raw=b"\x01" * 32), DatabaseKey(passphrase="not the passphrase")],
)
def test_wrong_key_gives_a_clear_message(tmp_path, raw_key, wrong) -> None:
    path = tmp_path / "c.db"
    open_database(path, raw_key).close()
    with pytest.raises(WrongKeyError, match="key or passphrase is wrong"):
        open_database(path, wrong)


def test_passphrase_with_quotes_works(tmp_path) -> None:
    key = DatabaseKey(passphrase='it\'s a "long" phrase; DROP TABLE')
    path = tmp_path / "c.db"
    open_database(path, key).close()
    open_database(path, DatabaseKey(passphrase='it\'s a "long" phrase; DROP TABLE')).close()


def test_key_never_shows_in_repr() -> None:
    raw = secrets.token_bytes(32)
    assert raw.hex() not in repr(DatabaseKey(raw=raw))


def test_migrations_create_every_table_on_an_empty_database(tmp_path, raw_key) -> None:
    db = open_database(tmp_path / "c.db", raw_key)
    with db.engine.connect() as c:
        tables = {
            r[0] for r in c.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
        fk = c.execute(text("PRAGMA foreign_keys")).scalar()
        journal = c.execute(text("PRAGMA journal_mode")).scalar()
    db.close()
    assert {
        "campaign_profile",
        "source",
        "contact",
        "opt_out",
        "template",
        "batch",
        "batch_message",
        "audit_event",
        "exported_file",
        "alembic_version",
    } <= tables
    assert fk == 1
    assert journal == "wal"


def test_migrating_twice_is_harmless(tmp_path, raw_key) -> None:
    db = open_database(tmp_path / "c.db", raw_key)
    upgrade_to_head(db.engine)
    assert current_revision(db.engine) == head_revision()
    db.close()


def test_database_from_a_newer_version_is_refused(tmp_path, raw_key) -> None:
    path = tmp_path / "c.db"
    db = open_database(path, raw_key)
    with db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(path, raw_key)


def test_plain_sqlite_file_is_not_opened(tmp_path, raw_key) -> None:
    path = tmp_path / "plain.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute("CREATE TABLE t (v)")
    conn.commit()
    conn.close()
    assert path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(WrongKeyError):
        open_database(path, raw_key)
    assert os.path.getsize(path) > 0


def test_models_and_migrations_agree() -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from campagne_desktop.storage.models import Base

    engine = create_engine("sqlite://")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        # The trigram search index (0004_perf) is a virtual table the models do not describe.
        context = MigrationContext.configure(
            connection,
            opts={"include_name": lambda name, *_: not str(name).startswith("contact_fts")},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "add a migration for the model change (README, migrations)"


def test_database_of_the_previous_schema_is_migrated_with_its_data(tmp_path, raw_key) -> None:
    """A 0001 database with contacts opens under 0002: the new search column is filled in."""
    from sqlalchemy import create_engine

    from campagne_desktop.storage import database

    path = tmp_path / "old.db"
    engine = create_engine("sqlite://", creator=lambda: database._connect(path, raw_key))
    upgrade_to_head(engine, target="0001")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO source (id, kind, description, obtained_on, file_name, file_sha256, "
                "collection_wording, imported_by, created_at) VALUES (1, 'form', 'formulaire', "
                "'2026-02-01', '', '', '', 't', '2026-02-01 10:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO contact (phone, region, first_name, last_name, commune, postal_code, "
                "tags, source_id, consent, consent_evidence, created_at, updated_at) VALUES "
                "('+33612345678', 'FR', 'Zoé', 'Lefèvre', 'Saint-Étienne', '', '', 1, 'granted', "
                "'', '2026-02-01 10:00:00', '2026-02-01 10:00:00')"
            )
        )
    engine.dispose()
    db = open_database(path, raw_key)
    assert current_revision(db.engine) == head_revision() != "0001"
    with db.engine.connect() as c:
        assert c.execute(text("SELECT search_text FROM contact")).scalar() == (
            "zoe lefevre saint-etienne"
        )
    db.close()
