"""Rented and purchased files need the wording people were shown at collection (LEGAL.md §2)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from campagne_desktop.domain.enums import SourceKind
from campagne_desktop.domain.messages import ComplianceError
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import ContactFilter, count_contacts
from campagne_desktop.services.sources import SourceDeclaration

NOW = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize("kind", [SourceKind.RENTED, SourceKind.PURCHASED])
@pytest.mark.parametrize("wording", ["", "   "])
def test_rented_or_purchased_file_without_wording_is_refused(db, tmp_path, kind, wording) -> None:
    path = tmp_path / "loue.csv"
    path.write_text("tel\n0612345678\n", encoding="utf-8")
    declaration = SourceDeclaration(
        kind=kind,
        description="liste louée à Société X le 2 février",
        obtained_on=date(2026, 2, 2),
        collection_wording=wording,
    )
    with pytest.raises(ComplianceError, match="political"):
        import_contacts(db, path, declaration, actor="t", now=NOW)
    assert count_contacts(db, ContactFilter()) == 0


def test_rented_file_with_its_wording_is_accepted() -> None:
    declaration = SourceDeclaration(
        kind=SourceKind.RENTED,
        description="liste louée à Société X le 2 février",
        obtained_on=date(2026, 2, 2),
        collection_wording="Vos données pourront être utilisées à des fins politiques.",
    )
    assert declaration.checked() is declaration


def test_a_form_needs_no_wording() -> None:
    declaration = SourceDeclaration(
        kind=SourceKind.FORM, description="formulaire du site", obtained_on=date(2026, 2, 2)
    )
    assert declaration.checked() is declaration
