"""Local stand-ins for the providers' APIs (127.0.0.1 only), checking the documented shapes.

Each fake records what it received, checks authentication the way the provider documents it
(OVHcloud's signature recomputed from the request as received) and can be told to fail: a 500
before acting, or a slow answer after acting (the client times out, the message left anyway).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class HttpReplyError(Exception):
    def __init__(self, status: int, body: Any = None) -> None:
        self.status = status
        self.body = body


class FakeApi:
    """Shared by the three fakes: a server thread, received numbers, injected failures."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.received: Counter[str] = Counter()  # phone -> times a send reached us
        self.requests: list[tuple[str, str]] = []
        self.failures: list[str] = []  # "500" or "slow", used by the next send requests
        self.slow_seconds = 1.0
        self.delay = 0.0  # every send request takes this long
        # After this many numbers received, the answer is held back (the client waits on it):
        # a test kills the client right then, with a message taken but not yet answered.
        self.hold_at: int | None = None
        self.holding = threading.Event()
        # Every request waits slow_seconds before its answer: a provider that times out.
        self.stalled = False
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def next_failure(self) -> str:
        with self.lock:
            return self.failures.pop(0) if self.failures else ""

    def handle(self, method: str, url: str, headers: Any, body: bytes) -> Any:
        raise NotImplementedError

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                url = f"http://{self.headers['Host']}{self.path}"
                with fake.lock:
                    fake.requests.append((self.command, urlsplit(url).path))
                if fake.stalled:
                    time.sleep(fake.slow_seconds)
                try:
                    status, answer = 200, fake.handle(self.command, url, self.headers, body)
                except HttpReplyError as reply:
                    status, answer = reply.status, reply.body
                data = json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test)

            do_GET = do_POST = do_DELETE = _serve  # noqa: N815

        return Handler

    def _json(self, body: bytes) -> dict[str, Any]:
        try:
            data = json.loads(body)
        except ValueError:
            raise HttpReplyError(400, {"message": "invalid JSON"}) from None
        if not isinstance(data, dict):
            raise HttpReplyError(400, {"message": "expected an object"})
        return data

    def _before_send(self) -> str:
        failure = self.next_failure()
        if failure == "500":
            raise HttpReplyError(500, {"message": "Internal server error"})
        if self.delay:
            time.sleep(self.delay)
        return failure

    def _after_send(self, failure: str) -> None:
        if failure == "slow":
            time.sleep(self.slow_seconds)
        held = self.hold_at is not None and sum(self.received.values()) >= self.hold_at
        if held and not self.holding.is_set():
            self.holding.set()
            time.sleep(10)


