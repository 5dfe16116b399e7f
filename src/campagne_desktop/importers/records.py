"""What every reader yields, and the contact row the column mapping makes of it."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol

from campagne_desktop.domain.text import without_control_chars
from campagne_desktop.importers.errors import CELL_TOO_LONG, TOO_MANY_ROWS, ImportFileError
from campagne_desktop.importers.limits import MAX_CELL_CHARS, MAX_ROWS

# Google Contacts, our vCard reader and some CRMs put several values in one cell this way.
MULTI_VALUE_SEPARATOR = " ::: "


@dataclass(frozen=True)
class RawRecord:
    """One data row: ``row_number`` as a user counts it (header = row 1; card index for vCard)."""

    row_number: int
    values: dict[str, str]


@dataclass(frozen=True)
class ContactRow:
    """A record after column mapping: raw strings only, phone candidates best first."""

    row_number: int
    phones: tuple[str, ...]
    first_name: str
    last_name: str
    commune: str
    postal_code: str
    tags: tuple[str, ...]


class Reader(Protocol):
    """A file of records: ``headers`` known up front, rows streamed on each iteration."""

    path: Path
    kind: str

    @property
    def headers(self) -> list[str]: ...

    def __iter__(self) -> Iterator[RawRecord]: ...

    def preview(self, n: int = 20) -> list[RawRecord]: ...


class StreamedRecords:
    """What every reader shares: each iteration (and each preview) reads the file afresh.

    Every record passes through ``checked_records``: the row and cell limits, and no control
    characters, whatever the format.
    """

    path: Path

    def __iter__(self) -> Iterator[RawRecord]:
        return checked_records(self._records(), self.path.name)

    def preview(self, n: int = 20) -> list[RawRecord]:
        """The first ``n`` records, read through a fresh handle that is closed right away."""
        records = checked_records(self._records(), self.path.name)
        try:
            return list(islice(records, n))
        finally:
            records.close()

    def _records(self) -> Generator[RawRecord, None, None]:
        raise NotImplementedError


def checked_records(
    records: Generator[RawRecord, None, None], name: str
) -> Generator[RawRecord, None, None]:
    """``records`` within ``MAX_ROWS`` and ``MAX_CELL_CHARS``, control characters removed.

    A NUL or a BEL in a name would otherwise reach the provider's file and the phone: some
    gateways stop at a NUL, cutting the legal footer off.
    """
    try:
        for count, record in enumerate(records, start=1):
            if count > MAX_ROWS:
                raise ImportFileError(TOO_MANY_ROWS, name=name, limit=MAX_ROWS)
            values = record.values
            joined = "".join(values.values())  # one check per row in the usual case
            if len(joined) > MAX_CELL_CHARS and any(
                len(value) > MAX_CELL_CHARS for value in values.values()
            ):
                raise ImportFileError(
                    CELL_TOO_LONG, row=record.row_number, name=name, limit=MAX_CELL_CHARS
                )
            if not joined.isprintable():
                record = RawRecord(record.row_number, clean_values(values))
            yield record
    finally:
        records.close()


def clean_values(values: dict[str, str]) -> dict[str, str]:
    """Every value without control characters (line breaks kept, tabs made spaces)."""
    return {header: without_control_chars(value) for header, value in values.items()}
