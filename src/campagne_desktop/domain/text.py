"""Folding text for matching: case and accents ignored, as people type when they search."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """'Zoé Lefèvre' -> 'zoe lefevre'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def contact_search_text(first_name: str, last_name: str, commune: str) -> str:
    """What a contact search matches against: names and commune, folded, in one string."""
    return fold(f"{first_name} {last_name} {commune}".strip())
