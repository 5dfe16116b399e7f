"""Message templates: add, edit, approve, exchange with volunteers (LEGAL.md §1, DESIGN.md flow 3).

A template is compiled in the sandbox before anything is stored, so the table only ever holds
templates that compile. Approval records who and when and the SHA-256 of the approved body; any
change of body or kind makes the template a draft again, and :func:`require_approved` (used by the
batch service) refuses a draft or a body that no longer matches its approved hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.enums import TemplateKind, TemplateStatus
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError, UserError
from ..domain.selection import Selection
from ..domain.templating import compile_template
from ..storage.database import Database
from ..storage.models import ExportedFile, Template
from . import audit
from .previews import Preview, SelectionCost, estimate_selection, preview_body, sample_check
from .template_file import check_name, read_template_file, write_template_file
from .unit_of_work import UnitOfWork


class TemplateNotFoundError(UserError):
    pass


class TemplateExistsError(UserError):
    pass


class TemplateNotApprovedError(ComplianceError):
    pass


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    kind: TemplateKind
    body: str
    status: TemplateStatus
    approved_by: str
    approved_at: datetime | None
    content_hash: str
    created_at: datetime
    updated_at: datetime

    @property
    def approved(self) -> bool:
        return self.status is TemplateStatus.APPROVED

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "status": self.status.value,
            "body": self.body,
            "approved_by": self.approved_by,
            "approved_at": self.approved_at.isoformat() if self.approved_at else None,
            "content_hash": self.content_hash,
            "updated_at": self.updated_at.isoformat(),
        }


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _info(row: Template) -> TemplateInfo:
    return TemplateInfo(
        id=row.id,
        name=row.name,
        kind=TemplateKind(row.kind),
        body=row.body,
        status=TemplateStatus(row.status),
        approved_by=row.approved_by,
        approved_at=row.approved_at,
        content_hash=row.content_hash,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _audited(row: Template) -> dict[str, Any]:
    # Id and kind only: template names and bodies stay out of the audit trail.
    return {"template_id": row.id, "kind": TemplateKind(row.kind)}


def _find(session: Session, name: str) -> Template | None:
    return session.scalar(select(Template).where(Template.name == " ".join(name.split())))


def _load(session: Session, name: str) -> Template:
    row = _find(session, name)
    if row is None:
        raise TemplateNotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no template named '{name}'."), name=name
        )
    return row


def _checked_body(body: str) -> str:
    """The body to store: compiled first (raises ``TemplateError``), line endings normalised."""
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise UserError(QT_TRANSLATE_NOOP("messages", "The message is empty."))
    compile_template(body)
    return body


def add_template(
    db: Database, name: str, body: str, kind: TemplateKind, *, actor: str, now: datetime
) -> TemplateInfo:
    """Store a new draft; a template that cannot compile is refused and nothing is stored."""
    name = check_name(name)
    body = _checked_body(body)
    with db.session() as session:
        if _find(session, name) is not None:
            raise TemplateExistsError(
                QT_TRANSLATE_NOOP("messages", "A template named '{name}' already exists."),
                name=name,
            )
        row = Template(
            name=name,
            kind=kind.value,
            body=body,
            status=TemplateStatus.DRAFT.value,
            approved_by="",
            approved_at=None,
            content_hash=content_hash(body),
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session, at=now, actor=actor, action=AuditAction.TEMPLATE_ADDED, **_audited(row)
        )
        return _info(row)


def list_templates(db: Database) -> list[TemplateInfo]:
    with db.session() as session:
        return [_info(r) for r in session.scalars(select(Template).order_by(Template.name))]


def get_template(db: Database, name: str) -> TemplateInfo:
    with db.session() as session:
        return _info(_load(session, name))


def free_name(db: Database, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``... whichever no template uses yet."""
    base = check_name(wanted)
    taken = {t.name for t in list_templates(db)}
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base[:90]} ({n})"
        n += 1
    return candidate


