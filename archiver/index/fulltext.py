"""The full-text index: derived from the WARCs, brought up to date lazily, so capturing never waits on it.

``update_fulltext`` reads the captures (and Telegram post observations) added since the last run, in
batches: the payload is read back from its WARC record, its Content-Encoding undone (capped), HTML
reduced to its visible text within a budget (index.text_extract; ``text_docs.truncated`` says when a limit
cut it short, and a warning names a page whose markup was not all read). One text per distinct payload (a
revisit links to the text of its original). Texts are stored with ё folded to е (Russian writers use both;
unicode61 folds Latin diacritics only).
"""

from __future__ import annotations

import hashlib
import logging
import re
import tempfile
from pathlib import Path
from typing import Any, BinaryIO, cast

from archiver.capture.decode import decode_body
from archiver.errors import ArchiverError, UsageError, one_line
from archiver.index.db import Index
from archiver.index.dialect import TEXT_SEARCH_CONFIG
from archiver.index.text_extract import (
    CUT_MARKUP,
    CUT_TEXT,
    HTML_MIMES,
    MAX_NODES,
    TEXT_LIMIT,
    WHOLE,
    Extracted,
    extract_text,
    fold,
)
from archiver.warc.read import iter_record_at

_ADJACENT_MARKS = re.compile(r"\](\s+)\[")  # ts_headline's "[a] [b]" for one phrase

log = logging.getLogger(__name__)

TEXT_MIMES = HTML_MIMES | {"text/plain"}
RAW_LIMIT = 16 * 1024 * 1024  # payload bytes read from a record
BATCH = 100
_WORD = re.compile(r"[^\W_]")
_ELLIPSIS = re.compile(r"\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…")


def read_text(archive_dir: Path, warc_file: str, offset: int, mime: str) -> Extracted:
    for record in iter_record_at(archive_dir, warc_file, offset):
        head = record.http_headers
        with tempfile.SpooledTemporaryFile(max_size=2 * 1024 * 1024) as spool:
            remaining = RAW_LIMIT
            while remaining > 0 and (chunk := record.raw_stream.read(min(remaining, 256 * 1024))):
                spool.write(chunk)
                remaining -= len(chunk)
            body = decode_body(cast(BinaryIO, spool), head.get_header("Content-Encoding") if head else None)
        return extract_text(body, mime, head.get_header("Content-Type") if head else None)
    raise ArchiverError(f"no record at {warc_file} offset {offset}")


def _progress(db: Any, source: str) -> int:
    row = db.execute("SELECT last_id FROM text_progress WHERE source = ?", (source,)).fetchone()
    return int(row[0]) if row else 0


def _last(index: Index, source: str) -> int:
    rows = index.query("SELECT last_id FROM text_progress WHERE source = ?", (source,))
    return int(rows[0]["last_id"]) if rows else 0


def _doc_id(db: Any, key: str, kind: str, extracted: Extracted | None) -> int | None:
    row = db.execute("SELECT id FROM text_docs WHERE key = ?", (key,)).fetchone()
    if row:
        return int(row[0])
    if extracted is None or not extracted.text:
        return None
    cursor = db.execute(
        "INSERT INTO text_docs (key, kind, title, chars, truncated) VALUES (?, ?, ?, ?, ?)",
        (key, kind, extracted.title, len(extracted.text), int(extracted.truncated)),
    )
    db.execute("INSERT INTO text_fts (rowid, title, body) VALUES (?, ?, ?)",
               (cursor.lastrowid, extracted.title, extracted.text))
    return int(cursor.lastrowid or 0)


