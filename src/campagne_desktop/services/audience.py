"""The SQL form of the eligibility policy (``domain/eligibility.py``), and the counts built on it.

:func:`reason_column` walks the policy's own ordered rules for the template kind and puts each
rule's SQL translation in one ``CASE``: the first that holds names the reason, ``NULL`` means
reachable. Sub-queries are uncorrelated ``IN`` lists, which SQLite evaluates once per query.
The live count, the estimate, batch creation, the check and the dashboard all use it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, not_, or_, select
from sqlalchemy.orm import Session

from ..domain.eligibility import CONTACT_RULES, Reason, since_moment, wanted_consent
from ..domain.enums import TemplateKind
from ..domain.lifecycle import LEFT_APP_MESSAGES, LIVE_BATCH_STATES
from ..domain.selection import Selection
from ..storage.models import Batch, BatchMessage, Contact, OptOut
from .held_replies import held_phones
from .selection_sql import selection_clause


def _contacts_with_messages(*where: Any, judged_batch: int | None) -> Select[Any]:
    query = (
        select(BatchMessage.contact_id)
        .join(Batch, BatchMessage.batch_id == Batch.id)
        .where(BatchMessage.contact_id.is_not(None), *where)
    )
    if judged_batch is not None:
        query = query.where(Batch.id != judged_batch)  # a batch never excludes its own people
    return query


def _left(*where: Any, judged_batch: int | None) -> Select[Any]:
    """Contacts with a message that left the app (exported or sent)."""
    left = [m.value for m in LEFT_APP_MESSAGES]
    return _contacts_with_messages(BatchMessage.state.in_(left), *where, judged_batch=judged_batch)


def _asked(judged_batch: int | None) -> ColumnElement[bool]:
    by_message = Contact.id.in_(
        _left(Batch.template_kind == TemplateKind.CONSENT.value, judged_batch=judged_batch)
    )
    # The column is set when a consent batch leaves; a batch being checked again (--again)
    # must not count its own earlier export against its own people.
    marked: ColumnElement[bool] = Contact.consent_requested_at.is_not(None)
    if judged_batch is not None:
        own = select(BatchMessage.contact_id).where(
            BatchMessage.batch_id == judged_batch,
            BatchMessage.contact_id.is_not(None),
            BatchMessage.state.in_([m.value for m in LEFT_APP_MESSAGES]),
        )
        marked = and_(marked, Contact.id.not_in(own))
    return or_(by_message, marked)


def _predicate(
    reason: Reason, kind: TemplateKind, since: datetime | None, judged_batch: int | None
) -> ColumnElement[bool] | None:
    """One rule of the policy in SQL; None when it cannot hold for these arguments."""
    if reason is Reason.ERASED:
        # Only a frozen message outer-joined to its (erased) contact has no contact row.
        return Contact.id.is_(None) if judged_batch is not None else None
    if reason is Reason.OPTED_OUT:
        return Contact.phone.in_(select(OptOut.phone))
    if reason is Reason.REPLY_TO_READ:
        return Contact.phone.in_(held_phones())
    if reason is Reason.NOT_CONSENTED:
        return Contact.consent != wanted_consent(kind).value
    if reason is Reason.CONSENT_ALREADY_REQUESTED:
        return _asked(judged_batch)
    if reason is Reason.CONSENT_REQUEST_PENDING:
        live = [s.value for s in LIVE_BATCH_STATES]
        return Contact.id.in_(
            _contacts_with_messages(
                Batch.template_kind == TemplateKind.CONSENT.value,
                Batch.state.in_(live),
                judged_batch=judged_batch,
            )
        )
    if reason is Reason.MESSAGED_RECENTLY:
        if since is None:
            return None
        return Contact.id.in_(_left(Batch.exported_at >= since, judged_batch=judged_batch))
    raise AssertionError(f"no SQL form for {reason}")  # a new rule needs its translation


def _rules(
    kind: TemplateKind, since: datetime | None, judged_batch: int | None
) -> list[tuple[Reason, ColumnElement[bool]]]:
    """The policy's rules for ``kind``, in order, each with its SQL predicate."""
    found = []
    for reason in CONTACT_RULES[kind]:
        predicate = _predicate(reason, kind, since, judged_batch)
        if predicate is not None:
            found.append((reason, predicate))
    return found


def reason_column(
    kind: TemplateKind, since: datetime | None = None, *, judged_batch: int | None = None
) -> ColumnElement[str | None]:
    """The policy's verdict per contact row: a :class:`Reason` value, or NULL (reachable).

    ``since`` is the aware start of the 'not messaged since' day (``since_moment``)."""
    whens = [
        (predicate, literal(reason.value))
        for reason, predicate in _rules(kind, since, judged_batch)
    ]
    return case(*whens, else_=None)


def reachable_clause(
    kind: TemplateKind, since: datetime | None = None, *, judged_batch: int | None = None
) -> ColumnElement[bool]:
    """No rule holds: the same verdict as ``reason_column(...) IS NULL``, in a form SQLite can
    answer from the consent index instead of evaluating the CASE on every row."""
    return and_(*(not_(predicate) for _, predicate in _rules(kind, since, judged_batch)))


def messaged_before_column(*, judged_batch: int | None = None) -> ColumnElement[bool]:
    """The fact :attr:`ContactFacts.messaged_before` in SQL: a message of theirs left the app.

    An uncorrelated ``IN`` list, evaluated once per query: the "full then short" footer reads it
    in the same query as the policy's verdict, never per contact.
    """
    return Contact.id.in_(_left(judged_batch=judged_batch))


def audience(
    kind: TemplateKind,
    selection: Selection,
    *columns: Any,
    tz: str,
    judged_batch: int | None = None,
    with_messaged_before: bool = False,
) -> Select[Any]:
    """The selected contacts with ``columns``, then (``with_messaged_before``) whether a message
    of theirs already left the app, and last their reason (NULL: reachable).

    ``tz``: the campaign's time zone, where the selection's 'not messaged since' day starts."""
    since = since_moment(selection.not_messaged_since, tz)
    reason = reason_column(kind, since, judged_batch=judged_batch).label("reason")
    facts: list[Any] = list(columns)
    if with_messaged_before:
        facts.append(messaged_before_column(judged_batch=judged_batch).label("messaged_before"))
    return (
        select(*facts, reason)
        .select_from(Contact)
        .where(selection_clause(selection))
        .order_by(Contact.id)
    )


def count_reachable(session: Session, kind: TemplateKind, selection: Selection, *, tz: str) -> int:
    """Contacts a message of ``kind`` may go to, short of rendering it (``tz`` as in
    :func:`audience`)."""
    since = since_moment(selection.not_messaged_since, tz)
    query = (
        select(func.count())
        .select_from(Contact)
        .where(selection_clause(selection), reachable_clause(kind, since))
    )
    return int(session.scalar(query) or 0)


def first_reachable_per_source(
    kind: TemplateKind, selection: Selection, *columns: Any, tz: str
) -> Select[Any]:
    """``columns`` of one reachable contact per source (the first), for a per-source sample of
    what a batch would cost: the policy, not a guess at the sources, decides which apply
    (``tz`` as in :func:`audience`)."""
    since = since_moment(selection.not_messaged_since, tz)
    first = (
        select(func.min(Contact.id))
        .where(selection_clause(selection), reachable_clause(kind, since))
        .group_by(Contact.source_id)
    )
    return select(*columns).select_from(Contact).where(Contact.id.in_(first)).order_by(Contact.id)
