"""Scale-out: captures by 1 and by 2 `archiver worker` processes over PostgreSQL, and lookup latency at
1,000,000 indexed captures in PostgreSQL against SQLite. Prints ratios; see benchmarks/README.md.

    .venv/bin/python benchmarks/scale_out.py                 # starts its own PostgreSQL (Debian's binaries)
    .venv/bin/python benchmarks/scale_out.py --database-url postgresql://…/postgres --captures 100000
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archiver.index import jobs  # noqa: E402
from archiver.index.copy import copy_index  # noqa: E402
from archiver.index.db import Index  # noqa: E402
from archiver.index.postgres import PostgresIndex  # noqa: E402
from tests.loopback_site import Site  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402


# -- 1. captures with 1 and 2 workers ------------------------------------------------------------------
def _archiver(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "archiver", "--archive", str(folder), "--allow-private", *args]


def capture_run(server: PostgresServer, urls: list[str], workers: int, threads: int, delay: float) -> float:
    """Seconds for `workers` burst workers to capture urls queued in a fresh database."""
    env = {**os.environ, "ARCHIVER_DATABASE_URL": server.create_database()}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(_archiver(Path(tmp, "desk"), "capture", "--queue", "--json", *urls), env=env,
                       check=True, capture_output=True)
        settings = [f"--set=host_delay={delay}", "--set=host_concurrency=2"]
        started = time.perf_counter()
        processes = [subprocess.Popen(_archiver(Path(tmp, f"w{i}"), *settings, "worker", "--burst",
                                                "--concurrency", str(threads)), env=env,
                                      stdout=subprocess.DEVNULL) for i in range(workers)]
        for process in processes:
            if process.wait() != 0:
                raise RuntimeError("a worker failed")
        return time.perf_counter() - started


# -- 2. the queue's own rate -----------------------------------------------------------------------------
def queue_rate(index: Index, jobs_count: int = 2000, threads: int = 4) -> float:
    """Jobs claimed and finished per second (no work in between), `threads` claimers on 50 hosts."""
    now = datetime.now(UTC)
    jobs.enqueue(index, "capture", [(f"http://h{i % 50}.example/{i}", f"h{i % 50}.example")
                                    for i in range(jobs_count)], now)

    def drain(name: str) -> None:
        while job := jobs.claim(index, name, datetime.now(UTC), 60, lambda host: (100, 0.0)):
            jobs.finish(index, job, name, datetime.now(UTC), True, None, None)

    started = time.perf_counter()
    workers = [threading.Thread(target=drain, args=(f"bench-{i}",)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return jobs_count / (time.perf_counter() - started)


# -- 3. lookup latency at N captures --------------------------------------------------------------------
def fill_sqlite(path: Path, captures: int, seed: int = 1) -> list[str]:
    """An SQLite index with `captures` fetches of one response each over captures/4 URLs; some SURTs."""
    index = Index(path)
    index.close()
    db = sqlite3.connect(path)
    rng = random.Random(seed)
    urls = max(1, captures // 4)

    def rows() -> Iterator[tuple[Any, ...]]:
        for i in range(1, captures + 1):
            site, page = rng.randrange(urls // 10 + 1), rng.randrange(urls)
            surt = f"com,site{site})/page/{page}"
            day = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z"
            yield (i, f"https://site{site}.com/page/{page}", surt, day, f"{rng.getrandbits(128):032x}", i)

    db.execute("BEGIN")
    for i, url, surt, day, digest, fetch in rows():
        db.execute("""INSERT INTO fetches (id, url, surt, final_url, started_at, ended_at, ok, status, reason)
                      VALUES (?, ?, ?, ?, ?, ?, 1, 200, '{}')""", (fetch, url, surt, url, day, day))
        db.execute("""INSERT INTO captures (id, fetch_id, hop, url, surt, captured_at, record_type, status, mime,
                          payload_sha256, payload_length, warc_file, offset, length, record_id)
                      VALUES (?, ?, 0, ?, ?, ?, 'response', 200, 'text/html', ?, 1000, 'warcs/x.warc.gz', ?,
                              1000, ?)""",
                   (i, fetch, url, surt, day, digest, i * 1000, f"<urn:uuid:{i}>"))
    db.execute("UPDATE fetches SET final_capture_id = id")
    db.execute("COMMIT")
    surts = [row[0] for row in db.execute("SELECT surt FROM captures ORDER BY random() LIMIT 500")]
    db.close()
    return surts


def latencies(index: Index, surts: list[str]) -> tuple[float, float]:
    """p50 and p95 in ms of the lookup query (all captures of a URL, newest first, with their fetch)."""
    times = []
    for surt in surts:
        started = time.perf_counter()
        index.captures_by_surt(surt)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


@contextmanager
def postgres(url: str) -> Iterator[PostgresServer]:
    server = PostgresServer()
    if url:
        server.dsn = url
    with server:
        yield server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="", help="a PostgreSQL server to use (default: start one)")
    parser.add_argument("--captures", type=int, default=1_000_000, help="index size for the lookup part")
    parser.add_argument("--hosts", type=int, default=16, help="loopback hosts of the capture part (127.0.0.2…)")
    parser.add_argument("--pages", type=int, default=12, help="pages per host")
    parser.add_argument("--latency", type=float, default=0.3, help="seconds each page takes to answer")
    parser.add_argument("--threads", type=int, default=4, help="jobs at once per worker")
    parser.add_argument("--delay", type=float, default=0.2, help="host_delay")
    args = parser.parse_args(argv)
    with ExitStack() as stack:
        server = stack.enter_context(postgres(args.database_url))
        sites = [Site(f"127.0.0.{2 + i}", args.latency, filler=2000) for i in range(args.hosts)]
        urls = [f"{site.base}/page/{n}" for n in range(args.pages) for site in sites]
        one = capture_run(server, urls, 1, args.threads, args.delay)
        two = capture_run(server, urls, 2, args.threads, args.delay)
        print(f"captures: {len(urls)} pages on {args.hosts} hosts ({args.latency} s each): 1 worker {one:.1f} s "
              f"({len(urls) / one:.1f}/s), 2 workers {two:.1f} s ({len(urls) / two:.1f}/s)")

        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        queue_index = PostgresIndex(server.create_database())
        pg_rate, sqlite_rate = queue_rate(queue_index), queue_rate(Index(tmp / "queue.sqlite3"))
        queue_index.close()
        print(f"queue: {pg_rate:.0f} jobs/s claimed and finished on PostgreSQL, {sqlite_rate:.0f} on SQLite "
              "(4 threads, no work in between)")
        started = time.perf_counter()
        surts = fill_sqlite(tmp / "index.sqlite3", args.captures)
        sqlite_index = Index(tmp / "index.sqlite3")
        filled = time.perf_counter()
        pg_index = PostgresIndex(server.create_database())
        copy_index(sqlite_index, pg_index)
        pg_index.query("ANALYZE")
        copied = time.perf_counter()
        sqlite_p50, sqlite_p95 = latencies(sqlite_index, surts)
        pg_p50, pg_p95 = latencies(pg_index, surts)
        print(f"lookup at {args.captures} captures (filled in {filled - started:.0f} s, copied to PostgreSQL in "
              f"{copied - filled:.0f} s): SQLite p50 {sqlite_p50:.2f} ms p95 {sqlite_p95:.2f} ms; "
              f"PostgreSQL p50 {pg_p50:.2f} ms p95 {pg_p95:.2f} ms")
        sqlite_index.close()
        pg_index.close()
    print(f"workers_2_vs_1={one / two:.2f} pg_vs_sqlite_lookup_p50={pg_p50 / sqlite_p50:.2f} "
          f"pg_lookup_p50_ms={pg_p50:.2f} pg_queue_jobs_per_s={pg_rate:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
