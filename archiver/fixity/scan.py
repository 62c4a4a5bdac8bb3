"""Read a per-record-gzip WARC member by member, recomputing each record's block and payload digests.

Streaming: each gzip member is inflated in bounded pieces (``archiver.warc.members``) and fed to a
``_RecordCheck``, which parses the WARC header, hashes the block (``Content-Length`` bytes) and, when the
record declares a ``WARC-Payload-Digest``, the payload (for ``application/http`` blocks: what follows the HTTP header;
otherwise the block). Revisits declare the digest of a payload they do not hold, so theirs is not
recomputed. A corrupt member is reported at its offset and reading resumes at the next gzip header.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from archiver.warc.members import GzipMembers, TruncatedMember, find_next_member

MAX_HEADER = 1024 * 1024
MAX_HTTP_HEADER = 16 * 1024 * 1024


@dataclass
class ScannedRecord:
    offset: int
    length: int = 0
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    problems: list[str] = field(default_factory=list)
    payload_sha256: str | None = None  # recomputed, hex

    @property
    def record_id(self) -> str | None:
        return self.headers.get("warc-record-id")

    @property
    def rec_type(self) -> str | None:
        return self.headers.get("warc-type")


def _hasher(labelled: str | None) -> Any:
    label = (labelled or "sha256:").split(":", 1)[0].lower().replace("-", "")
    try:
        return hashlib.new(label)
    except ValueError:
        return hashlib.sha256()


def _matches(labelled: str, hasher: Any) -> bool:
    value = labelled.split(":", 1)[-1].strip()
    digest = hasher.digest()
    return value.lower() == digest.hex() or value.upper().rstrip("=") == base64.b32encode(digest).decode().rstrip("=")


class _RecordCheck:
    """Fed the inflated bytes of one member; ``finish`` checks framing and digests."""

    def __init__(self, record: ScannedRecord) -> None:
        self.record = record
        self.head = bytearray()
        self.remaining = -1  # block bytes still expected; -1 until the header is parsed
        self.trailer = bytearray()
        self.block: Any = None
        self.payload: Any = None
        self.http_head: bytearray | None = None  # collecting the HTTP header before the payload

    def feed(self, data: bytes) -> None:
        if self.remaining < 0:
            self.head += data
            end = self.head.find(b"\r\n\r\n")
            if end < 0:
                if len(self.head) > MAX_HEADER:
                    raise ValueError("no end of WARC header in the first MiB")
                return
            data = bytes(self.head[end + 4:])
            self._parse_header(bytes(self.head[:end]))
        take = data[: self.remaining]
        if take:
            self.remaining -= len(take)
            self.block.update(take)
            self._feed_payload(take)
        if len(take) < len(data) and len(self.trailer) < 16:
            self.trailer += data[len(take):][:16]

    def _parse_header(self, raw: bytes) -> None:
        lines = raw.decode("utf-8", errors="replace").split("\r\n")
        if not lines[0].startswith("WARC/"):
            raise ValueError("member does not start with a WARC record")
        for line in lines[1:]:
            name, _, value = line.partition(":")
            self.record.headers[name.strip().lower()] = value.strip()
        headers = self.record.headers
        try:
            self.remaining = int(headers.get("content-length", ""))
        except ValueError as exc:
            raise ValueError("no valid Content-Length") from exc
        self.block = _hasher(headers.get("warc-block-digest"))
        if "warc-payload-digest" in headers and headers.get("warc-type") != "revisit":
            self.payload = _hasher(headers["warc-payload-digest"])
            if headers.get("content-type", "").lower().startswith("application/http"):
                self.http_head = bytearray()

    def _feed_payload(self, data: bytes) -> None:
        if self.payload is None:
            return
        if self.http_head is not None:
            start = max(0, len(self.http_head) - 3)
            self.http_head += data
            end = self.http_head.find(b"\r\n\r\n", start)
            if end < 0:
                if len(self.http_head) > MAX_HTTP_HEADER:
                    raise ValueError("no end of HTTP header in the first 16 MiB")
                return
            data = bytes(self.http_head[end + 4:])
            self.http_head = None
        self.payload.update(data)

    def finish(self) -> None:
        record, headers = self.record, self.record.headers
        if self.remaining < 0:
            raise ValueError("member ends inside the WARC header")
        if self.remaining > 0:
            record.problems.append(f"block is {self.remaining} bytes shorter than its Content-Length")
        elif bytes(self.trailer[:4]) != b"\r\n\r\n":
            record.problems.append("record does not end with CRLF CRLF after its block")
        elif len(self.trailer) > 4:
            record.problems.append("more data after the record in its gzip member")
        if "warc-record-id" not in headers:
            record.problems.append("no WARC-Record-ID")
        declared = headers.get("warc-block-digest")
        if declared and not _matches(declared, self.block):
            record.problems.append(f"block digest mismatch: header {declared}, computed {self._show(self.block)}")
        if self.payload is not None:
            declared = headers["warc-payload-digest"]
            if self.http_head is not None:
                record.problems.append("no end of HTTP header in the block, payload digest not checkable")
            else:
                if self.payload.name == "sha256":
                    record.payload_sha256 = self.payload.hexdigest()
                if not _matches(declared, self.payload):
                    record.problems.append(
                        f"payload digest mismatch: header {declared}, computed {self._show(self.payload)}")

    @staticmethod
    def _show(hasher: Any) -> str:
        return f"{hasher.name}:{hasher.hexdigest()}"


def iter_scanned(handle: BinaryIO, in_progress: bool = False) -> Iterator[ScannedRecord]:
    """Every record of the file with its problems; a corrupt stretch is one record with a problem.

    in_progress: the file is still being written, so a last member cut short is not a problem.
    """
    members = GzipMembers(handle)
    quiet = False
    while not members.at_end():
        record = ScannedRecord(members.offset)
        check = _RecordCheck(record)
        try:
            for piece in members.inflate():
                check.feed(piece)
            check.finish()
        except TruncatedMember as exc:
            if in_progress:
                return
            error: Exception = exc
        except (zlib.error, ValueError) as exc:
            error = exc
        else:
            quiet = False
            record.length = members.offset - record.offset
            yield record
            continue
        if not quiet:
            record.problems.append(f"unreadable record ({error})")
            yield record
        quiet = True  # until a member reads cleanly, further failures are the same damage
        resume = find_next_member(handle, record.offset + 1)
        if resume is None:
            return
        members.seek(resume)
