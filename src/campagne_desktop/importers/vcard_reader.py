"""vCard 2.1, 3.0 and 4.0 files from phones, iCloud, Google or Outlook.

Each card becomes one record under fixed headers. Phones are ordered mobile first (TYPE=CELL,
an iPhone "Mobile" label...), landlines and faxes last, and joined with " ::: ".
"""

from __future__ import annotations

import quopri
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from campagne_desktop.importers.errors import CARD_TOO_LARGE, NO_VCARD, ImportFileError
from campagne_desktop.importers.labels import phone_label_rank
from campagne_desktop.importers.limits import MAX_LINE_CHARS
from campagne_desktop.importers.lines import TextLines
from campagne_desktop.importers.records import MULTI_VALUE_SEPARATOR, RawRecord, StreamedRecords
from campagne_desktop.importers.sniffing import detect_encoding, read_head

VCARD_HEADERS = ("first_name", "last_name", "phones", "commune", "postal_code", "tags")
# vCard 2.1 lets a parameter stand without its name: TEL;CELL;PREF or N;QUOTED-PRINTABLE.
_ENCODING_WORDS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_USED_PROPERTIES = frozenset({"N", "FN", "TEL", "ADR", "CATEGORIES", "X-ABLABEL"})


@dataclass(frozen=True)
class VCardProperty:
    """One content line: ``item1.TEL;TYPE=cell:+33...`` → group, name, params, raw value."""

    group: str
    name: str
    params: dict[str, list[str]]
    value: str

    def types(self) -> list[str]:
        return [value.lower() for value in self.params.get("TYPE", [])]

    def text(self) -> str:
        """The value with quoted-printable decoded (escapes are left to the caller)."""
        encodings = {value.upper() for value in self.params.get("ENCODING", [])}
        if "QUOTED-PRINTABLE" not in encodings:
            return self.value
        raw = quopri.decodestring(self.value.encode("utf-8"))
        charset = (self.params.get("CHARSET") or ["utf-8"])[0]
        for codec in (charset, "utf-8", "cp1252"):
            try:
                return raw.decode(codec)
            except (LookupError, UnicodeDecodeError):
                continue
        return raw.decode("latin-1")


class VCardReader(StreamedRecords):
    """Streams the cards of a .vcf file; ``row_number`` is the card's index from 1."""

    kind = "vcard"

    def __init__(self, path: Path, *, encoding: str | None = None) -> None:
        self.path = path
        self.encoding = encoding or detect_encoding(path, read_head(path))
        lines = TextLines(path, self.encoding).read()
        try:
            found = any(line.strip().upper() == "BEGIN:VCARD" for _, line in lines)
        finally:
            lines.close()
        if not found:
            raise ImportFileError(NO_VCARD, name=path.name)

    @property
    def headers(self) -> list[str]:
        return list(VCARD_HEADERS)

    def _records(self) -> Generator[RawRecord, None, None]:
        lines = TextLines(self.path, self.encoding).read()
        try:
            texts = (line for _, line in lines)
            for index, card in enumerate(cards(logical_lines(texts)), start=1):
                yield RawRecord(index, card_values(card))
        except CardTooLargeError as exc:
            raise ImportFileError(
                CARD_TOO_LARGE, row=exc.index, name=self.path.name, limit=MAX_LINE_CHARS
            ) from None
        finally:
            lines.close()


