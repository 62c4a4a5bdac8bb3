"""Schedules: what to re-check (a URL, a Telegram channel or post, an ingested article) and when.

``--every 6h`` schedules are due at once, then every interval after their first due time (so a timer
that runs ``crawl --due`` on the same cadence never skips a turn); ``--cron`` expressions are read in
UTC with croniter and are first due at their next match.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from croniter import CroniterBadDateError, CroniterError, croniter

from archiver.archive import Archive
from archiver.capture.telegram import TELEGRAM_HOSTS
from archiver.errors import UsageError
from archiver.index import articles as idx
from archiver.index import schedule as sidx
from archiver.lookup.sources import latest_status, telegram_ref
from archiver.warc.records import warc_date

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_INTERVAL = re.compile(r"(\d+)\s*([smhdw])")
KINDS = ("url", "telegram_post", "telegram_channel", "article")


@dataclass(frozen=True)
class Target:
    kind: str  # url | telegram_post | telegram_channel | article
    key: str  # the URL, the canonical t.me URL, or the article's sha256
    label: str  # as the user gave it (article: its source)


def parse_every(text: str) -> int:
    """Seconds in an interval such as ``90s``, ``30m``, ``6h``, ``1d``, ``1h30m``."""
    compact = text.strip().lower()
    parts = _INTERVAL.findall(compact)
    if not parts or _INTERVAL.sub("", compact).strip():
        raise UsageError(f"bad interval {text!r}: use a number and a unit (s, m, h, d, w), e.g. 30m, 6h, 1d")
    seconds = sum(int(n) * UNITS[unit] for n, unit in parts)
    if seconds < 1:
        raise UsageError(f"bad interval {text!r}: it must be at least 1s")
    return seconds


def format_every(seconds: int) -> str:
    out = ""
    for unit, size in sorted(UNITS.items(), key=lambda item: -item[1]):
        if seconds >= size:
            out += f"{seconds // size}{unit}"
            seconds %= size
    return out or "0s"


def check_cron(expression: str) -> str:
    text = " ".join(expression.split())
    if len(text.split(" ")) != 5 or not croniter.is_valid(text):
        raise UsageError(f"bad cron expression {expression!r}: five fields, e.g. \"0 */6 * * *\" (UTC)")
    try:
        croniter(text, datetime.now(UTC)).get_next(datetime)
    except (CroniterBadDateError, CroniterError) as exc:
        raise UsageError(f"cron expression {expression!r} never matches a date") from exc
    return text


def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def next_due(schedule: dict[str, Any], now: datetime) -> datetime:
    """The first due time strictly after now (anchored on the schedule's current due time)."""
    if schedule["cron"]:
        following: datetime = croniter(schedule["cron"], now).get_next(datetime)
        return following
    step = schedule["every_seconds"]
    due = _moment(schedule["next_due_at"])
    missed = max(0, math.floor((now - due).total_seconds() / step) + 1)
    return due + timedelta(seconds=step * missed)


def find_article(archive: Archive, target: str) -> dict[str, Any] | None:
    """An ingested article named by its source, URL, sha256, or a file with the same bytes."""
    article = idx.article_by_source(archive.index, target)
    if article is None and _is_file(target):
        article = idx.article_by_source(archive.index, hashlib.sha256(Path(target).read_bytes()).hexdigest())
    return article


def _is_file(target: str) -> bool:
    try:
        return Path(target).is_file()
    except OSError:  # e.g. ENAMETOOLONG: a long URL or name is no file, and resolve_target says what it is
        return False


def resolve_target(archive: Archive, target: str) -> Target:
    article = find_article(archive, target)
    if article:
        return Target("article", article["sha256"], article["source"])
    ref = telegram_ref(target)
    if ref is not None:
        return Target("telegram_post" if ref.post_id else "telegram_channel", ref.url, target)
    if re.match(r"^https?://[^/\s]+", target.strip(), re.IGNORECASE):
        if (urlsplit(target.strip()).hostname or "").lower() in TELEGRAM_HOSTS:
            raise UsageError(f"unknown target {target!r}: not a public Telegram channel or post "
                             f"(invitations and private chats have no web preview)")
        return Target("url", target.strip(), target)
    raise UsageError(f"unknown target {target!r}: give an http(s) URL, @channel, a t.me link, "
                     f"or an article already ingested (its path, URL or sha256)")


def add_schedule(archive: Archive, target: str, every: str | None = None, cron: str | None = None,
                 pages: int = 1, media: bool = True) -> tuple[dict[str, Any], bool]:
    """Schedule target; (the schedule, False) when the same one already exists."""
    if bool(every) == bool(cron):
        raise UsageError("give either --every INTERVAL or --cron EXPRESSION (one of them)")
    if pages < 1:
        raise UsageError("--max-pages must be at least 1")
    every_seconds = parse_every(every) if every else None
    expression = check_cron(cron) if cron else None
    resolved = resolve_target(archive, target)
    now = archive.clock().astimezone(UTC)
    first_due = now if every_seconds else croniter(expression, now).get_next(datetime)
    values = {
        "target": resolved.label, "kind": resolved.kind, "key": resolved.key, "every_seconds": every_seconds,
        "cron": expression, "pages": pages, "media": int(media), "created_at": warc_date(now),
        "next_due_at": warc_date(first_due),
    }
    schedule_id, created = sidx.add_schedule(archive.index, values)
    return next(s for s in list_schedules(archive, statuses=False) if s["id"] == schedule_id), created


def schedule_view(row: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {
        "id": row["id"], "target": row["target"], "kind": row["kind"], "key": row["key"],
        "every": format_every(row["every_seconds"]) if row["every_seconds"] else None, "cron": row["cron"],
        "pages": row["pages"], "media": bool(row["media"]), "created_at": row["created_at"],
        "next_due_at": row["next_due_at"], "due": row["next_due_at"] <= warc_date(now),
        "last_checked_at": row["last_checked_at"], "last_run_id": row["last_run_id"],
        "running": row["claimed_by"] is not None,
    }


def list_schedules(archive: Archive, statuses: bool = True) -> list[dict[str, Any]]:
    now = archive.clock()
    views = []
    for row in sidx.list_schedules(archive.index):
        view = schedule_view(row, now)
        if statuses:
            view["latest_status"] = latest_status(archive, row["key"]) if row["kind"] != "article" else None
        views.append(view)
    return views


def remove_schedule(archive: Archive, schedule_id: int) -> bool:
    return sidx.remove_schedule(archive.index, schedule_id)
