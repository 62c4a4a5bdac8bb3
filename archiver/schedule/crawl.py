"""``archiver crawl``: run what is due once (``--due``) or keep running (``--forever``); every run is recorded.

One run, written once:
    1. open the run: take its lock file, then insert its ``crawl_runs`` row
    2. claim the due schedules (schedules of runs whose process is gone are released first)
    3. expand each schedule into checks: its URL, channel or post, or every source an article cites
    4. run the checks with the archive's workers: capture (a revisit when the payload is unchanged),
       then judge the source's latest event from its history, and count it in the run's row
    5. advance each schedule whose checks all finished; a stopped or killed run leaves the others due
    6. close the run (``done``, ``stopped`` or ``failed``), releasing whatever it still holds
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextvars import copy_context
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from archiver.archive import Archive
from archiver.capture.telegram import parse_telegram_ref
from archiver.errors import one_line
from archiver.flow.capture import CaptureResult, capture_url
from archiver.flow.telegram import capture_telegram
from archiver.index import articles as idx
from archiver.index import schedule as sidx
from archiver.lookup.sources import ref_timelines, telegram_ref
from archiver.lookup.timeline import Timeline
from archiver.schedule.runs import RunLock, open_run, release_dead_runs, run_alive, sweep_dead_locks
from archiver.schedule.schedules import format_every, next_due
from archiver.warc.provenance import Reason
from archiver.warc.records import warc_date
from archiver.warc.recover import recover_directory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    schedule_id: int
    source_kind: str  # url | telegram_post | telegram_channel
    target: str  # URL or canonical t.me URL
    citation_ids: tuple[int, ...] = ()  # article schedules: the citations that point at it


@dataclass
class CheckResult:
    schedule_id: int
    source_kind: str
    target: str
    ok: bool
    status: int | None = None
    error: str | None = None
    event: str | None = None  # the source's latest event after this check (see archiver.lookup.timeline)
    detail: str | None = None
    fetch_id: int | None = None
    record_id: str | None = None
    warc_file: str | None = None
    offset: int | None = None
    revisit: bool = False
    captured_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "check", **asdict(self)}


def expand(archive: Archive, schedule: dict[str, Any]) -> list[Check]:
    """The checks one schedule stands for (an article: one per distinct source its citations resolve to)."""
    if schedule["kind"] != "article":
        return [Check(schedule["id"], schedule["kind"], schedule["key"])]
    article = idx.article_by_source(archive.index, schedule["key"])
    citations: dict[str, list[int]] = {}
    for citation in idx.citations_of_article(archive.index, article["id"]) if article else []:
        if citation["target_url"]:
            citations.setdefault(citation["target_url"], []).append(citation["id"])
    checks = []
    for target, ids in citations.items():
        ref = telegram_ref(target)
        kind = "url" if ref is None else "telegram_post" if ref.post_id else "telegram_channel"
        checks.append(Check(schedule["id"], kind, target, tuple(ids)))
    return checks


def _judge(archive: Archive, check: Check, since: str) -> tuple[str | None, str | None]:
    """The source's latest event and what it says (for a channel, plus what happened to its posts).

    since: the schedule's previous check (or this one's start, the first time). A change another
    capture saw in between (a channel's crawl seeing a post edited, say) is reported by this check
    too, rather than the "unchanged" its own capture finds against that newer copy.
    """
    # The check's kind says what the target is: a "url" check of a t.me link reads the URL's timeline.
    ref = parse_telegram_ref(check.target) if check.source_kind != "url" else None
    timelines = ref_timelines(archive, check.target, ref)
    main: Timeline = timelines[0]
    event = main.latest
    if event is None:
        return None, None
    noted = None
    if event.kind == "unchanged":
        between = [e for e in main.events if e.observation.at > since and e.kind != "unchanged"]
        if between:
            event = between[-1]
            noted = f"first seen {event.observation.at} by another capture"
    change = main.change_of(event)
    detail = change["summary"] if change else event.detail
    if noted:
        detail = f"{detail} ({noted})" if detail else noted
    posts: dict[str, int] = {}
    for timeline in timelines[1:]:
        for post_event in timeline.events:
            if post_event.observation.at >= since and post_event.kind not in ("unchanged",):
                posts[post_event.kind] = posts.get(post_event.kind, 0) + 1
    if posts:
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(posts.items()))
        detail = f"{detail}; posts: {summary}" if detail else f"posts: {summary}"
    return event.kind, detail


def run_check(
    archive: Archive, check: Check, schedule: dict[str, Any], run_id: int, command: str | None
) -> CheckResult:
    every = format_every(schedule["every_seconds"]) if schedule["every_seconds"] else None
    reason = Reason("schedule", command=command, schedule={
        "id": schedule["id"], "target": schedule["target"], "every": every, "cron": schedule["cron"], "run": run_id,
    })
    started = warc_date(archive.clock())
    capture: CaptureResult | None
    if check.source_kind == "url":
        capture = capture_url(archive, check.target, reason)
        ok, error = capture.ok, capture.error
    else:
        ref = parse_telegram_ref(check.target)
        assert ref is not None  # schedules and citations only hold parseable t.me URLs
        outcome = capture_telegram(archive, ref, reason, media=bool(schedule["media"]),
                                   max_pages=schedule["pages"] if ref.post_id is None else None)
        capture = outcome.first
        ok, error = outcome.ok, "; ".join(outcome.errors) or (capture.error if capture else None)
    fetch_id = capture.fetch_id if capture else None
    for citation_id in check.citation_ids:
        if fetch_id is not None:
            idx.link_capture(archive.index, citation_id, fetch_id, "scheduled", warc_date(archive.clock()))
    since = schedule["last_checked_at"] or started
    event, detail = _judge(archive, check, since) if fetch_id is not None else (None, None)
    result = CheckResult(schedule["id"], check.source_kind, check.target, ok, error=error, event=event, detail=detail)
    if capture is not None:
        result.status, result.fetch_id, result.record_id = capture.status, capture.fetch_id, capture.record_id
        result.warc_file, result.offset, result.revisit = capture.warc_file, capture.offset, capture.revisit
        result.captured_at = capture.captured_at
    return result


def _finish(archive: Archive, schedule: dict[str, Any], run_id: int) -> None:
    now = archive.clock()
    sidx.finish_schedule(archive.index, schedule["id"], run_id, warc_date(now), warc_date(next_due(schedule, now)))


def _check_all(archive: Archive, run_id: int, claimed: list[dict[str, Any]], stop: threading.Event,
               command: str | None) -> Iterator[CheckResult]:
    schedules = {s["id"]: s for s in claimed}
    checks = {s["id"]: expand(archive, s) for s in claimed}
    left = {sid: len(items) for sid, items in checks.items()}
    for sid, count in left.items():
        if count == 0:
            _finish(archive, schedules[sid], run_id)

    def job(check: Check) -> CheckResult | None:
        return None if stop.is_set() else run_check(archive, check, schedules[check.schedule_id], run_id, command)

    with ThreadPoolExecutor(max_workers=max(1, archive.settings.workers)) as pool:
        futures: dict[Future[CheckResult | None], Check] = {
            pool.submit(copy_context().run, job, check): check  # the job fence, if any, goes along
            for items in checks.values() for check in items
        }
        try:
            for future in as_completed(futures):
                if stop.is_set():
                    for pending in futures:
                        pending.cancel()
                result = None if future.cancelled() else future.result()
                if result is None:
                    continue  # stopped before it started: the schedule stays due
                counters = {"checked": 1, "ok" if result.ok else "failed": 1}
                if result.event:
                    counters[result.event] = 1
                sidx.count(archive.index, run_id, counters)
                left[result.schedule_id] -= 1
                if left[result.schedule_id] == 0:
                    _finish(archive, schedules[result.schedule_id], run_id)
                yield result
        finally:
            for pending in futures:
                pending.cancel()


def crawl(archive: Archive, mode: str = "due", only: list[int] | None = None, stop: threading.Event | None = None,
          command: str | None = None) -> Iterator[CheckResult | dict[str, Any]]:
    """One run: yields a CheckResult per check as it finishes, then the run's row (a dict, kind "run")."""
    stop = stop or threading.Event()
    with RunLock(archive.settings.archive) as lock:
        run_id = open_run(archive, lock, mode)
        status, error = "done", None
        try:
            shared = archive.settings.uses_postgresql
            alive = lambda run: run_alive(archive.settings.archive, run, shared)  # noqa: E731
            claimed = sidx.claim_due(archive.index, run_id, warc_date(archive.clock()), alive, only)
            sweep_dead_locks(archive.settings.archive)  # of crawls killed before their row existed
            yield from _check_all(archive, run_id, claimed, stop, command)
            status = "stopped" if stop.is_set() else "done"
        except (GeneratorExit, KeyboardInterrupt):
            status = "stopped"
            raise
        except BaseException as exc:
            status, error = "failed", one_line(exc)
            raise
        finally:
            summary = sidx.end_run(archive.index, run_id, warc_date(archive.clock()), status, error)
        yield {"kind": "run", **summary}


def _seconds_until(now: datetime, iso: str) -> float:
    return (datetime.fromisoformat(iso.replace("Z", "+00:00")) - now).total_seconds()


def crawl_forever(archive: Archive, stop: threading.Event, max_runs: int | None = None, poll: float = 60.0,
                  command: str | None = None,
                  on_wait: Callable[[str | None], None] | None = None) -> Iterator[CheckResult | dict[str, Any]]:
    """Run whenever something is due, sleeping until the next due time (at most ``poll`` s) until stop is set.

    on_wait(next due time, or None when nothing is scheduled) is called before each sleep."""
    runs = 0
    while not stop.is_set():
        for recovered in recover_directory(archive.settings.warc_dir):  # left open by crawls killed meanwhile
            log.warning("closed %s left open by a killed process", recovered.path.name)
        release_dead_runs(archive)
        now = archive.clock()
        due = sidx.next_due_at(archive.index)
        if due is not None and due <= warc_date(now):
            yield from crawl(archive, "forever", stop=stop, command=command)
            runs += 1
            if max_runs is not None and runs >= max_runs:
                return
            continue
        if on_wait is not None:
            on_wait(due)
        stop.wait(poll if due is None else min(poll, max(0.05, _seconds_until(now, due))))
