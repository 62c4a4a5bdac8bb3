"""The browser capture flow, written once: page fetch -> mode -> Chromium -> one group of records -> index.

1. fetch the page over HTTP, politely: the same fetch an HTTP capture makes;
2. choose the mode: ``browser`` always takes the browser, ``auto`` only when the page looks like a
   script shell (capture.browser.shell) or its host is listed in browser_hosts; a page that is not
   HTML, or could not be fetched, stays an HTTP capture. The provenance says which mode and why;
3. load the page in Chromium (capture.browser.session), its document answered from step 1 and every
   other request through a guarded fetcher of its own (capture.browser.recorder);
4. write one group: the page's request/response records, then every other request's, the screenshot
   and the rendered DOM as resource records Concurrent-To the page's response, then the provenance;
5. index it in one transaction: a captures row per response or revisit (the page's last, so it is the
   fetch's final capture) and one per resource record (record_type ``resource``).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from archiver.archive import Archive
from archiver.capture.browser import browser_problem
from archiver.capture.browser.shell import script_shell
from archiver.capture.decode import decode_body
from archiver.capture.http import Exchange, FetchResult, HttpFetcher
from archiver.errors import ArchiverError, FetchError, one_line
from archiver.index.db import CaptureRow, FetchRow
from archiver.pipeline import CaptureResult, capture_fetched, failed_result, surt_key
from archiver.warc import records as rec
from archiver.warc.provenance import Reason, provenance_document
from archiver.warc.store import RecordLocation

if TYPE_CHECKING:  # Playwright is the optional extra "browser": imported only to capture with it
    from archiver.capture.browser.recorder import Recorder
    from archiver.capture.browser.session import Chromium, Rendered

HTML_MIMES = ("text/html", "application/xhtml+xml")
SHELL_READ = 2 * 1024 * 1024  # decoded bytes of a page read to tell whether it is a script shell
SCREENSHOT_URN = "urn:screenshot:"
DOM_URN = "urn:dom:"
Found = tuple[str, str, str]  # an identical payload already stored: (record id, url, date)


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
    group = _Group(page, recorder.fetches, rendered, recorder, _with_mode(reason, "browser", why))
    try:
        locations = archive.store.append(group.builder(archive, _stored_payloads(archive, group.exchanges())))
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


def _stored_payloads(archive: Archive, exchanges: list[Exchange]) -> dict[tuple[str, str], Found | None]:
    keys = [(surt_key(e.url), e.payload_sha256) for e in exchanges if not e.truncated]
    return archive.index.identical_responses(keys) if keys else {}


@dataclass
class _Planned:
    """One record of the group, as the index will need it."""

    record: rec.WarcRecord
    exchange: Exchange | None = None  # for a response or revisit
    hop: int = 0
    refers_to: Found | None = None
    request_at: int | None = None  # position of its request record in the group
    page: bool = False  # one of the page's own hops
    uri: str = ""  # for a resource record
    mime: str = ""
    data: bytes = b""
    date: str = ""


class _Group:
    """The records of one browser capture, and the index rows for them once written."""

    def __init__(self, page: FetchResult, others: list[FetchResult], rendered: Rendered, recorder: Recorder,
                 reason: Reason) -> None:
        self.page, self.others, self.rendered, self.recorder, self.reason = page, others, rendered, recorder, reason
        self.plan: list[_Planned] = []
        limits = [words for words in (recorder.limit, rendered.limit) if words]
        self.limit = "; ".join(limits) or None

    def exchanges(self) -> list[Exchange]:
        return [e for fetch in (self.page, *self.others) for e in fetch.exchanges]

    def builder(
        self, archive: Archive, stored: dict[tuple[str, str], Found | None]
    ) -> Callable[[str], list[rec.WarcRecord]]:
        def build(warcinfo_id: str) -> list[rec.WarcRecord]:
            self.plan = []
            seen = dict(stored)
            page_id = ""
            for fetch in (self.page, *self.others):
                for hop, exchange in enumerate(fetch.exchanges):
                    main = self._exchange_records(exchange, hop, fetch is self.page, seen, warcinfo_id)
                    if fetch is self.page:
                        page_id = main
            # WARC-Date as the page's response, which they are Concurrent-To (one capture event)
            date = rec.warc_date(self.page.exchanges[-1].date)
            rendered_at = rec.warc_date(archive.clock())
            shots = [(SCREENSHOT_URN, "image/png", self.rendered.screenshot),
                     (DOM_URN, "text/html; charset=utf-8", self.rendered.dom)]
            for prefix, mime, data in shots:
                if data is not None:
                    uri = prefix + self.page.url
                    record = rec.resource_record(uri, date, mime, data, page_id, warcinfo_id)
                    self.plan.append(_Planned(record, uri=uri, mime=mime.split(";")[0], data=data, date=date))
            document = self._provenance(rendered_at, page_id)
            final_url = self.page.exchanges[-1].url
            self.plan.append(_Planned(rec.metadata_record(rec.PROVENANCE_PREFIX + final_url, date, document,
                                                          page_id, warcinfo_id)))
            return [planned.record for planned in self.plan]

        return build

    def _exchange_records(self, exchange: Exchange, hop: int, page: bool, seen: dict[tuple[str, str], Found | None],
                          warcinfo_id: str) -> str:
        key = (surt_key(exchange.url), exchange.payload_sha256)
        refers_to = None if exchange.truncated else seen.get(key)
        if refers_to:
            main = rec.revisit_record(exchange.url, exchange.date, exchange.response_head, exchange.payload_sha256,
                                      refers_to, exchange.ip, warcinfo_id)
        else:
            main = rec.response_record(exchange.url, exchange.date, exchange.response_head, exchange.body,
                                       exchange.body_length, exchange.payload_sha256, exchange.ip, exchange.truncated,
                                       warcinfo_id)
            if not exchange.truncated:
                seen[key] = (main.record_id, exchange.url, rec.warc_date(exchange.date))
        request = rec.request_record(exchange.url, exchange.date, exchange.request_head, exchange.ip,
                                     main.record_id, warcinfo_id)
        self.plan.append(_Planned(main, exchange, hop, refers_to, len(self.plan) + 1, page))
        self.plan.append(_Planned(request))
        return main.record_id

    def _provenance(self, ended: str, page_id: str) -> dict[str, Any]:
        page, rendered, recorder = self.page, self.rendered, self.recorder
        final = page.exchanges[-1]
        document = provenance_document(
            target=page.url, reason=self.reason, started=rec.warc_date(page.started), ended=ended,
            chain=[{"url": e.url, "status": e.status, "location": e.location, "ip": e.ip,
                    "date": rec.warc_date(e.date)} for e in page.exchanges],
            final={"url": final.url, "status": final.status, "ip": final.ip, "payload_sha256": final.payload_sha256,
                   "payload_length": final.body_length, "truncated": final.truncated, "error": page.error,
                   "record_id": page_id},
        )
        resources = {p.uri.split(":", 2)[1]: {"uri": p.uri, "record_id": p.record.record_id, "mime": p.mime}
                     for p in self.plan if p.uri}
        document["browser"] = {
            "engine": f"Chromium {rendered.browser}",
            "rendered_url": rendered.url,
            "requests": recorder.requests,
            "body_bytes": recorder.bytes,
            "limit": self.limit,
            "problems": rendered.problems,
            "refused_count": recorder.refused_count,
            "refused": [{"url": r.url, "reason": r.reason} for r in recorder.refused],
            "failed": [{"url": f.url, "error": f.error} for f in self.others if f.error and not f.blocked],
            **resources,
        }
        return document

    def rows(self, locations: list[RecordLocation], ended: str) -> tuple[FetchRow, list[CaptureRow]]:
        """The fetch row and capture rows: other requests' and resources first, the page's hops last."""
        page_rows: list[CaptureRow] = []
        other_rows: list[CaptureRow] = []
        provenance = locations[-1]
        for planned, where in zip(self.plan, locations, strict=True):
            exchange = planned.exchange
            if exchange is not None:
                assert planned.request_at is not None
                row = CaptureRow(
                    hop=planned.hop, url=exchange.url, surt=surt_key(exchange.url),
                    captured_at=rec.warc_date(exchange.date), record_type=where.record_type, status=exchange.status,
                    mime=exchange.mime or None, payload_sha256=exchange.payload_sha256,
                    payload_length=exchange.body_length, truncated=exchange.truncated, ip=exchange.ip,
                    warc_file=where.warc_file, offset=where.offset, length=where.length, record_id=where.record_id,
                    request_record_id=locations[planned.request_at].record_id,
                    refers_to_record_id=planned.refers_to[0] if planned.refers_to else None,
                )
                (page_rows if planned.page else other_rows).append(row)
            elif planned.uri:
                other_rows.append(self._resource_row(planned, where))
        final = self.page.exchanges[-1]
        fetch = FetchRow(
            url=self.page.url, surt=surt_key(self.page.url), final_url=final.url,
            started_at=rec.warc_date(self.page.started), ended_at=ended, ok=self.page.error is None,
            status=final.status, error=self.page.error, truncated=final.truncated, reason=self.reason.kind,
            provenance_file=provenance.warc_file, provenance_offset=provenance.offset,
            provenance_length=provenance.length, provenance_record_id=provenance.record_id,
        )
        return fetch, other_rows + page_rows

    def _resource_row(self, planned: _Planned, where: RecordLocation) -> CaptureRow:
        digest = dict(planned.record.fields)["WARC-Payload-Digest"].removeprefix("sha256:")
        return CaptureRow(
            hop=0, url=planned.uri, surt=surt_key(planned.uri), captured_at=planned.date,
            record_type="resource", status=None, mime=planned.mime,
            payload_sha256=digest, payload_length=len(planned.data),
            truncated=None, ip=None, warc_file=where.warc_file, offset=where.offset, length=where.length,
            record_id=where.record_id, request_record_id=None,
        )
