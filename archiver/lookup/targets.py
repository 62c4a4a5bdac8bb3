"""``archiver lookup TARGET``: decide what TARGET names (article, Telegram channel or post, URL) and answer."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from archiver.archive import Archive
from archiver.capture.telegram import TELEGRAM_HOSTS, parse_telegram_ref
from archiver.index import articles as idx
from archiver.index import telegram as tgidx
from archiver.index.recovered import recovered_label, recovered_of_fetch
from archiver.lookup.captures import lookup_url, order_by_time
from archiver.lookup.sources import latest_status, post_statuses, post_timeline
from archiver.resolve.names import best_match
from archiver.resolve.resolver import alias_key


def _telegram_handle(archive: Archive, target: str) -> tuple[str, int | None] | None:
    """A handle (and post id) when target is @handle, a t.me URL, or a name the registry knows."""
    text = target.strip()
    lowered = text.lower()
    if text.startswith("@") or any(host in lowered for host in TELEGRAM_HOSTS):
        ref = parse_telegram_ref(text)
        return (ref.handle, ref.post_id) if ref else None
    if "://" in text:
        return None
    aliases = {row["name"]: row["handle"] for row in idx.list_aliases(archive.index)}
    match = best_match(text, aliases.keys())
    if match:
        return aliases[match[0]], None
    rows = archive.index.query(
        "SELECT handle, name FROM citations WHERE kind = 'telegram' AND handle IS NOT NULL AND name IS NOT NULL"
    )
    named = {row["name"]: row["handle"] for row in rows}
    match = best_match(text, named.keys())
    return (named[match[0]], None) if match else None


def telegram_rows(archive: Archive, handle: str, post_id: int | None, at: datetime | None) -> list[dict[str, Any]]:
    observations = tgidx.post_observations(archive.index, handle, post_id)
    cited_by = [dict(row) for row in tgidx.citing_articles(archive.index, handle)]
    if post_id is None:
        # one row per post: its observation closest to --at (else the latest), posts ordered by date
        by_post: dict[int, list[dict[str, Any]]] = {}
        for row in observations:
            by_post.setdefault(row["post_id"], []).append(row)
        chosen = [order_by_time(rows, at, key="observed_at")[0] for rows in by_post.values()]
        dated = [row for row in chosen if row["date"]]
        undated = [row for row in chosen if not row["date"]]
        observations = order_by_time(dated, at, key="date") + undated
    else:
        observations = order_by_time(observations, at, key="observed_at")
    if post_id is None:
        statuses = post_statuses(archive, handle)
    else:
        statuses = {post_id: post_timeline(archive, handle, post_id).status}
    out = []
    for row in observations:
        data = json.loads(row["data"])
        out.append({
            "kind": "telegram_post", **data, "latest_status": statuses.get(row["post_id"]),
            "captured_at": row["observed_at"], "warc_file": row["warc_file"], "offset": row["offset"],
            "length": row["length"], "record_id": row["record_id"], "page_url": row["page_url"],
            "page_record_id": row["page_record_id"], "cited_by": cited_by,
        })
    return out


def article_rows(archive: Archive, article: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for citation in idx.citations_of_article(archive.index, article["id"]):
        captures = []
        for capture in idx.captures_of_citation(archive.index, citation["id"]):
            view = {key: capture[key] for key in ("id", "url", "final_url", "started_at", "ok", "status", "error",
                                                  "how", "provenance_record_id")}
            copy = recovered_of_fetch(archive.index, capture["id"]) if capture["how"] == "recovered" else None
            if copy:
                view["recovered"] = {**copy, "label": recovered_label(copy)}
            captures.append(view)
        out.append({
            "kind": "citation", "article": article["source"], "article_sha256": article["sha256"],
            "citation_kind": citation["kind"], "name": citation["name"], "owner": citation["owner"],
            "url": citation["url"], "handle": citation["handle"], "text": citation["text"],
            "start": citation["start"], "end": citation["end"], "context": citation["context"],
            "rule": citation["rule"], "target_url": citation["target_url"], "status": citation["status"],
            "resolution": json.loads(citation["resolution"]) if citation["resolution"] else None,
            "captures": captures,
            "latest_status": latest_status(archive, citation["target_url"]) if citation["target_url"] else None,
        })
    return out


def lookup_target(archive: Archive, target: str, at: datetime | None) -> tuple[str, list[dict[str, Any]]]:
    article = idx.article_by_source(archive.index, target)
    if article:
        return "article", article_rows(archive, article)
    handle = _telegram_handle(archive, target)
    if handle:
        return "telegram", telegram_rows(archive, handle[0], handle[1], at)
    return "url", lookup_url(archive, target, at)


__all__ = ["lookup_target", "alias_key"]
