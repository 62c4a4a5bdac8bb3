"""The index in a real PostgreSQL (started by the session's `postgres` fixture, tests/pg_server.py).

``archiver migrate-index`` copies an SQLite index; afterwards every read command answers the same from
either backend. The existing test files run again over PostgreSQL in test_the_suite_passes_over_postgresql.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run
from tests.pg_server import PostgresServer
from tests.servers import OriginServer

ROOT = Path(__file__).resolve().parents[1]

# The files run again over PostgreSQL, and the tests among them that are about SQLite itself (they open
# index.sqlite3, chmod it, or expect a missing archive folder to mean "no archive").
SUITE = ["tests/test_capture.py", "tests/test_history.py", "tests/test_fulltext.py", "tests/test_schedule.py",
         "tests/test_ingest.py", "tests/test_quotes.py", "tests/test_telegram_capture.py", "tests/test_serve.py",
         "tests/test_export.py", "tests/test_index_fast.py"]
SQLITE_ONLY = [
    "test_cdxj_indexer_agrees_with_our_offsets", "test_private_and_odd_targets_are_refused_and_nothing_is_written",
    "test_history_of_nothing_and_of_a_bad_target", "test_index_is_incremental_and_revisits_share_their_original_text",
    "test_a_read_only_archive_searches_what_is_indexed_and_says_what_is_not", "test_a_dead_run_is_interrupted",
    "test_a_run_with_a_live_holder_leaves_its_schedules_alone", "test_html_article_from_a_url_is_itself_captured",
    "test_citations_of_local_files_create_no_archive",
    "test_markup_bomb_is_read_within_a_budget_and_the_cut_is_recorded",
]


def answers(run: Any, urls: list[str]) -> dict[str, Any]:
    """What the read commands say about the archive (JSON), keyed by command."""
    out: dict[str, Any] = {}
    for url in urls:
        out[f"lookup {url}"] = run("lookup", "--json", url).json_lines()
        out[f"history {url}"] = run("history", "--json", url).json_lines()
    out["text"] = run("lookup", "--json", "--text", "Archiver origin test page").json_lines()
    out["schedules"] = run("schedule", "list", "--json").json_lines()
    out["article"] = run("lookup", "--json", "article.txt").json_lines()
    return out


def test_migrate_index_copies_everything_and_both_backends_answer_alike(
    run: Any, origin: OriginServer, archive_dir: Path, postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.delenv("ARCHIVER_DATABASE_URL", raising=False)  # this archive starts on SQLite
    urls = [origin.url("/html"), origin.url("/redirect/2"), origin.url("/notfound"), origin.url("/gzip")]
    assert run("capture", *urls).exit_code == 0
    assert run("capture", urls[0]).exit_code == 0  # a revisit of the first
    article = tmp_path / "article.txt"
    article.write_text(f"As the page said ({urls[0]}), and as {urls[3]} repeated.\n")
    monkeypatch.chdir(tmp_path)
    assert run("ingest", "article.txt").exit_code == 0
    assert run("schedule", "add", urls[1], "--every", "6h").exit_code == 0
    before = answers(run, urls)
    assert before["text"] and len(before[f"lookup {urls[0]}"]) >= 2 and before["article"]

    db = sqlite3.connect(archive_dir / "index.sqlite3")
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not r[0].startswith(("sqlite_", "text_fts_"))]
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    db.close()

    url = postgres.create_database()
    copied = run("migrate-index", "--to", url, "--json")
    assert copied.exit_code == 0, copied.stderr
    [summary] = copied.json_lines()
    assert summary["tables"] == counts and summary["rows"] == sum(counts.values()) > 20

    monkeypatch.setenv("ARCHIVER_DATABASE_URL", url)
    after = answers(run, urls)
    # Snippets are each engine's own (ts_headline marks more words than FTS5's snippet); the rest is equal.
    for hits in (before["text"], after["text"]):
        for hit in hits:
            assert "[Archiver origin test page]" in hit.pop("snippet")
    assert after == before
    # New rows continue after the copied ids, and the copy refuses to run twice into one database.
    assert run("capture", urls[2]).exit_code == 0
    assert len(run("lookup", "--json", urls[2]).json_lines()) == len(before[f"lookup {urls[2]}"]) + 1
    monkeypatch.delenv("ARCHIVER_DATABASE_URL")
    again = run("migrate-index", "--to", url)
    assert again.exit_code == 2 and "empty index only" in again.stderr


def test_migrate_index_refuses_bad_targets(run: Any, archive_dir: Path) -> None:
    assert run("migrate-index", "--to", "mysql://x").exit_code == 2
    result: Run = run("migrate-index", "--to", "postgresql://127.0.0.1:1/none")
    assert result.exit_code == 2 and "no SQLite index" in result.stderr


@pytest.mark.slow
def test_the_suite_passes_over_postgresql(postgres: PostgresServer, tmp_path: Path) -> None:
    """The capture, lookup, history, full-text, schedule, ingest, Telegram, serve and export tests, again
    with each test's index in a fresh PostgreSQL database (conftest.archive_dir)."""
    env = {**os.environ, "ARCHIVER_TEST_DATABASE": "postgresql", "ARCHIVER_TEST_PG_DSN": postgres.dsn}
    deselect = " and ".join(f"not {name}" for name in SQLITE_ONLY)
    # Its own --basetemp: the inner session never prunes the shared /tmp/pytest-of-<user> while another pytest
    # session (the outer one, or a second suite run at the same time) prunes it too — a race that failed 1 run
    # in 20 with "Directory not empty" on a garbage-* folder.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-x", "-m", "not slow and not browser",
         f"--basetemp={tmp_path / 'inner'}", "-k", deselect, *SUITE],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and " failed" not in result.stdout


