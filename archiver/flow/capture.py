"""The capture flow, written once: fetch -> WARC records -> store -> index.

Each URL is its own item: a failure is recorded as an outcome and the batch goes on.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import suppress
from contextvars import ContextVar, copy_context
from dataclasses import asdict, dataclass, field
from typing import Any

from archiver.archive import Archive
from archiver.capture.http import SPOOL_IN_MEMORY, Exchange, FetchResult
from archiver.errors import ArchiverError, one_line
from archiver.index.db import CaptureRow, Connection, FetchRow
from archiver.index.keys import url_key
from archiver.warc import records as rec
from archiver.warc.provenance import Reason, provenance_document
from archiver.warc.store import RecordLocation


@dataclass(frozen=True)
class CaptureResult:
    url: str
    final_url: str | None
    status: int | None
    ok: bool
    error: str | None
    captured_at: str | None
    warc_file: str | None
    offset: int | None
    length: int | None
    record_id: str | None
    payload_sha256: str | None
    truncated: str | None = None
    revisit: bool = False
    fetch_id: int | None = None
    extras: tuple[RecordLocation, ...] = field(default=(), compare=False)  # enricher's metadata records
    mode: str | None = None  # http | browser, when capture_mode is not plain http
    why: str | None = None  # why that mode (auto mode's reading of the page, or the setting)
    limit: str | None = None  # a browser capture's limit reached (time, requests, bytes), in words

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extras")
        return data


# A capture of one URL in place of capture_url (e.g. archiver.flow.browser_capture.capture_with_mode).
Capture = Callable[["Archive", str, Reason], "CaptureResult"]
# The capture of the links another flow owns, None for the rest: t.me links go through
# archiver.flow.telegram.capture_telegram_url. Passed in, so this flow never imports a later one.
Router = Callable[["Archive", str, Reason], "CaptureResult | None"]
# Extra metadata documents derived from a fetch (e.g. parsed Telegram posts): (target URI, JSON data).
Enricher = Callable[[FetchResult], list[tuple[str, Any]]]
# Index rows that must be committed with the fetch's own:
# (connection, fetch id, the final response's row or None, the enricher's record locations).
IndexHook = Callable[[Connection, int, "CaptureRow | None", tuple[RecordLocation, ...]], None]
# The fence of the queued job this context is running (set by archiver.flow.worker.run_job): called first in
# every capture's index transaction, it raises CommitRefused once the job is no longer this attempt's (its
# worker missed heartbeats and the job went to another), so a worker that lost its job commits nothing more,
# whichever flow (capture, Telegram, ingest, crawl) it is in.
job_fence: ContextVar[Callable[[Connection], None] | None] = ContextVar("job_fence", default=None)


def map_in_context(pool: ThreadPoolExecutor, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
    """pool.map, each call run in a copy of the caller's context, so that job_fence reaches pool threads."""
    futures = [pool.submit(copy_context().run, fn, item) for item in items]
    return (future.result() for future in futures)


BATCH_MEMORY = 16 * 1024 * 1024  # bodies a batch holds in memory between fetching and writing them
# A batch's revisit answers, (surt, payload sha256) -> (record id, url, date) or None: looked up in the
# index for the whole batch at once, then updated with the responses the batch writes (not yet indexed).
Waiting = dict[tuple[str, str], tuple[str, str, str] | None]


def capture_one(archive: Archive, url: str, reason: Reason, router: Router | None = None) -> CaptureResult:
    """capture_url, or the router's capture for the links it owns (t.me links, for the Telegram one)."""
    routed = router(archive, url, reason) if router else None
    return routed or capture_url(archive, url, reason)


def failed_result(url: str, error: str) -> CaptureResult:
    return CaptureResult(url, None, None, False, error, None, None, None, None, None, None)


def capture_url(
    archive: Archive,
    url: str,
    reason: Reason,
    enrich: Enricher | None = None,
    fetcher: Any = None,
    index_hook: IndexHook | None = None,
) -> CaptureResult:
    """Fetch url (following redirects hop by hop), write its records, index them.

    enrich, if given, returns extra metadata documents written in the same group, Concurrent-To the
    final response; index_hook adds index rows for them in the same transaction as the fetch's rows;
    fetcher overrides the archive's (e.g. one with a larger body limit for media).
    """
    return capture_fetched(archive, _fetch(archive, url, fetcher), reason, enrich, index_hook)


