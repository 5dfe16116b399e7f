"""Batch export files for SMS providers: streamed, formula-safe, owner-only, never overwritten.

The layouts and each provider's upload steps are in ``providers.formats``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from campagne_desktop.providers.cells import neutralise
from campagne_desktop.providers.files import PendingOutputs, private_output
from campagne_desktop.providers.formats import FORMATS, ExportFormat

__all__ = ["ExportFormat", "ExportResult", "OutgoingMessage", "write_export"]

_E164 = re.compile(r"\+[1-9]\d{5,14}")


@dataclass(frozen=True)
class OutgoingMessage:
    """One frozen message: E.164 number, exact text, the sender ID it goes out under."""

    phone: str
    text: str
    sender_id: str

    def __post_init__(self) -> None:
        if _E164.fullmatch(self.phone) is None:
            raise ValueError("OutgoingMessage.phone must be in E.164 form (+33612345678)")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    format: ExportFormat
    # What to type as the campaign text in the provider's editor ("" if nothing to type).
    campaign_text: str = ""


def write_export(
    fmt: ExportFormat | str,
    messages: Iterable[OutgoingMessage],
    path: Path | str,
    *,
    sender_id: str,
    overwrite: bool = False,
    pending: PendingOutputs | None = None,
) -> ExportResult:
    """Write ``messages`` to ``path`` in the layout of ``fmt``, one row each, in order.

    Streams: memory does not grow with the number of messages. Raises ``OutputFileError`` (a
    ``UserError``) if ``path`` exists and ``overwrite`` is false, or cannot be written; nothing
    is left at ``path`` then. Every message must carry ``sender_id`` (a batch goes out under one
    sender, which is chosen once in the provider's campaign form); otherwise ``ValueError``.
    """
    fmt = ExportFormat(fmt)
    spec = FORMATS[fmt]
    to_cell = spec.phone
    rows = 0
    with private_output(
        path, encoding=spec.encoding, overwrite=overwrite, pending=pending
    ) as handle:
        writer = csv.writer(handle, delimiter=spec.delimiter, lineterminator="\r\n")
        writer.writerow(spec.header)
        for message in messages:
            if message.sender_id != sender_id:
                raise ValueError(
                    f"message {rows + 1} has sender {message.sender_id!r}, not {sender_id!r}"
                )
            writer.writerow((neutralise(to_cell(message.phone)), neutralise(message.text)))
            rows += 1
    return ExportResult(Path(path), rows, fmt, spec.campaign_text)
