"""Provider-facing files: batch exports, replies, the cost ledger, and provider warnings.

File I/O only: no database, no Qt. The batch service calls these with plain values.
"""

from __future__ import annotations

from campagne_desktop.providers.catalog import (
    PROVIDERS,
    ProviderInfo,
    export_format_for,
    provider_for_format,
)
from campagne_desktop.providers.cells import needs_neutralising, neutralise
from campagne_desktop.providers.exports import (
    ExportFormat,
    ExportResult,
    OutgoingMessage,
    write_export,
)
from campagne_desktop.providers.files import OutputFileError, partial_files
from campagne_desktop.providers.ledger import LedgerRow, LedgerSummary, write_ledger
from campagne_desktop.providers.replies import Reply, ReplyKind, classify_reply, read_replies
from campagne_desktop.providers.warnings import provider_warnings

__all__ = [
    "PROVIDERS",
    "ExportFormat",
    "ExportResult",
    "LedgerRow",
    "LedgerSummary",
    "OutgoingMessage",
    "OutputFileError",
    "ProviderInfo",
    "Reply",
    "ReplyKind",
    "classify_reply",
    "export_format_for",
    "needs_neutralising",
    "neutralise",
    "partial_files",
    "provider_for_format",
    "provider_warnings",
    "read_replies",
    "write_export",
    "write_ledger",
]
