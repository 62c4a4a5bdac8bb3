"""Schema v8: the directory of Telegram names learned from the archive (issue 14).

  telegram_names      one row per (name, handle, source): a name as written beside a handle, where it was
                      seen first (the capture's fetch, the post or page URL, the article) and when
  directory_progress  the last row id of each source table read into it (the directory is derived and
                      brought up to date incrementally; deleting both tables rebuilds it)

Idempotent (IF NOT EXISTS) so the step can be renumbered when branches merge.
"""

from __future__ import annotations

import sqlite3


def v8(db: sqlite3.Connection) -> None:
    from archiver.index.schema import run_script  # schema imports this module at its end

    run_script(
        db,
        """
        CREATE TABLE IF NOT EXISTS telegram_names (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            normalized TEXT NOT NULL,
            handle TEXT NOT NULL,
            handle_key TEXT NOT NULL,
            source TEXT NOT NULL,
            seen_in TEXT,
            fetch_id INTEGER REFERENCES fetches(id),
            article_id INTEGER REFERENCES articles(id),
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            times INTEGER NOT NULL,
            UNIQUE (normalized, handle_key, source)
        );
        CREATE INDEX IF NOT EXISTS telegram_names_by_handle ON telegram_names(handle_key);
        CREATE TABLE IF NOT EXISTS directory_progress (
            source TEXT PRIMARY KEY,
            last_id INTEGER NOT NULL
        )
        """,
    )
