"""The raw-socket HTTP client (archiver/capture/http.py and connection.py) against a scripted server.

tests/servers.py answers every request with ``Connection: close``. The server here answers each route
with exact bytes (written in the given pieces, with pauses between them), may keep the connection
open, close it, reset it or hold it silent, and counts accepted connections and requests, so
keep-alive reuse, stale connections, interim responses and odd framing are checked one by one.
Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import ipaddress
import itertools
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.capture import connection, guard, http, response
from archiver.capture.http import Exchange, FetchResult, HttpFetcher
from archiver.errors import FetchError
from archiver.settings import Settings
from archiver.warc import records

Step = bytes | float  # bytes to write, or seconds to pause


@dataclass(frozen=True)
class Reply:
    """What the server does for one request: the steps, then keep (read the next request on the
    connection), close (FIN), reset (RST) or hold (stay open and silent until the client leaves)."""

    steps: tuple[Step, ...] = ()
    then: str = "keep"


@dataclass(frozen=True)
class Request:
    connection: int  # 1-based, in the order connections were accepted
    number: int  # 1-based, on its connection
    target: str
    head: bytes


Route = Reply | Callable[[Request], Reply]
NOT_FOUND = Reply((b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",))


class ScriptServer:
    """Threaded raw-socket server on 127.0.0.1, port 0; TLS if given a server context."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.accepted = 0
        self.replied = 0  # replies whose steps were all written
        self.closed = 0  # connections the server has closed
        self._tls = tls
        self._stop = threading.Event()
        self._changed = threading.Condition()
        self._open: dict[int, socket.socket] = {}
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    def url(self, target: str) -> str:
        return f"{'https' if self._tls else 'http'}://127.0.0.1:{self.port}{target}"

    def __enter__(self) -> ScriptServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._acceptor.join(5)
        with self._changed:
            still_open = list(self._open.values())
        for sock in still_open:  # unblock their recv(); each thread closes its own socket
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def wait(self, what: str, count: int) -> None:
        """Wait until self.<what> (replied, closed) reaches count."""
        with self._changed:
            assert self._changed.wait_for(lambda: getattr(self, what) >= count, 5), (what, getattr(self, what))

    def connection_of_each_request(self) -> list[tuple[int, int]]:
        with self._changed:
            return [(r.connection, r.number) for r in self.requests]

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._changed:
                self.accepted += 1
                number = self.accepted
                self._open[number] = sock
            thread = threading.Thread(target=self._serve, args=(sock, number), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, number: int) -> None:
        try:
            sock.settimeout(5)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._tls is not None:
                sock = self._tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
                with self._changed:
                    self._open[number] = sock
                sock.do_handshake()
            self._converse(sock, number)
        except (OSError, ValueError):  # the client left, or failed the TLS handshake, or the server stops
            pass
        finally:
            sock.close()
            with self._changed:
                self._open.pop(number, None)
                self.closed += 1
                self._changed.notify_all()

    def _converse(self, sock: socket.socket, number: int) -> None:
        buffered = b""
        for count in itertools.count(1):
            while b"\r\n\r\n" not in buffered:
                data = sock.recv(65536)
                if not data:
                    return
                buffered += data
            head, _, buffered = buffered.partition(b"\r\n\r\n")
            target = head.split(b"\r\n", 1)[0].split(b" ")[1].decode("latin-1")
            request = Request(number, count, target, head)
            with self._changed:
                self.requests.append(request)
            route = self.routes.get(urlsplit(target).path, NOT_FOUND)
            reply = route(request) if callable(route) else route
            for step in reply.steps:
                if isinstance(step, bytes):
                    sock.sendall(step)
                elif self._stop.wait(step):
                    return
            with self._changed:
                self.replied += 1
                self._changed.notify_all()
            if reply.then == "close":
                return
            if reply.then == "reset":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            if reply.then == "hold":
                while sock.recv(65536):
                    pass
                return


def head(status_line: bytes, *headers: bytes) -> bytes:
    return b"\r\n".join((status_line, *headers)) + b"\r\n\r\n"


def ok(body: bytes, *headers: bytes) -> bytes:
    """A 200 with Content-Length, explicitly kept alive."""
    return head(b"HTTP/1.1 200 OK", b"Content-Length: %d" % len(body), b"Connection: keep-alive", *headers) + body


