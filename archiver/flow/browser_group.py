"""The records and index rows of one browser capture (steps 4 and 5 of archiver.flow.browser_capture).

One group, in this order: the page's request/response records (per redirect hop), then every other
request's (a revisit where the payload is already stored, in the index or earlier in the group), the
screenshot and the rendered DOM as resource records Concurrent-To the page's response (and with its
WARC-Date: one capture event), then the provenance metadata record with its ``browser`` block. The
index rows list the other requests and the resources first and the page's hops last, so the page's
final response is the fetch's final capture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from archiver.archive import Archive
from archiver.capture.http import Exchange, FetchResult
from archiver.index.db import CaptureRow, FetchRow
from archiver.index.keys import url_key
from archiver.warc import records as rec
from archiver.warc.provenance import Reason, provenance_document
from archiver.warc.store import RecordLocation

if TYPE_CHECKING:  # Playwright is the optional extra "browser"
    from archiver.capture.browser.recorder import Recorder
    from archiver.capture.browser.session import Rendered

SCREENSHOT_URN = "urn:screenshot:"
DOM_URN = "urn:dom:"
Found = tuple[str, str, str]  # an identical payload already stored: (record id, url, date)


def stored_payloads(archive: Archive, exchanges: list[Exchange]) -> dict[tuple[str, str], Found | None]:
    keys = [(url_key(e.url), e.payload_sha256) for e in exchanges if not e.truncated]
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


class BrowserGroup:
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
        key = (url_key(exchange.url), exchange.payload_sha256)
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
                    hop=planned.hop, url=exchange.url, surt=url_key(exchange.url),
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
            url=self.page.url, surt=url_key(self.page.url), final_url=final.url,
            started_at=rec.warc_date(self.page.started), ended_at=ended, ok=self.page.error is None,
            status=final.status, error=self.page.error, truncated=final.truncated, reason=self.reason.kind,
            provenance_file=provenance.warc_file, provenance_offset=provenance.offset,
            provenance_length=provenance.length, provenance_record_id=provenance.record_id,
        )
        return fetch, other_rows + page_rows

    def _resource_row(self, planned: _Planned, where: RecordLocation) -> CaptureRow:
        digest = dict(planned.record.fields)["WARC-Payload-Digest"].removeprefix("sha256:")
        return CaptureRow(
            hop=0, url=planned.uri, surt=url_key(planned.uri), captured_at=planned.date,
            record_type="resource", status=None, mime=planned.mime,
            payload_sha256=digest, payload_length=len(planned.data),
            truncated=None, ip=None, warc_file=where.warc_file, offset=where.offset, length=where.length,
            record_id=where.record_id, request_record_id=None,
        )
