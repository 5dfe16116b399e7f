"""Text folding and phone-label ranking shared by the column guesser and the vCard reader."""

from __future__ import annotations

import re
import unicodedata

MOBILE_WORDS = frozenset(
    {"cell", "cellular", "cellulaire", "mobile", "mobiles", "portable", "gsm", "iphone", "mob"}
)
LANDLINE_WORDS = frozenset(
    {
        "home", "work", "main", "domicile", "bureau", "fixe", "travail", "business", "office",
        "company", "entreprise", "societe", "pro", "professionnel", "isdn", "car", "voiture",
        "assistant", "radio", "callback", "standard", "bbs", "modem", "video", "msg",
    }
)  # fmt: skip
NO_SMS_WORDS = frozenset({"fax", "telecopie", "telecopieur", "pager", "telex", "tty", "tdd"})

MOBILE_RANK, NEUTRAL_RANK, LANDLINE_RANK, NO_SMS_RANK = 0, 1, 2, 3


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as single spaces: "Tél. portable" → "tel portable"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", bare.casefold()).split())


def phone_label_rank(*labels: str) -> int:
    """How likely a number with these type labels reaches a mobile: 0 mobile ... 3 fax/pager."""
    words: set[str] = set()
    for label in labels:
        # iPhone writes its standard labels as "_$!<Mobile>!$_".
        words.update(fold(label).split())
    if words & MOBILE_WORDS:
        return MOBILE_RANK
    if words & NO_SMS_WORDS:
        return NO_SMS_RANK
    if words & LANDLINE_WORDS:
        return LANDLINE_RANK
    return NEUTRAL_RANK