def pieces(data: bytes, size: int, pause: float) -> tuple[Step, ...]:
    """data written size bytes at a time, with a pause after each write."""
    out: list[Step] = []
    for start in range(0, len(data), size):
        out += [data[start : start + size], pause]
    return tuple(out)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


DEFAULTS: dict[str, Any] = {"read_timeout": 2.0, "total_timeout": 5.0, "connect_timeout": 2.0}


class Client:
    """An HttpFetcher whose results and connections are closed at the end of the test."""

    def __init__(self, **settings: Any) -> None:
        self.fetcher = HttpFetcher(Settings(**{"allow_private": True, **DEFAULTS, **settings}))
        self.results: list[FetchResult] = []

    def fetch(self, url: str) -> FetchResult:
        result = self.fetcher.fetch(url)
        self.results.append(result)
        return result

    def fetch_ok(self, url: str) -> Exchange:
        """Fetch url; it must succeed in one exchange."""
        result = self.fetch(url)
        assert result.error is None, result.error
        [exchange] = result.exchanges
        assert exchange.truncated is None and exchange.problem is None
        return exchange

    def close(self) -> None:
        for result in self.results:
            result.close()
        self.fetcher.close()


@pytest.fixture
def server() -> Iterator[ScriptServer]:
    with ScriptServer() as running:
        yield running


@pytest.fixture
def client_with() -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(**settings: Any) -> Client:
        made.append(Client(**settings))
        return made[-1]

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(client_with: Callable[..., Client]) -> Client:
    return client_with()


def body_of(exchange: Exchange) -> bytes:
    exchange.body.seek(0)
    return exchange.body.read()


def assert_one_clear_line(error: str | None) -> str:
    assert error and "\n" not in error and "\r" not in error and len(error) < 300, error
    return error


# -- keep-alive --------------------------------------------------------------------------------------


def test_keep_alive_reuses_one_connection(server: ScriptServer, client: Client) -> None:
    bodies = {"/a": b"alpha", "/b": hashlib.shake_256(b"big").digest(300_000), "/c": b""}  # /b spans reads
    for path, body in bodies.items():
        server.routes[path] = Reply((ok(body, b"Content-Type: application/octet-stream"),))
    for path, body in bodies.items():
        exchange = client.fetch_ok(server.url(path))
        assert exchange.status == 200 and exchange.ip == "127.0.0.1"
        assert body_of(exchange) == body and exchange.body_length == len(body)
        assert exchange.payload_sha256 == sha256(body)
    assert server.accepted == 1
    assert server.connection_of_each_request() == [(1, 1), (1, 2), (1, 3)]
    assert all(b"connection: keep-alive" in r.head.lower() for r in server.requests)


def test_a_finished_threads_idle_connections_are_closed(server: ScriptServer, client: Client) -> None:
    """Each thread keeps its own idle connections; when the thread ends they must not stay open (a
    long crawl starts new capture threads every round)."""
    server.routes["/a"] = Reply((ok(b"alpha"),))
    worker = threading.Thread(target=lambda: client.fetch_ok(server.url("/a")))
    worker.start()
    worker.join()
    gc.collect()
    server.wait("closed", 1)  # the server saw our side close the kept-alive connection
    assert server.accepted == 1


@pytest.mark.parametrize(
    "how", ["close-after-response", "close-while-idle", "close-on-next-request", "reset-on-next-request"]
)
def test_stale_kept_alive_connection_is_replaced(server: ScriptServer, client: Client, how: str) -> None:
    """The server drops a kept-alive connection (no `Connection: close` said): before the next
    request (the pool sees it) or on receiving it, before any response byte (retried once)."""

    def route(request: Request) -> Reply:
        if request.connection == 1 and request.number == 1:
            if how == "close-after-response":
                return Reply((ok(b"first"),), then="close")
            if how == "close-while-idle":
                return Reply((ok(b"first"), 0.1), then="close")
            return Reply((ok(b"first"),))
        if request.connection == 1:
            return Reply((), then="close" if how == "close-on-next-request" else "reset")
        return Reply((ok(b"second"),))

    server.routes["/page"] = route
    assert body_of(client.fetch_ok(server.url("/page"))) == b"first"
    if how.startswith("close-") and "next" not in how:
        server.wait("closed", 1)
    assert body_of(client.fetch_ok(server.url("/page"))) == b"second"
    assert server.accepted == 2
    if how.endswith("next-request"):
        assert server.connection_of_each_request() == [(1, 1), (1, 2), (2, 1)]
    else:
        assert server.connection_of_each_request() == [(1, 1), (2, 1)]


