"""Index tables for articles, their citations, citation -> capture links, and Telegram aliases."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from archiver.errors import UsageError
from archiver.index.db import Index


@dataclass(frozen=True)
class ArticleRow:
    source: str
    url: str | None
    sha256: str
    title: str | None
    text: str
    format: str
    fetch_id: int | None


def upsert_article(index: Index, article: ArticleRow, now: str) -> int:
    with index.transaction() as db:
        row = db.execute("SELECT id FROM articles WHERE sha256 = ?", (article.sha256,)).fetchone()
        if row:
            db.execute(
                "UPDATE articles SET ingested_at = ?, fetch_id = COALESCE(?, fetch_id) WHERE id = ?",
                (now, article.fetch_id, row["id"]),
            )
            return int(row["id"])
        cursor = db.execute(
            """INSERT INTO articles (source, url, sha256, title, text, format, first_seen_at, ingested_at, fetch_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (article.source, article.url, article.sha256, article.title, article.text, article.format, now, now,
             article.fetch_id),
        )
        return int(cursor.lastrowid or 0)


def save_citation(index: Index, article_id: int, citation: dict[str, Any], resolution: dict[str, Any]) -> int:
    """Insert or update one citation (same article, kind and span) with its current resolution."""
    with index.transaction() as db:
        row = db.execute(
            """INSERT INTO citations (article_id, kind, name, owner, url, handle, text, start, "end", context, rule,
                                      target_url, resolution, status)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(article_id, kind, start, "end") DO UPDATE SET
                   handle = excluded.handle, target_url = excluded.target_url,
                   resolution = excluded.resolution, status = excluded.status, rule = excluded.rule
               RETURNING id""",
            (
                article_id, citation["kind"], citation["name"], citation["owner"], citation["url"],
                resolution["handle"] or citation["handle"], citation["text"], citation["start"], citation["end"],
                citation["context"], citation["rule"], resolution["target_url"],
                json.dumps(resolution["how"], ensure_ascii=False), resolution["status"],
            ),
        ).fetchone()
        return int(row[0])


def set_citation_status(index: Index, citation_id: int, status: str) -> None:
    with index.transaction() as db:
        db.execute("UPDATE citations SET status = ? WHERE id = ?", (status, citation_id))


def link_capture(index: Index, citation_id: int, fetch_id: int, how: str, now: str) -> None:
    with index.transaction() as db:
        db.execute(
            """INSERT OR IGNORE INTO citation_captures (citation_id, fetch_id, linked_at, how) VALUES (?, ?, ?, ?)""",
            (citation_id, fetch_id, now, how),
        )


def recent_fetch(index: Index, surt: str, since: str) -> dict[str, Any] | None:
    """The latest successful (2xx/3xx) capture since a time: a 404 or 5xx is worth asking again."""
    rows = index.query(
        """SELECT * FROM fetches WHERE surt = ? AND ok = 1 AND status < 400 AND started_at >= ?
           ORDER BY started_at DESC LIMIT 1""",
        (surt, since),
    )
    return rows[0] if rows else None


def unresolved_citations(index: Index) -> list[dict[str, Any]]:
    return index.query(
        """SELECT c.*, a.source AS article, a.url AS article_url, a.sha256 AS article_sha256,
                  a.title AS article_title
           FROM citations c JOIN articles a ON a.id = c.article_id
           WHERE c.status = 'unresolved' ORDER BY a.id, c.start"""
    )


def article_by_source(index: Index, source: str) -> dict[str, Any] | None:
    rows = index.query(
        "SELECT * FROM articles WHERE source = ? OR url = ? OR sha256 = ? ORDER BY ingested_at DESC LIMIT 1",
        (source, source, source),
    )
    return rows[0] if rows else None


def citations_of_article(index: Index, article_id: int) -> list[dict[str, Any]]:
    return index.query('SELECT * FROM citations WHERE article_id = ? ORDER BY start, "end"', (article_id,))


def captures_of_citation(index: Index, citation_id: int) -> list[dict[str, Any]]:
    return index.query(
        """SELECT f.*, cc.how, cc.linked_at FROM citation_captures cc JOIN fetches f ON f.id = cc.fetch_id
           WHERE cc.citation_id = ? ORDER BY f.started_at DESC""",
        (citation_id,),
    )


def citations_of_fetch(index: Index, fetch_id: int) -> list[dict[str, Any]]:
    """The citations linked to a capture attempt, with their article."""
    return index.query(
        """SELECT c.*, cc.how, cc.linked_at, a.source AS article_source, a.url AS article_url,
                  a.title AS article_title, a.sha256 AS article_sha256
           FROM citation_captures cc JOIN citations c ON c.id = cc.citation_id
           JOIN articles a ON a.id = c.article_id
           WHERE cc.fetch_id = ? ORDER BY a.id, c.start""",
        (fetch_id,),
    )


def recent_articles(index: Index, limit: int = 50) -> list[dict[str, Any]]:
    """The latest ingested articles, newest first, with their number of citations."""
    return index.query(
        """SELECT a.id, a.source, a.url, a.sha256, a.title, a.ingested_at,
                  (SELECT count(*) FROM citations c WHERE c.article_id = a.id) AS citations
           FROM articles a ORDER BY a.ingested_at DESC, a.id DESC LIMIT ?""",
        (limit,),
    )


# -- aliases ---------------------------------------------------------------------------------------
def add_alias(index: Index, name: str, normalized: str, handle: str, note: str | None, now: str) -> None:
    if not normalized:
        raise UsageError(f"alias name {name!r} has no letters or digits")
    with index.transaction() as db:
        db.execute(
            """INSERT INTO aliases (name, normalized, handle, note, added_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(normalized) DO UPDATE SET name = excluded.name, handle = excluded.handle,
                   note = excluded.note, added_at = excluded.added_at""",
            (name, normalized, handle, note, now),
        )


def remove_alias(index: Index, normalized: str) -> bool:
    with index.transaction() as db:
        return bool(db.execute("DELETE FROM aliases WHERE normalized = ?", (normalized,)).rowcount > 0)


def list_aliases(index: Index) -> list[dict[str, Any]]:
    return index.query("SELECT name, handle, note, added_at FROM aliases ORDER BY name COLLATE NOCASE")
