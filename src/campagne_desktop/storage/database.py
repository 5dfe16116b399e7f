"""Opening the encrypted campaign database: SQLCipher key, pragmas, migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from .errors import ReadOnlyCampaignError, storage_error
from .functions import register_functions
from .migrate import upgrade_to_head


class WrongKeyError(UserError):
    """The database key or passphrase does not open this database."""


class DatabaseKey:
    """A SQLCipher key: 32 random bytes (kept in the keyring) or a passphrase (SQLCipher's KDF)."""

    def __init__(self, *, raw: bytes | None = None, passphrase: str | None = None) -> None:
        if (raw is None) == (passphrase is None):
            raise ValueError("give exactly one of raw or passphrase")
        if raw is not None and len(raw) != 32:
            raise ValueError("a raw key is 32 bytes")
        self._raw = raw
        self._passphrase = passphrase

    def pragma(self) -> str:
        if self._raw is not None:
            # Raw-key form: SQLCipher skips its KDF, the key already is 256 random bits.
            return f"PRAGMA key = \"x'{self._raw.hex()}'\""
        assert self._passphrase is not None
        return "PRAGMA key = '" + self._passphrase.replace("'", "''") + "'"

    def __repr__(self) -> str:  # never leak the secret into a log or traceback
        return "DatabaseKey(<hidden>)"


@dataclass
class Database:
    """An open campaign database: the engine and a session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        A busy, read-only or full database raises the typed error of ``storage.errors``."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as error:
            session.rollback()
            typed = storage_error(error, str(self.path.parent))
            if typed is None:
                raise
            raise typed from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _connect(path: Path, key: DatabaseKey) -> Any:
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    # A wrong key is reported to the user as WrongKeyError; SQLCipher's own stderr log is noise.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key.pragma())
    return connection


def _require_writable(path: Path) -> None:
    """SQLite needs to write the database and create its -wal/-shm files beside it."""
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReadOnlyCampaignError(str(folder))


def open_database(path: Path, key: DatabaseKey) -> Database:
    """Open (creating if needed) the encrypted database at ``path`` and migrate it to the head.

    Raises :class:`WrongKeyError` when the key does not fit, and
    ``migrate.NewerDatabaseError`` when the file comes from a newer version of the app.
    """
    creating = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _require_writable(path)
    if creating:
        # Create the file owner-only before SQLCipher writes anything into it.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        probe = _connect(path, key)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            probe.close()
            raise
    except sqlcipher3.DatabaseError as error:
        # Only "not a database" means a wrong key (or a damaged file): a read-only folder or a
        # busy database is said as what it is.
        typed = storage_error(error, str(path.parent))
        if typed is not None:
            raise typed from None
        raise WrongKeyError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The campaign database could not be opened: the key or passphrase is wrong, "
                "or the file is damaged.",
            )
        ) from None

    # The probe becomes the engine's first connection: SQLCipher derives a passphrase's key
    # (about 0.2 s) once per connection, and most commands need only one.
    unused = [probe]

    def connect() -> Any:
        return unused.pop() if unused else _connect(path, key)

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Erased rows (rights erase, the audit purge) are zeroed, not left in free pages.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()
        register_functions(dbapi_connection)

    try:
        upgrade_to_head(engine)
    except DBAPIError as error:
        engine.dispose()
        typed = storage_error(error, str(path.parent))
        if typed is None:
            raise
        raise typed from error
    except BaseException:
        engine.dispose()
        raise
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            sidecar.chmod(0o600)
    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
