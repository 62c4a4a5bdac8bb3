"""Crawl runs: a row in ``crawl_runs`` plus a lock file its process holds while it lives.

A run killed with SIGKILL cannot mark itself finished; the next crawl tells it apart from a live one by
trying its lock (``ARCHIVE/runs/<token>.lock``): nobody holding it means the run is gone, so the run is
marked ``interrupted`` and the schedules it had claimed are due again. The lock is taken before the
row exists, so no crawl ever sees a live run's row without its lock held.
"""

from __future__ import annotations

import fcntl
import os
import socket
import uuid
from pathlib import Path
from typing import Any, BinaryIO

from archiver.archive import Archive
from archiver.errors import ArchiveError
from archiver.index import schedule as sidx
from archiver.warc.records import warc_date

LOCK_DIR = "runs"


class RunLock:
    def __init__(self, archive_dir: Path) -> None:
        self.directory = archive_dir / LOCK_DIR
        self.token = uuid.uuid4().hex
        self._handle: BinaryIO | None = None

    @property
    def path(self) -> Path:
        return self.directory / f"{self.token}.lock"

    def __enter__(self) -> RunLock:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._handle = open(self.path, "xb")
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
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
    path = archive_dir / LOCK_DIR / f"{run['lock']}.lock"
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


def open_run(archive: Archive, lock: RunLock, mode: str) -> int:
    return sidx.start_run(archive.index, warc_date(archive.clock()), mode, os.getpid(), socket.gethostname(),
                          lock.token)


def release_dead_runs(archive: Archive) -> list[int]:
    """Mark runs whose process is gone ``interrupted``; their schedules are due again."""
    shared = archive.settings.uses_postgresql
    return sidx.release_dead_runs(archive.index, lambda run: run_alive(archive.settings.archive, run, shared))
