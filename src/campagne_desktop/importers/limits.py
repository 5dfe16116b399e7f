"""The most a contact file may hold, in one place.

Beyond any real campaign's file (Paris, the largest electoral list, has about 1.3 million
voters), far below what exhausts memory: a hostile or broken file is refused before it is read,
with a message naming the limit, instead of taking the machine down (a 1.5 MB workbook can unzip
to 1.5 GB).
"""

from __future__ import annotations

MAX_ROWS = 2_000_000  # data rows (or vCards) in one file
MAX_COLUMNS = 1_000  # Google and Outlook exports have under 100
MAX_CELL_CHARS = 10_000  # one value; a name or a list of tags is far shorter
MAX_TAGS = 100  # per contact; tags beyond are dropped (the contact keeps 500 characters of them)
MAX_LINE_CHARS = 1_000_000  # one line of a text file (CSV, vCard), and one CSV row in all
# Spreadsheets: calamine holds a whole sheet in memory (about 100 bytes a cell), so the used
# area and the unzipped XML are capped before it opens the file.
MAX_SHEET_CELLS = 10_000_000  # rows x columns of a sheet's used range (a million rows of 10)
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # all the parts of an .xlsx/.ods once unzipped
MAX_ZIP_MEMBERS = 10_000
MAX_COMPRESSION_RATIO = 200  # XML compresses 10-30 times; a zip bomb about 1000
RATIO_CHECKED_ABOVE = 1024 * 1024  # small parts may compress as they like
MAX_XLS_BYTES = 100 * 1024 * 1024  # an old binary .xls is read whole
