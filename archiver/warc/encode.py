"""Serialise records as per-record gzip members at a chosen level, off the file writer's lock.

warcio hard-codes gzip level 9, the throughput bottleneck; here each worker compresses its own
records (zlib releases the GIL, so workers use every core) into a spooled file, and the store only
copies finished bytes into the WARC.
"""

from __future__ import annotations

import tempfile
import zlib
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator

from warcio.recordloader import ArcWarcRecord
from warcio.warcwriter import WARCWriter

from archiver.warc.records import HexDigester, RecordFactory

SPOOL_IN_MEMORY = 2 * 1024 * 1024


class _GzipMember:
    """File-like that gzips everything written until flush(), which ends the member."""

    def __init__(self, out: BinaryIO, level: int) -> None:
        self.out = out
        self.compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)

    def write(self, data: bytes) -> None:
        self.out.write(self.compressor.compress(data))

    def flush(self) -> None:
        self.out.write(self.compressor.flush())


class _Writer(WARCWriter):
    # Same digest rules as RecordFactory: warcio would add sha1 payload digests to metadata records.
    NO_PAYLOAD_DIGEST_TYPES = RecordFactory.NO_PAYLOAD_DIGEST_TYPES

    @staticmethod
    def _create_digester() -> HexDigester:  # type: ignore[override]
        return HexDigester("sha256")


@dataclass
class EncodedGroup:
    """Gzip members for the records of one capture, ready to be appended in one piece."""

    spool: BinaryIO
    members: list[tuple[str, str, int]] = field(default_factory=list)  # (record id, type, length)

    @property
    def size(self) -> int:
        return sum(length for _, _, length in self.members)

    def iter_chunks(self, size: int = 1024 * 1024) -> Iterator[bytes]:
        self.spool.seek(0)
        while chunk := self.spool.read(size):
            yield chunk

    def close(self) -> None:
        self.spool.close()


def encode_records(records: list[ArcWarcRecord], level: int) -> EncodedGroup:
    group = EncodedGroup(tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY))
    for record in records:
        start = group.spool.tell()
        member = _GzipMember(group.spool, level)
        writer = _Writer(member, gzip=False, warc_version="1.1")
        writer._write_warc_record(member, record)  # ends with member.flush()
        group.members.append(
            (record.rec_headers.get_header("WARC-Record-ID"), record.rec_type, group.spool.tell() - start)
        )
    return group
