"""The data behind each web page: plain dicts, served as the JSON twin and rendered by pages.py.

Lookups go through archiver.lookup (lookup_target, lookup_url, telegram_rows, article_rows), so the web
UI and ``archiver lookup`` answer the same question the same way.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from archiver.archive import Archive
from archiver.errors import ArchiverError, one_line
from archiver.index import articles as idx
from archiver.index import captures as cidx
from archiver.index import telegram as tgidx
from archiver.lookup.captures import capture_view, lookup_url
from archiver.lookup.evidence import recovered_copy, warc_timestamp
from archiver.lookup.sources import (
    channel_timeline,
    post_statuses,
    post_timeline,
    source_timeline,
    url_timeline,
)
from archiver.lookup.targets import article_rows, lookup_target, telegram_rows
from archiver.lookup.text import search_text
from archiver.lookup.timeline import Timeline
from archiver.resolve.names import best_match
from archiver.serve.fate import source_fate
from archiver.serve.markup import attr, esc
from archiver.serve.memento import (
    Memento,
    http_date,
    mementos,
    record_key,
    uri_g,
    uri_m,
    uri_t,
)
from archiver.serve.replay import records_at
from archiver.serve.snippets import snippet_parts
from archiver.serve.web import HttpError
from archiver.warc.read import read_payload

SCREENSHOT_MAX = 64 * 1024 * 1024  # bytes of a screenshot served (20000 px of page height is well under)
_RECORD_KEY = re.compile(r"^[0-9A-Za-z-]{1,64}$")


class Links:
    """Absolute URLs of the UI's pages, from the base the client used."""

    def __init__(self, base: str) -> None:
        self.base = base

    def source(self, url: str) -> str:
        return f"{self.base}/source?url={quote(url, safe='')}"

    def capture(self, record_id: str | None) -> str | None:
        return f"{self.base}/capture/{record_key(record_id)}" if record_id else None

    def article(self, sha256: str) -> str:
        return f"{self.base}/article/{sha256}"

    def screenshot(self, record_id: str) -> str:
        return f"{self.base}/screenshot/{record_key(record_id)}.png"

    def telegram(self, handle: str, post_id: int | None = None) -> str:
        return f"{self.base}/telegram/{quote(handle, safe='')}" + (f"/{post_id}" if post_id is not None else "")


def highlight(context: str | None, text: str | None) -> dict[str, str] | None:
    """The context sentence split around the quoted span (None when the span is not in it)."""
    if context and text and (at := context.find(text)) >= 0:
        return {"before": context[:at], "quote": text, "after": context[at + len(text):]}
    return None


def robust_link(original: str, version_url: str, memento: Memento) -> dict[str, str]:
    date = f"{memento.moment:%Y-%m-%d}"
    snippet = (f'<a href="{attr(original)}" data-originalurl="{attr(original)}" data-versionurl="{attr(version_url)}"'
               f' data-versiondate="{date}">{esc(original)}</a>')
    return {"href": original, "originalurl": original, "versionurl": version_url, "versiondate": date,
            "html": snippet}


def _memento_of(archive: Archive, url: str, record_id: str) -> tuple[list[Memento], Memento | None]:
    found = mementos(archive, url)
    return found, next((m for m in found if m.row["record_id"] == record_id), None)


# -- home and search ------------------------------------------------------------------------------
def home(archive: Archive, base: str) -> dict[str, Any]:
    links = Links(base)
    articles = [{**row, "page": links.article(row["sha256"])} for row in idx.recent_articles(archive.index)]
    fetches = [{**row, "page": links.capture(row["record_id"]), "source": links.source(row["url"])}
               for row in cidx.recent_fetches(archive.index)]
    return {"kind": "home", "articles": articles, "recent_captures": fetches}


