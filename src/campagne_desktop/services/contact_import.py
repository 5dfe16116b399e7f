"""Importing a contact file: read, map, normalise, dedupe, suppress, insert: all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.audit import AuditAction
from ..domain.enums import ConsentStatus
from ..domain.messages import QT_TRANSLATE_NOOP, ActionCancelledError, UserError
from ..domain.phones import PhoneError, PhoneNumber, PhoneProblem, normalise
from ..importers import ContactFile, ContactRow
from ..storage.database import Database
from ..storage.models import OptOut, Source
from . import audit
from .contact_writer import ContactWriter, NewContact
from .sources import SourceDeclaration, file_sha256, forbidden_source_warnings

INSERT_CHUNK = 2000
PROGRESS_EVERY = 500
# Rows listed by kind in the report (rejected, shared numbers); a big file lists the first ones.
REPORT_ROWS_LISTED = 1000

# Called with the number of rows read so far; returning False cancels the import.
Progress = Callable[[int], bool]


class ImportCancelledError(ActionCancelledError):
    pass


@dataclass(frozen=True)
class RejectedRow:
    row: int
    value: str
    reason: str  # a PhoneProblem value, or "duplicate" / "shared_number"


@dataclass
class ImportReport:
    accepted: int = 0
    duplicates: int = 0  # already in the list, or twice in the file
    invalid: int = 0
    landlines: int = 0
    suppressed: int = 0  # opted out: never imported again
    foreign: int = 0  # accepted, but not a French number
    rejected: list[RejectedRow] = field(default_factory=list)
    shared_numbers: list[RejectedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # message keys
    rows: int = 0
    dry_run: bool = False
    file_sha256: str = ""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["rejected"] = [asdict(r) for r in self.rejected]
        data["shared_numbers"] = [asdict(r) for r in self.shared_numbers]
        return data


def _best_number(row: ContactRow) -> tuple[PhoneNumber | None, PhoneError | None, str]:
    """The first candidate that is a mobile; else the error of the first one."""
    first_error: PhoneError | None = None
    for candidate in row.phones:
        try:
            return normalise(candidate), None, candidate
        except PhoneError as error:
            first_error = first_error or error
    if first_error is None:
        first_error = PhoneError(PhoneProblem.EMPTY, "")
    return None, first_error, row.phones[0] if row.phones else ""


def _listed(rows: list[RejectedRow], row: RejectedRow) -> None:
    """Keep the first rows of a kind for the report; the counts stay complete."""
    if len(rows) < REPORT_ROWS_LISTED:
        rows.append(row)


def _write(writer: ContactWriter, pending: list[NewContact], report: ImportReport) -> None:
    outcome = writer.write(pending)
    pending.clear()
    report.accepted += len(outcome.inserted)
    report.foreign += sum(c.is_foreign for c in outcome.inserted)
    report.duplicates += len(outcome.duplicates) + len(outcome.shared_numbers)
    for c in outcome.duplicates:
        _listed(report.rejected, RejectedRow(c.row, c.raw, "duplicate"))
    for c in outcome.shared_numbers:
        _listed(report.shared_numbers, RejectedRow(c.row, c.raw, "shared_number"))


def _tags(values: Sequence[str]) -> str:
    seen: list[str] = []
    for tag in values:
        clean = tag.strip().lower().replace(",", " ")
        if clean and clean not in seen:
            seen.append(clean)
    return ",".join(seen)


def _import_rows(
    contacts: ContactFile,
    writer: ContactWriter,
    opted_out: set[str],
    report: ImportReport,
    progress: Progress | None,
) -> None:
    """Check each row's number and hand the new contacts to ``writer`` a chunk at a time."""
    pending: list[NewContact] = []
    for row in contacts:
        report.rows += 1
        if progress and report.rows % PROGRESS_EVERY == 0 and not progress(report.rows):
            raise ImportCancelledError(
                QT_TRANSLATE_NOOP("messages", "Import cancelled: nothing was imported.")
            )
        number, error, raw = _best_number(row)
        if number is None:
            assert error is not None
            if error.problem is PhoneProblem.LANDLINE:
                report.landlines += 1
            else:
                report.invalid += 1
            _listed(report.rejected, RejectedRow(row.row_number, raw, error.problem.value))
            continue
        if number.e164 in opted_out:
            report.suppressed += 1
            continue
        pending.append(
            NewContact(
                row=row.row_number,
                raw=raw,
                phone=number.e164,
                region=number.region,
                first_name=row.first_name.strip(),
                last_name=row.last_name.strip(),
                commune=row.commune.strip(),
                postal_code=row.postal_code.strip(),
                tags=_tags(row.tags),
                is_foreign=number.is_foreign,
            )
        )
        if len(pending) >= INSERT_CHUNK:
            _write(writer, pending, report)
    _write(writer, pending, report)


def import_contacts(
    db: Database,
    path: Path,
    declaration: SourceDeclaration,
    *,
    actor: str,
    now: datetime,
    sheet: str | None = None,
    overrides: Sequence[str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import ``path`` in one transaction; a dry run reports the same figures and writes nothing."""
    declaration = declaration.checked()
    contacts = ContactFile(path, sheet, overrides)
    if not contacts.mapping.get("phone"):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No phone number column was found in {name}. Columns found: {columns}. "
                "Choose the phone column by hand (--column phone=COLUMN).",
            ),
            name=path.name,
            columns=", ".join(contacts.headers),
        )
    report = ImportReport(dry_run=dry_run, file_sha256=file_sha256(path))
    report.warnings.extend(forbidden_source_warnings(declaration))
    granted = declaration.consent is ConsentStatus.GRANTED

    with db.session() as session:
        opted_out = set(session.scalars(select(OptOut.phone)))
        source = Source(
            kind=declaration.kind.value,
            description=declaration.description.strip(),
            obtained_on=declaration.obtained_on,
            file_name=path.name,
            file_sha256=report.file_sha256,
            collection_wording=declaration.collection_wording.strip(),
            imported_by=actor,
            created_at=now,
        )
        session.add(source)
        session.flush()
        evidence = declaration.consent_evidence.strip() or (
            f"{declaration.collection_wording.strip() or declaration.description.strip()} "
            f"(fichier {path.name}, sha256 {report.file_sha256[:16]}…)"
        )
        # Duplicates are found in the database: a dry run writes the numbers to a temporary
        # table, and rolls back at the end.
        writer = ContactWriter(
            session,
            source_id=source.id,
            consent=declaration.consent.value,
            evidence=evidence if granted else "",
            consent_at=now if granted else None,
            now=now,
            dry_run=dry_run,
        )
        try:
            _import_rows(contacts, writer, opted_out, report, progress)
        finally:
            writer.close()
        report.rejected.sort(key=lambda r: r.row)
        if progress and not progress(report.rows):
            raise ImportCancelledError(
                QT_TRANSLATE_NOOP("messages", "Import cancelled: nothing was imported.")
            )
        if dry_run:
            session.rollback()
            return report
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.CONTACTS_IMPORTED,
            counts={
                "accepted": report.accepted,
                "duplicates": report.duplicates,
                "invalid": report.invalid,
                "landlines": report.landlines,
                "suppressed": report.suppressed,
                "foreign": report.foreign,
            },
            kind=declaration.kind,
        )
    return report
