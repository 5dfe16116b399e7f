"""What can go wrong with the campaign's files, as typed errors with a clear message.

SQLite reports these as ``OperationalError`` with an error code; :func:`storage_error` turns the
code (never the English text) into one of the errors below, so callers catch a type.
"""

from __future__ import annotations

from typing import Any

from ..domain.messages import QT_TRANSLATE_NOOP, UserError

# SQLite's primary result codes (https://sqlite.org/rescode.html), the low byte of the extended
# code that sqlite3/sqlcipher3 put on the exception as ``sqlite_errorcode``.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class CampaignStorageError(UserError):
    """The campaign's files cannot be used as they are; the message says why and what to do."""


class CampaignBusyError(CampaignStorageError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "The campaign is in use by another window or command. Close it, then try again.",
            )
        )


class ReadOnlyCampaignError(CampaignStorageError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "The campaign folder {path} is read-only: the app cannot write there. Give your "
                "account write access to it (or copy it to a writable place), then try again.",
            ),
            path=path,
        )


class DiskFullError(CampaignStorageError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "The disk is full: nothing was written and nothing was lost. Free some space, "
                "then try again.",
            )
        )


class StorageIOError(CampaignStorageError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "The campaign database {path} could not be read or written (disk error). "
                "Check the disk, then try again.",
            ),
            path=path,
        )


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code of ``error`` (or of the DB-API error it wraps)."""
    original: Any = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def storage_error(error: BaseException, path: str) -> CampaignStorageError | None:
    """The typed error for a SQLite failure, or None when it is not one of ours."""
    code = sqlite_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return CampaignBusyError()
    if code == SQLITE_READONLY:
        return ReadOnlyCampaignError(path)
    if code == SQLITE_FULL:
        return DiskFullError()
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return StorageIOError(path)
    return None
