"""People type "oeuvray" for Œuvray: the search and the 0010 migration fold the ligatures."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from campagne_desktop.domain.enums import ConsentStatus, SourceKind
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import ContactFilter, count_contacts, list_contacts
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.storage.migrate import upgrade_to_head


@pytest.fixture
def people(db, ctx, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "prenom;nom;tel;ville\n"
        "François;Œuvray;0612345601;Lyon\n"
        "Lætitia;Cœurdevey;0612345602;Sæint-Test\n"
        "Jérôme;Martin;0612345603;Bron\n",
        encoding="utf-8",
    )
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire",
        obtained_on=date(2026, 2, 1),
        collection_wording="Vos données pourront servir à des fins politiques.",
        consent=ConsentStatus.GRANTED,
    )
    assert import_contacts(db, path, declaration, actor="t", now=ctx.clock()).accepted == 3
    return db


def _found(db, term: str) -> list[str]:
    return [c.last_name for c in list_contacts(db, ContactFilter(search=term))]


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("oeuvray", ["Œuvray"]),
        ("OEUV", ["Œuvray"]),
        ("œuvray", ["Œuvray"]),
        ("laetitia", ["Cœurdevey"]),
        ("coeurdevey", ["Cœurdevey"]),
        ("jerome", ["Martin"]),
    ],
)
def test_typed_without_the_ligature_the_name_is_found(people, term, expected) -> None:
    assert _found(people, term) == expected
    assert count_contacts(people, ContactFilter(search=term)) == len(expected)


def test_the_migration_refolds_the_names_stored_before_it(people) -> None:
    # As a campaign made before 0010 stored it: the ligature kept in the folded column.
    with people.engine.begin() as c:
        c.execute(
            text("UPDATE contact SET search_text = 'francois œuvray lyon' WHERE phone LIKE '%601'")
        )
        c.execute(text("UPDATE alembic_version SET version_num = '0009_dashboard'"))
    assert _found(people, "oeuvray") == []
    upgrade_to_head(people.engine)
    assert _found(people, "oeuvray") == ["Œuvray"]
    with people.engine.connect() as c:
        assert (
            c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0010_ligatures"
        )
