"""Read records back by (file, offset): the index's pointers into the WARCs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from archiver.errors import ArchiveError
from archiver.warc.store import OPEN_SUFFIX


def warc_path(archive: Path, warc_file: str) -> Path:
    """The file on disk for an index's warc_file (still ``.open`` while its writer runs)."""
    path = archive / warc_file
    if not path.exists() and (open_path := path.with_name(path.name + OPEN_SUFFIX)).exists():
        return open_path
    return path


def iter_record_at(archive: Path, warc_file: str, offset: int) -> Iterator[ArcWarcRecord]:
    """Yield the one record at offset (a generator, so the file stays open while it is read)."""
    path = warc_path(archive, warc_file)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise ArchiveError(f"cannot open {path}: {exc.strerror}") from exc
    with handle:
        handle.seek(offset)
        for record in ArchiveIterator(handle):
            yield record
            return
    raise ArchiveError(f"no record at {warc_file} offset {offset}")


def read_json_record(archive: Path, warc_file: str, offset: int) -> Any:
    for record in iter_record_at(archive, warc_file, offset):
        try:
            return json.loads(record.content_stream().read())
        except ValueError as exc:
            raise ArchiveError(f"record at {warc_file} offset {offset} is not JSON") from exc
    return None


def read_payload(archive: Path, warc_file: str, offset: int, limit: int = 10 * 1024 * 1024) -> bytes:
    """The decoded payload (content-encoding undone, at most limit bytes) of a response record."""
    for record in iter_record_at(archive, warc_file, offset):
        return record.content_stream().read(limit)
    return b""
