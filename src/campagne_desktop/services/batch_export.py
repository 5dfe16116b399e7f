"""Exporting a checked batch for a provider, and the accountant's ledger."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from ..domain.enums import BatchState, MessageState, TemplateKind
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError
from ..providers import (
    ExportFormat,
    ExportResult,
    LedgerRow,
    LedgerSummary,
    OutgoingMessage,
    provider_for_format,
    write_export,
    write_ledger,
)
from ..providers.files import FILE_EXISTS, OutputFileError
from ..storage.database import Database
from ..storage.models import Batch, BatchMessage, Contact, ExportedFile, OptOut
from . import audit
from .batches import BatchError
from .compliance import ComplianceReport, require_compliant
from .profile import load_profile
from .rights import ERASED


@dataclass(frozen=True)
class ExportSummary:
    batch_id: int
    path: Path
    format: ExportFormat
    rows: int
    skipped: int
    campaign_text: str  # what to type in the provider's editor, when it uses a merge field


def record_export_path(db: Database, path: Path, kind: str, now: datetime) -> None:
    """Every file written for the user is remembered, so the end-of-election wipe finds it."""
    with db.session() as session:
        if session.scalar(select(ExportedFile.id).where(ExportedFile.path == str(path))) is None:
            session.add(
                ExportedFile(path=str(path), kind=kind, created_at=now.replace(tzinfo=None))
            )


def export_batch(
    db: Database,
    batch_id: int,
    fmt: ExportFormat,
    path: Path,
    *,
    actor: str,
    now: datetime,
    again: bool = False,
    overwrite: bool = False,
) -> ExportSummary:
    """Check, then write the provider file. Exporting twice needs ``again`` (double sends)."""
    with db.session() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise BatchError(QT_TRANSLATE_NOOP("messages", "There is no batch {id}."), id=batch_id)
        if batch.export_paths and not again:
            raise ComplianceError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Batch {id} was already exported ({path}). Sending it twice would message "
                    "the same people twice: export it again only if the first file was never "
                    "sent, and say so explicitly.",
                ),
                id=batch_id,
                path=batch.export_paths[-1],
            )
        # The file's provider, when the format says which: its warnings join the check and
        # the ledger names who was actually paid.
        batch.provider = provider_for_format(ExportFormat(fmt)) or load_profile(session).provider
    report: ComplianceReport = require_compliant(db, batch_id, now=now, actor=actor)
    path = path.expanduser().resolve()
    if not overwrite and os.path.lexists(path):
        # Refused before it is recorded: the wipe must never shred a file that is not ours.
        raise OutputFileError(FILE_EXISTS, path=str(path))
    # Recorded before the file exists: whatever happens next, the wipe knows where to look.
    record_export_path(db, path, f"batch-{ExportFormat(fmt).value}", now)
    published = False
    try:
        with db.session() as session:
            result = _freeze_states_and_write(
                session, batch_id, report, ExportFormat(fmt), path, now, overwrite
            )
            published = True
            audit.record(
                session,
                at=now,
                actor=actor,
                action="batch.exported",
                counts={"rows": result.rows},
                detail=f"batch={batch_id} format={ExportFormat(fmt).value}",
            )
    except BaseException:
        # The database does not say this file went out: it must not exist either.
        if published:
            path.unlink(missing_ok=True)
        raise
    return ExportSummary(
        batch_id, path, ExportFormat(fmt), result.rows, report.skipped, result.campaign_text
    )


def _freeze_states_and_write(
    session: Session,
    batch_id: int,
    report: ComplianceReport,
    fmt: ExportFormat,
    path: Path,
    now: datetime,
    overwrite: bool,
) -> ExportResult:
    """Mark what goes and what no longer may, then write exactly the rows marked as going.

    Runs in the caller's transaction: the file is published before the commit, and the caller
    removes it if the commit fails, so the states and the file always agree.
    """
    batch = session.get(Batch, batch_id)
    assert batch is not None
    profile = load_profile(session)
    naive_now = now.replace(tzinfo=None)
    for start in range(0, len(report.skipped_ids), 900):
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id.in_(report.skipped_ids[start : start + 900]))
            .values(state=MessageState.FAILED.value, error="no longer allowed at export")
        )
    live = [MessageState.PENDING.value, MessageState.EXPORTED.value]
    # An opt-out or an erasure recorded since the check still wins.
    session.execute(
        update(BatchMessage)
        .where(
            BatchMessage.batch_id == batch_id,
            BatchMessage.state.in_(live),
            or_(BatchMessage.phone.in_(select(OptOut.phone)), BatchMessage.phone == ERASED),
        )
        .values(state=MessageState.FAILED.value, error="opted out or erased before export")
    )
    session.execute(
        update(BatchMessage)
        .where(BatchMessage.batch_id == batch_id, BatchMessage.state == MessageState.PENDING.value)
        .values(state=MessageState.EXPORTED.value)
        # OR FAIL: SQLite then keeps no statement journal, which SQLCipher holds in memory
        # (a copy of every page changed: 200 MiB for a million messages). A failure still
        # rolls the whole transaction back.
        .prefix_with("OR FAIL")
    )
    if batch.template_kind == TemplateKind.CONSENT.value:
        # One consent request, ever (LEGAL.md §2): from now on these contacts were asked.
        asked = select(BatchMessage.contact_id).where(
            BatchMessage.batch_id == batch_id,
            BatchMessage.state == MessageState.EXPORTED.value,
        )
        session.execute(
            update(Contact)
            .where(Contact.id.in_(asked))
            .values(consent_requested_at=naive_now)
            .prefix_with("OR FAIL")  # no in-memory statement journal (see above)
        )
    batch.export_paths = [*batch.export_paths, str(path)]
    batch.state = BatchState.EXPORTED.value
    batch.exported_at = naive_now
    session.flush()

    def outgoing() -> Iterator[OutgoingMessage]:
        query = (
            select(BatchMessage.phone, BatchMessage.text)
            .where(
                BatchMessage.batch_id == batch_id,
                BatchMessage.state == MessageState.EXPORTED.value,
            )
            .order_by(BatchMessage.id)
            .execution_options(yield_per=2000)
        )
        for phone, text in session.connection().execute(query):  # plain rows, no ORM
            yield OutgoingMessage(phone=phone, text=text, sender_id=profile.sender_id)

    return write_export(fmt, outgoing(), path, sender_id=profile.sender_id, overwrite=overwrite)


def ledger_rows(db: Database) -> list[LedgerRow]:
    """One row per batch that left the app: what was handed to the provider, and its price."""
    with db.session() as session:
        batches = session.scalars(
            select(Batch)
            .where(
                Batch.state.in_(
                    [
                        BatchState.EXPORTED.value,
                        BatchState.SENDING.value,
                        BatchState.SENT.value,
                        BatchState.CLOSED.value,
                    ]
                )
            )
            .order_by(Batch.created_at, Batch.id)
        ).all()
        rows = []
        for batch in batches:
            handed_over = (
                session.execute(
                    select(BatchMessage.segments).where(
                        BatchMessage.batch_id == batch.id,
                        BatchMessage.state.not_in(
                            [MessageState.PENDING.value, MessageState.FAILED.value]
                        ),
                    )
                )
                .scalars()
                .all()
            )
            segments = sum(handed_over)
            rows.append(
                LedgerRow(
                    date=batch.created_at.date(),
                    batch_id=batch.id,
                    provider=batch.provider,
                    messages=len(handed_over),
                    segments=segments,
                    unit_price=batch.price_per_segment,
                    total=round(segments * batch.price_per_segment, 4),
                )
            )
        return rows


def export_ledger(
    db: Database,
    path: Path,
    *,
    actor: str,
    now: datetime,
    translate: Callable[[str], str] | None = None,
    overwrite: bool = False,
) -> LedgerSummary:
    """The ledger for the campaign's accountant, recorded like every export (the wipe finds it)."""
    path = path.expanduser().resolve()
    rows = ledger_rows(db)
    result = write_ledger(rows, path, translate=translate, overwrite=overwrite)
    record_export_path(db, path, "ledger", now)
    with db.session() as session:
        audit.record(
            session, at=now, actor=actor, action="ledger.exported", counts={"batches": len(rows)}
        )
    return result
