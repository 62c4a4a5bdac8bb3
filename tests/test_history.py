"""Issue 5: a scheduled source's history (first, unchanged, changed, deleted, unavailable, restored),
the revisit records behind "unchanged", Telegram edits and deletions, and latest statuses in lookup/ingest."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from archiver.lookup.diff import diff_lines, diff_payloads
from archiver.lookup.timeline import Observation, classify
from tests.servers import OriginServer, Response
from tests.tme_mirror import TmeMirror
from tests.warc_rules import check_warc, check_with_warcio

PAGE_V1 = b"<html><head><title>Statement</title></head><body><p>The ministry said A.</p><p>Signed.</p></body></html>"
PAGE_V2 = (b"<html><head><title>Statement</title></head><body><p>The ministry said B.</p><p>Signed.</p>"
           b"<p>Updated at noon.</p></body></html>")


def events(rows: list[dict[str, Any]]) -> list[str]:
    return [row["event"] for row in rows]


def record_at(archive: Path, warc_file: str, offset: int):  # type: ignore[no-untyped-def]
    with open(archive / warc_file, "rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        return record.rec_type, record.rec_headers


def assert_warcs_valid(archive: Path) -> None:
    files = sorted((archive / "warcs").glob("*.warc.gz"))
    known = set()
    for path in files:
        with open(path, "rb") as fh:
            known.update(r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(fh))
    for path in files:
        assert check_warc(path, known) == [], path.name
        check_with_warcio(path)


def test_a_source_that_changes_then_disappears(run, origin: OriginServer, archive_dir: Path) -> None:
    origin.set_route("/history/statement", PAGE_V1)
    url = origin.url("/history/statement")
    assert run("schedule", "add", url, "--every", "1s").exit_code == 0
    checks = []
    for n, content in enumerate((PAGE_V1, PAGE_V1, PAGE_V2, Response(404, b"gone"))):
        if n:
            time.sleep(1.0)  # due again
        origin.set_route("/history/statement", content)
        result = run("crawl", "--due", "--json")
        assert result.exit_code == 0, result.stderr
        [check] = [row for row in result.json_lines() if row["kind"] == "check"]
        checks.append(check)
    assert events(checks) == ["first", "unchanged", "changed", "deleted"]
    assert [c["revisit"] for c in checks] == [False, True, False, False]

    rows = run("history", url, "--json").json_lines()
    assert events(rows) == ["first", "unchanged", "changed", "deleted"]
    assert [row["at"] for row in rows] == sorted(row["at"] for row in rows)
    first, unchanged, changed, deleted = rows
    assert changed["detail"] == "+2 −1 lines: “The ministry said B.”"
    assert changed["change"]["added"] == 2 and changed["change"]["removed"] == 1
    assert deleted["status"] == 404 and deleted["detail"] == "HTTP 404"

    # "unchanged" is an identical-payload-digest revisit of the first response, with the pywb fields
    assert unchanged["record_type"] == "revisit"
    rec_type, headers = record_at(archive_dir, unchanged["warc_file"], unchanged["offset"])
    _, original = record_at(archive_dir, first["warc_file"], first["offset"])
    assert rec_type == "revisit"
    assert headers.get_header("WARC-Profile") == "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    assert headers.get_header("WARC-Refers-To") == first["record_id"]
    assert headers.get_header("WARC-Refers-To-Target-URI") == original.get_header("WARC-Target-URI") == url
    assert headers.get_header("WARC-Refers-To-Date") == original.get_header("WARC-Date")
    assert headers.get_header("WARC-Truncated") == "length"
    assert headers.get_header("WARC-Payload-Digest") == original.get_header("WARC-Payload-Digest")
    assert_warcs_valid(archive_dir)

    text = run("history", url).stdout
    assert "changed     200  +2 −1 lines" in text and "unchanged   200 revisit" in text
    # lookup and the schedule list say where it stands now
    looked = run("lookup", "--json", url).json_lines()
    assert {row["latest_status"] for row in looked} == {"deleted"}
    [listed] = run("schedule", "list", "--json").json_lines()
    assert listed["latest_status"] == "deleted"
    db_runs = run("schedule", "runs", "--json").json_lines()
    assert [(r["first"], r["unchanged"], r["changed"], r["deleted"]) for r in reversed(db_runs)] == [
        (1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1)]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_failures_are_unavailable_until_the_threshold(run, origin: OriginServer) -> None:
    origin.set_route("/history/flaky", PAGE_V1)
    url = origin.url("/history/flaky")
    run("schedule", "add", url, "--every", "1h")
    steps = [PAGE_V1, Response(503, b"busy"), Response(500, b"err"), PAGE_V1, Response(502, b"bad"),
             Response(500, b"err"), Response(500, b"err"), Response(500, b"err"), PAGE_V2]
    for content in steps:
        origin.set_route("/history/flaky", content)
        run("crawl", "--id", "1", settings={"unavailable_threshold": 3})
    rows = run("history", url, "--json", settings={"unavailable_threshold": 3}).json_lines()
    assert events(rows) == ["first", "unavailable", "unavailable", "unchanged", "unavailable", "unavailable",
                            "deleted", "deleted", "restored"]
    assert rows[1]["detail"] == "HTTP 503 (1 of 3 failures before it counts as deleted)"
    assert rows[6]["detail"] == "unavailable 3 checks in a row (last: HTTP 500)"
    assert rows[7]["detail"] == "still gone: HTTP 500"
    assert rows[8]["detail"].startswith("+2 −1 lines")  # restored, and not as it was
    # the threshold is a setting: with 2, the second failure in a row already counts as a deletion
    assert events(run("history", url, "--json", settings={"unavailable_threshold": 2}).json_lines())[5] == "deleted"


def test_connection_errors_are_unavailable_not_deleted(run) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/nothing-listens-here"
    run("schedule", "add", url, "--every", "1h")
    for _ in range(2):
        result = run("crawl", "--id", "1", "--json")
        assert result.exit_code == 1  # a failed check
    rows = run("history", url, "--json").json_lines()
    assert events(rows) == ["unavailable", "unavailable"] and rows[0]["status"] is None
    assert "refused" in rows[0]["detail"].lower()


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as server:
        server.add_channel("watched_chan", "Watched", posts=[
            (i, f"2026-02-{i:02d}T10:00:00+00:00", f"post {i}\nsecond line of {i}", {"photo": i == 5})
            for i in range(1, 16)
        ])
        yield server


def test_telegram_post_edited_then_deleted(tg, mirror: TmeMirror) -> None:
    post = "https://t.me/watched_chan/7"
    [added] = tg("schedule", "add", post, "--every", "1h", "--json").json_lines()
    assert added["kind"] == "telegram_post"
    tg("crawl", "--due")
    tg("crawl", "--id", "1")
    mirror.edit_post("watched_chan", 7, "post 7\nsecond line, corrected")
    [edited] = [r for r in tg("crawl", "--id", "1", "--json").json_lines() if r["kind"] == "check"]
    assert edited["event"] == "changed"
    mirror.delete_post("watched_chan", 7)
    tg("crawl", "--id", "1")
    rows = tg("history", post, "--json").json_lines()
    assert events(rows) == ["first", "unchanged", "changed", "deleted"]
    assert rows[2]["detail"] == "text edited (+1 −1 lines: “second line, corrected”); marked “edited”"
    assert rows[3]["detail"] == "t.me says “Post not found”"
    [looked] = tg("lookup", "--json", post).json_lines()[:1]
    assert looked["latest_status"] == "deleted"


def test_telegram_post_gone_from_the_feed(tg, mirror: TmeMirror) -> None:
    tg("schedule", "add", "@watched_chan", "--every", "1h", "--no-media")
    [first] = [r for r in tg("crawl", "--due", "--json").json_lines() if r["kind"] == "check"]
    assert first["event"] == "first" and first["source_kind"] == "telegram_channel"
    mirror.delete_post("watched_chan", 10)  # posts 9 and 11 stay
    mirror.delete_post("watched_chan", 15)  # the newest: nothing newer, so its absence proves nothing
    [second] = [r for r in tg("crawl", "--id", "1", "--json").json_lines() if r["kind"] == "check"]
    assert second["event"] == "unchanged" and second["detail"] == "posts: 1 deleted"
    rows = tg("history", "https://t.me/watched_chan/10", "--json").json_lines()
    assert events(rows) == ["first", "deleted"]
    assert rows[1]["detail"] == "gone from the channel's feed (older and newer posts still there)"
    assert events(tg("history", "https://t.me/watched_chan/15", "--json").json_lines()) == ["first"]
    channel = tg("history", "@watched_chan", "--json").json_lines()
    assert channel[0]["source_kind"] == "telegram_channel" and events(channel[:2]) == ["first", "unchanged"]
    assert {row["source"] for row in channel} >= {"https://t.me/watched_chan", "https://t.me/watched_chan/9"}
    statuses = {row["id"]: row["latest_status"] for row in tg("lookup", "--json", "@watched_chan").json_lines()}
    assert statuses[10] == "deleted" and statuses[9] == "unchanged" and statuses[15] == "first"


def test_an_edit_seen_first_by_another_schedule_is_still_reported(tg, mirror: TmeMirror) -> None:
    """Post 13 is watched on its own and through its channel: whichever crawl sees an edit first, the
    other schedule's next check reports it too, not "unchanged" against the already-edited copy."""
    tg("schedule", "add", "@watched_chan", "--every", "1h", "--no-media")
    tg("schedule", "add", "https://t.me/watched_chan/13", "--every", "1h")
    tg("crawl", "--due")

    def check(schedule_id: int) -> dict[str, Any]:
        [row] = [r for r in tg("crawl", "--id", str(schedule_id), "--json").json_lines() if r["kind"] == "check"]
        return row

    mirror.edit_post("watched_chan", 13, "post 13\nsecond line, corrected")
    assert check(1)["detail"] == "posts: 1 changed"  # the channel's crawl sees the edit first
    post = check(2)
    assert post["event"] == "changed" and "corrected" in post["detail"] and "by another capture" in post["detail"]
    assert check(2)["event"] == "unchanged"  # reported once: the next check has nothing new
    mirror.edit_post("watched_chan", 13, "post 13\nedited again")
    assert check(2)["event"] == "changed"  # now the post's own check sees it first
    assert check(1)["detail"] == "posts: 1 changed"  # and the channel's next check still counts it
    assert check(1).get("detail") is None


