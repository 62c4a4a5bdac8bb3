"""Replay a stored response: its status and headers as recorded, its payload streamed from the WARC.

Rules, one each:
- the payload is served byte for byte as stored, so ``Content-Encoding`` is kept (browsers decode it);
- hop-by-hop headers are dropped and ``Content-Length`` is the stored payload's length;
- headers that would act on the archive's own origin (cookies, HSTS, CSP, frame options, Link, ...) are
  kept under ``X-Archive-Orig-<name>``; the response gets ``Content-Security-Policy: sandbox`` so captured
  scripts never run with the UI's origin, and may load nothing from outside the archive;
- a revisit replays with its own status and headers and the payload of the record it refers to;
- a redirect replays as a redirect to the memento of its target.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import urljoin

from warcio.recordloader import ArcWarcRecord

from archiver.archive import Archive
from archiver.errors import ArchiverError, one_line
from archiver.index.captures import capture_by_record_id
from archiver.serve.web import HttpError
from archiver.warc.read import iter_record_at

REPLAY_CSP = "sandbox; default-src 'self' 'unsafe-inline' data: blob:"
CHUNK = 256 * 1024
HOP_BY_HOP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te",
    "trailer", "trailers", "transfer-encoding", "upgrade", "content-length",
})
RENAMED = frozenset({
    "set-cookie", "set-cookie2", "strict-transport-security", "public-key-pins", "public-key-pins-report-only",
    "content-security-policy", "content-security-policy-report-only", "x-frame-options", "link", "location",
    "content-location", "refresh", "clear-site-data", "alt-svc", "service-worker-allowed", "report-to", "nel",
    "cross-origin-opener-policy", "cross-origin-embedder-policy", "cross-origin-resource-policy",
    "origin-agent-cluster", "permissions-policy", "feature-policy", "accept-ch", "memento-datetime",
    "access-control-allow-origin", "access-control-allow-credentials", "access-control-allow-headers",
    "access-control-allow-methods", "access-control-expose-headers", "access-control-max-age",
})


class Payload:
    """The stored payload as a WSGI iterable: streamed in chunks, the WARC file closed afterwards."""

    def __init__(self, records: Generator[ArcWarcRecord, None, None], record: ArcWarcRecord, length: int) -> None:
        self._records = records
        self._stream = record.raw_stream
        self.length = length

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self._stream.read(CHUNK):
            yield chunk

    def close(self) -> None:
        self._records.close()  # the generator's `with open(...)` closes the file


@dataclass
class Stored:
    status: int
    reason: str
    headers: list[tuple[str, str]]  # as recorded
    payload: Payload
    location: str | None  # absolute redirect target, when the record is a redirect


def records_at(archive_dir: Path, warc_file: str, offset: int) -> Generator[ArcWarcRecord, None, None]:
    """iter_record_at, typed as the generator it is: close() it to close the WARC file."""
    return cast(Generator[ArcWarcRecord, None, None], iter_record_at(archive_dir, warc_file, offset))


def _open(archive_dir: Path, row: dict[str, Any]) -> tuple[Generator[ArcWarcRecord, None, None], ArcWarcRecord]:
    records = records_at(archive_dir, row["warc_file"], row["offset"])
    try:
        record = next(records)
    except (ArchiverError, StopIteration) as exc:
        records.close()
        raise HttpError(502, f"cannot read {row['warc_file']} at {row['offset']}: {one_line(exc)}") from exc
    if record.http_headers is None:
        records.close()
        raise HttpError(502, f"record at {row['warc_file']} offset {row['offset']} has no HTTP response")
    return records, record


def _original_of(archive: Archive, row: dict[str, Any], record: ArcWarcRecord) -> dict[str, Any]:
    """The captures row of the response a revisit stands for."""
    for record_id in (row.get("refers_to_record_id"), record.rec_headers.get_header("WARC-Refers-To")):
        if record_id:
            original = capture_by_record_id(archive.index, record_id)
            if original and original["record_type"] == "response":
                return original
    raise HttpError(502, f"the response revisit {row['record_id']} refers to is not in this archive")


def load(archive: Archive, row: dict[str, Any]) -> Stored:
    """Open the record a captures row points at (following a revisit to its original payload)."""
    records, record = _open(archive.settings.archive, row)
    head = record.http_headers
    payload_records, payload_record = records, record
    if record.rec_type == "revisit":
        records.close()
        payload_records, payload_record = _open(archive.settings.archive, _original_of(archive, row, record))
    reason = head.statusline.partition(" ")[2]
    try:
        status = int(head.get_statuscode())
    except (TypeError, ValueError) as exc:
        payload_records.close()
        raise HttpError(502, f"stored status line {head.statusline!r} is not HTTP") from exc
    length = max(0, int(getattr(payload_record.raw_stream, "limit", 0) or 0))
    location = head.get_header("Location")
    target = urljoin(row["url"], location.strip()) if location and 300 <= status < 400 else None
    return Stored(status, reason.strip(), list(head.headers), Payload(payload_records, payload_record, length), target)


def replay_headers(stored: Stored) -> list[tuple[str, str]]:
    """The recorded headers made safe to send from the archive's origin (see the module docstring)."""
    out: list[tuple[str, str]] = []
    for name, value in stored.headers:
        lowered = name.lower()
        if lowered in HOP_BY_HOP:
            continue
        out.append((f"X-Archive-Orig-{name}", value) if lowered in RENAMED else (name, value))
    out += [("Content-Length", str(stored.payload.length)), ("Content-Security-Policy", REPLAY_CSP)]
    return out
