"""Undo a body's Content-Encoding for parsing, with a hard cap so a gzip bomb cannot inflate."""

from __future__ import annotations

import zlib
from typing import BinaryIO

DEFAULT_LIMIT = 20 * 1024 * 1024


def decode_body(stream: BinaryIO, content_encoding: str | None, limit: int = DEFAULT_LIMIT) -> bytes:
    """At most limit bytes of the decoded body; unknown or broken encodings give what could be decoded."""
    stream.seek(0)
    encoding = (content_encoding or "").strip().lower()
    if encoding in ("", "identity"):
        return stream.read(limit)
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    else:
        return b""
    out = bytearray()
    try:
        while len(out) < limit:
            data = inflater.unconsumed_tail or stream.read(64 * 1024)
            if not data:
                break
            out += inflater.decompress(data, limit - len(out))
            if inflater.eof:
                break
    except zlib.error:
        pass
    return bytes(out[:limit])
