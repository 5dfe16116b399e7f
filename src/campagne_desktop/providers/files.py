"""Writing a file for the user: owner-only, never half-written, never silently replacing one.

The content goes to a temporary file in the destination folder (created 0600 with O_EXCL by
``tempfile.mkstemp``), is flushed to disk, then published under its final name: with a hard
link, which fails if the name exists (no race with another writer), or ``os.replace`` when the
caller allowed replacing. On any error the temporary file is removed. A crash of the whole
process can leave a ``.NAME.*.part`` file beside the destination: the wipe should look for it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
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


@contextmanager
def private_output(path: Path | str, *, encoding: str, overwrite: bool = False) -> Iterator[TextIO]:
    """A text handle whose content appears at ``path`` only if the block completes."""
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
