"""Second copies of cited sources from public web archives (issue 17), called by the ingest flow.

    recover_copy     a source already gone (looks_gone): store the archive's memento closest to, and
                     preferably before, the article's date, indexed as a recovered copy (index.recovered)
    save_page_now    a live source: ask the Wayback Machine to save it too, and store its answer

Lookups go through archiver.capture.webarchive (the archives' APIs); every request is made by the
archive's own fetcher, under the same guard and politeness as any capture.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from archiver.archive import Archive
from archiver.capture.decode import decode_body
from archiver.capture.webarchive import find_memento, parse_web_archives, says_not_found
from archiver.errors import ArchiverError
from archiver.flow.capture import CaptureResult, capture_url
from archiver.index.keys import url_key
from archiver.index.recovered import RecoveredRow, add_recovered
from archiver.lookup.sources import GONE_STATUSES
from archiver.warc.provenance import Reason
from archiver.warc.read import iter_record_at, read_payload
from archiver.warc.records import warc_date

API_LIMIT = 5 * 1024 * 1024  # bytes read of a web archive's API answer
PAGE_LIMIT = 256 * 1024  # bytes of a captured page read to see whether it says "not found"


def looks_gone(result: CaptureResult, page: Callable[[], bytes] = bytes) -> bool:
    """HTTP 404/410, no answer at all (DNS failure, refused connection; not a target we refused), or a
    2xx page whose title or heading says it is not found (page() reads the stored response)."""
    if result.status in GONE_STATUSES:
        return True
    if result.status is None:
        return not result.ok and not (result.error or "").startswith("refused")
    return 200 <= result.status < 300 and not result.revisit and says_not_found(page())


def page_of(archive: Archive, result: CaptureResult) -> bytes:
    """The start of a capture's stored (decoded) payload; empty when there is none."""
    if result.warc_file is None or result.offset is None:
        return b""
    try:
        return read_payload(archive.settings.archive, result.warc_file, result.offset, PAGE_LIMIT)
    except ArchiverError:
        return b""


def _get(archive: Archive, url: str) -> tuple[int | None, bytes]:
    """A web archive's API answer, fetched by the archive's fetcher (same guard and politeness), not stored."""
    with archive.gate.slot(url):
        fetch = archive.fetcher.fetch(url)
    try:
        final = fetch.final
        if fetch.blocked or final is None:
            return None, b""
        return final.status, decode_body(final.body, final.response_head.get_header("Content-Encoding"), API_LIMIT)
    finally:
        fetch.close()


def recover_copy(archive: Archive, url: str, when: datetime, reason: Reason) -> dict[str, Any] | None:
    """Store the memento of url closest to (preferably before) when from the first web archive holding one:
    a capture of the memento URL whose provenance names the original URL, the archive and the memento's
    datetime, indexed as a recovered copy of url. None when web_archives is empty or none has a copy."""
    archives = parse_web_archives(archive.settings.web_archives)
    memento = find_memento(archives, url, when, lambda api: _get(archive, api)) if archives else None
    if memento is None:
        return None
    row = RecoveredRow(url, url_key(url), memento.archive, memento.memento_url,
                       str(memento.to_dict()["memento_datetime"]), warc_date(archive.clock()))

    def index_recovered(db: Any, fetch_id: int, final: Any, _extras: Any) -> None:
        if final is not None and final.status is not None and 200 <= final.status < 300:
            add_recovered(db, fetch_id, row)

    extra = {"recovered_from": memento.to_dict()}
    result = capture_url(archive, memento.memento_url, Reason("recovered", reason.command, reason.citations,
                                                              extra=extra), index_hook=index_recovered)
    if not result.ok or result.status is None or not 200 <= result.status < 300 or result.fetch_id is None:
        return None
    return {"fetch_id": result.fetch_id, "label": f"recovered from {row.archive}, as of {row.memento_at}",
            **memento.to_dict()}


def save_page_now(archive: Archive, url: str, reason: Reason) -> dict[str, Any]:
    """Ask the first wayback in web_archives to save url (GET BASE/save/<url>, Save Page Now) and store its
    answer as a capture (reason save-page-now): where it says the new memento is, or why it would not."""
    wayback = next(a for a in parse_web_archives(archive.settings.web_archives) if a.kind == "wayback")
    result = capture_url(archive, f"{wayback.base}/save/{url}",
                         Reason("save-page-now", reason.command, reason.citations, extra={"saved_url": url}))
    return {"archive": wayback.name, "fetch_id": result.fetch_id, "status": result.status, "error": result.error,
            "memento_url": memento_of_save(archive, wayback.base, result)}


def memento_of_save(archive: Archive, base: str, result: CaptureResult) -> str | None:
    """The memento a Save Page Now answer names: its Content-Location header, else the URL it ended on."""
    if result.warc_file is None or result.offset is None or result.status is None or result.status >= 400:
        return None
    for record in iter_record_at(archive.settings.archive, result.warc_file, result.offset):
        location = record.http_headers.get_header("Content-Location") if record.http_headers else None
        if location:
            return urljoin(base + "/", str(location))
    final = result.final_url or ""
    return final if "/web/" in final else None
