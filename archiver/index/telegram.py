"""Index rows for Telegram observations: channels and posts as each captured page showed them."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from archiver.index.db import Connection, Index

# SQLite integers are 64-bit signed; a page may show any number. Counts past it are stored clamped (the
# exact number stays in the post's JSON and the WARC metadata record).
SQLITE_INT_MAX = 2**63 - 1


def _count(value: int | None) -> int | None:
    return None if value is None else max(-SQLITE_INT_MAX - 1, min(value, SQLITE_INT_MAX))


def add_channel(db: Connection, info: dict[str, Any], handle: str, observed_at: str, fetch_id: int | None,
                page_url: str) -> list[str]:
    """Record what a page said about a channel (inside the caller's transaction); a line if it could not be."""
    try:
        db.execute(
            """INSERT INTO telegram_channels (handle, handle_key, kind, title, description, subscribers, verified,
                   has_preview, observed_at, fetch_id, page_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (info.get("username") or handle, handle.lower(), info["kind"], info.get("title"),
             info.get("description"), _count(info.get("subscribers")), int(bool(info.get("verified"))),
             None if info.get("has_preview") is None else int(info["has_preview"]), observed_at, fetch_id,
             page_url),
        )
    except (sqlite3.Error, OverflowError) as exc:  # one bad field must not cost the page its index rows
        return [f"{page_url}: channel details not indexed ({exc})"]
    return []


def add_posts(db: Connection, rows: list[dict[str, Any]]) -> list[str]:
    """Record what a page said about posts (inside the caller's transaction), each on its own: a post that
    cannot be recorded is left out with a line saying so, and the others are recorded."""
    problems = []
    for row in rows:
        post = row["post"]
        try:
            db.execute(
                """INSERT INTO telegram_posts (channel, handle_key, post_id, url, date, text, views, edited, deleted,
                       media_count, data, observed_at, fetch_id, page_url, page_record_id, warc_file, offset,
                       length, record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (post["channel"], post["channel"].lower(), post["id"], post["url"], post["date"], post["text"],
                 _count(post["views"]), int(post["edited"]), int(post["deleted"]), len(post["media"]),
                 json.dumps(post, ensure_ascii=False), row["observed_at"], row["fetch_id"], row["page_url"],
                 row["page_record_id"], row["warc_file"], row["offset"], row["length"], row["record_id"]),
            )
        except (sqlite3.Error, OverflowError) as exc:
            problems.append(f"{post['url']}: not indexed ({exc})")
    return problems


def latest_channel(index: Index, handle: str) -> dict[str, Any] | None:
    rows = index.query(
        "SELECT * FROM telegram_channels WHERE handle_key = ? ORDER BY observed_at DESC LIMIT 1", (handle.lower(),)
    )
    return rows[0] if rows else None


def post_observations(index: Index, handle: str, post_id: int | None = None) -> list[dict[str, Any]]:
    if post_id is None:
        return index.query("SELECT * FROM telegram_posts WHERE handle_key = ? ORDER BY observed_at DESC, id DESC",
                           (handle.lower(),))
    return index.query(
        "SELECT * FROM telegram_posts WHERE handle_key = ? AND post_id = ? ORDER BY observed_at DESC, id DESC",
        (handle.lower(), post_id),
    )


def posts_of_page(index: Index, page_record_id: str) -> list[dict[str, Any]]:
    """The Telegram posts parsed from one captured t.me page."""
    return index.query(
        "SELECT * FROM telegram_posts WHERE page_record_id = ? ORDER BY post_id DESC", (page_record_id,)
    )


def citing_articles(index: Index, handle: str) -> list[dict[str, Any]]:
    return index.query(
        # GROUP BY, not DISTINCT: PostgreSQL orders a DISTINCT only by what it selects (a.id is one sha256)
        """SELECT a.source, a.url, a.title, a.sha256, c.text, c.start, c."end", c.context
           FROM citations c JOIN articles a ON a.id = c.article_id
           WHERE lower(c.handle) = ?
           GROUP BY a.id, a.source, a.url, a.title, a.sha256, c.text, c.start, c."end", c.context
           ORDER BY a.id, c.start""",
        (handle.lower(),),
    )
