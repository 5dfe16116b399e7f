"""The campaign's write lock: one writer at a time (a window, or a command that changes data).

A lock file in the data folder, locked with the operating system's advisory lock (``fcntl.flock``
on POSIX, ``msvcrt.locking`` on Windows). Hand-written rather than a dependency because these
thirty lines are all it takes, and the lock dies with its process: a crashed window never leaves a
stale lock behind. Readers never take it: SQLite's WAL lets them read while a writer writes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from pathlib import Path

from .errors import CampaignBusyError, ReadOnlyCampaignError

WAIT_SECONDS = 5.0  # a second writer waits this long for the first to finish, then gives up
POLL_SECONDS = 0.1

# sys.platform, not os.name: mypy then checks only the branch of the platform it runs on.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class CampaignLock:
    """``with CampaignLock(path):`` or ``acquire()``/``release()``; re-entrant in one object."""

    def __init__(self, path: Path, *, wait: float | None = None) -> None:
        self.path = path
        self.wait = WAIT_SECONDS if wait is None else wait
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, waiting up to ``wait`` seconds; :class:`CampaignBusyError` if not."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError:
            raise ReadOnlyCampaignError(str(self.path.parent)) from None
        except OSError as error:
            if error.errno == errno.EROFS:
                raise ReadOnlyCampaignError(str(self.path.parent)) from None
            raise
        deadline = time.monotonic() + self.wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise CampaignBusyError()
            time.sleep(POLL_SECONDS)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):  # closing the file releases it anyway
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> CampaignLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
