"""Pick the right reader for a file from its content first, its extension second."""

from __future__ import annotations

from pathlib import Path

from campagne_desktop.importers.csv_reader import CsvReader
from campagne_desktop.importers.errors import (
    EMPTY_FILE,
    NO_VCARD,
    NOT_A_CONTACT_FILE,
    ImportFileError,
)
from campagne_desktop.importers.records import Reader
from campagne_desktop.importers.sniffing import is_blank, read_head, sniff_kind
from campagne_desktop.importers.vcard_reader import VCardReader
from campagne_desktop.importers.xlsx_reader import SpreadsheetReader

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
VCARD_SUFFIXES = frozenset({".vcf", ".vcard"})


def open_reader(path: Path | str, sheet: str | None = None, *, has_header: bool = True) -> Reader:
    """A reader for ``path``: spreadsheet, vCard, or delimited text.

    ``sheet`` picks a workbook sheet by name (ignored for other files). With ``has_header``
    false, table rows are all data and columns are named "Colonne 1", "Colonne 2"...
    Raises ``ImportFileError`` for a missing, empty, binary or undecodable file.
    """
    path = Path(path)
    if path.is_dir():
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: a folder")
    head = read_head(path)
    if is_blank(head):
        raise ImportFileError(EMPTY_FILE, name=path.name)
    kind = sniff_kind(head)
    if kind is not None and kind.startswith("refuse:"):
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: {kind[len('refuse:') :]}")
    suffix = path.suffix.lower()
    if kind == "spreadsheet":
        # An .xlsx renamed .csv still opens; a zip that is no workbook fails in calamine.
        return SpreadsheetReader(path, sheet, has_header=has_header)
    if kind == "vcard":
        return VCardReader(path)
    if suffix in VCARD_SUFFIXES:
        raise ImportFileError(NO_VCARD, name=path.name)
    # Not a workbook by content: many ".xls" downloads are really tab-separated text.
    return CsvReader(path, has_header=has_header)
