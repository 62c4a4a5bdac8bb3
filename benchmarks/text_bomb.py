"""Full-text extraction of a markup bomb against an ordinary page: time and peak memory, each in a child.

    .venv/bin/python benchmarks/text_bomb.py [--bomb-mb 20] [--page-kb 300] [--bs4-mb 2]

The bomb is N MB of ``<p>`` (what a ~20 KB gzip body inflates to); the page is synthetic news-like HTML.
Each is extracted by ``archiver.index.text_extract.extract_text`` in a fresh child process that reports its
seconds and peak RSS (VmHWM: ``ru_maxrss`` would also count the parent, as it survives exec); the bomb is
also given, smaller (``--bs4-mb``), to a BeautifulSoup tree as full-text indexing did before (it grows
~linearly: ~3 GB and 90 s at 20 MB). The last line is

    bomb_seconds=S bomb_peak_rss_mb=M bomb_vs_page_rss=R bs4_vs_ours_seconds_at_Xmb=T
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.capture_vs_wget import KB, Site  # noqa: E402

_CHILD = """
import json, resource, sys, time
from pathlib import Path
data = Path(sys.argv[1]).read_bytes()
started = time.perf_counter()
if sys.argv[2] == "ours":
    from archiver.index.text_extract import extract_text
    chars = len(extract_text(data, "text/html", None).text)
else:
    from bs4 import BeautifulSoup
    chars = len(" ".join(BeautifulSoup(data, "lxml").get_text(" ").split()))
seconds = time.perf_counter() - started
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))  # not ru_maxrss: see below
print(json.dumps({"seconds": seconds, "rss_mb": int(hwm.split()[1]) / 1024, "chars": chars}))
"""


def measure(path: Path, how: str) -> dict[str, float]:
    child = subprocess.run([sys.executable, "-c", _CHILD, str(path), how], capture_output=True, text=True,
                           check=True, timeout=600)
    result: dict[str, float] = json.loads(child.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bomb-mb", type=float, default=20.0)
    parser.add_argument("--page-kb", type=int, default=300)
    parser.add_argument("--bs4-mb", type=float, default=2.0, help="bomb size given to BeautifulSoup (0: skip)")
    parser.add_argument("--work", type=Path, default=Path("/tmp"), help="folder for the input files")
    args = parser.parse_args(argv)
    bomb, small, page = (args.work / f"text_bomb_{name}.html" for name in ("big", "small", "page"))
    bomb.write_bytes(b"<p>" * int(args.bomb_mb * 1024 * 1024 / 3))
    small.write_bytes(b"<p>" * int(args.bs4_mb * 1024 * 1024 / 3))
    page.write_bytes(Site().page("text", 1, args.page_kb * KB))
    ours_page, ours_bomb = measure(page, "ours"), measure(bomb, "ours")
    print(f"page {args.page_kb} KB: {ours_page['seconds']:.2f} s, {ours_page['rss_mb']:.0f} MB peak")
    print(f"bomb {args.bomb_mb:g} MB of <p>: {ours_bomb['seconds']:.2f} s, {ours_bomb['rss_mb']:.0f} MB peak")
    ratio = ""
    if args.bs4_mb:
        theirs, ours = measure(small, "bs4"), measure(small, "ours")
        print(f"bomb {args.bs4_mb:g} MB: BeautifulSoup {theirs['seconds']:.2f} s, {theirs['rss_mb']:.0f} MB peak; "
              f"ours {ours['seconds']:.2f} s, {ours['rss_mb']:.0f} MB peak")
        ratio = f" bs4_vs_ours_seconds_at_{args.bs4_mb:g}mb={theirs['seconds'] / max(ours['seconds'], 1e-6):.0f}"
    for path in (bomb, small, page):
        path.unlink()
    print(f"bomb_seconds={ours_bomb['seconds']:.2f} bomb_peak_rss_mb={ours_bomb['rss_mb']:.0f} "
          f"bomb_vs_page_rss={ours_bomb['rss_mb'] / ours_page['rss_mb']:.2f}{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
