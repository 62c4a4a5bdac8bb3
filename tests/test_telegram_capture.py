"""Issue 4: capture Telegram channels and posts from a local t.me mirror, then find them by lookup."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.tme_mirror import TmeMirror
from tests.warc_rules import check_warc, check_with_warcio

START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


def iso(n: int) -> str:
    return (START + timedelta(hours=n)).isoformat()


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as server:
        posts = [(i, iso(i), f"post number {i} about logistics") for i in range(1, 46)]
        posts[4] = (5, iso(5), "post five with a photo", {"photo": True, "views": 3710000})
        posts[9] = (10, iso(10), "post ten with a video", {"video": True})
        server.add_channel("milchronicles", "Military Chronicles", posts=posts)
        server.add_channel("hidden_chan", "Hidden", posts=[(1, iso(1), "x")], preview=False)
        yield server


def feed_requests(mirror: TmeMirror) -> list[str]:
    return [path for path in mirror.requests if path.startswith("/s/")]


def test_backfill_to_a_date_walks_pages_and_indexes_every_post(tg, mirror: TmeMirror, archive_dir: Path) -> None:
    result = tg("telegram", "capture", "@milchronicles", "--since", iso(12), "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    [outcome] = result.json_lines()
    assert outcome["kind"] == "channel" and outcome["ok"] is True
    # 45 posts, 20 a page: newest page (26-45), then 6-25, which reaches --since.
    assert outcome["pages"] == 2
    assert feed_requests(mirror) == ["/s/milchronicles", "/s/milchronicles?before=26"]
    assert outcome["posts"] == 45 - 12 + 1

    rows = tg("lookup", "--json", "@milchronicles").json_lines()
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids, reverse=True) and ids[0] == 45 and 6 in ids
    post = next(row for row in rows if row["id"] == 20)
    assert post["text"] == "post number 20 about logistics"
    assert post["date"] == iso(20) and post["url"] == "https://t.me/milchronicles/20"
    assert post["warc_file"] and post["record_id"]

    # The post's structured JSON is a metadata record linked to the feed page it came from.
    with open(archive_dir / post["warc_file"], "rb") as fh:
        fh.seek(post["offset"])
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_type == "metadata"
        assert record.rec_headers.get_header("WARC-Concurrent-To") == post["page_record_id"]
        assert json.loads(record.content_stream().read())["id"] == 20
    for path in (archive_dir / "warcs").glob("*.warc.gz"):
        assert check_warc(path) == []
        check_with_warcio(path)


def test_lookup_post_url_and_closest_date(tg, mirror: TmeMirror) -> None:
    tg("telegram", "capture", "milchronicles", "--max-pages", "1", "--no-media")
    [row] = tg("lookup", "--json", "https://t.me/milchronicles/30").json_lines()
    assert row["id"] == 30 and row["text"].startswith("post number 30")
    near = tg("lookup", "--json", "@milchronicles", "--at", iso(33)).json_lines()
    assert near[0]["id"] == 33


def test_single_post_and_deleted_post(tg, mirror: TmeMirror) -> None:
    mirror.delete_post("milchronicles", 7)
    result = tg("telegram", "capture", "milchronicles", "--post", "8", "--post", "7", "--json")
    [outcome] = result.json_lines()
    assert outcome["posts"] == 2 and outcome["deleted"] == 1
    assert "/milchronicles/8?embed=1&mode=tme" in mirror.requests
    [gone] = tg("lookup", "--json", "https://t.me/milchronicles/7").json_lines()
    assert gone["deleted"] is True
    [kept] = tg("lookup", "--json", "https://t.me/milchronicles/8").json_lines()
    assert kept["deleted"] is False and kept["text"] == "post number 8 about logistics"


def test_media_is_fetched_in_the_same_run(tg, mirror: TmeMirror) -> None:
    [outcome] = tg("telegram", "capture", "milchronicles", "--since", iso(1), "--json").json_lines()
    assert outcome["media_captured"] >= 2 and outcome["media_failed"] == 0
    media = [p for p in mirror.requests if p.startswith("/media/")]
    assert any(p.endswith("/5.jpg") for p in media) and any(p.endswith(".mp4") for p in media)
    [photo] = [r for r in tg("lookup", "--json", "https://t.me/milchronicles/5").json_lines()]
    assert photo["views"] == 3710000 and photo["media"][0]["type"] == "photo"
    captured = tg("lookup", "--json", photo["media"][0]["url"]).json_lines()
    assert captured and captured[0]["status"] == 200


def test_preview_disabled_and_not_found_are_named(tg, mirror: TmeMirror) -> None:
    hidden = tg("telegram", "capture", "hidden_chan", "--json")
    [outcome] = hidden.json_lines()
    assert hidden.exit_code == 1 and outcome["kind"] == "preview_disabled"
    assert "preview is off" in outcome["errors"][0]
    missing = tg("telegram", "capture", "nosuchchannel", "--json")
    [outcome] = missing.json_lines()
    assert missing.exit_code == 1 and outcome["kind"] == "not_found"
    assert tg("telegram", "capture", "https://example.org/x").exit_code == 2


def test_capture_routes_tme_links_to_the_telegram_capture(tg, mirror: TmeMirror) -> None:
    result = tg("capture", "--json", "https://t.me/s/milchronicles", "https://telegram.me/milchronicles/12")
    rows = result.json_lines()
    assert result.exit_code == 0, rows
    assert [r["ok"] for r in rows] == [True, True]
    assert "/s/milchronicles" in mirror.requests and "/milchronicles/12?embed=1&mode=tme" in mirror.requests
    assert tg("lookup", "--json", "https://t.me/milchronicles/12").json_lines()[0]["id"] == 12


def test_politeness_delay_between_telegram_requests(run, mirror: TmeMirror) -> None:
    import time

    started = time.monotonic()
    run("telegram", "capture", "milchronicles", "--since", iso(1), "--no-media",
        settings={"telegram_url": mirror.base_url, "telegram_delay": 0.3})
    assert time.monotonic() - started >= 0.3 * (len(feed_requests(mirror)) - 1)
