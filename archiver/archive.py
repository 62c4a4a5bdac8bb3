"""An opened archive folder: settings, WARC store, index and fetcher, closed together.

Opening an archive first closes WARC files a killed process left ``.open`` (see warc.recover).
"""

from __future__ import annotations

import functools
import logging
import os
import uuid
from collections.abc import Callable
from datetime import datetime

from archiver.capture.http import HttpFetcher, utcnow
from archiver.capture.politeness import Gate, HostGate, host_key
from archiver.fixity.timestamps import stamp_file
from archiver.index.backends import open_index
from archiver.settings import Settings
from archiver.storage import mount, unmount
from archiver.storage.backends import open_storage
from archiver.storage.upload import move_closed, move_to_storage
from archiver.warc.recover import recover_directory
from archiver.warc.store import WarcStore

log = logging.getLogger(__name__)


def politeness_gate(settings: Settings, share: int = 1) -> HostGate:
    """The per-host gate for one of ``share`` processes capturing at once (see archiver.flow.processes).

    Each process gets host_concurrency // share slots per host (at least 1) and waits share times the
    delays, so together they keep about the same request rate per host as one process would.
    """
    share = max(1, share)
    telegram = (1, settings.telegram_delay * share)
    return HostGate(
        max(1, settings.host_concurrency // share),
        settings.host_delay * share,
        overrides={"t.me": telegram, host_key(settings.telegram_url): telegram},
    )


class Archive:
    def __init__(self, settings: Settings, clock: Callable[[], datetime] = utcnow) -> None:
        self.settings = settings
        self.clock = clock
        settings.archive.mkdir(parents=True, exist_ok=True)
        writable = os.access(settings.warc_dir, os.W_OK) if settings.warc_dir.exists() else True
        for recovered in recover_directory(settings.warc_dir) if writable else ():
            log.warning(
                "closed %s left open by a killed process (kept %d bytes, cut %d)",
                recovered.path.name,
                recovered.kept_bytes,
                recovered.cut_bytes,
            )
        self.index = open_index(settings)
        # With remote storage, closed WARC files move there (those a crash left behind first), and each
        # capture is a file of its own: closed, hence uploaded, before its index rows are committed, so no
        # row points at an object that is not there. A token in the names keeps them unique per process.
        self.remote = open_storage(settings)
        on_closed, prefix, max_size = None, settings.warc_prefix, settings.warc_max_size
        if self.remote is not None:
            remote = self.remote
            mount(settings.archive, remote)
            if writable and settings.warc_dir.is_dir():
                move_closed(remote, settings.warc_dir)
            on_closed = functools.partial(move_to_storage, remote)
            prefix, max_size = f"{settings.warc_prefix}-{uuid.uuid4().hex[:8]}", 1
        self.store = WarcStore(
            settings.archive,
            prefix=prefix,
            max_size=max_size,
            gzip_level=settings.gzip_level,
            operator=settings.operator,
            fsync=settings.fsync,
            clock=clock,
            on_closed=on_closed,
        )

    # Built on first use: read-only commands (lookup, history, verify, serve, export) never fetch, so they
    # never open a connection pool or a politeness gate.
    @functools.cached_property
    def fetcher(self) -> HttpFetcher:
        return HttpFetcher(self.settings, clock=self.clock)

    @functools.cached_property
    def gate(self) -> Gate:
        return politeness_gate(self.settings)

    def close(self) -> None:
        if "fetcher" in vars(self):
            self.fetcher.close()
        self.store.close()
        self.index.close()
        if self.remote is not None:
            unmount(self.settings.archive)
        if self.store.closed and self.settings.timestamp == "capture" and self.remote is None:
            self._stamp_closed()

    def _stamp_closed(self) -> None:
        """Time-stamp the WARC files this archive closed (after the captures, so never holding one up);
        an authority that does not answer leaves them queued for `archiver timestamp`."""
        now = self.clock().strftime("%Y-%m-%dT%H:%M:%SZ")
        for name in self.store.closed:
            outcome = stamp_file(self.settings.archive, f"warcs/{name}", self.settings.tsa_list, now)
            if not outcome.ok:
                log.warning("time-stamp of %s queued: %s", name, outcome.error)

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
