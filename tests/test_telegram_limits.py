"""Issue 18 (4, 5): a t.me feed that loops, and numbers too big for SQLite, end with a clear line and keep
every written record indexed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from archiver.archive import Archive
from archiver.flow.capture import capture_url
from archiver.index.telegram import add_posts
from archiver.settings import load_settings
from archiver.warc.provenance import Reason
from tests.servers import Exchange, OriginServer, Response
from tests.tme_mirror import TmeMirror

BIG = 2**64  # past SQLite's largest integer (2^63 - 1)


def day(n: int) -> str:
    return f"2026-01-{n:02d}T08:00:00+00:00"


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as server:
        server.add_channel("loopchan", "Loop", posts=[(i, day(1 + i % 28), f"post {i}") for i in range(1, 46)])
        server.add_channel("bigchan", "Big numbers", subscribers=BIG, posts=[
            (1, day(1), "one", {"views": BIG}), (2, day(2), "two", {"views": 7}),
        ])
        yield server


def index_rows(archive_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(archive_dir / "index.sqlite3") as db:
        return db.execute(sql).fetchall()


@pytest.mark.parametrize("cursor_step", [0, +5])  # the cursor repeats; the cursor moves forward
def test_feed_whose_cursor_does_not_go_back_is_walked_once(run, mirror: TmeMirror, origin: OriginServer,
                                                           cursor_step: int) -> None:
    newest = requests.get(f"{mirror.base_url}/s/loopchan", timeout=10).text  # posts 26-45, data-before="26"
    assert 'data-before="26"' in newest
    calls: list[str] = []

    def feed(ex: Exchange) -> Response:
        calls.append(ex.target)
        if len(calls) > 10:  # without the guard the walk would never end: end it here, and fail below
            return Response(404, b"enough")
        before = 26 + cursor_step * (len(calls) - 1)
        return Response(200, newest.replace('data-before="26"', f'data-before="{before}"').encode())

    origin.set_route(f"/loop{cursor_step}/s/loopchan", feed)
    settings = {"telegram_url": origin.url(f"/loop{cursor_step}"), "telegram_delay": 0, "telegram_backoff": 0}
    result = run("telegram", "capture", "@loopchan", "--no-media", "--json", settings=settings)
    [outcome] = result.json_lines()
    assert len(calls) == 2, calls  # the first page, then the page its cursor names, which names no older one
    assert result.exit_code == 1 and outcome["pages"] == 2
    assert any("does not go back" in error for error in outcome["errors"]), outcome["errors"]


def test_counts_past_sqlite_integers_are_clamped_and_kept_exact_in_json(tg, archive_dir: Path) -> None:
    result = tg("telegram", "capture", "@bigchan", "--no-media", "--json")
    [outcome] = result.json_lines()
    assert result.exit_code == 0 and outcome["ok"] and outcome["posts"] == 2, result.stdout + result.stderr
    assert index_rows(archive_dir, "SELECT post_id, views FROM telegram_posts ORDER BY post_id") == [
        (1, 2**63 - 1), (2, 7)]
    assert index_rows(archive_dir, "SELECT subscribers FROM telegram_channels") == [(2**63 - 1,)]
    views = {row["id"]: row["views"] for row in tg("lookup", "--json", "@bigchan").json_lines()}
    assert views[1] == 18_446_744_073_709_550_000  # t.me shows "18446744073709.55M"; the JSON keeps the number


def test_a_post_that_cannot_be_indexed_costs_no_other_row(archive_dir: Path) -> None:
    def row(post_id: int) -> dict[str, object]:
        post = {"channel": "chan", "id": post_id, "url": f"https://t.me/chan/{post_id}", "date": day(1),
                "text": "x", "views": 1, "edited": False, "deleted": False, "media": []}
        return {"post": post, "observed_at": day(2), "fetch_id": None, "page_url": "https://t.me/s/chan",
                "page_record_id": None, "warc_file": None, "offset": None, "length": None, "record_id": None}

    with Archive(load_settings({"archive": archive_dir})) as archive, archive.index.transaction() as db:
        problems = add_posts(db, [row(1), row(BIG), row(3)])
    assert problems == [f"https://t.me/chan/{BIG}: not indexed (Python int too large to convert to SQLite INTEGER)"]
    assert index_rows(archive_dir, "SELECT post_id FROM telegram_posts ORDER BY post_id") == [(1,), (3,)]


def test_written_records_keep_their_rows_when_extra_rows_fail(origin: OriginServer, archive_dir: Path) -> None:
    def failing_hook(*_args: object) -> None:
        raise OverflowError("a field too big")

    settings = load_settings({"archive": archive_dir, "allow_private": True, "host_delay": 0})
    with Archive(settings) as archive, pytest.raises(OverflowError):
        capture_url(archive, origin.url("/html"), Reason("test"), index_hook=failing_hook)
    assert index_rows(archive_dir, "SELECT count(*) FROM fetches") == [(1,)]
    assert index_rows(archive_dir, "SELECT count(*) FROM captures") == [(1,)]
