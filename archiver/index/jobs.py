"""The job queue's SQL (tables in schema_jobs): enqueue, claim with per-host politeness, heartbeat, finish.

Every step that reads then writes runs in one index transaction, which both backends serialise
(SQLite's ``BEGIN IMMEDIATE``; PostgreSQL's advisory write lock, see archiver.index.postgres): two
workers never claim one job, and a host's slot is never handed out twice. Times are UTC ISO strings
from the workers' clocks (keep them NTP-synced; a skew of s seconds shifts a host's spacing by s).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from archiver.errors import CommitRefused
from archiver.index.db import Connection, Index

HostLimits = Callable[[str], tuple[int, float]]  # host -> (jobs running at once, seconds between starts)
STATUSES = ("queued", "running", "done", "failed")


@dataclass(frozen=True)
class Job:
    id: int
    kind: str  # capture | ingest
    target: str
    host: str | None
    attempts: int
    fetch_id: int | None


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def enqueue(index: Index, kind: str, targets: list[tuple[str, str | None]], now: datetime,
            max_attempts: int = 3) -> list[int]:
    """Queue one job per (target, politeness host); their ids."""
    with index.transaction() as db:
        return [int(db.execute(
            """INSERT INTO jobs (kind, target, host, status, max_attempts, queued_at)
               VALUES (?, ?, ?, 'queued', ?, ?)""",
            (kind, target, host, max_attempts, stamp(now)),
        ).lastrowid) for target, host in targets]


def enqueue_due(index: Index, due_before: str, now: datetime, host_of: Callable[[dict[str, Any]], str | None],
                max_attempts: int = 3) -> list[int]:
    """Queue a ``crawl`` job per due schedule that has none queued or running; their ids. Run as often
    as you like from as many machines: a schedule gets one job per due period (its check advances it)."""
    with index.transaction() as db:
        pending = {row[0] for row in db.execute(
            "SELECT target FROM jobs WHERE kind = 'crawl' AND status IN ('queued', 'running')").fetchall()}
        due = [dict(row) for row in db.execute(
            """SELECT id, kind, target FROM schedules WHERE next_due_at <= ? AND claimed_by IS NULL
               ORDER BY next_due_at, id""", (due_before,)).fetchall()]
        return [int(db.execute(
            """INSERT INTO jobs (kind, target, host, status, max_attempts, queued_at)
               VALUES ('crawl', ?, ?, 'queued', ?, ?)""",
            (str(row["id"]), host_of(row), max_attempts, stamp(now)),
        ).lastrowid) for row in due if str(row["id"]) not in pending]


def release_job_runs(index: Index, run_mode: str) -> int:
    """Free the schedules held by crawl runs of an earlier attempt of a job (``run_mode`` names the job):
    the job's missed heartbeat already proved that attempt's worker gone, wherever it ran."""
    with index.transaction() as db:
        db.execute("""UPDATE schedules SET claimed_by = NULL WHERE claimed_by IN (
                          SELECT id FROM crawl_runs WHERE mode = ? AND status = 'running')""", (run_mode,))
        return int(db.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE mode = ? AND status = 'running'",
                              (run_mode,)).rowcount)


def _release_stale(db: Connection, now: datetime, stale_after: float) -> int:
    cutoff = stamp(now - timedelta(seconds=stale_after))
    return int(db.execute(
        """UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                  worker = NULL, error = ?
           WHERE status = 'running' AND heartbeat_at < ?""",
        (f"its worker stopped answering (no heartbeat for {stale_after:g} s)", cutoff),
    ).rowcount)


def claim(index: Index, worker: str, now: datetime, stale_after: float, limits: HostLimits) -> Job | None:
    """Hand worker the oldest queued job whose host may start one now (fewer than its concurrency running,
    its slot free); stale jobs are queued again first. The slot itself is taken by each request
    (take_host_slot)."""
    with index.transaction() as db:
        _release_stale(db, now, stale_after)
        candidates = db.execute(
            """SELECT j.id, j.kind, j.target, j.host, j.attempts, j.fetch_id FROM jobs j
               WHERE j.status = 'queued' AND (j.host IS NULL OR NOT EXISTS (
                   SELECT 1 FROM host_slots s WHERE s.host = j.host AND s.next_at > ?))
               ORDER BY j.id LIMIT 100""",
            (stamp(now),),
        ).fetchall()
        busy: dict[str, bool] = {}
        for row in candidates:
            host = row["host"]
            if host is not None:
                if host not in busy:
                    running = db.execute("SELECT count(*) FROM jobs WHERE host = ? AND status = 'running'",
                                         (host,)).fetchone()[0]
                    busy[host] = int(running) >= limits(host)[0]
                if busy[host]:
                    continue
            db.execute(
                """UPDATE jobs SET status = 'running', worker = ?, started_at = ?, heartbeat_at = ?,
                          attempts = attempts + 1 WHERE id = ?""",
                (worker, stamp(now), stamp(now), row["id"]),
            )
            return Job(int(row["id"]), row["kind"], row["target"], host, int(row["attempts"]) + 1, row["fetch_id"])
    return None


def take_host_slot(index: Index, host: str, gap: float, now: datetime) -> float:
    """Start a request to host now if its slot is free (0.0; the next may start ``gap`` seconds later),
    else the seconds until it is. Taken at the request, not at the claim: whatever a job does before
    fetching (a cold process, a slow index) cannot shorten the gap between two workers' requests."""
    with index.transaction() as db:
        row = db.execute("SELECT next_at FROM host_slots WHERE host = ?", (host,)).fetchone()
        if row is not None and row[0] > stamp(now):
            return max(0.001, (datetime.fromisoformat(row[0]) - now).total_seconds())
        db.execute("""INSERT INTO host_slots (host, next_at) VALUES (?, ?)
                      ON CONFLICT(host) DO UPDATE SET next_at = excluded.next_at""",
                   (host, stamp(now + timedelta(seconds=gap))))
        return 0.0


