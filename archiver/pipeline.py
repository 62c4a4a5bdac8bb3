"""The capture flow, written once: fetch -> WARC records -> store -> index.

Each URL is its own item: a failure is recorded as an outcome and the batch goes on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

import surt as surtlib

from archiver.archive import Archive
from archiver.capture.http import Exchange, FetchResult
from archiver.errors import ArchiverError, one_line
from archiver.index.db import CaptureRow, FetchRow
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

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extras")
        return data


@lru_cache(maxsize=4096)  # pure, and asked for the same URL several times per capture
def surt_key(url: str) -> str:
    try:
        return str(surtlib.surt(url))
    except Exception:  # surt raises assorted errors on odd URLs; fall back to the URL itself
        return url.lower()


# Extra metadata documents derived from a fetch (e.g. parsed Telegram posts): (target URI, JSON data).
Enricher = Callable[[FetchResult], list[tuple[str, Any]]]
# Index rows that must be committed with the fetch's own:
# (connection, fetch id, the final response's row or None, the enricher's record locations).
IndexHook = Callable[[sqlite3.Connection, int, "CaptureRow | None", tuple[RecordLocation, ...]], None]


def capture_urls(
    archive: Archive, urls: Iterable[str], reason: Reason, route_telegram: bool = False
) -> Iterator[CaptureResult]:
    """Capture URLs with the archive's workers, yielding results in input order.

    With route_telegram, t.me links go through the Telegram capture (see archiver.telegram).
    With settings.processes > 1 the URLs are shared out, in batches, to that many worker processes,
    each with its own Archive (WARC file, index connection) and `workers` threads (see archiver.processes).
    """
    if archive.settings.processes > 1:
        from archiver.processes import capture_in_processes

        yield from capture_in_processes(archive, urls, reason, route_telegram)
        return
    with ThreadPoolExecutor(max_workers=max(1, archive.settings.workers)) as pool:
        yield from pool.map(lambda url: capture_one(archive, url, reason, route_telegram), urls)


def capture_one(archive: Archive, url: str, reason: Reason, route_telegram: bool = False) -> CaptureResult:
    """capture_url, or the Telegram capture for t.me links when route_telegram."""
    if route_telegram:
        from archiver.telegram import capture_telegram_url  # a later stage, only when asked for

        routed = capture_telegram_url(archive, url, reason)
        if routed is not None:
            return routed
    return capture_url(archive, url, reason)


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
    # 1. fetch, politely
    with archive.gate.slot(url):
        fetch = (fetcher or archive.fetcher).fetch(url)
    try:
        # 2. refused targets leave no trace but the error
        if fetch.blocked:
            return CaptureResult(url, None, None, False, fetch.error, None, None, None, None, None, None)
        # 3. build and append records, then 4. index them
        extras = enrich(fetch) if enrich and fetch.exchanges else []
        locations, revisits = _write(archive, fetch, reason, extras) if fetch.exchanges else ([], [])
        return _index(archive, fetch, reason, locations, revisits, index_hook)
    except ArchiverError as exc:
        return CaptureResult(url, None, None, False, one_line(exc), None, None, None, None, None, None)
    finally:
        fetch.close()


def _previous_identical(archive: Archive, exchange: Exchange) -> tuple[str, str, str] | None:
    if exchange.truncated:
        return None
    return archive.index.identical_response(surt_key(exchange.url), exchange.payload_sha256)


def _chain(fetch: FetchResult) -> list[dict[str, Any]]:
    return [
        {"url": e.url, "status": e.status, "location": e.location, "ip": e.ip, "date": rec.warc_date(e.date)}
        for e in fetch.exchanges
    ]


def _write(
    archive: Archive, fetch: FetchResult, reason: Reason, extras: list[tuple[str, Any]]
) -> tuple[list[RecordLocation], list[tuple[str, str, str] | None]]:
    revisits = [_previous_identical(archive, exchange) for exchange in fetch.exchanges]

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

    return archive.store.append(build), revisits


def _index(
    archive: Archive,
    fetch: FetchResult,
    reason: Reason,
    locations: list[RecordLocation],
    revisits: list[tuple[str, str, str] | None],
    index_hook: IndexHook | None = None,
) -> CaptureResult:
    captures: list[CaptureRow] = []
    mains = [loc for loc in locations if loc.record_type in ("response", "revisit")]
    requests_ = [loc for loc in locations if loc.record_type == "request"]
    hops = zip(fetch.exchanges, mains, requests_, revisits, strict=True)
    for hop, (exchange, main, request, refers_to) in enumerate(hops):
        captures.append(
            CaptureRow(
                hop=hop,
                url=exchange.url,
                surt=surt_key(exchange.url),
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
        surt=surt_key(fetch.url),
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
    extra_locations = tuple(metadata[1:])
    final_row = captures[-1] if captures else None
    also = (lambda db, fetch_id: index_hook(db, fetch_id, final_row, extra_locations)) if index_hook else None
    fetch_id, _ = archive.index.add_fetch(row, captures, also)
    last = captures[-1] if captures else None
    return CaptureResult(
        url=fetch.url,
        final_url=row.final_url,
        status=row.status,
        ok=ok,
        error=fetch.error,
        captured_at=last.captured_at if last else row.started_at,
        warc_file=last.warc_file if last else None,
        offset=last.offset if last else None,
        length=last.length if last else None,
        record_id=last.record_id if last else None,
        payload_sha256=last.payload_sha256 if last else None,
        truncated=last.truncated if last else None,
        revisit=bool(last and last.record_type == "revisit"),
        fetch_id=fetch_id,
        extras=extra_locations,
    )
