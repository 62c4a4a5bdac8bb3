"""The browser capture flow, written once: page fetch -> mode -> Chromium -> one group of records -> index.

1. fetch the page over HTTP, politely: the same fetch an HTTP capture makes;
2. choose the mode: ``browser`` always takes the browser, ``auto`` only when the page looks like a
   script shell (capture.browser.shell) or its host is listed in browser_hosts; a page that is not
   HTML, or could not be fetched, stays an HTTP capture. The provenance says which mode and why;
3. load the page in Chromium (capture.browser.session), its document answered from step 1 and every
   other request through a guarded fetcher of its own (capture.browser.recorder);
4. write one group (archiver.flow.browser_group): the page's request/response records, then every other
   request's, the screenshot and the rendered DOM as resource records Concurrent-To the page's
   response, then the provenance;
5. index it in one transaction: a captures row per response or revisit (the page's last, so it is the
   fetch's final capture) and one per resource record (record_type ``resource``).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from archiver.archive import Archive
from archiver.capture.browser import browser_problem
from archiver.capture.browser.shell import script_shell
from archiver.capture.decode import decode_body
from archiver.capture.http import FetchResult, HttpFetcher
from archiver.errors import ArchiverError, FetchError, one_line
from archiver.flow.browser_group import BrowserGroup, stored_payloads
from archiver.flow.capture import CaptureResult, capture_fetched, failed_result
from archiver.warc import records as rec
from archiver.warc.provenance import Reason

if TYPE_CHECKING:  # Playwright is the optional extra "browser": imported only to capture with it
    from archiver.capture.browser.session import Chromium

HTML_MIMES = ("text/html", "application/xhtml+xml")
SHELL_READ = 2 * 1024 * 1024  # decoded bytes of a page read to tell whether it is a script shell


class BrowserCapture:
    """capture_with_mode as a Capture for capture_urls, keeping one Chromium per capture thread (each
    capture still gets a fresh profile); close() when the run is over."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._every: list[Chromium] = []
        self._lock = threading.Lock()

    def __call__(self, archive: Archive, url: str, reason: Reason) -> CaptureResult:
        return capture_with_mode(archive, url, reason, lambda: self._chromium(archive))

    def _chromium(self, archive: Archive) -> Chromium:
        from archiver.capture.browser.session import Chromium  # Playwright: the optional extra "browser"

        kept: Chromium | None = getattr(self._local, "chromium", None)
        if kept is None:
            kept = self._local.chromium = Chromium(archive.settings)
            with self._lock:
                self._every.append(kept)
        return kept

    def close(self) -> None:
        """Close every thread's browser (call once no capture is running)."""
        with self._lock:
            every, self._every = self._every, []
        for chromium in every:
            chromium.close()


def capture_with_mode(
    archive: Archive, url: str, reason: Reason, browser: Callable[[], Chromium] | None = None
) -> CaptureResult:
    """Capture url as settings.capture_mode says (browser or auto); see the module's steps.

    browser gives the Chromium to load it in (BrowserCapture keeps one per thread); without it, one is
    started for this capture and closed after it."""
    settings = archive.settings
    explicit = settings.capture_mode == "browser"
    problem = browser_problem(settings)
    if explicit and problem:
        return failed_result(url, problem)
    with archive.gate.slot(url):
        page = archive.fetcher.fetch(url)
    use_browser, why = choose_mode(page, settings.capture_mode, settings.browser_hosts)
    if use_browser and problem:
        use_browser, why = False, f"{why}; but {problem}"
    if not use_browser:
        return _over_http(archive, page, reason, why)
    return capture_in_browser(archive, page, reason, why, explicit, browser)


def choose_mode(page: FetchResult, mode: str, browser_hosts: str = "") -> tuple[bool, str]:
    """(whether the page goes through the browser, why) for a page fetched over HTTP."""
    final = page.final
    if final is None or page.blocked or page.error:
        return False, "the page could not be fetched over HTTP, so there is nothing for a browser to run"
    if final.mime not in HTML_MIMES:
        return False, f"not HTML ({final.mime or 'no type'}): nothing for a browser to run"
    if mode == "browser":
        return True, "capture_mode = browser"
    host = (urlsplit(final.url).hostname or "").lower()
    listed = {name.strip().lower() for name in browser_hosts.split(",") if name.strip()}
    if host in listed:
        return True, f"auto: host {host} is listed in browser_hosts"
    verdict = script_shell(decode_body(final.body, final.response_head.get_header("Content-Encoding"), SHELL_READ))
    final.body.seek(0)
    return verdict.shell, f"auto: {verdict.why}"


def _with_mode(reason: Reason, mode: str, why: str) -> Reason:
    return dataclasses.replace(reason, extra={**reason.extra, "capture_mode": mode, "capture_mode_why": why})


def _over_http(archive: Archive, page: FetchResult, reason: Reason, why: str) -> CaptureResult:
    result = capture_fetched(archive, page, _with_mode(reason, "http", why))
    return dataclasses.replace(result, mode="http", why=why)


def capture_in_browser(
    archive: Archive,
    page: FetchResult,
    reason: Reason,
    why: str,
    explicit: bool = True,
    browser: Callable[[], Chromium] | None = None,
) -> CaptureResult:
    """Steps 3-5 for a page fetched already. If the browser fails, the page is kept as an HTTP capture,
    reported failed when the browser was asked for explicitly."""
    from archiver.capture.browser.recorder import Recorder  # Playwright: the optional extra "browser"
    from archiver.capture.browser.session import Chromium

    settings = archive.settings
    assert page.final is not None
    limited = settings.with_(max_body=min(settings.max_body, settings.browser_max_bytes),
                             total_timeout=min(settings.total_timeout, settings.browser_timeout))
    fetcher = HttpFetcher(limited, clock=archive.clock)
    recorder = Recorder(fetcher.fetch, settings.browser_max_requests, settings.browser_max_bytes)
    recorder.preload(page)
    try:
        try:
            if browser is not None:
                rendered = browser().render(recorder, page.final.url)
            else:
                with Chromium(settings) as chromium:
                    rendered = chromium.render(recorder, page.final.url)
        finally:
            recorder.close()
            fetcher.close()
    except FetchError as exc:
        for fetch in recorder.fetches:
            fetch.close()
        failure = f"the browser failed ({one_line(exc)}); the page was kept as captured over HTTP"
        result = _over_http(archive, page, reason, f"{why}; {failure}")
        return dataclasses.replace(result, ok=False, error=failure) if explicit and result.ok else result
    group = BrowserGroup(page, recorder.fetches, rendered, recorder, _with_mode(reason, "browser", why))
    try:
        locations = archive.store.append(group.builder(archive, stored_payloads(archive, group.exchanges())))
        fetch_row, captures = group.rows(locations, rec.warc_date(archive.clock()))
        fetch_id, _ = archive.index.add_fetch(fetch_row, captures)
    except ArchiverError as exc:
        return failed_result(page.url, one_line(exc))
    finally:
        page.close()
        for fetch in recorder.fetches:
            fetch.close()
    final = captures[-1]
    return CaptureResult(
        url=page.url, final_url=fetch_row.final_url, status=fetch_row.status, ok=fetch_row.ok, error=fetch_row.error,
        captured_at=final.captured_at, warc_file=final.warc_file, offset=final.offset, length=final.length,
        record_id=final.record_id, payload_sha256=final.payload_sha256, truncated=final.truncated,
        revisit=final.record_type == "revisit", fetch_id=fetch_id, mode="browser", why=why, limit=group.limit,
    )