def test_article_history_and_gone_sources(tg, origin: OriginServer, tmp_path: Path) -> None:
    origin.set_route("/history/cited-a", PAGE_V1)
    origin.set_route("/history/cited-b", PAGE_V1)
    article = tmp_path / "piece.txt"
    article.write_text(f"The statement ({origin.url('/history/cited-a')}) was echoed.\n"
                       f"Original source: {origin.url('/history/cited-b')}\n", encoding="utf-8")
    [summary] = tg("ingest", "--json", str(article)).json_lines()
    assert summary["gone"] == [] and summary["captured"] == 2
    [schedule] = tg("schedule", "add", str(article), "--every", "1h", "--json").json_lines()
    assert schedule["kind"] == "article" and schedule["key"] == summary["sha256"]
    origin.set_route("/history/cited-b", Response(410, b"removed"))
    checks = [r for r in tg("crawl", "--due", "--json").json_lines() if r["kind"] == "check"]
    assert sorted((c["target"].rsplit("/", 1)[1], c["event"]) for c in checks) == [
        ("cited-a", "unchanged"), ("cited-b", "deleted")]
    rows = tg("history", str(article), "--json").json_lines()
    by_source = {}
    for row in rows:
        by_source.setdefault(row["source"].rsplit("/", 1)[1], []).append(row["event"])
        assert row["article"] == str(article) and row["cited_as"]
    assert by_source == {"cited-a": ["first", "unchanged"], "cited-b": ["first", "deleted"]}
    # lookup of the article: each citation's latest status; the re-check is linked to the citation
    cited = {row["target_url"].rsplit("/", 1)[1]: row for row in tg("lookup", "--json", str(article)).json_lines()
             if row["target_url"]}
    assert cited["cited-b"]["latest_status"] == "deleted"
    assert [c["how"] for c in cited["cited-b"]["captures"]] == ["scheduled", "captured"]
    # a new article citing the removed source: ingest says it is gone
    other = tmp_path / "other.txt"
    other.write_text(f"Source: {origin.url('/history/cited-b')}\n", encoding="utf-8")
    [again] = tg("ingest", "--json", str(other)).json_lines()
    assert again["gone"] == [origin.url("/history/cited-b")]
    assert again["sources"][0]["latest_status"] == "deleted"


