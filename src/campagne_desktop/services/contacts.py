"""The contact list: filtered, paged queries for the table and the command line; edits and tags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..domain.enums import ConsentStatus, SourceKind
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.phones import normalise
from ..domain.selection import Selection
from ..storage.database import Database
from ..storage.models import Contact, Source
from . import audit
from .selection_sql import selection_clause


class ContactNotFoundError(UserError):
    pass


@dataclass(frozen=True)
class ContactFilter:
    search: str = ""  # matched against names, commune and phone digits
    consent: ConsentStatus | None = None
    tag: str = ""
    commune: str = ""
    source_kind: SourceKind | None = None

    def selection(self) -> Selection:
        """The list's filters as the one selection type batches and estimates use too."""
        return Selection(
            tags=(self.tag,) if self.tag.strip() else (),
            communes=(self.commune,) if self.commune.strip() else (),
            source_kinds=(self.source_kind,) if self.source_kind is not None else (),
            search=self.search,
        )


@dataclass(frozen=True)
class ContactView:
    id: int
    phone: str
    region: str
    first_name: str
    last_name: str
    commune: str
    postal_code: str
    tags: tuple[str, ...]
    consent: ConsentStatus
    consent_at: datetime | None
    consent_evidence: str
    source_kind: SourceKind
    source_description: str
    source_date: date
    created_at: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "phone": self.phone,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "commune": self.commune,
            "consent": self.consent.value,
            "source_kind": self.source_kind.value,
            "tags": list(self.tags),
        }


SORTABLE = ("last_name", "first_name", "phone", "commune", "consent", "created_at")


def _view(contact: Contact, source: Source) -> ContactView:
    return ContactView(
        id=contact.id,
        phone=contact.phone,
        region=contact.region,
        first_name=contact.first_name,
        last_name=contact.last_name,
        commune=contact.commune,
        postal_code=contact.postal_code,
        tags=tuple(t for t in contact.tags.split(",") if t),
        consent=ConsentStatus(contact.consent),
        consent_at=contact.consent_at,
        consent_evidence=contact.consent_evidence,
        source_kind=SourceKind(source.kind),
        source_description=source.description,
        source_date=source.obtained_on,
        created_at=contact.created_at,
    )


def _filtered(query: Select[Contact, Source], where: ContactFilter) -> Select[Contact, Source]:
    query = query.where(selection_clause(where.selection()))
    if where.consent is not None:
        query = query.where(Contact.consent == where.consent.value)
    return query


def _base() -> Select[Contact, Source]:
    return select(Contact, Source).join(Source, Contact.source_id == Source.id)


def count_contacts(db: Database, where: ContactFilter = ContactFilter()) -> int:
    with db.session() as session:
        query = _filtered(_base(), where).with_only_columns(func.count(Contact.id))
        return int(session.scalar(query) or 0)


def list_contacts(
    db: Database,
    where: ContactFilter = ContactFilter(),
    *,
    offset: int = 0,
    limit: int | None = None,
    order_by: str = "last_name",
    descending: bool = False,
) -> list[ContactView]:
    """One page of contacts (LIMIT/OFFSET), sorted on an indexed column then id for stability."""
    column = getattr(Contact, order_by if order_by in SORTABLE else "last_name")
    if where.search.strip() or where.tag.strip():
        # A search keeps few rows: filter them all, then sort. Ordering on the bare column
        # makes SQLite walk the whole name index instead (seconds on 100,000 contacts).
        column = func.lower(column)
    ordering = column.desc() if descending else column.asc()
    query = _filtered(_base(), where).order_by(ordering, Contact.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_view(c, s) for c, s in session.execute(query)]


def list_communes(db: Database) -> list[str]:
    with db.session() as session:
        query = (
            select(Contact.commune)
            .where(Contact.commune != "")
            .distinct()
            .order_by(Contact.commune)
        )
        return list(session.scalars(query))


def list_tags(db: Database) -> list[str]:
    with db.session() as session:
        tags: set[str] = set()
        for value in session.scalars(select(Contact.tags).where(Contact.tags != "").distinct()):
            tags.update(t for t in value.split(",") if t)
        return sorted(tags)


def find_contact(session: Session, raw_phone: str) -> Contact | None:
    phone = normalise(raw_phone).e164
    return session.scalar(select(Contact).where(Contact.phone == phone))


def get_contact(db: Database, raw_phone: str) -> ContactView:
    with db.session() as session:
        contact = find_contact(session, raw_phone)
        if contact is None:
            raise ContactNotFoundError(
                QT_TRANSLATE_NOOP("messages", "No contact has the number {phone}."), phone=raw_phone
            )
        return _view(contact, contact.source)


def update_contact(
    db: Database,
    contact_id: int,
    *,
    first_name: str,
    last_name: str,
    commune: str,
    postal_code: str,
    tags: list[str],
    actor: str,
    now: datetime,
) -> None:
    with db.session() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise ContactNotFoundError(
                QT_TRANSLATE_NOOP("messages", "This contact no longer exists.")
            )
        contact.first_name = first_name.strip()[:100]
        contact.last_name = last_name.strip()[:100]
        contact.commune = commune.strip()[:100]
        contact.postal_code = postal_code.strip()[:10]
        contact.tags = ",".join(dict.fromkeys(t.strip().lower() for t in tags if t.strip()))
        contact.updated_at = now.replace(tzinfo=None)
        audit.record(session, at=now, actor=actor, action="contact.edited", counts={"contacts": 1})


def tag_contacts(
    db: Database,
    phones: list[str],
    *,
    add: list[str],
    remove: list[str],
    actor: str,
    now: datetime,
) -> int:
    """Add/remove tags on the given numbers; returns how many contacts changed."""
    add_clean = [t.strip().lower() for t in add if t.strip()]
    remove_clean = {t.strip().lower() for t in remove}
    changed = 0
    with db.session() as session:
        for raw in phones:
            contact = find_contact(session, raw)
            if contact is None:
                raise ContactNotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No contact has the number {phone}."), phone=raw
                )
            current = [t for t in contact.tags.split(",") if t and t not in remove_clean]
            updated = ",".join(dict.fromkeys(current + add_clean))
            if updated != contact.tags:
                contact.tags = updated
                contact.updated_at = now.replace(tzinfo=None)
                changed += 1
        audit.record(
            session, at=now, actor=actor, action="contacts.tagged", counts={"contacts": changed}
        )
    return changed
