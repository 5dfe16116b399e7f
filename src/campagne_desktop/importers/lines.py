"""Text files read line by line: each line bounded in length and decoded on its own.

A file pasted together from two tools can mix UTF-8 lines with Windows-1252 ones. Reading it
whole in one encoding garbles half the names ("Ã‰mile"); here each line is decoded as UTF-8 first
and, only when that fails, in the file's legacy encoding, so "Émile" (UTF-8) and "Jérôme" (cp1252)
both come out right. A line that is neither is refused by its number, never garbled.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import BinaryIO, NoReturn

from campagne_desktop.importers.errors import LINE_TOO_LONG, UNDECODABLE_LINE, ImportFileError
from campagne_desktop.importers.limits import MAX_LINE_CHARS
from campagne_desktop.importers.sniffing import legacy_encoding

_LONE_CR = re.compile(rb"\r(?!\n)")  # old Mac line ends inside what "\n" splitting saw as a line


class TextLines:
    """The lines of ``path`` (line ends kept), numbered from 1, for csv.reader or the vCard parser.

    ``encoding`` is what ``sniffing.detect_encoding`` found: UTF-16 is decoded as one stream;
    otherwise every line is tried as UTF-8, then in the legacy encoding (``encoding`` itself when
    it is one, else looked for among the lines that are not UTF-8, once, when first needed).
    """

    def __init__(self, path: Path, encoding: str, *, limit: int = MAX_LINE_CHARS) -> None:
        self.path = path
        self.encoding = encoding
        self.limit = limit
        self._fallback: str | None = None if encoding.startswith("utf") else encoding

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return self.read()

    def read(self) -> Generator[tuple[int, str], None, None]:
        """The numbered lines, through a handle that ``close()`` on the generator releases."""
        if self.encoding.startswith("utf-16"):
            return self._utf16_lines()
        return self._byte_lines()

    def _utf16_lines(self) -> Generator[tuple[int, str], None, None]:
        with self.path.open(encoding=self.encoding, newline="") as handle:
            number = 0
            while True:
                try:
                    line = handle.readline(self.limit + 2)
                except UnicodeDecodeError:
                    raise ImportFileError(
                        UNDECODABLE_LINE, row=number + 1, name=self.path.name, encoding="UTF-16"
                    ) from None
                if not line:
                    return
                number += 1
                self._check_length(number, line)
                yield number, line

    def _byte_lines(self) -> Generator[tuple[int, str], None, None]:
        with self.path.open("rb") as handle:
            max_bytes = 4 * self.limit + 2  # a UTF-8 character takes at most 4 bytes
            for number, raw in enumerate(_raw_lines(handle, max_bytes), start=1):
                if len(raw) >= max_bytes and not raw.endswith(b"\n"):
                    self._too_long(number)
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    line = self._decode_legacy(number, raw)
                self._check_length(number, line)
                yield number, line

    def _decode_legacy(self, number: int, raw: bytes) -> str:
        if self._fallback is None:
            self._fallback = legacy_encoding(self.path)
        try:
            return raw.decode(self._fallback)
        except (UnicodeDecodeError, LookupError):
            raise ImportFileError(
                UNDECODABLE_LINE, row=number, name=self.path.name, encoding=self._fallback
            ) from None

    def _check_length(self, number: int, line: str) -> None:
        if len(line) > self.limit and len(line.rstrip("\r\n")) > self.limit:
            self._too_long(number)

    def _too_long(self, number: int) -> NoReturn:
        raise ImportFileError(LINE_TOO_LONG, row=number, name=self.path.name, limit=self.limit)


def _raw_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Lines split on LF, CR LF or a lone CR; a line longer than ``max_bytes`` is cut there."""
    carry = b""
    while raw := handle.readline(max_bytes):
        if carry:
            raw, carry = carry + raw, b""
        if b"\r" in raw and _LONE_CR.search(raw):
            *complete, rest = _LONE_CR.split(raw)
            for piece in complete:
                yield piece + b"\r"
            if rest.endswith(b"\n") or len(rest) >= max_bytes:
                yield rest
            else:
                carry = rest  # cut by max_bytes or by the end of the file: read on
            continue
        yield raw
    if carry:
        yield carry
