"""Issue 7: capture_urls over several worker processes (settings.processes), each with its own WARC file."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

import archiver.flow.capture as pipeline
from archiver.archive import Archive, politeness_gate
from archiver.flow.capture_list import capture_urls
from archiver.flow.processes import MIN_BATCH, _batches
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


def crash_on_crash_urls(archive: Archive, url: str, reason: Reason) -> None:
    """A router (the parameter that lets a caller capture some URLs its own way) that kills its worker
    process on the URL that asks for it, as a crash in C or the OOM killer would: no cleanup, no result."""
    if "crash" in url:
        time.sleep(0.05)
        os._exit(3)


def test_a_dead_worker_fails_its_urls_with_one_line_errors(origin: OriginServer, tmp_path: Path) -> None:
    archive_dir = tmp_path / "archive"
    urls = [origin.url(f"/html?page={n}") for n in range(24)]
    urls[9] = origin.url("/html?crash")
    with Archive(_settings(archive_dir)) as archive:
        started = time.monotonic()
        results = list(capture_urls(archive, urls, Reason("test"), router=crash_on_crash_urls))
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


@pytest.mark.parametrize("count", [1, 3, 10, 41, 1000])
def test_batches_cover_the_list_in_order_and_shrink_towards_its_end(count: int) -> None:
    urls = [f"http://example.test/{n}" for n in range(count)]
    batches = list(_batches(urls, MIN_BATCH, 2))
    assert [url for batch in batches for url in batch] == urls
    sizes = [len(batch) for batch in batches]
    assert max(sizes) <= MIN_BATCH and sizes == sorted(sizes, reverse=True)
    assert len(batches) >= min(count, 2)  # a short list still reaches both processes
    assert sizes[-1] <= 2  # the last batches are small: neither process is left a long one alone at the end


def test_batches_of_an_iterator_keep_their_size() -> None:
    batches = list(_batches(iter([f"u{n}" for n in range(70)]), MIN_BATCH, 2))
    assert [len(batch) for batch in batches] == [MIN_BATCH, MIN_BATCH, 70 - 2 * MIN_BATCH]


@pytest.mark.parametrize("workers", [1, 3])
def test_each_batch_is_committed_once(origin: OriginServer, tmp_path: Path, workers: int) -> None:
    """A batch's index rows go in one transaction, and results only come back committed."""
    archive_dir = tmp_path / "archive"
    urls = [origin.url(f"/html?page={n}") for n in range(40)] + [origin.url("/notfound")]
    with Archive(_settings(archive_dir, workers=workers)) as archive:
        results = list(capture_urls(archive, urls, Reason("test")))
        fetches = archive.index.query("SELECT id, url, final_capture_id FROM fetches")
        captures = archive.index.query("SELECT fetch_id, record_id FROM captures")
    assert [r.url for r in results] == urls and all(r.status in (200, 404) for r in results)
    assert sorted(f["url"] for f in fetches) == sorted(urls)
    assert {r.fetch_id for r in results} == {f["id"] for f in fetches}  # ids handed back are the rows'
    assert {c["record_id"] for c in captures} == {r.record_id for r in results}
    assert all(f["final_capture_id"] for f in fetches)
    # One transaction per batch: two processes commit at once, so only a batch written in one transaction
    # holds a run of fetch ids that no other batch's rows interrupt.
    batches = list(_batches(urls, MIN_BATCH, 2))
    assert len(batches) < len(urls) / 2
    by_url = {r.url: r.fetch_id for r in results}
    for batch in batches:
        ids = sorted(by_url[url] for url in batch)
        assert ids == list(range(ids[0], ids[0] + len(ids))), batch


