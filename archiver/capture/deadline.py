"""A deadline on the response-header phase, which socket timeouts alone cannot give.

A socket timeout bounds each wait for bytes, not their sum: a server can drip one header byte every
``read_timeout - 1`` seconds for hours. One daemon thread (``Watchdog``) keeps the sockets whose
headers are being read and shuts down any still there at its deadline; the blocked read then fails at
once and the fetcher reports the total timeout. The body phase needs no watchdog: the fetcher's read
loop shortens each wait to the time left.

Connections opt in through ``with_header_deadline(pool_class)`` and the thread's deadline is set with
``header_deadline(seconds_from_now)`` around the request.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

_current = threading.local()


class Watchdog:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._active: dict[int, tuple[float, socket.socket]] = {}
        self._next = 0
        self._wake_at = float("inf")
        self._thread: threading.Thread | None = None

    @contextmanager
    def watch(self, sock: socket.socket, deadline: float) -> Iterator[None]:
        with self._cond:
            key = self._next
            self._next += 1
            self._active[key] = (deadline, sock)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="archiver-deadline", daemon=True)
                self._thread.start()
            if deadline < self._wake_at:
                self._cond.notify()
        try:
            yield
        finally:
            with self._cond:
                self._active.pop(key, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for key, (deadline, sock) in list(self._active.items()):
                    if deadline <= now:
                        del self._active[key]
                        _shut(sock)
                self._wake_at = min((deadline for deadline, _ in self._active.values()), default=float("inf"))
                self._cond.wait(None if self._wake_at == float("inf") else self._wake_at - now)


def _shut(sock: socket.socket) -> None:
    with suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


WATCHDOG = Watchdog()


@contextmanager
def header_deadline(deadline: float) -> Iterator[None]:
    """Connections of this thread give up on response headers at deadline (time.monotonic())."""
    _current.deadline = deadline
    try:
        yield
    finally:
        _current.deadline = None


class _HeaderDeadlineMixin:
    sock: socket.socket | None

    def getresponse(self) -> Any:
        deadline = getattr(_current, "deadline", None)
        if deadline is None or self.sock is None:
            return super().getresponse()  # type: ignore[misc]
        with WATCHDOG.watch(self.sock, deadline):
            return super().getresponse()  # type: ignore[misc]


def with_header_deadline(pool_class: type) -> type:
    """A subclass of a urllib3 pool class whose connections honour header_deadline()."""
    base = pool_class.ConnectionCls  # type: ignore[attr-defined]
    connection = type(base.__name__, (_HeaderDeadlineMixin, base), {})
    return type(pool_class.__name__, (pool_class,), {"ConnectionCls": connection})
