"""A workbook's size, checked before calamine opens it.

calamine reads a whole sheet into memory and allocates its used range at once: a 1.5 MB .xlsx
holding one 1.5 GB cell took 11.6 GB, and a 1.5 kB one with values in A1 and XFD1048576 asks for
512 GB and aborts the process. So the zip's declared sizes (which calamine enforces while it
unzips) and compression ratios are checked first, then the used range of every sheet is measured
by scanning its XML for cell positions, with Python's own bounded unzipping. An old .xls is
capped in size, and its sheets measured from their cell records.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NoReturn

from campagne_desktop.importers.errors import (
    NOT_A_CONTACT_FILE,
    SHARED_STRINGS,
    SHEET_TOO_LARGE,
    WORKBOOK_PARTS,
    WORKBOOK_RATIO,
    WORKBOOK_UNZIPS_TOO_LARGE,
    XLS_TOO_LARGE,
    ImportFileError,
)
from campagne_desktop.importers.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_SHEET_CELLS,
    MAX_UNZIPPED_BYTES,
    MAX_XLS_BYTES,
    MAX_ZIP_MEMBERS,
    RATIO_CHECKED_ABOVE,
)
from campagne_desktop.importers.sniffing import OLE_MAGIC, ZIP_MAGIC, read_head

_MB = 1024 * 1024
_CHUNK = _MB
_MAX_TAG = 64 * 1024  # no real start tag is this long
_XLSX_SHEET = re.compile(r"(?:^|/)worksheets/[^/]+\.xml$", re.IGNORECASE)
_XLSB_SHEET = re.compile(r"(?:^|/)worksheets/[^/]+\.bin$", re.IGNORECASE)
_SHARED_STRINGS = re.compile(r"(?:^|/)sharedStrings\.xml$", re.IGNORECASE)
# <row …>, <c …> or <c …/>, with or without a namespace prefix ("x:c").
_XLSX_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>")
_REF = re.compile(rb"""\br\s*=\s*["']([A-Za-z]*)(\d*)["']""")
# The usual case, every cell written <c r="B12" …> as Excel, LibreOffice and openpyxl do: found
# by scans in C instead of a loop in Python (1 s instead of 5 for a million cells).
_CELL_COLUMN = re.compile(rb'<c r="([A-Z]+)')
_CELL_ROW = re.compile(rb'<c r="[A-Z]+(\d+)')
_ODS_TAG = re.compile(
    rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])"
    rb"([^>]*)>"
)
_ROWS_REPEATED = re.compile(rb"""number-rows-repeated\s*=\s*["'](\d+)["']""")
_COLUMNS_REPEATED = re.compile(rb"""number-columns-repeated\s*=\s*["'](\d+)["']""")


