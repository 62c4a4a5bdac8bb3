"""Fetch a URL hop by hop, streaming each body to a spooled file and hashing it on the fly.

requests follows redirects by itself and would hide the hops, so redirects are followed here: every
hop is an Exchange (one request/response pair) that the WARC layer writes as its own records.
Bodies are stored de-chunked but still content-encoded, exactly as the server encoded them, so the
stored headers keep ``Content-Encoding`` and rename ``Transfer-Encoding`` (it no longer describes them).
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import BinaryIO, Callable
from urllib.parse import urljoin, urlsplit

import requests
from urllib3.exceptions import ProtocolError, ReadTimeoutError
from warcio.statusandheaders import StatusAndHeaders

from archiver import __version__
from archiver.capture.guard import check_url, guarded_adapter
from archiver.errors import BlockedTarget, FetchError, one_line
from archiver.settings import Settings

CHUNK = 64 * 1024
SPOOL_IN_MEMORY = 1024 * 1024
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
RENAMED_HEADERS = {"transfer-encoding"}  # describe bytes we did not keep as sent
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Exchange:
    """One request/response pair, as sent and as received."""

    url: str
    date: datetime
    request_head: StatusAndHeaders
    ip: str | None
    response_head: StatusAndHeaders
    status: int
    body: BinaryIO
    body_length: int = 0
    payload_sha256: str = ""
    truncated: str | None = None  # WARC-Truncated reason: length | time | disconnect
    problem: str | None = None  # one line saying why the body is incomplete
    location: str | None = None
    ended: datetime | None = None

    @property
    def mime(self) -> str:
        value = self.response_head.get_header("Content-Type") or ""
        return value.split(";", 1)[0].strip().lower()

    def close(self) -> None:
        self.body.close()


@dataclass
class FetchResult:
    url: str
    exchanges: list[Exchange] = field(default_factory=list)
    error: str | None = None
    blocked: bool = False
    started: datetime = field(default_factory=utcnow)
    ended: datetime | None = None

    @property
    def final(self) -> Exchange | None:
        return self.exchanges[-1] if self.exchanges else None

    def close(self) -> None:
        for exchange in self.exchanges:
            exchange.close()


def default_user_agent() -> str:
    return f"provenance-archiver/{__version__} (+https://pypi.org/project/provenance-archiver/)"


class HttpFetcher:
    """Fetches URLs under Settings' limits; one requests.Session per thread."""

    def __init__(self, settings: Settings, clock: Clock = utcnow) -> None:
        self.settings = settings
        self.clock = clock
        self._local = threading.local()

    def session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no proxy-environment scan per request; targets are explicit
            adapter = guarded_adapter(self.settings.allow_private)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers.clear()
            session.headers.update(
                {
                    "User-Agent": self.settings.user_agent or default_user_agent(),
                    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                    "Accept-Encoding": "gzip, deflate",
                    "Connection": "keep-alive",
                }
            )
            self._local.session = session
        return session

    def fetch(self, url: str) -> FetchResult:
        """Fetch url and its redirect hops. Never raises for network trouble: see FetchResult.error."""
        result = FetchResult(url=url, started=self.clock())
        seen: set[str] = set()
        current = url
        try:
            while True:
                check_url(current, self.settings.allow_private)
                seen.add(current)
                exchange = self._exchange(current)
                result.exchanges.append(exchange)
                if exchange.problem:
                    result.error = exchange.problem
                    break
                if exchange.location is None:
                    break
                if len(result.exchanges) > self.settings.max_redirects:
                    result.error = f"more than {self.settings.max_redirects} redirects (last to {exchange.location})"
                    break
                if exchange.location in seen:
                    result.error = f"redirect loop: {exchange.url} -> {exchange.location}"
                    break
                current = exchange.location
        except BlockedTarget as exc:
            result.blocked = not result.exchanges
            result.error = str(exc) if current == url else f"redirect to {current} refused: {exc}"
        except FetchError as exc:
            result.error = str(exc)
        result.ended = self.clock()
        return result

    def _exchange(self, url: str) -> Exchange:
        settings = self.settings
        date = self.clock()
        deadline = time.monotonic() + settings.total_timeout
        try:
            response = self.session().get(
                url,
                stream=True,
                allow_redirects=False,
                timeout=(settings.connect_timeout, settings.read_timeout),
            )
        except requests.RequestException as exc:
            raise FetchError(_describe(exc, url)) from exc
        except (UnicodeError, ValueError) as exc:
            raise FetchError(f"{url}: {one_line(exc)}") from exc
        raw = response.raw
        ip = _peer_ip(raw)
        exchange = Exchange(
            url=url,
            date=date,
            request_head=_request_head(response.request),
            ip=ip,
            response_head=_response_head(raw),
            status=response.status_code,
            body=tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY),
        )
        try:
            self._read_body(raw, exchange, deadline)
        finally:
            response.close()
        exchange.ended = self.clock()
        location = response.headers.get("Location")
        if response.status_code in REDIRECT_STATUSES and location:
            exchange.location = urljoin(url, location.strip())
        return exchange

    def _read_body(self, raw, exchange: Exchange, deadline: float) -> None:  # type: ignore[no-untyped-def]
        limit = self.settings.max_body
        digest = hashlib.sha256()
        size = 0
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    exchange.truncated = "time"
                    exchange.problem = f"response took longer than {self.settings.total_timeout:g} s; kept {size} bytes"
                    break
                _set_socket_timeout(raw, min(self.settings.read_timeout, remaining))
                chunk = raw.read1(min(CHUNK, limit - size + 1), decode_content=False)
                if not chunk:
                    break
                if size + len(chunk) > limit:
                    chunk = chunk[: limit - size]
                    exchange.truncated = "length"
                    exchange.problem = f"body exceeded the {limit} byte limit; kept the first {limit} bytes"
                digest.update(chunk)
                exchange.body.write(chunk)
                size += len(chunk)
                if exchange.truncated:
                    break
        except ReadTimeoutError:
            exchange.truncated = "time"
            exchange.problem = f"no data for {self.settings.read_timeout:g} s; kept {size} bytes"
        except (ProtocolError, requests.RequestException, OSError) as exc:
            exchange.truncated = "disconnect"
            exchange.problem = f"connection broke after {size} bytes: {_root_cause(exc)}"
        exchange.body_length = size
        exchange.payload_sha256 = digest.hexdigest()
        exchange.body.seek(0)