def test_new_connection_closed_without_a_response_is_an_error_not_retried(server: ScriptServer, client: Client) -> None:
    server.routes["/gone"] = Reply((), then="close")
    result = client.fetch(server.url("/gone"))
    assert "without sending a response" in assert_one_clear_line(result.error)
    assert result.exchanges == [] and server.accepted == 1


def test_idle_connection_with_stray_bytes_is_not_reused(server: ScriptServer, client: Client) -> None:
    def route(request: Request) -> Reply:
        if request.connection == 1:
            return Reply((ok(b"first"), 0.05, b"garbage\r\n"))  # while the connection sits idle
        return Reply((ok(b"second"),))

    server.routes["/page"] = route
    assert body_of(client.fetch_ok(server.url("/page"))) == b"first"
    server.wait("replied", 1)
    time.sleep(0.05)
    assert body_of(client.fetch_ok(server.url("/page"))) == b"second"
    assert server.accepted == 2
    assert server.connection_of_each_request() == [(1, 1), (2, 1)]


def test_stray_bytes_right_after_the_response_leave_it_complete(server: ScriptServer, client: Client) -> None:
    """The same stray bytes, arriving in the same read as the end of the body: the response was
    complete, so it is kept whole; only the connection is out of step and must not be reused."""

    def route(request: Request) -> Reply:
        if request.connection == 1:
            return Reply((ok(b"first") + b"garbage\r\n",))
        return Reply((ok(b"second"),))

    server.routes["/page"] = route
    result = client.fetch(server.url("/page"))
    assert [e.status for e in result.exchanges] == [200]
    assert body_of(result.exchanges[0]) == b"first"
    assert (result.error, result.exchanges[0].truncated) == (None, None)
    assert body_of(client.fetch_ok(server.url("/page"))) == b"second"
    assert server.accepted == 2


# -- framing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("split", [False, True], ids=["one-write", "separate-writes"])
def test_interim_responses_are_skipped(server: ScriptServer, client: Client, split: bool) -> None:
    interim = [
        b"HTTP/1.1 100 Continue\r\n\r\n",
        head(b"HTTP/1.1 103 Early Hints", b"Link: </style.css>; rel=preload; as=style"),
    ]
    final = head(b"HTTP/1.1 200 OK", b"Content-Type: text/plain", b"Content-Length: 5") + b"final"
    steps: tuple[Step, ...] = (interim[0], 0.05, interim[1], 0.05, final) if split else (b"".join(interim) + final,)
    server.routes["/hints"] = Reply(steps)
    result = client.fetch(server.url("/hints"))
    assert result.error is None
    [exchange] = result.exchanges
    assert exchange.status == 200 and exchange.response_head.statusline == "200 OK"
    assert exchange.response_head.headers == [("Content-Type", "text/plain"), ("Content-Length", "5")]
    assert body_of(exchange) == b"final" and exchange.payload_sha256 == sha256(b"final")
    assert records.http_head(exchange.response_head) == final[: -len(b"final")]  # the 200's head, as sent


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_close_delimited_body_is_complete(server: ScriptServer, client: Client, version: str) -> None:
    body = hashlib.shake_256(b"close-delimited").digest(100_000)
    wire = head(b"HTTP/%s 200 OK" % version.encode(), b"Content-Type: application/octet-stream") + body
    server.routes["/until-close"] = Reply(pieces(wire, 30_000, 0.02), then="close")
    exchange = client.fetch_ok(server.url("/until-close"))
    assert exchange.response_head.protocol == f"HTTP/{version}"
    assert body_of(exchange) == body and exchange.payload_sha256 == sha256(body)


def test_body_shorter_than_content_length_is_truncated_disconnect(server: ScriptServer, client: Client) -> None:
    sent = hashlib.shake_256(b"short").digest(300)
    server.routes["/short"] = Reply((head(b"HTTP/1.1 200 OK", b"Content-Length: 1000") + sent,), then="close")
    result = client.fetch(server.url("/short"))
    [exchange] = result.exchanges
    assert exchange.status == 200 and exchange.truncated == "disconnect"
    assert exchange.problem is not None and "300" in exchange.problem and result.error == exchange.problem
    assert body_of(exchange) == sent and exchange.body_length == 300 and exchange.payload_sha256 == sha256(sent)