class FakeOvh(FakeApi):
    APP_KEY, APP_SECRET, CONSUMER = "ak-test", "as-test-secret-value", "ck-test-consumer"
    SERVICE = "sms-ab12345-1"

    def __init__(self) -> None:
        super().__init__()
        self.jobs: dict[int, dict[str, Any]] = {}
        self.blacklist = ["+33612000007"]
        self.incoming: dict[int, dict[str, Any]] = {}
        self.bodies: list[dict[str, Any]] = []
        self._next_id = 1000

    @property
    def endpoint(self) -> str:
        return f"{self.base}/1.0"

    def _check_signature(self, method: str, url: str, headers: Any, body: bytes) -> None:
        if headers.get("X-Ovh-Application") != self.APP_KEY:
            raise HttpReplyError(403, {"message": "Invalid application key"})
        if headers.get("X-Ovh-Consumer") != self.CONSUMER:
            raise HttpReplyError(403, {"message": "Invalid credential"})
        stamp = headers.get("X-Ovh-Timestamp", "")
        if not stamp.isdigit() or abs(int(stamp) - time.time()) > 180:
            raise HttpReplyError(400, {"message": "Query out of time"})
        raw = "+".join([self.APP_SECRET, self.CONSUMER, method, url, body.decode(), stamp])
        expected = "$1$" + hashlib.sha1(raw.encode()).hexdigest()
        if headers.get("X-Ovh-Signature") != expected:
            raise HttpReplyError(
                400, {"message": "Invalid signature", "errorCode": "INVALID_SIGNATURE"}
            )

    def handle(self, method: str, url: str, headers: Any, body: bytes) -> Any:
        parts = urlsplit(url)
        path = parts.path.removeprefix("/1.0")
        if path == "/auth/time":
            return int(time.time())
        self._check_signature(method, url, headers, body)
        service = f"/sms/{self.SERVICE}"
        if method == "POST" and path == f"{service}/jobs":
            return self._job(self._json(body))
        if method == "POST" and path == "/sms/estimate":
            return {"parts": 1, "characters": len(self._json(body)["message"])}
        if method == "GET" and path == service:
            return {"name": self.SERVICE, "creditsLeft": 1234.0}
        if method == "GET" and path == f"{service}/blacklists":
            return list(self.blacklist)
        if method == "GET" and path == f"{service}/outgoing":
            tag = parse_qs(parts.query).get("tag", [""])[0]
            with self.lock:
                return [i for i, job in self.jobs.items() if job["tag"] == tag or not tag]
        if method == "GET" and path.startswith(f"{service}/outgoing/"):
            job = self.jobs.get(int(path.rsplit("/", 1)[1]))
            if job is None:
                raise HttpReplyError(404, {"message": "not found"})
            return job
        if method == "GET" and path == f"{service}/jobs":
            return []
        if method == "GET" and path == f"{service}/incoming":
            return list(self.incoming)
        if method == "GET" and path.startswith(f"{service}/incoming/"):
            return self.incoming[int(path.rsplit("/", 1)[1])]
        if method == "DELETE" and self.next_failure() == "500":
            raise HttpReplyError(500, {"message": "Internal server error"})
        if method == "DELETE" and path.startswith(f"{service}/outgoing/"):
            if self.jobs.pop(int(path.rsplit("/", 1)[1]), None) is None:
                raise HttpReplyError(404, {"message": "not found"})
            return None
        if method == "DELETE" and path.startswith(f"{service}/incoming/"):
            self.incoming.pop(int(path.rsplit("/", 1)[1]), None)
            return None
        raise HttpReplyError(404, {"message": f"no route {method} {path}"})

    def _job(self, body: dict[str, Any]) -> dict[str, Any]:
        receivers, message = body.get("receivers"), body.get("message")
        if not isinstance(receivers, list) or not receivers or not isinstance(message, str):
            raise HttpReplyError(400, {"message": "receivers and message are required"})
        for name, kind in (
            ("noStopClause", bool),
            ("senderForResponse", bool),
            ("tag", str),
            ("validityPeriod", int),
            ("differedPeriod", int),
        ):
            if name in body and not isinstance(body[name], kind):
                raise HttpReplyError(400, {"message": f"{name} has the wrong type"})
        failure = self._before_send()
        ids, valid, invalid = [], [], []
        with self.lock:
            self.bodies.append(body)
            for receiver in receivers:
                if not str(receiver).startswith(("+33", "+689")):  # France and Polynesia
                    invalid.append(receiver)
                    continue
                self._next_id += 1
                self.jobs[self._next_id] = {
                    "id": self._next_id,
                    "receiver": receiver,
                    "message": message,
                    "tag": body.get("tag", ""),
                    "deliveryReceipt": 0,
                    "ptt": 0,
                }
                self.received[receiver] += 1
                ids.append(self._next_id)
                valid.append(receiver)
        self._after_send(failure)
        return {
            "ids": ids,
            "validReceivers": valid,
            "invalidReceivers": invalid,
            "totalCreditsRemoved": len(ids),
            "tag": body.get("tag", ""),
        }


