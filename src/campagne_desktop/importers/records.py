"""What every reader yields, and the contact row the column mapping makes of it."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol

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
    """What every reader shares: each iteration (and each preview) reads the file afresh."""

    def __iter__(self) -> Iterator[RawRecord]:
        return self._records()

    def preview(self, n: int = 20) -> list[RawRecord]:
        """The first ``n`` records, read through a fresh handle that is closed right away."""
        records = self._records()
        try:
            return list(islice(records, n))
        finally:
            records.close()

    def _records(self) -> Generator[RawRecord, None, None]:
        raise NotImplementedError
