"""Records built without warcio's RecordBuilder keep the fields, order, digests and framing warcio gave them;
bodies on disk are streamed, so memory stays flat whatever the body size."""

from __future__ import annotations

import hashlib
import io
import tempfile
import tracemalloc
import uuid
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders

from archiver.warc import records as rec
from archiver.warc.encode import encode_records
from archiver.warc.store import WarcStore
from tests.warc_rules import check_warc, check_with_warcio

URL = "https://example.org/page"
DATE = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
OLD_ID = "<urn:uuid:12345678-1234-4234-8234-123456789012>"
REFERS_TO = (OLD_ID, "https://example.org/old", "2025-01-01T00:00:00.000000Z")


def response_head(length: int, extra: tuple[tuple[str, str], ...] = ()) -> StatusAndHeaders:
    headers = [("Content-Type", "text/html"), ("Content-Length", str(length)), *extra]
    return StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")


def request_head() -> StatusAndHeaders:
    return StatusAndHeaders("GET /page HTTP/1.1", [("Host", "example.org")], is_http_request=True)


def members(path: Path) -> list[bytes]:
    """Each gzip member of the file, decompressed (also checks there is one member per record)."""
    data, out = path.read_bytes(), []
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out.append(inflater.decompress(data))
        data = inflater.unused_data
    return out


def parse(member: bytes) -> tuple[list[tuple[str, str]], bytes]:
    header, _, rest = member.partition(b"\r\n\r\n")
    version, *lines = header.decode().split("\r\n")
    assert version == "WARC/1.1"
    fields = [(name, value) for name, _, value in (line.partition(": ") for line in lines)]
    length = int(dict(fields)["Content-Length"])
    assert rest[length:] == b"\r\n\r\n"
    return fields, rest[:length]


def write_capture(store: WarcStore, body: bytes, revisit: bool = False) -> None:
    def build(warcinfo_id: str) -> list[rec.WarcRecord]:
        if revisit:
            main = rec.revisit_record(URL, DATE, response_head(len(body)), "ab" * 32, REFERS_TO, "192.0.2.1",
                                      warcinfo_id)
        else:
            main = rec.response_record(URL, DATE, response_head(len(body)), io.BytesIO(body), len(body),
                                       hashlib.sha256(body).hexdigest(), "192.0.2.1", "length", warcinfo_id)
        request = rec.request_record(URL, DATE, request_head(), "192.0.2.1", main.record_id, warcinfo_id)
        meta = rec.metadata_record(rec.PROVENANCE_PREFIX + URL, rec.warc_date(DATE), {"ж": 1}, main.record_id,
                                   warcinfo_id)
        return [main, request, meta]

    store.append(build)


def closed_warcs(store: WarcStore, folder: Path) -> list[Path]:
    store.close()
    return sorted((folder / "warcs").glob("*.warc.gz"))


def test_fields_come_in_warcio_order_with_the_project_conventions(tmp_path: Path) -> None:
    store = WarcStore(tmp_path, gzip_level=1)
    body = b"<html>cited</html>"
    write_capture(store, body)
    write_capture(store, body, revisit=True)
    [path] = closed_warcs(store, tmp_path)
    assert check_warc(path, {REFERS_TO[0]}) == []
    check_with_warcio(path)  # block and payload digests

    parsed = [parse(member) for member in members(path)]
    names = [[name for name, _ in fields] for fields, _ in parsed]
    tail = ["WARC-Block-Digest", "Content-Type", "Content-Length"]
    common = ["WARC-Type", "WARC-Record-ID", "WARC-Target-URI"]
    assert names == [
        ["WARC-Filename", "WARC-Type", "WARC-Record-ID", "WARC-Date", *tail],
        ["WARC-Date", "WARC-Warcinfo-ID", "WARC-Payload-Digest", "WARC-IP-Address", "WARC-Truncated", *common, *tail],
        ["WARC-Date", "WARC-Warcinfo-ID", "WARC-Concurrent-To", "WARC-IP-Address", *common, *tail],
        ["WARC-Date", "WARC-Warcinfo-ID", "WARC-Concurrent-To", *common, *tail],
        ["WARC-Date", "WARC-Warcinfo-ID", "WARC-Refers-To", "WARC-Truncated", "WARC-IP-Address", *common,
         "WARC-Profile", "WARC-Refers-To-Target-URI", "WARC-Refers-To-Date", "WARC-Payload-Digest", *tail],
        ["WARC-Date", "WARC-Warcinfo-ID", "WARC-Concurrent-To", "WARC-IP-Address", *common, *tail],
        ["WARC-Date", "WARC-Warcinfo-ID", "WARC-Concurrent-To", *common, *tail],
    ]
    for fields, block in parsed:
        assert dict(fields)["WARC-Block-Digest"] == f"sha256:{hashlib.sha256(block).hexdigest()}"
    response, request, meta, revisit = (dict(fields) for fields, _ in parsed[1:5])
    assert response["WARC-Date"] == "2026-01-02T03:04:05.678901Z"
    assert response["Content-Type"] == revisit["Content-Type"] == "application/http;msgtype=response"
    assert request["Content-Type"] == "application/http;msgtype=request"
    assert response["WARC-Payload-Digest"] == f"sha256:{hashlib.sha256(body).hexdigest()}"
    assert request["WARC-Concurrent-To"] == meta["WARC-Concurrent-To"] == response["WARC-Record-ID"]
    assert parsed[3][1] == '{"ж": 1}\n'.encode()
    assert revisit["WARC-Profile"] == rec.REVISIT_PROFILE
    refers_to = (revisit["WARC-Refers-To"], revisit["WARC-Refers-To-Target-URI"], revisit["WARC-Refers-To-Date"])
    assert refers_to == REFERS_TO
    assert parsed[4][1] == parsed[1][1][: -len(body)]  # the revisit keeps the response headers only


