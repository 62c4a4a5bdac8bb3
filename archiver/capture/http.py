"""Fetch a URL hop by hop, streaming each body to a spooled file and hashing it on the fly.

requests follows redirects by itself and would hide the hops, so redirects are followed here: every
hop is an Exchange (one request/response pair) that the WARC layer writes as its own records.
Bodies are stored de-chunked but still content-encoded, exactly as the server encoded them, so the
stored headers keep ``Content-Encoding`` and rename ``Transfer-Encoding`` (it no longer describes them).

Each thread has its own connection pools (requests' guarded adapter, see guard.py), used directly:
requests prepares the URL (IDNA, quoting) and urllib3 sends the request. A ``requests.Session`` would
add cookie, proxy and hook machinery we do not use, at about half the fetch cost of a 50 KB page.
A connection whose response was read to the end goes back to the pool (keep-alive).

Limits: ``connect_timeout`` per connection attempt, ``read_timeout`` per wait for bytes, and
``total_timeout`` for the whole response, headers included: a watchdog thread shuts the socket of a
response whose headers are still arriving at the deadline (a server dripping header bytes), and the
body loop shortens each wait to the time left. ``max_body`` caps the bytes kept.
"""

from __future__ import annotations

import hashlib
import http.client
import re
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit

import requests
from urllib3 import PoolManager, Timeout
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    LocationValueError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)
from urllib3.util.retry import Retry
from warcio.statusandheaders import StatusAndHeaders

from archiver import __version__
from archiver.capture.deadline import header_deadline, with_header_deadline
from archiver.capture.guard import check_url, guarded_adapter, last_peer_ip
from archiver.errors import BlockedTarget, FetchError, one_line
from archiver.settings import Settings

CHUNK = 256 * 1024
SPOOL_IN_MEMORY = 1024 * 1024
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
RENAMED_HEADERS = {"transfer-encoding"}  # describe bytes we did not keep as sent
_NO_RETRIES = Retry(0, read=False)  # as requests' HTTPAdapter(max_retries=0)
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


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
    """Fetches URLs under Settings' limits; connection pools per thread, kept alive between fetches."""

    def __init__(self, settings: Settings, clock: Clock = utcnow) -> None:
        self.settings = settings
        self.clock = clock
        self._local = threading.local()
        self._headers = {
            "User-Agent": settings.user_agent or default_user_agent(),
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "keep-alive",
        }
        self._timeout = Timeout(connect=settings.connect_timeout, read=settings.read_timeout)

    def pools(self) -> PoolManager:
        """This thread's connection pools: policy re-checked on connect, header phase under a deadline."""
        adapter = getattr(self._local, "adapter", None)
        if adapter is None:
            adapter = guarded_adapter(self.settings.allow_private)
            manager = adapter.poolmanager
            manager.pool_classes_by_scheme = {
                scheme: with_header_deadline(cls) for scheme, cls in manager.pool_classes_by_scheme.items()
            }
            self._local.adapter = adapter
        return adapter.poolmanager  # type: ignore[no-any-return]

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
        prepared = requests.PreparedRequest()
        try:
            prepared.prepare_method("GET")
            prepared.prepare_url(url, None)  # IDNA host, quoted path: the URL exactly as requests sends it
            prepared.prepare_headers(self._headers)
            pool = self.pools().connection_from_url(prepared.url or url)
        except (requests.RequestException, LocationValueError, UnicodeError, ValueError) as exc:
            raise FetchError(f"{url}: {one_line(exc)}") from exc
        try:
            with header_deadline(deadline):
                raw = pool.urlopen(
                    "GET",
                    prepared.path_url,
                    headers=self._headers,
                    redirect=False,
                    assert_same_host=False,
                    preload_content=False,
                    decode_content=False,
                    retries=_NO_RETRIES,
                    timeout=self._timeout,
                )
        except (HTTPError, OSError) as exc:
            if time.monotonic() >= deadline:
                raise FetchError(f"no complete response headers within {settings.total_timeout:g} s") from exc
            raise FetchError(_describe(exc, settings)) from exc
        exchange = Exchange(
            url=url,
            date=date,
            request_head=_request_head(prepared),
            ip=_peer_ip(raw),
            response_head=_response_head(raw),
            status=raw.status,
            body=tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY),  # type: ignore[arg-type]
        )
        clean = False
        try:
            self._read_body(raw, exchange, deadline)
            clean = exchange.problem is None
        finally:
            if not clean:
                raw.close()  # a connection left mid-body cannot carry another request
            raw.release_conn()
        exchange.ended = self.clock()
        location = raw.headers.get("Location")
        if raw.status in REDIRECT_STATUSES and location:
            exchange.location = urljoin(url, location.strip())
        return exchange

    def _read_body(self, raw, exchange: Exchange, deadline: float) -> None:  # type: ignore[no-untyped-def]
        limit = self.settings.max_body
        read_timeout = self.settings.read_timeout
        digest = hashlib.sha256()
        body = exchange.body
        size = 0
        sock = _socket(raw)
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    exchange.truncated = "time"
                    exchange.problem = f"response took longer than {self.settings.total_timeout:g} s; kept {size} bytes"
                    break
                if remaining < read_timeout and sock is not None:
                    sock.settimeout(max(remaining, 0.001))  # the last wait ends at the deadline
                chunk = raw.read1(min(CHUNK, limit - size + 1), decode_content=False)
                if not chunk:
                    break
                if size + len(chunk) > limit:
                    chunk = chunk[: limit - size]
                    exchange.truncated = "length"
                    exchange.problem = f"body exceeded the {limit} byte limit; kept the first {limit} bytes"
                digest.update(chunk)
                body.write(chunk)
                size += len(chunk)
                if exchange.truncated:
                    break
        except (ReadTimeoutError, TimeoutError):  # socket.timeout is TimeoutError
            exchange.truncated = "time"
            if time.monotonic() >= deadline - 0.01:
                exchange.problem = f"response took longer than {self.settings.total_timeout:g} s; kept {size} bytes"
            else:
                exchange.problem = f"no data for {read_timeout:g} s; kept {size} bytes"
        except ProtocolError as exc:
            if raw.chunked and isinstance(_innermost(exc), http.client.IncompleteRead):
                # http.client's way of saying a chunk-size line was garbage (or never came)
                exchange.truncated = "unspecified"
                exchange.problem = f"malformed chunked encoding after {size} bytes of body; kept them"
            else:
                exchange.truncated = "disconnect"
                exchange.problem = f"connection broke after {size} bytes: {_root_cause(exc)}"
        except (HTTPError, requests.RequestException, OSError) as exc:
            exchange.truncated = "disconnect"
            exchange.problem = f"connection broke after {size} bytes: {_root_cause(exc)}"
        exchange.body_length = size
        exchange.payload_sha256 = digest.hexdigest()
        body.seek(0)


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
    return getattr(raw.connection, "peer_ip", None) or last_peer_ip()


