"""SQLite schema as numbered migrations; ``PRAGMA user_version`` records how far a file has come.

Tables are meant to be read by people in sqlite3 or Datasette:
  fetches   one row per capture attempt (URL asked for, outcome, provenance record location)
  captures  one row per response or revisit record (one per redirect hop), with its WARC location
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run ;-separated DDL inside the caller's transaction (executescript would COMMIT first)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        CREATE TABLE fetches (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            surt TEXT NOT NULL,
            final_url TEXT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            ok INTEGER NOT NULL,
            status INTEGER,
            error TEXT,
            truncated TEXT,
            reason TEXT NOT NULL,
            final_capture_id INTEGER REFERENCES captures(id),
            provenance_file TEXT,
            provenance_offset INTEGER,
            provenance_length INTEGER,
            provenance_record_id TEXT
        );
        CREATE INDEX fetches_by_surt ON fetches(surt, started_at);
        CREATE TABLE captures (
            id INTEGER PRIMARY KEY,
            fetch_id INTEGER NOT NULL REFERENCES fetches(id),
            hop INTEGER NOT NULL,
            url TEXT NOT NULL,
            surt TEXT NOT NULL,
            captured_at TEXT NOT NULL,
            record_type TEXT NOT NULL,
            status INTEGER,
            mime TEXT,
            payload_sha256 TEXT,
            payload_length INTEGER,
            truncated TEXT,
            ip TEXT,
            warc_file TEXT NOT NULL,
            offset INTEGER NOT NULL,
            length INTEGER NOT NULL,
            record_id TEXT NOT NULL UNIQUE,
            request_record_id TEXT,
            refers_to_record_id TEXT
        );
        CREATE INDEX captures_by_surt ON captures(surt, captured_at);
        CREATE INDEX captures_by_payload ON captures(payload_sha256);
        CREATE INDEX captures_by_fetch ON captures(fetch_id);
        CREATE TABLE warc_files (
            name TEXT PRIMARY KEY,
            closed_at TEXT,
            size INTEGER,
            sha256 TEXT
        );
        """
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]


def migrate(db: sqlite3.Connection, migrations: list[Callable[[sqlite3.Connection], None]] | None = None) -> None:
    steps = MIGRATIONS if migrations is None else migrations
    db.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number, step in enumerate(steps[version:], start=version + 1):
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _v2(db: sqlite3.Connection) -> None:
    """Articles, the citations found in them, and which capture each citation points at."""
    run_script(
        db,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            url TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            title TEXT,
            text TEXT NOT NULL,
            format TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            fetch_id INTEGER REFERENCES fetches(id)
        );
        CREATE INDEX articles_by_source ON articles(source);
        CREATE INDEX articles_by_url ON articles(url);
        CREATE TABLE citations (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            kind TEXT NOT NULL,
            name TEXT,
            owner TEXT,
            url TEXT,
            handle TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            context TEXT,
            rule TEXT NOT NULL,
            target_url TEXT,
            resolution TEXT,
            status TEXT NOT NULL,
            UNIQUE(article_id, kind, start, "end")
        );
        CREATE INDEX citations_by_target ON citations(target_url);
        CREATE INDEX citations_by_handle ON citations(handle);
        CREATE INDEX citations_by_status ON citations(status);
        CREATE TABLE citation_captures (
            citation_id INTEGER NOT NULL REFERENCES citations(id),
            fetch_id INTEGER NOT NULL REFERENCES fetches(id),
            linked_at TEXT NOT NULL,
            how TEXT NOT NULL,
            PRIMARY KEY (citation_id, fetch_id)
        );
        CREATE INDEX citation_captures_by_fetch ON citation_captures(fetch_id);
        CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            normalized TEXT NOT NULL UNIQUE,
            handle TEXT NOT NULL,
            note TEXT,
            added_at TEXT NOT NULL
        );
        """,
    )


MIGRATIONS.append(_v2)


def _v3(db: sqlite3.Connection) -> None:
    """Telegram: what each captured t.me page said about channels and posts, one row per observation."""
    run_script(
        db,
        """
        CREATE TABLE telegram_channels (
            id INTEGER PRIMARY KEY,
            handle TEXT NOT NULL,
            handle_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT,
            description TEXT,
            subscribers INTEGER,
            verified INTEGER,
            has_preview INTEGER,
            observed_at TEXT NOT NULL,
            fetch_id INTEGER REFERENCES fetches(id),
            page_url TEXT
        );
        CREATE INDEX telegram_channels_by_handle ON telegram_channels(handle_key, observed_at);
        CREATE TABLE telegram_posts (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL,
            handle_key TEXT NOT NULL,
            post_id INTEGER NOT NULL,
            url TEXT NOT NULL,
            date TEXT,
            text TEXT,
            views INTEGER,
            edited INTEGER NOT NULL,
            deleted INTEGER NOT NULL,
            media_count INTEGER NOT NULL,
            data TEXT NOT NULL,
            observed_at TEXT NOT NULL,
            fetch_id INTEGER REFERENCES fetches(id),
            page_url TEXT,
            page_record_id TEXT,
            warc_file TEXT,
            offset INTEGER,
            length INTEGER,
            record_id TEXT
        );
        CREATE INDEX telegram_posts_by_post ON telegram_posts(handle_key, post_id, observed_at);
        CREATE INDEX telegram_posts_by_date ON telegram_posts(handle_key, date);
        """,
    )


MIGRATIONS.append(_v3)

# Later areas keep their DDL in their own modules; the order here is the version order.
from archiver.index.schema_schedule import v4 as _v4  # noqa: E402
from archiver.index.schema_text import v5 as _v5  # noqa: E402

MIGRATIONS += [_v4, _v5]


def _v6(db: sqlite3.Connection) -> None:
    """The revisit check asks for an earlier capture of this URL with this payload: index exactly that."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS captures_by_surt_payload ON captures(surt, payload_sha256, captured_at)"
    )


MIGRATIONS.append(_v6)


def _v7(db: sqlite3.Connection) -> None:
    """No query looks captures up by payload alone (the revisit check uses v6's index): every capture
    paid for this index's upkeep in its transaction for nothing."""
    db.execute("DROP INDEX IF EXISTS captures_by_payload")


MIGRATIONS.append(_v7)

from archiver.index.schema_directory import v8 as _v8  # noqa: E402

MIGRATIONS.append(_v8)


def _v9(db: sqlite3.Connection) -> None:
    """Copies of gone sources recovered from public web archives (issue 17; see index.recovered)."""
    run_script(
        db,
        """
        CREATE TABLE IF NOT EXISTS recovered_copies (
            id INTEGER PRIMARY KEY,
            fetch_id INTEGER NOT NULL REFERENCES fetches(id),
            original_url TEXT NOT NULL,
            original_surt TEXT NOT NULL,
            archive TEXT NOT NULL,
            memento_url TEXT NOT NULL,
            memento_at TEXT NOT NULL,
            recovered_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS recovered_by_surt ON recovered_copies(original_surt, memento_at);
        CREATE INDEX IF NOT EXISTS recovered_by_fetch ON recovered_copies(fetch_id);
        """,
    )


MIGRATIONS.append(_v9)


from archiver.index.schema_jobs import v8 as _v10  # noqa: E402

MIGRATIONS.append(_v10)
