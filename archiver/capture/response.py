"""Read an HTTP response as it arrives: llhttp (through httptools) parses it, the head is kept as sent,
the body is de-chunked, hashed on the fly and streamed to a file, up to a byte limit.

The fetcher (archiver.capture.http) owns connections, deadlines and redirects; this module owns the
bytes of one response.
"""

from __future__ import annotations

import hashlib
import re
import socket
import threading
import time
from typing import BinaryIO

import httptools
from warcio.statusandheaders import StatusAndHeaders

from archiver.errors import one_line

CHUNK = 256 * 1024
MAX_HEADERS = 500  # real responses carry a few dozen; http.client stops at 100, which real sites can pass
MAX_HEAD_BYTES = 256 * 1024
RENAMED_HEADERS = {"transfer-encoding"}  # describe bytes we did not keep as sent
_HEAD_END = re.compile(rb"\r?\n\r?\n")  # the blank line ending a head (bare LF allowed, as the parser does)


class StaleConnection(Exception):
    """A connection closed before the first response byte: a kept-alive one may be retried."""


class ResponseReader:
    """httptools (llhttp) callbacks: the response head kept, the body hashed and streamed to a file.

    Bytes past ``limit`` are dropped and ``over_limit`` set; an interim 1xx response is skipped.
    """

    def __init__(self, body: BinaryIO, limit: int) -> None:
        self.parser = httptools.HttpResponseParser(self)
        # Archive what sloppy servers really send, as http.client did: bare LF line ends, odd bytes in
        # header values, Content-Length beside chunking (the chunking wins; that connection is not reused).
        self.parser.set_dangerous_leniencies(
            lenient_headers=True, lenient_chunked_length=True, lenient_optional_cr_before_lf=True
        )
        self.body = body
        self.limit = limit
        self.digest = hashlib.sha256()
        self.size = 0
        self.received = 0
        self.headers: list[tuple[str, str]] = []
        self.reason = b""
        self.status = 0
        self.raw = bytearray()  # every byte up to the end of the head (bounded by MAX_HEAD_BYTES)
        self.interim = 0  # 1xx responses before the real one
        self.head_done = False
        self.complete = False
        self.over_limit = False
        self.problem: str | None = None
        self.broken: httptools.HttpParserError | None = None  # the body did not parse past this
        self.chunked = False
        self.until_close = False
        self.ambiguous = False
        self.keep_alive = False

    def feed(self, data: memoryview) -> None:
        if not self.head_done:
            self.raw += data
        self.received += len(data)
        if self.complete:
            self.keep_alive = False  # bytes after the response: the connection is out of step
            return
        if self.problem is None and self.broken is None:
            try:
                self.parser.feed_data(data)
            except httptools.HttpParserError as exc:
                if self.complete:  # stray bytes after a whole response: it stands, the connection does not
                    self.keep_alive = False
                elif self.head_done:
                    self.broken = exc  # in the body: what came before it is kept
                else:
                    raise
        if not self.head_done and self.received > MAX_HEAD_BYTES:
            self.problem = f"response headers longer than {MAX_HEAD_BYTES} bytes"

    def first_line(self) -> str:
        return bytes(self.raw[:200]).split(b"\n", 1)[0].strip().decode("latin-1")[:100]

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    def head(self) -> StatusAndHeaders:
        """The response head, parsed; it keeps the bytes as received for the WARC record unless a
        Transfer-Encoding header has to be renamed (the stored body is de-chunked)."""
        protocol = "HTTP/" + self.parser.get_http_version()
        headers = [(stored_name(name), value) for name, value in self.headers]
        reason = self.reason.decode("latin-1").strip()
        head = StatusAndHeaders(f"{self.status} {reason}".strip(), headers, protocol=protocol)
        if self.header("Transfer-Encoding") is None:
            head.headers_buff = self._raw_head()
        self.raw = bytearray()  # up to a read's worth of body came with it: not needed any more
        return head

    def _raw_head(self) -> bytes | None:
        """The final response's head exactly as received: after any interim heads, to its blank line."""
        start = end = 0
        for _ in range(self.interim + 1):  # stops at the head's end: the body may follow in raw
            found = _HEAD_END.search(self.raw, end)
            if found is None:
                return None  # cannot tell where it ends: the parsed fields are serialised instead
            start, end = end, found.end()
        return bytes(self.raw[start:end])

    # -- llhttp callbacks --------------------------------------------------------------------------
    def on_message_begin(self) -> None:
        if self.complete:
            self.keep_alive = False

    def on_status(self, reason: bytes) -> None:
        self.reason += reason

    def on_header(self, name: bytes, value: bytes) -> None:
        if self.head_done:
            return  # a chunked body's trailer fields: not part of the head we store
        if len(self.headers) >= MAX_HEADERS:
            self.problem = f"the server sent more than {MAX_HEADERS} headers"
            return
        self.headers.append((name.decode("latin-1"), value.decode("latin-1")))

    def on_headers_complete(self) -> None:
        status = self.parser.get_status_code()
        if 100 <= status < 200 and status != 101:  # interim (100 Continue, 103 Early Hints): the real one follows
            self.headers, self.reason = [], b""
            self.interim += 1
            return
        self.status = status
        self.head_done = True
        encoding = (self.header("Transfer-Encoding") or "").lower()
        self.chunked = "chunked" in encoding
        no_body = status in (204, 304)
        self.until_close = not self.chunked and self.header("Content-Length") is None and not no_body
        self.ambiguous = self.chunked and self.header("Content-Length") is not None

    def on_body(self, data: bytes) -> None:
        if self.over_limit:
            return
        room = self.limit - self.size
        if len(data) > room:
            data = data[:room]
            self.over_limit = True
        self.digest.update(data)
        self.body.write(data)
        self.size += len(data)

    def on_message_complete(self) -> None:
        if self.head_done and not self.complete:
            self.complete = True
            self.keep_alive = self.parser.should_keep_alive() and not (self.until_close or self.ambiguous)


_buffers = threading.local()


def receive(sock: socket.socket, reader: ResponseReader, deadline: float, read_timeout: float) -> bool:
    """One read into reader, waiting at most read_timeout and never past deadline; False at end of stream.

    Reads go into one buffer per thread: a fresh 256 KB bytes per recv() costs an allocation (often
    an mmap) each time."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("deadline")
    sock.settimeout(min(read_timeout, remaining))
    buffer = getattr(_buffers, "view", None)
    if buffer is None:
        buffer = _buffers.view = memoryview(bytearray(CHUNK))
    count = sock.recv_into(buffer)
    if not count:
        return False
    reader.feed(buffer[:count])
    return True


def stored_name(name: str) -> str:
    return "X-Archive-Orig-" + name if name.lower() in RENAMED_HEADERS else name


def parser_message(exc: BaseException) -> str:
    text = one_line(exc).replace("HPE_", "")
    return text[0].lower() + text[1:] if text else type(exc).__name__
