"""Serialise records as per-record gzip members at a chosen level, off the file writer's lock.

warcio's writer hard-codes gzip level 9, reads every body twice in 16 KB steps (once for the block
digest, once to write) and calls zlib per step. Here each capture worker serialises its own records:
the block digest in one C-level pass over the body (in place when the body is in memory), then the
record compressed in a few large zlib calls, which release the GIL, so workers compress on every
core at once. The store then only copies finished bytes into the WARC under its lock.

Record fields come out as warcio would write them (same order: WARC-Block-Digest added last, then
Content-Type and Content-Length set), so readers see no difference.

If the optional ``zlib-ng`` package is installed, its drop-in zlib does the deflating: the same gzip
members, about twice as fast level for level (level 6: ~55 MB/s per core instead of ~25 on sample HTML;
output 1-7 % larger than zlib's at the same level). Without it, the standard library's zlib is used.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from collections.abc import Generator
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from warcio.recordloader import ArcWarcRecord

try:
    from zlib_ng import (
        zlib_ng as zlib,  # optional accelerator, same API and output format
    )
except ImportError:
    import zlib  # type: ignore[no-redef]

DEFLATE = zlib.__name__  # which implementation compresses records (shown by the benchmark)

SPOOL_IN_MEMORY = 2 * 1024 * 1024  # compressed output of one capture kept in memory up to this
STEP = 1024 * 1024  # bytes per read and per zlib call for bodies not held in memory


@dataclass
class EncodedGroup:
    """Gzip members for the records of one capture, ready to be appended in one piece."""

    spool: BinaryIO
    members: list[tuple[str, str, int]] = field(default_factory=list)  # (record id, type, length)

    @property
    def size(self) -> int:
        return sum(length for _, _, length in self.members)

    def copy_to(self, out: BinaryIO) -> None:
        with closing(_iter_payload(self.spool, 0, self.size)) as pieces:
            for piece in pieces:
                out.write(piece)

    def close(self) -> None:
        self.spool.close()


def _memory_file(stream: BinaryIO) -> io.BytesIO | None:
    """The BytesIO holding stream's bytes (itself, or a SpooledTemporaryFile's before it rolls over)."""
    if isinstance(stream, tempfile.SpooledTemporaryFile):
        stream = getattr(stream, "_file", None)  # type: ignore[assignment]
    return stream if isinstance(stream, io.BytesIO) else None


def _iter_payload(
    stream: BinaryIO, start: int, length: int, step: int = STEP
) -> Generator[bytes | memoryview, None, None]:
    """length bytes of stream from start: one view in place when in memory, else step-sized reads."""
    memory = _memory_file(stream)
    if memory is not None:
        with memory.getbuffer() as whole, whole[start : start + length] as piece:
            yield piece  # released when the consumer is done, so the BytesIO can be closed
        return
    stream.seek(start)
    remaining = length
    while remaining > 0:
        chunk = stream.read(min(step, remaining))
        if not chunk:
            return
        remaining -= len(chunk)
        yield chunk


def _headers_buffer(record: ArcWarcRecord) -> bytes:
    if not record.http_headers:
        return b""
    if record.http_headers.headers_buff is None:
        record.http_headers.compute_headers_buffer(None)  # %-encodes non-ASCII values, as warcio does
    return bytes(record.http_headers.headers_buff)


def encode_record(record: ArcWarcRecord, out: BinaryIO, level: int) -> int:
    """Write record to out as one gzip member; return the member's length."""
    headers_buff = _headers_buffer(record)
    headers_only = record.rec_type == "revisit"
    stream = record.raw_stream
    start = stream.tell()
    payload_length = 0 if headers_only else int(record.payload_length if record.payload_length is not None else 0)
    rec_headers = record.rec_headers
    if not rec_headers.get_header("WARC-Block-Digest"):
        block = hashlib.sha256(headers_buff)
        with closing(_iter_payload(stream, start, payload_length)) as pieces:
            for piece in pieces:
                block.update(piece)
        rec_headers.add_header("WARC-Block-Digest", f"sha256:{block.hexdigest()}")
    if record.content_type is not None:
        rec_headers.replace_header("Content-Type", record.content_type)
    record.length = len(headers_buff) + payload_length
    rec_headers.replace_header("Content-Length", str(record.length))

    head = rec_headers.to_bytes(encoding="utf-8") + headers_buff
    compressor = _compressor(level, len(head) + payload_length + 4)
    written = out.write(compressor.compress(head))
    with closing(_iter_payload(stream, start, payload_length)) as pieces:
        for piece in pieces:
            written += out.write(compressor.compress(piece))
    written += out.write(compressor.compress(b"\r\n\r\n"))
    written += out.write(compressor.flush())
    stream.seek(start)  # so the group can be encoded again (store.append after a rotation)
    return written


def _compressor(level: int, size: int) -> Any:
    """A gzip compressor with a window no larger than the data: it compresses as well as a 32 KB window
    (no match can reach further back than the data goes), but for a small record it is set up in ~8 us
    instead of ~60 us (zlib allocates and clears ~256 KB for the full window and hash table)."""
    window = min(max(size.bit_length(), 9), zlib.MAX_WBITS)
    return zlib.compressobj(level, zlib.DEFLATED, window + 16, min(max(window - 7, 1), 8))


def encode_records(records: list[ArcWarcRecord], level: int) -> EncodedGroup:
    group = EncodedGroup(tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY))  # type: ignore[arg-type]
    for record in records:
        length = encode_record(record, group.spool, level)
        group.members.append((record.rec_headers.get_header("WARC-Record-ID"), record.rec_type, length))
    return group
