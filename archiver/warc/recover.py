"""Close WARC files that a killed process left ``.open``: cut back to the last complete record.

A file is stale when nobody holds its lock (the writer keeps an exclusive flock while it writes).
Each gzip member must inflate completely and hold exactly one WARC record whose block length matches
its Content-Length; the file is truncated after the last such member and renamed to its final name.
"""

from __future__ import annotations

import fcntl
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

OPEN_SUFFIX = ".open"
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)\r\n", re.IGNORECASE)
_READ = 256 * 1024


@dataclass(frozen=True)
class Recovered:
    path: Path  # final path (or the removed .open path when nothing was complete)
    kept_bytes: int
    cut_bytes: int
    removed: bool


def complete_prefix(handle: BinaryIO) -> int:
    """Length of the longest prefix made of complete per-record gzip WARC members."""
    offset = 0
    while True:
        end = _member_end(handle, offset)
        if end is None:
            return offset
        offset = end


def _member_end(handle: BinaryIO, offset: int) -> int | None:
    handle.seek(offset)
    inflater = zlib.decompressobj(zlib.MAX_WBITS + 16)
    head = b""
    produced = 0
    consumed = 0
    while not inflater.eof:
        data = handle.read(_READ)
        if not data:
            return None
        try:
            while data and not inflater.eof:
                out = inflater.decompress(data, _READ)
                produced += len(out)
                if len(head) < 65536:
                    head += out[: 65536 - len(head)]
                data = inflater.unconsumed_tail
        except zlib.error:
            return None
        consumed = handle.tell() - len(inflater.unused_data) - len(data)
    if not head.startswith(b"WARC/"):
        return None
    split = head.find(b"\r\n\r\n")
    match = _CONTENT_LENGTH.search(head[: split + 2]) if split >= 0 else None
    if match is None or produced != split + 4 + int(match.group(1)) + 4:
        return None
    return consumed


def recover_directory(directory: Path) -> list[Recovered]:
    results: list[Recovered] = []
    if not directory.is_dir():
        return results
    for path in sorted(directory.glob("*" + OPEN_SUFFIX)):
        try:
            handle = open(path, "r+b")
        except FileNotFoundError:
            continue  # closed by its writer meanwhile
        with handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live writer holds it
            if not path.exists():
                continue  # renamed by its writer between open and lock
            total = os.fstat(handle.fileno()).st_size
            keep = complete_prefix(handle)
            final = path.with_name(path.name[: -len(OPEN_SUFFIX)])
            if keep == 0:
                path.unlink()
                results.append(Recovered(path, 0, total, True))
                continue
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())
            os.rename(path, final)
            results.append(Recovered(final, keep, total - keep, False))
    return results
