"""warc_rules.check_warc accepts a well-formed WARC 1.1 file and names each single violation."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.warc_rules import cdxj_offsets, check_warc, check_with_warcio

URI = "http://example.com/article"
DATE = "2026-01-02T03:04:05.123456Z"
LATER = "2026-02-03T04:05:06.654321Z"
BODY = b"<html><head><title>t</title></head><body>cited</body></html>"
IDENTICAL = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


class ProjectWriter(WARCWriter):
    """warcio adds WARC-Payload-Digest to metadata records; the spec forbids it."""

    NO_PAYLOAD_DIGEST_TYPES = ("warcinfo", "revisit", "metadata")


def new_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def http_response_headers(body: bytes = BODY) -> StatusAndHeaders:
    return StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )


def hand_record(fields: list[tuple[str, str]], block: bytes = b"", version: str = "WARC/1.1") -> bytes:
    head = "".join(f"{name}: {value}\r\n" for name, value in fields)
    return f"{version}\r\n{head}".encode() + b"\r\n" + block + b"\r\n\r\n"


class WarcBuilder:
    """Writes the records of a small capture, one gzip member per record."""

    def __init__(self, fh: BinaryIO, writer: WARCWriter | None = None) -> None:
        self.fh = fh
        self.writer = writer or ProjectWriter(fh, gzip=True, warc_version="1.1")
        self.warcinfo_id = ""
        self.response_id = ""
        self.payload_digest = ""

    def common(self, **extra: str) -> dict[str, str]:
        return {"WARC-Warcinfo-ID": self.warcinfo_id, **extra}

    def warcinfo(self, filename: str) -> None:
        block = b"software: archiver-tests\r\nformat: WARC File Format 1.1\r\n\r\n"
        record = self.writer.create_warc_record(
            "", "warcinfo", payload=BytesIO(block), length=len(block),
            warc_headers_dict={"WARC-Filename": filename, "WARC-Date": DATE},
        )
        self.writer.write_record(record)
        self.warcinfo_id = record.rec_headers.get_header("WARC-Record-ID")

    def capture(self, uri: str = URI, date: str = DATE) -> None:
        response = self.writer.create_warc_record(
            uri, "response", payload=BytesIO(BODY), length=len(BODY),
            http_headers=http_response_headers(),
            warc_headers_dict=self.common(**{"WARC-Date": date, "WARC-IP-Address": "127.0.0.1"}),
        )
        response.rec_headers.add_header("WARC-Protocol", "http/1.1")  # repeatable extension
        response.rec_headers.add_header("WARC-Protocol", "tls/1.3")
        request = self.writer.create_warc_record(
            uri, "request",
            http_headers=StatusAndHeaders("GET /article HTTP/1.1", [("Host", "example.com")],
                                          is_http_request=True),
            warc_headers_dict=self.common(**{"WARC-IP-Address": "127.0.0.1"}),
        )
        self.writer.write_request_response_pair(request, response)
        self.response_id = response.rec_headers.get_header("WARC-Record-ID")
        self.payload_digest = response.rec_headers.get_header("WARC-Payload-Digest")

    def metadata(self, concurrent_to: str, date: str = DATE, writer: WARCWriter | None = None) -> None:
        block = b"via: https://news.example/story\r\nhopsFromSeed: L\r\n\r\n"
        writer = writer or self.writer
        record = writer.create_warc_record(
            URI, "metadata", payload=BytesIO(block), length=len(block),
            warc_headers_dict=self.common(**{"WARC-Concurrent-To": concurrent_to, "WARC-Date": date}),
        )
        writer.write_record(record)

    def revisit(self, keep_headers: bool = True, truncated: str | None = "length") -> None:
        extra = {"WARC-Refers-To": self.response_id, "WARC-Date": LATER}
        if truncated:
            extra["WARC-Truncated"] = truncated
        record = self.writer.create_revisit_record(
            URI, self.payload_digest, URI, DATE,
            http_headers=http_response_headers() if keep_headers else None,
            warc_headers_dict=self.common(**extra),
        )
        self.writer.write_record(record)

    def resource(self, writer: WARCWriter | None = None) -> None:
        writer = writer or self.writer
        body = b'{"citing_article": "https://news.example/story"}'
        record = writer.create_warc_record(
            f"urn:provenance:{URI}", "resource", payload=BytesIO(body), length=len(body),
            warc_content_type="application/json", warc_headers_dict=self.common(**{"WARC-Date": LATER}),
        )
        writer.write_record(record)

    def raw(self, data: bytes, compress: bool = True) -> None:
        self.fh.write(gzip.compress(data, mtime=0) if compress else data)


def write_valid(builder: WarcBuilder, filename: str) -> None:
    builder.warcinfo(filename)
    builder.capture()
    builder.metadata(builder.response_id)
    builder.revisit(keep_headers=True)
    builder.revisit(keep_headers=False, truncated=None)
    builder.resource()


def build(tmp_path: Path, extra: Callable[[WarcBuilder], None] | None = None,
          name: str = "ARCHIVER-20260102030405123-00000-host.warc.gz", gzip_records: bool = True) -> Path:
    path = tmp_path / name
    with path.open("wb") as fh:
        writer = ProjectWriter(fh, gzip=gzip_records, warc_version="1.1")
        builder = WarcBuilder(fh, writer)
        write_valid(builder, name.removesuffix(".open"))
        if extra:
            extra(builder)
    return path


def only_violation(path: Path, expected: str) -> str:
    problems = check_warc(path)
    assert len(problems) == 1, problems
    assert expected in problems[0], problems
    return problems[0]


# --------------------------------------------------------------------------- valid files


def test_valid_file_has_no_violations(tmp_path: Path) -> None:
    path = build(tmp_path)
    assert check_warc(path) == []
    check_with_warcio(path)


def test_open_suffix_is_ignored_for_the_filename(tmp_path: Path) -> None:
    assert check_warc(build(tmp_path, name="A-20260102030405123-00001-h.warc.gz.open")) == []


def test_uncompressed_file(tmp_path: Path) -> None:
    path = build(tmp_path, name="plain.warc", gzip_records=False)
    assert check_warc(path, require_gzip=False) == []
    assert check_warc(path) == ["file is not gzip-compressed (expected one gzip member per record)"]


def test_server_not_modified_revisit_may_keep_the_304(tmp_path: Path) -> None:
    def add(b: WarcBuilder) -> None:
        head = b"HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n"
        b.raw(hand_record([
            ("WARC-Type", "revisit"), ("WARC-Record-ID", new_id()), ("WARC-Date", LATER),
            ("WARC-Target-URI", URI), ("WARC-Warcinfo-ID", b.warcinfo_id),
            ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified"),
            ("WARC-Refers-To", b.response_id), ("WARC-Refers-To-Date", DATE),
            ("Content-Type", "application/http;msgtype=response"), ("Content-Length", str(len(head))),
        ], head))

    assert check_warc(build(tmp_path, add)) == []


# --------------------------------------------------------------------------- one violation each


def test_missing_warc_date(tmp_path: Path) -> None:
    def add(b: WarcBuilder) -> None:
        b.raw(hand_record([
            ("WARC-Type", "resource"), ("WARC-Record-ID", new_id()), ("WARC-Target-URI", "urn:x:1"),
            ("WARC-Warcinfo-ID", b.warcinfo_id), ("Content-Type", "text/plain"), ("Content-Length", "2"),
        ], b"hi"))

    only_violation(build(tmp_path, add), "missing mandatory field WARC-Date")


def test_payload_digest_on_metadata_as_warcio_writes_it(tmp_path: Path) -> None:
    def add(b: WarcBuilder) -> None:
        b.metadata(b.response_id, writer=WARCWriter(b.fh, gzip=True, warc_version="1.1"))

    only_violation(build(tmp_path, add), "WARC-Payload-Digest is not allowed on metadata records")


def test_dangling_concurrent_to(tmp_path: Path) -> None:
    elsewhere = new_id()
    path = build(tmp_path, lambda b: b.metadata(elsewhere))
    only_violation(path, f"WARC-Concurrent-To {elsewhere} names no record in the file")
    assert check_warc(path, known_ids={elsewhere}) == []


def test_revisit_with_headers_but_no_truncated(tmp_path: Path) -> None:
    path = build(tmp_path, lambda b: b.revisit(keep_headers=True, truncated=None))
    only_violation(path, "revisit keeps a block (headers) but lacks WARC-Truncated: length")


def test_warcinfo_with_wrong_filename(tmp_path: Path) -> None:
    path = tmp_path / "right-name.warc.gz"
    with path.open("wb") as fh:
        write_valid(WarcBuilder(fh), "wrong-name.warc.gz")
    only_violation(path, "WARC-Filename is 'wrong-name.warc.gz', expected 'right-name.warc.gz'")


def test_warc_1_0_version_line(tmp_path: Path) -> None:
    def add(b: WarcBuilder) -> None:
        b.resource(writer=ProjectWriter(b.fh, gzip=True, warc_version="1.0"))

    only_violation(build(tmp_path, add), "version line is 'WARC/1.0', expected 'WARC/1.1'")


def test_whole_file_gzip(tmp_path: Path) -> None:
    plain = build(tmp_path, name="whole.warc.gz", gzip_records=False)
    plain.write_bytes(gzip.compress(plain.read_bytes(), mtime=0))
    problems = check_warc(plain)
    assert any("gzip member continues past the end of the record" in p for p in problems), problems
    assert any("non-chunked gzip" in p for p in problems), problems
    with pytest.raises(AssertionError, match="non-chunked gzip"):
        check_with_warcio(plain)


def test_uncompressed_record_in_gzip_file(tmp_path: Path) -> None:
    def add(b: WarcBuilder) -> None:
        b.raw(hand_record([
            ("WARC-Type", "resource"), ("WARC-Record-ID", new_id()), ("WARC-Date", DATE),
            ("WARC-Target-URI", "urn:x:1"), ("WARC-Warcinfo-ID", b.warcinfo_id),
            ("Content-Type", "text/plain"), ("Content-Length", "2"),
        ], b"hi"), compress=False)

    only_violation(build(tmp_path, add), "does not start a gzip member")


@pytest.mark.parametrize(
    ("overrides", "extra", "expected"),
    [
        ({}, [("WARC-Date", DATE)], "field warc-date is repeated 2 times"),
        ({"WARC-Date": "2026-01-02T03:04:05"}, [], "is not a UTC W3C-DTF date ending in Z"),
        ({"WARC-Date": "2026-13-02T03:04:05Z"}, [], "is not a UTC W3C-DTF date ending in Z"),
        ({"WARC-Type": "snapshot"}, [], "is not one of the eight"),
        ({"WARC-Record-ID": "<http://example.com/1>"}, [], "is not <urn:uuid:...>"),
        ({"Content-Type": None}, [], "Content-Type is missing"),
        ({"WARC-Warcinfo-ID": None}, [], "missing WARC-Warcinfo-ID"),
        ({"WARC-Target-URI": "<urn:x:1>"}, [], "must be a bare URI"),
        ({"Content-Length": "5"}, [], "wrong Content-Length?"),
        ({}, [("WARC-Truncated", "size")], "WARC-Truncated 'size' is not one of"),
        ({}, [("WARC-Refers-To-Date", DATE)], "WARC-Refers-To-Date is not allowed on resource records"),
        ({}, [("WARC-IP-Address", "127.0.0.1"), ("X-Folded", "a\r\n b")], "folded (multi-line) header"),
    ],
)
def test_hand_written_resource_violations(
    tmp_path: Path, overrides: dict[str, str | None], extra: list[tuple[str, str]], expected: str
) -> None:
    def add(b: WarcBuilder) -> None:
        fields: dict[str, str | None] = {
            "WARC-Type": "resource", "WARC-Record-ID": new_id(), "WARC-Date": DATE,
            "WARC-Target-URI": "urn:x:1", "WARC-Warcinfo-ID": b.warcinfo_id,
            "Content-Type": "text/plain", "Content-Length": "2",
        }
        fields.update(overrides)
        lines = [(name, value) for name, value in fields.items() if value is not None]
        b.raw(hand_record(lines + extra, b"hi"))

    only_violation(build(tmp_path, add), expected)


def test_concurrent_records_with_different_dates(tmp_path: Path) -> None:
    path = build(tmp_path, lambda b: b.metadata(b.response_id, date=LATER))
    only_violation(path, "differs from concurrent record")


def test_target_uri_on_warcinfo_and_missing_on_response(tmp_path: Path) -> None:
    path = tmp_path / "t.warc.gz"
    with path.open("wb") as fh:
        b = WarcBuilder(fh)
        block = b"software: x\r\n\r\n"
        b.raw(hand_record([
            ("WARC-Type", "warcinfo"), ("WARC-Record-ID", info := new_id()), ("WARC-Date", DATE),
            ("WARC-Filename", "t.warc.gz"), ("WARC-Target-URI", URI),
            ("Content-Type", "application/warc-fields"), ("Content-Length", str(len(block))),
        ], block))
        head = b"HTTP/1.1 200 OK\r\n\r\n"
        b.raw(hand_record([
            ("WARC-Type", "response"), ("WARC-Record-ID", new_id()), ("WARC-Date", DATE),
            ("WARC-Warcinfo-ID", info), ("Content-Type", "application/http;msgtype=response"),
            ("Content-Length", str(len(head))),
        ], head))
    problems = check_warc(path)
    assert len(problems) == 2, problems
    assert "WARC-Target-URI is not allowed on warcinfo records" in problems[0]
    assert "WARC-Target-URI is required on response records" in problems[1]


def test_http_response_needs_msgtype_content_type(tmp_path: Path) -> None:
    def add(b: WarcBuilder) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
        b.raw(hand_record([
            ("WARC-Type", "response"), ("WARC-Record-ID", new_id()), ("WARC-Date", DATE),
            ("WARC-Target-URI", URI), ("WARC-Warcinfo-ID", b.warcinfo_id),
            ("Content-Type", "message/http"), ("Content-Length", str(len(head))),
        ], head))

    only_violation(build(tmp_path, add), "expected application/http;msgtype=response")


def test_identical_payload_revisit_needs_payload_digest(tmp_path: Path) -> None:
    def add(b: WarcBuilder) -> None:
        b.raw(hand_record([
            ("WARC-Type", "revisit"), ("WARC-Record-ID", new_id()), ("WARC-Date", LATER),
            ("WARC-Target-URI", URI), ("WARC-Warcinfo-ID", b.warcinfo_id), ("WARC-Profile", IDENTICAL),
            ("WARC-Refers-To", b.response_id), ("Content-Length", "0"),
        ]))

    only_violation(build(tmp_path, add), "identical-payload-digest revisit without WARC-Payload-Digest")


def test_first_record_must_be_warcinfo(tmp_path: Path) -> None:
    path = tmp_path / "nowarcinfo.warc.gz"
    with path.open("wb") as fh:
        b = WarcBuilder(fh)
        b.raw(hand_record([
            ("WARC-Type", "resource"), ("WARC-Record-ID", new_id()), ("WARC-Date", DATE),
            ("WARC-Target-URI", "urn:x:1"), ("Content-Type", "text/plain"), ("Content-Length", "2"),
        ], b"hi"))
    problems = check_warc(path)
    assert any("first record is 'resource', expected warcinfo" in p for p in problems), problems
    assert any("missing WARC-Warcinfo-ID" in p for p in problems), problems


# --------------------------------------------------------------------------- external tools


def test_check_with_warcio_reports_digest_failures(tmp_path: Path) -> None:
    def add(b: WarcBuilder) -> None:
        b.raw(hand_record([
            ("WARC-Type", "resource"), ("WARC-Record-ID", new_id()), ("WARC-Date", DATE),
            ("WARC-Target-URI", "urn:x:1"), ("WARC-Warcinfo-ID", b.warcinfo_id),
            ("WARC-Block-Digest", "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            ("Content-Type", "text/plain"), ("Content-Length", "2"),
        ], b"hi"))

    path = build(tmp_path, add)
    assert check_warc(path) == []  # structure is fine; only the digest is wrong
    with pytest.raises(AssertionError, match="block digest failed"):
        check_with_warcio(path)


def test_cdxj_offsets_match_record_offsets(tmp_path: Path) -> None:
    path = build(tmp_path)
    with path.open("rb") as fh:
        iterator = ArchiveIterator(fh)
        offsets = {
            record.rec_type: str(iterator.get_record_offset())
            for record in iterator
            if record.rec_type in ("response", "resource")
        }
    lines = cdxj_offsets(path)
    by_url = {(line["url"], line["mime"]): line for line in lines}
    response = by_url[(URI, "text/html")]
    assert response["urlkey"] == "com,example)/article"
    assert response["ts"] == "20260102030405"
    assert response["offset"] == offsets["response"]
    assert response["status"] == "200"
    assert by_url[(f"urn:provenance:{URI}", "application/json")]["offset"] == offsets["resource"]
    assert [line["mime"] for line in lines].count("warc/revisit") == 2
    all_records = cdxj_offsets(path, records="all")
    assert len(all_records) == len(lines) + 3  # + warcinfo, request, warc-fields metadata
