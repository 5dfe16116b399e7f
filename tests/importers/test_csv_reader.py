"""CSV files shaped like the ones a campaign really receives (all data synthetic)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from campagne_desktop.importers import ImportFileError, open_reader
from campagne_desktop.importers.csv_reader import CsvReader


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_excel_french_cp1252_semicolon_file_is_decoded(tmp_path: Path) -> None:
    text = (
        "Prénom;Nom;Téléphone portable;Ville;Remarque\r\n"
        "Élodie;Dupont;612345678;Saint-Étienne;Don de 20 €\r\n"
        "José;L’Hôte;0712345678;Montréal;œuvre\r\n"
    )
    reader = open_reader(write(tmp_path, "benevoles.csv", text, "cp1252"))

    assert isinstance(reader, CsvReader)
    assert reader.encoding == "cp1252"
    assert reader.delimiter == ";"
    assert reader.headers == ["Prénom", "Nom", "Téléphone portable", "Ville", "Remarque"]
    rows = list(reader)
    assert [r.row_number for r in rows] == [2, 3]
    assert rows[0].values["Téléphone portable"] == "612345678"  # leading zero lost by Excel
    assert rows[0].values["Remarque"] == "Don de 20 €"
    assert rows[1].values["Nom"] == "L’Hôte"
    assert rows[1].values["Ville"] == "Montréal"


def test_utf8_bom_comma_file(tmp_path: Path) -> None:
    path = write(
        tmp_path, "export.csv", "Prénom,Nom,Mobile\nAnne,Martin,06 12 34 56 78\n", "utf-8-sig"
    )
    reader = open_reader(path)
    assert reader.headers == ["Prénom", "Nom", "Mobile"]  # no "\ufeff" glued to the first name
    assert [r.values for r in reader] == [
        {"Prénom": "Anne", "Nom": "Martin", "Mobile": "06 12 34 56 78"}
    ]


def test_tab_separated_file(tmp_path: Path) -> None:
    path = write(tmp_path, "liste.txt", "Nom\tTel\tVille\nMartin\t0612345678\tLyon, 3e\n")
    reader = open_reader(path)
    assert isinstance(reader, CsvReader) and reader.delimiter == "\t"
    assert next(iter(reader)).values == {"Nom": "Martin", "Tel": "0612345678", "Ville": "Lyon, 3e"}


def test_excel_unicode_text_export_utf16_tab(tmp_path: Path) -> None:
    path = write(tmp_path, "unicode.txt", "Prénom\tTéléphone\nZoé\t0612345678\n", "utf-16")
    reader = open_reader(path)
    assert reader.headers == ["Prénom", "Téléphone"]
    assert next(iter(reader)).values["Prénom"] == "Zoé"


def test_quoted_field_with_newline_counts_rows_from_their_first_line(tmp_path: Path) -> None:
    text = (
        '"Prénom","Adresse","Tel"\n'
        '"Anne","12 rue des Lilas\nBâtiment B","0612345678"\n'
        '"Luc","3 place du Marché","0712345678"\n'
    )
    rows = list(open_reader(write(tmp_path, "adresses.csv", text)))
    assert rows[0].values["Adresse"] == "12 rue des Lilas\nBâtiment B"
    assert [r.row_number for r in rows] == [2, 4]


def test_short_and_long_rows_are_padded_or_cut(tmp_path: Path) -> None:
    rows = list(open_reader(write(tmp_path, "t.csv", "a;b;c\n1;2\n4;5;6;7\n")))
    assert [r.values for r in rows] == [
        {"a": "1", "b": "2", "c": ""},
        {"a": "4", "b": "5", "c": "6"},
    ]


def test_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    rows = list(open_reader(write(tmp_path, "t.csv", "\na;b\n\n1;2\n;\n 3 ; 4 \n")))
    assert [(r.row_number, r.values) for r in rows] == [
        (4, {"a": "1", "b": "2"}),
        (6, {"a": "3", "b": "4"}),
    ]


def test_duplicate_and_empty_headers_are_made_unique(tmp_path: Path) -> None:
    reader = open_reader(write(tmp_path, "t.csv", "Tel;Tel;;Nom\n1;2;3;4\n"))
    assert reader.headers == ["Tel", "Tel (2)", "Colonne 3", "Nom"]
    assert next(iter(reader)).values["Colonne 3"] == "3"


def test_commas_inside_quotes_do_not_fool_the_delimiter_guess(tmp_path: Path) -> None:
    text = 'Nom;Tel;Adresse\n"Martin, Anne";0612345678;"1, rue A, Nantes"\nLuc;0712345678;B\n'
    reader = open_reader(write(tmp_path, "t.csv", text))
    assert isinstance(reader, CsvReader) and reader.delimiter == ";"
    assert next(iter(reader)).values["Nom"] == "Martin, Anne"


def test_single_byte_character_far_in_an_ascii_file_is_not_taken_for_utf8(tmp_path: Path) -> None:
    lines = ["Nom;Tel"] + [f"Martin{i};06123{i:05d}" for i in range(5000)] + ["Hélène;0612345678"]
    reader = open_reader(write(tmp_path, "long.csv", "\n".join(lines) + "\n", "cp1252"))
    assert isinstance(reader, CsvReader) and reader.encoding == "cp1252"
    *_, last = reader
    assert last.values["Nom"] == "Hélène"


def test_preview_reopens_the_file_and_leaves_iteration_whole(tmp_path: Path) -> None:
    body = "".join(f"P{i};06000000{i:02d}\n" for i in range(30))
    reader = open_reader(write(tmp_path, "t.csv", "Nom;Tel\n" + body))
    iterator = iter(reader)
    first = next(iterator)
    assert [r.row_number for r in reader.preview(3)] == [2, 3, 4]
    assert next(iterator).row_number == first.row_number + 1
    assert len(list(reader)) == 30


def test_damaged_quoting_reports_the_row(tmp_path: Path) -> None:
    text = "Nom;Tel\nA;1\n" + 'B;"' + "x" * 200_000 + "\n"
    reader = open_reader(write(tmp_path, "t.csv", text))
    with pytest.raises(ImportFileError) as caught:
        list(reader)
    assert caught.value.params["row"] == 3


def test_50000_rows_stream_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "gros.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Prénom;Nom;Téléphone;Ville\n")
        for i in range(50_000):
            handle.write(f"Prénom{i};Nom{i};06{i:08d};Commune{i % 300}\n")
    size = path.stat().st_size

    tracemalloc.start()
    try:
        reader = open_reader(path)
        rows = iter(reader)
        assert isinstance(rows, Iterator) and not isinstance(rows, list | tuple)
        count = sum(1 for _ in rows)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 50_000
    assert peak < size / 2, f"peak {peak} bytes for a {size}-byte file"
