"""``archiver worker``: run queued jobs (archiver.index.jobs) in N threads, as one of any number of workers.

Jobs: ``capture`` (a URL; t.me links run the Telegram capture), ``ingest`` (an article path or URL) and
``crawl`` (one due schedule, from ``crawl --due --queue``). Each thread loops: 1. claim the oldest job
whose host may start one now, 2. run it, every request taking its host's slot in the index (ClusterGate:
``host_delay`` holds between the requests of all workers) — a capture commits its index rows
and the job's ``fetch_id`` in one transaction, so a retry of a committed job finishes without fetching
again — 3. mark it done or failed. A heartbeat thread
renews the worker's running jobs every ``job_stale_after / 4`` seconds; jobs of a worker that stopped
(SIGKILL, power loss) go back to the queue once their heartbeat is older than ``job_stale_after``.
With ``burst`` the worker stops once no job is queued and none is running anywhere.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from archiver.archive import Archive
from archiver.capture.http import utcnow
from archiver.capture.politeness import HostGate, host_key
from archiver.errors import ArchiverError, one_line
from archiver.flow.capture import capture_one, capture_url, job_fence
from archiver.flow.ingest import ingest
from archiver.flow.telegram import capture_telegram_url
from archiver.index import jobs
from archiver.index.jobs import Job
from archiver.schedule.crawl import CheckResult, crawl
from archiver.settings import Settings
from archiver.warc.provenance import Reason
from archiver.warc.records import warc_date

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2


@dataclass
class WorkerReport:
    name: str
    done: int = 0
    failed: int = 0
    handed_off: int = 0  # finished after the job had been handed to another worker


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def host_limits(settings: Settings) -> jobs.HostLimits:
    """(concurrency, delay) per politeness key: Telegram's are its own, one fetch at a time."""
    telegram = {"t.me", host_key(settings.telegram_url)}

    def limits(host: str) -> tuple[int, float]:
        if host in telegram:
            return 1, settings.telegram_delay
        return settings.host_concurrency, settings.host_delay

    return limits


class ClusterGate:
    """The politeness gate of a worker: HostGate's ``slot``, with each request spaced through the index
    from the start (jobs.take_host_slot) and the end (jobs.end_host_request) of the one before, so
    ``host_delay`` holds between the requests of all workers together as the host sees them.
    Concurrency per host is the claim's to keep (one job per slot); within a job, ``local`` keeps it."""

    def __init__(self, archive: Archive, limits: jobs.HostLimits, clock: Callable[[], datetime]) -> None:
        self.index, self.limits, self.clock = archive.index, limits, clock
        self.local = HostGate(archive.settings.host_concurrency, 0.0,
                              overrides={key: (1, 0.0) for key in ("t.me", host_key(archive.settings.telegram_url))})

    @contextmanager
    def slot(self, url: str, delay: float | None = None) -> Iterator[None]:
        key = host_key(url)
        gap = self.limits(key)[1] if delay is None else delay
        with self.local.slot(url, 0.0):
            if gap > 0:
                while (wait := jobs.take_host_slot(self.index, key, gap, self.clock())) > 0:
                    time.sleep(wait)
            try:
                yield
            finally:
                if gap > 0:
                    jobs.end_host_request(self.index, key, gap, self.clock())


def queue_jobs(archive: Archive, kind: str, targets: list[str]) -> list[int]:
    """Queue a job per target for the workers (captures are spaced per host); their ids."""
    hosts = [host_key(target) if kind == "capture" else None for target in targets]
    return jobs.enqueue(archive.index, kind, list(zip(targets, hosts, strict=True)), archive.clock())


def queue_due(archive: Archive) -> list[int]:
    """Queue a crawl job per due schedule (none twice; see archiver.index.jobs.enqueue_due)."""
    def host_of(schedule: dict[str, Any]) -> str | None:
        if schedule["kind"] == "url":
            return host_key(schedule["target"])
        return "t.me" if schedule["kind"].startswith("telegram_") else None  # an article: many hosts

    now = archive.clock()
    return jobs.enqueue_due(archive.index, warc_date(now), now, host_of)


def run_job(archive: Archive, job: Job) -> tuple[bool, dict[str, Any] | None, str | None]:
    """(ok, result, error) of one job; every capture it commits is fenced by the job's attempt."""
    token = job_fence.set(jobs.fence(job.id, job.attempts))
    try:
        return _run_job(archive, job)
    finally:
        job_fence.reset(token)


