"""Octopush API: ``api-login``/``api-key`` headers, SMS campaigns, ``simulation_mode``.

Octopush reports STOP replies, replies and deliveries through callbacks to a web server, which a
desktop app does not have: the app reads none of them back (see the README).
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .base import (
    Capability,
    Chunk,
    ChunkResult,
    DeliveryReport,
    IncomingReply,
    UnsupportedError,
)
from .http import DEFAULT_TIMEOUT, check_endpoint, make_client, send_request

DEFAULT_ENDPOINT = "https://api.octopush.com/v1/public"


class OctopushApi:
    key = "octopush"
    capabilities = frozenset({Capability.SIMULATE})
    max_recipients = 500
    min_interval = 0.25

    def __init__(
        self,
        login: str,
        api_key: str,
        *,
        endpoint: str = DEFAULT_ENDPOINT,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> None:
        self._login = login
        self._api_key = api_key
        self.endpoint = check_endpoint(endpoint)
        self.client = make_client(self.endpoint, timeout)

    def close(self) -> None:
        self.client.close()

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        headers = {
            "api-login": self._login,
            "api-key": self._api_key,
            "Accept": "application/json",
            "Cache-Control": "no-cache",
        }
        content = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            content = json.dumps(body).encode()
        return send_request(
            self.client, method, self.endpoint + path, headers=headers, content=content
        )

    def campaign_body(self, chunk: Chunk, *, simulation: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "recipients": [{"phone_number": r.phone} for r in chunk.recipients],
            "text": chunk.text,
            "type": "sms_premium",
            # "wholesale" is Octopush's purpose for marketing messages (prospecting).
            "purpose": "wholesale",
            "sender": chunk.sender,
            "with_replies": False,
            "simulation_mode": simulation,
        }
        if chunk.send_at is not None:
            body["send_at"] = chunk.send_at.isoformat(timespec="seconds")
        return body

    def _send(self, chunk: Chunk, simulation: bool) -> ChunkResult:
        answer = self._call(
            "POST", "/sms-campaign/send", self.campaign_body(chunk, simulation=simulation)
        )
        ticket = str(answer.get("sms_ticket", ""))
        return ChunkResult(
            accepted={r.phone: f"{ticket}:{r.ref}" for r in chunk.recipients},
            cost=answer.get("total_cost"),
        )

    def send(self, chunk: Chunk) -> ChunkResult:
        return self._send(chunk, False)

    def simulate(self, chunk: Chunk) -> ChunkResult:
        return self._send(chunk, True)

    def lookup(self, chunk: Chunk) -> dict[str, str]:
        raise UnsupportedError("Octopush cannot look a campaign up by our reference")

    def blacklist(self) -> list[str]:
        raise UnsupportedError("Octopush reports STOP through a callback")

    def delivery_reports(self, provider_ids: list[str]) -> list[DeliveryReport]:
        raise UnsupportedError("Octopush sends delivery reports to a callback")

    def replies(self) -> list[IncomingReply]:
        raise UnsupportedError("Octopush sends replies to a callback")

    def delete_reply(self, provider_id: str) -> None:
        raise UnsupportedError("Octopush sends replies to a callback")

    def delete_sent(self, provider_id: str) -> None:
        raise UnsupportedError("Octopush offers no deletion of sent messages through its API")

    def estimate(self, text: str) -> int:
        raise UnsupportedError("Octopush estimates through simulation_mode")

    def check_credentials(self) -> str:
        answer = self._call("GET", "/wallet/check-balance")
        return f"Octopush: {answer.get('amount', '?')} {answer.get('unit', '')}".strip()
