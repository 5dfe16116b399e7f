"""Delimited text files: CSV from Excel, Google Contacts, Outlook, a provider, or a text list."""

from __future__ import annotations

import csv
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TextIO

from campagne_desktop.importers.errors import DAMAGED, EMPTY_FILE, NO_HEADER, ImportFileError
from campagne_desktop.importers.headers import (
    fit_row,
    generic_headers,
    looks_like_phone,
    unique_headers,
)
from campagne_desktop.importers.records import RawRecord, StreamedRecords
from campagne_desktop.importers.sniffing import (
    detect_encoding,
    read_head,
    sniff_delimiter,
    text_sample,
)


class CsvReader(StreamedRecords):
    """Streams the rows of a delimited text file; each iteration reopens the file."""

    kind = "csv"

    def __init__(
        self,
        path: Path,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        has_header: bool = True,
    ) -> None:
        self.path = path
        self.encoding = encoding or detect_encoding(path, read_head(path))
        self.delimiter = delimiter or sniff_delimiter(text_sample(path, self.encoding))
        self.has_header = has_header
        with self._open() as handle:
            first = next(self._rows(handle), None)
        if first is None:
            raise ImportFileError(EMPTY_FILE, name=path.name)
        cells = first[1]
        if not has_header:
            self._headers = generic_headers(len(cells))
        elif any(looks_like_phone(cell) for cell in cells):
            raise ImportFileError(NO_HEADER, name=path.name)
        else:
            self._headers = unique_headers(cells)

    @property
    def headers(self) -> list[str]:
        return list(self._headers)

    def _records(self) -> Generator[RawRecord, None, None]:
        width = len(self._headers)
        with self._open() as handle:
            rows = self._rows(handle)
            if self.has_header:
                next(rows, None)
            for line, cells in rows:
                yield RawRecord(line, dict(zip(self._headers, fit_row(cells, width), strict=True)))

    def _open(self) -> TextIO:
        # Only the undecodable bytes of a single-byte file are replaced; UTF-8 was checked whole.
        errors = "strict" if self.encoding.startswith("utf") else "replace"
        return self.path.open(encoding=self.encoding, errors=errors, newline="")

    def _rows(self, handle: TextIO) -> Iterator[tuple[int, list[str]]]:
        """(first line of the row, stripped cells), blank rows skipped."""
        reader = csv.reader(handle, delimiter=self.delimiter)
        line = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as exc:
                raise ImportFileError(
                    DAMAGED, name=self.path.name, row=line, detail=str(exc)
                ) from exc
            cells = [cell.strip() for cell in row]
            if any(cells):
                yield line, cells
            line = reader.line_num + 1
