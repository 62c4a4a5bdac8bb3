"""Issue 7: capture_urls over several worker processes (settings.processes), each with its own WARC file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import archiver.pipeline as pipeline
from archiver.archive import Archive, politeness_gate
from archiver.pipeline import capture_urls
from archiver.settings import Settings
from archiver.warc.provenance import Reason
from tests.servers import OriginServer
from tests.warc_rules import check_warc, check_with_warcio


def _settings(archive: Path, **extra: object) -> Settings:
    values: dict[str, object] = {
        "archive": archive, "allow_private": True, "processes": 2, "workers": 3,
        "host_concurrency": 6, "host_delay": 0.0, **extra,
    }
    return Settings(**values)  # type: ignore[arg-type]


def _warcs(archive: Path) -> list[Path]:
    return sorted((archive / "warcs").glob("*.warc.gz"))


def test_two_processes_capture_index_and_close_their_warcs(origin: OriginServer, tmp_path: Path) -> None:
    archive_dir = tmp_path / "archive"
    urls = [origin.url(f"/html?page={n}") for n in range(40)]
    with Archive(_settings(archive_dir)) as archive:
        results = list(capture_urls(archive, urls, Reason("test")))
        assert [r.url for r in results] == urls  # input order
        assert all(r.ok and r.status == 200 for r in results), [r.error for r in results if not r.ok]
        indexed = archive.index.query("SELECT url, warc_file, offset, record_id FROM captures")
        fetches = archive.index.query("SELECT url FROM fetches WHERE ok = 1")
    assert sorted(row["url"] for row in fetches) == sorted(urls)
    by_url = {row["url"]: row for row in indexed}
    for result in results:
        row = by_url[result.url]
        assert (row["warc_file"], row["offset"]) == (result.warc_file, result.offset)
        assert row["record_id"] == result.record_id
    assert not list((archive_dir / "warcs").glob("*.open"))
    files = _warcs(archive_dir)
    assert len(files) == 2  # one per worker process
    assert {f"warcs/{path.name}" for path in files} == {r.warc_file for r in results}
    for path in files:
        assert check_warc(path) == []
        check_with_warcio(path)

    # Captured again: identical payloads become revisits, found through the shared index.
    with Archive(_settings(archive_dir)) as archive:
        again = list(capture_urls(archive, urls[:8], Reason("test")))
    assert all(r.ok and r.revisit for r in again)
    assert not list((archive_dir / "warcs").glob("*.open"))


def test_a_dead_worker_fails_its_urls_with_one_line_errors(
    origin: OriginServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.capture_url

    def crashing(archive: Archive, url: str, reason: Reason, **kwargs: object) -> pipeline.CaptureResult:
        if "crash" in url:
            time.sleep(0.05)
            os._exit(3)  # as if killed: no cleanup, no result
        return real(archive, url, reason, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "capture_url", crashing)  # inherited by the forked workers
    archive_dir = tmp_path / "archive"
    urls = [origin.url(f"/html?page={n}") for n in range(24)]
    urls[9] = origin.url("/html?crash")
    with Archive(_settings(archive_dir)) as archive:
        started = time.monotonic()
        results = list(capture_urls(archive, urls, Reason("test")))
        assert time.monotonic() - started < 60
    assert [r.url for r in results] == urls
    failed = [r for r in results if not r.ok]
    assert results[9] in failed
    for result in failed:
        assert result.error and "\n" not in result.error and "worker process died" in result.error
    for result in results:
        assert result.ok or result in failed
    assert not list((archive_dir / "warcs").glob("*.open"))  # the dead workers' files were closed
    for path in _warcs(archive_dir):
        assert check_warc(path) == []


def test_politeness_is_shared_out_between_processes() -> None:
    settings = Settings(host_concurrency=4, host_delay=0.5, telegram_delay=1.0)
    one = politeness_gate(settings)
    assert (one.concurrency, one.delay, one.overrides["t.me"]) == (4, 0.5, (1, 1.0))
    two = politeness_gate(settings, 2)
    assert (two.concurrency, two.delay, two.overrides["t.me"]) == (2, 1.0, (1, 2.0))
    assert politeness_gate(settings.with_(host_concurrency=1), 3).concurrency == 1