def end_host_request(index: Index, host: str, gap: float, now: datetime) -> None:
    """A request to host ended now: its next may start no sooner than ``gap`` seconds later. Spacing from
    the end as well as the start keeps the gap between requests as the server sees them, however long a
    request took to get on the wire (a worker's first connection, a busy machine)."""
    with index.transaction() as db:
        later = stamp(now + timedelta(seconds=gap))
        db.execute("UPDATE host_slots SET next_at = ? WHERE host = ? AND next_at < ?", (later, host, later))


def heartbeat(index: Index, worker: str, now: datetime) -> None:
    with index.transaction() as db:
        db.execute("UPDATE jobs SET heartbeat_at = ? WHERE worker = ? AND status = 'running'", (stamp(now), worker))


def commit_fetch(db: Connection, job_id: int, fetch_id: int) -> None:
    """Inside a capture's index transaction: tie its fetch to the job, once. A second commit of one job
    (a worker thought dead that finished after all) raises, which rolls its rows back."""
    if db.execute("UPDATE jobs SET fetch_id = ? WHERE id = ? AND fetch_id IS NULL", (fetch_id, job_id)).rowcount != 1:
        raise CommitRefused(f"job {job_id} was committed by another worker already")


def fence(job_id: int, attempt: int) -> Callable[[Connection], None]:
    """A check for inside a capture's index transaction: refuse (CommitRefused, rolling it all back) unless
    the job is still running as this attempt. The attempt number is the fencing token: a job handed to
    another worker after missed heartbeats has a higher one."""
    def check(db: Connection) -> None:
        held = db.execute("UPDATE jobs SET attempts = attempts WHERE id = ? AND attempts = ? AND status = 'running'",
                          (job_id, attempt)).rowcount
        if held != 1:
            raise CommitRefused(f"job {job_id} is no longer attempt {attempt}'s (handed to another worker)")
    return check


def finish(index: Index, job: Job, worker: str, now: datetime, ok: bool, result: dict[str, Any] | None,
           error: str | None) -> bool:
    """Mark worker's job done or failed (failed jobs with attempts left are queued again); False when the
    job is no longer this worker's (it was handed to another after a missed heartbeat)."""
    status = "done" if ok else "failed"
    with index.transaction() as db:
        return int(db.execute(
            """UPDATE jobs SET status = CASE WHEN ? = 'failed' AND attempts < max_attempts AND fetch_id IS NULL
                                             THEN 'queued' ELSE ? END,
                      ended_at = ?, result = ?, error = ?, worker = CASE WHEN ? = 'done' THEN worker END
               WHERE id = ? AND worker = ? AND status = 'running'""",
            (status, status, stamp(now), json.dumps(result) if result is not None else None, error, status,
             job.id, worker),
        ).rowcount) == 1


def counts(index: Index, now: datetime, stale_after: float) -> dict[str, int]:
    """Jobs per status, with ``stale``: running jobs whose worker stopped answering."""
    found = dict.fromkeys((*STATUSES, "stale"), 0)
    for row in index.query("SELECT status, count(*) AS n FROM jobs GROUP BY status"):
        found[row["status"]] = int(row["n"])
    cutoff = stamp(now - timedelta(seconds=stale_after))
    found["stale"] = int(index.query("SELECT count(*) AS n FROM jobs WHERE status = 'running' AND heartbeat_at < ?",
                                     (cutoff,))[0]["n"])
    return found


def list_jobs(index: Index, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    where, params = ("WHERE status = ?", [status]) if status else ("", [])
    return index.query(
        f"""SELECT id, kind, target, host, status, attempts, max_attempts, queued_at, started_at, ended_at,
                   worker, heartbeat_at, fetch_id, error FROM jobs {where} ORDER BY id DESC LIMIT ?""",
        [*params, limit],
    )
