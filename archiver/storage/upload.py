"""Move closed WARC files from the archive folder into remote storage: upload, check, remove locally.

A file is removed only once the store reports the same size; a crash in between leaves the local copy,
which the next opening of the archive uploads again (the store then already has it, and says so).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from archiver.errors import ArchiveError, one_line
from archiver.storage import RemoteStorage

log = logging.getLogger(__name__)


def move_to_storage(storage: RemoteStorage, path: Path) -> bool:
    """Upload one closed WARC file (``ARCHIVE/warcs/NAME``) and remove it locally; False if it stays."""
    name = f"warcs/{path.name}"
    try:
        storage.upload(path, name)
        stored = storage.size(name)
    except ArchiveError as exc:
        log.warning("%s stays in the archive folder for now: %s", path.name, one_line(exc))
        return False
    if stored != path.stat().st_size:
        log.warning("%s stays in the archive folder: %s holds %s bytes of its %d", path.name, storage.url,
                    stored, path.stat().st_size)
        return False
    path.unlink()
    return True


def move_closed(storage: RemoteStorage, warc_dir: Path) -> int:
    """move_to_storage every closed WARC file still in warc_dir (left by a crash or an outage)."""
    return sum(move_to_storage(storage, path) for path in sorted(warc_dir.glob("*.warc.gz")))


ORPHAN_GRACE = timedelta(hours=1)  # an object is uploaded just before its rows commit: leave young ones be


def remove_orphans(storage: RemoteStorage, names: list[str], now: datetime) -> list[str]:
    """Delete the listed orphans (stored files no index row points into) older than ORPHAN_GRACE; those deleted."""
    removed = []
    for name in names:
        written = storage.modified(name)
        if written is not None and now - written > ORPHAN_GRACE:
            storage.delete(name)
            removed.append(name)
    return removed