def test_a_batch_on_threads_overlaps_its_fetches_and_keeps_its_order(origin: OriginServer, tmp_path: Path) -> None:
    """With a thread pool the fetch pass has one fetch per thread in flight (the network waits overlap);
    results still come back in the batch's order, committed in one transaction."""
    from concurrent.futures import ThreadPoolExecutor

    from archiver.flow.capture import capture_batch

    urls = [origin.url(f"/slow-headers?delay=0.4&n={n}") for n in range(4)] + [origin.url("/notfound")]
    with Archive(_settings(tmp_path / "archive", processes=1, workers=4)) as archive, ThreadPoolExecutor(4) as threads:
        started = time.monotonic()
        results = capture_batch(archive, urls, Reason("test"), threads=threads)
        elapsed = time.monotonic() - started
        indexed = archive.index.query("SELECT url FROM fetches")
    assert [r.url for r in results] == urls and [r.status for r in results] == [200, 200, 200, 200, 404]
    assert elapsed < 1.2  # one after another: 1.6 s at least
    assert sorted(row["url"] for row in indexed) == sorted(urls)


def test_a_slow_url_holds_one_thread_not_the_batch(origin: OriginServer, tmp_path: Path) -> None:
    """The other threads go on fetching while one waits on a slow server (results are placed by position)."""
    from concurrent.futures import ThreadPoolExecutor

    from archiver.flow.capture import capture_batch

    urls = [origin.url("/slow-headers?delay=1.2")] + [origin.url(f"/slow-headers?delay=0.3&n={n}") for n in range(4)]
    with Archive(_settings(tmp_path / "archive", processes=1, workers=2)) as archive, ThreadPoolExecutor(2) as threads:
        started = time.monotonic()
        results = capture_batch(archive, urls, Reason("test"), threads=threads)
        elapsed = time.monotonic() - started
    assert [r.url for r in results] == urls and all(r.ok for r in results)
    assert elapsed < 1.5  # 1.2 s beside 4 x 0.3 s; waiting for the slow one first would take 1.8 s


def test_fetches_left_in_flight_when_a_batch_stops_are_closed() -> None:
    """Ctrl-C during the fetch pass: fetches that finish after the batch has given up are closed (their
    spooled bodies released), not leaked, and no new ones start."""
    import threading
    from concurrent.futures import ThreadPoolExecutor
    from datetime import UTC, datetime

    from archiver.capture.http import FetchResult
    from archiver.flow.capture import _as_done

    closed: list[str] = []
    started: list[str] = []
    release = threading.Event()

    class Tracked(FetchResult):
        def close(self) -> None:
            closed.append(self.url)

    def step(url: str) -> FetchResult:
        if url != "u0":
            started.append(url)
            release.wait(5)
        return Tracked(url=url, started=datetime.now(UTC))

    with ThreadPoolExecutor(3) as threads:
        outcomes = _as_done(step, ["u0", "u1", "u2", "u3", "u4"], threads, 3)
        assert next(outcomes)[1].url == "u0"
        deadline = time.monotonic() + 5
        while len(started) < 2 and time.monotonic() < deadline:  # u1 and u2 are being fetched
            time.sleep(0.01)
        outcomes.close()  # the consumer gives up
        release.set()
    assert sorted(closed) == ["u1", "u2"] and sorted(started) == ["u1", "u2"]  # u3, u4 never started


def test_a_payload_seen_earlier_in_the_same_batch_is_a_revisit(origin: OriginServer, tmp_path: Path) -> None:
    from archiver.flow.capture import capture_batch

    url = origin.url("/html")
    with Archive(_settings(tmp_path / "archive", processes=1, workers=1)) as archive:
        first, second = capture_batch(archive, [url, url], Reason("test"))
        rows = archive.index.query("SELECT record_type, refers_to_record_id FROM captures ORDER BY id")
    assert first.ok and not first.revisit and second.ok and second.revisit
    assert rows == [{"record_type": "response", "refers_to_record_id": None},
                    {"record_type": "revisit", "refers_to_record_id": first.record_id}]
    with Archive(_settings(tmp_path / "archive", processes=1, workers=1)) as archive:  # the next batch: from the index
        [third] = capture_batch(archive, [url], Reason("test"))
        [refers] = archive.index.query("SELECT refers_to_record_id FROM captures WHERE record_id = ?",
                                       (third.record_id,))
    assert third.revisit and refers["refers_to_record_id"] == first.record_id


