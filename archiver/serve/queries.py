"""The few index reads the web UI needs that lookup has no function for (candidates for archiver/index).

Everything else comes from archiver.lookup (lookup_url, lookup_target, telegram_rows, article_rows) and
archiver.index (article_by_source, latest_channel, ...), so the CLI and the web UI answer alike.
"""

from __future__ import annotations

from typing import Any

from archiver.index.db import Index

# The same columns Index.captures_by_surt gives, plus the fetch's times and target.
_CAPTURE_COLUMNS = """c.*, f.url AS fetch_url, f.final_url, f.ok, f.error, f.reason, f.id AS fetch_id,
    f.provenance_file, f.provenance_offset, f.provenance_length, f.provenance_record_id,
    f.truncated AS fetch_truncated, f.started_at, f.ended_at"""


def capture_by_record_id(index: Index, record_id: str) -> dict[str, Any] | None:
    rows = index.query(
        f"SELECT {_CAPTURE_COLUMNS} FROM captures c JOIN fetches f ON f.id = c.fetch_id WHERE c.record_id = ?",
        (record_id,),
    )
    return rows[0] if rows else None


def final_capture_ids(index: Index, fetch_ids: list[int]) -> dict[int, str]:
    """fetch id -> WARC-Record-ID of its final response (or revisit) record."""
    if not fetch_ids:
        return {}
    marks = ", ".join("?" for _ in fetch_ids)
    rows = index.query(
        f"""SELECT f.id, c.record_id FROM fetches f JOIN captures c ON c.id = f.final_capture_id
            WHERE f.id IN ({marks})""",
        list(fetch_ids),
    )
    return {row["id"]: row["record_id"] for row in rows}


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


def posts_of_page(index: Index, page_record_id: str) -> list[dict[str, Any]]:
    """The Telegram posts parsed from one captured t.me page."""
    return index.query(
        "SELECT * FROM telegram_posts WHERE page_record_id = ? ORDER BY post_id DESC", (page_record_id,)
    )


def recent_articles(index: Index, limit: int = 50) -> list[dict[str, Any]]:
    return index.query(
        """SELECT a.id, a.source, a.url, a.sha256, a.title, a.ingested_at,
                  (SELECT count(*) FROM citations c WHERE c.article_id = a.id) AS citations
           FROM articles a ORDER BY a.ingested_at DESC, a.id DESC LIMIT ?""",
        (limit,),
    )


def recent_fetches(index: Index, limit: int = 50) -> list[dict[str, Any]]:
    return index.query(
        """SELECT f.id, f.url, f.final_url, f.started_at, f.ok, f.status, f.error, f.reason, c.record_id
           FROM fetches f LEFT JOIN captures c ON c.id = f.final_capture_id
           ORDER BY f.started_at DESC, f.id DESC LIMIT ?""",
        (limit,),
    )