def test_chunked_body_in_small_writes(server: ScriptServer, client: Client) -> None:
    parts = [b"Hello, ", b"chunked ", b"world! " * 30, bytes(range(256))]
    chunks = b"".join(b"%x;ext=1\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"
    wire = head(b"HTTP/1.1 200 OK", b"Content-Type: application/octet-stream", b"Transfer-Encoding: chunked") + chunks
    server.routes["/chunked"] = Reply(pieces(wire, 7, 0.002))
    body = b"".join(parts)
    for _ in range(2):  # read to its last chunk, the connection carries the next request
        exchange = client.fetch_ok(server.url("/chunked"))
        assert body_of(exchange) == body and exchange.payload_sha256 == sha256(body)
        assert exchange.response_head.headers == [
            ("Content-Type", "application/octet-stream"),
            ("X-Archive-Orig-Transfer-Encoding", "chunked"),
        ]
    assert server.accepted == 1


@pytest.mark.parametrize("split", [False, True], ids=["one-write", "separate-writes"])
def test_chunked_trailer_is_not_mixed_into_the_head(server: ScriptServer, client: Client, split: bool) -> None:
    """The stored head is the header section as sent, whatever way TCP happens to split the bytes."""
    start = head(b"HTTP/1.1 200 OK", b"Transfer-Encoding: chunked", b"Trailer: X-Checksum")
    rest = b"3\r\nabc\r\n0\r\nX-Checksum: 900150983cd2\r\n\r\n"
    server.routes["/trailer"] = Reply((start, 0.05, rest) if split else (start + rest,))
    exchange = client.fetch_ok(server.url("/trailer"))
    assert body_of(exchange) == b"abc"
    assert exchange.response_head.headers == [
        ("X-Archive-Orig-Transfer-Encoding", "chunked"),
        ("Trailer", "X-Checksum"),
    ]


def test_head_split_across_writes(server: ScriptServer, client: Client) -> None:
    writes = [
        b"HTTP/1.1 200 OK\r\n",
        b"Content-Ty",
        b"pe: text/pl",
        b"ain\r\nX-Long: " + b"v" * 100,
        b"\r\nContent-Length: 5\r\n",
        b"\r",
        b"\nhello",
    ]
    server.routes["/split"] = Reply(tuple(step for write in writes for step in (write, 0.05)))
    exchange = client.fetch_ok(server.url("/split"))
    assert exchange.status == 200 and exchange.response_head.statusline == "200 OK"
    assert exchange.response_head.headers == [
        ("Content-Type", "text/plain"),
        ("X-Long", "v" * 100),
        ("Content-Length", "5"),
    ]
    assert body_of(exchange) == b"hello"


def test_204_and_304_have_no_body_and_keep_the_connection(server: ScriptServer, client: Client) -> None:
    server.routes["/no-content"] = Reply((head(b"HTTP/1.1 204 No Content", b"Connection: keep-alive"),))
    # A 304 may state the length the 200 would have had; no body follows all the same.
    server.routes["/not-modified"] = Reply((head(b"HTTP/1.1 304 Not Modified", b'ETag: "v1"', b"Content-Length: 5"),))
    server.routes["/after"] = Reply((ok(b"after"),))
    for path, status in (("/no-content", 204), ("/not-modified", 304)):
        exchange = client.fetch_ok(server.url(path))
        assert exchange.status == status and exchange.body_length == 0 and body_of(exchange) == b""
        assert exchange.payload_sha256 == sha256(b"")
    assert body_of(client.fetch_ok(server.url("/after"))) == b"after"
    assert server.accepted == 1


def test_headers_kept_as_sent(server: ScriptServer, client: Client) -> None:
    """Repeated names in order, the sender's case, and latin-1 bytes in a value."""
    server.routes["/headers"] = Reply(
        (
            head(
                b"HTTP/1.1 200 OK",
                b"Set-Cookie: a=1; Path=/",
                b"X-MiXeD-CaSe: yes",
                b"Set-Cookie: b=2",
                b"X-Place: Z\xfcrich",
                b"Content-Length: 2",
            )
            + b"ok",
        )
    )
    exchange = client.fetch_ok(server.url("/headers"))
    assert exchange.response_head.headers == [
        ("Set-Cookie", "a=1; Path=/"),
        ("X-MiXeD-CaSe", "yes"),
        ("Set-Cookie", "b=2"),
        ("X-Place", "Z\u00fcrich"),
        ("Content-Length", "2"),
    ]


def test_the_stored_head_is_the_bytes_received(server: ScriptServer, client: Client) -> None:
    """What the WARC record will hold: the head byte for byte, odd spacing, a bare-LF line and
    latin-1 bytes included (re-serialising would normalise or %-encode them)."""
    sent = b"HTTP/1.1 200  OK\r\nX-Tight:value\r\nX-Tab:\t spaced \r\nX-Place: Z\xfcrich\nContent-Length: 2\r\n\r\n"
    server.routes["/raw"] = Reply((sent + b"ok",))
    exchange = client.fetch_ok(server.url("/raw"))
    assert records.http_head(exchange.response_head) == sent
    assert exchange.response_head.get_header("X-Tight") == "value" and body_of(exchange) == b"ok"


def test_the_stored_request_is_the_bytes_sent(server: ScriptServer, client: Client) -> None:
    """The request record holds the request head exactly as the server received it."""
    server.routes["/q"] = Reply((ok(b"ok"),))
    exchange = client.fetch_ok(server.url("/q?a=1"))
    assert records.http_head(exchange.request_head) == server.requests[-1].head + b"\r\n\r\n"  # split off there
    assert server.requests[-1].head.startswith(b"GET /q?a=1 HTTP/1.1\r\nHost: 127.0.0.1:")


def test_a_chunked_head_is_re_serialised_with_transfer_encoding_renamed(server: ScriptServer, client: Client) -> None:
    wire = head(b"HTTP/1.1 200 OK", b"Transfer-Encoding: chunked", b"X-Tight:value") + b"2\r\nok\r\n0\r\n\r\n"
    server.routes["/chunked-raw"] = Reply((wire,))
    exchange = client.fetch_ok(server.url("/chunked-raw"))
    stored = records.http_head(exchange.response_head)
    assert b"X-Archive-Orig-Transfer-Encoding: chunked\r\n" in stored and b"X-Tight: value\r\n" in stored
    assert b"\r\nTransfer-Encoding" not in stored and body_of(exchange) == b"ok"


def test_a_head_ending_in_a_full_read_of_body_is_not_too_long() -> None:
    """The head's last bytes arrive with a whole read's worth of body: that is not an over-long head
    (fed to the reader directly: over a socket, how reads split depends on timing)."""
    body = hashlib.shake_256(b"large").digest(response.CHUNK)
    wire = ok(body)
    cut = wire.index(b"Content-Length")
    with io.BytesIO() as sink:
        reader = response.ResponseReader(sink, limit=10 * response.CHUNK)
        reader.feed(memoryview(wire[:cut]))
        reader.feed(memoryview(wire[cut : cut + response.CHUNK]))
        assert reader.problem is None and reader.head_done
        assert records.http_head(reader.head()) == wire[: -len(body)]


def test_relative_redirect_followed_on_the_same_connection(server: ScriptServer, client: Client) -> None:
    moved = head(b"HTTP/1.1 301 Moved Permanently", b"Location: next?x=1", b"Content-Length: 5") + b"moved"
    server.routes["/dir/old"] = Reply((moved,))
    server.routes["/dir/next"] = Reply((ok(b"arrived"),))
    result = client.fetch(server.url("/dir/old"))
    assert result.error is None
    assert [(e.url, e.status) for e in result.exchanges] == [
        (server.url("/dir/old"), 301),
        (server.url("/dir/next?x=1"), 200),
    ]
    assert result.exchanges[0].location == server.url("/dir/next?x=1")
    assert body_of(result.exchanges[0]) == b"moved" and body_of(result.exchanges[1]) == b"arrived"
    assert server.accepted == 1
    assert [r.target for r in server.requests] == ["/dir/old", "/dir/next?x=1"]


# -- limits ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("split", [False, True], ids=["one-write", "separate-writes"])
def test_more_than_500_headers_is_an_error(
    server: ScriptServer, client_with: Callable[..., Client], split: bool
) -> None:
    """Refused as soon as the 501st header is seen, whether or not the rest came in the same read."""
    headers = [b"X-H%d: %d" % (i, i) for i in range(600)]
    wire = head(b"HTTP/1.1 200 OK", *headers, b"Content-Length: 2", b"Connection: keep-alive") + b"ok"
    cut = wire.index(b"X-H520:")
    server.routes["/many"] = Reply((wire[:cut], 0.05, wire[cut:]) if split else (wire,))
    client = client_with(read_timeout=1.0)
    started = time.monotonic()
    result = client.fetch(server.url("/many"))
    assert "header" in assert_one_clear_line(result.error)
    assert result.exchanges == []
    assert time.monotonic() - started < 0.9


def test_two_hundred_headers_are_kept(server: ScriptServer, client_with: Callable[..., Client]) -> None:
    """More than http.client's 100 (real responses can have them), all stored in order."""
    headers = [b"X-H%d: %d" % (i, i) for i in range(200)]
    server.routes["/two-hundred"] = Reply((head(b"HTTP/1.1 200 OK", *headers, b"Content-Length: 2") + b"ok",))
    result = client_with().fetch(server.url("/two-hundred"))
    assert result.error is None
    kept = [name for name, _ in result.exchanges[0].response_head.headers if name.startswith("X-H")]
    assert kept == [f"X-H{i}" for i in range(200)]


def test_endless_head_stops_at_the_head_limit(server: ScriptServer, client_with: Callable[..., Client]) -> None:
    """300 KB of header bytes and no end: refused with the limit named once 256 KB are in, not
    after waiting for more."""
    lines = [b"X-Pad-%d: %s" % (i, b"a" * 50_000) for i in range(6)]
    server.routes["/endless-head"] = Reply((b"\r\n".join([b"HTTP/1.1 200 OK", *lines, b""]),), then="hold")
    client = client_with(read_timeout=1.0, total_timeout=3.0)
    started = time.monotonic()
    result = client.fetch(server.url("/endless-head"))
    elapsed = time.monotonic() - started
    error = assert_one_clear_line(result.error)
    assert "header" in error and str(256 * 1024) in error, error
    assert result.exchanges == [] and elapsed < 0.9


def test_body_over_max_body_is_not_read_further(server: ScriptServer, client_with: Callable[..., Client]) -> None:
    """Past max_body the rest is not read: the fetch ends at once, not when the server stops sending."""
    sent = hashlib.shake_256(b"over").digest(50_000)
    server.routes["/big"] = Reply((head(b"HTTP/1.1 200 OK", b"Content-Length: 1000000") + sent,), then="hold")
    client = client_with(max_body=10_000, read_timeout=1.0, total_timeout=3.0)
    started = time.monotonic()
    result = client.fetch(server.url("/big"))
    elapsed = time.monotonic() - started
    [exchange] = result.exchanges
    assert exchange.truncated == "length" and "10000 byte limit" in assert_one_clear_line(exchange.problem)
    assert body_of(exchange) == sent[:10_000] and exchange.payload_sha256 == sha256(sent[:10_000])
    assert elapsed < 0.9


def test_total_timeout_bounds_a_dripping_head(server: ScriptServer, client_with: Callable[..., Client]) -> None:
    """Each byte comes well within read_timeout, so only the total deadline can end it."""
    drip: list[Step] = [b"HTTP/1.1 200 OK\r\nX-Drip: "]
    for _ in range(40):
        drip += [0.2, b"a"]
    server.routes["/drip"] = Reply(tuple(drip), then="close")
    client = client_with(read_timeout=1.0, total_timeout=1.5)
    started = time.monotonic()
    result = client.fetch(server.url("/drip"))
    elapsed = time.monotonic() - started
    assert "1.5 s" in assert_one_clear_line(result.error)
    assert result.exchanges == [] and 1.3 < elapsed < 2.5


# -- TLS and the address guard -------------------------------------------------------------------------


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """(certificate, key) PEM files for 127.0.0.1 (subjectAltName IP), signed by their own key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "archiver test origin")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_tls_untrusted_certificate_then_trusted(
    tmp_path: Path, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = self_signed_certificate(tmp_path)
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    with ScriptServer(tls=server_context) as server:
        server.routes["/"] = Reply((ok(b"secure"),))
        monkeypatch.setattr(connection, "_tls_context", None)  # the real default: certifi's CA bundle
        refused = client.fetch(server.url("/"))
        error = assert_one_clear_line(refused.error)
        assert "certificate" in error and "not trusted" in error, error
        assert refused.exchanges == [] and server.requests == []

        trusting = ssl.create_default_context(cafile=str(cert))
        trusting.set_alpn_protocols(["http/1.1"])
        monkeypatch.setattr(connection, "_tls_context", trusting)
        for _ in range(2):
            exchange = client.fetch_ok(server.url("/"))
            assert exchange.ip == "127.0.0.1" and body_of(exchange) == b"secure"
        assert server.accepted == 2  # the refused handshake, then one kept-alive TLS connection
        client.close()


def test_the_next_address_is_tried_when_one_refuses(
    server: ScriptServer, client_with: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A host with several addresses (say an IPv6 one unreachable from here): the first that answers
    is used and named as the capture's IP; 127.0.0.2 is loopback with nothing listening."""
    server.routes["/"] = Reply((ok(b"second"),))
    monkeypatch.setattr(guard, "resolve_addresses", lambda host, port: ["127.0.0.2", "127.0.0.1"])
    exchange = client_with().fetch_ok(f"http://two-addresses.test:{server.port}/")
    assert exchange.ip == "127.0.0.1" and body_of(exchange) == b"second"


def test_every_address_refusing_is_one_line_naming_each(
    server: ScriptServer, client_with: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guard, "resolve_addresses", lambda host, port: ["127.0.0.2", "127.0.0.3"])
    result = client_with().fetch(f"http://nobody.test:{server.port}/")
    error = assert_one_clear_line(result.error)
    assert error.startswith("cannot connect to nobody.test") and "127.0.0.2" in error and "127.0.0.3" in error


def test_dns_rebinding_between_check_and_connect_is_refused(
    server: ScriptServer, client_with: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The URL check sees a public address, the connect-time resolution 127.0.0.1: refused, and
    nothing is dialled (a connect to anything but 127.0.0.1 fails here rather than leave the host)."""
    server.routes["/"] = Reply((ok(b"private"),))
    asked: list[str] = []

    def rebinding_resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["93.184.216.34"] if len(asked) == 1 else ["127.0.0.1"]

    dialled: list[object] = []
    real_connect = socket.socket.connect

    def connect_loopback_only(self: socket.socket, address: Any) -> None:
        dialled.append(address)
        if address[0] != "127.0.0.1":
            raise OSError(f"test forbids dialling {address[0]}")
        real_connect(self, address)

    monkeypatch.setattr(guard, "resolve_addresses", rebinding_resolver)
    monkeypatch.setattr(socket.socket, "connect", connect_loopback_only)
    client = client_with(allow_private=False)
    result = client.fetch(f"http://rebind.test:{server.port}/")
    assert result.blocked and result.exchanges == []
    error = assert_one_clear_line(result.error)
    assert error.startswith("refused") and "127.0.0.1" in error, error
    assert asked == ["rebind.test", "rebind.test"]  # checked, then resolved again to connect
    assert dialled == [] and server.accepted == 0


# --------------------------------------------------------------------------- URL preparation fast path

_HOST_LABEL = st.text("abcxyz019-", min_size=1, max_size=6)
_PATH_CHARS = "aZ09._~!$&'()*+,;=:@/-%?#é "


@given(
    scheme=st.sampled_from(["http", "https", "HTTP"]),
    labels=st.lists(_HOST_LABEL, min_size=1, max_size=3),
    host_case=st.booleans(),
    port=st.one_of(st.none(), st.integers(0, 70000)),
    path=st.text(_PATH_CHARS, max_size=12),
)
@settings(max_examples=1500, deadline=None)
def test_plain_urls_are_prepared_as_requests_prepares_them(
    scheme: str, labels: list[str], host_case: bool, port: int | None, path: str
) -> None:
    """The regex fast path must never disagree with requests (IDNA, quoting) where it applies."""
    host = ".".join(labels)
    url = f"{scheme}://{host.upper() if host_case else host}{'' if port is None else f':{port}'}/{path}"
    try:
        expected = _prepare_with_requests(url)
    except Exception:  # requests refuses it: the fast path must not accept it either
        with pytest.raises(FetchError):
            http._prepare(url)
        return
    assert http._prepare(url) == expected


def _prepare_with_requests(url: str) -> tuple[connection.Origin, str, str]:
    prepared = requests.PreparedRequest()
    prepared.prepare_url(url, None)
    parts = urlsplit(prepared.url or "")
    scheme = parts.scheme.lower()
    origin = connection.Origin(scheme, parts.hostname or "", parts.port or (443 if scheme == "https" else 80))
    if not origin.host:
        raise ValueError("no host")
    return origin, parts.netloc.rpartition("@")[2], prepared.path_url or "/"
