"""The benchmark scripts' own logic (they are run by hand, not in CI, so breakage would go unseen)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from archiver.settings import DEFAULT_GZIP_LEVEL
from benchmarks import capture_vs_wget, gzip_levels, text_bomb


def test_gzip_levels_reports_every_level_and_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert gzip_levels.main(["--synthetic", "4", "--limit", "3", "--repeat", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    sizes = {}
    for line in lines:
        if found := re.match(r"(zlib \d|libdeflate \d)\s+[\d.]+ MB\s+([+-][\d.]+)% vs zlib 6", line):
            sizes[found.group(1)] = float(found.group(2))
    assert set(sizes) == {"zlib 9", "zlib 6"} | {f"libdeflate {n}" for n in range(1, 10)}
    assert sizes["libdeflate 1"] > sizes["libdeflate 9"]  # the trade-off the table documents
    marked = [line for line in lines if "archiver's default" in line]
    assert len(marked) == 1 and marked[0].startswith(f"libdeflate {DEFAULT_GZIP_LEVEL} ")
    assert re.fullmatch(
        rf"default_level={DEFAULT_GZIP_LEVEL} size_vs_zlib6=[+-][\d.]+% size_vs_level6=[+-][\d.]+% "
        r"speed_vs_level6=[\d.]+",
        lines[-1],
    )


def test_gzip_levels_refuses_a_missing_path(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        gzip_levels.main(["/no/such/folder"])
    assert stopped.value.code == 2 and "no such file or folder: /no/such/folder" in capsys.readouterr().err


def test_extra_levels_option() -> None:
    assert capture_vs_wget._levels("6,1") == [6, 1]
    assert capture_vs_wget._levels("") == []
    for bad in ("6,x", "12"):
        with pytest.raises(argparse.ArgumentTypeError):
            capture_vs_wget._levels(bad)


def test_resolve_translit_measures_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import resolve_translit

    assert resolve_translit.main(["--directory", "300"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    found = re.fullmatch(r"coverage_archiver=([\d.]+) coverage_anyascii=([\d.]+) coverage_cyrtranslit=([\d.]+) "
                         r"rapidfuzz_speedup=([\d.]+|inf)", last)
    assert found, last
    assert float(found.group(1)) > float(found.group(2))  # the schemas add spellings anyascii alone misses


def test_text_bomb_reports_time_and_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert text_bomb.main(["--bomb-mb", "1", "--page-kb", "50", "--bs4-mb", "0.05", "--work", str(tmp_path)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert re.fullmatch(r"bomb_seconds=[\d.]+ bomb_peak_rss_mb=\d+ bomb_vs_page_rss=[\d.]+ "
                        r"bs4_vs_ours_seconds_at_0.05mb=\d+", last), last
    assert list(tmp_path.iterdir()) == []
