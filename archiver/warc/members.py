"""Walk the gzip members of a per-record-gzip WARC file: the one place that finds record boundaries.

Each member is inflated in bounded pieces (``inflate_size`` bytes of output at a time, so a gzip bomb
never sits in memory) and the member's end is taken from ``unused_data`` alone. ``unconsumed_tail`` is
not used for that: when a length-limited ``decompress`` call reaches the end of a member, CPython leaves
the bytes after it in *both* attributes, and counting both cut records that inflate past one window.

Reads are buffered: what follows a member in the last read is kept for the next one, so a file of many
small records is read once, not once per member.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

READ = 256 * 1024
INFLATE = 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b\x08"


class TruncatedMember(ValueError):
    """The file ends inside a gzip member."""


class GzipMembers:
    """The gzip members of ``handle`` from ``start`` on, one at a time.

    ``offset`` is where the next member starts; ``inflate()`` yields that member's inflated bytes and, once
    it has yielded the last of them, moves ``offset`` past the member. A corrupt member raises
    ``zlib.error`` (or ``TruncatedMember`` when the file ends inside it); call ``seek`` to go on elsewhere.
    """

    def __init__(self, handle: BinaryIO, start: int = 0, read_size: int = READ, inflate_size: int = INFLATE) -> None:
        self._handle = handle
        self._read_size = read_size
        self._inflate_size = inflate_size
        self.seek(start)

    def seek(self, offset: int) -> None:
        """Go on from ``offset``, dropping whatever was buffered."""
        self._handle.seek(offset)
        self.offset = offset
        self._pending = b""  # bytes of the file from self.offset on, already read

    def at_end(self) -> bool:
        """True when nothing follows ``offset`` in the file."""
        if not self._pending:
            self._pending = self._handle.read(self._read_size)
        return not self._pending

    def inflate(self) -> Iterator[bytes]:
        """The inflated bytes of the member at ``offset``, in pieces of at most ``inflate_size``."""
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        data = self._pending
        self._pending = b""
        read_end = self.offset + len(data)  # file offset just past the last byte read so far
        while True:
            if not data:
                out = inflater.decompress(b"", self._inflate_size)  # output zlib still holds from earlier input
                if not out and not inflater.eof:
                    data = self._handle.read(self._read_size)
                    if not data:
                        raise TruncatedMember("the file ends inside this gzip member")
                    read_end += len(data)
                    continue
            else:
                out = inflater.decompress(data, self._inflate_size)
                data = inflater.unconsumed_tail
            if inflater.eof:
                # The input handed to zlib always ends at read_end, and at the end of a member unused_data
                # holds exactly what follows it (unconsumed_tail may hold the same bytes again: ignore it).
                rest = inflater.unused_data
                self.offset = read_end - len(rest)
                self._pending = rest
                if out:
                    yield out
                return
            if out:
                yield out


def find_next_member(handle: BinaryIO, after: int, read_size: int = READ) -> int | None:
    """Offset of the next gzip member header at or after byte ``after``, or None."""
    position = after
    handle.seek(position)
    carry = b""
    while chunk := handle.read(read_size):
        data = carry + chunk
        found = data.find(GZIP_MAGIC)
        if found >= 0:
            return position - len(carry) + found
        carry = data[-(len(GZIP_MAGIC) - 1):]
        position += len(chunk)
    return None
