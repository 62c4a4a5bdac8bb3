"""Schema v5: full-text search over captured text, and a log of fixity checks (issue 6).

  text_docs      one row per distinct text: a payload (``payload:<sha256>``, shared by a response and the
                 revisits of it) or a Telegram post's text (``post:<url>:<sha256 of text>``); ``truncated``:
                 0 whole, 1 cut at TEXT_LIMIT characters, 2 markup past the parse budget not read (text_extract)
  text_fts       FTS5 over those texts (rowid = text_docs.id), tokenizer ``unicode61 remove_diacritics 2``
  text_links     which captures and Telegram post observations have that text
  text_progress  the last captures.id / telegram_posts.id read into the index (it is derived, built lazily)
  fixity_events  each ``verify`` and ``manifest`` run: when, how much was checked, how many problems
and indexes by WARC file on the tables that point into WARCs (verify and export read them file by file),
and of Telegram posts by fetch (the text index and quote checks join them to captures).
"""

from __future__ import annotations

import sqlite3


def v5(db: sqlite3.Connection) -> None:
    """Idempotent (IF NOT EXISTS), so it can run again on archives made while v5 was an empty slot."""
    from archiver.index.schema import run_script  # schema imports this module at its end

    run_script(
        db,
        """
        CREATE TABLE IF NOT EXISTS text_docs (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            title TEXT,
            chars INTEGER NOT NULL,
            truncated INTEGER NOT NULL
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS text_fts USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE IF NOT EXISTS text_links (
            doc_id INTEGER NOT NULL REFERENCES text_docs(id),
            capture_id INTEGER UNIQUE REFERENCES captures(id),
            post_row_id INTEGER UNIQUE REFERENCES telegram_posts(id)
        );
        CREATE INDEX IF NOT EXISTS text_links_by_doc ON text_links(doc_id);
        CREATE TABLE IF NOT EXISTS text_progress (
            source TEXT PRIMARY KEY,
            last_id INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS fixity_events (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            files INTEGER NOT NULL,
            records INTEGER NOT NULL,
            problems INTEGER NOT NULL,
            detail TEXT
        );
        CREATE INDEX IF NOT EXISTS captures_by_file ON captures(warc_file, offset);
        CREATE INDEX IF NOT EXISTS fetches_by_provenance_file ON fetches(provenance_file, provenance_offset);
        CREATE INDEX IF NOT EXISTS telegram_posts_by_file ON telegram_posts(warc_file, offset);
        CREATE INDEX IF NOT EXISTS telegram_posts_by_fetch ON telegram_posts(fetch_id)
        """,
    )
