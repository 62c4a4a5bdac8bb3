"""Issue 2: memory stays flat for big bodies; killed writers leave files that the next start repairs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import OriginServer
from tests.warc_rules import check_warc, check_with_warcio

MEASURE = """
import json, sys
from archiver.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
# VmHWM is this process's own peak; ru_maxrss of a forked child can include the parent's pages.
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"exit": code, "max_rss_kb": peak}), file=sys.stderr)
"""


@pytest.mark.slow
def test_150_mb_body_is_streamed_with_flat_memory(origin: OriginServer, archive_dir: Path) -> None:
    size = 150 * 1024 * 1024
    args = ["--archive", str(archive_dir), "--allow-private", "--set", "host_delay=0", "--set", "gzip_level=1",
            "--set", f"max_body={size + 1}", "capture", "--json", origin.url(f"/big?size={size}")]
    done = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, timeout=300)
    stats = json.loads(done.stderr.strip().splitlines()[-1])
    row = json.loads(done.stdout)
    assert stats["exit"] == 0 and row["ok"], done.stderr
    assert row["length"] > 0
    peak_mb = stats["max_rss_kb"] / 1024
    assert peak_mb < 100, f"peak RSS {peak_mb:.0f} MB for a 150 MB body"
    [path] = (archive_dir / "warcs").glob("*.warc.gz")
    assert check_warc(path) == []


def test_open_file_left_by_a_killed_writer_is_cut_back_and_closed(run, origin: OriginServer, archive_dir: Path) -> None:
    run("capture", origin.url("/html"), origin.url("/binary"))
    [path] = (archive_dir / "warcs").glob("*.warc.gz")
    data = path.read_bytes()
    # Simulate a crash mid-record: a .open file whose last record is cut short.
    path.unlink()
    stale = path.with_name(path.name + ".open")
    stale.write_bytes(data + data[400:900])
    result = run("lookup", "--json", origin.url("/html"))
    assert result.exit_code == 0
    assert not stale.exists() and path.exists()
    assert path.read_bytes() == data
    assert check_warc(path) == []
    check_with_warcio(path)


def test_open_file_with_no_complete_record_is_removed(run, archive_dir: Path) -> None:
    warcs = archive_dir / "warcs"
    warcs.mkdir(parents=True)
    stale = warcs / "archiver-20260101000000000-00000-host.warc.gz.open"
    stale.write_bytes(b"\x1f\x8b\x08\x00garbage")
    run("lookup", "http://example.org/")
    assert not stale.exists() and not list(warcs.iterdir())


def test_settings_precedence(tmp_path: Path) -> None:
    from archiver.settings import DEFAULT_GZIP_LEVEL, load_settings

    archive = tmp_path / "a"
    archive.mkdir()
    (archive / "archiver.toml").write_text("gzip_level = 3\nhost_delay = 2.5\n")
    env = {"ARCHIVER_ARCHIVE": str(archive), "ARCHIVER_HOST_DELAY": "1.5"}
    settings = load_settings({"workers": "7"}, environ=env)
    assert (settings.archive, settings.gzip_level, settings.host_delay, settings.workers) == (archive, 3, 1.5, 7)
    assert load_settings({"archive": tmp_path / "b"}, environ=env).gzip_level == DEFAULT_GZIP_LEVEL != 3
