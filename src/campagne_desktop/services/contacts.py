"""The contact list: filtered, paged queries for the table and the command line; edits and tags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, literal, select, text, tuple_
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.eligibility import wanted_consent
from ..domain.enums import ConsentStatus, OptOutChannel, SourceKind, TemplateKind
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.phones import normalise
from ..domain.selection import Selection
from ..storage.database import Database
from ..storage.models import Contact, OptOut, Source
from . import audit
from .audience import reachable_clause
from .selection_sql import selection_clause, trigram_query


class ContactNotFoundError(UserError):
    pass


class Reach(StrEnum):
    """Who the list shows, by what the eligibility policy and the opt-out list say."""

    CAMPAIGN = "campaign"  # a campaign message may go to them (the policy's own SQL form)
    CONSENT_REQUEST = "consent_request"  # a consent request may go to them
    OPTED_OUT = "opted_out"  # on the opt-out list: never messaged again


@dataclass(frozen=True)
class ContactFilter:
    search: str = ""  # matched against names, commune and phone digits
    consent: ConsentStatus | None = None
    tag: str = ""
    commune: str = ""
    source_kind: SourceKind | None = None
    reach: Reach | None = None

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
    # How the number opted out, when it did: whatever its consent, it is never messaged again.
    opted_out: OptOutChannel | None = None

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


def _view(contact: Contact, source: Source, opted_out: str | None = None) -> ContactView:
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
        opted_out=OptOutChannel(opted_out) if opted_out else None,
    )


QueryT = TypeVar("QueryT", bound=Select[*tuple[Any, ...]])
_FTS_COUNT = "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH :fts"
# Above this many matches, a page walks the sort index and keeps the matching rows (stops after
# a page); below, the matching rows are read by id and sorted (a walk could go a long way).
DENSE_MATCHES = 2000


def _fts_count(session: Session, search: str) -> int | None:
    """How many contacts the search selects, counted in the trigram index; None if it cannot."""
    fts = trigram_query(search) if search.strip() else None
    if fts is None:
        return None
    return int(session.execute(text(_FTS_COUNT), {"fts": fts}).scalar_one())


def is_opted_out() -> ColumnElement[bool]:
    """The contact's number is on the opt-out list: an uncorrelated ``IN`` list on its unique
    index, read once per query."""
    return Contact.phone.in_(select(OptOut.phone))


def _reach_kind(reach: Reach) -> TemplateKind:
    return TemplateKind.CAMPAIGN if reach is Reach.CAMPAIGN else TemplateKind.CONSENT


def _reach_clause(reach: Reach, *, walk_sort_index: bool) -> ColumnElement[bool]:
    if reach is Reach.OPTED_OUT:
        return is_opted_out()  # few rows: read through the phone index, then sorted
    reachable = reachable_clause(_reach_kind(reach))
    if not walk_sort_index:
        return reachable
    # SQLite uses no index for a condition inside a function: the page's sort index wins.
    return func.coalesce(reachable, False).is_(True)


def _dense_reach(session: Session, where: ContactFilter) -> bool:
    """Whether a page of this reach should walk its sort index and keep the reachable rows.

    When most of the list is reachable (the usual case), reading every reachable row through
    the consent index and sorting them all costs 260 ms a page at 100,000 contacts; walking
    stops after a page. When few are (everyone still pending), walking would read the whole
    list for nothing. The consent index counts the candidates in a few ms.
    """
    if where.reach is None or where.reach is Reach.OPTED_OUT:
        return False
    wanted = wanted_consent(_reach_kind(where.reach)).value
    candidates = session.scalar(
        select(func.count()).select_from(Contact).where(Contact.consent == wanted)
    )
    return int(candidates or 0) > DENSE_MATCHES


def _filtered(
    query: QueryT,
    where: ContactFilter,
    *,
    walk_sort_index: bool = False,
    dense_reach: bool = False,
) -> QueryT:
    query = query.where(selection_clause(where.selection(), walk_sort_index=walk_sort_index))
    if where.consent is not None:
        query = query.where(Contact.consent == where.consent.value)
    if where.reach is not None:
        query = query.where(_reach_clause(where.reach, walk_sort_index=dense_reach))
    return query


# Per row of a page: the channel of the number's opt-out, found through the unique index on
# ``opt_out.phone`` (a page reads 200 rows: 200 index probes).
_OPT_OUT_CHANNEL = (
    select(OptOut.channel).where(OptOut.phone == Contact.phone).scalar_subquery().label("opt_out")
)


def _base() -> Select[Contact, Source, str | None]:
    return select(Contact, Source, _OPT_OUT_CHANNEL).join(Source, Contact.source_id == Source.id)


def count_contacts(db: Database, where: ContactFilter = ContactFilter()) -> int:
    query = select(func.count()).select_from(Contact)
    with db.session() as session:
        if where == ContactFilter(search=where.search):  # a search alone: the index counts
            counted = _fts_count(session, where.search)
            if counted is not None:
                return counted
        return int(session.scalar(_filtered(query, where)) or 0)


# Where a page starts: (sort value, id) of the row before it; None for the first page.
SortKey = tuple[Any, int]


@dataclass(frozen=True)
class ContactPage:
    rows: list[ContactView]
    last_key: SortKey | None  # pass as ``after`` to read the next page


def _sort_column(order_by: str) -> ColumnElement[Any]:
    return getattr(Contact, order_by if order_by in SORTABLE else "last_name")  # type: ignore[no-any-return]


def contact_page(
    db: Database,
    where: ContactFilter = ContactFilter(),
    *,
    after: SortKey | None = None,
    skip: int = 0,
    limit: int = 200,
    order_by: str = "last_name",
    descending: bool = False,
) -> ContactPage:
    """``limit`` contacts after the row whose key is ``after`` (keyset paging), ``skip`` rows on.

    Sorted on an indexed column then id. Skipping walks the column's index for keys only, then
    the page itself is read from where the walk stopped.
    """
    column = _sort_column(order_by)
    # The opted-out few are found through the phone index, then sorted. A bound on the sort
    # column itself would let SQLite walk the sort index from there instead, reading rows until
    # a page of opted-out people turns up (seconds at 1,000,000): ``|| ''`` hides the index.
    bounded = column.concat("") if where.reach is Reach.OPTED_OUT else column
    key = tuple_(bounded, Contact.id)

    def beyond(query: Select[Any], start: SortKey | None, inclusive: bool) -> Select[Any]:
        if start is None:
            return query
        bound = tuple_(literal(start[0]), literal(start[1]))
        if descending:
            return query.where(key <= bound if inclusive else key < bound)
        return query.where(key >= bound if inclusive else key > bound)

    ordering = (column.desc(), Contact.id.desc()) if descending else (column, Contact.id)
    inclusive = False
    with db.session() as session:
        counted = _fts_count(session, where.search)
        walk_sort_index = counted is not None and counted > DENSE_MATCHES
        dense_reach = _dense_reach(session, where)
        if skip:
            walk = select(column, Contact.id).select_from(Contact)
            walk = _filtered(walk, where, walk_sort_index=walk_sort_index, dense_reach=dense_reach)
            walk = beyond(walk, after, False).order_by(*ordering)
            found = session.execute(walk.offset(skip).limit(1)).first()
            if found is None:
                return ContactPage([], None)
            after, inclusive = (found[0], found[1]), True
        query = _filtered(
            _base().add_columns(column),
            where,
            walk_sort_index=walk_sort_index,
            dense_reach=dense_reach,
        )
        query = beyond(query, after, inclusive).order_by(*ordering).limit(limit)
        rows = session.execute(query).all()
    views = [_view(c, s, o) for c, s, o, _ in rows]
    last = (rows[-1][3], rows[-1][0].id) if rows else None
    return ContactPage(views, last)


def list_contacts(
    db: Database,
    where: ContactFilter = ContactFilter(),
    *,
    offset: int = 0,
    limit: int | None = None,
    order_by: str = "last_name",
    descending: bool = False,
) -> list[ContactView]:
    """Contacts from row ``offset`` on, sorted on an indexed column then id for stability."""
    column = _sort_column(order_by)
    ordering = (column.desc(), Contact.id.desc()) if descending else (column, Contact.id)
    query = _filtered(_base(), where).order_by(*ordering).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_view(c, s, o) for c, s, o in session.execute(query)]


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
        channel = session.scalar(select(OptOut.channel).where(OptOut.phone == contact.phone))
        return _view(contact, contact.source, channel)


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
        contact.updated_at = now
        audit.record(
            session, at=now, actor=actor, action=AuditAction.CONTACT_EDITED, counts={"contacts": 1}
        )


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
                contact.updated_at = now
                changed += 1
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.CONTACTS_TAGGED,
            counts={"contacts": changed},
        )
    return changed
