"""The gzip level trade-off behind ``settings.gzip_level``: output size and speed per level, on HTML.

    .venv/bin/python benchmarks/gzip_levels.py                      # the synthetic site + tests' real pages
    .venv/bin/python benchmarks/gzip_levels.py /usr/share/doc ~/saved-pages   # add real HTML of your own

Each page is compressed as one gzip member, as archiver writes a record held in memory: by libdeflate
(the ``deflate`` package) at levels 1-9, and by zlib at 6 (Heritrix's level, Java's default) and 9
(warcio's and wget's). Sizes are totals over the corpus, relative to zlib 6; speeds are MB of input per
second on one core (best of ``--repeat`` passes, so other load on the machine counts less). The last
line is ``default_level=N size_vs_zlib6=X% size_vs_level6=Y% speed_vs_level6=Z`` for archiver's default.
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import deflate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archiver.settings import DEFAULT_GZIP_LEVEL as DEFAULT_LEVEL  # noqa: E402
from benchmarks.capture_vs_wget import KB, Site  # noqa: E402

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def corpus(paths: list[Path], synthetic_pages: int, limit: int) -> list[bytes]:
    """The synthetic site's 50 KB pages, tests/data's real pages, and HTML files under paths (up to limit)."""
    site = Site()
    pages = [site.page("50k", n, 50 * KB) for n in range(synthetic_pages)]
    files = sorted((ROOT / "tests" / "data").rglob("*.htm*"))
    for path in paths:
        files += sorted(p for p in path.rglob("*") if p.suffix.lower() in HTML_SUFFIXES) if path.is_dir() else [path]
    pages += [f.read_bytes() for f in files[:limit]]
    return [page for page in pages if page]


def measure(pages: list[bytes], compress: Callable[[bytes], bytes], repeat: int) -> tuple[int, float]:
    """(total compressed bytes, best seconds over repeat passes)."""
    best = float("inf")
    size = 0
    for _ in range(repeat):
        started = time.perf_counter()
        size = sum(len(compress(page)) for page in pages)
        best = min(best, time.perf_counter() - started)
    return size, best


def _libdeflate_at(level: int) -> Callable[[bytes], bytes]:
    return lambda page: deflate.gzip_compress(page, level)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="HTML files or folders to add to the corpus")
    parser.add_argument("--synthetic", type=int, default=200, help="synthetic 50 KB pages (default 200)")
    parser.add_argument("--limit", type=int, default=2000, help="at most this many files from tests/data and paths")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    pages = corpus(args.paths, args.synthetic, args.limit)
    total = sum(map(len, pages))
    print(f"{len(pages)} pages, {total / 1e6:.1f} MB of HTML")
    runs: dict[str, tuple[int, float]] = {
        "zlib 9": measure(pages, lambda page: zlib.compress(page, 9), args.repeat),
        "zlib 6": measure(pages, lambda page: zlib.compress(page, 6), args.repeat),
    }
    for level in range(1, 10):
        runs[f"libdeflate {level}"] = measure(pages, _libdeflate_at(level), args.repeat)
    zlib6 = runs["zlib 6"][0]
    for name, (size, seconds) in runs.items():
        mark = "  <- archiver's default" if name == f"libdeflate {DEFAULT_LEVEL}" else ""
        print(f"{name:13} {size / 1e6:8.2f} MB  {100 * (size / zlib6 - 1):+6.2f}% vs zlib 6  "
              f"ratio {total / size:5.2f}  {total / seconds / 1e6:7.1f} MB/s{mark}")
    size, seconds = runs[f"libdeflate {DEFAULT_LEVEL}"]
    size6, seconds6 = runs["libdeflate 6"]
    print(f"default_level={DEFAULT_LEVEL} size_vs_zlib6={100 * (size / zlib6 - 1):+.2f}% "
          f"size_vs_level6={100 * (size / size6 - 1):+.2f}% speed_vs_level6={seconds6 / seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
