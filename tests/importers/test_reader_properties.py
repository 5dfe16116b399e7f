"""Every reader on arbitrary bytes: a documented refusal or clean rows, quickly, within limits."""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from datetime import timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import example, given, settings
from hypothesis import strategies as st

from campagne_desktop.domain.messages import UserError
from campagne_desktop.domain.text import first_control_char
from campagne_desktop.importers import open_reader, read_phone_list
from campagne_desktop.importers.limits import MAX_CELL_CHARS, MAX_COLUMNS
from tests.importers.hostile import HEADER_AND_ONE_CONTACT, ods, ods_cell, xls, xlsx

# A hang shows as a deadline overrun; a busy machine does not (a minute for a few kB).
NO_HANG = settings(deadline=timedelta(seconds=60))
SUFFIXES = st.sampled_from([".csv", ".txt", ".vcf", ".xlsx", ".ods", ".xls"])
_MAGIC = st.sampled_from(
    [b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf", b"\xff\xfe",
     b"BEGIN:VCARD\r\n", b"Nom;Portable\n", b"%PDF", b"<html>"]
)  # fmt: skip


def _read_all(path: Path) -> None:
    """Open ``path`` as the import does and read every row; check what comes out."""
    try:
        reader = open_reader(path)
        assert len(reader.headers) <= MAX_COLUMNS
        for record in reader:
            assert len(record.values) <= MAX_COLUMNS
            for value in record.values.values():
                assert len(value) <= MAX_CELL_CHARS
                assert first_control_char(value) is None, repr(value)
    except UserError as error:
        assert str(error)  # ImportFileError, ColumnMappingError: a sentence, never a traceback
    try:
        for _row, number in read_phone_list(path):
            assert first_control_char(number) is None
    except UserError as error:
        assert str(error)


@NO_HANG
@given(_MAGIC, st.binary(max_size=3000), SUFFIXES)
@example(b"", b"Nom;Portable\n\x00\x00\x00\x00\x00\x00\x00\x00\x00;06\n", ".csv")
@example(b"PK\x03\x04", b"\x00" * 100, ".xlsx")
@example(b"\xff\xfe", b"N\x00\n\x00\x00\xd8", ".txt")
@example(b"BEGIN:VCARD\r\n", b"N:\xff\xfe;=\r\n =\r\n", ".vcf")
def test_arbitrary_bytes_never_crash(magic: bytes, body: bytes, suffix: str) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / f"fichier{suffix}"
        path.write_bytes(magic + body)
        _read_all(path)


_CELL = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x00", "\x07", "\x1b", "\x85", "\t", "\r", "\n", '"', ";", ",", "é"]),
    ),
    max_size=30,
)
_ROWS = st.lists(st.lists(_CELL, min_size=1, max_size=6), min_size=1, max_size=30)


@NO_HANG
@given(_ROWS, st.lists(st.sampled_from(["utf-8", "cp1252"]), min_size=1, max_size=30))
def test_csv_rows_in_mixed_encodings_come_out_clean(rows, encodings) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.csv"
        with path.open("wb") as handle:
            handle.write(b"Nom;Portable\n")
            for index, row in enumerate(rows):
                line = io.StringIO()
                csv.writer(line, delimiter=";").writerow(row)
                encoding = encodings[index % len(encodings)]
                handle.write(line.getvalue().encode(encoding, errors="replace"))
        _read_all(path)


@NO_HANG
@given(st.text(max_size=400), st.sampled_from(["inline", "value", "rows"]))
@example('<c r="XFD1048576"><v>1</v></c>', "rows")
@example('<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>', "rows")
def test_a_workbook_with_arbitrary_sheet_xml_never_crashes(text: str, where: str) -> None:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    rows = {
        "inline": HEADER_AND_ONE_CONTACT
        + f'<row r="3"><c r="A3" t="inlineStr"><is><t>{escaped}</t></is></c></row>',
        "value": HEADER_AND_ONE_CONTACT + f'<row r="3"><c r="A3"><v>{escaped}</v></c></row>',
        "rows": HEADER_AND_ONE_CONTACT + text,  # raw: broken XML on purpose
    }[where]
    with TemporaryDirectory() as folder:
        _read_all(xlsx(Path(folder) / "classeur.xlsx", rows))


# Repeats small enough to read, or far past the limits: never a legitimate 5-million-cell
# sheet that would take a minute to read.
_REPEAT = st.one_of(st.integers(0, 40), st.integers(10**7, 2**40))


@NO_HANG
@given(st.text(max_size=300), _REPEAT, _REPEAT)
@example("x", 1, 1001)
def test_an_ods_with_arbitrary_content_and_repeats_never_crashes(
    text: str, rows: int, columns: int
) -> None:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    table = (
        "<table:table-row>" + ods_cell("Portable") + "</table:table-row>"
        f'<table:table-row table:number-rows-repeated="{rows}">'
        + ods_cell(escaped, columns)
        + "</table:table-row>"
    )
    with TemporaryDirectory() as folder:
        _read_all(ods(Path(folder) / "classeur.ods", table))