@pytest.mark.slow
def test_scale_out_benchmark_reports_its_ratios(postgres: PostgresServer, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import scale_out

    assert scale_out.main(["--database-url", postgres.dsn, "--captures", "3000", "--hosts", "2", "--pages", "2",
                           "--latency", "0.05", "--delay", "0.05"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("captures: 4 pages on 2 hosts") and lines[1].startswith("queue: ")
    assert "lookup at 3000 captures" in lines[2]
    assert re.fullmatch(r"workers_2_vs_1=[\d.]+ pg_vs_sqlite_lookup_p50=[\d.]+ pg_lookup_p50_ms=[\d.]+ "
                        r"pg_queue_jobs_per_s=\d+", lines[-1])


def test_a_dropped_connection_is_opened_again(postgres: PostgresServer) -> None:
    import psycopg

    from archiver.index.postgres import PostgresIndex

    index = PostgresIndex(postgres.create_database())
    try:
        first = index.query("SELECT pg_backend_pid() AS pid")[0]["pid"]
        with psycopg.connect(postgres.dsn, autocommit=True) as admin:  # a server restart, as seen by a client
            admin.execute("SELECT pg_terminate_backend(%s)", (first,))
        second = index.query("SELECT pg_backend_pid() AS pid")[0]["pid"]  # a read is asked again
        assert second != first
        with index.transaction() as db:
            db.execute("INSERT INTO aliases (name, normalized, handle, added_at) VALUES (?, ?, ?, ?)",
                       ("Rybar", "rybar", "rybar", "2026-01-01T00:00:00Z"))
        assert index.query("SELECT handle FROM aliases") == [{"handle": "rybar"}]
    finally:
        index.close()


def test_postgresql_has_the_sqlite_tables_and_their_foreign_keys(postgres: PostgresServer, tmp_path: Path) -> None:
    from archiver.index.db import Index
    from archiver.index.postgres import PostgresIndex, migrate

    sqlite_index = Index(tmp_path / "index.sqlite3")
    sqlite_tables = {row["name"] for row in sqlite_index.query("SELECT name FROM sqlite_master WHERE type = 'table'")
                     if not row["name"].startswith(("sqlite_", "text_fts_"))}
    sqlite_keys = {(table, row["from"]) for table in sqlite_tables
                   for row in sqlite_index.query(f"PRAGMA foreign_key_list({table})")}
    sqlite_index.close()
    index = PostgresIndex(postgres.create_database())
    try:
        tables = {row["table_name"] for row in index.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        keys = {(row["table"], row["column"]) for row in index.query(
            """SELECT c.conrelid::regclass::text AS table, a.attname AS column FROM pg_constraint c
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f'""")}
        assert tables == sqlite_tables | {"archiver_schema"}
        assert keys == sqlite_keys and ("fetches", "final_capture_id") in keys
        assert migrate(index.connection) == index.query("SELECT version FROM archiver_schema")[0]["version"]
    finally:
        index.close()
