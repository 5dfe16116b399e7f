"""The HTTP client every adapter uses: HTTPS with certificate checks, errors sorted by meaning."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import httpx

from ...domain.messages import QT_TRANSLATE_NOOP, UserError
from .base import CredentialsRefusedError, RejectedError, TransientError

# Plain HTTP only to this machine: the tests' local servers. Anything else must be HTTPS.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=10.0)


class EndpointError(UserError):
    pass


def check_endpoint(url: str) -> str:
    """``url`` without its trailing slash, if it is HTTPS (or HTTP to this machine)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and host in LOOPBACK_HOSTS:
        return url.strip().rstrip("/")
    raise EndpointError(
        QT_TRANSLATE_NOOP(
            "messages",
            "The provider's address must start with https:// (got {url}): credentials and "
            "phone numbers never travel unencrypted.",
        ),
        url=url,
    )


def make_client(endpoint: str, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT) -> httpx.Client:
    # verify=True is httpx's default, written out so nobody "fixes" a certificate error away.
    return httpx.Client(timeout=timeout, verify=True, follow_redirects=False)


def _reason(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300] or response.reason_phrase
    if isinstance(body, dict):
        for key in ("message", "error", "errorMessage", "details"):
            if body.get(key):
                return str(body[key])[:300]
    return json.dumps(body)[:300]


def send_request(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    headers: dict[str, str] | None = None,
    content: bytes | None = None,
) -> Any:
    """Send one request; the decoded JSON body, or an error saying whether to retry."""
    try:
        response = client.request(method, url, headers=headers, content=content)
    except (httpx.ConnectError, httpx.ConnectTimeout) as error:
        # The request never reached the provider: retrying cannot send twice.
        raise TransientError(type(error).__name__, maybe_sent=False) from None
    except httpx.TransportError as error:
        # Read timeout, connection dropped mid-answer...: the provider may have acted on it.
        raise TransientError(type(error).__name__, maybe_sent=True) from None
    status = response.status_code
    if status in (401, 403):
        raise CredentialsRefusedError(_reason(response), status)
    if status == 429:
        raise TransientError(_reason(response), status, maybe_sent=False)
    if status >= 500:
        # A 5xx says the request failed; gateways (502/504) may still have passed it on.
        raise TransientError(_reason(response), status, maybe_sent=status in (502, 504))
    if status >= 400:
        raise RejectedError(_reason(response), status)
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        raise TransientError("invalid JSON answer", status, maybe_sent=True) from None
