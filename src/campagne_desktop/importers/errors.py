"""Errors a user causes by handing the importers a file they cannot use."""

from __future__ import annotations

from campagne_desktop.domain.messages import QT_TRANSLATE_NOOP, UserError

EMPTY_FILE = QT_TRANSLATE_NOOP("messages", "The file {name} is empty.")
NOT_FOUND = QT_TRANSLATE_NOOP("messages", "The file {name} cannot be opened ({detail}).")
NOT_A_CONTACT_FILE = QT_TRANSLATE_NOOP(
    "messages",
    "This file cannot be read as a contact list ({detail}). "
    "Save it as CSV (UTF-8) or XLSX and try again.",
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "messages",
    "The first row of {name} must hold the column names (first name, last name, phone…), "
    "not contact data. Add a row of column names at the top and try again.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "messages", "The file {name} is damaged near row {row} ({detail}). Fix it and try again."
)
UNKNOWN_SHEET = QT_TRANSLATE_NOOP(
    "messages", 'The workbook {name} has no sheet named "{sheet}". Its sheets are: {sheets}.'
)
NO_VCARD = QT_TRANSLATE_NOOP(
    "messages", "The file {name} holds no contact card (no BEGIN:VCARD line)."
)
NO_PHONE_COLUMN = QT_TRANSLATE_NOOP(
    "messages",
    "No phone number column was found in {name}. Columns found: {columns}. "
    "Choose the phone column by hand (--column phone=COLUMN).",
)
BAD_OVERRIDE = QT_TRANSLATE_NOOP(
    "messages", 'Write a column choice as FIELD=COLUMN, for example phone=Mobile (got "{spec}").'
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "messages", 'Unknown contact field "{field}" in "{spec}". Fields: {fields}.'
)
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "messages", 'The file has no column "{column}" (in "{spec}"). Columns found: {columns}.'
)


class ImportFileError(UserError):
    """The file cannot be read as a contact or phone list."""


class ColumnMappingError(UserError):
    """A column choice (``--column field=Header``) does not fit the file."""