def search(archive: Archive, base: str, query: str) -> dict[str, Any]:
    links = Links(base)
    query = query.strip()
    data: dict[str, Any] = {"kind": "search", "query": query, "mode": None, "results": [], "unresolved": None}
    if not query:
        return data
    mode, rows = lookup_target(archive, query, None)
    data["mode"] = mode
    results: list[dict[str, Any]] = data["results"]
    if mode == "article":
        article = idx.article_by_source(archive.index, query)
        if article:
            results.append({"kind": "article", "title": article["title"] or article["source"],
                            "page": links.article(article["sha256"]), "detail": f"{len(rows)} citations"})
    elif mode == "telegram":
        for handle in dict.fromkeys(row["channel"] for row in rows):
            results.append({"kind": "telegram_channel", "title": f"@{handle}", "page": links.telegram(handle),
                            "detail": f"{sum(r['channel'] == handle for r in rows)} posts archived"})
        for row in rows[:50]:
            results.append({"kind": "telegram_post", "title": row["url"],
                            "page": links.telegram(row["channel"], row["id"]), "detail": row["text"],
                            "date": row["date"]})
    else:
        by_url: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_url.setdefault(row["url"], []).append(row)
        for url, captures in by_url.items():
            latest = captures[0]
            results.append({"kind": "source", "title": url, "page": links.source(url),
                            "detail": f"{len(captures)} captures, latest {latest['captured_at']} "
                                      f"(HTTP {latest['status']})"})
    if mode != "article" and "://" not in query:
        data["unresolved"] = unresolved_name(archive, links, query)
    for row in search_text(archive, query):
        if row.get("kind") == "telegram_post" and row.get("channel") and row.get("post_id") is not None:
            page = links.telegram(row["channel"], row["post_id"])
        else:
            page = links.capture(row.get("record_id")) or links.source(row["url"])
        results.append({"kind": "text", "title": row.get("url") or "", "page": page, "snippet": row.get("snippet"),
                        "marked": snippet_parts(row.get("snippet"), query), "date": row.get("captured_at")})
    return data



def unresolved_name(archive: Archive, links: Links, query: str) -> dict[str, Any] | None:
    """A Telegram channel name articles cite that no handle is known for yet: who cites it, how to resolve it."""
    rows = [row for row in idx.unresolved_citations(archive.index) if row["kind"] == "telegram" and row["name"]]
    match = best_match(query.lstrip("@"), {row["name"] for row in rows})
    if match is None:
        return None
    name = match[0]
    cited = [{"title": row["article_title"] or row["article"], "source": row["article"],
              "page": links.article(row["article_sha256"]), "text": row["text"], "context": row["context"],
              "highlight": highlight(row["context"], row["text"])} for row in rows if row["name"] == name]
    return {"name": name, "cited_by": cited, "resolve": f'archiver resolve "{name}"',
            "accept": f'archiver resolve --accept "{name}" HANDLE'}


def _events(archive: Archive, timeline: Timeline, links: Links) -> list[dict[str, Any]]:
    """A source's history (archiver.lookup.sources), each event linked to the capture it was judged from."""
    rows = timeline.rows()
    finals = cidx.final_capture_ids(archive.index, [r["fetch_id"] for r in rows if r.get("fetch_id")])
    return [{**row, "page": links.capture(finals.get(row.get("fetch_id") or 0))} for row in rows]


# -- a source and its captures --------------------------------------------------------------------
def source(archive: Archive, base: str, url: str) -> dict[str, Any]:
    links = Links(base)
    views = lookup_url(archive, url)
    if not views:
        raise HttpError(404, f"nothing archived for {url}")
    by_record = {m.row["record_id"]: m for m in mementos(archive, url)}
    captures = []
    for view in views:
        memento = by_record.get(view["record_id"])
        reason = ((view.get("provenance") or {}).get("prov:wasGeneratedBy") or {}).get("reason") or {}
        captures.append({
            **{k: v for k, v in view.items() if k != "provenance"},
            "reason": reason.get("kind"),
            "cited_by": len((view.get("provenance") or {}).get("citations") or []),
            "page": links.capture(view["record_id"]),
            "memento": uri_m(base, memento) if memento else None,
        })
    timeline = url_timeline(archive, url)
    return {"kind": "source", "url": url, "status": timeline.status, "events": _events(archive, timeline, links),
            "timegate": uri_g(base, url), "timemap": uri_t(base, url), "timemap_json": uri_t(base, url, "json"),
            "captures": captures}


def _warc_headers(archive: Archive, row: dict[str, Any]) -> tuple[list[list[str]], str | None, list[list[str]]]:
    records = records_at(archive.settings.archive, row["warc_file"], row["offset"])
    try:
        record = next(records)
        http = record.http_headers
        return ([[k, v] for k, v in record.rec_headers.headers], http.statusline if http else None,
                [[k, v] for k, v in http.headers] if http else [])
    finally:
        records.close()


def _cited_by(rows: list[dict[str, Any]], links: Links) -> list[dict[str, Any]]:
    """The articles citing a channel (telegram_rows repeats them on every row), with the span marked."""
    cited = rows[0]["cited_by"] if rows else []
    return [{**row, "highlight": highlight(row["context"], row["text"]), "page": links.article(row["sha256"])}
            for row in cited]


