"""Exporting a checked batch for a provider, and the accountant's ledger."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.enums import BatchState, MessageState, TemplateKind
from ..domain.lifecycle import LEFT_BATCH_STATES, require_move
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError
from ..domain.times import local_day
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
from ..providers.files import FILE_EXISTS, OutputFileError, PendingOutputs
from ..storage.models import Batch, BatchMessage, Contact, ExportedFile
from . import audit
from .batches import load_batch, lock_batch
from .compliance import ComplianceReport, require_compliant
from .export_deadline import require_time_to_send
from .profile import load_profile
from .unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ExportSummary:
    batch_id: int
    path: Path
    format: ExportFormat
    rows: int
    skipped: int
    campaign_text: str  # what to type in the provider's editor, when it uses a merge field
    deadline: datetime | None = None  # send the file before this (UTC): see export_deadline


def record_export_path(session: Session, path: Path, kind: str, now: datetime) -> None:
    """Every file written for the user is remembered, so the end-of-election wipe finds it."""
    if session.scalar(select(ExportedFile.id).where(ExportedFile.path == str(path))) is None:
        session.add(ExportedFile(path=str(path), kind=kind, created_at=now))


def export_batch(
    uow: UnitOfWork,
    batch_id: int,
    fmt: ExportFormat,
    path: Path,
    *,
    actor: str,
    now: datetime,
    again: bool = False,
    overwrite: bool = False,
    close_to_deadline_ok: bool = False,
) -> ExportSummary:
    """Check, write the provider file and mark the batch exported: one transaction, all or
    nothing. Exporting twice needs ``again`` (double sends); exporting less than 30 minutes
    before the file's deadline needs ``close_to_deadline_ok``."""
    fmt = ExportFormat(fmt)
    path = path.expanduser().resolve()
    published = False
    try:
        with uow.transaction() as session:
            lock_batch(session, batch_id)
            batch = load_batch(session, batch_id)
            if batch.export_paths and not again:
                raise ComplianceError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Batch {id} was already exported ({path}). Sending it twice would "
                        "message the same people twice: export it again only if the first file "
                        "was never sent, and say so explicitly.",
                    ),
                    id=batch_id,
                    path=batch.export_paths[-1],
                )
            require_move(batch_id, BatchState(batch.state), BatchState.EXPORTED)
            # The file's provider, when the format says which: its warnings join the check and
            # the ledger names who was actually paid. Saved only if the export succeeds.
            provider = provider_for_format(fmt) or load_profile(session).provider
            report = require_compliant(uow, batch_id, now=now, actor=actor, provider=provider)
            # The zones the check just found: the deadline is the file's, for its recipients.
            deadline = require_time_to_send(
                load_profile(session), report.zones, now=now, confirmed=close_to_deadline_ok
            )
            if not overwrite and os.path.lexists(path):
                # Refused before it is recorded: the wipe must never shred a file not ours.
                raise OutputFileError(FILE_EXISTS, path=str(path))
            record_export_path(session, path, f"batch-{fmt.value}", now)
            batch.provider = provider
            result = _freeze_states_and_write(
                session,
                batch,
                report,
                fmt,
                path,
                now,
                overwrite,
                PendingOutputs.beside(uow.db.path),  # a crash leaves no unknown file
            )
            published = True
            audit.record(
                session,
                at=now,
                actor=actor,
                action=AuditAction.BATCH_EXPORTED,
                counts={"rows": result.rows},
                batch_id=batch_id,
                kind=fmt,
            )
    except BaseException:
        # The database does not say this file went out: it must not exist either.
        if published:
            path.unlink(missing_ok=True)
        raise
    return ExportSummary(
        batch_id, path, fmt, result.rows, report.skipped, result.campaign_text, deadline
    )


def _freeze_states_and_write(
    session: Session,
    batch: Batch,
    report: ComplianceReport,
    fmt: ExportFormat,
    path: Path,
    now: datetime,
    overwrite: bool,
    pending: PendingOutputs,
) -> ExportResult:
    """Mark what goes and what no longer may, then write exactly the rows marked as going.

    Runs in the caller's transaction: the file is published before the commit, and the caller
    removes it if the commit fails, so the states and the file always agree.
    """
    batch_id = batch.id
    profile = load_profile(session)
    # The check ran in this transaction, under the batch's lock: the messages it skipped are
    # exactly those the policy no longer lets through (opted out, erased, consent changed).
    for start in range(0, len(report.skipped_ids), 900):
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id.in_(report.skipped_ids[start : start + 900]))
            .values(state=MessageState.FAILED.value, error="no longer allowed at export")
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
            .values(consent_requested_at=now)
            .prefix_with("OR FAIL")  # no in-memory statement journal (see above)
        )
    batch.export_paths = [*batch.export_paths, str(path)]
    batch.state = require_move(batch_id, BatchState(batch.state), BatchState.EXPORTED).value
    batch.exported_at = now
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

    return write_export(
        fmt,
        outgoing(),
        path,
        sender_id=profile.sender_id,
        overwrite=overwrite,
        pending=pending,  # a crash leaves no unknown file
    )


def ledger_rows(uow: UnitOfWork) -> list[LedgerRow]:
    """One row per batch that left the app: what was handed to the provider, and its price."""
    with uow.transaction() as session:
        batches = session.scalars(
            select(Batch)
            .where(Batch.state.in_([s.value for s in LEFT_BATCH_STATES]))
            .order_by(Batch.created_at, Batch.id)
        ).all()
        tz = load_profile(session).timezone
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
                    date=local_day(batch.created_at, tz),  # the campaign's day, not UTC's
                    batch_id=batch.id,
                    provider=batch.provider,
                    messages=len(handed_over),
                    segments=segments,
                    unit_price=batch.price_per_segment,
                    total=segments * batch.price_per_segment,
                )
            )
        return rows


def export_ledger(
    uow: UnitOfWork,
    path: Path,
    *,
    actor: str,
    now: datetime,
    translate: Callable[[str], str] | None = None,
    overwrite: bool = False,
) -> LedgerSummary:
    """The ledger for the campaign's accountant, recorded like every export (the wipe finds it)."""
    path = path.expanduser().resolve()
    published = False
    try:
        with uow.transaction() as session:
            rows = ledger_rows(uow)
            record_export_path(session, path, "ledger", now)
            audit.record(
                session,
                at=now,
                actor=actor,
                action=AuditAction.LEDGER_EXPORTED,
                counts={"batches": len(rows)},
            )
            result = write_ledger(
                rows,
                path,
                translate=translate,
                overwrite=overwrite,
                pending=PendingOutputs.beside(uow.db.path),
            )
            published = True
    except BaseException:
        if published:  # not recorded, so not kept: the wipe would never find it
            path.unlink(missing_ok=True)
        raise
    return result