def _save(index: Index, source: str, last_id: int, docs: list[tuple[int, str, str, Extracted | None]]) -> None:
    column = "capture_id" if source == "captures" else "post_row_id"
    with index.transaction() as db:
        if _progress(db, source) >= last_id:
            return  # another process indexed this batch meanwhile
        for row_id, key, kind, extracted in docs:
            doc_id = _doc_id(db, key, kind, extracted)
            if doc_id is not None:
                db.execute(f"INSERT OR IGNORE INTO text_links (doc_id, {column}) VALUES (?, ?)", (doc_id, row_id))
        db.execute(
            """INSERT INTO text_progress (source, last_id) VALUES (?, ?)
               ON CONFLICT(source) DO UPDATE SET last_id = max(text_progress.last_id, excluded.last_id)""",
            (source, last_id),
        )


def _wanted(row: dict[str, Any]) -> bool:
    if row["record_type"] == "resource":  # a browser capture's rendered DOM: the text its scripts put there
        return str(row["url"]).startswith("urn:dom:") and bool(row["payload_sha256"])
    status = row["status"]
    return (row["record_type"] in ("response", "revisit") and (row["mime"] or "").lower() in TEXT_MIMES
            and not (status and 300 <= status < 400) and not row["has_posts"] and bool(row["payload_sha256"]))


def _index_captures(index: Index, archive_dir: Path, batch: int) -> int:
    added = 0
    while True:
        rows = index.query(
            """SELECT c.*, EXISTS(SELECT 1 FROM telegram_posts p WHERE p.fetch_id = c.fetch_id) AS has_posts,
                      o.warc_file AS original_file, o.offset AS original_offset
               FROM captures c LEFT JOIN captures o ON o.record_id = c.refers_to_record_id
               WHERE c.id > ? ORDER BY c.id LIMIT ?""",
            (_last(index, "captures"), batch),
        )
        if not rows:
            return added
        docs: list[tuple[int, str, str, Extracted | None]] = []
        seen: set[str] = set()
        for row in filter(_wanted, rows):
            key = f"payload:{row['payload_sha256']}"
            extracted = None
            if key not in seen and not index.query("SELECT 1 FROM text_docs WHERE key = ?", (key,)):
                warc_file, offset = ((row["original_file"], row["original_offset"]) if row["record_type"] == "revisit"
                                     else (row["warc_file"], row["offset"]))
                if warc_file is None:
                    continue
                try:
                    extracted = read_text(archive_dir, warc_file, offset, row["mime"].lower())
                except ArchiverError as exc:
                    log.warning("full-text index skips %s@%s: %s", warc_file, offset, one_line(exc))
                    continue
                if extracted.truncated == CUT_MARKUP:
                    log.warning("full-text index reads %s (%s@%s) only up to %d elements and text runs: the rest "
                                "of its markup is not searchable", row["url"], warc_file, offset, MAX_NODES)
            seen.add(key)
            docs.append((row["id"], key, "page", extracted))
        _save(index, "captures", rows[-1]["id"], docs)
        added += len(docs)


def _index_posts(index: Index, batch: int) -> int:
    added = 0
    while True:
        rows = index.query(
            "SELECT id, channel, post_id, url, text FROM telegram_posts WHERE id > ? ORDER BY id LIMIT ?",
            (_last(index, "telegram_posts"), batch),
        )
        if not rows:
            return added
        docs: list[tuple[int, str, str, Extracted | None]] = []
        for row in rows:
            text = " ".join((row["text"] or "").split())
            if text:
                key = f"post:{row['url']}:{hashlib.sha256(text.encode()).hexdigest()}"
                title = f"@{row['channel']}/{row['post_id']}"
                cut = CUT_TEXT if len(text) > TEXT_LIMIT else WHOLE
                docs.append((row["id"], key, "telegram_post", Extracted(title, fold(text[:TEXT_LIMIT]), cut)))
        _save(index, "telegram_posts", rows[-1]["id"], docs)
        added += len(docs)


