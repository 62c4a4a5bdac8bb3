"""CDXJ index lines for WARC files, the same as ``cdxj-indexer`` writes (pywb and WACZ read them).

``<SURT> <14-digit timestamp> <JSON>`` with url, mime, status, digest, length, offset, filename (strings,
as cdxj-indexer and pywb write them), sorted by byte value with repeated lines dropped.

Which records: response, revisit, resource and metadata, except warc-fields blocks (cdxj-indexer's
default). So our JSON metadata records on ``urn:provenance:<url>`` and ``urn:telegram:...`` targets are
indexed too, under their own ``urn:`` keys: they never shadow the page they describe, and replay tools
can fetch a capture's provenance by its URN. A record without WARC-Payload-Digest (our metadata) gets the
SHA-1 (Base32) of its block, as cdxj-indexer computes it.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.timeutils import iso_date_to_timestamp

from archiver.index.keys import url_key

INDEXED_TYPES = ("response", "revisit", "resource", "metadata")
NO_DIGEST_TYPES = ("warcinfo", "revisit")  # warcio computes no payload digest for these
SORT_BUFFER = 32 * 1024 * 1024
_MIME_END = re.compile(r"[;\s]")



def _mime(record: ArcWarcRecord) -> str | None:
    if record.rec_type == "revisit":
        return "warc/revisit"
    if record.rec_type in ("response", "request"):
        value = record.http_headers.get_header("Content-Type") if record.http_headers else None
    else:
        value = record.rec_headers.get_header("Content-Type")
    return _MIME_END.split(value, 1)[0].strip() if value else value


def _digest(record: ArcWarcRecord) -> str | None:
    value: str | None = record.rec_headers.get_header("WARC-Payload-Digest")
    if value or record.rec_type in NO_DIGEST_TYPES:
        return value
    sha1 = hashlib.sha1()
    while chunk := record.raw_stream.read(256 * 1024):
        sha1.update(chunk)
    return "sha1:" + base64.b32encode(sha1.digest()).decode("ascii")


def iter_cdxj(path: Path, filename: str) -> Iterator[str]:
    """One CDXJ line per indexed record of the WARC at path, in file order."""
    with open(path, "rb") as handle:
        iterator = ArchiveIterator(handle, arc2warc=True)
        for record in iterator:
            if record.rec_type not in INDEXED_TYPES or (
                record.rec_type in ("resource", "metadata")
                and record.rec_headers.get_header("Content-Type") == "application/warc-fields"
            ):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            fields = {"url": url, "mime": _mime(record)}
            if record.rec_type in ("response", "revisit") and record.http_headers:
                fields["status"] = record.http_headers.get_statuscode()
            fields["digest"] = _digest(record)
            fields["length"] = str(iterator.get_record_length())
            fields["offset"] = str(iterator.get_record_offset())
            fields["filename"] = filename
            data = {key: value for key, value in fields.items() if value is not None}
            timestamp = iso_date_to_timestamp(record.rec_headers.get_header("WARC-Date"))
            yield f"{url_key(url)} {timestamp} {json.dumps(data)}\n"


def _spill(lines: list[str]) -> str:
    lines.sort()
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".cdxj", delete=False) as out:
        out.writelines(lines)
    return out.name


def iter_sorted(lines: Iterable[str], buffer: int = SORT_BUFFER) -> Iterator[str]:
    """lines sorted by code point (= UTF-8 byte order), repeats dropped; spills to temp files past buffer."""
    chunk: list[str] = []
    size = 0
    spills: list[str] = []
    try:
        for line in lines:
            chunk.append(line)
            size += len(line)
            if size > buffer:
                spills.append(_spill(chunk))
                chunk, size = [], 0
        chunk.sort()
        with ExitStack() as stack:
            files = [stack.enter_context(open(name, encoding="utf-8")) for name in spills]
            previous = None
            for line in heapq.merge(chunk, *files):
                if line != previous:
                    yield line
                previous = line
    finally:
        for name in spills:
            os.unlink(name)


def closed_warcs(archive_dir: Path) -> list[Path]:
    """The archive's closed WARC files (``.open`` ones are still being written)."""
    return sorted((archive_dir / "warcs").glob("*.warc.gz"))


def write_cdxj(paths: Iterable[Path], out: IO[str]) -> int:
    """Write the sorted CDXJ of the WARC files (filename = base name, as cdxj-indexer); returns lines."""
    count = 0
    for line in iter_sorted(line for path in paths for line in iter_cdxj(path, path.name)):
        out.write(line)
        count += 1
    return count