def test_article_history_shows_the_sources_it_cites_not_a_channels_other_posts(
    tg, mirror: TmeMirror, tmp_path: Path
) -> None:
    article = tmp_path / "roundup.txt"
    article.write_text("The channel https://t.me/watched_chan keeps posting; see https://t.me/watched_chan/7 .\n",
                       encoding="utf-8")
    tg("ingest", "--json", str(article))
    channel_sources = {row["source"] for row in tg("history", "@watched_chan", "--json").json_lines()}
    assert "https://t.me/watched_chan/9" in channel_sources  # the channel's history does list its posts
    rows = tg("history", str(article), "--json").json_lines()
    assert {row["source"] for row in rows} == {"https://t.me/watched_chan", "https://t.me/watched_chan/7"}
    assert all(row["article"] == str(article) and row["cited_as"] for row in rows)


def test_history_of_nothing_and_of_a_bad_target(run) -> None:
    no_archive = run("history", "https://example.org/never-captured")
    assert no_archive.exit_code == 1 and "no archive at" in no_archive.stderr  # a mistyped --archive
    run("ingest")  # creates the (empty) archive
    missing = run("history", "https://example.org/never-captured")
    assert missing.exit_code == 1 and "nothing archived" in missing.stderr
    bad = run("history", "not a target")
    assert bad.exit_code == 2 and bad.stderr.startswith("archiver: error: unknown target")