def logical_lines(lines: Iterable[str], limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """Unfold continuation lines (leading space/tab) and quoted-printable soft breaks ("=").

    A logical line is cut at ``limit`` characters: a photo folded over thousands of lines is
    dropped anyway, and a name that long is refused later by the cell limit. Pieces are joined
    once, at the end, so a long line costs linear time.
    """
    parts: list[str] = []
    size = 0
    quoted_printable = soft = False
    for raw in lines:
        line = raw.rstrip("\r\n")
        if parts:
            if soft or line[:1] in (" ", "\t"):
                if soft and parts[-1].endswith("="):
                    parts[-1] = parts[-1][:-1]
                    size -= 1
                piece = line if soft else line[1:]
                if size < limit:
                    parts.append(piece[: limit - size])
                    size += len(parts[-1])
                    if size < _HEAD_SIZE and not quoted_printable:  # a head folded in two
                        quoted_printable = _is_quoted_printable("".join(parts))
                soft = quoted_printable and line.endswith("=")
                continue
            yield "".join(parts)
        parts = [line[:limit]]
        size = len(parts[0])
        quoted_printable = _is_quoted_printable(parts[0])
        soft = quoted_printable and line.endswith("=")
    if parts:
        yield "".join(parts)


_HEAD_SIZE = 1000  # a property's name and parameters, before its value, are far shorter


def _is_quoted_printable(line: str) -> bool:
    head = _split_unquoted(line[:_HEAD_SIZE], ":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


class CardTooLargeError(Exception):
    """A card whose useful lines exceed ``MAX_LINE_CHARS`` in all (``index`` counts from 1)."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


def cards(lines: Iterable[str]) -> Iterator[list[VCardProperty]]:
    """The properties of each BEGIN:VCARD … END:VCARD block (a truncated last card included).

    Only the properties a contact row is made of are kept (no photos, notes, keys...).
    """
    current: list[VCardProperty] | None = None
    size = index = 0
    for line in lines:
        marker = line.strip().upper()
        if marker == "BEGIN:VCARD":
            if current:
                yield current  # the previous card lacked its END line
            current, size, index = [], 0, index + 1
        elif marker == "END:VCARD":
            if current is not None:
                yield current
            current = None
        elif current is not None and _wanted(line):
            prop = parse_property(line)
            if prop is not None and prop.name in _USED_PROPERTIES:
                size += len(line)
                if size > MAX_LINE_CHARS:
                    raise CardTooLargeError(index)
                current.append(prop)
    if current:
        yield current


def _wanted(line: str) -> bool:
    """A cheap look at the name before parsing: "item1.TEL;…", "N:…", never "PHOTO;…"."""
    head = line[:64].lstrip().split(":", 1)[0].split(";", 1)[0].rpartition(".")[2].upper()
    return head in _USED_PROPERTIES


def parse_property(line: str) -> VCardProperty | None:
    """Split ``[group.]NAME[;param…]:value``; None for a line without a colon."""
    parts = _split_unquoted(line, ":", 1)
    if len(parts) < 2:
        return None
    head, value = parts
    segments = _split_unquoted(head, ";")
    group, _, name = segments[0].strip().rpartition(".")
    params: dict[str, list[str]] = {}
    for segment in segments[1:]:
        key, has_value, raw = segment.partition("=")
        if not has_value:
            key, raw = ("ENCODING" if key.upper() in _ENCODING_WORDS else "TYPE"), key
        for item in raw.strip().strip('"').split(","):
            if item.strip():
                params.setdefault(key.strip().upper(), []).append(item.strip().strip('"'))
    return VCardProperty(group.upper(), name.upper(), params, value)


def _split_unquoted(text: str, separator: str, maxsplit: int = -1) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted and (maxsplit < 0 or len(parts) < maxsplit):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def split_compound(value: str, separator: str | None = ";") -> list[str]:
    """Split a structured value on unescaped separators (None: do not split), undo escapes."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            current.append("\n" if escaped in ("n", "N") else escaped)
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [" ".join(part.split()) for part in parts]


@dataclass
class _Card:
    names: list[str] = field(default_factory=list)
    formatted: str = ""
    phones: list[tuple[int, bool, int, str]] = field(default_factory=list)
    addresses: list[tuple[bool, int, str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def card_values(props: list[VCardProperty]) -> dict[str, str]:
    """One card as the fixed-header values the column mapping expects."""
    labels = {p.group: p.text() for p in props if p.name == "X-ABLABEL" and p.group}
    card = _Card()
    for order, prop in enumerate(props):
        if prop.name == "N" and not card.names:
            card.names = split_compound(prop.text())
        elif prop.name == "FN" and not card.formatted:
            card.formatted = split_compound(prop.text(), None)[0]
        elif prop.name == "TEL":
            number = _tel_value(prop.text())
            if number:
                rank = phone_label_rank(*prop.types(), labels.get(prop.group, ""))
                card.phones.append((rank, "pref" not in prop.types(), order, number))
        elif prop.name == "ADR":
            parts = split_compound(prop.text()) + [""] * 7
            if parts[3] or parts[5]:
                card.addresses.append(("pref" not in prop.types(), order, parts[3], parts[5]))
        elif prop.name == "CATEGORIES":
            card.tags.extend(tag for tag in split_compound(prop.text(), ",") if tag)
    return _values(card)


def _values(card: _Card) -> dict[str, str]:
    last, first = [*card.names, "", ""][:2]
    if not (first or last) and card.formatted:
        # No usable N: a one-word display name is usually a first name ("Pierre", "Maman").
        first, _, last = card.formatted.partition(" ")
    phones: list[str] = []
    for _rank, _not_pref, _order, number in sorted(card.phones):
        if number not in phones:
            phones.append(number)
    commune = postal_code = ""
    if card.addresses:
        _, _, commune, postal_code = min(card.addresses)
    return {
        "first_name": first.strip(),
        "last_name": last.strip(),
        "phones": MULTI_VALUE_SEPARATOR.join(phones),
        "commune": commune,
        "postal_code": postal_code,
        "tags": MULTI_VALUE_SEPARATOR.join(card.tags),
    }


def _tel_value(value: str) -> str:
    text = " ".join(value.split())
    if text.lower().startswith("tel:"):
        text = text[4:].split(";", 1)[0]  # vCard 4.0 URI form, drop ;ext=
    return text.strip()
