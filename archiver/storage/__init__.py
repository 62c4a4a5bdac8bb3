"""Where closed WARC files live: the archive's ``warcs/`` folder (default) or S3-compatible storage.

WARC files are always written locally (``.open`` while written, see archiver.warc.store). With
``storage_url`` set, each capture gets a file of its own (archiver.archive), uploaded when it closes,
before the capture's index rows are committed, under its own name (time, serial, a per-process token
and the host; uploads refuse to overwrite), then removed locally. Readers that know
only the archive folder (archiver.warc.read) ask ``remote_for`` where a file missing locally lives, and
read its records by byte range.

    archive folder --(mount)--> RemoteStorage (archiver.storage.s3.S3Storage)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Protocol


class RemoteStorage(Protocol):
    url: str

    def upload(self, path: Path, name: str) -> None:
        """Store the local file path as name (``warcs/….warc.gz``); never replaces an existing object."""

    def open_at(self, name: str, offset: int, length: int | None = None) -> BinaryIO:
        """A stream of name's bytes from offset (length of them, or to the end): one range request."""

    def size(self, name: str) -> int | None:
        """The stored object's size, None when there is none."""

    def names(self) -> Iterator[str]:
        """Every stored WARC file's name (``warcs/….warc.gz``)."""

    def modified(self, name: str) -> datetime | None:
        """When the stored object was written, None when there is none."""

    def delete(self, name: str) -> None: ...


_mounted: dict[Path, RemoteStorage] = {}
_lock = threading.Lock()


def mount(archive: Path, storage: RemoteStorage) -> None:
    """Readers of archive's WARC files find the ones no longer on disk in storage (until unmount)."""
    with _lock:
        _mounted[archive.resolve()] = storage


def unmount(archive: Path) -> None:
    with _lock:
        _mounted.pop(archive.resolve(), None)


def remote_for(archive: Path) -> RemoteStorage | None:
    with _lock:
        return _mounted.get(archive.resolve())