def update_template(
    db: Database,
    name: str,
    body: str,
    *,
    actor: str,
    now: datetime,
    kind: TemplateKind | None = None,
) -> TemplateInfo:
    """Change the body (and kind); an approved template that changes goes back to draft."""
    body = _checked_body(body)
    with db.session() as session:
        row = _load(session, name)
        new_kind = (kind or TemplateKind(row.kind)).value
        if row.body == body and row.kind == new_kind:
            return _info(row)
        was_approved = row.status == TemplateStatus.APPROVED.value
        row.body = body
        row.kind = new_kind
        row.content_hash = content_hash(body)
        row.status = TemplateStatus.DRAFT.value
        row.approved_by = ""
        row.approved_at = None
        row.updated_at = now
        session.flush()
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.TEMPLATE_EDITED,
            counts={"approvals_withdrawn": int(was_approved)},
            **_audited(row),
        )
        return _info(row)


def approve_template(db: Database, name: str, *, actor: str, now: datetime) -> TemplateInfo:
    """Approve the current body: it must compile and fill in for the sample contacts."""
    with db.session() as session:
        row = _load(session, name)
        if row.status == TemplateStatus.APPROVED.value and row.content_hash == content_hash(
            row.body
        ):
            return _info(row)
        sample_check(session, row.body, TemplateKind(row.kind))
        row.status = TemplateStatus.APPROVED.value
        row.approved_by = actor
        row.approved_at = now
        row.content_hash = content_hash(row.body)
        row.updated_at = now
        audit.record(
            session, at=now, actor=actor, action=AuditAction.TEMPLATE_APPROVED, **_audited(row)
        )
        return _info(row)


def require_approved(db: Database, name: str) -> TemplateInfo:
    """The template, if it may be used in a batch: approved, and its body is the approved one."""
    with db.session() as session:
        return approved_template(session, name)


def approved_template(session: Session, name: str) -> TemplateInfo:
    """:func:`require_approved` inside the caller's unit of work."""
    info = _info(_load(session, name))
    if not info.approved:
        raise TemplateNotApprovedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The template '{name}' is a draft: it must be approved before it is sent.",
            ),
            name=info.name,
        )
    if content_hash(info.body) != info.content_hash:
        raise TemplateNotApprovedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The template '{name}' changed after it was approved: approve it again.",
            ),
            name=info.name,
        )
    compile_template(info.body)
    return info


def delete_template(db: Database, name: str, *, actor: str, now: datetime) -> None:
    """Remove a template; batches keep their own snapshot of the text."""
    with db.session() as session:
        row = _load(session, name)
        audited = _audited(row)
        session.delete(row)
        audit.record(session, at=now, actor=actor, action=AuditAction.TEMPLATE_DELETED, **audited)


def record_export(session: Session, path: Path, kind: str, now: datetime) -> None:
    """Remember a file written for the user, so that the end-of-campaign wipe finds it."""
    if session.scalar(select(ExportedFile.id).where(ExportedFile.path == str(path))) is None:
        session.add(ExportedFile(path=str(path), kind=kind, created_at=now))


def export_template(
    db: Database, name: str, path: Path, *, actor: str, now: datetime, overwrite: bool = False
) -> Path:
    """Write the template to a template file (0600), recorded for the end-of-campaign wipe."""
    info = get_template(db, name)
    written = write_template_file(path, info.name, info.kind, info.body, overwrite=overwrite)
    with db.session() as session:
        record_export(session, written, "template-file", now)
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.TEMPLATE_EXPORTED,
            template_id=info.id,
            kind=info.kind,
        )
    return written


def import_template(
    db: Database, path: Path, *, actor: str, now: datetime, name: str | None = None
) -> TemplateInfo:
    """Add the template of a template file as a draft (under ``name`` if given)."""
    loaded = read_template_file(path)
    return add_template(db, name or loaded.name, loaded.body, loaded.kind, actor=actor, now=now)


def preview(
    db: Database, name: str, contact_phone: str | None = None, *, sample: int = 0
) -> Preview:
    """The saved template as the contact with ``contact_phone`` (else a sample) would get it."""
    info = get_template(db, name)
    return preview_body(db, info.body, info.kind, contact_phone=contact_phone, sample=sample)


def selection_cost(
    uow: UnitOfWork,
    name: str,
    selection: Selection | None = None,
    *,
    segment_cap: int | None = None,
) -> SelectionCost:
    """Worst case, total segments and cost over the contacts a batch of the template would reach.

    The batch's own policy decides who: a campaign template reaches consenting contacts, a
    consent request the pending ones never asked nor waiting in another consent batch; opted-out
    numbers are never counted.
    """
    with uow.transaction() as session:
        info = _info(_load(session, name))
        return estimate_selection(uow, info.body, info.kind, selection, segment_cap=segment_cap)
