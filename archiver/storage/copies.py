"""Stored WARC files as local files, one at a time, for readers that scan whole files (``export cdxj``)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from archiver.storage import RemoteStorage

CHUNK = 1024 * 1024


def iter_local_copies(storage: RemoteStorage, names: Iterable[str]) -> Iterator[Path]:
    """Each stored file (``warcs/NAME``) streamed into a temporary folder as NAME, removed once the next is
    asked for: at most one file's worth of disk, never a file's worth of memory."""
    with tempfile.TemporaryDirectory(prefix="archiver-stored-") as folder:
        for name in names:
            path = Path(folder) / Path(name).name
            with storage.open_at(name, 0) as stream, open(path, "wb") as out:
                shutil.copyfileobj(stream, out, CHUNK)
            yield path
            path.unlink()