# -- the pure parts -----------------------------------------------------------------------------------
def obs(state: str, signature: str | None = None, n: int = 0) -> Observation:
    return Observation(f"2026-01-01T00:00:{n:02d}.000000Z", state, signature=signature, reason="x")


@pytest.mark.parametrize("states, expected", [
    ("pppq", ["first", "unchanged", "unchanged", "changed"]),
    ("gp", ["deleted", "first"]),  # gone at the first check, then found: first, not restored
    ("uuu", ["unavailable", "unavailable", "unavailable"]),  # never seen: never "deleted"
    ("pugup", ["first", "unavailable", "deleted", "deleted", "restored"]),
    ("puupuu", ["first", "unavailable", "unavailable", "unchanged", "unavailable", "unavailable"]),
])
def test_classify(states: str, expected: list[str]) -> None:
    observations = [obs({"p": "present", "q": "present", "g": "gone", "u": "unavailable"}[s],
                        "B" if s == "q" else "A" if s == "p" else None, i) for i, s in enumerate(states)]
    assert [e.kind for e in classify(observations, threshold=3)] == expected


def test_diff_summaries() -> None:
    assert diff_lines(["a", "b"], ["a", "c", "d"]).summary == "+2 −1 lines: “c”"
    assert diff_lines(["a", "b"], ["a"]).summary == "+0 −1 lines: “b”"
    long = diff_lines([], ["x" * 300])
    assert long.first_change is not None and len(long.first_change) == 120 and long.first_change.endswith("…")
    html = diff_payloads(b"<p>same</p><script>var a=1</script>", "text/html",
                         b"<p>same</p><script>var a=2</script>", "text/html; charset=utf-8")
    assert html.summary == "same text (only markup, scripts or whitespace changed)"
    binary = diff_payloads(b"\x00" * 10, "image/png", b"\x01" * 12, "image/png")
    assert binary.binary and binary.summary == "content changed (10 → 12 bytes)"
    latin = diff_payloads("café".encode("latin-1"), "text/plain; charset=latin-1", b"cafe", "text/plain")
    assert latin.summary == "+1 −1 lines: “cafe”"


