"""Keyset pages and the trigram search give the same rows as the plain queries."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from campagne_desktop.domain.enums import ConsentStatus, SourceKind
from campagne_desktop.domain.text import contact_search_text
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import (
    ContactFilter,
    contact_page,
    count_contacts,
    list_contacts,
    update_contact,
)
from campagne_desktop.services.sources import SourceDeclaration

NAMES = ("Zoé Lefèvre", "Jean Martin", "Anne Martin", "Éloïse Durand", "Marc Lemarié", "Léa Roux")
COMMUNES = ("Lyon", "Saint-Étienne", "Bron")


@pytest.fixture
def listed(db, ctx, tmp_path):
    lines = ["Prénom;Nom;Portable;Ville;Groupes"]
    for i in range(97):  # duplicate names: the id decides the order among them
        first, last = NAMES[i % len(NAMES)].split()
        lines.append(f"{first};{last};06 13 {i // 100:02d} {i % 100:02d} 11;{COMMUNES[i % 3]};")
    path = tmp_path / "c.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire",
        obtained_on=date(2026, 2, 1),
        collection_wording="J'accepte",
        consent=ConsentStatus.GRANTED,
    )
    assert import_contacts(db, path, declaration, actor="t", now=ctx.clock()).accepted == 97
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