def _post(row: dict[str, Any], links: Links, base: str, archive: Archive) -> dict[str, Any]:
    """A Telegram post row (telegram_rows shape) with links to its pages and archived media."""
    media = []
    for item in row.get("media") or []:
        archived = None
        if item.get("url") and str(item["url"]).startswith("http"):
            found = mementos(archive, item["url"])
            archived = uri_m(base, found[-1], raw=True) if found else None
        media.append({**item, "archived": archived})
    return {**row, "media": media, "page": links.telegram(row["channel"], row["id"]),
            "page_capture": links.capture(row.get("page_record_id"))}


def capture(archive: Archive, base: str, key: str) -> dict[str, Any]:
    links = Links(base)
    if not _RECORD_KEY.match(key):
        raise HttpError(404, f"no capture {key!r}")
    record_id = f"<urn:uuid:{key}>"
    row = cidx.capture_by_record_id(archive.index, record_id)
    if row is None:
        raise HttpError(404, f"no capture with record id {record_id}")
    view = capture_view(archive, row)
    try:
        warc_headers, status_line, http_headers = _warc_headers(archive, row)
    except ArchiverError as exc:
        warc_headers, status_line, http_headers = [], None, []
        view["warc_error"] = one_line(exc)
    found, memento = _memento_of(archive, row["url"], record_id)
    citations = []
    for cited in idx.citations_of_fetch(archive.index, row["fetch_id"]):
        citations.append({
            "article": {"source": cited["article_source"], "title": cited["article_title"],
                        "url": cited["article_url"], "sha256": cited["article_sha256"],
                        "page": links.article(cited["article_sha256"])},
            "kind": cited["kind"], "name": cited["name"], "text": cited["text"], "start": cited["start"],
            "end": cited["end"], "context": cited["context"], "highlight": highlight(cited["context"], cited["text"]),
            "rule": cited["rule"], "how": cited["how"], "linked_at": cited["linked_at"],
            "resolution": json.loads(cited["resolution"]) if cited["resolution"] else None,
        })
    posts = [
        _post({**json.loads(p["data"]), "captured_at": p["observed_at"], "record_id": p["record_id"],
               "page_record_id": p["page_record_id"]}, links, base, archive)
        for p in tgidx.posts_of_page(archive.index, record_id)
    ]
    if view.get("screenshot"):
        view["screenshot"] = {**view["screenshot"], "image": links.screenshot(view["screenshot"]["record_id"])}
    data: dict[str, Any] = {
        "kind": "capture",
        "capture": {**view, "hop": row["hop"], "ip": row["ip"], "payload_length": row["payload_length"],
                    "fetch_url": row["fetch_url"], "started_at": row["started_at"], "ended_at": row["ended_at"],
                    "reason": row["reason"], "refers_to_record_id": row["refers_to_record_id"]},
        "warc_headers": warc_headers, "http_status_line": status_line, "http_headers": http_headers,
        "source": links.source(row["url"]),
        "refers_to": links.capture(row["refers_to_record_id"]),
        "citations": citations, "telegram_posts": posts, "memento": None, "robust_link": None,
        "recovered": recovered_copy(archive.index, row["fetch_id"]),
        "timestamp": warc_timestamp(archive.settings.archive, row["warc_file"]),
    }
    if memento:
        data["memento"] = {"datetime": http_date(memento.moment), "timestamp": memento.ts,
                           "uri": uri_m(base, memento), "raw_uri": uri_m(base, memento, raw=True),
                           "timegate": uri_g(base, row["url"]), "timemap": uri_t(base, row["url"]),
                           "count": len(found)}
        data["robust_link"] = robust_link(row["url"], uri_m(base, memento), memento)
    return data


def screenshot_png(archive: Archive, key: str) -> bytes:
    """The PNG of a browser capture's screenshot, by its resource record's uuid."""
    row = cidx.capture_by_record_id(archive.index, f"<urn:uuid:{key}>")
    if row is None or row["record_type"] != "resource" or not row["url"].startswith("urn:screenshot:"):
        raise HttpError(404, f"no screenshot with record id <urn:uuid:{key}>")
    return read_payload(archive.settings.archive, row["warc_file"], row["offset"], SCREENSHOT_MAX)


# -- articles and Telegram ------------------------------------------------------------------------
KIND_LABELS = {"url": "Web page", "telegram": "Telegram", "outlet": "News outlet (named only)"}
STATUS_LABELS = {
    "captured": "Captured", "failed": "Capture failed", "unresolved": "Channel not identified yet",
    "not_capturable": "Named only: no link to capture", "resolved": "Not captured yet",
}


