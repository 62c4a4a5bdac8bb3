"""Telegram capture, written once: page -> parsed posts -> WARC (page + per-post metadata) -> index -> media.

Pages come from t.me's public web preview (or a mirror at ``telegram_url``). What a page *is* (feed,
landing page of a group, a name that does not exist, a channel without preview, a deleted post) is
decided from markers in the body, never from the status code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from archiver.archive import Archive
from archiver.capture.decode import decode_body
from archiver.capture.http import FetchResult, HttpFetcher
from archiver.capture.telegram import (
    TELEGRAM_HOSTS,
    FeedPage,
    Post,
    TelegramRef,
    embed_url,
    feed_url,
    landing_url,
    parse_page,
    parse_telegram_ref,
)
from archiver.flow.capture import CaptureResult, capture_url
from archiver.index import telegram as tgidx
from archiver.index.db import CaptureRow, Connection
from archiver.warc.provenance import Reason
from archiver.warc.store import RecordLocation

CANONICAL_BASE = "https://t.me"
RETRIES = 3


@dataclass
class TelegramOutcome:
    target: str
    handle: str
    kind: str = "unknown"  # channel | post | preview_disabled | group | user | bot | not_found | unknown
    pages: int = 0
    posts: int = 0
    deleted: int = 0
    media_captured: int = 0
    media_failed: int = 0
    errors: list[str] = field(default_factory=list)
    first: CaptureResult | None = None
    fetch_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.kind in ("channel", "post") and not self.errors

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("first")
        data["ok"] = self.ok
        return data


def _canonical(url: str, base: str) -> str:
    return CANONICAL_BASE + url[len(base):] if url.startswith(base) else url


def _in_range(post: Post, since: datetime | None, until: datetime | None) -> bool:
    if not post.date:
        return since is None and until is None
    moment = datetime.fromisoformat(post.date)
    return (since is None or moment >= since) and (until is None or moment <= until)


class _PageCapture:
    """Captures one t.me page, parsing it while its body is at hand so posts go into the same WARC group,
    and their index rows into the same transaction as the page's fetch row."""

    def __init__(self, base: str, handle: str) -> None:
        self.base = base
        self.handle = handle
        self.page: FeedPage | None = None
        self.posts: list[Post] = []
        self.unindexed: list[str] = []  # rows left out of the index, each with its reason

    def enrich(self, fetch: FetchResult) -> list[tuple[str, Any]]:
        final = fetch.final
        if final is None or final.truncated:
            return []
        html = decode_body(final.body, final.response_head.get_header("Content-Encoding"))
        self.page = page = parse_page(html, _canonical(final.url, self.base))
        self.posts = list(page.posts)
        documents: list[tuple[str, Any]] = [
            ("urn:telegram:page:" + page.url, {k: v for k, v in page.to_dict().items() if k != "posts"})
        ]
        documents += [("urn:telegram:post:" + post.url, post.to_dict()) for post in page.posts]
        return documents

    def index(self, db: Connection, fetch_id: int, final: CaptureRow | None,
              locations: tuple[RecordLocation, ...]) -> None:
        page = self.page
        if page is None or final is None:
            return
        if page.channel is not None:
            self.unindexed += tgidx.add_channel(db, page.channel.to_dict(), self.handle, final.captured_at,
                                                fetch_id, page.url)
        self.unindexed += tgidx.add_posts(db, [
            {"post": post.to_dict(), "observed_at": final.captured_at, "fetch_id": fetch_id, "page_url": page.url,
             "page_record_id": final.record_id, "warc_file": location.warc_file, "offset": location.offset,
             "length": location.length, "record_id": location.record_id}
            for post, location in zip(self.posts, locations[1:], strict=True)
        ])


def _capture_page(archive: Archive, url: str, handle: str, reason: Reason) -> tuple[CaptureResult, _PageCapture]:
    """Capture a page, backing off and retrying on outages (errors, 429, 5xx)."""
    settings = archive.settings
    for attempt in range(RETRIES):
        capture = _PageCapture(settings.telegram_url.rstrip("/"), handle)
        result = capture_url(archive, url, reason, enrich=capture.enrich, index_hook=capture.index)
        outage = result.status is None or result.status == 429 or result.status >= 500
        if not outage or result.error and result.error.startswith("refused "):
            return result, capture
        if attempt + 1 < RETRIES:
            time.sleep(settings.telegram_backoff * (2**attempt))
    return result, capture


def _record(outcome: TelegramOutcome, result: CaptureResult, capture: _PageCapture) -> FeedPage | None:
    outcome.first = outcome.first or result
    if result.fetch_id:
        outcome.fetch_ids.append(result.fetch_id)
    if capture.page is None:
        outcome.errors.append(f"{result.url}: {result.error or f'HTTP {result.status}, nothing to parse'}")
        return None
    outcome.errors += capture.unindexed
    outcome.pages += 1
    return capture.page


def _kind_of(page: FeedPage) -> str:
    if page.kind in ("feed",):
        return "channel"
    if page.kind == "embed":
        return "post"
    if page.kind == "not_found" or (page.channel and page.channel.kind == "not_found"):
        return "not_found"
    if page.channel and page.channel.kind == "channel":
        return "preview_disabled" if page.channel.has_preview is not True else "channel"
    return page.channel.kind if page.channel else "unknown"


