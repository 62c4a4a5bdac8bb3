"""``archiver lookup --text QUOTE``: the captures and Telegram posts whose text contains QUOTE.

The full-text index is brought up to date first (it is derived from the WARCs, see index.fulltext).
One row per capture (or post observation) holding a matching text, best match first, newest first.
"""

from __future__ import annotations

from typing import Any

from archiver.archive import Archive
from archiver.index.fulltext import search_docs, update_fulltext


def _capture_rows(archive: Archive, doc_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    marks = ",".join("?" for _ in doc_ids)
    rows = archive.index.query(
        f"""SELECT l.doc_id, c.url, c.captured_at, c.record_id, c.warc_file, c.offset, c.length, c.status, c.mime,
                   c.record_type, c.payload_sha256, f.url AS fetch_url, f.id AS fetch_id
            FROM text_links l JOIN captures c ON c.id = l.capture_id JOIN fetches f ON f.id = c.fetch_id
            WHERE l.doc_id IN ({marks}) ORDER BY c.captured_at DESC, c.id DESC""",
        doc_ids,
    )
    out: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row.pop("doc_id"), []).append({"kind": "page", **row})
    return out


def _post_rows(archive: Archive, doc_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    marks = ",".join("?" for _ in doc_ids)
    rows = archive.index.query(
        f"""SELECT l.doc_id, p.url, p.observed_at AS captured_at, p.record_id, p.warc_file, p.offset, p.length,
                   p.channel, p.post_id, p.date, p.page_url, p.page_record_id, p.fetch_id
            FROM text_links l JOIN telegram_posts p ON p.id = l.post_row_id
            WHERE l.doc_id IN ({marks}) ORDER BY p.observed_at DESC, p.id DESC""",
        doc_ids,
    )
    out: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row.pop("doc_id"), []).append({"kind": "telegram_post", "post_url": row["url"], **row})
    return out


def search_text(archive: Archive, quote: str, limit: int = 100) -> list[dict[str, Any]]:
    """Captures whose text contains quote (a phrase; parts around ``...``/``…`` must all occur)."""
    update_fulltext(archive.index, archive.settings.archive)
    docs = search_docs(archive.index, quote, limit)
    if not docs:
        return []
    ids = [doc["doc_id"] for doc in docs]
    holders = {**_capture_rows(archive, ids), **_post_rows(archive, ids)}
    out = []
    for doc in docs:
        for row in holders.get(doc["doc_id"], []):
            out.append({**row, "title": doc["title"], "snippet": doc["snippet"], "quote": quote})
    return out