def test_non_ascii_http_header_values_are_percent_encoded_as_warcio_does() -> None:
    head = response_head(0, (("X-Name", "значение"), ("Content-Disposition", 'attachment; filename="тест.txt"')))
    expected = response_head(0, (("X-Name", "значение"), ("Content-Disposition", 'attachment; filename="тест.txt"')))
    expected.compute_headers_buffer()
    assert rec.http_head(head) == bytes(expected.headers_buff)
    assert b"X-Name: %D0%B7%D0%BD" in rec.http_head(head)


def test_record_ids_are_random_version_4_uuids() -> None:
    ids = {rec.new_record_id() for _ in range(1000)}
    assert len(ids) == 1000
    for record_id in ids:
        assert record_id.startswith("<urn:uuid:") and record_id.endswith(">")
        parsed = uuid.UUID(record_id[len("<urn:uuid:") : -1])
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)


def test_warc_date_is_utc_with_microseconds() -> None:
    assert rec.warc_date(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05.000000Z"
    plus_three = datetime(2026, 1, 2, 6, 4, 5, 7, tzinfo=timezone(timedelta(hours=3)))
    assert rec.warc_date(plus_three) == "2026-01-02T03:04:05.000007Z"


def test_a_group_encoded_again_after_rotation_names_the_new_warcinfo(tmp_path: Path) -> None:
    store = WarcStore(tmp_path, gzip_level=1)
    first_id = store.current_warcinfo_id()
    real = store.current_warcinfo_id

    def rotated_meanwhile() -> str:
        warcinfo_id = real()
        store.close()  # another thread closed the file after we asked which one is open
        return warcinfo_id

    store.current_warcinfo_id = rotated_meanwhile  # type: ignore[method-assign]
    write_capture(store, b"body" * 100)
    paths = closed_warcs(store, tmp_path)
    assert len(paths) == 2
    for path in paths:
        assert check_warc(path) == []
        check_with_warcio(path)
    with paths[1].open("rb") as fh:
        records = list(ArchiveIterator(fh))
    second_id = records[0].rec_headers.get_header("WARC-Record-ID")
    assert second_id != first_id
    assert {r.rec_headers.get_header("WARC-Warcinfo-ID") for r in records[1:]} == {second_id}


def test_a_body_on_disk_is_streamed_in_flat_memory(tmp_path: Path) -> None:
    size = 40 * 1024 * 1024
    body = tempfile.SpooledTemporaryFile(max_size=1024 * 1024, dir=tmp_path)
    piece, payload = bytes(range(256)) * 4096, hashlib.sha256()
    for _ in range(size // len(piece)):
        body.write(piece)
        payload.update(piece)
    assert body._rolled  # type: ignore[attr-defined]
    record = rec.response_record(URL, DATE, response_head(size), body, size, payload.hexdigest(), None, None,
                                 OLD_ID)
    tracemalloc.start()
    try:
        group = encode_records([record], 1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        body.close()
    assert peak < 12 * 1024 * 1024, peak
    assert not isinstance(group.spool, io.BytesIO)
    out = tmp_path / "out.warc.gz"
    with out.open("wb") as fh:
        group.copy_to(fh)
    group.close()
    digest, lengths = hashlib.sha256(), []
    with out.open("rb") as fh:
        for read in ArchiveIterator(fh):
            lengths.append(read.rec_headers.get_header("Content-Length"))
            while chunk := read.raw_stream.read(1024 * 1024):
                digest.update(chunk)
    assert lengths == [str(record.length)]
    assert digest.hexdigest() == payload.hexdigest()


def test_every_deflater_writes_the_same_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """libdeflate (records in memory) and the streaming zlib path (bodies on disk; everything when the
    deflate package is missing) give byte-identical records once inflated, each its own gzip member."""
    from archiver.warc import encode

    html = b"<html><p>" + b"a quoted line " * 3000 + b"</p></html>"

    def group() -> list[rec.WarcRecord]:
        spooled = tempfile.SpooledTemporaryFile(max_size=1024, dir=tmp_path)  # rolled over: on disk
        spooled.write(html)
        digest = hashlib.sha256(html).hexdigest()
        return [
            rec.response_record(URL, DATE, response_head(len(html)), io.BytesIO(html), len(html), digest, None, None,
                                OLD_ID),
            rec.response_record(URL, DATE, response_head(len(html)), spooled, len(html), digest, None, None, OLD_ID),
            rec.request_record(URL, DATE, request_head(), "192.0.2.1", OLD_ID, OLD_ID),
            rec.metadata_record(rec.PROVENANCE_PREFIX + URL, rec.warc_date(DATE), {"ж": 1}, OLD_ID, OLD_ID),
        ]

    def inflated(records: list[rec.WarcRecord]) -> list[bytes]:
        for record in records:
            record.record_id = OLD_ID  # the only field that differs between the two builds
            record.fields = [(k, OLD_ID if k == "WARC-Record-ID" else v) for k, v in record.fields]
        encoded = encode_records(records, 6)
        records[1].body.close()  # type: ignore[union-attr]
        out = tmp_path / "group.warc.gz"
        with out.open("wb") as fh:
            encoded.copy_to(fh)
        encoded.close()
        return members(out)

    assert encode.libdeflate is not None  # a dependency: the fast path is what runs
    fast = inflated(group())
    monkeypatch.setattr(encode, "libdeflate", None)
    assert inflated(group()) == fast and len(fast) == 4
    assert fast[0] == fast[1] and parse(fast[0])[1].endswith(html)