def _socket(raw):  # type: ignore[no-untyped-def]
    # http.client drops conn.sock when the server will close; the response's file still holds it.
    sock = getattr(raw.connection, "sock", None)
    if sock is None:
        sock = getattr(getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None), "_sock", None)
    return sock


def _innermost(exc: BaseException) -> BaseException:
    """The exception at the bottom: urllib3 wraps socket and http.client errors two or three times."""
    for _ in range(10):
        inner = getattr(exc, "reason", None)
        if not isinstance(inner, BaseException):
            inner = next((a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)), None)
        if inner is None:
            break
        exc = inner
    return exc


def _root_cause(exc: BaseException) -> str:
    """The innermost useful message, without urllib3's object reprs and errno prefixes."""
    text = one_line(_innermost(exc))
    for marker in ("Failed to establish a new connection: ", "Failed to resolve "):
        if marker in text:
            text = text[text.index(marker) + (len(marker) if marker.startswith("Failed to e") else 0) :]
    text = re.sub(r"^<[^>]* object at 0x[0-9a-f]+>: ", "", text)  # NewConnectionError names its connection
    return re.sub(r"\[Errno -?\d+\] ", "", text)


def _describe(exc: BaseException, settings: Settings) -> str:
    """One line for an error raised before the response headers were complete."""
    reason = exc.reason if isinstance(exc, MaxRetryError) else None
    if isinstance(reason, ConnectTimeoutError) and not isinstance(reason, NewConnectionError):
        return f"connection timed out after {settings.connect_timeout:g} s"
    if isinstance(exc, ReadTimeoutError):
        return f"no response within the read timeout ({settings.read_timeout:g} s)"
    inner = _innermost(exc)
    if isinstance(inner, http.client.BadStatusLine) and not isinstance(inner, http.client.RemoteDisconnected):
        line = str(inner.args[0] if inner.args else "").strip()[:100]
        return f"invalid HTTP status line from the server: {line!r}"
    if isinstance(inner, http.client.RemoteDisconnected):
        return "the server closed the connection without sending a response"
    if isinstance(inner, http.client.LineTooLong):
        return f"invalid response: {one_line(inner)}"
    if isinstance(inner, http.client.HTTPException) and "headers" in str(inner):
        return f"invalid response: the server sent {str(inner).replace('got ', '')} (http.client's limit)"
    return _root_cause(exc)
