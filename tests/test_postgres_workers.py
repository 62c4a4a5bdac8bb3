"""Two `archiver worker` processes over one PostgreSQL queue, WARCs in S3 (moto), three loopback hosts.

One worker is SIGKILLed while it holds a job, then restarted: afterwards every URL is indexed exactly
once, every record reads back from S3, and the per-host delay held between all requests of a host.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest
from warcio.archiveiterator import ArchiveIterator

from archiver.storage.s3 import S3Storage
from tests.loopback_site import Site
from tests.pg_server import PostgresServer
from tests.s3_server import CREDENTIALS, S3Server
from tests.servers import OriginServer
from tests.tme_mirror import TmeMirror

HOSTS = ["127.0.0.2", "127.0.0.3", "127.0.0.4"]
PAGES = 6
DELAY = 0.4
STALE = 3.0
SLOW = 4.0


@pytest.fixture
def sites() -> Iterator[list[Site]]:
    started = [Site(host) for host in HOSTS]
    yield started
    for site in started:
        site.close()


def start_worker(folder: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    settings = [f"--set=host_delay={DELAY}", "--set=host_concurrency=1", f"--set=job_stale_after={STALE}"]
    return subprocess.Popen(
        [sys.executable, "-m", "archiver", "--archive", str(folder), "--allow-private", *settings,
         "worker", "--concurrency", "3", "--burst", "--json"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def running_job_of(conn: psycopg.Connection[Any], pid: int) -> int | None:
    row = conn.execute("SELECT id FROM jobs WHERE status = 'running' AND worker LIKE %s LIMIT 1",
                       (f"%:{pid}:%",)).fetchone()
    return int(row[0]) if row else None


@pytest.mark.slow
def test_two_workers_one_killed_every_url_once_every_record_readable_hosts_spaced(
    sites: list[Site], postgres: PostgresServer, s3: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, bucket = postgres.create_database(), s3.create_bucket()
    env = {**os.environ, **CREDENTIALS, "ARCHIVER_DATABASE_URL": database,
           "ARCHIVER_STORAGE_URL": f"s3://{bucket}/archive", "ARCHIVER_S3_ENDPOINT_URL": s3.url}
    env.pop("ARCHIVER_DEBUG", None)
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    # The first job answers slowly: worker A, which starts first, is sure to be mid-capture when killed.
    sites[0].slow["/slow"] = SLOW
    urls = [f"{sites[0].base}/slow"] + [f"{site.base}/page/{n}" for n in range(PAGES) for site in sites]
    queue = subprocess.run([sys.executable, "-m", "archiver", "--archive", str(tmp_path / "desk"),
                            "--allow-private", "capture", "--queue", "--json", *urls],
                           env=env, capture_output=True, text=True, timeout=60)
    assert queue.returncode == 0, queue.stderr
    assert len(queue.stdout.splitlines()) == len(urls)

    with psycopg.connect(database, autocommit=True) as conn:
        check_two_workers_one_killed(conn, urls, env, bucket, s3, sites, tmp_path)


def check_two_workers_one_killed(conn: psycopg.Connection[Any], urls: list[str], env: dict[str, str], bucket: str,
                                 s3: S3Server, sites: list[Site], tmp_path: Path) -> None:
    # Worker B starts once A holds its first job: a process that takes seconds to start on a loaded machine
    # must not find the batch already done by the other (A never seen mid-batch, nothing left to kill).
    first = start_worker(tmp_path / "machine-a", env)
    workers = [first]
    try:
        check_kill_and_restart(conn, urls, env, bucket, s3, sites, tmp_path, workers)
    finally:  # a failed check leaves no worker running and no pipe open
        for process in workers:
            if process.poll() is None:
                process.kill()
            if process.stdout is not None and not process.stdout.closed:
                process.communicate(timeout=10)


def check_kill_and_restart(conn: psycopg.Connection[Any], urls: list[str], env: dict[str, str], bucket: str,
                           s3: S3Server, sites: list[Site], tmp_path: Path, workers: list[subprocess.Popen[str]],
                           ) -> None:
    first = workers[0]
    deadline = time.monotonic() + 60
    while running_job_of(conn, first.pid) is None:
        assert time.monotonic() < deadline and first.poll() is None, "worker A never took a job"
        time.sleep(0.02)
    second = start_worker(tmp_path / "machine-b", env)
    workers.append(second)
    while running_job_of(conn, first.pid) is None or conn.execute(
            "SELECT count(*) FROM jobs WHERE status = 'done'").fetchone()[0] < 2:
        assert time.monotonic() < deadline and first.poll() is None, "worker A never held a job mid-batch"
        time.sleep(0.02)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=10)  # reaps it and closes its pipes
    victims = [row[0] for row in conn.execute("SELECT id FROM jobs WHERE status = 'running' AND worker LIKE %s",
                                              (f"%:{first.pid}:%",)).fetchall()]
    assert victims  # held by the dead worker (its jobs take 0.25 s; the check above was ms before the kill)
    # Right after the kill, before anything is recovered: every index row's object is already stored.
    storage = S3Storage(f"s3://{bucket}/archive", s3.url)
    pointed = {row[0] for row in conn.execute("SELECT DISTINCT warc_file FROM captures").fetchall()}
    assert pointed and all(storage.size(name) for name in pointed)
    restarted = start_worker(tmp_path / "machine-a", env)
    workers.append(restarted)
    outputs = [p.communicate(timeout=180) for p in (second, restarted)]
    for process, (_, err) in zip((second, restarted), outputs, strict=True):
        assert process.returncode == 0, err[-2000:]
    reports = [json.loads(out.splitlines()[-1]) for out, _ in outputs]

    # Every job done; the killed one was handed over (a second attempt), not lost.
    statuses = conn.execute("SELECT status, count(*) FROM jobs GROUP BY status").fetchall()
    assert statuses == [("done", len(urls))]
    attempts = dict(conn.execute("SELECT id, attempts FROM jobs WHERE id = ANY(%s)", (victims,)).fetchall())
    assert attempts == dict.fromkeys(victims, 2)
    assert sum(r["done"] for r in reports) >= len(urls) - 3
    # Every URL indexed exactly once, whatever was fetched twice.
    fetched = dict(conn.execute("SELECT url, count(*) FROM fetches GROUP BY url").fetchall())
    assert fetched == dict.fromkeys(urls, 1)
    # Every indexed record reads back from S3 by range, and is the record the index names.
    rows = conn.execute('SELECT url, warc_file, "offset", length, record_id FROM captures').fetchall()
    assert len(rows) == len(urls)
    for url, warc_file, offset, length, record_id in rows:
        with storage.open_at(warc_file, offset, length) as member:
            record = next(iter(ArchiveIterator(member)))
            assert record.rec_headers.get_header("WARC-Record-ID") == record_id
            assert record.rec_headers.get_header("WARC-Target-URI") == url
            parts = urlsplit(url)
            assert f"<title>{parts.hostname}{parts.path}</title>".encode() in record.content_stream().read()
    assert not list(tmp_path.glob("machine-*/warcs/*.warc.gz"))  # closed files all moved to S3
    # lookup and export work unchanged from a machine that holds nothing locally.
    desk = [sys.executable, "-m", "archiver", "--archive", str(tmp_path / "desk")]
    found = subprocess.run([*desk, "lookup", "--json", urls[0]], env=env, capture_output=True, text=True, timeout=60)
    assert found.returncode == 0 and json.loads(found.stdout.splitlines()[0])["url"] == urls[0]
    exported = subprocess.run([*desk, "export", "wacz", str(tmp_path / "all.wacz")], env=env, capture_output=True,
                              text=True, timeout=120)
    assert exported.returncode == 0, exported.stderr
    targets = set()
    with zipfile.ZipFile(tmp_path / "all.wacz") as package:
        for name in (n for n in package.namelist() if n.startswith("archive/")):
            with package.open(name) as member:
                targets |= {record.rec_headers.get_header("WARC-Target-URI")
                            for record in ArchiveIterator(member) if record.rec_type == "response"}
    assert set(urls) <= targets
    # Per host, requests started at least host_delay apart (a few ms of scheduling jitter allowed).
    for site in sites:
        times = sorted(t for t, _ in site.arrivals)
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        assert len(times) >= PAGES and min(gaps) >= DELAY - 0.03, (site.base, gaps)


def test_host_delay_holds_between_workers_requests_whatever_comes_before_them(
    sites: list[Site], postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two workers over one queue, one of them a cold process: its fetcher takes 0.3 s to build, and its
    first request 0.3 s more to leave (a first connection, lazy imports). The host's slot is taken by each
    request, not by the claim, and held until the request ends, so the requests still arrive host_delay
    apart however long any of them takes to get on the wire."""
    import functools

    from archiver.archive import Archive
    from archiver.capture.http import FetchResult, HttpFetcher
    from archiver.flow.worker import Worker, queue_jobs
    from archiver.settings import load_settings

    class ColdFetcher(HttpFetcher):
        warm = False

        def fetch(self, url: str) -> FetchResult:
            if not self.warm:
                self.warm = True
                time.sleep(0.3)
            return super().fetch(url)

    class ColdArchive(Archive):
        @functools.cached_property
        def fetcher(self) -> HttpFetcher:
            time.sleep(0.3)
            return ColdFetcher(self.settings, clock=self.clock)

    monkeypatch.setenv("ARCHIVER_DATABASE_URL", postgres.create_database())
    site = sites[0]

    def settings(name: str) -> Any:
        return load_settings({"archive": tmp_path / name, "allow_private": True, "host_delay": DELAY,
                              "host_concurrency": 1})

    with ColdArchive(settings("cold")) as cold, Archive(settings("warm")) as warm:
        queue_jobs(warm, "capture", [f"{site.base}/page/{n}" for n in range(4)])
        workers = [Worker(cold, 1, burst=True), Worker(warm, 1, burst=True)]
        threads = [threading.Thread(target=worker.run) for worker in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert sum(worker.report.done for worker in workers) == 4
    times = sorted(t for t, _ in site.arrivals)
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(times) == 4 and min(gaps) >= DELAY - 0.03, gaps


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, archive_dir: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The queue on either index: the archive's SQLite file or a fresh PostgreSQL database."""
    if request.param == "postgresql":
        monkeypatch.setenv("ARCHIVER_DATABASE_URL", request.getfixturevalue("postgres").create_database())
    else:
        monkeypatch.delenv("ARCHIVER_DATABASE_URL", raising=False)
    return str(request.param)


def test_queue_then_burst_worker_then_jobs(backend: str, run: Any, origin: OriginServer, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"The statement ({origin.url('/gzip')}) was later removed.\n")
    queued = run("capture", "--queue", "--json", origin.url("/html"), origin.url("/notfound")).json_lines()
    queued += run("ingest", "--queue", "--json", str(article)).json_lines()
    assert [q["status"] for q in queued] == ["queued"] * 3
    counts = run("jobs", "--json").json_lines()[0]["counts"]
    assert counts["queued"] == 3 and counts["done"] == 0
    assert run("lookup", "--json", origin.url("/html")).exit_code == 1  # nothing captured yet

    worked = run("worker", "--burst", "--concurrency", "2", "--json")
    assert worked.exit_code == 0 and worked.json_lines()[0]["done"] == 3
    listing = run("jobs", "--json").json_lines()
    assert listing[0]["counts"] == {"queued": 0, "running": 0, "done": 3, "failed": 0, "stale": 0}
    assert {row["status"] for row in listing[1:]} == {"done"}
    [html] = run("lookup", "--json", origin.url("/html")).json_lines()
    assert html["status"] == 200
    assert run("lookup", "--json", str(article)).exit_code == 0  # the queued ingest stored the article


def test_a_stale_job_is_handed_over_and_committed_once(backend: str, run: Any, origin: OriginServer,
                                                       archive_dir: Path) -> None:
    """Worker w1 claims a job and stops answering; w2 gets it after job_stale_after and commits it; when
    w1 wakes up and finishes its capture, its commit is refused and nothing is indexed twice."""
    from archiver.archive import Archive
    from archiver.flow.worker import host_limits, queue_jobs, run_job
    from archiver.index import jobs
    from archiver.settings import load_settings

    settings = load_settings({"archive": archive_dir, "allow_private": True, "host_delay": 0})
    with Archive(settings) as archive:
        [job_id] = queue_jobs(archive, "capture", [origin.url("/html")])
        t0, limits, stale = archive.clock(), host_limits(settings), settings.job_stale_after
        first = jobs.claim(archive.index, "w1", t0, stale, limits)
        assert first is not None and first.id == job_id and first.attempts == 1
        assert jobs.claim(archive.index, "w2", t0 + timedelta(seconds=stale / 2), stale, limits) is None
        second = jobs.claim(archive.index, "w2", t0 + timedelta(seconds=stale + 1), stale, limits)
        assert second is not None and second.id == job_id and second.attempts == 2
        assert run_job(archive, second)[0] is True
        assert jobs.finish(archive.index, second, "w2", archive.clock(), True, None, None)
        ok, _, error = run_job(archive, first)  # the zombie's capture: fetched, but not indexed
        assert not ok and "no longer attempt 1" in (error or "")  # its job fence refuses before commit_fetch
        assert not jobs.finish(archive.index, first, "w1", archive.clock(), ok, None, error)
        rows = archive.index.query("SELECT count(*) AS n FROM fetches")
        [state] = jobs.list_jobs(archive.index)
    assert rows[0]["n"] == 1
    assert state["status"] == "done" and state["worker"] == "w2" and state["attempts"] == 2


def test_a_stale_telegram_job_is_committed_by_one_attempt_only(backend: str, archive_dir: Path) -> None:
    """A Telegram job (many pages, each committed on its own) taken over from a worker that stopped answering:
    when the old worker wakes up and captures, its job fence refuses every commit, so the channel's pages
    are observed once, by the attempt that holds the job."""
    from archiver.archive import Archive
    from archiver.flow.worker import host_limits, queue_jobs, run_job
    from archiver.index import jobs
    from archiver.settings import load_settings

    with TmeMirror() as mirror:
        mirror.add_channel("fencedchan", "Fenced Channel",
                           posts=[(i, f"2026-01-0{1 + i % 9}T10:00:00+00:00", f"post {i}") for i in range(1, 4)])
        settings = load_settings({"archive": archive_dir, "allow_private": True, "host_delay": 0,
                                  "telegram_delay": 0, "telegram_backoff": 0, "telegram_url": mirror.base_url})
        with Archive(settings) as archive:
            [job_id] = queue_jobs(archive, "capture", ["https://t.me/fencedchan"])
            t0, limits, stale = archive.clock(), host_limits(settings), settings.job_stale_after
            first = jobs.claim(archive.index, "w1", t0, stale, limits)
            second = jobs.claim(archive.index, "w2", t0 + timedelta(seconds=stale + 1), stale, limits)
            assert first is not None and second is not None and second.attempts == 2
            ok, _, _ = run_job(archive, second)
            assert ok
            observed = archive.index.query("SELECT count(*) AS n FROM telegram_posts")[0]["n"]
            fetches = archive.index.query("SELECT count(*) AS n FROM fetches")[0]["n"]
            assert observed == 3 and fetches >= 1
            ok, _, error = run_job(archive, first)  # the zombie: fetches again, commits nothing
            assert not ok and "no longer attempt 1" in (error or "")
            assert archive.index.query("SELECT count(*) AS n FROM telegram_posts")[0]["n"] == observed
            assert archive.index.query("SELECT count(*) AS n FROM fetches")[0]["n"] == fetches


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as server:
        server.add_channel("milchronicles", "Military Chronicles",
                           posts=[(20, "2026-01-01T10:00:00+00:00", "post number 20 about logistics")])
        yield server


def test_a_queued_telegram_link_runs_the_telegram_capture(backend: str, tg: Any, mirror: TmeMirror) -> None:
    assert tg("capture", "--queue", "https://t.me/milchronicles/20").exit_code == 0
    worked = tg("worker", "--burst", "--json")
    assert worked.exit_code == 0 and worked.json_lines()[0]["done"] == 1
    [post] = tg("lookup", "--json", "https://t.me/milchronicles/20").json_lines()
    assert post["text"] == "post number 20 about logistics"


def test_due_schedules_are_queued_once_per_period_and_checked_by_a_worker(
    backend: str, run: Any, origin: OriginServer,
) -> None:
    assert run("schedule", "add", origin.url("/html"), "--every", "6h").exit_code == 0
    assert run("schedule", "add", origin.url("/gzip"), "--every", "6h").exit_code == 0
    first = run("crawl", "--due", "--queue", "--json").json_lines()
    again = run("crawl", "--due", "--queue", "--json").json_lines()  # cron firing twice, another machine…
    assert len(first) == 2 and again == []
    worked = run("worker", "--burst", "--json")
    assert worked.exit_code == 0 and worked.json_lines()[0]["done"] == 2
    schedules = run("schedule", "list", "--json").json_lines()
    assert all(row["last_checked_at"] for row in schedules) and len(schedules) == 2
    assert run("crawl", "--due", "--queue", "--json").json_lines() == []  # checked: next due in 6 h
    assert len(run("lookup", "--json", origin.url("/html")).json_lines()) == 1


def test_a_crawl_job_taken_over_frees_the_schedule_its_dead_attempt_held(
    backend: str, run: Any, origin: OriginServer, archive_dir: Path,
) -> None:
    from archiver.archive import Archive
    from archiver.flow.worker import host_limits, queue_due, run_job
    from archiver.index import jobs
    from archiver.index import schedule as sidx
    from archiver.settings import load_settings

    assert run("schedule", "add", origin.url("/html"), "--every", "6h").exit_code == 0
    settings = load_settings({"archive": archive_dir, "allow_private": True, "host_delay": 0})
    with Archive(settings) as archive:
        [job_id] = queue_due(archive)
        t0, limits, stale = archive.clock(), host_limits(settings), settings.job_stale_after
        first = jobs.claim(archive.index, "w1", t0, stale, limits)
        assert first is not None and first.id == job_id
        # w1's crawl claimed the schedule, then w1 died (on another machine: no lock file here to look at).
        [schedule] = sidx.list_schedules(archive.index)
        dead_run = sidx.start_run(archive.index, "2026-01-01T00:00:00Z", f"job:{job_id}", 1, "elsewhere", "gone")
        assert [s["id"] for s in sidx.claim_due(archive.index, dead_run, "2030-01-01T00:00:00Z", lambda r: True,
                                                [schedule["id"]])] == [schedule["id"]]
        second = jobs.claim(archive.index, "w2", t0 + timedelta(seconds=stale + 1), stale, limits)
        assert second is not None and second.id == job_id and second.attempts == 2
        ok, result, _ = run_job(archive, second)
        assert ok and [check["ok"] for check in (result or {})["checks"]] == [True]
        runs = {row["id"]: row["status"] for row in sidx.list_runs(archive.index)}
        [checked] = sidx.list_schedules(archive.index)
    assert runs[dead_run] == "interrupted" and checked["last_checked_at"] and checked["claimed_by"] is None
