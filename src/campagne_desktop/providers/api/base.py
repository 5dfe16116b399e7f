"""One interface for every SMS provider's API, and the errors an adapter may raise.

Adapters know HTTP and the provider's documented shapes; they know nothing of the database. The
sending service (``services/sending.py``) decides what a result or an error means for a message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class Capability(StrEnum):
    SIMULATE = "simulate"  # a dry run the provider checks without sending
    BLACKLIST = "blacklist"  # the provider's list of numbers that answered STOP
    LOOKUP = "lookup"  # find what a request left in flight actually did (by our reference)
    REPORTS = "reports"  # delivery reports
    REPLIES = "replies"  # incoming messages
    ESTIMATE = "estimate"  # segments of a text, as the provider counts them
    DELETE_REPLIES = "delete_replies"  # the wipe can delete received messages there
    DELETE_SENT = "delete_sent"  # the wipe can delete the history of sent messages there


@dataclass(frozen=True)
class Recipient:
    ref: str  # our reference for this one message (unique, kept in the database)
    phone: str  # E.164


@dataclass(frozen=True)
class Chunk:
    """Messages with the same text and the same moment, handed over in one request."""

    ref: str  # our reference for the request (tags the provider keeps, where it has some)
    text: str
    sender: str
    recipients: tuple[Recipient, ...]
    send_at: datetime | None = None  # aware; None = now
    valid_until: datetime | None = None  # aware; the provider drops what is not out by then
    unicode: bool = False  # UCS-2 (accents outside GSM-7, emoji...)
    test: bool = False


@dataclass
class ChunkResult:
    accepted: dict[str, str] = field(default_factory=dict)  # phone -> provider's message id
    rejected: dict[str, str] = field(default_factory=dict)  # phone -> provider's reason
    cost: float | None = None  # credits or euros, as the provider counts


class DeliveryState(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"


@dataclass(frozen=True)
class DeliveryReport:
    provider_id: str
    state: DeliveryState
    detail: str = ""


@dataclass(frozen=True)
class IncomingReply:
    provider_id: str
    phone: str  # as the provider gives it
    text: str
    received_at: str = ""


class ProviderError(Exception):
    """Base of every adapter error. ``reason`` is the provider's own words (no phone number)."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class TransientError(ProviderError):
    """Worth retrying: a 5xx, a 429, a connection that failed or timed out.

    ``maybe_sent`` is True when the request may have reached the provider (the answer was lost):
    retrying blindly could send twice.
    """

    def __init__(self, reason: str, status: int | None = None, *, maybe_sent: bool) -> None:
        super().__init__(reason, status)
        self.maybe_sent = maybe_sent


class RejectedError(ProviderError):
    """The provider refused the request (a 4xx, or an error status in a 200): nothing was sent."""


class CredentialsRefusedError(RejectedError):
    """401/403: the credentials are wrong, expired or lack a right. Nothing can be sent."""


class UnsupportedError(ProviderError):
    """The provider's API offers no such operation."""


class SmsProviderApi(Protocol):
    key: str
    capabilities: frozenset[Capability]
    max_recipients: int  # per request
    min_interval: float  # seconds between two requests (the provider's rate limit)

    def send(self, chunk: Chunk) -> ChunkResult: ...
    def simulate(self, chunk: Chunk) -> ChunkResult: ...
    def blacklist(self) -> list[str]: ...
    def lookup(self, chunk: Chunk) -> dict[str, str]: ...
    def delivery_reports(self, provider_ids: list[str]) -> list[DeliveryReport]: ...
    def replies(self) -> list[IncomingReply]: ...
    def delete_reply(self, provider_id: str) -> None: ...
    def delete_sent(self, provider_id: str) -> None: ...
    def estimate(self, text: str) -> int: ...
    def check_credentials(self) -> str: ...
    def close(self) -> None: ...