def capture_fetched(
    archive: Archive,
    fetch: FetchResult,
    reason: Reason,
    enrich: Enricher | None = None,
    index_hook: IndexHook | None = None,
) -> CaptureResult:
    """capture_url for a fetch already made (e.g. the one auto mode read before choosing HTTP)."""
    url = fetch.url
    outcome = _write_fetched(archive, fetch, reason, enrich)
    if isinstance(outcome, CaptureResult):
        return outcome
    hook, fence = index_hook, job_fence.get()

    def also(db: Connection, fetch_id: int) -> None:
        if fence is not None:
            fence(db)
        if hook is not None:
            hook(db, fetch_id, outcome.final_capture, outcome.extras)

    try:
        fetch_id, _ = archive.index.add_fetch(outcome.fetch, outcome.captures, also if hook or fence else None)
    except ArchiverError as exc:
        return failed_result(url, one_line(exc))
    return outcome.result(fetch_id)


def capture_batch(
    archive: Archive,
    urls: list[str],
    reason: Reason,
    router: Router | None = None,
    threads: ThreadPoolExecutor | None = None,
) -> list[CaptureResult]:
    """capture_one for each URL, in three passes over the batch: fetch them all, write their records,
    then index them in one transaction.

    Each pass keeps its code and data in the CPU's caches (the deflater's tables above all): about 20 %
    less CPU per 50 KB page than fetch-write-index URL by URL. One transaction instead of one per
    capture saves the commit and the lock, most of the index's cost. Each capture's rows still land
    together, and results are returned only once committed. Bodies held in memory between the passes
    are capped (BATCH_MEMORY): past it, what was fetched is written before fetching on. A revisit of a
    payload captured earlier in the same batch is found among the rows still waiting. The router's links
    (t.me links) keep their own capture, in place. With threads, the fetches (the network waits) overlap,
    up to settings.workers in flight, each taken as it finishes.
    """
    waiting: Waiting = {}
    done: list[CaptureResult | _Written | None] = [None] * len(urls)
    fetched: list[tuple[int, FetchResult]] = []

    def write_fetched() -> None:
        try:
            for at, outcome in _write_fetches(archive, fetched, reason, waiting):
                done[at] = outcome
        finally:
            for _, fetch in fetched:
                fetch.close()
            fetched.clear()

    def fetch_or_route(url: str) -> CaptureResult | FetchResult:
        routed = router(archive, url, reason) if router else None
        return routed if routed is not None else _fetch(archive, url)

    try:
        held = 0
        for at, fetch in _as_done(fetch_or_route, urls, threads, archive.settings.workers):
            if isinstance(fetch, CaptureResult):
                done[at] = fetch
                continue
            fetched.append((at, fetch))
            held += sum(e.body_length for e in fetch.exchanges if e.body_length <= SPOOL_IN_MEMORY)
            if held > BATCH_MEMORY:
                write_fetched()
                held = 0
        write_fetched()
    except BaseException:  # interrupted (Ctrl-C): index what is already written before giving up
        for _, fetch in fetched:
            fetch.close()
        with suppress(ArchiverError):
            archive.index.add_fetches([(o.fetch, o.captures) for o in done if isinstance(o, _Written)])
        raise
    outcomes = [outcome for outcome in done if outcome is not None]
    written = [outcome for outcome in outcomes if isinstance(outcome, _Written)]
    try:
        fetch_ids = archive.index.add_fetches([(outcome.fetch, outcome.captures) for outcome in written])
    except ArchiverError as exc:
        error = one_line(exc)
        return [o if isinstance(o, CaptureResult) else failed_result(o.fetch.url, error) for o in outcomes]
    results = iter(outcome.result(fetch_id) for outcome, fetch_id in zip(written, fetch_ids, strict=True))
    return [outcome if isinstance(outcome, CaptureResult) else next(results) for outcome in outcomes]


def _as_done(
    step: Callable[[str], CaptureResult | FetchResult], urls: list[str], threads: ThreadPoolExecutor | None, window: int
) -> Iterator[tuple[int, CaptureResult | FetchResult]]:
    """(position, step(url)) for each URL: in order in this thread, or on threads as each finishes, with
    window jobs in flight (a slow URL holds one thread, not the batch). Jobs not yet started when the
    consumer stops are cancelled; fetches finishing after it are closed."""
    if threads is None:
        yield from enumerate(map(step, urls))
        return
    queue = enumerate(urls)
    running: dict[Future[CaptureResult | FetchResult], int] = {}
    try:
        while True:
            for at, url in itertools.islice(queue, max(1, window) - len(running)):
                running[threads.submit(step, url)] = at
            if not running:
                return
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for job in finished:
                yield running.pop(job), job.result()
    finally:
        for job in running:
            if not job.cancel():
                job.add_done_callback(_close_abandoned)