class FakeSmsFactor(FakeApi):
    TOKEN = "smsfactor-token-secret"

    def __init__(self) -> None:
        super().__init__()
        self.blacklist = ["33612000003"]
        self.npai = ["33612000004"]
        self.bodies: list[dict[str, Any]] = []

    def handle(self, method: str, url: str, headers: Any, body: bytes) -> Any:
        if headers.get("Authorization") != f"Bearer {self.TOKEN}":
            return {"status": -1, "message": "Erreur d'authentification"}
        path = urlsplit(url).path
        if method == "POST" and path in ("/send", "/send/simulate"):
            return self._send(self._json(body), simulate=path.endswith("simulate"))
        if method == "GET" and path == "/blacklist":
            return {
                "status": 1,
                "list": [{"number": n, "added_at": "2026-02-01"} for n in self.blacklist],
            }
        if method == "GET" and path == "/npai":
            return {
                "status": 1,
                "list": [{"number": n, "added_at": "2026-02-01"} for n in self.npai],
            }
        if method == "GET" and path == "/credits":
            return {"status": 1, "credits": "500"}
        raise HttpReplyError(404, {"status": -99, "message": "not found"})

    def _send(self, body: dict[str, Any], *, simulate: bool) -> dict[str, Any]:
        try:
            message = body["sms"]["message"]
            gsm = body["sms"]["recipients"]["gsm"]
            text = message["text"]
        except (KeyError, TypeError):
            return {"status": -2, "message": "invalid request"}
        if not text or not all("value" in g and "gsmsmsid" in g for g in gsm):
            return {"status": -8, "message": "empty message or recipient"}
        if any(str(g["value"]).startswith("+") for g in gsm):
            return {"status": -7, "message": "numbers are written 336..., without +"}
        if simulate:
            return {"status": 1, "message": "OK", "cost": len(gsm), "credits": 500}
        failure = self._before_send()
        with self.lock:
            self.bodies.append(body)
            for g in gsm:
                self.received["+" + g["value"]] += 1
        self._after_send(failure)
        return {
            "status": 1,
            "message": "OK",
            "ticket": "14672468",
            "cost": len(gsm),
            "credits": 499,
        }


class FakeOctopush(FakeApi):
    LOGIN, KEY = "campagne@example.fr", "octopush-key-secret"
    REFUSED = "+33612000005"  # answered with a 400, as Octopush does for a number it refuses

    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[dict[str, Any]] = []

    @property
    def endpoint(self) -> str:
        return f"{self.base}/v1/public"

    def handle(self, method: str, url: str, headers: Any, body: bytes) -> Any:
        if headers.get("api-login") != self.LOGIN or headers.get("api-key") != self.KEY:
            raise HttpReplyError(401, {"code": 102, "message": "Authentication failed"})
        path = urlsplit(url).path.removeprefix("/v1/public")
        if method == "POST" and path == "/sms-campaign/send":
            return self._send(self._json(body))
        if method == "GET" and path == "/wallet/check-balance":
            return {"amount": 42.5, "unit": "credit"}
        raise HttpReplyError(404, {"code": 404, "message": "not found"})

    def _send(self, body: dict[str, Any]) -> dict[str, Any]:
        recipients = body.get("recipients")
        if not isinstance(recipients, list) or not body.get("text") or not body.get("type"):
            raise HttpReplyError(
                400, {"code": 101, "message": "recipients, text and type are required"}
            )
        if body.get("purpose") not in ("alert", "wholesale"):
            raise HttpReplyError(
                400, {"code": 101, "message": "purpose must be alert or wholesale"}
            )
        phones = [r.get("phone_number", "") for r in recipients]
        if self.REFUSED in phones:
            raise HttpReplyError(400, {"code": 113, "message": "Invalid phone number"})
        if body.get("simulation_mode"):
            return {
                "sms_ticket": "simulated",
                "number_of_contacts": len(phones),
                "total_cost": 0.05,
            }
        failure = self._before_send()
        with self.lock:
            self.bodies.append(body)
            for phone in phones:
                self.received[phone] += 1
        self._after_send(failure)
        return {
            "sms_ticket": f"sms_{len(self.bodies)}",
            "number_of_contacts": len(phones),
            "total_cost": 0.05 * len(phones),
            "number_of_sms_needed": len(phones),
            "residual_credit": 40.0,
        }
