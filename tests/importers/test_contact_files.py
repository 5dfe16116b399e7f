"""From a real-looking export file to contact rows, and opt-out lists to numbers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from campagne_desktop.importers import (
    ColumnMappingError,
    ContactFile,
    ImportFileError,
    read_contacts,
    read_phone_list,
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


GOOGLE_CSV = (
    "First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - City\r\n"
    "Élodie,,Dupont,* myContacts ::: Bénévoles,* Home,elodie@example.org,"
    "Home,01 23 45 67 89,Mobile,+33 6 12 34 56 78,Nantes\r\n"
    "Marc,,Durand,* starred ::: * myContacts,,,"
    "Mobile,+33 7 12 34 56 78 ::: +33 6 98 76 54 32,,,\r\n"
)
OUTLOOK_CSV = (
    '"First Name","Last Name","Mobile Phone","Home Phone","Business Fax","Home City"\r\n'
    '"Anne","Martin","","04 78 00 00 00","04 78 00 00 01","Lyon"\r\n'
    '"Luc","Bernard","06 55 44 33 22","04 78 11 11 11","","Vénissieux"\r\n'
)


def test_google_contacts_csv(tmp_path: Path) -> None:
    headers, mapping, rows = read_contacts(write(tmp_path, "contacts.csv", GOOGLE_CSV, "utf-8-sig"))
    assert headers[0] == "First Name"
    assert mapping["phone"] == ["Phone 1 - Value", "Phone 2 - Value"]
    assert isinstance(rows, Iterator)
    elodie, marc = list(rows)
    assert elodie.phones == ("+33 6 12 34 56 78", "01 23 45 67 89")
    assert elodie.tags == ("Bénévoles",)
    assert elodie.commune == "Nantes"
    assert marc.phones == ("+33 7 12 34 56 78", "+33 6 98 76 54 32")
    assert marc.tags == ()
    assert (marc.row_number, marc.first_name, marc.last_name) == (3, "Marc", "Durand")


def test_outlook_csv(tmp_path: Path) -> None:
    _, mapping, rows = read_contacts(write(tmp_path, "outlook.csv", OUTLOOK_CSV, "cp1252"))
    assert mapping["phone"] == ["Mobile Phone", "Home Phone"]
    anne, luc = list(rows)
    assert anne.phones == ("04 78 00 00 00",)  # the fax is never a candidate
    assert luc.phones == ("06 55 44 33 22", "04 78 11 11 11")
    assert luc.commune == "Vénissieux"


def test_vcard_through_the_mapping(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Petit;Lou\nTEL;TYPE=HOME:0145678910\n"
        "TEL;TYPE=CELL:0612345678\nADR:;;;Brest;;29200;\nCATEGORIES:Porte-à-porte\nEND:VCARD\n"
    )
    _, mapping, rows = read_contacts(write(tmp_path, "tel.vcf", text))
    assert mapping["phone"] == ["phones"]
    (row,) = list(rows)
    assert row.phones == ("0612345678", "0145678910")
    assert (row.first_name, row.last_name, row.commune, row.postal_code) == (
        "Lou", "Petit", "Brest", "29200",
    )  # fmt: skip
    assert row.tags == ("Porte-à-porte",)


def test_overrides_change_the_guess(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "Nom;Portable;Fixe\nMartin;0612345678;0612000000\n")
    _, mapping, rows = read_contacts(path, overrides=["phone=Fixe"])
    assert mapping["phone"] == ["Fixe"]
    assert next(rows).phones == ("0612000000",)
    _, mapping, _ = read_contacts(path, overrides={"phone": ["fixe", "portable"]})
    assert mapping["phone"] == ["Fixe", "Portable"]


def test_override_naming_an_absent_column_fails_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "Nom;Portable\nMartin;0612345678\n")
    with pytest.raises(ColumnMappingError, match='"Nom", "Portable"'):
        read_contacts(path, overrides=["phone=Mobile"])


def test_no_phone_column_is_reported_with_the_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "Nom;Prénom;Ville\nMartin;Anne;Lyon\n")
    with pytest.raises(ColumnMappingError, match="No phone number column"):
        read_contacts(path)
    assert ContactFile(path).mapping["phone"] == []  # the GUI can still show the mapping


def test_contact_file_preview_and_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Notes"
    sheet.append(["rien"])
    other = book.create_sheet("Liste")
    other.append(["Prénom", "Nom", "Téléphone portable", "Code postal"])
    other.append(["Zoé", "Roux", 612345678, 1000])
    path = tmp_path / "benevoles.xlsx"
    book.save(path)
    contacts = ContactFile(path, sheet="Liste")
    (row,) = contacts.preview(5)
    assert row.phones == ("612345678",)
    assert row.postal_code == "01000"
    assert len(list(contacts)) == 1


def test_provider_stop_export_with_header(tmp_path: Path) -> None:
    text = (
        "Date;Destinataire;Message\n"
        "2026-03-01 10:00;+33612345678;STOP\n"
        "2026-03-02;33712345678;stop\n"
    )
    numbers = list(read_phone_list(write(tmp_path, "stop.csv", text)))
    assert numbers == [(2, "+33612345678"), (3, "33712345678")]


@pytest.mark.parametrize("header", ["msisdn", "Numéro", "number", "phone", "Téléphone"])
def test_blacklist_column_names(tmp_path: Path, header: str) -> None:
    path = write(tmp_path, "bl.csv", f"id,{header},created\n1,0612345678,2026-03-01\n")
    assert list(read_phone_list(path)) == [(2, "0612345678")]


def test_plain_list_one_number_per_line(tmp_path: Path) -> None:
    path = write(tmp_path, "stop.txt", "06 12 34 56 78\n\n+33 7 12 34 56 78\nn'importe quoi\n")
    assert list(read_phone_list(path)) == [
        (1, "06 12 34 56 78"),
        (3, "+33 7 12 34 56 78"),
        (4, "n'importe quoi"),  # left for phone normalisation to reject with its row
    ]


def test_headerless_multi_column_list_picks_the_number(tmp_path: Path) -> None:
    path = write(tmp_path, "stop.csv", "2026-03-01;0612345678;STOP\n2026-03-02;0712345678;Stop\n")
    assert [n for _, n in read_phone_list(path)] == ["0612345678", "0712345678"]


def test_phone_list_without_a_number_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ColumnMappingError):
        read_phone_list(write(tmp_path, "x.csv", "Nom;Ville\nMartin;Lyon\n"))


def test_empty_phone_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError):
        read_phone_list(write(tmp_path, "x.csv", ""))
