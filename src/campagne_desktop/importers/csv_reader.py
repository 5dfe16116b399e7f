"""Delimited text files: CSV from Excel, Google Contacts, Outlook, a provider, or a text list."""

from __future__ import annotations

import csv
from collections.abc import Generator, Iterator
from pathlib import Path

from campagne_desktop.importers.errors import (
    DAMAGED,
    EMPTY_FILE,
    LINE_TOO_LONG,
    NO_HEADER,
    TOO_MANY_COLUMNS,
    ImportFileError,
)
from campagne_desktop.importers.headers import (
    fit_row,
    generic_headers,
    looks_like_phone,
    unique_headers,
)
from campagne_desktop.importers.limits import MAX_COLUMNS, MAX_LINE_CHARS
from campagne_desktop.importers.lines import TextLines
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
        rows = self._rows()
        try:
            first = next(rows, None)
        finally:
            rows.close()
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
        rows = self._rows()
        try:
            if self.has_header:
                next(rows, None)
            for line, cells in rows:
                yield RawRecord(line, dict(zip(self._headers, fit_row(cells, width), strict=True)))
        finally:
            rows.close()

    def _rows(self) -> Generator[tuple[int, list[str]], None, None]:
        """(first line of the row, stripped cells), blank rows skipped.

        Lines are decoded one by one (``TextLines``); a row, quoted line breaks included, is
        refused past ``MAX_LINE_CHARS`` characters and ``MAX_COLUMNS`` cells.
        """
        lines = _CountedLines(TextLines(self.path, self.encoding).read(), self.path.name)
        reader = csv.reader(lines, delimiter=self.delimiter)
        try:
            line = 1
            while True:
                lines.row_chars = 0
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise ImportFileError(
                        DAMAGED, name=self.path.name, row=line, detail=str(exc)
                    ) from exc
                if len(row) > MAX_COLUMNS:
                    raise ImportFileError(
                        TOO_MANY_COLUMNS, row=line, name=self.path.name, limit=MAX_COLUMNS
                    )
                cells = [cell.strip() for cell in row]
                if any(cells):
                    yield line, cells
                line = lines.number + 1
        finally:
            lines.close()


class _CountedLines:
    """Feeds csv.reader decoded lines, counting the characters of the row being read."""

    def __init__(self, lines: Generator[tuple[int, str], None, None], name: str) -> None:
        self._lines = lines
        self._name = name
        self.number = 0
        self.row_chars = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        self.number, text = next(self._lines)
        self.row_chars += len(text)
        if self.row_chars > MAX_LINE_CHARS:
            # A quote left open swallows the rest of the file into one row: stop here.
            raise ImportFileError(
                LINE_TOO_LONG, row=self.number, name=self._name, limit=MAX_LINE_CHARS
            )
        return text

    def close(self) -> None:
        self._lines.close()
