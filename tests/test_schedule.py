"""Issue 5: schedules (add / list / remove), `crawl --due`, `crawl --forever`, and the runs they record."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from archiver.errors import UsageError
from archiver.schedule.schedules import format_every, next_due, parse_every
from tests.servers import OriginServer, Response, make_html

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.fixture
def page(origin: OriginServer, request: pytest.FixtureRequest) -> str:
    path = f"/schedule/{request.node.name}"
    origin.set_route(path, make_html("scheduled page", 2000, seed=3))
    return origin.url(path)


def test_add_list_remove(run, page: str) -> None:
    added = run("schedule", "add", page, "--every", "6h", "--json")
    assert added.exit_code == 0, added.stderr
    [row] = added.json_lines()
    assert row["kind"] == "url" and row["every"] == "6h" and row["due"] is True and row["created"] is True
    [again] = run("schedule", "add", page, "--every", "6h", "--json").json_lines()
    assert again["id"] == row["id"] and again["created"] is False  # the same schedule is not added twice
    [channel] = run("schedule", "add", "@durov", "--cron", "0 */6 * * *", "--json").json_lines()
    assert channel["kind"] == "telegram_channel" and channel["key"] == "https://t.me/durov"
    assert channel["due"] is False and channel["next_due_at"].endswith(":00:00.000000Z")  # due at the next match
    [post] = run("schedule", "add", "https://t.me/s/durov/505", "--every", "1d", "--json").json_lines()
    assert post["kind"] == "telegram_post" and post["key"] == "https://t.me/durov/505"

    listed = run("schedule", "list", "--json").json_lines()
    assert [r["id"] for r in listed] == [row["id"], channel["id"], post["id"]]
    assert all(r["latest_status"] is None for r in listed)  # never checked yet
    text = run("schedule", "list").stdout
    assert "every 6h, due" in text and "cron '0 */6 * * *'" in text

    assert run("schedule", "remove", str(channel["id"])).exit_code == 0
    assert [r["id"] for r in run("schedule", "list", "--json").json_lines()] == [row["id"], post["id"]]
    missing = run("schedule", "remove", "999")
    assert missing.exit_code == 1 and "no schedule #999" in missing.stderr


@pytest.mark.parametrize("args, message", [
    (("https://example.org/", "--every", "6x"), "bad interval '6x'"),
    (("https://example.org/", "--every", "0s"), "at least 1s"),
    (("https://example.org/", "--cron", "0 */6 * *"), "bad cron expression"),
    (("https://example.org/", "--cron", "61 * * * *"), "bad cron expression"),
    (("https://example.org/",), "give either --every"),
    (("https://example.org/", "--every", "1h", "--cron", "* * * * *"), "give either --every"),
    (("no-such-article.txt", "--every", "1h"), "unknown target 'no-such-article.txt'"),
    (("ftp://example.org/x", "--every", "1h"), "unknown target"),
    (("https://t.me/joinchat/abc", "--every", "1h"), "unknown target"),
])
def test_bad_input_is_one_line_and_exit_2(run, args: tuple[str, ...], message: str) -> None:
    result = run("schedule", "add", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("archiver: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1
    assert run("schedule", "list", "--json").json_lines() == []


@pytest.mark.parametrize(
    "args", [(), ("--due", "--forever"), ("--due", "--max-runs", "2"), ("--forever", "--max-runs", "0")]
)
def test_crawl_needs_one_mode(run, args: tuple[str, ...]) -> None:
    result = run("crawl", *args)
    assert result.exit_code == 2 and result.stderr.startswith("archiver: error: ")


def test_intervals_and_next_due() -> None:
    assert parse_every("90s") == 90 and parse_every("6h") == 21600 and parse_every("1h30m") == 5400
    assert parse_every(" 2 D ") == 172800 and format_every(5400) == "1h30m" and format_every(604800) == "1w"
    for bad in ("", "6", "h", "6h x", "-1h", "1.5h"):
        with pytest.raises(UsageError):
            parse_every(bad)
    every = {"cron": None, "every_seconds": 3600, "next_due_at": iso(T0)}
    # anchored on the due time: a run that ends late does not push the cadence back
    assert next_due(every, T0 + timedelta(minutes=5)) == T0 + timedelta(hours=1)
    # runs missed while nothing ran are not made up one by one: the next one is in the future
    assert next_due(every, T0 + timedelta(hours=5, minutes=1)) == T0 + timedelta(hours=6)
    # a schedule run early (crawl --id) keeps its coming due time
    assert next_due(every, T0 - timedelta(minutes=10)) == T0
    cron = {"cron": "0 */6 * * *", "every_seconds": None, "next_due_at": iso(T0)}
    assert next_due(cron, T0 + timedelta(minutes=1)) == T0 + timedelta(hours=6)


def test_crawl_due_runs_what_is_due_once_and_records_each_run(run, page: str, archive_dir: Path) -> None:
    run("schedule", "add", page, "--every", "6h")
    first = run("crawl", "--due", "--json")
    assert first.exit_code == 0, first.stderr
    check, summary = first.json_lines()
    assert check["kind"] == "check" and check["ok"] and check["event"] == "first" and check["status"] == 200
    assert summary["kind"] == "run" and summary["status"] == "done" and summary["schedules"] == 1
    assert (summary["checked"], summary["ok"], summary["first"]) == (1, 1, 1)
    # not due again for 6 hours
    [idle] = run("crawl", "--due", "--json").json_lines()
    assert idle["kind"] == "run" and idle["schedules"] == 0 and idle["checked"] == 0
    # --id runs it now anyway, and keeps its due time
    now = run("crawl", "--id", "1", "--json").json_lines()
    assert now[0]["event"] == "unchanged" and now[0]["revisit"] is True
    [listed] = run("schedule", "list", "--json").json_lines()
    assert listed["due"] is False and listed["latest_status"] == "unchanged" and listed["last_run_id"] == 3
    unknown = run("crawl", "--id", "7")
    assert unknown.exit_code == 1 and "no schedule #7" in unknown.stderr
    runs = run("schedule", "runs", "--json").json_lines()
    assert [r["id"] for r in runs] == [3, 2, 1] and all(r["ended_at"] and r["status"] == "done" for r in runs)
    assert [r["mode"] for r in runs] == ["now", "due", "due"]
    assert "1 schedules, 1 checks (1 ok, 0 failed); 1 unchanged" in run("schedule", "runs").stdout
    assert not list((archive_dir / "runs").glob("*.lock"))


def test_a_dead_run_is_interrupted_and_its_schedules_taken_over(run, page: str, archive_dir: Path) -> None:
    run("schedule", "add", page, "--every", "1h")
    run("schedule", "list")  # creates the index
    db = sqlite3.connect(archive_dir / "index.sqlite3")
    with db:  # a crawl killed after claiming: its row says running, its lock file is gone
        db.execute("INSERT INTO crawl_runs (started_at, status, mode, pid, host, lock) "
                   "VALUES ('2026-01-01T00:00:00.000000Z', 'running', 'due', 1, 'h', 'gone')")
        db.execute("UPDATE schedules SET claimed_by = 1")
    [listed] = run("schedule", "list", "--json").json_lines()
    assert listed["running"] is True
    check, summary = run("crawl", "--due", "--json").json_lines()
    assert check["event"] == "first" and summary["id"] == 2
    assert db.execute("SELECT status FROM crawl_runs WHERE id = 1").fetchone()[0] == "interrupted"
    db.close()


def test_a_run_with_a_live_holder_leaves_its_schedules_alone(run, page: str, archive_dir: Path) -> None:
    from archiver.schedule.runs import LOCK_DIR, RunLock

    run("schedule", "add", page, "--every", "1h")
    run("schedule", "list")
    with RunLock(archive_dir) as lock:  # another crawl, alive
        db = sqlite3.connect(archive_dir / "index.sqlite3")
        with db:
            db.execute("INSERT INTO crawl_runs (started_at, status, mode, pid, host, lock) "
                       "VALUES ('2026-01-01T00:00:00.000000Z', 'running', 'due', 1, 'h', ?)", (lock.token,))
            db.execute("UPDATE schedules SET claimed_by = 1")
        [summary] = run("crawl", "--due", "--json").json_lines()
        assert summary["schedules"] == 0
        assert db.execute("SELECT status FROM crawl_runs WHERE id = 1").fetchone()[0] == "running"
        db.close()
    assert not list((archive_dir / LOCK_DIR).glob("*.lock"))


def test_crawl_forever_sleeps_until_due_and_stops_after_max_runs(run, page: str) -> None:
    run("schedule", "add", page, "--every", "1s")
    started = time.monotonic()
    result = run("crawl", "--forever", "--max-runs", "2", "--poll", "5", "--json")
    elapsed = time.monotonic() - started
    assert result.exit_code == 0, result.stderr
    rows = result.json_lines()
    assert [r["kind"] for r in rows] == ["check", "run", "check", "run"]
    assert [r["event"] for r in rows if r["kind"] == "check"] == ["first", "unchanged"]
    assert all(r["mode"] == "forever" for r in rows if r["kind"] == "run")
    assert 0.5 < elapsed < 5  # it slept until the next due time (1 s later), not the poll interval


def _archiver(archive: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "archiver", "--archive", str(archive), "--allow-private",
            "--set", "host_delay=0", *args]


def test_sigterm_stops_crawl_forever_cleanly(run, archive_dir: Path, page: str) -> None:
    assert run("schedule", "add", page, "--every", "1h").exit_code == 0
    process = subprocess.Popen(_archiver(archive_dir, "crawl", "--forever", "--json"), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    lines = [json.loads(process.stdout.readline()) for _ in range(2)]  # the first run's check and summary
    assert [row["kind"] for row in lines] == ["check", "run"]
    time.sleep(0.2)  # now asleep until the schedule is due again in an hour
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    process.stdout.close()
    process.stderr.close()  # type: ignore[union-attr]
    assert not list((archive_dir / "warcs").glob("*.open"))  # the WARC was closed, not left for recovery
    assert not list((archive_dir / "runs").glob("*.lock"))


def test_sigterm_during_a_run_finishes_the_check_under_way_and_leaves_the_rest_due(
    run, archive_dir: Path, origin: OriginServer
) -> None:
    def slow(exchange):  # type: ignore[no-untyped-def]
        exchange.sleep(1.0)
        return Response(200, b"<html><body>slow</body></html>")

    origin.set_route("/schedule/slow", slow)
    for n in range(3):
        assert run("schedule", "add", origin.url(f"/schedule/slow?{n}"), "--every", "1h").exit_code == 0
    process = subprocess.Popen(_archiver(archive_dir, "--set", "workers=1", "crawl", "--due", "--json"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while not any(r.path.startswith("/schedule/slow") for r in origin.requests) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.1)  # inside the first check, which takes 1 s
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=10)
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert process.returncode == 0, stderr
    assert [r["kind"] for r in rows] == ["check", "run"] and rows[0]["ok"]
    assert rows[1]["status"] == "stopped" and rows[1]["checked"] == 1
    listed = run("schedule", "list", "--json").json_lines()
    assert [row["due"] for row in listed] == [False, True, True] and not any(row["running"] for row in listed)
