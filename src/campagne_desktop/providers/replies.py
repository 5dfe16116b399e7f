"""Replies received by a provider: reading its export, and what each reply means.

``classify_reply`` is a pure function. Its rules, French first:

* **STOP wins over everything** (LEGAL.md §3: an objection must be honoured at once, needs no
  keyword, and a wrongly recorded opt-out costs one contact while a missed one breaks the law).
  A reply is STOP when any word starts with "stop" (STOP, Stop prospection, STOP36111), starts
  like an opt-out verb in any form (arrêt-, supprim-, retir-, enlev-, effac-, désinscri-,
  désabonn-, harcel-, unsubscribe), contains "plus de", "ne plus recevoir", "envoyez plus"…,
  negates contact ("ne me contactez pas", "je ne souhaite pas être contacté", "pas de sms"),
  insults, or threatens a complaint (CNIL, plainte, avocat, spam, 33700…).
* **CONSENT_YES** needs the word "oui" (or "yes"; "ouiii" too) and nothing else but courtesy
  words (merci, ok, d'accord, bien sûr, volontiers, bonjour, svp…). "Oui mais pas le dimanche"
  is OTHER: consent must be unambiguous, a person reads it.
* **REFUSED**: "non" / "nan" / "no" / "pas intéressé(e)" / "jamais", and no "oui".
* Anything else, including "oui non", is **OTHER**.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from campagne_desktop.domain.messages import QT_TRANSLATE_NOOP
from campagne_desktop.importers import ColumnMappingError, open_reader
from campagne_desktop.importers.records import Reader


class ReplyKind(StrEnum):
    CONSENT_YES = "consent_yes"
    STOP = "stop"
    REFUSED = "refused"
    OTHER = "other"


@dataclass(frozen=True)
class Reply:
    row: int
    phone_raw: str
    text: str
    kind: ReplyKind


_STOP_WORDS = frozenset({"unsubscribe", "desinscris", "desinscrit"})
# Any word starting like this is an opt-out verb or noun, whatever its form or ending.
_STOP_STEMS = (
    "arret", "supprim", "retir", "enlev", "effac", "desinscri", "desabonn", "harcel",
)  # fmt: skip
_STOP_PHRASES = (
    "ne plus recevoir", "plus de", "envoyez plus", "ecrivez plus", "contactez plus",
    "ne veux plus", "ne souhaite plus", "veux plus", "souhaite plus", "je m oppose",
    "opposition", "laissez moi tranquille", "laissez nous tranquille",
    # insults and rejections
    "ta gueule", "vos gueules", "moi la paix", "nous la paix", "faire foutre", "va te faire",
    "allez vous faire", "va chier", "allez chier",
    # threats of complaint
    "porter plainte", "porte plainte",
)  # fmt: skip
_INSULTS = frozenset(
    {"con", "cons", "conne", "connes", "connard", "connards", "connasse", "salaud", "salauds",
     "salope", "salopard", "encule", "encules", "enfoire", "enfoires", "merde", "putain",
     "batard", "batards", "abruti", "abrutis", "cretin", "cretins", "debile", "debiles",
     "ordure", "ordures", "pourri", "pourris", "degage", "degagez", "fdp", "ntm", "tg", "nique",
     "niquez"}
)  # fmt: skip
_COMPLAINT_WORDS = frozenset(
    {"cnil", "plainte", "plaintes", "avocat", "avocats", "avocate", "tribunal", "procureur",
     "spam", "spams", "spammer", "signaler", "signale", "signalement", "33700", "rgpd",
     "illegal", "illegale", "illegalement"}
)  # fmt: skip
# A negation next to a word about being contacted is an objection: "ne me contactez pas",
# "je ne souhaite pas être contacté", "pas de sms".
_NEGATIONS = frozenset({"ne", "n", "pas", "plus", "jamais", "aucun", "aucune"})
_CONTACT_STEMS = (
    "contact", "recevoir", "sms", "texto", "message", "ecri", "appel",
    "solicit", "sollicit", "derang", "importun", "relanc",
)  # fmt: skip
_YES = re.compile(r"o+u+i+|yes+|yep")
_NO_WORDS = frozenset({"non", "nan", "no", "nope", "jamais"})
_NO_PHRASES = ("pas interesse",)
# Words that may surround "oui" without changing its meaning.
_COURTESY = frozenset(
    {"merci", "ok", "okay", "d", "accord", "daccord", "bien", "sur", "volontiers", "bonjour",
     "bonsoir", "svp", "stp", "s", "il", "vous", "te", "plait", "avec", "plaisir", "beaucoup",
     "bcp", "a", "tout", "fait", "absolument", "evidemment", "sure", "je", "j", "veux",
     "accepte", "c", "est", "ca", "marche", "pour", "moi", "nous", "mr", "mme", "madame",
     "monsieur", "cordialement", "bonne", "journee", "soiree", "thanks", "please"}
)  # fmt: skip


def fold_reply(text: str) -> str:
    """Lower case, no accents, punctuation and emoji as single spaces: "Oui !" → "oui"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", bare.casefold()).split())