@NO_HANG
@given(st.binary(max_size=2000), st.sampled_from(["xml", "bin"]))
def test_a_zip_of_arbitrary_parts_never_crashes(body: bytes, sheet: str) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / f"classeur.xls{'x' if sheet == 'xml' else 'b'}"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", body[:200])
            archive.writestr("xl/workbook.xml", body[200:800])
            archive.writestr(f"xl/worksheets/sheet1.{sheet}", body[800:])
            archive.writestr("xl/sharedStrings.xml", body[400:1200])
        _read_all(path)


_PHONE_CELL = (
    st.lists(
        st.sampled_from([*"0123456789+ \t\n\u00a0/:;,ouxE.", " ou ", " et ", ":::", "      "]),
        max_size=150,
    )
    .map("".join)
    .map(lambda cell: cell.ljust(65, "\t"))  # long enough for blank runs to be shortened
)


_NOT_READ = str.maketrans("", "", " .-()/_\t\n\u00a0\u202f\u2009")


@given(_PHONE_CELL)
@example("06 12 34 56 78" + " " * 60 + "/" + " " * 60 + "07 12 34 56 78")
@example("0612345678" + " \n " * 30 + "0712345678")
def test_long_phone_cells_give_the_same_numbers_once_blank_runs_are_shortened(cell: str) -> None:
    from campagne_desktop.importers.mapping import _PHONE_SPLIT, phone_candidates

    def as_numbers(parts) -> list[str]:
        # What phone normalisation reads of each part: separators (white space, "/", ".",
        # "-"...) carry no digit, so a part that differs only in them is the same number.
        digits = (part.translate(_NOT_READ) for part in parts)
        return list(dict.fromkeys(number for number in digits if number))

    # The quadratic split, harmless on a cell this short.
    expected = [part.strip() for part in _PHONE_SPLIT.split(cell) if part.strip()]

    found = phone_candidates({"Portable": cell}, ["Portable"])

    assert as_numbers(found) == as_numbers(expected)


# Letters cp1252 writes as bytes 0xC0-0xFF: two of them never make valid UTF-8, so a cp1252
# line is never mistaken for UTF-8. (Bytes 0x80-0xBF, as in "é€€", can be: an ambiguity no
# reader can settle, and vanishingly rare in names.)
_NAME = st.text(alphabet=st.sampled_from([*"abcdeXYZ -'éèàùçôîïëÉÈÀÇÖ"]), max_size=20)
# A few stray control characters, as in a real file (many of them make it a binary file).
_STRAY = st.sampled_from(["", "", "", "\x00", "\x07", "\x1b"])
_UTF8_ONLY = st.text(alphabet=st.sampled_from([*"ŁőĐ中ŒœŸ€’", "\U0001f600"]), max_size=3)


@NO_HANG
@given(st.lists(st.tuples(_NAME, _UTF8_ONLY, st.booleans(), _STRAY), min_size=1, max_size=40))
def test_names_in_mixed_utf8_and_cp1252_lines_come_back_exactly(rows) -> None:
    from campagne_desktop.domain.text import without_control_chars
    from campagne_desktop.importers import read_contacts

    expected = []
    with TemporaryDirectory() as folder:
        path = Path(folder) / "melange.csv"
        with path.open("wb") as handle:
            handle.write(b"Nom;Portable\n")
            for index, (name, extra, legacy, stray) in enumerate(rows):
                # A cp1252 line holds only what cp1252 can write; a UTF-8 line may hold more.
                text = (name if legacy else name + extra) + (stray if index < 4 else "")
                line = f"{text};06{index:08d}\n"
                handle.write(line.encode("cp1252" if legacy else "utf-8"))
                expected.append(" ".join(without_control_chars(text).split()))
        _, _, found = read_contacts(path)
        assert [row.last_name for row in found] == expected


_XLS_CELLS = st.lists(st.tuples(st.integers(0, 65535), st.integers(0, 255)), max_size=20)
_BIFF_RECORD = st.builds(
    lambda kind, body: struct.pack("<HH", kind, len(body)) + body,
    st.sampled_from([0x0018, 0x0085, 0x00FC, 0x0200, 0x0809, 0x000A, 0x00FD, 0x0203, 0x003C]),
    st.binary(max_size=24),
)


@NO_HANG
@given(_XLS_CELLS, st.lists(_BIFF_RECORD, max_size=6).map(b"".join), st.binary(max_size=8))
@example([(0, 0), (65535, 255)], b"", b"")
@example([(0, 0)], struct.pack("<HH", 0x0018, 0), b"")
def test_an_xls_with_arbitrary_records_never_crashes(cells, before: bytes, noise: bytes) -> None:
    with TemporaryDirectory() as folder:
        path = xls(Path(folder) / "ancien.xls", cells, before=before)
        if noise:  # a few bytes overwritten anywhere: header, FAT, directory or records
            data = bytearray(path.read_bytes())
            for index, byte in enumerate(noise):
                data[(byte * 7919 + index * 104729) % len(data)] = byte
            path.write_bytes(bytes(data))
        _read_all(path)
