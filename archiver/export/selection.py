"""Which records an export holds: the capture groups of the selected fetches, as byte ranges per WARC file.

A capture's records (response or revisit + request per hop, the provenance metadata, Telegram page and
post metadata) were appended as one contiguous group, so each fetch is one byte range: from its first
response to the end of its last metadata record. Revisits pull in their original's group. Each file's
warcinfo record goes first, so every WARC-Warcinfo-ID still resolves; the gzip members are copied byte
for byte, so records and digests are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from archiver.errors import ArchiveError, UsageError
from archiver.index.articles import article_by_source
from archiver.index.db import Index
from archiver.index.keys import url_key
from archiver.storage import remote_for
from archiver.warc.read import open_at, warc_path
from archiver.warc.store import OPEN_SUFFIX

COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Selection:
    articles: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    since: str | None = None  # WARC-Date strings (UTC, same format), compared as text
    until: str | None = None

    @property
    def everything(self) -> bool:
        return not (self.articles or self.urls or self.since or self.until)

    def describe(self) -> str:
        parts = [f"article {a}" for a in self.articles] + [f"URL {u}" for u in self.urls]
        if self.since or self.until:
            parts.append(f"captured {self.since or '…'} to {self.until or '…'}")
        return "; ".join(parts) or "everything"


@dataclass(frozen=True)
class FilePart:
    name: str  # the file's final name (never .open)
    path: Path
    ranges: tuple[tuple[int, int], ...] | None  # (start, end) byte ranges; None = the whole file


def _chunks(ids: Iterable[int], size: int = 500) -> Iterator[list[int]]:
    items = sorted(ids)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _query_in(index: Index, sql: str, ids: Iterable[int]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        rows += index.query(sql.replace("(?)", "(" + ",".join("?" * len(chunk)) + ")"), chunk)
    return rows


def selected_fetches(index: Index, selection: Selection) -> set[int]:
    """Fetch ids (with records) in the selection, plus the fetches holding their revisits' originals."""
    ids: set[int] | None = None
    for source in selection.articles:
        article = article_by_source(index, source)
        if article is None:
            raise UsageError(f"{source!r} is not an ingested article (give its path, URL or sha256)")
        rows = index.query(
            """SELECT cc.fetch_id FROM citations c JOIN citation_captures cc ON cc.citation_id = c.id
               WHERE c.article_id = ?""", (article["id"],))
        ids = (ids or set()) | {r["fetch_id"] for r in rows} | ({article["fetch_id"]} if article["fetch_id"] else set())
    for url in selection.urls:
        rows = index.query("SELECT DISTINCT fetch_id FROM captures WHERE surt = ?", (url_key(url.strip()),))
        ids = (ids or set()) | {r["fetch_id"] for r in rows}
    if ids is None:
        ids = {r["fetch_id"] for r in index.query("SELECT DISTINCT fetch_id FROM captures")}
    rows = _query_in(index, "SELECT id, started_at FROM fetches WHERE id IN (?)", ids)
    ids = {r["id"] for r in rows if (not selection.since or r["started_at"] >= selection.since)
           and (not selection.until or r["started_at"] <= selection.until)}
    originals = _query_in(
        index, """SELECT DISTINCT o.fetch_id FROM captures c JOIN captures o ON o.record_id = c.refers_to_record_id
                  WHERE c.fetch_id IN (?)""", ids)
    return ids | {r["fetch_id"] for r in originals}


def _head_at(path: Path, offset: int) -> tuple[str, str | None, int] | None:
    """(type, WARC-Concurrent-To, member length) of the record at offset, None at the end of the file."""
    with open_at(path, offset) as handle:
        iterator = ArchiveIterator(handle, no_record_parse=True)
        for record in iterator:
            return record.rec_type, record.rec_headers.get_header("WARC-Concurrent-To"), iterator.get_record_length()
    return None