def test_a_soft_banned_client_sees_unavailable_not_deleted(tg, mirror: TmeMirror) -> None:
    """t.me answers a distrusted client with the "Contact" page: that is no proof the post or channel went."""
    tg("schedule", "add", "https://t.me/watched_chan/3", "--every", "1h")
    tg("schedule", "add", "@watched_chan", "--every", "1h", "--no-media")
    tg("crawl", "--due")
    mirror.soft_ban()
    for _ in range(2):
        tg("crawl", "--id", "1", "--id", "2")
    post = tg("history", "https://t.me/watched_chan/3", "--json").json_lines()
    assert events(post) == ["first", "unchanged", "unavailable", "unavailable"]  # seen by both schedules at first
    assert "refusing this client" in post[2]["detail"]
    channel = [row for row in tg("history", "@watched_chan", "--json").json_lines()
               if row["source_kind"] == "telegram_channel"]
    assert events(channel) == ["first", "unavailable", "unavailable"]
    tg("crawl", "--id", "1", "--id", "2")  # the third failure in a row
    assert events(tg("history", "https://t.me/watched_chan/3", "--json").json_lines())[-1] == "deleted"


def test_immediate_telegram_retries_count_as_one_check() -> None:
    from types import SimpleNamespace

    from archiver.flow import telegram
    from archiver.lookup.sources import TELEGRAM_RETRY_SLEEPS, _page_failures

    assert TELEGRAM_RETRY_SLEEPS == telegram.RETRIES - 1
    archive = SimpleNamespace(settings=SimpleNamespace(telegram_backoff=5.0))

    def fetch(n: int, start: str, end: str) -> dict[str, Any]:
        return {"fetch_id": n, "url": "u", "started_at": start, "ended_at": end, "status": 502, "error": None}

    rows = [  # one check retried twice (5 s, then 10 s later), and a check an hour later
        fetch(1, "2026-01-01T00:00:00.000000Z", "2026-01-01T00:00:01.000000Z"),
        fetch(2, "2026-01-01T00:00:06.000000Z", "2026-01-01T00:00:07.000000Z"),
        fetch(3, "2026-01-01T00:00:17.000000Z", "2026-01-01T00:00:18.000000Z"),
        fetch(4, "2026-01-01T01:00:00.000000Z", "2026-01-01T01:00:01.000000Z"),
    ]
    failures = _page_failures(archive, rows, lambda r: True, lambda r: f"HTTP {r['status']}")  # type: ignore[arg-type]
    assert [o.ref["fetch_id"] for o in failures] == [3, 4]


def test_a_source_gone_from_the_first_check_is_missing_not_removed() -> None:
    from archiver.lookup.timeline import Timeline

    gone = [obs("gone", None, 0), obs("gone", None, 1)]
    timeline = Timeline("http://example.org/dead", "url", classify(gone, threshold=3))
    assert [e.kind for e in timeline.events] == ["deleted", "deleted"]
    assert timeline.status == "missing"
    seen = Timeline("http://example.org/x", "url", classify([obs("present", "A", 0), obs("gone", None, 1)], 3))
    assert seen.status == "deleted"