_EXPLAIN = {
    "not_found": "no Telegram channel, group or user has this name (t.me answers with a 'Contact' page)",
    "preview_disabled": "the channel exists but its web preview is off; only the landing page was captured",
    "group": "this is a group; groups have no public web preview; only the landing page was captured",
    "user": "this is a person's account, not a channel; only the landing page was captured",
    "bot": "this is a bot, not a channel; only the landing page was captured",
    "unknown": "the page did not look like any known t.me page (markup changed?)",
}


def capture_telegram(
    archive: Archive,
    ref: TelegramRef,
    reason: Reason,
    since: datetime | None = None,
    until: datetime | None = None,
    post_ids: tuple[int, ...] = (),
    media: bool = True,
    max_pages: int | None = None,
    on_progress: Callable[[str], None] = lambda _what: None,
) -> TelegramOutcome:
    base = archive.settings.telegram_url.rstrip("/")
    ids = post_ids or ((ref.post_id,) if ref.post_id else ())
    outcome = TelegramOutcome(target=ref.handle if not ids else f"{ref.handle}/{','.join(map(str, ids))}",
                              handle=ref.handle)
    wanted: list[Post] = []
    if ids:
        # 1. single posts through their embed pages
        for post_id in ids:
            result, capture = _capture_page(archive, embed_url(base, ref.handle, post_id), ref.handle, reason)
            page = _record(outcome, result, capture)
            on_progress(f"post {post_id}")
            if page is None:
                continue
            outcome.kind = _kind_of(page) if outcome.kind in ("unknown", "post") else outcome.kind
            for post in page.posts:
                outcome.posts += 1
                outcome.deleted += post.deleted
                if not post.deleted:
                    wanted.append(post)
    else:
        # 1. the feed, walked back with ?before= until --since, the first post, or max_pages
        url: str | None = feed_url(base, ref.handle)
        cursor: int | None = None  # the ?before= of the page being walked; each next one must be older
        while url:
            result, capture = _capture_page(archive, url, ref.handle, reason)
            page = _record(outcome, result, capture)
            on_progress(f"page {outcome.pages}, {outcome.posts} posts")
            if page is None:
                break
            if outcome.pages == 1:
                outcome.kind = _kind_of(page)
            if page.kind != "feed":
                break
            in_range = [p for p in page.posts if _in_range(p, since, until)]
            outcome.posts += len(in_range)
            wanted += in_range
            dates = [datetime.fromisoformat(p.date) for p in page.posts if p.date]
            reached_since = since is not None and dates and min(dates) < since
            if page.before is None or reached_since or (max_pages and outcome.pages >= max_pages):
                break
            if cursor is not None and page.before >= cursor:  # a looping feed would be fetched forever
                outcome.errors.append(f"{url}: the feed's next page (before={page.before}) does not go back from "
                                      f"before={cursor}; stopped walking the feed there")
                break
            cursor = page.before
            url = feed_url(base, ref.handle, before=cursor)
    if outcome.kind in _EXPLAIN and outcome.pages:  # with no page parsed, the fetch errors say what happened
        outcome.errors.insert(0, _EXPLAIN[outcome.kind])
    # 2. media, in the same run: their URLs expire within days
    if media and wanted:
        _capture_media(archive, outcome, wanted, reason, on_progress)
    return outcome


def _capture_media(archive: Archive, outcome: TelegramOutcome, posts: list[Post], reason: Reason,
                   on_progress: Callable[[str], None]) -> None:
    fetcher = HttpFetcher(archive.settings.with_(max_body=archive.settings.telegram_media_max), archive.clock)
    try:
        for post in posts:
            for item in post.media:
                if item.type in ("link_preview", "poll"):
                    continue
                for url in dict.fromkeys(u for u in (item.url, item.thumb) if u and u.startswith("http")):
                    media_reason = Reason(reason.kind, command=reason.command, citations=reason.citations,
                                          extra={"telegram_media_of": post.url, "media_type": item.type})
                    result = capture_url(archive, url, media_reason, fetcher=fetcher)
                    if result.ok:
                        outcome.media_captured += 1
                    else:
                        outcome.media_failed += 1
                    on_progress(f"media {outcome.media_captured + outcome.media_failed}")
    finally:
        fetcher.close()


def capture_landing(archive: Archive, handle: str, reason: Reason) -> tuple[CaptureResult, FeedPage | None]:
    """Capture t.me/<handle> (what it is: channel, user, group, bot, or a "Contact" page for no one) as evidence."""
    result, capture = _capture_page(archive, landing_url(archive.settings.telegram_url, handle), handle, reason)
    return result, capture.page


def telegram_ref_of_url(url: str) -> TelegramRef | None:
    """A TelegramRef when url is a t.me / telegram.me / telegram.dog link to a public channel or post."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # not a URL at all; the HTTP capture will say so
        return None
    if host.lower() not in TELEGRAM_HOSTS:
        return None
    return parse_telegram_ref(url)


def capture_telegram_url(archive: Archive, url: str, reason: Reason, media: bool = True) -> CaptureResult | None:
    """Capture a t.me link the Telegram way (first feed page, or the post); None if url is not one."""
    ref = telegram_ref_of_url(url)
    if ref is None:
        return None
    outcome = capture_telegram(archive, ref, reason, media=media, max_pages=1)
    first = outcome.first
    error = "; ".join(outcome.errors) or None
    if first is None:
        return CaptureResult(url, None, None, False, error, None, None, None, None, None, None)
    return replace(first, url=url, ok=outcome.ok and first.ok, error=error if not outcome.ok else first.error)
