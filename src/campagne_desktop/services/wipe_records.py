"""What the campaign may keep before the wipe: the cost ledger and an audit summary (CSV).

Neither holds personal data: the ledger is one line per batch (LEGAL.md §6, for the financial
agent), the audit summary lists actions with their counts, without who did them.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from ..providers import write_ledger
from ..providers.files import CANNOT_WRITE, OutputFileError, private_output
from ..storage.database import Database
from ..storage.models import AuditEvent
from .batch_export import ledger_rows
from .unit_of_work import UnitOfWork

AUDIT_COLUMNS = ("date_utc", "action", "counts", "detail")


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
    return len(rows)


def write_audit_summary(db: Database, path: Path, *, overwrite: bool = False) -> int:
    """Every audit event, oldest first, without the actor; returns the number of events."""
    with db.session() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id)))
        rows = [
            (
                e.at.strftime("%Y-%m-%d %H:%M:%S"),
                e.action,
                " ".join(f"{k}={v}" for k, v in sorted((e.counts or {}).items())),
                e.detail,
            )
            for e in events
        ]
    path = path.expanduser()
    _make_folder(path)
    with private_output(path, encoding="utf-8", overwrite=overwrite) as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(AUDIT_COLUMNS)
        writer.writerows(rows)
    return len(rows)
