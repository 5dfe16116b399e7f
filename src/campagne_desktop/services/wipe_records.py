"""What the campaign may keep before the wipe: the cost ledger and an audit summary (CSV).

Neither holds personal data: the ledger is one line per batch (LEGAL.md §6, for the financial
agent), the audit summary lists actions with their counts, without who did them. Both are
still scanned for phone numbers like every file the wipe checks: one that holds any is destroyed.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..providers import write_ledger
from ..providers.files import CANNOT_WRITE, OutputFileError, private_output
from ..storage.database import Database
from . import audit
from .batch_export import ledger_rows
from .unit_of_work import UnitOfWork
from .wipe import shred
from .wipe_scan import holds_phone_number

AUDIT_COLUMNS = ("date_utc", "action", "counts", "detail")


class KeptFileError(UserError):
    """A file meant to be kept after the wipe would hold a phone number: it is not kept."""


PHONE_IN_KEPT_FILE = QT_TRANSLATE_NOOP(
    "messages",
    "The file {path} would hold a phone number, so it was not saved. Nothing was deleted.",
)


def _refuse_phone_numbers(path: Path) -> None:
    """Scan a kept file like the wipe scans every other file; one with a number is destroyed."""
    if holds_phone_number(path):
        shred(path)
        raise KeptFileError(PHONE_IN_KEPT_FILE, path=str(path))


def _make_folder(path: Path) -> None:
    """The kept file's folder (a USB stick, a new folder): a clear message if it cannot be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise OutputFileError(CANNOT_WRITE, path=str(path), detail=detail) from None


def write_cost_ledger(db: Database, path: Path, *, overwrite: bool = False) -> int:
    """The same ledger as ``campagne ledger export``, kept outside the app (never recorded for
    the wipe: it is what the campaign keeps). Returns the number of batches. An existing file
    is refused unless ``overwrite`` (a save dialog already asked)."""
    rows = ledger_rows(UnitOfWork(db))
    path = path.expanduser()
    _make_folder(path)
    write_ledger(rows, path, overwrite=overwrite)
    _refuse_phone_numbers(path)
    return len(rows)


def write_audit_summary(db: Database, path: Path, *, overwrite: bool = False) -> int:
    """Every audit event, oldest first, without the actor; returns the number of events."""
    with db.session() as session:
        rows = [
            (
                e.at.strftime("%Y-%m-%d %H:%M:%S"),
                e.action,
                " ".join(f"{k}={v}" for k, v in sorted(e.counts.items())),
                e.detail,
            )
            for e in audit.all_events(session)
        ]
    path = path.expanduser()
    _make_folder(path)
    with private_output(path, encoding="utf-8", overwrite=overwrite) as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(AUDIT_COLUMNS)
        writer.writerows(rows)
    _refuse_phone_numbers(path)
    return len(rows)