def _run_job(archive: Archive, job: Job) -> tuple[bool, dict[str, Any] | None, str | None]:
    if job.kind == "capture":
        if job.fetch_id is not None:  # committed by an attempt that died before it could say so
            return True, {"fetch_id": job.fetch_id, "committed_earlier": True}, None
        reason = Reason("queue", command=f"archiver worker (job {job.id}, attempt {job.attempts})")
        if job.host == "t.me":  # a channel or post: the Telegram capture (its observations are a time series)
            result = capture_one(archive, job.target, reason, router=capture_telegram_url)
            return result.ok, result.to_dict(), result.error
        result = capture_url(archive, job.target, reason,
                             index_hook=lambda db, fetch_id, final, extras: jobs.commit_fetch(db, job.id, fetch_id))
        return result.fetch_id is not None, result.to_dict(), result.error
    if job.kind == "crawl":
        mode = f"job:{job.id}"
        if job.attempts > 1:
            jobs.release_job_runs(archive.index, mode)
        rows = list(crawl(archive, mode, only=[int(job.target)], command=f"archiver worker (job {job.id})"))
        checks = [row.to_dict() for row in rows if isinstance(row, CheckResult)]
        return True, {"checks": checks}, None
    if job.kind == "ingest":
        summaries = [s.to_dict() for s in ingest(archive, [job.target], f"archiver worker (job {job.id})")]
        error = next((s["error"] for s in summaries if s.get("error")), None)
        return error is None, {"articles": summaries}, error
    return False, None, f"unknown job kind {job.kind!r}"


class Worker:
    def __init__(self, archive: Archive, concurrency: int, burst: bool, clock: Callable[[], datetime] = utcnow,
                 stop: threading.Event | None = None) -> None:
        self.archive, self.concurrency, self.burst, self.clock = archive, concurrency, burst, clock
        self.stop = stop or threading.Event()
        self.report = WorkerReport(worker_name())
        self.stale_after = archive.settings.job_stale_after
        self.limits = host_limits(archive.settings)
        archive.gate = ClusterGate(archive, self.limits, clock)
        self._count = threading.Lock()

    def run(self) -> WorkerReport:
        beat = threading.Thread(target=self._heartbeat, name="heartbeat", daemon=True)
        beat.start()
        threads = [threading.Thread(target=self._loop, name=f"job-{i}") for i in range(self.concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.stop.set()
        beat.join()
        return self.report

    def _heartbeat(self) -> None:
        while not self.stop.wait(self.stale_after / 4):
            try:
                jobs.heartbeat(self.archive.index, self.report.name, self.clock())
            except ArchiverError as exc:
                log.warning("heartbeat failed: %s", one_line(exc))

    def _idle(self) -> bool:
        found = jobs.counts(self.archive.index, self.clock(), self.stale_after)
        return found["queued"] == 0 and found["running"] == 0

    def _finish(self, job: Job, ok: bool, result: dict[str, Any] | None, error: str | None) -> bool:
        """jobs.finish, asked again while the database is away; False if the job went to another worker
        meanwhile (its lease ran out) or this worker is stopping."""
        while True:
            try:
                return jobs.finish(self.archive.index, job, self.report.name, self.clock(), ok, result, error)
            except ArchiverError as exc:
                log.warning("cannot record job %d's outcome yet: %s", job.id, one_line(exc))
                if self.stop.wait(max(POLL_SECONDS, self.stale_after / 4)):
                    return False

    def _loop(self) -> None:
        while not self.stop.is_set():
            try:
                job = jobs.claim(self.archive.index, self.report.name, self.clock(), self.stale_after, self.limits)
                if job is None and self.burst and self._idle():
                    return
            except ArchiverError as exc:  # the database is away: try again later
                log.warning("cannot claim a job: %s", one_line(exc))
                self.stop.wait(max(POLL_SECONDS, self.stale_after / 4))
                continue
            if job is None:
                self.stop.wait(POLL_SECONDS)
                continue
            try:
                ok, result, error = run_job(self.archive, job)
            except ArchiverError as exc:  # one job's failure is its outcome; the worker goes on
                ok, result, error = False, None, one_line(exc)
            mine = self._finish(job, ok, result, error)
            with self._count:
                if not mine:
                    self.report.handed_off += 1
                elif ok:
                    self.report.done += 1
                else:
                    self.report.failed += 1
