"""What the end-of-election wipe will destroy, and the verification pass once it is done."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_documents_dir
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..context import AppContext
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..paths import AppPaths
from ..providers.files import PendingOutputs, partial_files
from ..storage.database import Database
from ..storage.models import (
    AuditEvent,
    Batch,
    BatchMessage,
    Contact,
    ExportedFile,
    OptOut,
    Source,
    Template,
)
from .campaign import DATABASE_KEY_NAME
from .profile import load_profile

# The kinds of rows counted for the certificate, in the order it lists them.
ROW_KINDS: tuple[tuple[str, type[Any]], ...] = (
    ("contacts", Contact),
    ("opt_outs", OptOut),
    ("templates", Template),
    ("batches", Batch),
    ("messages", BatchMessage),
    ("sources", Source),
    ("audit_events", AuditEvent),
)
DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")

# French numbers in the usual written forms, and any E.164 number. Matched on raw bytes so that
# binary leftovers are scanned too; separators cover "06 12 34 56 78", "06.12..." and "06-12...".
PHONE_PATTERN = re.compile(
    rb"(?<![0-9])(?:"
    rb"(?:\+|00)33[ .-]?\(?0?\)?[1-9](?:[ .-]?[0-9]{2}){4}"
    rb"|0[67](?:[ .-]?[0-9]{2}){4}"
    rb"|\+[1-9][0-9]{7,14}"
    rb")(?![0-9])"
)
SCAN_LIMIT = 64 * 1024 * 1024  # bytes read per leftover file: enough for any export or database


class UnsafeFolderError(UserError):
    pass


@dataclass(frozen=True)
class Inventory:
    """What a wipe would destroy now: counts by kind and the files, no personal data."""

    candidate: str
    election: str
    rounds: list[str]
    timezone: str
    counts: dict[str, int]
    files: list[str]
    export_paths: list[str]
    keyring_names: list[str] = field(default_factory=list)


def count_rows(session: Session) -> dict[str, int]:
    return {
        kind: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for kind, model in ROW_KINDS
    }


def recorded_export_paths(session: Session) -> list[str]:
    """Every file the app wrote for the user: the exported_file table and batch.export_paths."""
    found: list[str] = list(session.scalars(select(ExportedFile.path)))
    for batch_paths in session.scalars(select(Batch.export_paths)):
        found.extend(str(p) for p in (batch_paths or []))
    unique = {str(Path(p).expanduser().absolute()) for p in found if p}
    # A crash while writing an export leaves its hidden temporary file beside it.
    unique |= {str(part) for p in list(unique) for part in partial_files(p)}
    return sorted(unique)


def _distinct_roots(folders: Iterable[Path]) -> list[Path]:
    """The folders, dropping any that lies inside another (``AppPaths.under`` nests them)."""
    resolved = sorted({f.expanduser().absolute() for f in folders}, key=lambda p: len(p.parts))
    roots: list[Path] = []
    for folder in resolved:
        if not any(folder.is_relative_to(root) for root in roots):
            roots.append(folder)
    return roots


def walk_files(folders: Iterable[Path]) -> Iterator[Path]:
    """Every file (and symlink) under ``folders``, without following symlinked folders."""
    for root in _distinct_roots(folders):
        if not root.is_dir():
            continue
        for current, dirs, files in os.walk(root, followlinks=False):
            here = Path(current)
            for name in files:
                yield here / name
            for name in dirs:
                if (here / name).is_symlink():
                    yield here / name


def app_files(paths: AppPaths) -> list[str]:
    """The files in the app's folders, except the wipe journal and the (empty) write lock, which
    the wipe itself uses until its very end."""
    own = {paths.wipe_journal.absolute(), paths.lock_file.absolute()}
    return sorted(str(p) for p in walk_files(paths.all_dirs()) if p.absolute() not in own)


def check_folders_are_safe(paths: AppPaths) -> None:
    """Refuse to wipe a folder that also holds the user's own files (home, documents, root)."""
    home = Path.home().absolute()
    general = {home, Path(user_documents_dir()).absolute(), Path(home.anchor)}
    for folder in paths.all_dirs():
        folder = folder.expanduser().absolute()
        if folder in general or home.is_relative_to(folder):
            raise UnsafeFolderError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The campaign folder {path} is a general folder (home or documents): "
                    "the wipe would delete files that are not the campaign's. "
                    "Move the campaign to a folder of its own first.",
                ),
                path=str(folder),
            )


def take_inventory(ctx: AppContext, db: Database) -> Inventory:
    """Read everything the wipe needs from the open database and the folders."""
    with db.session() as session:
        profile = load_profile(session)
        counts = count_rows(session)
        exports = recorded_export_paths(session)
    files = set(app_files(ctx.paths))
    files.update(p for p in exports if os.path.lexists(p))
    # Temporary files of an export that a crash interrupted, wherever the export was going.
    pending = PendingOutputs.beside(ctx.paths.database).paths()
    files.update(str(p) for p in pending if os.path.lexists(p))
    names = ctx.secrets.names()
    if ctx.secrets.get(DATABASE_KEY_NAME) is not None and DATABASE_KEY_NAME not in names:
        names = [DATABASE_KEY_NAME, *names]
    rounds = [profile.round1] + ([profile.round2] if profile.round2 else [])
    return Inventory(
        candidate=profile.candidate,
        election=profile.election.value,
        rounds=[r.isoformat() for r in rounds],
        timezone=profile.timezone,
        counts=counts,
        files=sorted(files),
        export_paths=exports,
        keyring_names=names,
    )


@dataclass(frozen=True)
class Verification:
    """The scan after the wipe: files left in the scanned places, and those with phone numbers."""

    folders_scanned: int
    export_paths_checked: int
    leftover_files: list[str]
    files_with_phone_numbers: list[str]

    @property
    def ok(self) -> bool:
        return not self.leftover_files and not self.files_with_phone_numbers

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "folders_scanned": self.folders_scanned,
            "export_paths_checked": self.export_paths_checked,
            "leftover_files": len(self.leftover_files),
            "files_with_phone_numbers": len(self.files_with_phone_numbers),
            "leftovers": list(self.leftover_files),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verification:
        phones = int(data.get("files_with_phone_numbers", 0))
        leftovers = [str(p) for p in data.get("leftovers", [])]
        return cls(
            folders_scanned=int(data.get("folders_scanned", 0)),
            export_paths_checked=int(data.get("export_paths_checked", 0)),
            leftover_files=leftovers,
            files_with_phone_numbers=leftovers[:phones],
        )


def holds_phone_number(path: Path) -> bool:
    if PHONE_PATTERN.search(os.fsencode(path.name)):
        return True
    try:
        with path.open("rb") as handle:
            return PHONE_PATTERN.search(handle.read(SCAN_LIMIT)) is not None
    except OSError:
        return False


def verify(paths: AppPaths, export_paths: Iterable[str]) -> Verification:
    """Scan the app's folders and every recorded export path for any remaining file."""
    exports = sorted(set(export_paths))
    leftovers = set(app_files(paths))
    leftovers.update(p for p in exports if os.path.lexists(p))
    ordered = sorted(leftovers)
    with_phones = [p for p in ordered if holds_phone_number(Path(p))]
    # Files with phone numbers first, so that from_dict can rebuild both lists from counts.
    rest = [p for p in ordered if p not in set(with_phones)]
    return Verification(
        folders_scanned=len(_distinct_roots(paths.all_dirs())),
        export_paths_checked=len(exports),
        leftover_files=with_phones + rest,
        files_with_phone_numbers=with_phones,
    )