def test_a_batch_whose_index_write_fails_reports_every_capture_failed(origin: OriginServer, tmp_path: Path) -> None:
    from archiver.errors import ArchiveError
    from archiver.flow.capture import capture_batch
    from archiver.index.db import Index

    class RefusingIndex:
        """The archive's index, except that its batch write fails."""

        def __init__(self, real: Index) -> None:
            self.real = real

        def __getattr__(self, name: str) -> Any:
            return getattr(self.real, name)

        def add_fetches(self, fetches: list[Any]) -> list[int]:
            raise ArchiveError("index is full")

    with Archive(_settings(tmp_path / "archive", processes=1, workers=1)) as archive:
        archive.index = RefusingIndex(archive.index)  # type: ignore[assignment]
        results = capture_batch(archive, [origin.url("/html"), "ftp://example.invalid/x"], Reason("test"))
    assert [r.ok for r in results] == [False, False]
    assert results[0].error == "index is full" and (results[1].error or "").startswith("refused ")


@pytest.mark.parametrize("memory", [pipeline.BATCH_MEMORY, 1], ids=["fetched-not-written", "written"])
def test_an_interrupted_batch_leaves_nothing_written_unindexed(origin: OriginServer, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, memory: int) -> None:
    """Ctrl-C at the third fetch of a batch. Fetched but not yet written: nothing reaches the WARC or the
    index. Written already (a memory cap of 1 byte writes each capture as soon as it is fetched): indexed."""
    from archiver.flow.capture import capture_batch

    class InterruptedThird:
        """The archive's fetcher, with Ctrl-C pressed during its third fetch."""

        def __init__(self, real: Any) -> None:
            self.real, self.calls = real, 0

        def fetch(self, url: str) -> Any:
            self.calls += 1
            if self.calls == 3:
                raise KeyboardInterrupt
            return self.real.fetch(url)

        def close(self) -> None:
            self.real.close()

    monkeypatch.setattr(pipeline, "BATCH_MEMORY", memory)
    urls = [origin.url(f"/html?page={n}") for n in range(5)]
    archive_dir = tmp_path / "archive"
    with Archive(_settings(archive_dir, processes=1, workers=1)) as archive:
        archive.fetcher = InterruptedThird(archive.fetcher)  # type: ignore[assignment]
        with pytest.raises(KeyboardInterrupt):
            capture_batch(archive, urls, Reason("test"))
        fetched = archive.index.query("SELECT url FROM fetches ORDER BY id")
    written = [url for path in _warcs(archive_dir) for url in _response_urls(path)]
    assert [row["url"] for row in fetched] == written == ([] if memory > 1 else urls[:2])


def _response_urls(path: Path) -> list[str]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        records = [r for r in ArchiveIterator(stream) if r.rec_type == "response"]
        return [r.rec_headers.get_header("WARC-Target-URI") for r in records]


def test_a_batch_written_across_rotations_names_each_records_own_file(origin: OriginServer, tmp_path: Path) -> None:
    """Groups written in one pass (store.append_groups) while the file rotates under them: each record's
    WARC-Warcinfo-ID is the warcinfo of the file it landed in, and every file is valid."""
    from warcio.archiveiterator import ArchiveIterator

    from archiver.flow.capture import capture_batch

    urls = [origin.url(f"/html?page={n}") for n in range(12)]
    archive_dir = tmp_path / "archive"
    with Archive(_settings(archive_dir, processes=1, workers=1, warc_max_size=4_000)) as archive:
        results = capture_batch(archive, urls, Reason("test"))
        indexed = archive.index.query("SELECT warc_file, offset, record_id FROM captures")
    assert all(r.ok for r in results) and len({r.warc_file for r in results}) > 2
    for path in _warcs(archive_dir):
        with path.open("rb") as stream:
            records = [(r.rec_type, r.rec_headers.get_header("WARC-Record-ID"),
                        r.rec_headers.get_header("WARC-Warcinfo-ID")) for r in ArchiveIterator(stream)]
        assert records[0][0] == "warcinfo"
        assert all(warcinfo == records[0][1] for kind, _, warcinfo in records[1:])
        assert check_warc(path) == []
    for row in indexed:
        with (archive_dir / row["warc_file"]).open("rb") as stream:
            stream.seek(row["offset"])
            record = next(iter(ArchiveIterator(stream)))
            assert record.rec_headers.get_header("WARC-Record-ID") == row["record_id"]
