"""Each OriginServer route behaves as documented (raw sockets, requests, http.client)."""

from __future__ import annotations

import hashlib
import http.client
import socket
import struct
import time
import tracemalloc
import zlib
from collections.abc import Iterator

import pytest
import requests

from tests.servers import (
    BAD_CHUNKING_FIRST,
    BINARY_BODY,
    CHUNKED_BODY,
    GZIP_BODY,
    GZIP_BOMB_INFLATED_SIZE,
    GZIP_HTML,
    HTML_PAGE,
    HTML_TITLE,
    MANY_HEADERS_COUNT,
    PRIVATE_REDIRECT_TARGET,
    RESET_DECLARED_LENGTH,
    RESET_SENT_LENGTH,
    Exchange,
    OriginServer,
    Response,
    gzip_bomb,
    iter_big_body,
)

TIMEOUT = 5.0


@pytest.fixture(scope="module")
def server() -> Iterator[OriginServer]:
    with OriginServer() as origin:
        yield origin


@pytest.fixture
def fresh_server() -> Iterator[OriginServer]:
    with OriginServer() as origin:
        yield origin


# --------------------------------------------------------------------------- helpers


def _connect(server: OriginServer, target: str, method: str = "GET") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT)
    request = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nConnection: close\r\n\r\n"
    sock.sendall(request.encode("ascii"))
    return sock


