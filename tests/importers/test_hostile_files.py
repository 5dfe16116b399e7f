"""Files built to hurt: zip bombs, sparse sheets, endless lines, control characters, mixed
encodings. Each is refused quickly with a message naming the limit, in bounded memory."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from campagne_desktop.importers import ImportFileError, limits, open_reader, read_contacts
from tests.importers.hostile import (
    HEADER_AND_ONE_CONTACT,
    ods,
    ods_cell,
    read_in_child,
    text_cell,
    xls,
    xlsx,
)

# A fresh interpreter that imports the importers peaks near 25 MB.
MEMORY_CEILING_MB = 150


def test_a_zip_bomb_workbook_is_refused_before_it_is_unzipped(tmp_path: Path) -> None:
    # One cell of 256 MiB of "A" compresses to about 250 kB: the 1.5 GB cell incident, scaled.
    bomb = xlsx(tmp_path / "bomb.xlsx", HEADER_AND_ONE_CONTACT, filler=("A", 256 * 1024 * 1024))
    assert bomb.stat().st_size < 2 * 1024 * 1024

    outcome = read_in_child(bomb)

    assert "takes 257 MB once unzipped, more than the 200 MB" in str(outcome["refused"])
    assert int(outcome["peak_mb"]) < MEMORY_CEILING_MB  # type: ignore[call-overload]


def test_a_part_that_compresses_like_a_bomb_is_refused(tmp_path: Path) -> None:
    # Under the size limit, but 1000 times smaller zipped than unzipped: no sheet is like that.
    bomb = xlsx(tmp_path / "ratio.xlsx", HEADER_AND_ONE_CONTACT, filler=("A", 8 * 1024 * 1024))

    refusal = r"\d+ times smaller zipped than unzipped \(a real workbook: at most 200 times\)"
    with pytest.raises(ImportFileError, match=refusal):
        open_reader(bomb)


def test_two_far_apart_cells_are_refused_before_calamine_allocates_the_range(
    tmp_path: Path,
) -> None:
    # 1.5 kB asking calamine for 16384 x 1048576 cells: the process used to abort (out of memory).
    sparse = xlsx(
        tmp_path / "sparse.xlsx",
        '<row r="1">' + text_cell("A1", "Portable") + "</row>"
        '<row r="1048576">' + text_cell("XFD1048576", "x") + "</row>",
    )

    outcome = read_in_child(sparse)

    assert "spans 17179869184 cells (rows × columns), more than the 10000000" in str(
        outcome["refused"]
    )
    assert int(outcome["peak_mb"]) < MEMORY_CEILING_MB  # type: ignore[call-overload]


def test_far_cells_without_a_value_are_not_counted(tmp_path: Path) -> None:
    # Excel writes styled empty cells far out; calamine skips them, so must the check.
    styled = xlsx(
        tmp_path / "styled.xlsx",
        HEADER_AND_ONE_CONTACT + '<row r="1048576"><c r="XFD1048576" s="1"/></row>',
    )

    assert [record.values["Portable"] for record in open_reader(styled)] == ["0612345678"]


def test_cells_without_positions_are_followed_one_by_one(tmp_path: Path) -> None:
    # No r="…": each cell follows the previous one; 1,001 of them make a 1,001-column sheet.
    wide = xlsx(
        tmp_path / "wide.xlsx",
        '<row><c t="inlineStr"><is><t>Portable</t></is></c></row>'
        "<row>" + '<c t="inlineStr"><is><t>x</t></is></c>' * 20_000 + "</row>"
        '<row r="1000">' + '<c t="inlineStr"><is><t>x</t></is></c>' + "</row>",
    )

    with pytest.raises(ImportFileError, match="spans 20000000 cells"):
        open_reader(wide)


def test_an_ods_with_repeated_rows_and_cells_is_refused(tmp_path: Path) -> None:
    repeated = ods(
        tmp_path / "repeat.ods",
        "<table:table-row>" + ods_cell("Portable") + "</table:table-row>"
        '<table:table-row table:number-rows-repeated="1000000">'
        + ods_cell("x", 16384)
        + "</table:table-row>",
    )

    outcome = read_in_child(repeated)

    assert "spans 16384016384 cells" in str(outcome["refused"])
    assert int(outcome["peak_mb"]) < MEMORY_CEILING_MB  # type: ignore[call-overload]


def test_libreoffice_trailing_empty_repeats_do_not_count(tmp_path: Path) -> None:
    # What LibreOffice writes after the data: a million empty rows of 1024 empty cells.
    normal = ods(
        tmp_path / "normal.ods",
        "<table:table-row>"
        + ods_cell("Portable")
        + '<table:table-cell table:number-columns-repeated="1023"/></table:table-row>'
        "<table:table-row>"
        + ods_cell("0612345678")
        + '<table:table-cell table:number-columns-repeated="1023"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    )

    assert [record.values["Portable"] for record in open_reader(normal)] == ["0612345678"]


def test_an_oversized_xls_is_refused_by_its_size(tmp_path: Path) -> None:
    old = tmp_path / "ancien.xls"
    with old.open("wb") as handle:
        handle.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
        handle.truncate(limits.MAX_XLS_BYTES + 1)  # sparse: nothing written to disk

    with pytest.raises(ImportFileError, match="is 101 MB, more than the 100 MB"):
        open_reader(old)


def test_a_long_cell_in_a_workbook_names_its_row_and_the_limit(tmp_path: Path) -> None:
    long_cell = xlsx(
        tmp_path / "long.xlsx",
        HEADER_AND_ONE_CONTACT,
        filler=("A", limits.MAX_CELL_CHARS + 1),
    )
    reader = open_reader(long_cell)

    with pytest.raises(ImportFileError, match=r"Row 3 of long\.xlsx holds a value longer than"):
        list(reader)


def test_an_endless_csv_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    endless = tmp_path / "sans_fin.csv"
    with endless.open("wb") as handle:
        handle.write(b"Nom;Portable\nDupont;")
        block = b"6" * (1024 * 1024)
        for _ in range(16):
            handle.write(block)

    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match=r"Line 2 of sans_fin\.csv is longer than"):
            list(open_reader(endless))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024  # one capped line, never the 16 MB file


def test_an_unclosed_quote_cannot_swallow_the_file_into_one_row(tmp_path: Path) -> None:
    lines = ["Nom;Portable", '"Dupont;0612345678'] + ["Durand;0612345679"] * 80_000
    unclosed = tmp_path / "guillemet.csv"
    unclosed.write_text("\n".join(lines) + "\n")

    # The csv module's own field limit (128 kB) speaks first here.
    with pytest.raises(ImportFileError, match=r"guillemet\.csv is damaged near row 2"):
        list(open_reader(unclosed))


def test_many_quoted_line_breaks_cannot_make_one_endless_row(tmp_path: Path) -> None:
    cells = ['"x\n"'] * 300_000  # each field short, the row over a million characters
    endless = tmp_path / "multiligne.csv"
    endless.write_text("Nom;Portable\n" + ";".join(cells) + "\n")

    with pytest.raises(ImportFileError, match=r"multiligne\.csv is longer than 1000000 char"):
        list(open_reader(endless))


def test_a_row_with_too_many_columns_is_refused(tmp_path: Path) -> None:
    wide = tmp_path / "large.csv"
    wide.write_text("Nom;Portable\n" + ";".join(["x"] * (limits.MAX_COLUMNS + 1)) + "\n")

    with pytest.raises(ImportFileError, match=r"Row 2 of large\.csv has more than 1000 columns"):
        list(open_reader(wide))


def test_a_file_over_the_row_limit_is_refused(tmp_path: Path, monkeypatch) -> None:
    from campagne_desktop.importers import records

    monkeypatch.setattr(records, "MAX_ROWS", 3)
    many = tmp_path / "beaucoup.csv"
    many.write_text("Portable\n" + "0612345678\n" * 4)

    with pytest.raises(ImportFileError, match="more than 3 rows"):
        list(open_reader(many))
    assert len(list(open_reader(tmp_path / "beaucoup.csv").preview(3))) == 3


def test_a_vcard_photo_folded_over_many_lines_is_dropped_not_held(tmp_path: Path) -> None:
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(["QUJD" * 18] * 200_000)
    card = tmp_path / "photo.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dupont;Jean;;;\r\n"
        f"{photo}\r\nTEL;TYPE=CELL:06 12 34 56 78\r\nEND:VCARD\r\n"
    )

    tracemalloc.start()
    try:
        rows = list(open_reader(card))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(row.values["last_name"], row.values["phones"]) for row in rows] == [
        ("Dupont", "06 12 34 56 78")
    ]
    assert peak < 16 * 1024 * 1024  # the 14 MB photo was never put together


def test_a_vcard_name_folded_into_megabytes_is_refused(tmp_path: Path) -> None:
    name = "N:" + "\r\n ".join(["Dupont" * 12] * 30_000)
    card = tmp_path / "nom.vcf"
    card.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{name};Jean\r\nEND:VCARD\r\n")

    with pytest.raises(ImportFileError, match=r"Row 1 of nom\.vcf holds a value longer than"):
        list(open_reader(card))


def test_control_characters_are_removed_from_every_field(tmp_path: Path) -> None:
    path = tmp_path / "controles.csv"
    path.write_bytes(
        "Prénom;Nom;Portable;Ville\n"
        "Jean\x00;Du\x07pont\x1b[31m;06\x0012 34 56 78;Saint-\x85Malo\tNord\n".encode()
    )

    _, _, rows = read_contacts(path)
    row = next(rows)

    assert (row.first_name, row.last_name, row.commune) == ("Jean", "Dupont[31m", "Saint-Malo Nord")
    assert row.phones == ("0612 34 56 78",)


def test_control_characters_are_removed_from_vcards_and_headers(tmp_path: Path) -> None:
    card = tmp_path / "c.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nN:Du\x00pont;Jean\x07;;;\r\nTEL:0612345678\r\nEND:VCARD\r\n")
    table = tmp_path / "t.csv"
    table.write_bytes(b"Por\x00table;Nom\x01\nDupont;0612345678\n")

    assert open_reader(card).preview(1)[0].values["last_name"] == "Dupont"
    assert open_reader(card).preview(1)[0].values["first_name"] == "Jean"
    assert open_reader(table).headers == ["Portable", "Nom"]


def test_mixed_utf8_and_cp1252_lines_are_each_read_right(tmp_path: Path) -> None:
    path = tmp_path / "melange.csv"
    path.write_bytes(
        "Prénom;Nom;Portable\n".encode()
        + "Émile;Zola;0612345678\n".encode()  # UTF-8
        + "Jérôme;Lefèvre;0612345679\n".encode("cp1252")
        + "Zoë;Œuvray;0612345680\n".encode()
    )

    _, _, rows = read_contacts(path)
    names = [(row.first_name, row.last_name) for row in rows]

    assert names == [("Émile", "Zola"), ("Jérôme", "Lefèvre"), ("Zoë", "Œuvray")]


def test_mixed_encodings_in_a_file_with_a_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(
        b"\xef\xbb\xbfPortable;Pr\xc3\xa9nom\n0612345678;\xc3\x89mile\n0612345679;J\xe9r\xf4me\n"
    )

    assert [r.values["Prénom"] for r in open_reader(path)] == ["Émile", "Jérôme"]


def test_a_line_neither_utf8_nor_the_legacy_encoding_is_named(tmp_path: Path) -> None:
    # 0x81 has no character in cp1252: refusing beats inventing a letter (cp850 would read
    # "Jérôme" as "J┌r⌠me" on every other line).
    path = tmp_path / "illisible.csv"
    path.write_bytes(
        "Prénom;Portable\nÉmile;0612345678\n".encode()
        + "Jérôme;0612345679\n".encode("cp1252")
        + b"J\xe9r\x81me;0612345670\n"
    )
    reader = open_reader(path)

    assert [r.values["Prénom"] for r in reader.preview(2)] == ["Émile", "Jérôme"]
    with pytest.raises(ImportFileError, match=r"Line 4 of illisible\.csv is neither UTF-8 nor cp"):
        list(reader)


def test_old_mac_line_ends_still_split_rows(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"Nom;Portable\rDupont;0612345678\rDurand;0612345679\r")

    assert [r.values["Nom"] for r in open_reader(path)] == ["Dupont", "Durand"]


def test_utf16_text_with_a_broken_character_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Nom\tPortable\r\nDupont\t0612345678\r\n".encode("utf-16") + b"\x00\xd8")

    with pytest.raises(ImportFileError):
        list(open_reader(path))


def _record(kind: int, payload: bytes) -> bytes:
    """One BIFF12 record: type and size as 7-bit varints, then the payload."""

    def varint(value: int) -> bytes:
        out = bytearray()
        while True:
            out.append((value & 0x7F) | (0x80 if value > 0x7F else 0))
            value >>= 7
            if not value:
                return bytes(out)

    return varint(kind) + varint(len(payload)) + payload


def test_a_binary_xlsb_sheet_with_far_apart_cells_is_refused(tmp_path: Path) -> None:
    def cell(column: int) -> bytes:  # an RK number cell: column, style, value
        return _record(0x02, column.to_bytes(4, "little") + bytes(8))

    def row(index: int) -> bytes:
        return _record(0x00, index.to_bytes(4, "little") + bytes(13))

    sheet = row(0) + cell(0) + _record(0x93, bytes(200)) + row(1_048_575) + cell(16_383)
    path = tmp_path / "binaire.xlsb"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.bin", sheet)

    with pytest.raises(ImportFileError, match="spans 17179869184 cells"):
        open_reader(path)


def test_a_million_tiny_shared_texts_are_counted_not_loaded(tmp_path: Path, monkeypatch) -> None:
    from campagne_desktop.importers import workbook_limits

    monkeypatch.setattr(workbook_limits, "MAX_SHEET_CELLS", 1000)
    path = xlsx(tmp_path / "textes.xlsx", HEADER_AND_ONE_CONTACT)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t/></si>" * 1001 + "</sst>")

    with pytest.raises(ImportFileError, match="holds 1001 different texts, more than the 1000"):
        open_reader(path)


def test_a_long_quoted_printable_value_is_unfolded_in_linear_work(tmp_path: Path, monkeypatch):
    from campagne_desktop.importers import vcard_reader

    scanned: list[int] = []
    split = vcard_reader._split_unquoted

    def counting_split(text: str, separator: str, maxsplit: int = -1) -> list[str]:
        scanned.append(len(text))
        return split(text, separator, maxsplit)

    monkeypatch.setattr(vcard_reader, "_split_unquoted", counting_split)
    note = "NOTE;ENCODING=QUOTED-PRINTABLE:" + "=\r\n".join(["=C3=A9t=C3=A9"] * 100_000)
    card = tmp_path / "note.vcf"
    card.write_text(f"BEGIN:VCARD\r\nN:Dupont;Jean\r\n{note}\r\nTEL:0612345678\r\nEND:VCARD\r\n")

    rows = list(open_reader(card))

    assert [row.values["phones"] for row in rows] == ["0612345678"]
    # Re-reading the head of the growing line at each fold took hours (quadratic) before.
    assert sum(scanned) < 10 * card.stat().st_size


def test_the_delimiter_sniffer_reads_only_the_first_few_kilobytes(tmp_path: Path, monkeypatch):
    # csv.Sniffer's regular expressions are quadratic: 64 kB of ',"' kept it busy 46 s.
    import csv

    seen: list[int] = []
    sniff = csv.Sniffer.sniff

    def measured(self, sample, delimiters=None):
        seen.append(len(sample))
        return sniff(self, sample, delimiters)

    monkeypatch.setattr(csv.Sniffer, "sniff", measured)
    quoted = tmp_path / "guillemets.csv"
    quoted.write_text("Nom,Portable\n" + '"Du,""pont""",0612345678\n' * 5000)

    reader = open_reader(quoted)

    assert reader.delimiter == ","  # type: ignore[attr-defined]
    assert seen and max(seen) <= 4096
    assert next(iter(reader)).values["Nom"] == 'Du,"pont"'


