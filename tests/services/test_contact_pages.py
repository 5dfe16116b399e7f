"""Keyset pages and the trigram search give the same rows as the plain queries, and as the
Selection's own Python rule (``Selection.matches``) for any filter of the list."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from campagne_desktop.domain.enums import ConsentStatus, SourceKind
from campagne_desktop.domain.text import contact_search_text
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import (
    SORTABLE,
    ContactFilter,
    contact_page,
    count_contacts,
    list_contacts,
    update_contact,
)
from campagne_desktop.services.selection_sql import trigram_query
from campagne_desktop.services.sources import SourceDeclaration

NAMES = ("Zoé Lefèvre", "Jean Martin", "Anne Martin", "Éloïse Durand", "Marc Lemarié", "Léa Roux")
COMMUNES = ("Lyon", "Saint-Étienne", "Bron", "Sèvres")
TAGS = ("", "vip", "Bénévole;vip", "jeunes", "")


def _import(db, ctx, path, rows, kind, consent) -> int:
    lines = ["Prénom;Nom;Portable;Ville;Groupes"]
    for i in rows:  # duplicate names: the id decides the order among them
        first, last = NAMES[i % len(NAMES)].split()
        commune, tags = COMMUNES[i % len(COMMUNES)], TAGS[i % len(TAGS)]
        lines.append(f"{first};{last};06 13 {i // 100:02d} {i % 100:02d} 11;{commune};{tags}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    declaration = SourceDeclaration(
        kind=kind,
        description="liste louée à Société X le 2 février" if kind is SourceKind.RENTED else "site",
        obtained_on=date(2026, 2, 1),
        collection_wording="Vos données pourront servir à des fins politiques.",
        consent=consent,
    )
    return import_contacts(db, path, declaration, actor="t", now=ctx.clock()).accepted


@pytest.fixture
def listed(db, ctx, tmp_path):
    form = _import(db, ctx, tmp_path / "c.csv", range(97), SourceKind.FORM, ConsentStatus.GRANTED)
    rented = range(97, 120)
    pending = ConsentStatus.PENDING
    assert (form, _import(db, ctx, tmp_path / "r.csv", rented, SourceKind.RENTED, pending)) == (
        97,
        23,
    )
    return db


def keyset_walk(db, where, order_by, descending, size):
    pages, after = [], None
    while True:
        page = contact_page(
            db, where, after=after, limit=size, order_by=order_by, descending=descending
        )
        if not page.rows:
            return pages
        pages.append([c.id for c in page.rows])
        after = page.last_key


@pytest.mark.parametrize("order_by", ["last_name", "first_name", "phone", "commune", "consent"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("search", ["", "mar", "a"])
def test_keyset_pages_are_the_offset_pages(listed, order_by, descending, search) -> None:
    where = ContactFilter(search=search)
    expected = [
        c.id for c in list_contacts(listed, where, order_by=order_by, descending=descending)
    ]
    walked = keyset_walk(listed, where, order_by, descending, 10)
    assert [i for page in walked for i in page] == expected
    assert len(expected) == count_contacts(listed, where)
    for skip in (0, 10, 35, 90):  # a jump: the index is walked for the page's first key
        page = contact_page(
            listed, where, skip=skip, limit=10, order_by=order_by, descending=descending
        )
        assert [c.id for c in page.rows] == expected[skip : skip + 10]


@pytest.mark.parametrize("term", ["mar", "lefe", "LÉA", "saint-e", "0613", "+33 6 13 00 05", "zzz"])
def test_trigram_search_finds_what_a_substring_search_finds(listed, term) -> None:
    with listed.session() as session:
        rows = session.execute(text("SELECT id, search_text, phone FROM contact")).all()
    folded = contact_search_text(term, "", "")
    digits = "".join(c for c in term if c.isdigit()).lstrip("0")
    expected = {
        i for i, search_text, phone in rows
        if folded in search_text or (len(digits) >= 3 and digits in phone)
    }  # fmt: skip
    found = {c.id for c in list_contacts(listed, ContactFilter(search=term))}
    assert found == expected
    assert count_contacts(listed, ContactFilter(search=term)) == len(expected)


def test_the_search_index_follows_edits_and_erasures(listed, ctx) -> None:
    martin = list_contacts(listed, ContactFilter(search="jean martin"))[0]
    update_contact(
        listed, martin.id, first_name="Jean", last_name="Quenneville", commune="Lyon",
        postal_code="", tags=[], actor="t", now=ctx.clock(),
    )  # fmt: skip
    assert martin.id not in {c.id for c in list_contacts(listed, ContactFilter(search="martin"))}
    assert [c.id for c in list_contacts(listed, ContactFilter(search="quennev"))] == [martin.id]
    with listed.session() as session:
        session.execute(text("DELETE FROM contact WHERE id = :i"), {"i": martin.id})
    assert list_contacts(listed, ContactFilter(search="quennev")) == []


def _selected_by_python(db, where: ContactFilter) -> set[int]:
    """The reference: the Selection's own rule, applied to every stored contact."""
    with db.session() as session:
        rows = session.execute(
            text(
                "SELECT contact.id, tags, commune, source.kind, search_text, phone, consent "
                "FROM contact JOIN source ON source.id = contact.source_id"
            )
        ).all()
    selection = where.selection()
    return {
        i
        for i, tags, commune, kind, search_text, phone, consent in rows
        if selection.matches(
            tags=tags,
            commune=commune,
            source_kind=SourceKind(kind),
            search_text=search_text,
            phone=phone,
        )
        and (where.consent is None or consent == where.consent.value)
    }


filters = st.builds(
    ContactFilter,
    search=st.sampled_from(
        ["", "a", "mar", "MARTIN", "lefè", "saint-é", "in l", "0613", "06 13 00 05", "012", "000"]
    )
    | st.text(alphabet="aeéilmnrtz 0136", max_size=5),
    consent=st.none() | st.sampled_from([ConsentStatus.GRANTED, ConsentStatus.PENDING]),
    tag=st.sampled_from(["", "vip", "BENEVOLE", "jeunes"]),
    commune=st.sampled_from(["", "lyon", "SEVRES", "saint-etienne"]),
    source_kind=st.none() | st.sampled_from([SourceKind.FORM, SourceKind.RENTED]),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    where=filters,
    order_by=st.sampled_from(SORTABLE),
    descending=st.booleans(),
    size=st.sampled_from([7, 50]),
)
def test_any_filter_pages_and_searches_as_the_selection_rule(
    listed, where, order_by, descending, size
) -> None:
    """Keyset == OFFSET, and trigram index == substring test, over the one Selection."""
    expected = [
        c.id for c in list_contacts(listed, where, order_by=order_by, descending=descending)
    ]
    assert set(expected) == _selected_by_python(listed, where)
    assert len(expected) == count_contacts(listed, where)
    walked = keyset_walk(listed, where, order_by, descending, size)
    assert [i for page in walked for i in page] == expected
    skip = len(expected) // 2
    page = contact_page(
        listed, where, skip=skip, limit=size, order_by=order_by, descending=descending
    )
    assert [c.id for c in page.rows] == expected[skip : skip + size]


def test_the_trigram_index_answers_only_where_it_says_what_the_rule_says() -> None:
    assert trigram_query("MAR") == 'search_text : "mar"'
    assert trigram_query("06 13") == 'search_text : "06 13" OR phone : "613"'
    # Too short for a trigram, or a number part shorter than one once its zeros are dropped
    # ("012" looks for "12" in the number): the plain substring test runs instead.
    assert trigram_query("ma") is None
    assert trigram_query("012") is None
    assert trigram_query("000") is None
