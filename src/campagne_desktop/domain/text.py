"""Text helpers: folding for matching (case and accents ignored, as people type when they
search), and keeping control characters out of text that may end up in an SMS."""

from __future__ import annotations

import re
import unicodedata

# NFKD keeps French ligatures whole (œ is a letter, not a compatibility form): spelled out so
# that "oeuvray", as people type it, finds Œuvray.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def fold(text: str) -> str:
    """'Zoé Lefèvre' -> 'zoe lefevre'; 'Œuvray' -> 'oeuvray'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def contact_search_text(first_name: str, last_name: str, commune: str) -> str:
    """What a contact search matches against: names and commune, folded, in one string."""
    return fold(f"{first_name} {last_name} {commune}".strip())


# C0 controls but tab and line feed, DEL, and C1 controls: NUL, BEL, ESC, the 0x80-0x9F range a
# cp1252 file read as latin-1 leaves behind... A gateway may stop at a NUL and cut the footer.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def first_control_char(text: str) -> int | None:
    """The index of the first control character ``without_control_chars`` would remove, if any.

    Tab and line breaks (LF, CR LF) are white space, not control characters, here.
    """
    for match in _CONTROL_CHARS.finditer(text):
        if match.group() != "\r" or text[match.end() : match.end() + 1] != "\n":
            return match.start()
    return None


def without_control_chars(text: str) -> str:
    """``text`` with control characters removed; CR LF and lone CR become LF, tab a space."""
    if text.isprintable():  # the usual case, decided in C
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_CHARS.sub("", text.replace("\t", " "))
