"""Crawl runs: a row in ``crawl_runs`` plus a lock file its process holds while it lives.

A run killed with SIGKILL cannot mark itself finished; the next crawl tells it apart from a live one by
trying its lock (``ARCHIVE/runs/<token>.lock``): nobody holding it means the run is gone, so the run is
marked ``interrupted`` and the schedules it had claimed are due again. The lock is taken before the
row exists, so no crawl ever sees a live run's row without its lock held.

A lock file is created under a temporary name, locked, then renamed: a ``<token>.lock`` is held from
the moment it exists, so one nobody holds belongs to a dead process (killed before or after writing its
row) and is removed by the next crawl.
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
import uuid
from pathlib import Path
from typing import Any, BinaryIO

from archiver.archive import Archive
from archiver.errors import ArchiveError
from archiver.index import schedule as sidx
from archiver.warc.records import warc_date

LOCK_DIR = "runs"
LOCK_SUFFIX = ".lock"
_CREATING = ".creating"
_CREATING_STALE_AFTER = 60.0  # seconds: a temporary lock file this old was left by a killed process


class RunLock:
    def __init__(self, archive_dir: Path) -> None:
        self.directory = archive_dir / LOCK_DIR
        self.token = uuid.uuid4().hex
        self._handle: BinaryIO | None = None

    @property
    def path(self) -> Path:
        return self.directory / f"{self.token}{LOCK_SUFFIX}"

    def __enter__(self) -> RunLock:
        creating = self.directory / f"{self.token}{_CREATING}"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._handle = open(creating, "xb")
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.rename(creating, self.path)
        except OSError as exc:
            raise ArchiveError(f"cannot create the run lock {self.path}: {exc.strerror}") from exc
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self.path.unlink(missing_ok=True)
            self._handle.close()
            self._handle = None


def run_alive(archive_dir: Path, run: dict[str, Any], shared_index: bool = False) -> bool:
    """True while the process of a ``running`` run still holds its lock; removes a dead run's lock file."""
    if shared_index and run.get("host") != socket.gethostname():
        # Another machine's run on a shared (PostgreSQL) index: its lock is in that machine's archive folder,
        # and that machine's next crawl frees it if it died; a queued crawl job's next attempt frees it at
        # once (archiver.index.jobs.release_job_runs).
        return True
    return _held(archive_dir / LOCK_DIR / f"{run['lock']}{LOCK_SUFFIX}")


def _held(path: Path) -> bool:
    """True while some process holds the lock file; a file nobody holds is removed."""
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return False
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        path.unlink(missing_ok=True)
        return False


def sweep_dead_locks(archive_dir: Path) -> list[Path]:
    """Remove the lock files of processes killed before their run's row existed (or after it was released)."""
    directory = archive_dir / LOCK_DIR
    removed = [path for path in sorted(directory.glob("*" + LOCK_SUFFIX)) if not _held(path)]
    now = time.time()
    for path in directory.glob("*" + _CREATING):  # killed between creating and renaming its lock
        try:
            if now - path.stat().st_mtime > _CREATING_STALE_AFTER and not _held(path):
                removed.append(path)
        except FileNotFoundError:
            continue
    return removed


def open_run(archive: Archive, lock: RunLock, mode: str) -> int:
    return sidx.start_run(archive.index, warc_date(archive.clock()), mode, os.getpid(), socket.gethostname(),
                          lock.token)


def release_dead_runs(archive: Archive) -> list[int]:
    """Mark runs whose process is gone ``interrupted``; their schedules are due again. Dead locks are removed."""
    shared = archive.settings.uses_postgresql
    released = sidx.release_dead_runs(archive.index, lambda run: run_alive(archive.settings.archive, run, shared))
    sweep_dead_locks(archive.settings.archive)
    return released
