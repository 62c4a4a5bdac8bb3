"""Connections for the fetcher: guarded connect, TLS, and per-thread keep-alive reuse.

A connection dials an address the guard approved (``guard.public_addresses``), so a DNS answer
that changes between the check and the connect (rebinding) cannot reach a private address, and the
address dialled is the one written as ``WARC-IP-Address``.

Each capture thread keeps its own idle connections (a thread fetches one URL at a time, so it never
needs two to one host). Before reuse, an idle connection that has become readable is dropped: the
server closed it, or sent bytes nobody asked for.
"""

from __future__ import annotations

import itertools
import select
import socket
import ssl
import threading
import weakref
from collections import OrderedDict
from contextlib import suppress
from dataclasses import dataclass
from typing import NamedTuple

from archiver.capture.guard import public_addresses
from archiver.errors import FetchError

IDLE_PER_THREAD = 16  # idle connections a thread keeps; the least recently used is closed beyond that


class Origin(NamedTuple):
    scheme: str  # http | https
    host: str  # IDNA-encoded, no brackets
    port: int


@dataclass
class Connection:
    origin: Origin
    sock: socket.socket
    peer_ip: str
    reused: bool = False

    def close(self) -> None:
        with suppress(OSError):
            self.sock.close()


_tls_context: ssl.SSLContext | None = None


def tls_context() -> ssl.SSLContext:
    """Verifying TLS with the CA bundle requests trusts (certifi), speaking HTTP/1.1 only."""
    global _tls_context
    if _tls_context is None:
        try:
            import certifi  # installed with requests

            context = ssl.create_default_context(cafile=certifi.where())
        except ImportError:
            context = ssl.create_default_context()
        context.set_alpn_protocols(["http/1.1"])
        _tls_context = context
    return _tls_context


def open_connection(origin: Origin, allow_private: bool, connect_timeout: float) -> Connection:
    """Resolve, check policy on the addresses, connect to the first that answers (each within
    connect_timeout, as a host's IPv6 address may be unreachable from here), then handshake TLS."""
    addresses = public_addresses(origin.host, origin.port, allow_private)
    failures: list[str] = []
    timeouts = 0
    for address in addresses:
        try:
            sock = _connect(address, origin.port, connect_timeout)
        except TimeoutError:
            timeouts += 1
            failures.append(f"{address}: timed out after {connect_timeout:g} s")
            continue
        except OSError as exc:
            failures.append(f"{address}: {exc.strerror or exc}")
            continue
        return Connection(origin, _secure(sock, origin) if origin.scheme == "https" else sock, address)
    if timeouts == len(failures) == 1:  # the one address there is did not answer
        raise FetchError(f"connection timed out after {connect_timeout:g} s")
    raise FetchError(f"cannot connect to {origin.host} port {origin.port}: {'; '.join(failures)}")


def _connect(address: str, port: int, timeout: float) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect((address, port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except BaseException:
        sock.close()
        raise
    return sock


def _secure(sock: socket.socket, origin: Origin) -> socket.socket:
    try:
        return tls_context().wrap_socket(sock, server_hostname=origin.host)
    except ssl.SSLCertVerificationError as exc:
        sock.close()
        raise FetchError(f"TLS certificate of {origin.host} not trusted: {exc.verify_message}") from exc
    except ssl.SSLError as exc:
        sock.close()
        raise FetchError(f"TLS handshake with {origin.host} failed: {exc.reason or exc}") from exc
    except OSError as exc:
        sock.close()
        raise FetchError(f"TLS handshake with {origin.host} failed: {exc.strerror or exc}") from exc


def _dropped(sock: socket.socket) -> bool:
    """An idle connection is only good while it has nothing to read (EOF or stray bytes both show)."""
    poller = select.poll()  # not select.select: it fails for descriptors of 1024 and over
    poller.register(sock, select.POLLIN)
    try:
        return bool(poller.poll(0))
    except OSError:
        return True


class _Idle(OrderedDict[Origin, Connection]):
    """One thread's idle connections, closed when that thread ends and its thread-local data goes."""

    def close_all(self) -> None:
        while self:
            self.popitem()[1].close()

    def __del__(self) -> None:
        self.close_all()


class ConnectionPool:
    """Idle keep-alive connections, per thread."""

    def __init__(self, allow_private: bool, connect_timeout: float) -> None:
        self.allow_private = allow_private
        self.connect_timeout = connect_timeout
        self._local = threading.local()
        # Weakly held, so a finished thread's connections close with it; close() reaches the live ones.
        self._every_thread: weakref.WeakValueDictionary[int, _Idle] = weakref.WeakValueDictionary()
        self._lock = threading.Lock()
        self._counter = itertools.count()

    def _idle(self) -> _Idle:
        idle = getattr(self._local, "idle", None)
        if idle is None:
            idle = self._local.idle = _Idle()
            with self._lock:
                self._every_thread[next(self._counter)] = idle
        return idle

    def close(self) -> None:
        """Close every idle connection, of every thread (call when no fetch is running)."""
        with self._lock:
            every = list(self._every_thread.values())
        for idle in every:
            idle.close_all()

    def acquire(self, origin: Origin) -> Connection:
        """An idle connection to origin that is still open, else a new one."""
        connection = self._idle().pop(origin, None)
        if connection is not None:
            if not _dropped(connection.sock):
                connection.reused = True
                return connection
            connection.close()
        return open_connection(origin, self.allow_private, self.connect_timeout)

    def release(self, connection: Connection) -> None:
        """Keep connection for the next request to its origin (its response was read to the end)."""
        idle = self._idle()
        previous = idle.pop(connection.origin, None)
        if previous is not None:
            previous.close()
        idle[connection.origin] = connection
        while len(idle) > IDLE_PER_THREAD:
            idle.popitem(last=False)[1].close()