def _citation_help(row: dict[str, Any]) -> dict[str, Any] | None:
    """What a reader can do about a citation that has no capture: a sentence and the commands to run."""
    if row["status"] == "unresolved":
        name = row["name"] or row["owner"] or "NAME"
        return {"text": "Find candidate handles, record the right one, then ingest again to capture it:",
                "commands": [f'archiver resolve "{name}"', f'archiver resolve --accept "{name}" HANDLE',
                             "archiver ingest"]}
    if row["status"] == "not_capturable" and row["citation_kind"] == "outlet":
        return {"text": "The article names this outlet without a link: there is no page to capture.", "commands": []}
    return None


def article(archive: Archive, base: str, sha256: str) -> dict[str, Any]:
    links = Links(base)
    found = idx.article_by_source(archive.index, sha256) if re.fullmatch(r"[0-9a-f]{64}", sha256) else None
    if found is None:
        raise HttpError(404, f"no article with sha256 {sha256}")
    rows = article_rows(archive, found)
    finals = cidx.final_capture_ids(archive.index, [c["id"] for r in rows for c in r["captures"]])
    citations = []
    for row in rows:
        captures = [{**c, "page": links.capture(finals.get(c["id"]))} for c in row["captures"]]
        target = row["target_url"]
        telegram = None
        if row["citation_kind"] == "telegram" and row["handle"]:
            telegram = links.telegram(row["handle"])
        cited_at = min((c["started_at"] for c in captures if c["how"] != "recovered"), default=found["ingested_at"])
        citations.append({**row, "captures": captures, "highlight": highlight(row["context"], row["text"]),
                          "source": links.source(target) if target else None, "telegram": telegram,
                          "kind_label": KIND_LABELS.get(row["citation_kind"], row["citation_kind"]),
                          "status_label": STATUS_LABELS.get(row["status"], row["status"]),
                          "help": _citation_help(row),
                          "fate": source_fate(source_timeline(archive, target), cited_at) if target else None})
    meta = {k: found[k] for k in ("id", "source", "url", "sha256", "title", "format", "first_seen_at", "ingested_at")}
    flagged = sum(bool(c["fate"] and c["fate"]["bad"]) for c in citations)
    return {"kind": "article", "article": meta, "citations": citations, "flagged": flagged}


def telegram_channel(archive: Archive, base: str, handle: str) -> dict[str, Any]:
    links = Links(base)
    channel = tgidx.latest_channel(archive.index, handle)
    rows = telegram_rows(archive, handle, None, None)
    if channel is None and not rows:
        raise HttpError(404, f"nothing archived for Telegram channel @{handle}")
    statuses = post_statuses(archive, handle)
    posts = [_post({k: v for k, v in row.items() if k != "cited_by"} | {"status": statuses.get(row["id"])},
                   links, base, archive) for row in rows]
    return {"kind": "telegram_channel", "handle": handle, "channel": channel, "cited_by": _cited_by(rows, links),
            "status": channel_timeline(archive, handle).status, "posts": posts, "url": f"https://t.me/{handle}"}


def telegram_post(archive: Archive, base: str, handle: str, post_id: int) -> dict[str, Any]:
    links = Links(base)
    rows = telegram_rows(archive, handle, post_id, None)
    if not rows:
        raise HttpError(404, f"nothing archived for https://t.me/{handle}/{post_id}")
    observations = [_post({k: v for k, v in row.items() if k != "cited_by"}, links, base, archive) for row in rows]
    timeline = post_timeline(archive, handle, post_id)
    return {"kind": "telegram_post", "handle": handle, "id": post_id, "post": observations[0],
            "status": timeline.status, "events": _events(archive, timeline, links),
            "observations": observations, "cited_by": _cited_by(rows, links), "channel_page": links.telegram(handle)}


def wrapper(archive: Archive, base: str, memento: Memento, found: list[Memento]) -> dict[str, Any]:
    """The frame page around a raw memento: what it is and where it came from."""
    links = Links(base)
    row = memento.row
    return {
        "kind": "memento", "url": memento.url, "datetime": http_date(memento.moment), "timestamp": memento.ts,
        "captured_at": row["captured_at"], "status": row["status"], "mime": row["mime"],
        "record_type": row["record_type"], "raw_uri": uri_m(base, memento, raw=True),
        "capture": links.capture(row["record_id"]), "source": links.source(memento.url),
        "timemap": uri_t(base, memento.url), "count": len(found),
        "previous": uri_m(base, found[found.index(memento) - 1]) if found.index(memento) > 0 else None,
        "next": uri_m(base, found[found.index(memento) + 1]) if found.index(memento) + 1 < len(found) else None,
    }

