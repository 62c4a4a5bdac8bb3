"""Capture a list of URLs: on threads, over worker processes (settings.processes), or through the browser.

The one entry point for a list; it picks the way and leaves each capture to archiver.flow.capture (one
URL, or a batch), archiver.flow.processes (batches in worker processes) or the given Capture (the browser).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from archiver.archive import Archive
from archiver.flow.capture import Capture, CaptureResult, Router, capture_one
from archiver.flow.processes import capture_in_processes
from archiver.warc.provenance import Reason


def capture_urls(
    archive: Archive,
    urls: Iterable[str],
    reason: Reason,
    router: Router | None = None,
    capture: Capture | None = None,
) -> Iterator[CaptureResult]:
    """Capture URLs with the archive's workers, yielding results in input order.

    router, if given, captures the links it owns (archiver.flow.telegram.capture_telegram_url: t.me links).
    With settings.processes > 1 the URLs are shared out, in batches, to that many worker processes,
    each with its own Archive (WARC file, index connection) and `workers` threads (see archiver.flow.processes).
    capture, if given, takes the place of capture_url (the router's links still go their own way), on
    settings.browser_workers threads: it is the browser capture, each one a Chromium.
    """
    if capture is not None:
        def one(url: str) -> CaptureResult:
            routed = router(archive, url, reason) if router else None
            return routed or capture(archive, url, reason)

        with ThreadPoolExecutor(max_workers=archive.settings.browser_workers) as pool:
            yield from pool.map(one, urls)
        return
    if archive.settings.processes > 1:
        yield from capture_in_processes(archive, urls, reason, router)
        return
    with ThreadPoolExecutor(max_workers=max(1, archive.settings.workers)) as pool:
        yield from pool.map(lambda url: capture_one(archive, url, reason, router), urls)
