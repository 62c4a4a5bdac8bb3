"""Build WARC 1.1 records (warcio underneath) for captures, provenance and revisits.

Conventions (documented in README, checked by tests):
- digests are ``sha256:<lowercase hex>`` for block and payload (IIPC community recommendation);
- payload = the entity body as stored (de-chunked, content-encoding kept);
- metadata, warcinfo and revisit records carry no computed payload digest (WARC 1.1 s.5.9); a revisit
  carries the digest of the payload it stands for, as the identical-payload-digest profile requires.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, BinaryIO

from warcio.recordbuilder import RecordBuilder
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders

WARC_VERSION = "WARC/1.1"
REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
PROVENANCE_PREFIX = "urn:provenance:"


class HexDigester:
    """warcio's Digester, but printing lowercase base16 as recommended for sha256."""

    def __init__(self, algorithm: str = "sha256") -> None:
        self.algorithm = algorithm
        self._hash = hashlib.new(algorithm)

    def update(self, data: bytes) -> None:
        self._hash.update(data)

    def __str__(self) -> str:
        return f"{self.algorithm}:{self._hash.hexdigest()}"


class RecordFactory(RecordBuilder):
    NO_PAYLOAD_DIGEST_TYPES = ("warcinfo", "revisit", "metadata", "request")  # our requests are bodiless GETs

    def __init__(self) -> None:
        super().__init__(warc_version=WARC_VERSION)

    @staticmethod
    def _create_digester() -> HexDigester:  # type: ignore[override]
        return HexDigester("sha256")


FACTORY = RecordFactory()


def warc_date(moment: datetime) -> str:
    """W3C-DTF in UTC with microseconds, as WARC 1.1 allows."""
    moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds") + "Z"  # as strftime("%Y-%m-%dT%H:%M:%S.%fZ"), faster


def warc_fields(pairs: Iterable[tuple[str, str]]) -> bytes:
    """An application/warc-fields block, ending with the empty line (as Heritrix and warcat expect)."""
    lines = "".join(f"{name}: {' '.join(str(value).split())}\r\n" for name, value in pairs if value != "")
    return (lines + "\r\n").encode("utf-8")


def warcinfo_record(filename: str, info: Iterable[tuple[str, str]]) -> ArcWarcRecord:
    block = warc_fields(info)
    return FACTORY.create_warc_record(
        "",
        "warcinfo",
        payload=io.BytesIO(block),
        length=len(block),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Filename": filename},
    )


def response_record(
    url: str,
    date: datetime,
    head: StatusAndHeaders,
    body: BinaryIO,
    body_length: int,
    payload_sha256: str,
    ip: str | None,
    truncated: str | None,
    warcinfo_id: str,
) -> ArcWarcRecord:
    headers = {
        "WARC-Date": warc_date(date),
        "WARC-Warcinfo-ID": warcinfo_id,
        "WARC-Payload-Digest": f"sha256:{payload_sha256}",
    }
    if ip:
        headers["WARC-IP-Address"] = ip
    if truncated:
        headers["WARC-Truncated"] = truncated
    body.seek(0)
    return FACTORY.create_warc_record(
        url,
        "response",
        payload=body,
        length=body_length,
        http_headers=head,
        warc_content_type="application/http;msgtype=response",
        warc_headers_dict=headers,
    )


def request_record(
    url: str, date: datetime, head: StatusAndHeaders, ip: str | None, concurrent_to: str, warcinfo_id: str
) -> ArcWarcRecord:
    headers = {"WARC-Date": warc_date(date), "WARC-Warcinfo-ID": warcinfo_id, "WARC-Concurrent-To": concurrent_to}
    if ip:
        headers["WARC-IP-Address"] = ip
    return FACTORY.create_warc_record(
        url,
        "request",
        http_headers=head,
        warc_content_type="application/http;msgtype=request",
        warc_headers_dict=headers,
    )


def revisit_record(
    url: str,
    date: datetime,
    head: StatusAndHeaders,
    payload_sha256: str,
    refers_to: tuple[str, str, str],
    ip: str | None,
    warcinfo_id: str,
) -> ArcWarcRecord:
    """Identical-payload-digest revisit keeping the response headers (so WARC-Truncated: length)."""
    record_id, target_uri, date_str = refers_to
    headers = {
        "WARC-Date": warc_date(date),
        "WARC-Warcinfo-ID": warcinfo_id,
        "WARC-Refers-To": record_id,
        "WARC-Truncated": "length",
    }
    if ip:
        headers["WARC-IP-Address"] = ip
    record = FACTORY.create_revisit_record(
        url, f"sha256:{payload_sha256}", target_uri, date_str, http_headers=head, warc_headers_dict=headers
    )
    record.rec_headers.replace_header("Content-Type", "application/http;msgtype=response")
    record.content_type = "application/http;msgtype=response"
    return record


def json_block(data: Any) -> bytes:
    """One line of JSON: no indent, so the C encoder runs (indenting falls back to pure Python, ~4x slower)."""
    return json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n"


def metadata_record(
    target_uri: str,
    date: str,
    data: Any,
    concurrent_to: str | None,
    warcinfo_id: str,
    content_type: str = "application/json",
) -> ArcWarcRecord:
    """A metadata record with a JSON block. target_uri should be a urn: so pywb never replays it as the page."""
    block = json_block(data)
    headers = {"WARC-Date": date, "WARC-Warcinfo-ID": warcinfo_id}
    if concurrent_to:
        headers["WARC-Concurrent-To"] = concurrent_to
    return FACTORY.create_warc_record(
        target_uri,
        "metadata",
        payload=io.BytesIO(block),
        length=len(block),
        warc_content_type=content_type,
        warc_headers_dict=headers,
    )


def record_id(record: ArcWarcRecord) -> str:
    return record.rec_headers.get_header("WARC-Record-ID")
