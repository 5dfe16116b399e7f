"""The one SQL translation of a :class:`~campagne_desktop.domain.selection.Selection`.

Every filter is on ``contact`` alone (the source kind through a sub-query), so a count needs no
join. Tags and communes are compared folded (``fold`` is registered on every connection), as the
search column is: "sèvres", "Sevres" and "SÈVRES" select the same people everywhere.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, func, literal, or_, select, true

from ..domain.selection import Selection
from ..domain.text import fold
from ..storage.models import Contact, Source


def search_clause(term: str) -> ColumnElement[bool]:
    term = term.strip()
    # One folded column: "zoe" finds Zoé, one LIKE per row instead of four.
    clauses: list[ColumnElement[bool]] = [Contact.search_text.contains(fold(term), autoescape=True)]
    digits = "".join(c for c in term if c.isdigit())
    if len(digits) >= 3:
        # "06 12" and "+33 6 12" both find +33612…: search the national significant part.
        clauses.append(Contact.phone.contains(digits.lstrip("0")))
    return or_(*clauses)


def selection_clause(selection: Selection) -> ColumnElement[bool]:
    """A WHERE clause on ``contact`` for everything the selection narrows (not the date: that
    one is a rule of the eligibility policy, counted as a reason)."""
    clauses: list[ColumnElement[bool]] = []
    if selection.search.strip():
        clauses.append(search_clause(selection.search))
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
