"""Serialise records as per-record gzip members at a chosen level, off the file writer's lock.

warcio's writer hard-codes gzip level 9, reads every body twice in 16 KB steps (once for the block
digest, once to write) and calls zlib per step. Here each capture worker serialises its own records:
the block digest in one C-level pass over the body (in place when the body is in memory), then the
record compressed in one or a few large calls, which release the GIL, so workers compress on every
core at once. The store then only copies finished bytes into the WARC under its lock.

The WARC header is written here from the record's fields (archiver.warc.records), then
WARC-Block-Digest, Content-Type and Content-Length, as warcio writes them, so readers see no difference.
A group whose bodies are all in memory is compressed into memory; one with a body on disk (over
http.SPOOL_IN_MEMORY) is compressed into a spool file, so memory stays flat for any body size.

Deflating is most of a capture's CPU, so it goes to the fastest implementation that writes standard
gzip: a record held wholly in memory (no body, or one under http.SPOOL_IN_MEMORY) is compressed in one
call by libdeflate (the ``deflate`` package), which needs its whole input at once and, on sample HTML,
is about 2.5x faster than zlib at the same level with slightly smaller output (level 6: 0.67 ms per
50 KB page against zlib's 1.6 and zlib-ng's 0.86). Small records (requests, metadata) go to it too:
on their own zlib-ng sets up faster, but between two pages' deflates, with its code and tables out of
the CPU caches, it took 58 us for a 1 KB record against libdeflate's 32 (65-80 against ~52 per
request or metadata record in a batch). A record whose body is on disk is streamed through zlib-ng's
drop-in zlib (or the standard library's), so memory stays flat for any body size.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from collections.abc import Generator
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from archiver.warc.records import WARC_VERSION, WarcRecord

try:
    from zlib_ng import (
        zlib_ng as zlib,  # optional accelerator, same API and output format
    )
except ImportError:
    import zlib  # type: ignore[no-redef]
try:
    import deflate as libdeflate  # one-shot gzip for records in memory
except ImportError:
    libdeflate = None  # type: ignore[assignment]

DEFLATE = f"libdeflate, {zlib.__name__} for bodies on disk" if libdeflate else zlib.__name__  # shown by the benchmark

OUTPUT_IN_MEMORY = 2 * 1024 * 1024  # compressed output of a capture with bodies on disk: in memory up to this
STEP = 1024 * 1024  # bytes per read and per zlib call for bodies not held in memory


@dataclass
class EncodedGroup:
    """Gzip members for the records of one capture, ready to be appended in one piece."""

    spool: BinaryIO  # a BytesIO, or a SpooledTemporaryFile when a body is on disk
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


def _block_digest(record: WarcRecord) -> str:
    """sha256 of head + body in one pass: two C calls when the body is in memory."""
    block = hashlib.sha256(record.head)
    if record.body is not None:
        with closing(_iter_payload(record.body, 0, record.body_length)) as pieces:
            for piece in pieces:
                block.update(piece)
    return f"sha256:{block.hexdigest()}"


def _warc_header(record: WarcRecord, block_digest: str) -> bytes:
    lines = "\r\n".join(map(": ".join, record.fields))  # C-level joins: no per-field Python frame
    return (
        f"{WARC_VERSION}\r\n{lines}\r\nWARC-Block-Digest: {block_digest}\r\n"
        f"Content-Type: {record.content_type}\r\nContent-Length: {record.length}\r\n\r\n"
    ).encode()


def encode_record(record: WarcRecord, out: BinaryIO, level: int) -> int:
    """Write record to out as one gzip member; return the member's length."""
    if record.block_digest is None:
        record.block_digest = _block_digest(record)
    head = _warc_header(record, record.block_digest) + record.head
    if libdeflate is not None and record.body is None:
        return out.write(libdeflate.gzip_compress(head + b"\r\n\r\n", level))
    body = None if record.body is None else _memory_file(record.body)
    if libdeflate is not None and body is not None:
        return out.write(libdeflate.gzip_compress(_whole_record(head, body, record.body_length), level))
    compressor = _compressor(level, len(head) + record.body_length + 4)
    written = out.write(compressor.compress(head))
    if record.body is not None:
        with closing(_iter_payload(record.body, 0, record.body_length)) as pieces:
            for piece in pieces:
                written += out.write(compressor.compress(piece))
    written += out.write(compressor.compress(b"\r\n\r\n"))
    written += out.write(compressor.flush())
    return written


def _whole_record(head: bytes, body: io.BytesIO, length: int) -> bytes:
    """head + body + the record's closing CRLF CRLF, in one buffer (one copy of a body in memory)."""
    with body.getbuffer() as whole, whole[:length] as payload:
        return b"".join((head, payload, b"\r\n\r\n"))


def _compressor(level: int, size: int) -> Any:
    """A gzip compressor with a window no larger than the data: it compresses as well as a 32 KB window
    (no match can reach further back than the data goes), but for a small record it is set up in ~8 us
    instead of ~60 us (zlib allocates and clears ~256 KB for the full window and hash table)."""
    window = min(max(size.bit_length(), 9), zlib.MAX_WBITS)
    return zlib.compressobj(level, zlib.DEFLATED, window + 16, min(max(window - 7, 1), 8))


def encode_records(records: list[WarcRecord], level: int) -> EncodedGroup:
    group = EncodedGroup(_output_for(records))
    for record in records:
        length = encode_record(record, group.spool, level)
        group.members.append((record.record_id, record.rec_type, length))
    return group


def _output_for(records: list[WarcRecord]) -> BinaryIO:
    """Memory when every body is in memory (the output is smaller than they are), else a spool to disk."""
    if all(record.body is None or _memory_file(record.body) is not None for record in records):
        return io.BytesIO()
    return tempfile.SpooledTemporaryFile(max_size=OUTPUT_IN_MEMORY)  # type: ignore[return-value]
