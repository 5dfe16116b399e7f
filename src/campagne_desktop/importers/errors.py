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

# Limits (importers/limits.py): the file is refused before it can exhaust memory.
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "messages",
    "The file {name} has more than {limit} rows, more than this app imports at once. "
    "Split it into several files and import them one after the other.",
)
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "messages",
    "Row {row} of {name} has more than {limit} columns: this is not a contact list. "
    "Check the file and try again.",
)
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages",
    "Row {row} of {name} holds a value longer than {limit} characters: this is not a contact "
    "list, or the file is damaged. Check the file and try again.",
)
LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages",
    "Line {row} of {name} is longer than {limit} characters: this is not a contact list, or "
    "the file is damaged (a missing closing quote?). Check the file and try again.",
)
WORKBOOK_UNZIPS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages",
    "The workbook {name} takes {size} MB once unzipped, more than the {limit} MB this app "
    "reads safely. Save the sheet with the contacts as CSV (UTF-8) and import that file.",
)
WORKBOOK_RATIO = QT_TRANSLATE_NOOP(
    "messages",
    "A part of the workbook {name} is {ratio} times smaller zipped than unzipped (a real "
    "workbook: at most {limit} times): it is damaged or made to exhaust memory. Save the sheet "
    "with the contacts as CSV (UTF-8) and import that file.",
)
WORKBOOK_PARTS = QT_TRANSLATE_NOOP(
    "messages",
    "The workbook {name} is made of {count} parts, more than {limit}: it is damaged or made to "
    "exhaust memory. Save the sheet with the contacts as CSV (UTF-8) and import that file.",
)
SHEET_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages",
    "A sheet of the workbook {name} spans {cells} cells (rows × columns), more than the "
    "{limit} this app reads safely. Save the sheet with the contacts as CSV (UTF-8) and "
    "import that file.",
)
SHARED_STRINGS = QT_TRANSLATE_NOOP(
    "messages",
    "The workbook {name} holds {count} different texts, more than the {limit} this app reads "
    "safely. Save the sheet with the contacts as CSV (UTF-8) and import that file.",
)
XLS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages",
    "The old-format workbook {name} is {size} MB, more than the {limit} MB this app reads "
    "safely. Save the sheet with the contacts as CSV (UTF-8) and import that file.",
)
CARD_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages",
    "Contact card {row} of {name} holds more than {limit} characters of names, numbers and "
    "addresses: the file is damaged. Check it and try again.",
)
UNDECODABLE_LINE = QT_TRANSLATE_NOOP(
    "messages",
    "Line {row} of {name} is neither UTF-8 nor {encoding} text, so its names cannot be read "
    "without garbling them. Save the file as CSV (UTF-8) and try again.",
)


class ImportFileError(UserError):
    """The file cannot be read as a contact or phone list."""


class ColumnMappingError(UserError):
    """A column choice (``--column field=Header``) does not fit the file."""
