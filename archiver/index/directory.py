"""The directory of Telegram names (table ``telegram_names``): which handle a name was seen beside, where, when.

Learned from what the archive already holds, read incrementally (``directory_progress`` keeps the last row
id read from each source table):

    telegram_channels  a captured channel's title and username (channels only: not users, groups, bots)
                       and names written beside handles in its description
    telegram_posts     "Forwarded from NAME" with its link, t.me links and @mentions with a name beside them
    citations          a name (or an owner) that an article wrote beside an explicit t.me link or @handle;
                       never a handle archiver inferred itself, so a wrong guess cannot teach the directory
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from archiver.capture.telegram.mentions import iter_description_names, iter_post_names
from archiver.index.db import Connection, Index
from archiver.resolve.names import normalize_name

BATCH = 500
_EXPLICIT = ("explicit link", "@handle")  # resolution methods that mean the article itself gave the handle

_UPSERT = """INSERT INTO telegram_names (name, normalized, handle, handle_key, source, seen_in, fetch_id, article_id,
        first_seen_at, last_seen_at, times) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
    ON CONFLICT (normalized, handle_key, source) DO UPDATE SET times = telegram_names.times + 1,
        last_seen_at = CASE WHEN excluded.last_seen_at > telegram_names.last_seen_at
                            THEN excluded.last_seen_at ELSE telegram_names.last_seen_at END"""

# (name, handle, source, seen_in, fetch_id, article_id, seen_at)
Sighting = tuple[str, str, str, str | None, int | None, int | None, str]


def _from_channel(row: dict[str, Any]) -> Iterator[Sighting]:
    seen = (row["page_url"], row["fetch_id"], None, row["observed_at"])
    handle = row["handle"]
    if row["title"]:
        yield (row["title"], handle, "channel_title", *seen)
    yield (handle, handle, "channel_username", *seen)
    for named in iter_description_names(row["description"], row["page_url"]):
        yield (named.name, named.handle, "channel_description", *seen)


def _from_post(row: dict[str, Any]) -> Iterator[Sighting]:
    for named in iter_post_names(json.loads(row["data"])):
        yield (named.name, named.handle, f"post_{named.how}", named.ref or row["url"], row["fetch_id"], None,
               row["observed_at"])


def _from_citation(row: dict[str, Any]) -> Iterator[Sighting]:
    how = json.loads(row["resolution"] or "{}")
    if how.get("method") not in _EXPLICIT:
        return
    for value, source in ((row["name"], "article_name"), (row["owner"], "article_owner")):
        if value:
            yield (value, row["handle"], source, row["article_source"], None, row["article_id"], row["seen_at"])


_SOURCES: tuple[tuple[str, str, Callable[[dict[str, Any]], Iterator[Sighting]]], ...] = (
    ("telegram_channels", "SELECT * FROM telegram_channels WHERE id > ? AND kind = 'channel' ORDER BY id LIMIT ?",
     _from_channel),
    ("telegram_posts", "SELECT id, url, data, fetch_id, observed_at FROM telegram_posts WHERE id > ? AND deleted = 0 "
     "ORDER BY id LIMIT ?", _from_post),
    ("citations", """SELECT c.id, c.name, c.owner, c.handle, c.resolution, c.article_id, a.source AS article_source,
            a.first_seen_at AS seen_at FROM citations c JOIN articles a ON a.id = c.article_id
        WHERE c.id > ? AND c.kind = 'telegram' AND c.handle IS NOT NULL ORDER BY c.id LIMIT ?""", _from_citation),
)


def _store(db: Connection, sighting: Sighting) -> bool:
    name, handle, source, seen_in, fetch_id, article_id, seen_at = sighting
    normalized = normalize_name(name)
    if not normalized:
        return False
    db.execute(_UPSERT, (name.strip(), normalized, handle, handle.lower(), source, seen_in, fetch_id, article_id,
                         seen_at, seen_at))
    return True


def _progress(index: Index, source: str) -> int:
    rows = index.query("SELECT last_id FROM directory_progress WHERE source = ?", (source,))
    return int(rows[0]["last_id"]) if rows else 0


def update_directory(index: Index) -> int:
    """Read what was added to the archive since the last update; the number of sightings stored."""
    if index.read_only:
        return 0
    stored = 0
    for table, sql, sightings in _SOURCES:
        last = _progress(index, table)
        while rows := index.query(sql, (last, BATCH)):
            with index.transaction() as db:
                for row in rows:
                    stored += sum(_store(db, sighting) for sighting in sightings(row))
                last = rows[-1]["id"]
                db.execute("""INSERT INTO directory_progress (source, last_id) VALUES (?, ?)
                              ON CONFLICT (source) DO UPDATE SET last_id = excluded.last_id""", (table, last))
    return stored


def directory_entries(index: Index) -> list[dict[str, Any]]:
    """Every name in the directory, newest sighting first."""
    return index.query("SELECT * FROM telegram_names ORDER BY last_seen_at DESC, id DESC")
