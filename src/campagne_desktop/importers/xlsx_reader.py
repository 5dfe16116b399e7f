"""Spreadsheets (xlsx, xlsm, xlsb, xls, ods) read with python-calamine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook, SheetVisibleEnum

from campagne_desktop.importers.errors import (
    EMPTY_FILE,
    NO_HEADER,
    NOT_A_CONTACT_FILE,
    TOO_MANY_COLUMNS,
    UNKNOWN_SHEET,
    ImportFileError,
)
from campagne_desktop.importers.headers import (
    fit_row,
    generic_headers,
    looks_like_phone,
    unique_headers,
)
from campagne_desktop.importers.limits import MAX_COLUMNS
from campagne_desktop.importers.records import RawRecord, StreamedRecords
from campagne_desktop.importers.workbook_limits import check_workbook


class SpreadsheetReader(StreamedRecords):
    """Streams the rows of one sheet (the first visible one unless ``sheet`` names another).

    calamine holds the chosen sheet's cells in native memory while iterating; ``iter_rows`` only
    spares building every Python row at once. ``check_workbook`` bounds that memory first.
    """

    kind = "spreadsheet"

    def __init__(self, path: Path, sheet: str | None = None, *, has_header: bool = True) -> None:
        self.path = path
        self.has_header = has_header
        check_workbook(path)  # before calamine, which reads a whole sheet into memory
        with _calamine_refusals(path), _open_workbook(path) as workbook:
            self.sheet_names: list[str] = list(workbook.sheet_names)
            self.sheet = _choose_sheet(path, workbook, sheet)
            first = next(_rows(_load_sheet(path, workbook, self.sheet), path.name), None)
        if first is None:
            raise ImportFileError(EMPTY_FILE, name=f"{path.name} ({self.sheet})")
        cells = first[1]
        if not has_header:
            self._headers = generic_headers(len(cells))
        elif any(looks_like_phone(cell) for cell in cells):
            raise ImportFileError(NO_HEADER, name=f"{path.name} ({self.sheet})")
        else:
            self._headers = unique_headers(cells)

    @property
    def headers(self) -> list[str]:
        return list(self._headers)

    def _records(self) -> Generator[RawRecord, None, None]:
        width = len(self._headers)
        with _calamine_refusals(self.path), _open_workbook(self.path) as workbook:
            rows = _rows(_load_sheet(self.path, workbook, self.sheet), self.path.name)
            if self.has_header:
                next(rows, None)
            for row_number, cells in rows:
                values = dict(zip(self._headers, fit_row(cells, width), strict=True))
                yield RawRecord(row_number, values)


def cell_to_str(value: Any) -> str:
    """A cell as the text a user sees: 612345678.0 → "612345678", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))  # a phone typed in a cell becomes a number: no ".0", no E+8
        return format(Decimal(repr(value)), "f")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return " ".join(str(value).split())


@contextmanager
def _calamine_refusals(path: Path) -> Iterator[None]:
    """calamine's errors, and its panics on damaged files, as the user error they are."""
    try:
        yield
    except (CalamineError, OSError, ValueError) as exc:
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: {exc}") from exc
    except BaseException as exc:
        # A Rust panic in calamine (a damaged .xls) arrives as pyo3's PanicException, which
        # derives from BaseException so that no `except Exception` swallows it unawares.
        if type(exc).__name__ != "PanicException":
            raise
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: {exc}") from None


def _open_workbook(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: {exc}") from exc


def _choose_sheet(path: Path, workbook: CalamineWorkbook, wanted: str | None) -> str:
    names = list(workbook.sheet_names)
    if not names:
        raise ImportFileError(EMPTY_FILE, name=path.name)
    if wanted is None:
        visible = [
            meta.name
            for meta in workbook.sheets_metadata
            if meta.visible == SheetVisibleEnum.Visible
        ]
        return (visible or names)[0]
    if wanted in names:
        return wanted
    folded = [name for name in names if name.strip().casefold() == wanted.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    listed = ", ".join(f'"{name}"' for name in names)
    raise ImportFileError(UNKNOWN_SHEET, name=path.name, sheet=wanted, sheets=listed)


def _load_sheet(path: Path, workbook: CalamineWorkbook, name: str) -> CalamineSheet:
    try:
        return workbook.get_sheet_by_name(name)
    except CalamineError as exc:
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: {exc}") from exc


def _rows(sheet: CalamineSheet, name: str) -> Iterator[tuple[int, list[str]]]:
    """(sheet row number, cells as text), empty rows skipped; no more than MAX_COLUMNS filled."""
    start_row = sheet.start[0] if sheet.start else 0
    base: int | None = None
    for index, row in enumerate(sheet.iter_rows()):
        cells = [cell_to_str(value) for value in row]
        if base is None:
            # calamine 0.9 yields the empty rows above the data; other versions start at the
            # data. The first data row is never empty, so an empty first row means "from row 1".
            base = 0 if not any(cells) else start_row
        if any(cells):
            if len(cells) > MAX_COLUMNS:
                while not cells[-1]:  # every row is as wide as the sheet: count filled cells
                    cells.pop()
                if len(cells) > MAX_COLUMNS:
                    raise ImportFileError(
                        TOO_MANY_COLUMNS, row=base + index + 1, name=name, limit=MAX_COLUMNS
                    )
            yield base + index + 1, cells