def test_a_phone_cell_with_a_huge_blank_run_is_read_as_two_numbers(tmp_path: Path) -> None:
    # The split on "/", "ou", ":::" took 4 s for each such cell; a file of them, hours.
    path = tmp_path / "blancs.csv"
    path.write_text("Nom;Portable\n" + f'Dupont;"0612345678{" " * 9000}\n0712345678"\n' * 20)

    _, _, rows = read_contacts(path)

    assert {row.phones for row in rows} == {("0612345678", "0712345678")}


def test_a_cell_of_thousands_of_tags_keeps_the_first_hundred(tmp_path: Path) -> None:
    path = tmp_path / "etiquettes.csv"
    path.write_text("Portable;Tags\n0612345678;" + ",".join(f"t{i}" for i in range(1500)) + "\n")

    _, _, rows = read_contacts(path)

    assert next(rows).tags == tuple(f"t{i}" for i in range(limits.MAX_TAGS))


def test_a_nul_in_a_cp1252_file_does_not_hide_its_encoding(tmp_path: Path) -> None:
    # The NUL made charset-normalizer give up: "unknown text encoding" for the whole file.
    path = tmp_path / "excel.csv"
    path.write_bytes("Prénom;Nom;Portable\nJérôme;Lef\x00èvre;0612345679\n".encode("cp1252"))

    _, _, rows = read_contacts(path)

    assert [(row.first_name, row.last_name) for row in rows] == [("Jérôme", "Lefèvre")]


