"""Writing a file for the user: owner-only, never half-written, never silently replacing one.

The content goes to a temporary file in the destination folder (created 0600 with O_EXCL by
``tempfile.mkstemp``), is flushed to disk, then published under its final name: with a hard
link, which fails if the name exists (no race with another writer), or ``os.replace`` when the
caller allowed replacing. On any error the temporary file is removed. A crash of the whole
process can leave a ``.NAME.*.part`` file beside the destination: a :class:`PendingOutputs`
registry in the campaign's folder lists every temporary file while it exists, so the next start
deletes what a crash left, and the wipe finds it too.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from campagne_desktop.domain.messages import QT_TRANSLATE_NOOP, UserError

PARTIAL_SUFFIX = ".part"

FILE_EXISTS = QT_TRANSLATE_NOOP(
    "messages",
    "The file {path} already exists. Choose another name, or confirm that it may be replaced.",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("messages", "The file {path} cannot be written ({detail}).")


class OutputFileError(UserError):
    """An export or ledger file cannot be created where the user asked."""


def partial_files(path: Path | str) -> list[Path]:
    """Leftover temporary files of an interrupted write of ``path`` (for the wipe)."""
    path = Path(path)
    return sorted(path.parent.glob(f".{glob_escape(path.name)}.*{PARTIAL_SUFFIX}"))


def glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


PENDING_OUTPUTS_NAME = "pending-outputs.txt"


class PendingOutputs:
    """Temporary files being written for the user, one absolute path a line, in a file of the
    campaign's folder: a crash in the middle of an export leaves no unknown file behind."""

    def __init__(self, registry: Path) -> None:
        self.registry = registry

    @classmethod
    def beside(cls, database: Path) -> PendingOutputs:
        """The registry of the campaign whose database is ``database``."""
        return cls(database.with_name(PENDING_OUTPUTS_NAME))

    def paths(self) -> list[Path]:
        try:
            text = self.registry.read_text(encoding="utf-8")
        except OSError:
            return []
        return [Path(line) for line in text.splitlines() if line.strip()]

    def add(self, path: Path) -> None:
        """Listed (and on disk, fsync) before anything is written into ``path``."""
        fd = os.open(self.registry, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        try:
            os.write(fd, (str(path.absolute()) + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def discard(self, path: Path) -> None:
        remaining = [p for p in self.paths() if p != path.absolute()]
        self._rewrite(remaining)

    def clean(self, remove: Callable[[Path], object]) -> int:
        """Remove (with ``remove``, e.g. an overwriting delete) every leftover temporary file
        and empty the registry; returns how many were found. Call it with the write lock."""
        leftovers = [p for p in self.paths() if os.path.lexists(p)]
        for path in leftovers:
            remove(path)
        self._rewrite([p for p in self.paths() if os.path.lexists(p)])
        return len(leftovers)

    def _rewrite(self, paths: list[Path]) -> None:
        if not paths:
            self.registry.unlink(missing_ok=True)
            return
        tmp = self.registry.with_name(self.registry.name + ".tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("".join(f"{p}\n" for p in paths))
        os.replace(tmp, self.registry)


@contextmanager
def private_output(
    path: Path | str,
    *,
    encoding: str,
    overwrite: bool = False,
    pending: PendingOutputs | None = None,
) -> Iterator[TextIO]:
    """A text handle whose content appears at ``path`` only if the block completes.

    With ``pending``, the temporary file is listed there while it exists (see the module)."""
    path = Path(path)
    if not overwrite and os.path.lexists(path):
        raise OutputFileError(FILE_EXISTS, path=str(path))
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise OutputFileError(CANNOT_WRITE, path=str(path), detail=_detail(exc)) from exc
    temporary = Path(name)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            if pending is not None:
                pending.add(temporary)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _publish(temporary, path, overwrite)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputFileError(CANNOT_WRITE, path=str(path), detail=_detail(exc)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if pending is not None:
            with contextlib.suppress(OSError):  # a stale line only costs a check at next start
                pending.discard(temporary)


def _publish(temporary: Path, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise OutputFileError(FILE_EXISTS, path=str(path)) from None
    except OSError:
        # No hard links on this file system (FAT, some network shares): check, then rename.
        if os.path.lexists(path):
            raise OutputFileError(FILE_EXISTS, path=str(path)) from None
        os.replace(temporary, path)
        return
    temporary.unlink()


def _detail(exc: OSError) -> str:
    return exc.strerror or str(exc)
