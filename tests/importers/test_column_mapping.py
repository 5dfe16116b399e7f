"""Column guessing on real-world header rows, overrides, and reading a record out."""

from __future__ import annotations

import pytest

from campagne_desktop.importers import (
    CONTACT_FIELDS,
    ColumnMappingError,
    RawRecord,
    apply_overrides,
    guess_mapping,
    map_record,
    parse_overrides,
)

GOOGLE_LEGACY = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials",
    "Nickname", "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Notes", "Photo",
    "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type",
    "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type",
    "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - Region",
    "Address 1 - Postal Code", "Address 1 - Country",
]  # fmt: skip
GOOGLE_CURRENT = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Last Name",
    "Nickname", "File As", "Organization Name", "Labels", "E-mail 1 - Label",
    "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Address 1 - Label", "Address 1 - City", "Address 1 - Postal Code",
]  # fmt: skip
OUTLOOK = [
    "Title", "First Name", "Middle Name", "Last Name", "Company", "Business City",
    "Business Postal Code", "Home City", "Home Postal Code", "Assistant's Phone", "Business Fax",
    "Business Phone", "Home Phone", "Mobile Phone", "Other Phone", "Pager", "Primary Phone",
    "Categories",
]  # fmt: skip


def test_french_excel_headers() -> None:
    mapping = guess_mapping(["Prénom", "NOM", "Téléphone portable", "Tél. fixe", "Ville", "CP"])
    assert mapping == {
        "phone": ["Téléphone portable", "Tél. fixe"],
        "first_name": ["Prénom"],
        "last_name": ["NOM"],
        "commune": ["Ville"],
        "postal_code": ["CP"],
        "tags": [],
    }


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("TEL_PORTABLE", "phone"),
        ("GSM", "phone"),
        ("N° de téléphone", "phone"),
        ("Cell phone", "phone"),
        ("Numéro mobile", "phone"),
        ("first_name", "first_name"),
        ("Given name", "first_name"),
        ("Nom de famille", "last_name"),
        ("Surname", "last_name"),
        ("Localité", "commune"),
        ("City", "commune"),
        ("Code postal", "postal_code"),
        ("ZIP", "postal_code"),
        ("Étiquettes", "tags"),
        ("Groupes", "tags"),
    ],
)
def test_single_header_vocabulary(header: str, field: str) -> None:
    mapping = guess_mapping([header])
    assert mapping[field] == [header]
    assert all(not columns for name, columns in mapping.items() if name != field)


@pytest.mark.parametrize(
    "header", ["E-mail 1 - Value", "Phone 1 - Type", "Phonetic First Name", "Fax", "Photo"]
)
def test_look_alikes_are_not_phone_columns(header: str) -> None:
    assert guess_mapping([header])["phone"] == []


def test_bare_numero_is_a_phone_column_only_when_nothing_better_exists() -> None:
    assert guess_mapping(["Nom", "Numéro"])["phone"] == ["Numéro"]
    assert guess_mapping(["Numéro", "Téléphone"])["phone"] == ["Téléphone"]
    assert guess_mapping(["Numéro de rue", "Numéro adhérent"])["phone"] == []


def test_full_name_column_is_a_fallback_for_last_name() -> None:
    assert guess_mapping(["Nom et prénom", "Tel"])["last_name"] == ["Nom et prénom"]
    assert guess_mapping(["Nom et prénom", "Tel"])["first_name"] == []


def test_google_legacy_export() -> None:
    mapping = guess_mapping(GOOGLE_LEGACY)
    assert mapping["phone"] == ["Phone 1 - Value", "Phone 2 - Value"]
    assert mapping["first_name"] == ["Given Name"]
    assert mapping["last_name"] == ["Family Name"]
    assert mapping["commune"] == ["Address 1 - City"]
    assert mapping["postal_code"] == ["Address 1 - Postal Code"]
    assert mapping["tags"] == ["Group Membership"]


def test_google_current_export() -> None:
    mapping = guess_mapping(GOOGLE_CURRENT)
    assert mapping["phone"] == ["Phone 1 - Value", "Phone 2 - Value"]
    assert (mapping["first_name"], mapping["last_name"]) == (["First Name"], ["Last Name"])
    assert mapping["tags"] == ["Labels"]


def test_outlook_export_puts_mobile_first_and_skips_fax_and_assistant() -> None:
    mapping = guess_mapping(OUTLOOK)
    assert mapping["phone"] == [
        "Mobile Phone",
        "Other Phone",
        "Primary Phone",
        "Business Phone",
        "Home Phone",
    ]
    assert mapping["commune"] == ["Business City", "Home City"]
    assert mapping["tags"] == ["Categories"]


