"""SMSFactor API: bearer token, ``/send``, ``/send/simulate``, ``/blacklist``, ``/npai``.

SMSFactor answers most errors with HTTP 200 and a negative ``status`` in the body: those are
refusals (nothing sent), and -1 is an authentication error.
"""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from .base import (
    Capability,
    Chunk,
    ChunkResult,
    CredentialsRefusedError,
    DeliveryReport,
    IncomingReply,
    RejectedError,
    UnsupportedError,
)
from .http import DEFAULT_TIMEOUT, check_endpoint, make_client, send_request

DEFAULT_ENDPOINT = "https://api.smsfactor.com"
# ``delay`` is a local date and time, "Y-m-d H:i:s", in French time.
DELAY_ZONE = ZoneInfo("Europe/Paris")
AUTH_FAILED = -1


def _international(phone: str) -> str:
    return phone.lstrip("+")


def _e164(number: str) -> str:
    number = str(number).strip()
    return number if number.startswith("+") else f"+{number}"


class SmsFactorApi:
    key = "smsfactor"
    capabilities = frozenset({Capability.SIMULATE, Capability.BLACKLIST})
    max_recipients = 500
    min_interval = 0.25

    def __init__(
        self,
        token: str,
        *,
        endpoint: str = DEFAULT_ENDPOINT,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> None:
        self._token = token
        self.endpoint = check_endpoint(endpoint)
        self.client = make_client(self.endpoint, timeout)

    def close(self) -> None:
        self.client.close()

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        content = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            content = json.dumps(body).encode()
        answer = send_request(
            self.client, method, self.endpoint + path, headers=headers, content=content
        )
        status = int(answer.get("status", 1)) if isinstance(answer, dict) else 1
        if status == AUTH_FAILED:
            raise CredentialsRefusedError(str(answer.get("message", "authentication")), 200)
        if status < 0:
            raise RejectedError(str(answer.get("message", f"status {status}")), 200)
        return answer

    def send_body(self, chunk: Chunk) -> dict[str, Any]:
        message: dict[str, Any] = {
            "text": chunk.text,
            # Political canvassing is prospecting: "marketing" makes SMSFactor apply its
            # marketing rules (hours, STOP handling) instead of treating it as an alert.
            "pushtype": "marketing",
            "sender": chunk.sender,
        }
        if chunk.send_at is not None:
            message["delay"] = chunk.send_at.astimezone(DELAY_ZONE).strftime("%Y-%m-%d %H:%M:%S")
        gsm = [{"gsmsmsid": r.ref, "value": _international(r.phone)} for r in chunk.recipients]
        return {"sms": {"message": message, "recipients": {"gsm": gsm}}}

    def _result(self, chunk: Chunk, answer: dict[str, Any], simulated: bool) -> ChunkResult:
        ticket = str(answer.get("ticket", "simulated" if simulated else ""))
        invalid = {_e164(n.get("value", n) if isinstance(n, dict) else n)
                   for n in answer.get("invalid_gsm", []) or []}  # fmt: skip
        result = ChunkResult(cost=answer.get("cost"))
        for r in chunk.recipients:
            if r.phone in invalid:
                result.rejected[r.phone] = "invalid number"
            else:
                result.accepted[r.phone] = f"{ticket}:{r.ref}"
        return result

    def send(self, chunk: Chunk) -> ChunkResult:
        return self._result(chunk, self._call("POST", "/send", self.send_body(chunk)), False)

    def simulate(self, chunk: Chunk) -> ChunkResult:
        answer = self._call("POST", "/send/simulate", self.send_body(chunk))
        return self._result(chunk, answer, True)

    def lookup(self, chunk: Chunk) -> dict[str, str]:
        raise UnsupportedError("SMSFactor cannot look a message up by our reference")

    def _numbers(self, path: str) -> list[str]:
        answer = self._call("GET", path)
        return [_e164(entry.get("number", "")) for entry in answer.get("list", []) or []]

    def blacklist(self) -> list[str]:
        return self._numbers("/blacklist")

    def npai(self) -> list[str]:
        """Numbers SMSFactor knows are no longer in service ("n'habite pas à l'adresse")."""
        return self._numbers("/npai")

    def delivery_reports(self, provider_ids: list[str]) -> list[DeliveryReport]:
        raise UnsupportedError("SMSFactor sends delivery reports to a webhook")

    def replies(self) -> list[IncomingReply]:
        raise UnsupportedError("SMSFactor sends replies to a webhook")

    def delete_reply(self, provider_id: str) -> None:
        raise UnsupportedError("SMSFactor sends replies to a webhook")

    def delete_sent(self, provider_id: str) -> None:
        raise UnsupportedError("SMSFactor offers no deletion of sent messages through its API")

    def estimate(self, text: str) -> int:
        raise UnsupportedError("SMSFactor estimates through /send/simulate")

    def check_credentials(self) -> str:
        answer = self._call("GET", "/credits")
        return f"SMSFactor: {answer.get('credits', '?')} credits"