@pytest.mark.parametrize(
    ("names", "encoding"),
    [
        (["Jérôme Lefèvre", "Noël Zoé"], "cp850"),  # DOS
        (["Jérôme Lefèvre", "François Noël"], "mac_roman"),  # old Mac: è and ç are not cp1252
        (["ÀÀ", "XÀÖ"], "cp1252"),  # charset-normalizer read cp850 ("└└") or gave up
        (["JÉRÔME", "ÉLODIE"], "cp1252"),
        (["ÉMILE"], "cp850"),  # 0x90: no character in cp1252
    ],
)
def test_the_legacy_encoding_is_the_one_that_reads_french(tmp_path: Path, names, encoding):
    path = tmp_path / "ancien.csv"
    lines = ["Nom;Portable"] + [f"{name};06123456{index:02d}" for index, name in enumerate(names)]
    path.write_bytes("\r\n".join(lines).encode(encoding))

    reader = open_reader(path)

    assert reader.encoding == encoding  # type: ignore[attr-defined]
    assert [record.values["Nom"] for record in reader] == names


def test_an_xls_with_far_apart_cells_is_refused_before_calamine(tmp_path: Path) -> None:
    # 5 kB making calamine allocate 65536 x 256 cells: 1 GB.
    sparse = xls(tmp_path / "ancien.xls", [(0, 0), (1, 0), (65535, 255)])

    outcome = read_in_child(sparse)

    assert "ancien.xls spans 16777216 cells" in str(outcome["refused"])
    assert int(outcome["peak_mb"]) < MEMORY_CEILING_MB  # type: ignore[call-overload]


