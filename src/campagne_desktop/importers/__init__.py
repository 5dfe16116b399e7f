"""Contact and phone-list files (CSV, XLSX/XLS/ODS, vCard) turned into streams of raw rows.

Readers do file I/O but import neither Qt nor SQLAlchemy. Phone normalisation is not done
here: rows carry raw phone strings, best candidate first, for ``domain.phones``.
"""

from __future__ import annotations

from campagne_desktop.importers.contacts import ContactFile, read_contacts, read_phone_list
from campagne_desktop.importers.errors import ColumnMappingError, ImportFileError
from campagne_desktop.importers.mapping import (
    CONTACT_FIELDS,
    apply_overrides,
    guess_mapping,
    map_record,
    parse_overrides,
)
from campagne_desktop.importers.opener import open_reader
from campagne_desktop.importers.records import ContactRow, RawRecord, Reader

__all__ = [
    "CONTACT_FIELDS",
    "ColumnMappingError",
    "ContactFile",
    "ContactRow",
    "ImportFileError",
    "RawRecord",
    "Reader",
    "apply_overrides",
    "guess_mapping",
    "map_record",
    "open_reader",
    "parse_overrides",
    "read_contacts",
    "read_phone_list",
]
