"""Schema v8: the job queue that ``archiver worker`` processes share (issue 16).

Idempotent (IF NOT EXISTS), so the step can be renumbered when branches merge.

  jobs        one row per queued capture or ingest: ``queued`` -> ``running`` (``worker``,
              ``heartbeat_at`` renewed while it runs) -> ``done`` / ``failed``; a running job whose
              heartbeat is older than ``job_stale_after`` is queued again. ``fetch_id`` is set in the
              same transaction as the capture's index rows, once: a retried job that finds it set was
              committed already and is not fetched again.
  host_slots  per politeness key (archiver.capture.politeness.host_key), when its next request may start:
              ``host_delay`` holds between requests to one host from all workers together, and
              ``host_concurrency`` counts the host's running jobs
"""

from __future__ import annotations

import sqlite3


def v8(db: sqlite3.Connection) -> None:
    from archiver.index.schema import run_script  # schema imports this module at its end

    run_script(
        db,
        """
        CREATE TABLE IF NOT EXISTS jobs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            target TEXT NOT NULL,
            host TEXT,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            max_attempts INTEGER NOT NULL,
            queued_at TEXT NOT NULL,
            started_at TEXT,
            ended_at TEXT,
            worker TEXT,
            heartbeat_at TEXT,
            fetch_id INTEGER REFERENCES fetches(id),
            result TEXT,
            error TEXT
        );
        CREATE INDEX IF NOT EXISTS jobs_by_status ON jobs(status, id);
        CREATE TABLE IF NOT EXISTS host_slots (
            host TEXT PRIMARY KEY,
            next_at TEXT NOT NULL
        )
        """,
    )
