"""Workbooks written with openpyxl the way a volunteer's Excel file looks (synthetic data)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from campagne_desktop.importers import ImportFileError, open_reader
from campagne_desktop.importers.xlsx_reader import SpreadsheetReader, cell_to_str


def workbook(tmp_path: Path, name: str = "contacts.xlsx") -> Path:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Feuil1"
    first.append(["Prénom", "Nom", "Portable", "Inscrit le"])
    first.append(["Élodie", "Dupont", 612345678, dt.date(2026, 1, 15)])
    first.append([None, None, None, None])  # an empty row in the middle
    first.append(["Marc", "Durand", 712345678.0, dt.datetime(2026, 2, 1, 18, 30)])
    second = book.create_sheet("Bénévoles 2026")
    second["B3"] = "Nom"  # data that does not start at A1
    second["C3"] = "Tel"
    second["B4"] = "Leroy"
    second["C4"] = "06 98 76 54 32"
    path = tmp_path / name
    book.save(path)
    return path


def test_phone_stored_as_number_reads_as_digits_and_dates_as_iso(tmp_path: Path) -> None:
    reader = open_reader(workbook(tmp_path))
    assert isinstance(reader, SpreadsheetReader)
    assert reader.sheet == "Feuil1"
    assert reader.headers == ["Prénom", "Nom", "Portable", "Inscrit le"]
    rows = list(reader)
    assert [r.row_number for r in rows] == [2, 4]  # the empty row 3 is skipped
    assert rows[0].values == {
        "Prénom": "Élodie",
        "Nom": "Dupont",
        "Portable": "612345678",
        "Inscrit le": "2026-01-15",
    }
    assert rows[1].values["Portable"] == "712345678"
    assert rows[1].values["Inscrit le"] == "2026-02-01 18:30:00"


def test_second_sheet_selected_by_name_keeps_sheet_row_numbers(tmp_path: Path) -> None:
    reader = open_reader(workbook(tmp_path), sheet="Bénévoles 2026")
    assert reader.headers == ["Nom", "Tel"]
    assert [(r.row_number, r.values) for r in reader] == [
        (4, {"Nom": "Leroy", "Tel": "06 98 76 54 32"})
    ]


def test_sheet_name_match_ignores_case(tmp_path: Path) -> None:
    reader = open_reader(workbook(tmp_path), sheet="bénévoles 2026")
    assert isinstance(reader, SpreadsheetReader) and reader.sheet == "Bénévoles 2026"


def test_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        open_reader(workbook(tmp_path), sheet="Adhérents")
    message = str(caught.value)
    assert '"Adhérents"' in message
    assert '"Feuil1", "Bénévoles 2026"' in message


def test_preview_does_not_consume_iteration(tmp_path: Path) -> None:
    reader = open_reader(workbook(tmp_path))
    iterator = iter(reader)
    assert next(iterator).row_number == 2
    assert [r.row_number for r in reader.preview(5)] == [2, 4]
    assert next(iterator).row_number == 4


def test_workbook_saved_with_csv_extension_is_still_read(tmp_path: Path) -> None:
    reader = open_reader(workbook(tmp_path, name="contacts.csv"))
    assert isinstance(reader, SpreadsheetReader)
    assert next(iter(reader)).values["Portable"] == "612345678"


def test_first_row_of_numbers_is_refused_as_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Martin", 612345678])
    path = tmp_path / "sans_entete.xlsx"
    book.save(path)
    with pytest.raises(ImportFileError, match="column names"):
        open_reader(path)


def test_corrupt_workbook_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "casse.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    with pytest.raises(ImportFileError, match="cannot be read as a contact list"):
        open_reader(path)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (612345678.0, "612345678"),
        (33612345678, "33612345678"),
        (6.12345678e8, "612345678"),
        (0.5, "0.5"),
        (1e-7, "0.0000001"),
        (True, "TRUE"),
        (None, ""),
        (dt.time(9, 30), "09:30:00"),
        ("  Saint   Malo ", "Saint Malo"),
    ],
)
def test_cell_to_str(value: object, text: str) -> None:
    assert cell_to_str(value) == text
