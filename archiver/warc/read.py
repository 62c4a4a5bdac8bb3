"""Read records back by (file, offset): the index's pointers into the WARCs."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from archiver.errors import ArchiveError
from archiver.storage import remote_for
from archiver.warc.store import OPEN_SUFFIX


def warc_path(archive: Path, warc_file: str) -> Path:
    """The file on disk for an index's warc_file (still ``.open`` while its writer runs)."""
    path = archive / warc_file
    if not path.exists() and (open_path := path.with_name(path.name + OPEN_SUFFIX)).exists():
        return open_path
    return path


# What warcio and zlib raise on a damaged or cut-off file (warcio trips on missing fields too).
DAMAGE_ERRORS = (
    ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError, AttributeError, IndexError, KeyError, TypeError,
)


def damaged(warc_file: str, offset: int, exc: BaseException) -> ArchiveError:
    """One line for a record that cannot be read back (the bytes on disk are damaged or cut off)."""
    detail = "".join(c if c.isprintable() else "?" for c in " ".join(str(exc).split()))[:120]
    return ArchiveError(f"cannot read the record at {warc_file} offset {offset}; the file looks damaged "
                        f"({type(exc).__name__}: {detail or 'no detail'})")


def open_at(path: Path, offset: int, length: int | None = None) -> BinaryIO:
    """WARC bytes from offset: the file at path (``ARCHIVE/warcs/NAME``, reading on to its end), or, once
    it moved to remote storage (archiver.storage), one range request for length bytes (or to the end)."""
    try:
        handle = open(path, "rb")
        handle.seek(offset)
        return handle
    except FileNotFoundError as exc:
        if (remote := remote_for(path.parent.parent)) is None:
            raise ArchiveError(f"cannot open {path}: {exc.strerror}") from exc
        return remote.open_at(f"warcs/{path.name.removesuffix(OPEN_SUFFIX)}", offset, length)
    except OSError as exc:
        raise ArchiveError(f"cannot open {path}: {exc.strerror}") from exc


def iter_record_at(archive: Path, warc_file: str, offset: int) -> Iterator[ArcWarcRecord]:
    """Yield the one record at offset (a generator, so the file stays open while it is read).

    A record whose header cannot be parsed raises ArchiveError; reading a damaged body may still raise
    one of DAMAGE_ERRORS, which callers turn into ``damaged(...)``.
    """
    handle = open_at(warc_path(archive, warc_file), offset)
    with handle:
        try:
            record = next(iter(ArchiveIterator(handle)), None)
        except DAMAGE_ERRORS as exc:
            raise damaged(warc_file, offset, exc) from exc
        if record is not None:
            yield record
            return
    raise ArchiveError(f"no record at {warc_file} offset {offset}")


def read_json_record(archive: Path, warc_file: str, offset: int) -> Any:
    for record in iter_record_at(archive, warc_file, offset):
        try:
            block = record.content_stream().read()
        except DAMAGE_ERRORS as exc:
            raise damaged(warc_file, offset, exc) from exc
        try:
            return json.loads(block)
        except ValueError as exc:
            raise ArchiveError(f"record at {warc_file} offset {offset} is not JSON") from exc
    return None


def read_payload(archive: Path, warc_file: str, offset: int, limit: int = 10 * 1024 * 1024) -> bytes:
    """The decoded payload (content-encoding undone, at most limit bytes) of a response record."""
    for record in iter_record_at(archive, warc_file, offset):
        try:
            return record.content_stream().read(limit)  # type: ignore[no-any-return]
        except DAMAGE_ERRORS as exc:
            raise damaged(warc_file, offset, exc) from exc
    return b""
