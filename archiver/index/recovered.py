"""Copies of already-gone sources recovered from public web archives (schema v8 in index.schema).

  recovered_copies   one row per memento we fetched: the fetch that stored it (its target is the
                     memento URL), the original URL (and its SURT, how lookup and history find it), the
                     archive's name, the memento URL and the archive's datetime for it
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from archiver.index.db import Connection, Index


@dataclass(frozen=True)
class RecoveredRow:
    original_url: str
    original_surt: str
    archive: str
    memento_url: str
    memento_at: str  # the archive's datetime for it, ISO 8601 UTC to the second
    recovered_at: str


def add_recovered(db: Connection, fetch_id: int, row: RecoveredRow) -> None:
    """Called inside the fetch's own transaction (pipeline index_hook)."""
    db.execute(
        """INSERT INTO recovered_copies (fetch_id, original_url, original_surt, archive, memento_url, memento_at,
                                         recovered_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (fetch_id, row.original_url, row.original_surt, row.archive, row.memento_url, row.memento_at,
         row.recovered_at))


def recovered_copies(index: Index, surt: str) -> list[dict[str, Any]]:
    """The copies recovered for a source (by its SURT), with the stored response's location, oldest first."""
    return index.query(
        """SELECT r.*, f.status, f.ok, f.error, f.final_url, f.provenance_file, f.provenance_offset, c.url,
                  c.captured_at, c.warc_file, c.offset, c.length, c.record_id, c.payload_sha256, c.mime,
                  c.record_type, c.truncated
           FROM recovered_copies r JOIN fetches f ON f.id = r.fetch_id
                LEFT JOIN captures c ON c.id = f.final_capture_id
           WHERE r.original_surt = ? ORDER BY r.memento_at, r.id""", (surt,))


def recovered_of_fetch(index: Index, fetch_id: int) -> dict[str, Any] | None:
    rows = index.query("SELECT * FROM recovered_copies WHERE fetch_id = ?", (fetch_id,))
    return rows[0] if rows else None


def recovered_label(row: dict[str, Any]) -> str:
    """What a person reads wherever the copy is shown: it is the archive's copy, not our capture."""
    return f"recovered from {row['archive']}, as of {row['memento_at']}"
