"""An opened archive folder: settings, WARC store, index and fetcher, closed together.

Opening an archive first closes WARC files a killed process left ``.open`` (see warc.recover).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from archiver.capture.http import HttpFetcher, utcnow
from archiver.capture.politeness import HostGate, host_key
from archiver.index.db import Index
from archiver.settings import Settings
from archiver.warc.recover import recover_directory
from archiver.warc.store import WarcStore

log = logging.getLogger(__name__)


class Archive:
    def __init__(self, settings: Settings, clock: Callable[[], datetime] = utcnow) -> None:
        self.settings = settings
        self.clock = clock
        settings.archive.mkdir(parents=True, exist_ok=True)
        for recovered in recover_directory(settings.warc_dir):
            log.warning(
                "closed %s left open by a killed process (kept %d bytes, cut %d)",
                recovered.path.name,
                recovered.kept_bytes,
                recovered.cut_bytes,
            )
        self.index = Index(settings.index_path)
        self.store = WarcStore(
            settings.archive,
            prefix=settings.warc_prefix,
            max_size=settings.warc_max_size,
            gzip_level=settings.gzip_level,
            operator=settings.operator,
            fsync=settings.fsync,
            clock=clock,
        )
        self.fetcher = HttpFetcher(settings, clock=clock)
        telegram = (1, settings.telegram_delay)
        self.gate = HostGate(
            settings.host_concurrency,
            settings.host_delay,
            overrides={"t.me": telegram, host_key(settings.telegram_url): telegram},
        )

    def close(self) -> None:
        self.store.close()
        self.index.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
