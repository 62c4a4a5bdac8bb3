"""A local origin server for tests, with one route per (mis)behaviour.

The server speaks HTTP/1.1 over raw sockets so that it can misbehave on purpose
(garbage status lines, broken chunking, resets, endless bodies).  It binds
127.0.0.1 on port 0, answers every request with ``Connection: close`` and never
sends a ``Date`` header, so a route answers with the same bytes on every run
(absolute ``Location`` headers contain the port, which changes per server).

    with OriginServer() as server:
        requests.get(server.url("/html"), timeout=5)
        server.set_route("/page", b"<html>version 1</html>")
        server.set_route("/page", Response(404, b"gone"))
        server.set_route("/page", lambda exchange: Response(200, exchange.path.encode()))

Built-in routes (see ``OriginServer.__init__``): /html, /binary, /redirect/N,
/notfound, /error, /chunked, /gzip, /big?size=N, /slow-headers?delay=S,
/slowloris, /endless, /gzip-bomb, /redirect-loop, /loop-a, /loop-b,
/bad-chunking, /many-headers, /bad-status, /reset, /private-redirect,
/redirect-to-localhost.  Unknown paths answer 404.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import re
import socket
import socketserver
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from types import TracebackType
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

PIECE_SIZE = 64 * 1024
SERVER_NAME = "archiver-test-origin/1.0"
HTML_TYPE = "text/html; charset=utf-8"
BINARY_TYPE = "application/octet-stream"

HTML_TITLE = "Archiver origin test page"
GZIP_BOMB_INFLATED_SIZE = 1 << 30  # 1 GiB of zeros
SLOWLORIS_INTERVAL = 0.5
SLOWLORIS_DECLARED_LENGTH = 1_000_000
RESET_DECLARED_LENGTH = 100_000
RESET_SENT_LENGTH = 10 * 1024
MANY_HEADERS_COUNT = 10_000
PRIVATE_REDIRECT_TARGET = "http://10.0.0.1/x"  # never connect to it
_CONNECTION_TIMEOUT = 30.0
_MAX_REQUEST_BODY = 16 * 1024 * 1024


# --------------------------------------------------------------------------- content


def _pseudo_random(seed: bytes, size: int) -> bytes:
    return hashlib.shake_256(seed).digest(size)


_WORDS = (
    "archive capture citation source preserve record article link page crawl "
    "replay memento snapshot evidence quote editor reader history version web"
).split()


def _text(seed: int, words: int) -> str:
    """Deterministic pseudo-prose (a tiny LCG over a fixed word list)."""
    state = seed
    out = []
    for _ in range(words):
        state = (state * 1103515245 + 12345) % (1 << 31)
        out.append(_WORDS[state % len(_WORDS)])
    return " ".join(out)


def make_html(title: str, size: int, seed: int = 1) -> bytes:
    """A deterministic HTML page of at least ``size`` bytes with a ``<title>``."""
    head = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n</head>\n<body>\n<h1>{title}</h1>\n"
    )
    tail = '<p><a href="/binary">binary</a> <a href="/notfound">missing</a></p>\n</body>\n</html>\n'
    parts = [head]
    length = len(head) + len(tail)
    paragraph = 0
    while length < size:
        paragraph += 1
        p = f"<p id=\"p{paragraph}\">{_text(seed * 1000 + paragraph, 40)}.</p>\n"
        parts.append(p)
        length += len(p)
    parts.append(tail)
    return "".join(parts).encode("utf-8")


HTML_PAGE = make_html(HTML_TITLE, 5 * 1024, seed=1)
BINARY_BODY = _pseudo_random(b"archiver-binary", 64 * 1024)
CHUNKED_BODY = make_html("Chunked page", 20 * 1024, seed=2)
CHUNK_SIZES = (1, 4096, 10, 8192, 3000)  # the remainder of CHUNKED_BODY is one last chunk
GZIP_HTML = make_html("Gzipped page", 30 * 1024, seed=3)
GZIP_BODY = gzip.compress(GZIP_HTML, compresslevel=9, mtime=0)
BAD_CHUNKING_FIRST = b"<html><body><p>first chunk is fine</p>\n"
NOT_FOUND_BODY = b"<!DOCTYPE html>\n<html><head><title>Not found</title></head><body>404</body></html>\n"
ERROR_BODY = b"<!DOCTYPE html>\n<html><head><title>Error</title></head><body>500</body></html>\n"
_BIG_BLOCK = _pseudo_random(b"archiver-big", PIECE_SIZE)


def iter_big_body(size: int) -> Iterator[bytes]:
    """The body of ``/big?size=N``: 64 KiB pieces, each starting with its index."""
    index = 0
    remaining = size
    while remaining > 0:
        piece = struct.pack(">Q", index) + _BIG_BLOCK[8:]
        yield piece[:remaining]
        remaining -= len(piece)
        index += 1


def chunked_encode(body: bytes, sizes: tuple[int, ...]) -> bytes:
    """Chunked transfer coding of ``body``: ``sizes`` first, then the remainder."""
    out = bytearray()
    pos = 0
    for size in (*sizes, len(body)):
        chunk = body[pos : pos + size]
        if not chunk:
            break
        out += b"%x\r\n" % len(chunk) + chunk + b"\r\n"
        pos += len(chunk)
    out += b"0\r\n\r\n"
    return bytes(out)


@functools.cache
def gzip_bomb() -> bytes:
    """One gzip member (about 1 MB) that inflates to ``GZIP_BOMB_INFLATED_SIZE`` zeros.

    Deflate cannot exceed ~1032:1, so 1 GiB needs ~1 MB.  Built without deflating
    1 GiB: each 1 MiB run of zeros is compressed after a full flush (empty history),
    so every run compresses to the same bytes and can simply be repeated.
    """
    run = bytes(1 << 20)
    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = deflater.compress(run) + deflater.flush(zlib.Z_FULL_FLUSH)
    second = deflater.compress(run) + deflater.flush(zlib.Z_FULL_FLUSH)
    assert first == second, "zlib did not produce identical flushed runs"
    runs = GZIP_BOMB_INFLATED_SIZE // len(run)
    crc = 0
    for _ in range(runs):
        crc = zlib.crc32(run, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, GZIP_BOMB_INFLATED_SIZE & 0xFFFFFFFF)
    return header + first * runs + deflater.flush(zlib.Z_FINISH) + trailer


# --------------------------------------------------------------------------- protocol


class ReceivedRequest(NamedTuple):
    method: str
    path: str  # the request target as sent, query string included
    headers: dict[str, str]  # names as sent; repeated names joined with ", "


@dataclass(frozen=True)
class Response:
    """A well-formed response; ``Content-Length`` and ``Connection: close`` are added."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", HTML_TYPE),)
    reason: str | None = None


