"""Capture on several cores: batches of URLs shared out to worker processes (settings.processes > 1).

One Python process tops out at one core's worth of parsing, record building and indexing (about
450-570 pages/s of 50 KB here); deflating and hashing release the GIL but the rest does not. So capture_urls can
hand batches of URLs to a pool of forked processes. Each worker process opens its own ``Archive``:
its own WARC file (under its own lock, as two crawls on one archive already do) and its own SQLite
connection to the shared index (WAL; BEGIN IMMEDIATE serialises the writers, each transaction is
short). It runs each batch through ``capture_batch``: fetch the batch (``settings.workers`` fetches in
flight), write its records, index it in one transaction. Revisit detection works across processes
through the shared index.

When the pool shuts down, each worker closes its Archive (a ``multiprocessing.util.Finalize`` run at
the worker's exit), so its WARC file is renamed from ``.open`` before capture_urls returns.

Results come back in input order. A worker that dies (killed, out of memory, a crash in C) fails
the URLs of the batches it had in flight with a one-line error each; the rest go to a fresh pool
(unless the pool died before finishing any batch: then every remaining URL fails the same way).

Politeness: each process has its own per-host gate, with host_concurrency divided between the
processes (at least 1 each) and host_delay / telegram_delay multiplied by their number, so the
request rate per host stays about what one process allows (see archive.politeness_gate).
"""

from __future__ import annotations

import itertools
import logging
import math
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from multiprocessing.util import Finalize

from archiver.archive import Archive, politeness_gate
from archiver.errors import one_line
from archiver.flow.capture import CaptureResult, Router, capture_batch, failed_result
from archiver.settings import Settings
from archiver.warc.provenance import Reason
from archiver.warc.recover import recover_directory

log = logging.getLogger(__name__)

BATCH_PER_THREAD = 4  # URLs per batch = workers x this, at least MIN_BATCH
MIN_BATCH = 32  # each batch costs the parent a round of pickling and wake-ups: about 0.5 ms
# For a list, batches shrink as its end nears (to what is left / this x processes, but not below
# TAIL_BATCH while there is that much for each process), so the processes finish together instead of
# one idling while another works through a full last batch, and a short list is spread over them all.
TAIL_SHARES = 4
TAIL_BATCH = 4


@dataclass
class _Worker:
    archive: Archive
    threads: ThreadPoolExecutor | None


_worker: _Worker | None = None  # the worker process's own archive and threads


def _start_worker(settings: Settings, clock: Callable[[], datetime]) -> None:
    global _worker
    archive = Archive(settings, clock)
    archive.gate = politeness_gate(settings, settings.processes)
    threads = ThreadPoolExecutor(max_workers=settings.workers) if settings.workers > 1 else None
    _worker = _Worker(archive, threads)
    # Run when the worker process exits (the pool shutting down): renames this process's WARC file.
    Finalize(None, _stop_worker, exitpriority=10)


def _stop_worker() -> None:
    global _worker
    if _worker is None:
        return
    worker, _worker = _worker, None
    if worker.threads is not None:
        worker.threads.shutdown(wait=True)
    worker.archive.close()


def _capture_batch(urls: list[str], reason: Reason, router: Router | None) -> list[CaptureResult]:
    worker = _worker
    if worker is None:
        raise RuntimeError("capture worker process was not initialised")
    return capture_batch(worker.archive, urls, reason, router, worker.threads)


class _Pool:
    def __init__(self, archive: Archive) -> None:
        settings = archive.settings
        self.executor = ProcessPoolExecutor(
            max_workers=settings.processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(settings, archive.clock),
        )
        self.completed = 0  # batches that came back

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _batches(urls: Iterable[str], size: int, processes: int) -> Iterator[list[str]]:
    """Batches of size URLs; for a list, smaller ones towards its end (see TAIL_SHARES)."""
    if not isinstance(urls, list | tuple):
        iterator = iter(urls)
        while batch := list(itertools.islice(iterator, size)):
            yield batch
        return
    start = 0
    while start < len(urls):
        left = len(urls) - start
        floor = min(TAIL_BATCH, math.ceil(left / processes))
        step = min(size, max(floor, math.ceil(left / (processes * TAIL_SHARES))))
        yield list(urls[start : start + step])
        start += step


def _died(exc: BaseException) -> str:
    return f"capture worker process died before reporting this URL (it may or may not be archived): {one_line(exc)}"


def capture_in_processes(
    archive: Archive, urls: Iterable[str], reason: Reason, router: Router | None = None
) -> Iterator[CaptureResult]:
    """capture_urls over settings.processes worker processes, yielding results in input order."""
    settings = archive.settings
    size = max(MIN_BATCH, settings.workers * BATCH_PER_THREAD)
    batches = _batches(urls, size, settings.processes)
    window = settings.processes * 2 + 1  # batches in flight: every process busy, one queued each
    pending: deque[tuple[list[str], _Pool | None, Future[list[CaptureResult]] | None]] = deque()
    pools: list[_Pool] = []
    current: _Pool | None = None
    hopeless: str | None = None  # set when a pool died before finishing any batch: the rest fail with it

    def retire(dead: _Pool, exc: BaseException) -> None:
        nonlocal current, hopeless
        if dead is current:
            current = None  # the next batches go to a fresh pool
            if dead.completed == 0:
                hopeless = _died(exc)

    def submit(batch: list[str]) -> tuple[list[str], _Pool | None, Future[list[CaptureResult]] | None]:
        nonlocal current
        while hopeless is None:
            if current is None:
                current = _Pool(archive)
                pools.append(current)
            try:
                return batch, current, current.executor.submit(_capture_batch, batch, reason, router)
            except BrokenProcessPool as exc:
                retire(current, exc)
        return batch, None, None

    try:
        while True:
            while len(pending) < window and (batch := next(batches, None)) is not None:
                pending.append(submit(batch))
            if not pending:
                break
            batch, owner, future = pending.popleft()
            if owner is None or future is None:
                yield from (failed_result(url, hopeless or "capture worker processes failed") for url in batch)
                continue
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                retire(owner, exc)
                yield from (failed_result(url, _died(exc)) for url in batch)
                continue
            owner.completed += 1
            yield from results
    finally:
        for pool in pools:
            pool.shutdown()
        if len(pools) > 1 or current is None and pools:  # a pool broke: close the WARCs its workers left open
            for recovered in recover_directory(settings.warc_dir):
                log.warning("closed %s left open by a dead capture worker (kept %d bytes, cut %d)",
                            recovered.path.name, recovered.kept_bytes, recovered.cut_bytes)