def _close_abandoned(job: Future[CaptureResult | FetchResult]) -> None:
    outcome = None if job.cancelled() or job.exception() else job.result()
    if isinstance(outcome, FetchResult):
        outcome.close()


def _write_fetches(
    archive: Archive, fetched: list[tuple[int, FetchResult]], reason: Reason, waiting: Waiting
) -> list[tuple[int, CaptureResult | _Written]]:
    """_write_fetched for a batch, its records written through store.append_groups (in passes).

    The index is asked about every payload in one query first. A payload met twice in the batch waits
    for a second round, so that it can be a revisit of the first, whose record id exists only once written.
    """
    keys = {(url_key(e.url), e.payload_sha256) for _, fetch in fetched for e in fetch.exchanges if not e.truncated}
    waiting.update(archive.index.identical_responses([key for key in keys if key not in waiting]))
    outcomes: list[tuple[int, CaptureResult | _Written]] = []
    while fetched:
        this_round: list[tuple[int, FetchResult, list[tuple[str, str, str] | None]]] = []
        keys_this_round: set[tuple[str, str]] = set()
        later: list[tuple[int, FetchResult]] = []
        for at, fetch in fetched:
            if fetch.blocked or not fetch.exchanges:
                outcomes.append((at, _write_fetched(archive, fetch, reason)))
                continue
            keys = {(url_key(e.url), e.payload_sha256) for e in fetch.exchanges if not e.truncated}
            if keys & keys_this_round:
                later.append((at, fetch))
                continue
            keys_this_round |= keys
            revisits = [_previous_identical(archive, exchange, waiting) for exchange in fetch.exchanges]
            this_round.append((at, fetch, revisits))
        builds = [_builder(fetch, reason, [], revisits) for _, fetch, revisits in this_round]
        for (at, fetch, revisits), stored in zip(this_round, archive.store.append_groups(builds), strict=True):
            fetch.close()
            if isinstance(stored, ArchiverError):
                outcomes.append((at, failed_result(fetch.url, one_line(stored))))
                continue
            written = _rows(fetch, reason, stored, revisits)
            outcomes.append((at, written))
            for row in written.captures:
                if row.record_type == "response" and row.truncated is None and row.payload_sha256:
                    waiting[(row.surt, row.payload_sha256)] = (row.record_id, row.url, row.captured_at)
        fetched = later
    return outcomes


def _fetch(archive: Archive, url: str, fetcher: Any = None) -> FetchResult:
    """1. fetch, politely (the fetcher is built before the host's slot is taken: a slot measures requests)."""
    fetcher = fetcher or archive.fetcher
    with archive.gate.slot(url):
        fetched: FetchResult = fetcher.fetch(url)
    return fetched


def _write_fetched(
    archive: Archive, fetch: FetchResult, reason: Reason, enrich: Enricher | None = None
) -> CaptureResult | _Written:
    """2. refused targets leave no trace but the error; 3. build and append records (the index rows are
    the caller's to write). Closes the fetch."""
    try:
        if fetch.blocked:
            return failed_result(fetch.url, fetch.error or "refused")
        extras = enrich(fetch) if enrich and fetch.exchanges else []
        locations, revisits = _write(archive, fetch, reason, extras) if fetch.exchanges else ([], [])
        return _rows(fetch, reason, locations, revisits)
    except ArchiverError as exc:
        return failed_result(fetch.url, one_line(exc))
    finally:
        fetch.close()


def _previous_identical(
    archive: Archive, exchange: Exchange, waiting: Waiting | None = None
) -> tuple[str, str, str] | None:
    if exchange.truncated:
        return None
    key = (url_key(exchange.url), exchange.payload_sha256)
    if waiting is not None and key in waiting:
        return waiting[key]
    return archive.index.identical_response(*key)


def _chain(fetch: FetchResult) -> list[dict[str, Any]]:
    return [
        {"url": e.url, "status": e.status, "location": e.location, "ip": e.ip, "date": rec.warc_date(e.date)}
        for e in fetch.exchanges
    ]


def _write(
    archive: Archive, fetch: FetchResult, reason: Reason, extras: list[tuple[str, Any]]
) -> tuple[list[RecordLocation], list[tuple[str, str, str] | None]]:
    revisits = [_previous_identical(archive, exchange) for exchange in fetch.exchanges]
    return archive.store.append(_builder(fetch, reason, extras, revisits)), revisits


