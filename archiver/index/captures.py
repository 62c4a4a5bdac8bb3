"""Index reads of captures: one record by its WARC-Record-ID, the final record of fetches, recent fetches."""

from __future__ import annotations

from typing import Any

from archiver.index.db import CAPTURE_WITH_FETCH, Index


def capture_by_record_id(index: Index, record_id: str) -> dict[str, Any] | None:
    """The captures row of one record, with its fetch's columns (as Index.captures_by_surt) and times."""
    rows = index.query(
        f"""SELECT {CAPTURE_WITH_FETCH}, f.started_at, f.ended_at
            FROM captures c JOIN fetches f ON f.id = c.fetch_id WHERE c.record_id = ?""",
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


def recent_fetches(index: Index, limit: int = 50) -> list[dict[str, Any]]:
    """The latest capture attempts, newest first, with the record id of their final record."""
    return index.query(
        """SELECT f.id, f.url, f.final_url, f.started_at, f.ok, f.status, f.error, f.reason, c.record_id
           FROM fetches f LEFT JOIN captures c ON c.id = f.final_capture_id
           ORDER BY f.started_at DESC, f.id DESC LIMIT ?""",
        (limit,),
    )


def screenshots(index: Index, fetch_ids: list[int]) -> dict[int, dict[str, Any]]:
    """fetch id -> its browser screenshot's resource record (record_id, url, warc_file, offset, length)."""
    if not fetch_ids:
        return {}
    marks = ", ".join("?" for _ in fetch_ids)
    rows = index.query(
        f"""SELECT fetch_id, record_id, url, warc_file, offset, length, payload_sha256 FROM captures
            WHERE fetch_id IN ({marks}) AND record_type = 'resource' AND url LIKE 'urn:screenshot:%'""",
        list(fetch_ids),
    )
    return {row.pop("fetch_id"): row for row in rows}
