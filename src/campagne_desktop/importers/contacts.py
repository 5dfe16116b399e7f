"""The two entry points the services use: a contact file, and a list of opt-out numbers."""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path

from campagne_desktop.importers.errors import (
    EMPTY_FILE,
    NO_PHONE_COLUMN,
    ColumnMappingError,
    ImportFileError,
)
from campagne_desktop.importers.headers import looks_like_phone
from campagne_desktop.importers.labels import fold
from campagne_desktop.importers.mapping import (
    apply_overrides,
    guess_mapping,
    map_record,
    parse_overrides,
    phone_header_rank,
)
from campagne_desktop.importers.opener import open_reader
from campagne_desktop.importers.records import ContactRow, Reader

Overrides = Sequence[str] | Mapping[str, Sequence[str]]

# Column names in providers' STOP / blacklist exports that hold the number.
_OPT_OUT_WORDS = frozenset(
    {"msisdn", "destinataire", "destinataires", "recipient", "recipients", "destination",
     "numero", "numeros", "number", "num", "to", "blacklist", "stop", "contact"}
)  # fmt: skip


class ContactFile:
    """A contact file with its guessed (or overridden) column mapping; iterate for rows."""

    def __init__(
        self, path: Path | str, sheet: str | None = None, overrides: Overrides | None = None
    ) -> None:
        self.path = Path(path)
        self.reader: Reader = open_reader(self.path, sheet)
        self.headers = self.reader.headers
        parsed = parse_overrides(_as_specs(overrides), self.headers) if overrides else {}
        self.mapping = apply_overrides(guess_mapping(self.headers), parsed)

    def __iter__(self) -> Iterator[ContactRow]:
        return self._rows()

    def preview(self, n: int = 20) -> list[ContactRow]:
        """The first ``n`` mapped rows, read through a fresh handle."""
        rows = self._rows()
        try:
            return list(islice(rows, n))
        finally:
            rows.close()

    def _rows(self) -> Generator[ContactRow, None, None]:
        records = iter(self.reader)
        try:
            for record in records:
                yield map_record(record, self.mapping)
        finally:
            close = getattr(records, "close", None)
            if close is not None:
                close()


def read_contacts(
    path: Path | str, sheet: str | None = None, overrides: Overrides | None = None
) -> tuple[list[str], dict[str, list[str]], Iterator[ContactRow]]:
    """(headers, mapping, rows) for a contact file; ``ColumnMappingError`` if no phone column."""
    contacts = ContactFile(path, sheet, overrides)
    if not contacts.mapping["phone"]:
        raise ColumnMappingError(
            NO_PHONE_COLUMN, name=contacts.path.name, columns=_listed(contacts.headers)
        )
    return contacts.headers, contacts.mapping, iter(contacts)


def read_phone_list(path: Path | str, sheet: str | None = None) -> Iterator[tuple[int, str]]:
    """(row number, raw number) from a STOP/blacklist export or a plain one-per-line list.

    The file is checked when this is called; numbers are then streamed.
    """
    path = Path(path)
    probe = open_reader(path, sheet, has_header=False)
    first = probe.preview(1)
    if not first:
        raise ImportFileError(EMPTY_FILE, name=path.name)
    if probe.kind == "vcard":
        return _numbers(probe, ["phones"])
    if any(looks_like_phone(value) for value in first[0].values.values()):
        return _numbers(probe, None)  # no header row: the first row is already a number
    reader = open_reader(path, sheet)
    columns = _opt_out_columns(reader.headers)
    if not columns:
        raise ColumnMappingError(NO_PHONE_COLUMN, name=path.name, columns=_listed(reader.headers))
    return _numbers(reader, columns)


def _opt_out_columns(headers: Sequence[str]) -> list[str]:
    ranked: list[tuple[int, int, str]] = []
    for index, header in enumerate(headers):
        rank = phone_header_rank(header)
        if rank is None and set(fold(header).split()) & _OPT_OUT_WORDS:
            rank = 9
        if rank is not None:
            ranked.append((rank, index, header))
    return [header for _, _, header in sorted(ranked)]


def _numbers(reader: Reader, columns: list[str] | None) -> Iterator[tuple[int, str]]:
    for record in reader:
        if columns is None:
            cells = [value for value in record.values.values() if value]
            chosen = next((cell for cell in cells if looks_like_phone(cell)), None)
            if chosen is None and cells:
                chosen = cells[0]  # let phone normalisation say why it is not a number
            if chosen:
                yield record.row_number, chosen
            continue
        for column in columns:
            cell = record.values.get(column, "")
            if cell:
                for number in cell.split(":::"):
                    if number.strip():
                        yield record.row_number, number.strip()
                break


def _as_specs(overrides: Overrides) -> list[str]:
    if isinstance(overrides, Mapping):
        specs: list[str] = []
        for name, columns in overrides.items():
            specs.extend([f"{name}={column}" for column in columns] or [f"{name}="])
        return specs
    return list(overrides)


def _listed(headers: Sequence[str]) -> str:
    return ", ".join(f'"{header}"' for header in headers) or "-"
