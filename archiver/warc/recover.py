"""Close WARC files that a killed process left ``.open``: cut back to the last complete record.

A file is stale when nobody holds its lock (the writer keeps an exclusive flock while it writes).
Each gzip member must inflate completely and hold exactly one WARC record whose block length matches
its Content-Length; the file is truncated after the last such member and renamed to its final name.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from archiver.warc.members import GzipMembers, TruncatedMember

OPEN_SUFFIX = ".open"
log = logging.getLogger(__name__)
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)\r\n", re.IGNORECASE)
_HEAD = 65536  # the WARC header must lie within the first 64 KiB inflated


@dataclass(frozen=True)
class Recovered:
    path: Path  # final path (or the removed .open path when nothing was complete)
    kept_bytes: int
    cut_bytes: int
    removed: bool


def complete_prefix(handle: BinaryIO) -> int:
    """Length of the longest prefix made of complete per-record gzip WARC members."""
    members = GzipMembers(handle)
    while not members.at_end():
        start = members.offset
        try:
            complete = _is_complete_record(members.inflate())
        except (zlib.error, TruncatedMember):
            return start
        if not complete:
            return start
    return members.offset


def _is_complete_record(pieces: Iterator[bytes]) -> bool:
    """One WARC record: inflated, its header, Content-Length bytes of block and the closing CRLF CRLF."""
    head = b""
    produced = 0
    for piece in pieces:
        produced += len(piece)
        if len(head) < _HEAD:
            head += piece[: _HEAD - len(head)]
    if not head.startswith(b"WARC/"):
        return False
    split = head.find(b"\r\n\r\n")
    match = _CONTENT_LENGTH.search(head[: split + 2]) if split >= 0 else None
    return match is not None and produced == split + 4 + int(match.group(1)) + 4


def recover_directory(directory: Path) -> list[Recovered]:
    """Close every stale ``.open`` file of directory. One that cannot be read or renamed is left as it is,
    with a warning: the archive must still open for every command (nothing else depends on that file)."""
    results: list[Recovered] = []
    if not directory.is_dir():
        return results
    for path in sorted(directory.glob("*" + OPEN_SUFFIX)):
        try:
            recovered = _recover(path)
        except OSError as exc:
            log.warning("left %s as it is: %s", path.name, exc.strerror or exc)
            continue
        if recovered is not None:
            results.append(recovered)
    return results


def _recover(path: Path) -> Recovered | None:
    try:
        handle = open(path, "r+b")
    except FileNotFoundError:
        return None  # closed by its writer meanwhile
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None  # a live writer holds it
        if not path.exists():
            return None  # renamed by its writer between open and lock
        total = os.fstat(handle.fileno()).st_size
        keep = complete_prefix(handle)
        final = path.with_name(path.name[: -len(OPEN_SUFFIX)])
        if keep == 0:
            path.unlink()
            return Recovered(path, 0, total, True)
        handle.truncate(keep)
        handle.flush()
        os.fsync(handle.fileno())
        os.rename(path, final)
        return Recovered(final, keep, total - keep, False)
