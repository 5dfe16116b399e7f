"""Steps many service tests take on a batch, written once: export it as a generic file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from campagne_desktop.providers import ExportFormat
from campagne_desktop.services import batch_export
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.database import Database


def export(
    db: Database,
    batch_id: int,
    path: Path,
    *,
    now: datetime,
    export_format: ExportFormat = ExportFormat.GENERIC,
    **options: Any,
) -> batch_export.ExportSummary:
    return batch_export.export_batch(
        UnitOfWork(db), batch_id, export_format, path, actor="t", now=now, **options
    )