def status_line(status: int, reason: str | None = None) -> bytes:
    phrase = reason if reason is not None else HTTPStatus(status).phrase
    return f"HTTP/1.1 {status} {phrase}\r\n".encode("latin-1")


def head_bytes(status: int, headers: tuple[tuple[str, str], ...], reason: str | None = None) -> bytes:
    all_headers = (("Server", SERVER_NAME), *headers, ("Connection", "close"))
    lines = b"".join(f"{name}: {value}\r\n".encode("latin-1") for name, value in all_headers)
    return status_line(status, reason) + lines + b"\r\n"


class Exchange:
    """One request as seen by a route handler, with the means to answer it."""

    def __init__(
        self, sock: socket.socket, request: ReceivedRequest, stop: threading.Event, base_url: str
    ) -> None:
        self.socket = sock
        self.method = request.method
        self.target = request.path
        self.headers = request.headers
        parts = urlsplit(request.path)
        self.path = parts.path
        self.query = dict(parse_qsl(parts.query))
        self.stop = stop
        self.base_url = base_url

    def url(self, path: str) -> str:
        return self.base_url + path

    def send(self, data: bytes) -> None:
        self.socket.sendall(data)

    def send_head(
        self, status: int, headers: tuple[tuple[str, str], ...], reason: str | None = None
    ) -> None:
        self.send(head_bytes(status, headers, reason))

    def send_response(self, response: Response) -> None:
        headers = (*response.headers, ("Content-Length", str(len(response.body))))
        data = head_bytes(response.status, headers, response.reason)
        if self.method != "HEAD":
            data += response.body
        self.send(data)

    def sleep(self, seconds: float) -> bool:
        """Wait; False if the server is stopping (the handler should return)."""
        return not self.stop.wait(seconds)

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0 + close)."""
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.socket.close()


Handler = Callable[[Exchange], Response | bytes | None]
Route = bytes | Response | Handler


# --------------------------------------------------------------------------- built-in routes


def _redirect(location: str, status: int = 302) -> Response:
    body = f'<!DOCTYPE html>\n<html><body><a href="{location}">moved</a></body></html>\n'
    return Response(status, body.encode(), (("Location", location), ("Content-Type", HTML_TYPE)))


def _route_html(ex: Exchange) -> Response:
    return Response(200, HTML_PAGE)


def _route_binary(ex: Exchange) -> Response:
    return Response(200, BINARY_BODY, (("Content-Type", BINARY_TYPE),))


def _route_notfound(ex: Exchange) -> Response:
    return Response(404, NOT_FOUND_BODY)


def _route_error(ex: Exchange) -> Response:
    return Response(500, ERROR_BODY)


def _route_redirect_n(ex: Exchange, hops: int) -> Response:
    """/redirect/N -> ... -> /redirect/1 -> /html, mixing Location forms:
    odd N > 1 absolute URL, even N absolute path, N == 1 path-relative (``../html``)."""
    if hops <= 1:
        return _redirect("../html")
    if hops % 2 == 0:
        return _redirect(f"/redirect/{hops - 1}")
    return _redirect(ex.url(f"/redirect/{hops - 1}"))


def _route_chunked(ex: Exchange) -> None:
    ex.send_head(200, (("Content-Type", HTML_TYPE), ("Transfer-Encoding", "chunked")))
    if ex.method != "HEAD":
        ex.send(chunked_encode(CHUNKED_BODY, CHUNK_SIZES))


def _route_gzip(ex: Exchange) -> Response:
    return Response(200, GZIP_BODY, (("Content-Type", HTML_TYPE), ("Content-Encoding", "gzip")))


def _route_big(ex: Exchange) -> Response | None:
    try:
        size = int(ex.query.get("size", ""))
    except ValueError:
        return Response(400, b"size=N required\n", (("Content-Type", "text/plain"),))
    ex.send_head(200, (("Content-Type", BINARY_TYPE), ("Content-Length", str(size))))
    if ex.method == "HEAD":
        return None
    for piece in iter_big_body(size):
        if ex.stop.is_set():
            return None
        ex.send(piece)
    return None


def _route_slow_headers(ex: Exchange) -> Response | None:
    try:
        delay = float(ex.query.get("delay", "10"))
    except ValueError:
        return Response(400, b"delay=S required\n", (("Content-Type", "text/plain"),))
    if not ex.sleep(delay):
        return None
    return Response(200, HTML_PAGE)


def _route_slowloris(ex: Exchange) -> None:
    ex.send_head(200, (("Content-Type", HTML_TYPE), ("Content-Length", str(SLOWLORIS_DECLARED_LENGTH))))
    if ex.method == "HEAD":
        return
    while ex.sleep(SLOWLORIS_INTERVAL):
        ex.send(b"x")


def _route_endless(ex: Exchange) -> None:
    ex.send_head(200, (("Content-Type", BINARY_TYPE),))
    if ex.method == "HEAD":
        return
    for piece in iter_big_body(1 << 62):
        if ex.stop.is_set():
            return
        ex.send(piece)


def _route_gzip_bomb(ex: Exchange) -> Response:
    return Response(200, gzip_bomb(), (("Content-Type", HTML_TYPE), ("Content-Encoding", "gzip")))


def _route_redirect_loop(ex: Exchange) -> Response:
    return _redirect("/redirect-loop")


def _route_loop_a(ex: Exchange) -> Response:
    return _redirect("/loop-b")


def _route_loop_b(ex: Exchange) -> Response:
    return _redirect(ex.url("/loop-a"))


def _route_bad_chunking(ex: Exchange) -> None:
    ex.send_head(200, (("Content-Type", HTML_TYPE), ("Transfer-Encoding", "chunked")))
    if ex.method != "HEAD":
        ex.send(b"%x\r\n%s\r\nzz\r\nthis is not a chunk\r\n" % (len(BAD_CHUNKING_FIRST), BAD_CHUNKING_FIRST))


def _route_many_headers(ex: Exchange) -> Response:
    headers = tuple((f"X-Header-{n}", f"value-{n}") for n in range(MANY_HEADERS_COUNT))
    return Response(200, b"many headers\n", (("Content-Type", "text/plain"), *headers))


def _route_bad_status(ex: Exchange) -> None:
    body = b"<html><body>bad status</body></html>\n"
    ex.send(
        b"HTTP/1.1 TWO HUNDRED\r\nContent-Type: text/html\r\n"
        + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
        + body
    )


def _route_reset(ex: Exchange) -> None:
    ex.send_head(200, (("Content-Type", BINARY_TYPE), ("Content-Length", str(RESET_DECLARED_LENGTH))))
    ex.send(next(iter_big_body(RESET_SENT_LENGTH)))
    ex.sleep(0.05)  # let the client receive the partial body before the RST
    ex.reset()


def _route_private_redirect(ex: Exchange) -> Response:
    return _redirect(PRIVATE_REDIRECT_TARGET)


def _route_redirect_to_localhost(ex: Exchange) -> Response:
    port = urlsplit(ex.base_url).port
    return _redirect(f"http://localhost:{port}/html")


BUILTIN_ROUTES: dict[str, Route] = {
    "/html": _route_html,
    "/binary": _route_binary,
    "/notfound": _route_notfound,
    "/error": _route_error,
    "/chunked": _route_chunked,
    "/gzip": _route_gzip,
    "/big": _route_big,
    "/slow-headers": _route_slow_headers,
    "/slowloris": _route_slowloris,
    "/endless": _route_endless,
    "/gzip-bomb": _route_gzip_bomb,
    "/redirect-loop": _route_redirect_loop,
    "/loop-a": _route_loop_a,
    "/loop-b": _route_loop_b,
    "/bad-chunking": _route_bad_chunking,
    "/many-headers": _route_many_headers,
    "/bad-status": _route_bad_status,
    "/reset": _route_reset,
    "/private-redirect": _route_private_redirect,
    "/redirect-to-localhost": _route_redirect_to_localhost,
}
_REDIRECT_N = re.compile(r"/redirect/(\d{1,3})")


# --------------------------------------------------------------------------- server


class _RequestHandler(socketserver.StreamRequestHandler):
    server: _TCPServer
    timeout = _CONNECTION_TIMEOUT

    def handle(self) -> None:
        origin = self.server.origin
        try:
            request = self._read_request()
            if request is None:
                return
            origin._record(request)
            exchange = Exchange(self.request, request, origin._stop, origin.base_url)
            origin._dispatch(exchange)
        except OSError:
            return  # the client went away, or shutdown() cut the connection

    def _read_request(self) -> ReceivedRequest | None:
        line = self.rfile.readline(65537)
        parts = line.decode("latin-1").split()
        if len(parts) != 3:
            return None
        method, target, _version = parts
        headers: dict[str, str] = {}
        while True:
            raw = self.rfile.readline(65537)
            if raw in (b"\r\n", b"\n", b""):
                break
            name, _, value = raw.decode("latin-1").partition(":")
            name, value = name.strip(), value.strip()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        length = next((v for k, v in headers.items() if k.lower() == "content-length"), "0")
        if length.isdigit() and 0 < int(length) <= _MAX_REQUEST_BODY:
            self.rfile.read(int(length))  # unread bytes would turn our close into a RST
        return ReceivedRequest(method, target, headers)


class _TCPServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = False  # OriginServer.shutdown joins handler threads itself, with a deadline
    request_queue_size = 128

    def __init__(self, origin: OriginServer) -> None:
        self.origin = origin
        super().__init__(("127.0.0.1", 0), _RequestHandler)

    def process_request(  # type: ignore[override]
        self, request: socket.socket, client_address: tuple[str, int]
    ) -> None:
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), daemon=True
        )
        self.origin._track(request, thread)  # before start: shutdown() must see every connection
        thread.start()

    def _serve_connection(self, request: socket.socket, client_address: tuple[str, int]) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            self.origin._untrack(request)


class OriginServer:
    """Threaded raw-socket HTTP/1.1 server on 127.0.0.1, port 0; use as a context manager."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._routes: dict[str, Route] = dict(BUILTIN_ROUTES)
        self._requests: list[ReceivedRequest] = []
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._finished: list[threading.Thread] = []
        self._tcp = _TCPServer(self)
        self._serve_thread: threading.Thread | None = None
        self._closed = False

    # -- public API

    @property
    def port(self) -> int:
        return int(self._tcp.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/': {path!r}")
        return self.base_url + path

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Requests received so far (a copy), in arrival order."""
        with self._lock:
            return list(self._requests)

    def set_route(self, path: str, route: Route) -> None:
        """Serve ``route`` at ``path`` (no query): bytes are a 200 text/html body, a
        ``Response`` is sent as is, a callable gets an ``Exchange`` and returns either
        of those or None after writing to the socket itself."""
        with self._lock:
            self._routes[path] = route

    def start(self) -> OriginServer:
        if self._serve_thread is None:
            self._serve_thread = threading.Thread(
                target=self._tcp.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
            )
            self._serve_thread.start()
        return self

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop serving, cut open connections and wait (bounded) for handlers to end."""
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        if self._serve_thread is not None:
            self._tcp.shutdown()
            self._serve_thread.join(timeout)
        with self._lock:
            connections = dict(self._connections)
        for sock in connections:
            with contextlib.suppress(OSError):  # already closed by its handler
                sock.shutdown(socket.SHUT_RDWR)
        self._tcp.server_close()
        for thread in connections.values():
            thread.join(timeout)
        stuck = [t.name for t in connections.values() if t.is_alive()]
        if stuck:
            raise RuntimeError(f"handler threads did not stop within {timeout}s: {stuck}")

    def __enter__(self) -> OriginServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.shutdown()

    # -- used by the handler threads

    def _record(self, request: ReceivedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _track(self, sock: socket.socket, thread: threading.Thread) -> None:
        with self._lock:
            self._connections[sock] = thread

    def _untrack(self, sock: socket.socket) -> None:
        with self._lock:
            self._connections.pop(sock, None)

    def _dispatch(self, exchange: Exchange) -> None:
        with self._lock:
            route = self._routes.get(exchange.path)
        if route is None:
            match = _REDIRECT_N.fullmatch(exchange.path)
            route = functools.partial(_route_redirect_n, hops=int(match[1])) if match else _route_notfound
        result = route(exchange) if callable(route) else route
        if isinstance(result, bytes):
            result = Response(200, result)
        if isinstance(result, Response):
            exchange.send_response(result)
