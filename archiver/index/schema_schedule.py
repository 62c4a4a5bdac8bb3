"""Schema v4: schedules and crawl runs (issue 5).

  schedules   what to re-check and when: a URL, a Telegram channel or post, or an ingested article
              (``kind``/``key``), every N seconds or on a cron expression (UTC); ``claimed_by`` names
              the crawl run working on it right now, so two crawls never check the same schedule twice
  crawl_runs  one row per pass of ``archiver crawl``: when, by which process, and what it found

Events (first / unchanged / changed / deleted / unavailable / restored) are not stored: they are derived
from ``fetches``, ``captures`` and ``telegram_posts`` (see archiver.lookup.timeline).
"""

from __future__ import annotations

import sqlite3


def v4(db: sqlite3.Connection) -> None:
    from archiver.index.schema import (
        run_script,  # schema imports this module at its end
    )

    run_script(
        db,
        """
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL,
            mode TEXT NOT NULL,
            pid INTEGER NOT NULL,
            host TEXT NOT NULL,
            lock TEXT NOT NULL,
            schedules INTEGER NOT NULL DEFAULT 0,
            checked INTEGER NOT NULL DEFAULT 0,
            ok INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            first INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0,
            unavailable INTEGER NOT NULL DEFAULT 0,
            restored INTEGER NOT NULL DEFAULT 0,
            error TEXT
        );
        CREATE INDEX crawl_runs_by_status ON crawl_runs(status);
        CREATE TABLE schedules (
            id INTEGER PRIMARY KEY,
            target TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            every_seconds INTEGER,
            cron TEXT,
            pages INTEGER NOT NULL DEFAULT 1,
            media INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            next_due_at TEXT NOT NULL,
            last_checked_at TEXT,
            last_run_id INTEGER REFERENCES crawl_runs(id),
            claimed_by INTEGER REFERENCES crawl_runs(id),
            CHECK ((every_seconds IS NULL) <> (cron IS NULL))
        );
        CREATE INDEX schedules_by_due ON schedules(next_due_at);
        CREATE INDEX telegram_posts_by_fetch ON telegram_posts(fetch_id);
        CREATE INDEX telegram_channels_by_fetch ON telegram_channels(fetch_id);
        """,
    )