def _builder(
    fetch: FetchResult, reason: Reason, extras: list[tuple[str, Any]], revisits: list[tuple[str, str, str] | None]
) -> Callable[[str], list[rec.WarcRecord]]:
    """The records of one capture, for the WARC file whose warcinfo record has the id given."""

    def build(warcinfo_id: str) -> list[rec.WarcRecord]:
        built: list[rec.WarcRecord] = []
        final_id = ""
        for exchange, refers_to in zip(fetch.exchanges, revisits, strict=True):
            if refers_to:
                main = rec.revisit_record(
                    exchange.url, exchange.date, exchange.response_head, exchange.payload_sha256,
                    refers_to, exchange.ip, warcinfo_id,
                )
            else:
                main = rec.response_record(
                    exchange.url, exchange.date, exchange.response_head, exchange.body, exchange.body_length,
                    exchange.payload_sha256, exchange.ip, exchange.truncated, warcinfo_id,
                )
            final_id = main.record_id
            request = rec.request_record(
                exchange.url, exchange.date, exchange.request_head, exchange.ip, final_id, warcinfo_id
            )
            built += [main, request]
        final = fetch.exchanges[-1]
        document = provenance_document(
            target=fetch.url,
            reason=reason,
            started=rec.warc_date(fetch.started),
            ended=rec.warc_date(fetch.ended or fetch.started),
            chain=_chain(fetch),
            final={
                "url": final.url,
                "status": final.status,
                "ip": final.ip,
                "payload_sha256": final.payload_sha256,
                "payload_length": final.body_length,
                "truncated": final.truncated,
                "error": fetch.error,
                "record_id": final_id,
            },
        )
        date = rec.warc_date(final.date)
        built.append(rec.metadata_record(rec.PROVENANCE_PREFIX + final.url, date, document, final_id, warcinfo_id))
        built += [rec.metadata_record(target, date, data, final_id, warcinfo_id) for target, data in extras]
        return built

    return build


@dataclass
class _Written:
    """A capture whose records are written: its index rows, and the result once they are committed."""

    fetch: FetchRow
    captures: list[CaptureRow]
    extras: tuple[RecordLocation, ...]  # the enricher's metadata records

    @property
    def final_capture(self) -> CaptureRow | None:
        return self.captures[-1] if self.captures else None

    def result(self, fetch_id: int) -> CaptureResult:
        row, last = self.fetch, self.final_capture
        return CaptureResult(
            url=row.url,
            final_url=row.final_url,
            status=row.status,
            ok=row.ok,
            error=row.error,
            captured_at=last.captured_at if last else row.started_at,
            warc_file=last.warc_file if last else None,
            offset=last.offset if last else None,
            length=last.length if last else None,
            record_id=last.record_id if last else None,
            payload_sha256=last.payload_sha256 if last else None,
            truncated=last.truncated if last else None,
            revisit=bool(last and last.record_type == "revisit"),
            fetch_id=fetch_id,
            extras=self.extras,
        )


def _rows(
    fetch: FetchResult,
    reason: Reason,
    locations: list[RecordLocation],
    revisits: list[tuple[str, str, str] | None],
) -> _Written:
    captures: list[CaptureRow] = []
    mains = [loc for loc in locations if loc.record_type in ("response", "revisit")]
    requests_ = [loc for loc in locations if loc.record_type == "request"]
    hops = zip(fetch.exchanges, mains, requests_, revisits, strict=True)
    for hop, (exchange, main, request, refers_to) in enumerate(hops):
        captures.append(
            CaptureRow(
                hop=hop,
                url=exchange.url,
                surt=url_key(exchange.url),
                captured_at=rec.warc_date(exchange.date),
                record_type=main.record_type,
                status=exchange.status,
                mime=exchange.mime or None,
                payload_sha256=exchange.payload_sha256,
                payload_length=exchange.body_length,
                truncated=exchange.truncated,
                ip=exchange.ip,
                warc_file=main.warc_file,
                offset=main.offset,
                length=main.length,
                record_id=main.record_id,
                request_record_id=request.record_id,
                refers_to_record_id=refers_to[0] if refers_to else None,
            )
        )
    metadata = [loc for loc in locations if loc.record_type == "metadata"]
    provenance = metadata[0] if metadata else None
    final = fetch.final
    ok = final is not None and fetch.error is None
    row = FetchRow(
        url=fetch.url,
        surt=url_key(fetch.url),
        final_url=final.url if final else None,
        started_at=rec.warc_date(fetch.started),
        ended_at=rec.warc_date(fetch.ended) if fetch.ended else None,
        ok=ok,
        status=final.status if final else None,
        error=fetch.error,
        truncated=final.truncated if final else None,
        reason=reason.kind,
        provenance_file=provenance.warc_file if provenance else None,
        provenance_offset=provenance.offset if provenance else None,
        provenance_length=provenance.length if provenance else None,
        provenance_record_id=provenance.record_id if provenance else None,
    )
    return _Written(row, captures, tuple(metadata[1:]))
