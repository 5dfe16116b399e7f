"""OVHcloud SMS API: signed requests, jobs, blacklists, outgoing, incoming, estimate.

Signing follows OVHcloud's documented scheme (the one the official ``ovh`` package implements):
``X-Ovh-Signature = "$1$" + sha1_hex(secret + "+" + consumer + "+" + METHOD + "+" + full URL +
"+" + body + "+" + timestamp)``, the timestamp corrected by the server's ``/auth/time``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from .base import (
    Capability,
    Chunk,
    ChunkResult,
    DeliveryReport,
    DeliveryState,
    IncomingReply,
    RejectedError,
    UnsupportedError,
)
from .http import DEFAULT_TIMEOUT, check_endpoint, make_client, send_request

REGIONS = {
    "ovh-eu": "https://eu.api.ovh.com/1.0",
    "ovh-ca": "https://ca.api.ovh.com/1.0",
    "ovh-us": "https://api.us.ovhcloud.com/1.0",
}
DEFAULT_ENDPOINT = REGIONS["ovh-eu"]
# A STOP mention already in the text (our footer's STOP PROSPECTION): OVHcloud's own clause
# would only repeat it and may cost a segment. Without one, OVHcloud adds its clause.
_STOP_MENTION = re.compile(r"\bSTOP\b")
# Outgoing "deliveryReceipt" codes as we read OVHcloud's documentation: 1 delivered, 2 failed,
# anything else still pending.
_RECEIPTS = {1: DeliveryState.DELIVERED, 2: DeliveryState.FAILED}


def sign(secret: str, consumer: str, method: str, url: str, body: str, timestamp: int) -> str:
    raw = "+".join([secret, consumer, method.upper(), url, body, str(timestamp)])
    return "$1$" + hashlib.sha1(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class OvhCredentials:
    application_key: str
    application_secret: str
    consumer_key: str

    def __repr__(self) -> str:
        return "OvhCredentials(<hidden>)"


def _minutes_until(moment: datetime, now: float) -> int:
    return max(0, math.ceil((moment.timestamp() - now) / 60))


class OvhSmsApi:
    key = "ovh"
    capabilities = frozenset(
        {
            Capability.BLACKLIST,
            Capability.LOOKUP,
            Capability.REPORTS,
            Capability.REPLIES,
            Capability.ESTIMATE,
            Capability.DELETE_REPLIES,
            Capability.DELETE_SENT,
        }
    )
    max_recipients = 500
    min_interval = 0.1

    def __init__(
        self,
        credentials: OvhCredentials,
        service: str,
        *,
        endpoint: str = DEFAULT_ENDPOINT,
        sender_for_response: bool = False,
        clock: Callable[[], float] = time.time,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> None:
        self.credentials = credentials
        self.service = service
        self.endpoint = check_endpoint(REGIONS.get(endpoint, endpoint))
        self.sender_for_response = sender_for_response
        self.clock = clock
        self.client = make_client(self.endpoint, timeout)
        self._delta: int | None = None

    def close(self) -> None:
        self.client.close()

    # -- signed calls --------------------------------------------------------------------
    def _timestamp(self) -> int:
        if self._delta is None:
            server = send_request(self.client, "GET", f"{self.endpoint}/auth/time")
            self._delta = int(server) - int(self.clock())
        return int(self.clock()) + self._delta

    def _call(
        self, method: str, path: str, body: Any = None, query: dict[str, str] | None = None
    ) -> Any:
        url = self.endpoint + path + (f"?{urlencode(query)}" if query else "")
        text = "" if body is None else json.dumps(body)
        stamp = self._timestamp()
        c = self.credentials
        headers = {
            "X-Ovh-Application": c.application_key,
            "X-Ovh-Consumer": c.consumer_key,
            "X-Ovh-Timestamp": str(stamp),
            "X-Ovh-Signature": sign(c.application_secret, c.consumer_key, method, url, text, stamp),
            "Accept": "application/json",
        }
        if body is not None:
            headers["Content-Type"] = "application/json;charset=utf-8"
        return send_request(
            self.client, method, url, headers=headers, content=text.encode() if text else None
        )

    def _service_path(self, tail: str = "") -> str:
        return f"/sms/{quote(self.service, safe='')}{tail}"

    # -- sending -------------------------------------------------------------------------
    def job_body(self, chunk: Chunk) -> dict[str, Any]:
        now = self.clock()
        body: dict[str, Any] = {
            "message": chunk.text,
            "receivers": [r.phone for r in chunk.recipients],
            "charset": "UTF-8",
            "coding": "8bit" if chunk.unicode else "7bit",
            "class": "phoneDisplay",
            "priority": "high",
            "noStopClause": bool(_STOP_MENTION.search(chunk.text)),
            "senderForResponse": self.sender_for_response,
            "tag": chunk.ref,
        }
        if not self.sender_for_response:
            body["sender"] = chunk.sender
        if chunk.send_at is not None:
            body["differedPeriod"] = _minutes_until(chunk.send_at, now)
        if chunk.valid_until is not None:
            start = chunk.send_at.timestamp() if chunk.send_at else now
            # Rounded down: the message expires before the forbidden period, never inside it.
            body["validityPeriod"] = max(1, int((chunk.valid_until.timestamp() - start) // 60))
        return body

    def send(self, chunk: Chunk) -> ChunkResult:
        answer = self._call("POST", self._service_path("/jobs"), self.job_body(chunk))
        ids = [str(i) for i in answer.get("ids", [])]
        valid = [str(p) for p in answer.get("validReceivers", [])]
        result = ChunkResult(cost=answer.get("totalCreditsRemoved"))
        result.accepted = dict(zip(valid, ids, strict=False))
        for phone in answer.get("invalidReceivers", []):
            result.rejected[str(phone)] = "invalid receiver"
        return result

    def simulate(self, chunk: Chunk) -> ChunkResult:
        raise UnsupportedError("OVHcloud has no simulation mode")

    def lookup(self, chunk: Chunk) -> dict[str, str]:
        """What the jobs tagged with ``chunk.ref`` became: phone -> id, for those sent."""
        wanted = {r.phone for r in chunk.recipients}
        found: dict[str, str] = {}
        for outgoing_id in self._call(
            "GET", self._service_path("/outgoing"), query={"tag": chunk.ref}
        ):
            entry = self._call("GET", self._service_path(f"/outgoing/{outgoing_id}"))
            if entry.get("receiver") in wanted:
                found[entry["receiver"]] = str(outgoing_id)
        # Jobs not out yet (scheduled, or queued a moment ago) are listed apart, without tags.
        if len(found) < len(wanted):
            for job_id in self._call("GET", self._service_path("/jobs")):
                job = self._call("GET", self._service_path(f"/jobs/{job_id}"))
                receiver = job.get("receiver")
                if receiver in wanted and job.get("message") == chunk.text:
                    found.setdefault(receiver, str(job_id))
        return found

    # -- afterwards ----------------------------------------------------------------------
    def blacklist(self) -> list[str]:
        return [str(n) for n in self._call("GET", self._service_path("/blacklists"))]

    def delivery_reports(self, provider_ids: list[str]) -> list[DeliveryReport]:
        reports = []
        for provider_id in provider_ids:
            try:
                entry = self._call("GET", self._service_path(f"/outgoing/{provider_id}"))
            except RejectedError as error:
                if error.status != 404:
                    raise
                reports.append(DeliveryReport(provider_id, DeliveryState.PENDING, "job"))
                continue
            state = _RECEIPTS.get(entry.get("deliveryReceipt"), DeliveryState.PENDING)
            reports.append(DeliveryReport(provider_id, state, str(entry.get("ptt", ""))))
        return reports

    def replies(self) -> list[IncomingReply]:
        found = []
        for incoming_id in self._call("GET", self._service_path("/incoming")):
            entry = self._call("GET", self._service_path(f"/incoming/{incoming_id}"))
            found.append(
                IncomingReply(
                    provider_id=str(incoming_id),
                    phone=str(entry.get("sender", "")),
                    text=str(entry.get("message", "")),
                    received_at=str(entry.get("creationDatetime", "")),
                )
            )
        return found

    def delete_reply(self, provider_id: str) -> None:
        self._call("DELETE", self._service_path(f"/incoming/{provider_id}"))

    def delete_sent(self, provider_id: str) -> None:
        self._call("DELETE", self._service_path(f"/outgoing/{provider_id}"))

    def estimate(self, text: str) -> int:
        answer = self._call(
            "POST",
            "/sms/estimate",
            {
                "message": text,
                "noStopClause": bool(_STOP_MENTION.search(text)),
                "senderType": "alpha",
            },
        )
        return int(answer.get("parts", 0))

    def check_credentials(self) -> str:
        info = self._call("GET", self._service_path())
        return f"OVHcloud SMS {self.service}: {info.get('creditsLeft', '?')} credits"
