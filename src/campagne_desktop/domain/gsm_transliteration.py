"""GSM-7 look-alikes for the characters that force UCS-2 (LEGAL.md §7).

One table, two uses:

- **smart encoding**: merged values (a contact's first name, last name, commune) are written in
  their closest GSM-7 form, per message, unless the campaign chose to keep accents. "Benoît" costs
  the same as "Benoit"; one "î" would otherwise switch the whole message to UCS-2 and double or
  triple its price, often past the segment cap.
- **the fixer**: for the template's own text, the same replacements are *proposed*, shown before
  they are applied, because they change the candidate's words.

The table is written by hand, for two reasons: typographic punctuation (’ « » – —) and the œ/Œ
ligatures have no Unicode decomposition to a GSM-7 form, and the French letters are a promise made
to the campaign that the tests check one by one. Any other letter (á ō ș ...) goes through the
fallback: its compatibility decomposition without the accents, when that is GSM-7. Letters that
are already GSM-7 (é è à ù ì ò É Ç Ä Ö Ñ Ü ä ö ñ ü) are never touched.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .sms import GSM7_CHARS, NON_GSM_RE

GSM7_FORMS: Mapping[str, str] = MappingProxyType(
    {
        # Typographic quotes and punctuation (word processors and phones insert them).
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "‚": ",",
        "′": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "…": "...",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "−": "-",
        # Spaces: no-break (French typography before ; : ! ? and inside « »), thin, tab.
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\t": " ",
        # Invisible characters pasted from the web.
        "\u200b": "",
        "\u2060": "",
        "\ufeff": "",
        # French letters outside GSM-7 (é è à ù ì ò Ç É are in it and are left alone).
        "œ": "oe",
        "Œ": "OE",
        "â": "a",
        "ê": "e",
        "ë": "e",
        "î": "i",
        "ï": "i",
        "ô": "o",
        "û": "u",
        "ÿ": "y",
        "ç": "c",
        "À": "A",
        "Â": "A",
        "È": "E",
        "Ê": "E",
        "Ë": "E",
        "Î": "I",
        "Ï": "I",
        "Ô": "O",
        "Ù": "U",
        "Û": "U",
        "Ÿ": "Y",
        # Latin letters without a decomposition, common in names.
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "Ħ": "H",
        "ħ": "h",
        "ĸ": "k",
        "Ŀ": "L",
        "ŀ": "l",
        "ŉ": "'n",
        "Ŋ": "N",
        "ŋ": "n",
        "Ŧ": "T",
        "ŧ": "t",
    }
)


def gsm_form(char: str) -> str | None:
    """The GSM-7 stand-in for ``char``: itself when GSM-7, None when there is no honest one."""
    if char in GSM7_CHARS:
        return char
    known = GSM7_FORMS.get(char)
    if known is not None:
        return known
    # Fallback: compatibility decomposition without the accents (á -> a, ﬁ -> fi, ２ -> 2).
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if plain and NON_GSM_RE.search(plain) is None:
        return plain
    return None


class _Forms(dict[int, str]):
    """A ``str.translate`` table filled on first use: each character is looked up once."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        form = gsm_form(char)
        self[code] = char if form is None else form
        return self[code]


_FORMS = _Forms()  # a memo of a pure function, shared safely: entries never change


def transliterate(value: str) -> str:
    """``value`` with every character outside GSM-7 in its closest GSM-7 form.

    Characters without one (emoji, most non-Latin scripts) stay: the message then goes in UCS-2.
    """
    if NON_GSM_RE.search(value) is None:  # almost every name: nothing to do
        return value
    return value.translate(_FORMS)


# --- The fixer: the same forms, proposed for the template's own text -------------------------


@dataclass(frozen=True)
class Fix:
    """Replace the character at ``position`` (``original``) with ``replacement``."""

    position: int
    original: str
    replacement: str


def propose_fixes(text: str) -> tuple[Fix, ...]:
    """Replacements that would bring ``text`` back to GSM-7, to show before applying.

    Only characters outside GSM-7 are touched; those without a look-alike (emoji, most non-Latin
    scripts) get no fix and keep the message in UCS-2.
    """
    fixes = []
    for m in NON_GSM_RE.finditer(text):
        replacement = gsm_form(m.group())
        if replacement is not None:
            fixes.append(Fix(m.start(), m.group(), replacement))
    return tuple(fixes)


def apply_fixes(text: str, fixes: tuple[Fix, ...] | list[Fix]) -> str:
    """``text`` with ``fixes`` (all or a chosen subset of ``propose_fixes(text)``) applied.

    Raises ValueError if a fix does not match ``text``: fixes proposed for another text.
    """
    parts: list[str] = []
    cursor = 0
    for fix in sorted(fixes, key=lambda f: f.position):
        end = fix.position + len(fix.original)
        if fix.position < cursor or text[fix.position : end] != fix.original:
            raise ValueError(f"fix at {fix.position} does not match the text")
        parts.append(text[cursor : fix.position])
        parts.append(fix.replacement)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)
