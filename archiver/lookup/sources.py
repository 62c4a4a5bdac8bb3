"""Gather a source's observations from rows the index already holds, and turn them into a Timeline.

    URL               fetches of the URL as asked for (SURT match), judged by their final response
    Telegram post     telegram_posts rows (a "Post not found" page is a deletion), feed pages that show
                      older and newer posts but not this one, failed fetches of its embed page
    Telegram channel  fetches of its feed page, with the channel info each one showed

Telegram pages are retried at once on outages (archiver.flow.telegram); a failure followed by another fetch
of the same page within the retry window is one check, not several.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from archiver.archive import Archive
from archiver.capture.telegram import (
    TELEGRAM_HOSTS,
    TelegramRef,
    embed_url,
    feed_url,
    parse_telegram_ref,
    post_url,
)
from archiver.errors import ArchiverError, one_line
from archiver.index import schedule as sidx
from archiver.index.captures import capture_by_record_id
from archiver.index.keys import url_key
from archiver.lookup.diff import diff_payloads, diff_text
from archiver.lookup.timeline import Explain, Observation, Timeline, classify
from archiver.warc.read import iter_record_at

GONE_STATUSES = (404, 410)
CANONICAL_BASE = "https://t.me"
TELEGRAM_RETRY_SLEEPS = 2  # archiver.flow.telegram.RETRIES - 1 sleeps: backoff, then 2 x backoff
RETRY_SLACK = 1.0  # seconds between a failed attempt's end and the next one, besides the sleep
PAYLOAD_LIMIT = 5 * 1024 * 1024


# -- URLs --------------------------------------------------------------------------------------------
def _url_observation(row: dict[str, Any]) -> Observation:
    ref = {key: row[key] for key in ("url", "final_url", "fetch_id", "record_type", "warc_file", "offset",
                                     "record_id", "refers_to_record_id", "payload_sha256")}
    at, status, error = row["started_at"], row["status"], row["error"]
    if row["record_id"] is None or status is None:
        return Observation(at, "unavailable", status=status, reason=error or "no response", ref=ref)
    if status in GONE_STATUSES:
        return Observation(at, "gone", status=status, reason=f"HTTP {status}", ref=ref)
    if 200 <= status < 400 and (error is None or row["truncated"] == "length"):
        return Observation(at, "present", signature=row["payload_sha256"], status=status, ref=ref)
    return Observation(at, "unavailable", status=status, reason=error or f"HTTP {status}", ref=ref)


def _payload(archive: Archive, ref: dict[str, Any]) -> tuple[bytes, str | None]:
    warc_file, offset = ref["warc_file"], ref["offset"]
    if ref["record_type"] == "revisit" and ref.get("refers_to_record_id"):
        original = capture_by_record_id(archive.index, ref["refers_to_record_id"])
        if original is None:
            raise ArchiverError(f"the record {ref['refers_to_record_id']} a revisit refers to is not indexed")
        warc_file, offset = original["warc_file"], original["offset"]
    for record in iter_record_at(archive.settings.archive, warc_file, offset):
        content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
        return record.content_stream().read(PAYLOAD_LIMIT), content_type
    return b"", None


def _url_explainer(archive: Archive) -> Explain:
    def explain(old: Observation, new: Observation) -> dict[str, Any]:
        try:
            (before, before_type), (after, after_type) = _payload(archive, old.ref), _payload(archive, new.ref)
        except ArchiverError as exc:
            return {"summary": f"changed (cannot compare: {one_line(exc)})"}
        return diff_payloads(before, before_type, after, after_type).to_dict()

    return explain


def url_timeline(archive: Archive, url: str) -> Timeline:
    rows = sidx.url_fetches(archive.index, url_key(url.strip()))
    events = classify([_url_observation(row) for row in rows], archive.settings.unavailable_threshold)
    return Timeline(url.strip(), "url", events, _url_explainer(archive))


# -- Telegram ----------------------------------------------------------------------------------------
def _bases(archive: Archive) -> list[str]:
    return list(dict.fromkeys([archive.settings.telegram_url.rstrip("/"), CANONICAL_BASE]))


def _seconds(start: str, end: str) -> float:
    parse = lambda text: datetime.fromisoformat(text.replace("Z", "+00:00"))  # noqa: E731
    return (parse(end) - parse(start)).total_seconds()


Row = dict[str, Any]


def _page_failures(archive: Archive, rows: list[Row], failed: Callable[[Row], bool],
                   reason: Callable[[Row], str]) -> list[Observation]:
    """Unavailable observations from page fetches, a burst of immediate retries counting once.

    archiver.flow.telegram retries an outage (no answer, 429, 5xx) after sleeping backoff, then 2 x backoff:
    such a failure followed that soon by another fetch of the page is part of the same check.
    """
    window = archive.settings.telegram_backoff * 2 ** (TELEGRAM_RETRY_SLEEPS - 1) + RETRY_SLACK
    out = []
    for i, row in enumerate(rows):
        if not failed(row):
            continue
        after = rows[i + 1] if i + 1 < len(rows) else None
        outage = row["status"] is None or row["status"] == 429 or row["status"] >= 500
        if outage and after and _seconds(row["ended_at"] or row["started_at"], after["started_at"]) <= window:
            continue  # retried at once: the next fetch is the same check
        out.append(Observation(row["started_at"], "unavailable", status=row["status"], reason=reason(row),
                               ref={"url": row["url"], "fetch_id": row["fetch_id"]}))
    return out


def _fetch_problem(row: dict[str, Any], empty: str) -> str:
    if row["error"]:
        return str(row["error"])
    return f"HTTP {row['status']}" if row["status"] and row["status"] >= 400 else empty


def _post_signature(data: dict[str, Any]) -> tuple[str, bool, tuple[tuple[str, str | None], ...]]:
    return data["text"], bool(data["edited"]), tuple((m["type"], m.get("duration")) for m in data["media"])


def _explain_post(old: Observation, new: Observation) -> dict[str, Any]:
    (old_text, old_edited, old_media), (new_text, new_edited, new_media) = old.signature, new.signature
    parts: list[str] = []
    change: dict[str, Any] = {}
    if old_text != new_text:
        diff = diff_text(old_text, new_text)
        parts.append(f"text edited ({diff.summary})")
        change["text"] = diff.to_dict()
    if new_edited and not old_edited:
        parts.append("marked “edited”")
    if old_media != new_media:
        describe = lambda media: ", ".join(kind for kind, _ in media) or "none"  # noqa: E731
        parts.append(f"media changed ({describe(old_media)} → {describe(new_media)})")
    change["summary"] = "; ".join(parts) or "changed"
    return change


def _feed_sets(archive: Archive, handle: str) -> list[tuple[str, int, set[int]]]:
    """(observed at, fetch id, post ids shown, album members included) per captured feed page."""
    pages: dict[int, tuple[str, set[int]]] = {}
    for row in sidx.feed_pages(archive.index, handle):
        _, ids = pages.setdefault(row["fetch_id"], (row["observed_at"], set()))
        ids.add(row["post_id"])
        ids.update(json.loads(row["album"] or "[]"))
    return [(at, fetch_id, ids) for fetch_id, (at, ids) in pages.items()]


def post_timeline(archive: Archive, handle: str, post_id: int,
                  feeds: list[tuple[str, int, set[int]]] | None = None) -> Timeline:
    observations = []
    for row in sidx.post_rows(archive.index, handle, post_id):
        ref = {key: row[key] for key in ("url", "fetch_id", "page_url", "warc_file", "offset", "record_id")}
        if row["deleted"]:
            observations.append(Observation(row["observed_at"], "gone", reason="t.me says “Post not found”", ref=ref))
        else:
            signature = _post_signature(json.loads(row["data"]))
            observations.append(Observation(row["observed_at"], "present", signature=signature, ref=ref))
    seen = min((o.at for o in observations if o.state == "present"), default=None)
    url = post_url(handle, post_id)
    for at, fetch_id, ids in _feed_sets(archive, handle) if feeds is None else feeds:
        if seen and at > seen and post_id not in ids and min(ids) < post_id < max(ids):
            observations.append(Observation(at, "gone", reason="gone from the channel's feed (older and newer "
                                            "posts still there)", ref={"url": url, "fetch_id": fetch_id}))
    embeds = sidx.page_fetches(archive.index, [url_key(embed_url(b, handle, post_id)) for b in _bases(archive)])
    observations += _page_failures(archive, embeds, lambda r: not r["parsed"],
                                   lambda r: _fetch_problem(r, "the page showed no post (t.me refusing this client?)"))
    observations.sort(key=lambda o: o.at)
    return Timeline(url, "telegram_post", classify(observations, archive.settings.unavailable_threshold),
                    _explain_post)


def _explain_channel(old: Observation, new: Observation) -> dict[str, Any]:
    names = ("kind", "title", "description", "web preview")
    parts = [f"{name}: {a!r} → {b!r}" for name, a, b in zip(names, old.signature, new.signature, strict=True) if a != b]
    return {"summary": "; ".join(parts) or "changed"}


def channel_timeline(archive: Archive, handle: str) -> Timeline:
    rows = sidx.page_fetches(archive.index, [url_key(feed_url(b, handle)) for b in _bases(archive)])
    observations = []
    for row in rows:
        if row["channel_kind"] not in (None, "not_found"):
            signature = (row["channel_kind"], row["title"], row["description"], row["has_preview"])
            observations.append(Observation(row["started_at"], "present", signature=signature, status=row["status"],
                                            ref={"url": row["url"], "fetch_id": row["fetch_id"]}))
    observations += _page_failures(
        archive, rows, lambda r: r["channel_kind"] in (None, "not_found"),
        lambda r: "t.me shows no channel with this name (deleted, renamed, or refusing this client)"
        if r["channel_kind"] == "not_found" else _fetch_problem(r, "nothing to parse"),
    )
    observations.sort(key=lambda o: o.at)
    return Timeline(f"{CANONICAL_BASE}/{handle}", "telegram_channel",
                    classify(observations, archive.settings.unavailable_threshold), _explain_channel)


def channel_timelines(archive: Archive, handle: str) -> list[Timeline]:
    """The channel itself, then every post ever seen in it, newest first."""
    feeds = _feed_sets(archive, handle)
    post_ids = sorted({row["post_id"] for row in sidx.post_rows(archive.index, handle)}, reverse=True)
    return [channel_timeline(archive, handle)] + [post_timeline(archive, handle, p, feeds) for p in post_ids]


def telegram_ref(target: str) -> TelegramRef | None:
    """A TelegramRef when target is @handle or a t.me link (not a bare word: that could be anything)."""
    text = target.strip()
    if text.startswith("@") or any(host in text.lower() for host in TELEGRAM_HOSTS):
        return parse_telegram_ref(text)
    return None


def ref_timelines(archive: Archive, target: str, ref: TelegramRef | None, posts: bool = True) -> list[Timeline]:
    """target's timeline: a URL's (ref None), a t.me post's, or a channel's own, followed (with posts) by
    each archived post's. The caller decides what target is (see telegram_ref)."""
    if ref is None:
        return [url_timeline(archive, target)]
    if ref.post_id is not None:
        return [post_timeline(archive, ref.handle, ref.post_id)]
    return channel_timelines(archive, ref.handle) if posts else [channel_timeline(archive, ref.handle)]


def source_timelines(archive: Archive, target: str) -> list[Timeline]:
    """The timeline of a URL, a t.me post, or a channel and then each of its archived posts."""
    return ref_timelines(archive, target, telegram_ref(target))


def source_timeline(archive: Archive, target: str) -> Timeline:
    """The timeline of a URL, a t.me post or a channel itself (not its posts': see source_timelines)."""
    return ref_timelines(archive, target, telegram_ref(target), posts=False)[0]


def latest_status(archive: Archive, target: str) -> str | None:
    """The latest event kind of a URL, a t.me post or channel (None when never checked)."""
    return source_timeline(archive, target).status


def post_statuses(archive: Archive, handle: str) -> dict[int, str | None]:
    feeds = _feed_sets(archive, handle)
    post_ids = {row["post_id"] for row in sidx.post_rows(archive.index, handle)}
    return {post_id: post_timeline(archive, handle, post_id, feeds).status for post_id in post_ids}
