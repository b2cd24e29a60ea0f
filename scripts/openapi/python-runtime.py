
# ---- The hand-written part (scripts/openapi/python-runtime.py): HTTP, SSE, downloads, webhook signatures. ----

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, Iterator, List, Literal, NamedTuple, Optional, Tuple, TypedDict, Union  # noqa: F401


class ReelforgeError(Exception):
    """A refused or failed call. `code` is tRPC's (BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, TOO_MANY_REQUESTS,
    SERVICE_UNAVAILABLE, ...), `status` the HTTP status, `issues` the fields of bad input ([{"path", "message"}])."""

    def __init__(self, message: str, code: str = "UNKNOWN", status: int = 0, issues: Optional[List[Dict[str, str]]] = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.issues = issues or []


class Download(NamedTuple):
    """What a GET of a file answered: 200 with the whole file, 206 with the asked-for range (Content-Range says which)."""

    status: int
    headers: Dict[str, str]
    content: bytes


FINISHED_STATUSES = ("done", "failed", "cancelled")


class _Transport:
    def __init__(self, base_url: str, api_key: Optional[str], timeout: float):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout

    def headers(self, extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
        headers = {"accept": "application/json", "user-agent": "reelforge-python/1"}
        if self.api_key:
            headers["x-api-key"] = self.api_key
        headers.update(extra or {})
        return headers

    def url_of(self, procedure: str, input: Any) -> str:
        url = f"{self.base_url}/trpc/{procedure}"
        return url if input is None else f"{url}?input={urllib.parse.quote(json.dumps(input))}"

    def open(self, request: urllib.request.Request):
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as error:
            raise _error_of(error.code, error.read()) from None

    def call(self, kind: str, procedure: str, input: Any) -> Any:
        if kind == "mutation":
            body = json.dumps(input).encode()
            request = urllib.request.Request(
                f"{self.base_url}/trpc/{procedure}", data=body, method="POST", headers=self.headers({"content-type": "application/json"})
            )
        else:
            request = urllib.request.Request(self.url_of(procedure, input), headers=self.headers())
        with self.open(request) as response:
            answer = json.loads(response.read())
        if "error" in answer:
            raise _error_of(0, json.dumps(answer).encode())
        return answer["result"]["data"]

    def events(self, procedure: str, input: Any) -> Iterator[Any]:
        """A subscription's events over Server-Sent Events, until the server ends the stream."""
        request = urllib.request.Request(self.url_of(procedure, input), headers=self.headers({"accept": "text/event-stream"}))
        with self.open(request) as response:
            event, data = "message", []
            for raw in response:
                line = raw.decode("utf-8").rstrip("\r\n")
                if line == "":
                    if data:
                        payload = json.loads("\n".join(data))
                        if event == "serialized-error":
                            raise ReelforgeError(str(payload.get("message", payload)), str(payload.get("data", {}).get("code", "ERROR")))
                        if event == "return":
                            return
                        if event == "message":
                            yield payload
                    elif event == "return":
                        return
                    event, data = "message", []
                elif line.startswith(":"):
                    continue
                elif line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].lstrip())

    def download(self, url: str, byte_range: Optional[Tuple[int, Optional[int]]] = None) -> Download:
        absolute = url if "://" in url else f"{self.base_url}/{url.lstrip('/')}"
        extra = {"accept": "*/*"}
        if byte_range is not None:
            start, end = byte_range
            extra["range"] = f"bytes={start}-{'' if end is None else end}"
        with self.open(urllib.request.Request(absolute, headers=self.headers(extra))) as response:
            return Download(response.status, {key.lower(): value for key, value in response.headers.items()}, response.read())


def _error_of(status: int, body: bytes) -> ReelforgeError:
    try:
        error = json.loads(body).get("error", {})
    except ValueError:
        return ReelforgeError(body.decode("utf-8", "replace")[:300] or f"HTTP {status}", "UNKNOWN", status)
    data = error.get("data") or {}
    return ReelforgeError(
        str(error.get("message", f"HTTP {status}")),
        str(data.get("code", error.get("code", "UNKNOWN"))),
        int(data.get("httpStatus", status) or status),
        data.get("issues"),
    )


def _input_of(input: Optional[Dict[str, Any]], fields: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    if input is None and not fields:
        return None
    return {**(input or {}), **fields}


def verify_webhook_signature(
    secret: str, body: bytes, signature_header: Optional[str], tolerance_seconds: int = 300, now: Optional[float] = None
) -> bool:
    """Whether a webhook POST is Reelforge's: `Reelforge-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
    `<t>.<raw body>` with the signing secret, t within `tolerance_seconds` of now. Pass the body exactly as received."""
    if not signature_header:
        return False
    fields = [part.strip().split("=", 1) for part in signature_header.split(",")]
    timestamps = [value for key, value in (f for f in fields if len(f) == 2) if key == "t"]
    candidates = [value for key, value in (f for f in fields if len(f) == 2) if key == "v1"]
    if len(timestamps) != 1 or not timestamps[0].isdigit() or not candidates:
        return False
    timestamp = int(timestamps[0])
    if abs((time.time() if now is None else now) - timestamp) > tolerance_seconds:
        return False
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in candidates)
