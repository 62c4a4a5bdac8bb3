"""Per-host politeness: at most N requests in flight per host, and a minimum gap between them."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol
from urllib.parse import urlsplit


def host_key(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # malformed URL: the fetcher refuses it with a clear error
        host = ""
    # t.me and its twins are one service: count them as one host.
    return "t.me" if host in ("t.me", "telegram.me", "telegram.dog", "www.t.me") else host


class Gate(Protocol):
    """What a capture waits on before each request: HostGate in one process, a cluster's shared one in
    ``archiver worker`` (archiver.flow.worker.ClusterGate)."""

    def slot(self, url: str, delay: float | None = None) -> AbstractContextManager[None]: ...


class HostGate:
    def __init__(self, concurrency: int, delay: float, overrides: dict[str, tuple[int, float]] | None = None) -> None:
        self.concurrency = max(1, concurrency)
        self.delay = max(0.0, delay)
        self.overrides = overrides or {}  # host key -> (concurrency, delay), e.g. Telegram's 1 request/s
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, url: str, delay: float | None = None) -> Iterator[None]:
        key = host_key(url)
        concurrency, default_gap = self.overrides.get(key, (self.concurrency, self.delay))
        gap = default_gap if delay is None else delay
        semaphore = self._slots.get(key)
        if semaphore is None:
            with self._lock:
                semaphore = self._slots.setdefault(key, threading.Semaphore(max(1, concurrency)))
        with semaphore:
            if gap > 0:
                with self._lock:
                    now = time.monotonic()
                    start = max(now, self._next_start.get(key, 0.0))
                    self._next_start[key] = start + gap
                if start > now:
                    time.sleep(start - now)
            yield