def test_google_row_uses_phone_types_to_put_mobile_first() -> None:
    mapping = guess_mapping(GOOGLE_LEGACY)
    values = dict.fromkeys(GOOGLE_LEGACY, "")
    values.update(
        {
            "Given Name": "Élodie",
            "Family Name": "Dupont",
            "Group Membership": "Bénévoles ::: * myContacts ::: * starred",
            "Phone 1 - Type": "* Home",
            "Phone 1 - Value": "01 23 45 67 89",
            "Phone 2 - Type": "Mobile",
            "Phone 2 - Value": "+33 6 12 34 56 78 ::: +33 7 12 34 56 78",
            "Address 1 - City": "Rennes",
            "Address 1 - Postal Code": "35000",
        }
    )
    row = map_record(RawRecord(2, values), mapping)
    assert row.phones == ("+33 6 12 34 56 78", "+33 7 12 34 56 78", "01 23 45 67 89")
    assert (row.first_name, row.last_name) == ("Élodie", "Dupont")
    assert (row.commune, row.postal_code) == ("Rennes", "35000")
    assert row.tags == ("Bénévoles",)
    assert row.row_number == 2


def test_per_value_types_in_one_cell_are_followed() -> None:
    values = {"Phone 1 - Type": "Home ::: Mobile", "Phone 1 - Value": "0123456789 ::: 0612345678"}
    row = map_record(RawRecord(2, values), {"phone": ["Phone 1 - Value"]})
    assert row.phones == ("0612345678", "0123456789")


def test_map_record_splits_cells_and_fills_single_fields_from_the_first_non_empty() -> None:
    mapping = {
        "phone": ["Portable", "Fixe"],
        "first_name": ["Prénom"],
        "last_name": ["Nom"],
        "commune": ["Ville", "Commune"],
        "postal_code": ["CP"],
        "tags": ["Tags", "Groupes"],
    }
    values = {
        "Portable": "06 12 34 56 78 / 07 12 34 56 78",
        "Fixe": "01 23 45 67 89 ; 06 12 34 56 78",
        "Prénom": "  Jean   Pierre ",
        "Nom": "Martin",
        "Ville": "",
        "Commune": "Bourg-en-Bresse",
        "CP": "1000",
        "Tags": "bénévole, tracteur",
        "Groupes": "Tracteur;quartier nord",
    }
    row = map_record(RawRecord(7, values), mapping)
    assert row.phones == ("06 12 34 56 78", "07 12 34 56 78", "01 23 45 67 89")
    assert row.first_name == "Jean Pierre"
    assert row.commune == "Bourg-en-Bresse"
    assert row.postal_code == "01000"  # Excel dropped the leading zero
    assert row.tags == ("bénévole", "tracteur", "quartier nord")


def test_map_record_with_missing_fields_gives_empty_values() -> None:
    row = map_record(RawRecord(3, {"Tel": ""}), {"phone": ["Tel"]})
    assert row.phones == ()
    assert (row.first_name, row.last_name, row.commune, row.postal_code, row.tags) == (
        "", "", "", "", (),
    )  # fmt: skip


def test_parse_overrides_resolves_headers_and_repeats() -> None:
    headers = ["Portable", "Domicile", "Prénom", "Groupe"]
    overrides = parse_overrides(
        ["phone=Domicile", "Phone = portable", "first_name=prenom", "tags="], headers
    )
    assert overrides == {"phone": ["Domicile", "Portable"], "first_name": ["Prénom"], "tags": []}


def test_parse_overrides_accepts_french_field_names() -> None:
    assert parse_overrides(["prénom=A", "ville=B", "téléphone=C"]) == {
        "first_name": ["A"],
        "commune": ["B"],
        "phone": ["C"],
    }


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("phone", "FIELD=COLUMN"),
        ("=Mobile", "FIELD=COLUMN"),
        ("email=Mail", 'Unknown contact field "email"'),
        ("phone=Fax", 'no column "Fax"'),
    ],
)
def test_parse_overrides_errors_are_clear(spec: str, words: str) -> None:
    with pytest.raises(ColumnMappingError) as caught:
        parse_overrides([spec], ["Mobile", "Nom"])
    assert words in str(caught.value)


def test_unknown_field_error_lists_the_fields() -> None:
    with pytest.raises(ColumnMappingError) as caught:
        parse_overrides(["email=Mobile"], ["Mobile"])
    assert caught.value.params["fields"] == ", ".join(CONTACT_FIELDS)


def test_apply_overrides_takes_the_column_away_from_other_fields() -> None:
    guessed = guess_mapping(["Nom", "Prénom", "Tel"])
    mapping = apply_overrides(guessed, {"first_name": ["Nom"]})
    assert mapping["first_name"] == ["Nom"]
    assert mapping["last_name"] == []
    assert mapping["phone"] == ["Tel"]