def _group_ranges(archive_dir: Path, index: Index, fetch_ids: set[int]) -> dict[str, list[tuple[int, int]]]:
    groups: dict[int, dict[str, Any]] = {}

    def extend(fetch_id: int, warc_file: str | None, offset: int | None, length: int | None, main: str = "") -> None:
        if warc_file is None or offset is None or length is None:
            return
        group = groups.setdefault(fetch_id, {"file": warc_file, "start": offset, "end": 0, "mains": set()})
        if group["file"] == warc_file:
            group["start"], group["end"] = min(group["start"], offset), max(group["end"], offset + length)
            if main:
                group["mains"].add(main)

    for r in _query_in(index, "SELECT * FROM captures WHERE fetch_id IN (?) ORDER BY offset", fetch_ids):
        extend(r["fetch_id"], r["warc_file"], r["offset"], r["length"], r["record_id"])
    for r in _query_in(index, "SELECT * FROM fetches WHERE id IN (?)", fetch_ids):
        extend(r["id"], r["provenance_file"], r["provenance_offset"], r["provenance_length"])
    for r in _query_in(index, "SELECT * FROM telegram_posts WHERE fetch_id IN (?)", fetch_ids):
        extend(r["fetch_id"], r["warc_file"], r["offset"], r["length"])
    ranges: dict[str, list[tuple[int, int]]] = {}
    for group in groups.values():
        path = warc_path(archive_dir, group["file"])
        end = group["end"]
        while (head := _head_at(path, end)) and head[0] == "metadata" and head[1] in group["mains"]:
            end += head[2]  # a metadata record of the group no index row points at (e.g. a Telegram page)
        ranges.setdefault(group["file"], []).append((group["start"], end))
    return ranges


def _merge(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def plan_parts(archive_dir: Path, index: Index, selection: Selection) -> list[FilePart]:
    """The WARC files (whole, or byte ranges of them) an export of selection needs."""
    parts: list[FilePart] = []
    whole: set[str] = set()
    if selection.everything:
        for path in sorted((archive_dir / "warcs").glob("*.warc.gz")):
            parts.append(FilePart(path.name, path, None))
            whole.add(f"warcs/{path.name}")
        stored = remote_for(archive_dir)  # files moved to object storage are read from there
        for name in sorted(set(stored.names()) - whole) if stored is not None else ():
            parts.append(FilePart(Path(name).name, archive_dir / name, None))
            whole.add(name)
    if selection.everything:  # only files still .open need their groups found
        rows = index.query("SELECT DISTINCT fetch_id, warc_file FROM captures")
        fetch_ids = {r["fetch_id"] for r in rows if r["warc_file"] not in whole}
    else:
        fetch_ids = selected_fetches(index, selection)
    for warc_file, ranges in sorted(_group_ranges(archive_dir, index, fetch_ids).items()):
        if warc_file in whole:
            continue
        path = warc_path(archive_dir, warc_file)
        info = _head_at(path, 0)
        if info is None or info[0] != "warcinfo":
            raise ArchiveError(f"{warc_file} does not start with a warcinfo record")
        name = Path(warc_file).name.removesuffix(OPEN_SUFFIX)
        parts.append(FilePart(name, path, _merge([(0, info[2]), *ranges])))
    return parts


def copy_part(part: FilePart, out: BinaryIO) -> int:
    """Copy the part's bytes (gzip members, unchanged) to out; returns the bytes written."""
    written = 0
    for start, end in part.ranges or ((0, None),):
        with open_at(part.path, start, None if end is None else end - start) as handle:
            remaining = None if end is None else end - start
            while remaining is None or remaining > 0:
                chunk = handle.read(COPY_CHUNK if remaining is None else min(COPY_CHUNK, remaining))
                if not chunk:
                    if remaining:
                        raise ArchiveError(f"{part.path} ends before byte {end}")
                    break
                out.write(chunk)
                written += len(chunk)
                remaining = None if remaining is None else remaining - len(chunk)
    return written
