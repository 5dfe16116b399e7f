"""Files that are not contact lists get a clear, translatable error, never a traceback."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from campagne_desktop.domain.messages import UserError
from campagne_desktop.importers import ImportFileError, open_reader
from campagne_desktop.importers.csv_reader import CsvReader


def test_random_binary_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(random.Random(7).randbytes(4096))
    with pytest.raises(ImportFileError) as caught:
        open_reader(path)
    assert isinstance(caught.value, UserError)
    assert caught.value.key.startswith("This file cannot be read as a contact list ({detail})")
    assert "Save it as CSV (UTF-8) or XLSX" in str(caught.value)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match="is empty"):
        open_reader(path)


def test_file_whose_first_row_is_data_has_no_header(tmp_path: Path) -> None:
    path = tmp_path / "numeros.csv"
    path.write_text("Martin;0612345678\nDurand;0712345678\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"first row .* must hold the column names"):
        open_reader(path)


def test_headerless_mode_names_columns(tmp_path: Path) -> None:
    path = tmp_path / "numeros.csv"
    path.write_text("Martin;0612345678\nDurand;0712345678\n", encoding="utf-8")
    reader = open_reader(path, has_header=False)
    assert reader.headers == ["Colonne 1", "Colonne 2"]
    assert [r.row_number for r in reader] == [1, 2]


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"<!DOCTYPE html><html><body><table>", "web page"),
    ],
)
def test_pdf_and_html_are_named_in_the_error(tmp_path: Path, content: bytes, detail: str) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=detail):
        open_reader(path)


def test_missing_file_and_folder_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot be opened"):
        open_reader(tmp_path / "absent.csv")
    with pytest.raises(ImportFileError):
        open_reader(tmp_path)


def test_xls_that_is_really_tab_separated_text_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("Nom\tTéléphone\nMartin\t0612345678\n", encoding="utf-8")
    reader = open_reader(path)
    assert isinstance(reader, CsvReader)
    assert next(iter(reader)).values == {"Nom": "Martin", "Téléphone": "0612345678"}


def test_vcard_content_is_found_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "contacts.txt"
    path.write_text("BEGIN:VCARD\nN:Roux;Léa\nTEL:0612345678\nEND:VCARD\n", encoding="utf-8")
    assert open_reader(path).kind == "vcard"


def test_importers_load_neither_qt_nor_sqlalchemy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, campagne_desktop.importers; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
