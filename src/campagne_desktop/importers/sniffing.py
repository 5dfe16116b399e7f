"""Looking at a file's first bytes: what kind it is, which text encoding, which delimiter."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from charset_normalizer import from_bytes

from campagne_desktop.importers.errors import NOT_A_CONTACT_FILE, NOT_FOUND, ImportFileError

HEAD_SIZE = 64 * 1024
_CHUNK = 256 * 1024
ZIP_MAGIC = b"PK\x03\x04"  # xlsx, xlsm, ods
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # xls
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Encodings a French file that is not UTF-8 really comes in: Excel and Windows (cp1252), old
# Unix tools (latin-1/-9), old Macs, DOS. Left free, charset-normalizer picks cp1250 for French.
_SINGLE_BYTE_CANDIDATES = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]
# Windows, DOS and old Mac French files; latin-1/-9 read letters as cp1252 does.
_FRENCH_LEGACY = ("cp1252", "cp850", "mac_roman")
# Small letters first: each encoding reads the others' bytes as capitals (È, Ù...) far more often.
_FRENCH_LETTERS = frozenset("éèêëàâäîïôöùûüÿçœæ")
_FRENCH_CAPITALS = frozenset("ÉÈÊËÀÂÄÎÏÔÖÙÛÜŸÇŒÆ")
_LATIN1_LIKE = {"latin_1", "iso8859_1", "iso8859_15", "ascii", "utf_8", "cp1252"}
DELIMITERS = ";,\t"
_CONTROL_BYTES = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r")
# csv.Sniffer's regular expressions take quadratic time: 64 kB of ',"' kept it busy 46 s.
_SNIFFER_SIZE = 4096


def read_head(path: Path, size: int = HEAD_SIZE) -> bytes:
    """The first ``size`` bytes of ``path``; a missing or unreadable file is a user error."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise ImportFileError(NOT_FOUND, name=path.name, detail=exc.strerror or str(exc)) from exc


def is_blank(head: bytes) -> bool:
    """True when the bytes hold nothing but byte-order marks and white space."""
    stripped = head
    for bom in (codecs.BOM_UTF8, *_UTF16_BOMS):
        if stripped.startswith(bom):
            stripped = stripped[len(bom) :]
    return not stripped.replace(b"\x00", b"").strip()


def sniff_kind(head: bytes) -> str | None:
    """ "spreadsheet", "vcard", "refuse:<detail>" or None (plain text, or unknown) from content."""
    if head.startswith((ZIP_MAGIC, OLE_MAGIC)):
        return "spreadsheet"
    if head.startswith(b"%PDF"):
        return "refuse:a PDF document"
    text = _decode_head(head).lstrip().lower()
    if text.startswith("begin:vcard"):
        return "vcard"
    if text.startswith(("<!doctype html", "<html", "<table")):
        return "refuse:a web page"
    return None