def update_fulltext(index: Index, archive_dir: Path, batch: int = BATCH) -> int:
    """Index what was captured since the last update; returns how many captures and posts were linked.

    On a read-only archive nothing can be added: searches cover what the index already holds, and a
    warning says how much that leaves out.
    """
    if index.read_only:
        behind = sum(_behind(index, table) for table in ("captures", "telegram_posts"))
        if behind:
            log.warning("the full-text index misses %d capture(s) or post(s) added since its last update, and the "
                        "archive is read-only here: results cover the rest (`archiver index-text` on a writable "
                        "copy adds them)", behind)
        return 0
    return _index_captures(index, archive_dir, batch) + _index_posts(index, batch)


def _behind(index: Index, table: str) -> int:
    rows = index.query(f"SELECT count(*) AS n FROM {table} WHERE id > ?", (_last(index, table),))
    return int(rows[0]["n"])


def rebuild_fulltext(index: Index) -> None:
    """Forget the derived index; the next update_fulltext reads everything again."""
    with index.transaction() as db:
        for table in ("text_links", "text_fts", "text_docs", "text_progress"):
            db.execute(f"DELETE FROM {table}")


def quote_parts(quote: str) -> list[str]:
    """The parts of quote between ellipses that have words, folded: each must occur as a phrase."""
    parts = [fold(part) for part in _ELLIPSIS.split(quote) if _WORD.search(part)]
    if not parts:
        raise UsageError(f"{quote!r} has no words to search for")
    return parts


def match_expression(quote: str) -> str:
    """An FTS5 query for quote: each part between ellipses as a phrase (all must occur); never FTS syntax."""
    return " ".join('"' + part.replace('"', '""') + '"' for part in quote_parts(quote))


def _search_tsvector(index: Index, quote: str, limit: int) -> list[dict[str, Any]]:
    """search_docs with PostgreSQL's text search: one phraseto_tsquery per part, all required.

    The snippet comes from the title when it matches, as FTS5's snippet() picks the best column; unlike
    FTS5, ts_headline also marks a phrase's words where they stand alone."""
    parts = quote_parts(quote)
    query = " && ".join(f"phraseto_tsquery('{TEXT_SEARCH_CONFIG}', ?)" for _ in parts)
    rows = index.query(
        f"""SELECT d.id AS doc_id, d.kind, d.title,
                   ts_headline('{TEXT_SEARCH_CONFIG}', CASE WHEN to_tsvector('{TEXT_SEARCH_CONFIG}',
                                   coalesce(t.title, '')) @@ q.query THEN t.title ELSE t.body END, q.query,
                               'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1') AS snippet,
                   -ts_rank(t.tsv, q.query) AS rank
            FROM text_fts t JOIN text_docs d ON d.id = t.rowid, (SELECT {query} AS query) q
            WHERE t.tsv @@ q.query ORDER BY rank, d.id LIMIT ?""",
        (*parts, limit),
    )
    for row in rows:  # ts_headline marks each word of a phrase: "[a] [b]" reads as FTS5's "[a b]"
        row["snippet"] = _ADJACENT_MARKS.sub(" ", row["snippet"])
    return rows


def search_docs(index: Index, quote: str, limit: int = 100) -> list[dict[str, Any]]:
    """Texts containing quote, best first, with a snippet ([matched words] in brackets)."""
    if index.dialect == "postgresql":
        return _search_tsvector(index, quote, limit)
    return index.query(
        """SELECT d.id AS doc_id, d.kind, d.title, snippet(text_fts, -1, '[', ']', '…', 24) AS snippet,
                  bm25(text_fts) AS rank
           FROM text_fts JOIN text_docs d ON d.id = text_fts.rowid
           WHERE text_fts MATCH ? ORDER BY rank LIMIT ?""",
        (match_expression(quote), limit),
    )


def doc_text(index: Index, doc_id: int) -> str:
    rows = index.query("SELECT body FROM text_fts WHERE rowid = ?", (doc_id,))
    return rows[0]["body"] if rows else ""


__all__ = ["doc_text", "extract_text", "rebuild_fulltext", "search_docs", "update_fulltext"]