def test_an_xls_of_normal_size_is_measured_and_passes(tmp_path: Path) -> None:
    from campagne_desktop.importers.workbook_limits import _xls_used_cells, check_workbook

    cells = [(row, column) for row in range(50) for column in range(4)]
    normal = xls(tmp_path / "normal.xls", cells)

    assert _xls_used_cells(normal) == 200
    check_workbook(normal)  # no refusal: calamine reads it (or says what is wrong with it)


def test_a_damaged_xls_that_makes_calamine_panic_is_a_user_error(tmp_path: Path) -> None:
    # An empty NAME record: calamine's Rust code panics ("index out of bounds"), which reaches
    # Python as a BaseException that no `except Exception` catches: a traceback for the user.
    damaged = xls(tmp_path / "abime.xls", [(0, 0)], before=struct.pack("<HH", 0x0018, 0))

    with pytest.raises(ImportFileError, match=r"abime\.xls: index out of bounds"):
        open_reader(damaged)


def test_an_xls_header_asking_for_huge_sectors_is_refused(tmp_path: Path) -> None:
    forged = bytearray(xls(tmp_path / "faux.xls", [(0, 0)]).read_bytes())
    forged[30:32] = struct.pack("<H", 40)  # sectors of 2**40 bytes: a MemoryError, or worse
    (tmp_path / "faux.xls").write_bytes(bytes(forged))

    with pytest.raises(ImportFileError, match=r"faux\.xls: a damaged \.xls header"):
        open_reader(tmp_path / "faux.xls")