def _read_head(sock: socket.socket) -> tuple[bytes, bytes]:
    """(head including the blank line, body bytes already received)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise AssertionError(f"connection closed before the end of the head: {data[:200]!r}")
        data += chunk
    end = data.index(b"\r\n\r\n") + 4
    return data[:end], data[end:]


def raw_get(server: OriginServer, target: str, method: str = "GET", limit: int = 8 << 20) -> bytes:
    """The exact bytes the server sends, up to EOF or ``limit``."""
    with _connect(server, target, method) as sock:
        data = bytearray()
        while len(data) < limit:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        return bytes(data)


def parse_head(head: bytes) -> tuple[str, list[tuple[str, str]]]:
    lines = head.decode("latin-1").split("\r\n")
    headers = [tuple(x.strip() for x in line.split(":", 1)) for line in lines[1:] if line]
    return lines[0], [(name, value) for name, value in headers]


def header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name.lower()), None)


def split_raw(raw: bytes) -> tuple[str, list[tuple[str, str]], bytes]:
    end = raw.index(b"\r\n\r\n") + 4
    status, headers = parse_head(raw[:end])
    return status, headers, raw[end:]


def location(server: OriginServer, target: str) -> str:
    with requests.get(server.url(target), allow_redirects=False, timeout=TIMEOUT) as response:
        assert response.status_code == 302
        return response.headers["Location"]


# --------------------------------------------------------------------------- plain routes


def test_html(server: OriginServer) -> None:
    with requests.get(server.url("/html"), timeout=TIMEOUT) as response:
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
        assert response.content == HTML_PAGE
    assert 4_500 <= len(HTML_PAGE) <= 6_000
    assert f"<title>{HTML_TITLE}</title>".encode() in HTML_PAGE


def test_binary(server: OriginServer) -> None:
    with requests.get(server.url("/binary"), timeout=TIMEOUT) as response:
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "application/octet-stream"
        assert response.content == BINARY_BODY
    assert len(BINARY_BODY) == 64 * 1024


@pytest.mark.parametrize(("target", "status"), [("/notfound", 404), ("/error", 500), ("/no-such-route", 404)])
def test_error_statuses(server: OriginServer, target: str, status: int) -> None:
    with requests.get(server.url(target), timeout=TIMEOUT) as response:
        assert response.status_code == status
        assert response.headers["Content-Type"].startswith("text/html")
        assert 0 < len(response.content) < 200


def test_head_request_has_no_body(server: OriginServer) -> None:
    status, headers, body = split_raw(raw_get(server, "/html", method="HEAD"))
    assert status == "HTTP/1.1 200 OK"
    assert header(headers, "Content-Length") == str(len(HTML_PAGE))
    assert body == b""


@pytest.mark.parametrize(
    "target",
    ["/html", "/binary", "/notfound", "/error", "/chunked", "/gzip", "/big?size=200000",
     "/many-headers", "/bad-status", "/bad-chunking", "/redirect/2", "/loop-a"],
)
def test_responses_are_deterministic(server: OriginServer, target: str) -> None:
    first = raw_get(server, target)
    assert first and first == raw_get(server, target)
    assert b"Date:" not in first.split(b"\r\n\r\n")[0]


# --------------------------------------------------------------------------- redirects


def test_redirect_chain_mixes_absolute_and_relative_locations(server: OriginServer) -> None:
    assert location(server, "/redirect/3") == server.url("/redirect/2")
    assert location(server, "/redirect/2") == "/redirect/1"
    assert location(server, "/redirect/1") == "../html"
    with requests.get(server.url("/redirect/3"), timeout=TIMEOUT) as response:
        assert response.url == server.url("/html")
        assert [r.status_code for r in response.history] == [302, 302, 302]
        assert response.content == HTML_PAGE


def test_redirect_loops(server: OriginServer) -> None:
    assert location(server, "/redirect-loop") == "/redirect-loop"
    assert location(server, "/loop-a") == "/loop-b"
    assert location(server, "/loop-b") == server.url("/loop-a")
    with requests.Session() as session:
        session.max_redirects = 5
        for target in ("/redirect-loop", "/loop-a"):
            with pytest.raises(requests.TooManyRedirects):
                session.get(server.url(target), timeout=TIMEOUT)


def test_private_and_localhost_redirects_are_only_announced(server: OriginServer) -> None:
    # Never follow these: nothing listens on 10.0.0.1.
    assert location(server, "/private-redirect") == PRIVATE_REDIRECT_TARGET
    assert location(server, "/redirect-to-localhost") == f"http://localhost:{server.port}/html"


# --------------------------------------------------------------------------- encodings


def test_chunked(server: OriginServer) -> None:
    status, headers, body = split_raw(raw_get(server, "/chunked"))
    assert status == "HTTP/1.1 200 OK"
    assert header(headers, "Transfer-Encoding") == "chunked"
    assert header(headers, "Content-Length") is None
    assert body.count(b"\r\n") >= 2 * 5 and body.endswith(b"\r\n0\r\n\r\n")
    with requests.get(server.url("/chunked"), timeout=TIMEOUT) as response:
        assert response.content == CHUNKED_BODY
    assert 19_000 <= len(CHUNKED_BODY) <= 22_000


def test_gzip(server: OriginServer) -> None:
    with requests.get(server.url("/gzip"), stream=True, timeout=TIMEOUT) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert response.headers["Content-Length"] == str(len(GZIP_BODY))
        assert response.raw.read(decode_content=False) == GZIP_BODY
    with requests.get(server.url("/gzip"), timeout=TIMEOUT) as response:
        assert response.content == GZIP_HTML
    assert 28_000 <= len(GZIP_HTML) <= 33_000


def test_gzip_bomb_is_small_but_declares_one_gib(server: OriginServer) -> None:
    with requests.get(server.url("/gzip-bomb"), stream=True, timeout=TIMEOUT) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        compressed = response.raw.read(decode_content=False)  # never inflate the whole thing
    assert compressed == gzip_bomb()
    assert len(compressed) == int(response.headers["Content-Length"]) < 1_200_000
    assert compressed[:2] == b"\x1f\x8b"
    (isize,) = struct.unpack("<I", compressed[-4:])
    assert isize == GZIP_BOMB_INFLATED_SIZE & 0xFFFFFFFF
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    sample = inflater.decompress(compressed[:10_000], 16 << 20)  # bounded output
    assert len(sample) > 500 * 10_000 and sample.count(0) == len(sample)


# --------------------------------------------------------------------------- size and time


def test_big_small_size_is_exact(server: OriginServer) -> None:
    with requests.get(server.url("/big?size=70000"), timeout=TIMEOUT) as response:
        assert response.headers["Content-Length"] == "70000"
        assert response.content == b"".join(iter_big_body(70_000))
    with requests.get(server.url("/big"), timeout=TIMEOUT) as response:
        assert response.status_code == 400


def test_big_150_mb_is_streamed_without_buffering(server: OriginServer) -> None:
    size = 150 * 1024 * 1024
    expected = hashlib.md5()
    for piece in iter_big_body(size):
        expected.update(piece)
    got = hashlib.md5()
    buffer = bytearray(1 << 20)
    view = memoryview(buffer)
    tracemalloc.start()
    try:
        with _connect(server, f"/big?size={size}") as sock:
            head, rest = _read_head(sock)
            got.update(rest)
            received = len(rest)
            while (n := sock.recv_into(buffer)) > 0:
                got.update(view[:n])
                received += n
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert header(parse_head(head)[1], "Content-Length") == str(size)
    assert received == size
    assert got.digest() == expected.digest()
    assert peak < 16 * 1024 * 1024, f"server or client buffered {peak} bytes"


def test_slow_headers(server: OriginServer) -> None:
    started = time.monotonic()
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(server.url("/slow-headers?delay=3"), timeout=(TIMEOUT, 0.3))
    assert time.monotonic() - started < 1.5
    started = time.monotonic()
    with requests.get(server.url("/slow-headers?delay=0.3"), timeout=TIMEOUT) as response:
        assert response.status_code == 200
    assert time.monotonic() - started >= 0.3


def test_slowloris_drips_under_a_read_timeout(server: OriginServer) -> None:
    # Each byte arrives within the 1 s read timeout, so only a total deadline stops it.
    with requests.get(server.url("/slowloris"), stream=True, timeout=(TIMEOUT, 1.0)) as response:
        assert response.headers["Content-Length"] == "1000000"
        started = time.monotonic()
        received = b""
        while time.monotonic() - started < 1.2:
            received += response.raw.read(1)
    assert 2 <= len(received) <= 4


def test_endless_has_no_length_and_keeps_going(server: OriginServer) -> None:
    with _connect(server, "/endless") as sock:
        head, rest = _read_head(sock)
        received = len(rest)
        while received < 4 << 20:
            chunk = sock.recv(1 << 20)
            assert chunk, "endless body ended"
            received += len(chunk)
    _, headers = parse_head(head)
    assert header(headers, "Content-Length") is None
    assert header(headers, "Transfer-Encoding") is None
    with requests.get(server.url("/html"), timeout=TIMEOUT) as response:  # server still fine
        assert response.status_code == 200


# --------------------------------------------------------------------------- broken protocol


def test_bad_chunking(server: OriginServer) -> None:
    _, headers, body = split_raw(raw_get(server, "/bad-chunking"))
    assert header(headers, "Transfer-Encoding") == "chunked"
    assert body.startswith(b"%x\r\n%s\r\nzz\r\n" % (len(BAD_CHUNKING_FIRST), BAD_CHUNKING_FIRST))
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(server.url("/bad-chunking"), timeout=TIMEOUT)


def test_many_headers(server: OriginServer) -> None:
    _, headers, body = split_raw(raw_get(server, "/many-headers"))
    names = [name for name, _ in headers if name.startswith("X-Header-")]
    assert names == [f"X-Header-{n}" for n in range(MANY_HEADERS_COUNT)]
    assert body == b"many headers\n"
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=TIMEOUT)
    try:
        connection.request("GET", "/many-headers")
        with pytest.raises(http.client.HTTPException, match="more than 100 headers"):
            connection.getresponse()
    finally:
        connection.close()


def test_bad_status(server: OriginServer) -> None:
    assert raw_get(server, "/bad-status").startswith(b"HTTP/1.1 TWO HUNDRED\r\n")
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=TIMEOUT)
    try:
        connection.request("GET", "/bad-status")
        with pytest.raises(http.client.BadStatusLine):
            connection.getresponse()
    finally:
        connection.close()


def test_reset_after_partial_body(server: OriginServer) -> None:
    with _connect(server, "/reset") as sock:
        head, rest = _read_head(sock)
        received = len(rest)
        with pytest.raises(ConnectionResetError):
            while chunk := sock.recv(65536):
                received += len(chunk)
    assert header(parse_head(head)[1], "Content-Length") == str(RESET_DECLARED_LENGTH)
    assert received == RESET_SENT_LENGTH
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(server.url("/reset"), timeout=TIMEOUT)


# --------------------------------------------------------------------------- server API


def test_set_route_and_recorded_requests(fresh_server: OriginServer) -> None:
    server = fresh_server
    server.set_route("/page", b"<html>v1</html>")
    with requests.get(server.url("/page"), headers={"X-Test": "one"}, timeout=TIMEOUT) as response:
        assert (response.status_code, response.content) == (200, b"<html>v1</html>")
    server.set_route("/page", b"<html>v2</html>")
    with requests.get(server.url("/page?x=1"), timeout=TIMEOUT) as response:
        assert response.content == b"<html>v2</html>"
    server.set_route("/page", Response(404, b"gone"))
    with requests.get(server.url("/page"), timeout=TIMEOUT) as response:
        assert (response.status_code, response.content) == (404, b"gone")
    server.set_route("/echo", lambda exchange: Response(201, exchange.query["q"].encode()))
    with requests.post(server.url("/echo?q=hi"), data=b"body", timeout=TIMEOUT) as response:
        assert (response.status_code, response.content) == (201, b"hi")

    def raw_handler(exchange: Exchange) -> None:
        exchange.send(b"HTTP/1.0 200 OK\r\n\r\nraw")

    server.set_route("/raw", raw_handler)
    with requests.get(server.url("/raw"), timeout=TIMEOUT) as response:
        assert response.content == b"raw"

    seen = server.requests
    assert [(method, path) for method, path, _ in seen] == [
        ("GET", "/page"), ("GET", "/page?x=1"), ("GET", "/page"), ("POST", "/echo?q=hi"), ("GET", "/raw"),
    ]
    assert seen[0].headers["X-Test"] == "one"
    assert seen[0].headers["Host"] == f"127.0.0.1:{server.port}"
    assert seen[3].headers["Content-Length"] == "4"


def test_url_helpers(fresh_server: OriginServer) -> None:
    assert fresh_server.base_url == f"http://127.0.0.1:{fresh_server.port}"
    assert fresh_server.url("/html") == fresh_server.base_url + "/html"
    with pytest.raises(ValueError):
        fresh_server.url("html")


def test_shutdown_is_prompt_with_slow_handlers() -> None:
    server = OriginServer().start()
    clients = [_connect(server, target) for target in ("/slowloris", "/endless", "/slow-headers?delay=30")]
    clients.append(socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT))  # silent
    try:
        time.sleep(0.3)
        started = time.monotonic()
        server.shutdown()
        assert time.monotonic() - started < 2.0
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT).close()
    finally:
        for client in clients:
            client.close()
