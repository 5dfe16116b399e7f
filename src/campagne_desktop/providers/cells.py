"""Spreadsheet formula injection: cells a spreadsheet would evaluate are made inert.

Excel, LibreOffice and Google Sheets treat a cell starting with ``=``, ``+``, ``-`` or ``@`` (and,
in some versions, a tab, a carriage return or their full-width forms) as a formula, so a contact
named ``=HYPERLINK(...)`` could run something when a volunteer opens an export. Such cells get a
leading single quote, the usual neutraliser.

One exception, on purpose: a pure international number such as ``+33612345678`` is left alone.
A spreadsheet reads it as the number 33612345678 (it may hide the ``+``), never as a formula, and
the provider reads the raw file, where a quote would make the number invalid.

The quote is part of the cell, so a *message* that starts with one of these characters would go
out with it: the batch check can refuse such texts before export with ``needs_neutralising``.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PURE_PHONE = re.compile(r"\+\d{6,15}")


def needs_neutralising(cell: str) -> bool:
    """True when a spreadsheet could evaluate ``cell`` as a formula."""
    return cell.startswith(FORMULA_STARTS) and _PURE_PHONE.fullmatch(cell) is None


def neutralise(cell: str) -> str:
    """``cell`` with a leading ``'`` when it could be evaluated as a formula, else unchanged."""
    return "'" + cell if needs_neutralising(cell) else cell
