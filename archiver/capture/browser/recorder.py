"""Every request the browser makes, answered by the project's own fetcher: same guard, limits and bytes.

Playwright routes each request to ``Recorder.handle`` before Chromium touches the network. The
recorder fetches it with HttpFetcher on a thread of its own (so guard.check_url and the guarded
connect apply: the address actually dialled is checked, redirects and DNS rebinding included), keeps
the FetchResult for the WARC writer, and fulfils the browser's request with the body decoded (the
WARC keeps the bytes as received; Chromium is handed no Content-Encoding to undo). Redirects are
followed here, hop by hop, and the browser is given the final response: Chromium does not route the
request of a redirect it is handed (checked with Chromium 156), so it would escape the recorder.

Refused (the browser sees a blocked request, the provenance lists it): methods other than GET (the
fetcher only GETs, and a POST could not be replayed), targets the guard refuses, requests past
browser_max_requests, and every request once browser_max_bytes of bodies have been loaded.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from playwright.async_api import Error as PlaywrightError

from archiver.capture.decode import decode_body
from archiver.capture.guard import default_port
from archiver.capture.http import FetchResult

FETCH_THREADS = 6  # Chromium opens at most 6 connections per host
MAX_LISTED = 200  # refused requests listed in the provenance (the count is always complete)
# Headers that describe the bytes on the wire, not the decoded body the browser is given.
_NOT_FOR_BROWSER = {"content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"}


@dataclass(frozen=True)
class Refusal:
    url: str
    reason: str


class Recorder:
    """Route handler and record keeper for one page load (one capture)."""

    def __init__(self, fetch: Callable[[str], FetchResult], max_requests: int, max_bytes: int) -> None:
        self.fetch = fetch
        self.max_requests = max_requests
        self.max_bytes = max_bytes
        self.fetches: list[FetchResult] = []  # subresources (and later documents), in the order they finished
        self.refused: list[Refusal] = []
        self.refused_count = 0
        self.limit: str | None = None  # the first limit reached, in words
        self.requests = 0
        self.bytes = 0
        self.in_flight = 0
        self.last_activity = time.monotonic()
        self._preloaded: dict[str, FetchResult] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=FETCH_THREADS, thread_name_prefix="browser-fetch")

    def preload(self, fetch: FetchResult) -> None:
        """The page's document, already fetched: its first request is answered from it, not fetched again."""
        if fetch.final is not None:
            self._preloaded[_as_browsers_ask(fetch.final.url)] = fetch

    def quiet_for(self) -> float:
        """Seconds since the last request started or finished, 0 while one is in flight."""
        return 0.0 if self.in_flight else time.monotonic() - self.last_activity

    def close(self) -> None:
        """Wait for fetches still running (each bounded by the fetcher's timeouts); they are kept."""
        self._pool.shutdown(wait=True)

    def refuse(self, url: str, reason: str) -> None:
        with self._lock:
            self.refused_count += 1
            if len(self.refused) < MAX_LISTED:
                self.refused.append(Refusal(url, reason))

    def _reach_limit(self, words: str) -> None:
        if self.limit is None:
            self.limit = words

    async def handle(self, route: Any) -> None:
        """Playwright's route handler: answer the request from the fetcher, or refuse it."""
        request = route.request
        url = request.url
        preloaded = self._preloaded.pop(_as_browsers_ask(url), None) if request.method == "GET" else None
        if preloaded is not None:
            await _fulfil(route, preloaded, self.max_bytes)
            return
        refusal = self._admit(request.method)
        if refusal:
            self.refuse(url, refusal)
            await _abort(route)
            return
        self.in_flight += 1
        self.last_activity = time.monotonic()
        try:
            fetch = await asyncio.get_running_loop().run_in_executor(self._pool, self._fetch_and_keep, url)
        finally:
            self.in_flight -= 1
            self.last_activity = time.monotonic()
        if fetch.blocked or fetch.final is None:
            await _abort(route)
        else:
            await _fulfil(route, fetch, self.max_bytes)

    def _admit(self, method: str) -> str | None:
        """Why this request is refused, or None (then it counts against the request limit)."""
        if method != "GET":
            return f"{method} requests are not archived"
        if self.requests >= self.max_requests:
            self._reach_limit(f"request limit: the page made more than {self.max_requests} requests")
            return "request limit reached"
        if self.bytes >= self.max_bytes:
            self._reach_limit(f"byte limit: the page loaded {self.max_bytes} bytes of bodies")
            return "byte limit reached"
        self.requests += 1
        return None

    def _fetch_and_keep(self, url: str) -> FetchResult:
        """On a fetch thread: fetch, and keep the result even if the page has gone meanwhile."""
        fetch = self.fetch(url)
        if fetch.blocked or (fetch.error and " refused: " in fetch.error):
            self.refuse(url, fetch.error or "refused")
        if any(exchange.truncated == "length" for exchange in fetch.exchanges):
            self._reach_limit(f"byte limit: {url}: {fetch.error}")
        with self._lock:
            if not fetch.blocked:
                self.fetches.append(fetch)
            self.bytes += sum(exchange.body_length for exchange in fetch.exchanges)
        return fetch

    async def refuse_socket(self, socket: Any) -> None:
        """WebSockets are not archived, and must not reach the network: closed before they connect."""
        self.refuse(socket.url, "WebSocket connections are not archived")
        await socket.close()


def _as_browsers_ask(url: str) -> str:
    """url as Chromium requests it, near enough to match: no fragment, a path of at least "/", the
    scheme and host in lower case, no default port."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port if parts.port not in (None, default_port(parts.scheme)) else None
    except ValueError:  # not a port: nothing to match
        return url
    netloc = f"{host}:{port}" if port else host
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def browser_headers(fetch: FetchResult) -> list[dict[str, str]]:
    """The final response's headers as Playwright takes them, less those describing encoded bytes."""
    final = fetch.final
    assert final is not None
    return [
        {"name": name, "value": value}
        for name, value in final.response_head.headers
        if name.lower() not in _NOT_FOR_BROWSER and not name.lower().startswith("x-archive-orig-")
    ]


async def _fulfil(route: Any, fetch: FetchResult, limit: int) -> None:
    """Answer the browser with the final response, its body decoded (at most limit bytes: no gzip bomb)."""
    final = fetch.final
    assert final is not None
    body = decode_body(final.body, final.response_head.get_header("Content-Encoding"), limit)
    final.body.seek(0)
    headers: dict[str, str] = {}
    for pair in browser_headers(fetch):
        name = pair["name"].lower()
        joiner = "\n" if name == "set-cookie" else ", "
        headers[name] = headers[name] + joiner + pair["value"] if name in headers else pair["value"]
    with contextlib.suppress(PlaywrightError):  # the page or browser went away meanwhile: nothing to answer
        await route.fulfill(status=final.status, headers=headers, body=body)


async def _abort(route: Any) -> None:
    with contextlib.suppress(PlaywrightError):  # the page or browser went away meanwhile
        await route.abort("blockedbyclient")
