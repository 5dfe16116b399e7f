"""The one SQL translation of a :class:`~campagne_desktop.domain.selection.Selection`.

Every filter is on ``contact`` alone (the source kind through a sub-query), so a count needs no
join. Tags and communes are compared folded (``fold`` is registered on every connection), as the
search column is: "sèvres", "Sevres" and "SÈVRES" select the same people everywhere.

A search of 3 characters or more reads the trigram index ``contact_fts`` (migration 0004_perf)
instead of every row; it selects exactly the rows ``Selection.matches`` selects (a property test
holds them equal), and falls back to the plain substring test where trigrams cannot say the same.
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy import column as sql_column

from ..domain.selection import Selection
from ..domain.text import fold
from ..storage.models import Contact, Source

# A search of this many characters or more reads the trigram index.
TRIGRAM = 3
_FTS_ROWIDS = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :fts"


def _fts_phrase(value: str) -> str:
    """An FTS5 phrase: with the trigram tokenizer, the rows containing ``value`` anywhere."""
    return '"' + value.replace('"', '""') + '"'


def _phone_digits(term: str) -> str | None:
    """The digits searched in the number ("06 12" finds +33612…), or None for a search by name."""
    digits = "".join(c for c in term if c.isdigit())
    return digits.lstrip("0") if len(digits) >= TRIGRAM else None


def trigram_query(term: str) -> str | None:
    """The trigram index query selecting what ``search`` selects, or None when it cannot.

    None for fewer than 3 folded characters, or when the number part is shorter than a trigram
    once its zeros are dropped ("012" searches "12" in the number): the plain test then runs.
    """
    term = term.strip()
    folded = fold(term)
    digits = _phone_digits(term)
    if len(folded) < TRIGRAM or (digits is not None and len(digits) < TRIGRAM):
        return None
    query = f"search_text : {_fts_phrase(folded)}"
    if digits is not None:
        query += f" OR phone : {_fts_phrase(digits)}"
    return query


def search_clause(term: str, *, walk_sort_index: bool = False) -> ColumnElement[bool]:
    """Contacts whose folded names/commune contain ``term``, or whose number has its digits.

    ``walk_sort_index``: for a page of many matches, SQLite should read rows in the page's sort
    order and keep the matching ones, not read every match then sort them.
    """
    term = term.strip()
    fts = trigram_query(term)
    if fts is not None:
        matches = text(_FTS_ROWIDS).bindparams(fts=fts).columns(sql_column("rowid", Integer))
        # `id + 0` is not the rowid any more: SQLite then keeps the sort index's order.
        ids = (Contact.id + literal_column("0")) if walk_sort_index else Contact.id
        return ids.in_(matches)
    # One folded column: "zoe" finds Zoé, one LIKE per row instead of four.
    clauses: list[ColumnElement[bool]] = [Contact.search_text.contains(fold(term), autoescape=True)]
    digits = _phone_digits(term)
    if digits is not None:
        clauses.append(Contact.phone.contains(digits, autoescape=True))
    return or_(*clauses)


def selection_clause(selection: Selection, *, walk_sort_index: bool = False) -> ColumnElement[bool]:
    """A WHERE clause on ``contact`` for everything the selection narrows (not the date: that
    one is a rule of the eligibility policy, counted as a reason)."""
    clauses: list[ColumnElement[bool]] = []
    if selection.search.strip():
        clauses.append(search_clause(selection.search, walk_sort_index=walk_sort_index))
    tags = selection.folded_tags()
    if tags:
        padded = literal(",") + func.fold(Contact.tags) + literal(",")
        clauses.append(or_(*(padded.contains(f",{t},", autoescape=True) for t in tags)))
    communes = selection.folded_communes()
    if communes:
        # The folded search column ends with the folded commune: a C-speed LIKE first, so the
        # exact test in Python (fold) runs only on the few rows that may match.
        clauses.append(
            and_(
                or_(*(Contact.search_text.endswith(c, autoescape=True) for c in communes)),
                func.fold(Contact.commune).in_(communes),
            )
        )
    if selection.source_kinds:
        kinds = [k.value for k in selection.source_kinds]
        clauses.append(Contact.source_id.in_(select(Source.id).where(Source.kind.in_(kinds))))
    if not clauses:
        return true()
    return and_(*clauses)