def _request_head(prepared: requests.PreparedRequest) -> StatusAndHeaders:
    parts = urlsplit(prepared.url or "")
    target = prepared.path_url or "/"
    headers = [("Host", parts.netloc)] + [(k, v) for k, v in prepared.headers.items() if k.lower() != "host"]
    return StatusAndHeaders(f"{prepared.method} {target} HTTP/1.1", headers, is_http_request=True)


def _response_head(raw) -> StatusAndHeaders:  # type: ignore[no-untyped-def]
    protocol = {10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(getattr(raw, "version", 11), "HTTP/1.1")
    headers = []
    for name, value in raw.headers.items():
        if name.lower() in RENAMED_HEADERS:
            name = "X-Archive-Orig-" + name
        headers.append((name, value))
    reason = getattr(raw, "reason", None) or ""
    return StatusAndHeaders(f"{raw.status} {reason}".strip(), headers, protocol=protocol)


def _peer_ip(raw) -> str | None:  # type: ignore[no-untyped-def]
    return getattr(raw.connection, "peer_ip", None)


def _socket(raw):  # type: ignore[no-untyped-def]
    # http.client drops conn.sock when the server will close; the response's file still holds it.
    sock = getattr(raw.connection, "sock", None)
    if sock is None:
        sock = getattr(getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None), "_sock", None)
    return sock


def _set_socket_timeout(raw, seconds: float) -> None:  # type: ignore[no-untyped-def]
    sock = _socket(raw)
    if sock is not None:
        try:
            sock.settimeout(max(seconds, 0.001))
        except OSError:
            pass


def _root_cause(exc: BaseException) -> str:
    """The innermost useful message: urllib3 wraps socket errors two or three times."""
    seen = 0
    while seen < 10:
        seen += 1
        inner = getattr(exc, "reason", None)
        if isinstance(inner, BaseException):
            exc = inner
            continue
        inner = next((a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)), None)
        if inner is not None:
            exc = inner
            continue
        break
    text = one_line(exc)
    for marker in ("Failed to establish a new connection: ", "Failed to resolve "):
        if marker in text:
            text = text[text.index(marker) + (len(marker) if marker.startswith("Failed to e") else 0) :]
    text = re.sub(r"\[Errno -?\d+\] ", "", text)
    return text


def _describe(exc: requests.RequestException, url: str) -> str:
    if isinstance(exc, requests.ConnectTimeout):
        return "connection timed out"
    if isinstance(exc, requests.ReadTimeout):
        return "no response within the read timeout"
    return _root_cause(exc)