def check_workbook(path: Path) -> None:
    """Refuse, with ``ImportFileError``, a workbook too large to open safely."""
    head = read_head(path, 8)
    if head.startswith(OLE_MAGIC):
        size = path.stat().st_size
        if size > MAX_XLS_BYTES:
            _refuse(XLS_TOO_LARGE, path, size=-(-size // _MB), limit=MAX_XLS_BYTES // _MB)
        _check_ole_header(path)
        cells = _xls_used_cells(path)
        if cells > MAX_SHEET_CELLS:
            _refuse(SHEET_TOO_LARGE, path, cells=cells, limit=MAX_SHEET_CELLS)
    elif head.startswith(ZIP_MAGIC):
        _check_zip(path)


def _refuse(key: str, path: Path, **params: int) -> NoReturn:
    raise ImportFileError(key, name=path.name, **params)


def _check_zip(path: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: {exc}") from exc
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            _refuse(WORKBOOK_PARTS, path, count=len(members), limit=MAX_ZIP_MEMBERS)
        unzipped = sum(member.file_size for member in members)
        if unzipped > MAX_UNZIPPED_BYTES:
            size, limit = -(-unzipped // _MB), MAX_UNZIPPED_BYTES // _MB
            _refuse(WORKBOOK_UNZIPS_TOO_LARGE, path, size=size, limit=limit)
        for member in members:
            if (
                member.file_size > RATIO_CHECKED_ABOVE
                and member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1)
            ):
                ratio = member.file_size // max(member.compress_size, 1)
                _refuse(WORKBOOK_RATIO, path, ratio=ratio, limit=MAX_COMPRESSION_RATIO)
        try:
            for member in members:
                _check_member(path, archive, member)
        except (
            zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError,
            RuntimeError,  # an encrypted part
        ) as exc:  # fmt: skip
            raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: {exc}") from exc


def _check_member(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Measure the sheets (xlsx, xlsb, ods) and the shared strings calamine would load."""
    name = member.filename
    if _SHARED_STRINGS.search(name):
        texts = sum(chunk.count(b"<si") for chunk in _chunks(archive, member))
        if texts > MAX_SHEET_CELLS:
            _refuse(SHARED_STRINGS, path, count=texts, limit=MAX_SHEET_CELLS)
        return
    if _XLSX_SHEET.search(name):
        cells = _xlsx_used_cells_fast(_chunks(archive, member))
        if cells is None or cells > MAX_SHEET_CELLS:  # look again, one cell at a time
            cells = _xlsx_used_cells(_chunks(archive, member))
    elif _XLSB_SHEET.search(name):
        cells = _xlsb_used_cells(archive, member)
    elif name == "content.xml":
        cells = _ods_used_cells(_chunks(archive, member))
    else:
        return
    if cells > MAX_SHEET_CELLS:
        _refuse(SHEET_TOO_LARGE, path, cells=cells, limit=MAX_SHEET_CELLS)


def _chunks(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's XML in pieces that each end after a complete tag."""
    handle: IO[bytes]
    with archive.open(member) as handle:
        carry = b""
        while chunk := handle.read(_CHUNK):
            data = carry + chunk
            cut = data.rfind(b"<")
            if cut < 0 or data.find(b">", cut) >= 0:
                carry = b""
                yield data
                continue
            carry = data[cut:]
            if len(carry) > _MAX_TAG:
                raise ValueError("a damaged sheet (a tag that never ends)")
            yield data[:cut]
        if carry:
            yield carry


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _xlsx_used_cells_fast(chunks: Iterator[bytes]) -> int | None:
    """An upper bound of ``_xlsx_used_cells`` (empty cells count too); None for unusual XML."""
    last_row = last_column = 0
    for chunk in chunks:
        if b":c " in chunk or b":c>" in chunk or b":c/" in chunk:
            return None  # namespace-prefixed cells
        columns = _CELL_COLUMN.findall(chunk)
        if len(columns) != chunk.count(b"<c ") + chunk.count(b"<c>") + chunk.count(b"<c/"):
            return None  # a cell without its position first
        if columns:
            widest = max(map(len, columns))
            widest_columns = (_column(c) for c in set(columns) if len(c) == widest)
            last_column = max(last_column, max(widest_columns))
            last_row = max(last_row, max(map(int, _CELL_ROW.findall(chunk)), default=0))
    return last_row * last_column


def _xlsx_used_cells(chunks: Iterator[bytes]) -> int:
    """Rows x columns of the range calamine allocates: from A1 to the farthest filled cell.

    A cell without a position follows the previous one, a row without one the previous row;
    a self-closing cell holds no value and calamine skips it.
    """
    row = column = last_row = last_column = 0
    for chunk in chunks:
        for match in _XLSX_TAG.finditer(chunk):
            attributes = match.group(2)
            ref = _REF.search(attributes) if b"r" in attributes else None
            if match.group(1) == b"row":
                row = int(ref.group(2)) if ref and ref.group(2) else row + 1
                column = 0
                continue
            if ref and ref.group(1):
                column = _column(ref.group(1))
                if ref.group(2):
                    row = int(ref.group(2))
            else:
                column += 1
            if not attributes.endswith(b"/"):
                last_row = max(last_row, row)
                last_column = max(last_column, column)
    return last_row * last_column


# .xlsb sheets are BIFF12 records: a type and a size (7-bit varints), then the payload. A row
# header starts with its row, a cell record with its column (both 4 bytes, from 0).
_XLSB_ROW = 0x00
_XLSB_CELLS = frozenset(range(0x01, 0x0C))  # blank, RK, error, bool, real, string, formulas


def _xlsb_used_cells(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> int:
    """Rows x columns up to the farthest cell record of a binary sheet."""
    last_row = last_column = row = 0
    with archive.open(member) as handle:
        reader = _RecordReader(handle)
        while (record := reader.next()) is not None:
            kind, head = record
            if kind == _XLSB_ROW and len(head) >= 4:
                row = int.from_bytes(head[:4], "little") + 1
            elif kind in _XLSB_CELLS and len(head) >= 4:
                last_row = max(last_row, row)
                last_column = max(last_column, int.from_bytes(head[:4], "little") + 1)
    return last_row * last_column


class _RecordReader:
    """BIFF12 records from a stream: (type, first 4 bytes of the payload); the rest skipped."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._buffer = b""
        self._position = 0

    def _take(self, size: int) -> bytes:
        if self._position + size > len(self._buffer):
            rest = self._buffer[self._position :]
            self._buffer = rest + self._handle.read(max(_CHUNK, size))
            self._position = 0
        data = self._buffer[self._position : self._position + size]
        self._position += len(data)
        return data

    def _skip(self, size: int) -> None:
        available = len(self._buffer) - self._position
        if size <= available:
            self._position += size
            return
        self._buffer, self._position = b"", 0
        size -= available
        while size > 0 and (piece := self._handle.read(min(size, _CHUNK))):
            size -= len(piece)

    def _varint(self, most: int) -> int | None:
        value = 0
        for index in range(most):
            byte = self._take(1)
            if not byte:
                return None
            value |= (byte[0] & 0x7F) << (7 * index)
            if not byte[0] & 0x80:
                break
        return value

    def next(self) -> tuple[int, bytes] | None:
        kind = self._varint(2)
        size = self._varint(4)
        if kind is None or size is None:
            return None
        head = self._take(min(size, 4))
        self._skip(size - len(head))
        return kind, head


# An .xls is a BIFF8 record stream (type, size, payload) inside an OLE container. Cell records
# start with their row and column (2 bytes each); MULRK/MULBLANK end with their last column.
_BIFF_BOF, _BIFF_EOF, _BIFF_DIMENSIONS = 0x0809, 0x000A, 0x0200
_BIFF_CELLS = frozenset({0x0006, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E})
_BIFF_MULTI = frozenset({0x00BD, 0x00BE})
_BIFF_WORKSHEET = 0x0010


def _check_ole_header(path: Path) -> None:
    """Sectors of 512 or 4096 bytes, as the format allows: a damaged or forged header asking
    for gigabyte sectors made the container reader try to allocate them."""
    header = read_head(path, 512)
    sector_shift, mini_shift = struct.unpack_from("<HH", header.ljust(512, b"\0"), 30)
    if len(header) < 512 or sector_shift not in (9, 12) or mini_shift != 6:
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: a damaged .xls header")


def _xls_used_cells(path: Path) -> int:
    """Rows x columns of the largest sheet (cells and DIMENSIONS); 0 if it cannot be read.

    A 5 kB .xls with values in A1 and IV65536 makes calamine allocate 16.7 million cells
    (1 GB). What this cannot read is left to calamine, which refuses it in its own words.
    """
    import olefile  # here: 47 ms that only an .xls import should pay

    try:
        with olefile.OleFileIO(str(path)) as container:
            name = next((n for n in ("Workbook", "Book") if container.exists(n)), None)
            if name is None:
                return 0
            stream = container.openstream(name).read()
    except (OSError, ValueError, IndexError, struct.error, EOFError):
        return 0
    largest = rows = columns = 0
    in_sheet = False
    position, end = 0, len(stream) - 4
    while position <= end:
        kind, size = struct.unpack_from("<HH", stream, position)
        body = stream[position + 4 : position + 4 + size]
        position += 4 + size
        size = len(body)  # the last record may be cut short
        if kind == _BIFF_BOF:
            in_sheet = len(body) >= 4 and struct.unpack_from("<H", body, 2)[0] == _BIFF_WORKSHEET
            rows = columns = 0
        elif not in_sheet:
            continue
        elif kind == _BIFF_EOF:
            largest = max(largest, rows * columns)
            in_sheet = False
        elif kind in _BIFF_CELLS and size >= 4:
            row, column = struct.unpack_from("<HH", body)
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        elif kind in _BIFF_MULTI and size >= 6:
            row, first = struct.unpack_from("<HH", body)
            last = struct.unpack_from("<H", body, size - 2)[0]
            rows, columns = max(rows, row + 1), max(columns, first + 1, last + 1)
        elif kind == _BIFF_DIMENSIONS and size >= 12:
            _, last_row, _, last_column = struct.unpack_from("<IIHH", body)
            rows, columns = max(rows, last_row), max(columns, last_column)
    return max(largest, rows * columns)


def _ods_used_cells(chunks: Iterator[bytes]) -> int:
    """Rows x columns of the largest table, repeated rows and cells counted out.

    LibreOffice ends every row and every sheet with huge repeats of empty cells; those hold
    nothing and do not count.
    """
    largest = 0
    rows = height = width = 0
    row_repeat = column = row_width = 0
    for chunk in chunks:
        for match in _ODS_TAG.finditer(chunk):
            closing, name, attributes = match.groups()
            if name == b"table":
                largest = max(largest, height * width)
                rows = height = width = 0
            elif name == b"table-row":
                if closing:
                    if row_width:
                        height = rows + row_repeat
                        width = max(width, row_width)
                    rows += row_repeat
                else:
                    repeated = _ROWS_REPEATED.search(attributes)
                    row_repeat = int(repeated.group(1)) if repeated else 1
                    column = row_width = 0
                    if attributes.endswith(b"/"):
                        rows += row_repeat
            elif not closing:
                repeated = _COLUMNS_REPEATED.search(attributes)
                column += int(repeated.group(1)) if repeated else 1
                if not attributes.endswith(b"/") or b"value-type" in attributes:
                    row_width = column
    return max(largest, height * width)