def classify_reply(text: str) -> ReplyKind:
    """What a reply means for consent and opt-out (see the module docstring)."""
    folded = fold_reply(text)
    words = folded.split()
    if _objects(folded, words):
        return ReplyKind.STOP
    yes = [word for word in words if _YES.fullmatch(word)]
    no = any(word in _NO_WORDS for word in words) or any(p in folded for p in _NO_PHRASES)
    if yes and not no:
        others = [word for word in words if not _YES.fullmatch(word)]
        return ReplyKind.CONSENT_YES if all(w in _COURTESY for w in others) else ReplyKind.OTHER
    if no and not yes:
        return ReplyKind.REFUSED
    return ReplyKind.OTHER


def _objects(folded: str, words: list[str]) -> bool:
    """Whether the reply objects to being contacted, in whatever words."""
    padded = f" {folded} "
    if any(f" {phrase} " in padded for phrase in _STOP_PHRASES):
        return True
    for word in words:
        if word.startswith("stop") or word.startswith(_STOP_STEMS) or word in _STOP_WORDS:
            return True
        if word in _INSULTS or word in _COMPLAINT_WORDS:
            return True
    return any(word in _NEGATIONS for word in words) and any(
        word.startswith(_CONTACT_STEMS) for word in words
    )


NO_REPLY_COLUMNS = QT_TRANSLATE_NOOP(
    "messages",
    "The file {name} does not look like a provider's received-messages export: it needs a "
    "sender number column and a message column. Columns found: {columns}.",
)

# Folded header → rank (lower is better). Exact names first; "numero" alone is last because
# exports also carry the number the reply was sent *to*.
_PHONE_HEADERS = {
    "from": 0, "sender": 0, "expediteur": 0, "emetteur": 0, "originator": 0, "msisdn": 1,
    "numero expediteur": 0, "numero de l expediteur": 0, "numero emetteur": 0,
    "phone": 2, "phone number": 2, "telephone": 2, "numero de telephone": 2, "mobile": 2,
    "tel": 3, "numero": 3, "number": 3, "gsm": 3,
}  # fmt: skip
_PHONE_WORDS = frozenset({"from", "sender", "expediteur", "emetteur", "msisdn", "originator"})
_NOT_SENDER_WORDS = frozenset({"to", "destinataire", "recipient", "destination", "receiver"})
_TEXT_HEADERS = {
    "message": 0, "text": 0, "texte": 0, "content": 0, "contenu": 0, "body": 0,
    "message recu": 0, "reponse": 1, "message text": 0, "texte du message": 0,
    "contenu du message": 0,
}  # fmt: skip
_TEXT_WORDS = frozenset({"message", "text", "texte", "content", "contenu", "body", "reponse"})


def read_replies(path: Path | str) -> Iterator[Reply]:
    """The replies in a provider's received-messages export (CSV, XLSX…), classified.

    The columns are checked when this is called (``ColumnMappingError`` if the sender number or
    the text column cannot be found); rows are then streamed. Rows with neither a number nor a
    text are skipped; the number is left raw for ``domain.phones``.
    """
    path = Path(path)
    reader = open_reader(path)
    headers = reader.headers
    phone_column = _best(headers, _PHONE_HEADERS, _PHONE_WORDS, exclude=_NOT_SENDER_WORDS)
    text_column = _best(headers, _TEXT_HEADERS, _TEXT_WORDS, exclude=frozenset())
    if phone_column is None or text_column is None or phone_column == text_column:
        listed = ", ".join(f'"{header}"' for header in headers) or "-"
        raise ColumnMappingError(NO_REPLY_COLUMNS, name=path.name, columns=listed)
    return _replies(reader, phone_column, text_column)


def _replies(reader: Reader, phone_column: str, text_column: str) -> Iterator[Reply]:
    for record in reader:
        phone = record.values.get(phone_column, "").strip()
        text = record.values.get(text_column, "").strip()
        if phone or text:
            yield Reply(record.row_number, phone, text, classify_reply(text))


def _best(
    headers: Sequence[str],
    exact: dict[str, int],
    words: frozenset[str],
    *,
    exclude: frozenset[str],
) -> str | None:
    ranked: list[tuple[int, int, str]] = []
    for index, header in enumerate(headers):
        folded = fold_reply(header)
        header_words = set(folded.split())
        if header_words & exclude:
            continue
        if folded in exact:
            ranked.append((exact[folded], index, header))
        elif header_words & words:
            ranked.append((5, index, header))
    return min(ranked)[2] if ranked else None