def detect_encoding(path: Path, head: bytes) -> str:
    """The codec to read ``path`` with, or ``ImportFileError`` if it is not text."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(_UTF16_BOMS):
        return "utf-16"  # Excel's "Unicode text" export
    if looks_binary(head):
        raise ImportFileError(NOT_A_CONTACT_FILE, detail=f"{path.name}: not a text file")
    sample = _non_utf8_sample(path)
    if sample is None:
        return "utf-8"
    return _legacy_from(sample)


def legacy_encoding(path: Path) -> str:
    """The single-byte encoding of the lines of ``path`` that are not UTF-8 (cp1252 by default).

    Judged on those lines only: in a file mixing UTF-8 and cp1252 lines, the UTF-8 ones would
    only mislead the guess.
    """
    return _legacy_from(_non_utf8_sample(path) or b"")


def _legacy_from(sample: bytes) -> str:
    """The single-byte encoding that reads ``sample`` (lines that are not UTF-8) as French.

    cp1252 unless another reading holds more French small letters: first judged on the lines
    cp1252 can decode (a stray 0x81 is no evidence), then, if none is left, on all of them
    among the DOS and Mac encodings. charset-normalizer judges only what shows no French
    letter at all: left to itself it read "ÀÀ" as cp850 ("└└"), gave up on "XÀÖ", and one stray
    byte made it read a whole cp1252 file as cp850. A few names are too little for statistics.
    """
    sample = sample.translate(None, _CONTROL_BYTES)  # a stray NUL is no evidence either
    decodable = b"".join(line for line in sample.splitlines(keepends=True) if _decodes(line))
    if not decodable.isascii():
        return max(_FRENCH_LEGACY, key=lambda encoding: _french_score(decodable, encoding))
    others = _FRENCH_LEGACY[1:]
    best = max(others, key=lambda encoding: _french_score(sample, encoding, capitals=True))
    if _french_score(sample, best, capitals=True) > 0:
        return best
    guess = from_bytes(sample, cp_isolation=_SINGLE_BYTE_CANDIDATES).best()
    if guess is None or guess.encoding in _LATIN1_LIKE:
        return "cp1252"
    return guess.encoding


def _decodes(line: bytes) -> bool:
    try:
        line.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _french_score(sample: bytes, encoding: str, *, capitals: bool = False) -> int:
    """French letters in ``sample`` read as ``encoding`` (max() keeps the first on a tie)."""
    letters = _FRENCH_LETTERS | _FRENCH_CAPITALS if capitals else _FRENCH_LETTERS
    return sum(char in letters for char in sample.decode(encoding, "replace"))


def _non_utf8_sample(path: Path) -> bytes | None:
    """Up to HEAD_SIZE bytes of the lines that are not UTF-8; None when the whole file is."""
    if _is_utf8(path):
        return None
    sample = bytearray()
    with path.open("rb") as handle:
        while len(sample) < HEAD_SIZE and (line := handle.readline(_CHUNK)):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                sample += line
    return bytes(sample)


def looks_binary(head: bytes) -> bool:
    """Many control codes (NUL included): an image, an archive, an executable...

    A few stray ones (a NUL pasted into a name) leave a text file text: the importers remove
    them from every field.
    """
    controls = sum(1 for byte in head if byte < 0x20 and byte not in b"\t\n\r\f\x1a")
    return controls > max(8, len(head) // 100)


def _is_utf8(path: Path) -> bool:
    # The whole file, chunk by chunk: a single cp1252 "é" on row 90,000 must not pass as UTF-8.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _decode_head(head: bytes) -> str:
    if head.startswith(_UTF16_BOMS):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8-sig", errors="replace")


def text_sample(path: Path, encoding: str, size: int = HEAD_SIZE) -> str:
    """Up to ``size`` characters of the file, cut at the last complete line."""
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        sample = handle.read(size)
    if len(sample) == size and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    return sample


def sniff_delimiter(sample: str) -> str:
    """``;``, ``,`` or tab: csv.Sniffer first, checked against a count of columns per row."""
    counted = _count_delimiter(sample)
    head = sample[:_SNIFFER_SIZE]
    if len(sample) > _SNIFFER_SIZE and "\n" in head:
        head = head[: head.rindex("\n") + 1]
    try:
        sniffed = csv.Sniffer().sniff(head, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return counted
    if sniffed not in DELIMITERS or _score(sample, sniffed) < _score(sample, counted):
        return counted
    return sniffed


def _count_delimiter(sample: str) -> str:
    best, best_score = DELIMITERS[0], _score(sample, DELIMITERS[0])
    for delimiter in DELIMITERS[1:]:
        score = _score(sample, delimiter)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _score(sample: str, delimiter: str) -> tuple[bool, int, int]:
    """(header has several columns, rows as wide as the header, header width)."""
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(sample), delimiter=delimiter):
            if any(cell.strip() for cell in row):
                rows.append(row)
            if len(rows) >= 50:
                break
    except csv.Error:
        return (False, 0, 0)
    if not rows:
        return (False, 0, 0)
    width = len(rows[0])
    return (width > 1, sum(1 for row in rows[1:] if len(row) == width), width)
