"""Header row clean-up shared by the table readers."""

from __future__ import annotations

import re

from campagne_desktop.domain.text import without_control_chars
from campagne_desktop.importers.limits import MAX_CELL_CHARS

_PHONE_LIKE = re.compile(r"\+?[\d\s().\-/]+")


def unique_headers(cells: list[str]) -> list[str]:
    """Strip names, name empty ones "Colonne N", and suffix repeats: "Tel", "Tel (2)".

    Control characters go too (as in every cell, see ``records.checked_records``).
    """
    result: list[str] = []
    seen: set[str] = set()
    for index, cell in enumerate(cells, start=1):
        name = " ".join(without_control_chars(cell)[:MAX_CELL_CHARS].split()) or f"Colonne {index}"
        candidate, repeat = name, 1
        while candidate.casefold() in seen:
            repeat += 1
            candidate = f"{name} ({repeat})"
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


def generic_headers(width: int) -> list[str]:
    """Names for a table that has no header row."""
    return [f"Colonne {index}" for index in range(1, width + 1)]


def looks_like_phone(cell: str) -> bool:
    """A cell that is a phone number rather than a column name (dates have only 8 digits)."""
    text = cell.strip()
    if not _PHONE_LIKE.fullmatch(text):
        return False
    return 9 <= sum(char.isdigit() for char in text) <= 16


def fit_row(cells: list[str], width: int) -> list[str]:
    """Pad a short row with empty cells, drop cells past the header."""
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    return cells[:width]
