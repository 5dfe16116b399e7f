from __future__ import annotations

from datetime import date

from campagne_desktop.domain.enums import SourceKind
from campagne_desktop.domain.selection import Selection


def _matches(selection: Selection, **contact) -> bool:
    values = {
        "tags": "bénévole,vip",
        "commune": "Sèvres",
        "source_kind": SourceKind.FORM,
        "search_text": "zoe martin sevres",
        "phone": "+33612345678",
    } | contact
    return selection.matches(**values)


def test_communes_and_tags_ignore_case_and_accents() -> None:
    for typed in ("sèvres", "SEVRES", " Sèvres "):
        assert _matches(Selection(communes=(typed,)))
    assert not _matches(Selection(communes=("Sèvres-Anxaumont",)))
    assert _matches(Selection(tags=("BENEVOLE",)))
    assert not _matches(Selection(tags=("vi",)))  # whole tags only


def test_search_by_name_or_phone_digits() -> None:
    assert _matches(Selection(search="Zoé"))
    assert _matches(Selection(search="06 12 34"))
    assert not _matches(Selection(search="Durand"))


def test_source_kinds_and_empty_selection() -> None:
    assert _matches(Selection())
    assert not _matches(Selection(source_kinds=(SourceKind.RENTED,)))


def test_json_round_trip_keeps_everything() -> None:
    selection = Selection(
        tags=("vip",),
        communes=("Sèvres",),
        source_kinds=(SourceKind.FORM,),
        not_messaged_since=date(2026, 3, 1),
        search="zoé",
    )
    assert Selection.from_json(selection.as_json()) == selection
    assert Selection.from_json({}) == Selection()  # batches made before the search field
