"""Capture throughput of archiver against Debian's ``wget --warc-file``, and peak memory on a huge body.

    .venv/bin/python benchmarks/capture_vs_wget.py            # about 2 minutes on 2 cores

1. A synthetic site runs in a child process on 127.0.0.1 (a thread per connection, HTTP/1.1 keep-alive, every response
   generated before the clock starts): deterministic HTML shaped like a news site's pages (Zipf-distributed
   words, links, lists, tables, repeated class names), which compresses like real pages (about 4.4:1 at
   gzip level 6, level 9 only 1 % smaller), not random bytes.
2. One 200 MB body is captured by archiver in a child process that reports its peak RSS (VmHWM).
3. Then, for ``--rounds`` rounds, 1,000 pages of 50 KB and 200 pages of 1 MB are captured by archiver
   (the library: ``Archive`` + ``capture_urls`` with ``processes=2`` worker processes of 1 thread each,
   per-host politeness lifted for loopback), by
   ``wget --warc-file`` (one connection, as wget does) and by archiver again at each of ``--extra-levels``
   (gzip 6 and 1) to show the trade-off. Round 1's WARCs are checked with tests/warc_rules.

Loopback on a shared 2-core VM is noisy (other processes take CPU from one run and not the next), so
each round runs archiver and wget back to back and the reported ratio is the median of the per-round
ratios. The first line says how much two zlib processes gain over one (2.0 = two free cores).

The last line is ``ratio_vs_wget_50k=X ratio_vs_wget_1m=Y peak_rss_mb_200mb=Z`` (X, Y: archiver pages/s
over wget pages/s at archiver's default settings). Options: ``--gzip-level``, ``--extra-levels``,
``--workers``, ``--processes``, ``--rounds``, ``--pages-50k``, ``--pages-1m``, ``--big-mb``, ``--keep DIR``, ``--no-check``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KB = 1024
MB = 1024 * 1024

# --------------------------------------------------------------------------- the synthetic site

_SYLLABLES = (
    "a an the of to in is on for it as at by be or we he ar ba co de el fa go hi jo ka le mi no pa ra se "
    "ti un ve wa yo za ber con dis ent for gen hol ist lan men nor pro que res str tur ver wis tion ing ed ly"
).split()
_HEAD_EXTRA = (
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<link rel="stylesheet" href="/static/css/site.min.css?v=20260101">\n'
    '<link rel="preload" href="/static/fonts/serif-regular.woff2" as="font" type="font/woff2" crossorigin>\n'
    '<script async src="/static/js/analytics.js?v=20260101"></script>\n'
    "<style>\nbody{font-family:Georgia,serif;margin:0 auto;max-width:46em;color:#222}\n"
    "nav a{margin-right:1em;text-decoration:none}\n.article__byline{color:#666;font-size:.9em}\n"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}\n"
    "footer{border-top:1px solid #ddd;margin-top:2em;font-size:.8em}\n</style>\n"
)


class Site:
    """Deterministic pages shaped like a news site's: a pool of paragraphs (Zipf-distributed words over
    a made-up vocabulary) wrapped in the repetitive markup real pages carry, assembled per page from a
    seed. They compress like real HTML (level 6: ~1/4 the size, a few % worse than level 9), unlike
    random bytes or one repeated sentence."""

    def __init__(self, seed: int = 20260101) -> None:
        rng = random.Random(seed)
        words = sorted({"".join(rng.choices(_SYLLABLES, k=rng.choice((1, 1, 2, 2, 2, 3, 3, 4)))) for _ in range(4000)})
        rng.shuffle(words)
        weights = [1 / (rank + 1) for rank in range(len(words))]
        self.paragraphs: list[str] = []
        for _ in range(3000):
            chosen = rng.choices(words, weights, k=rng.randint(25, 90))
            for _ in range(rng.randint(0, 3)):
                at = rng.randrange(len(chosen))
                if rng.random() < 0.5:
                    slug = "-".join(rng.choices(words[:300], k=rng.randint(3, 7)))
                    chosen[at] = (
                        f'<a class="article__link" href="https://news.example/2026/01/{rng.randint(1, 28):02d}/'
                        f'world/{slug}" data-track="inline-link">{chosen[at]}</a>'
                    )
                else:
                    tag = rng.choice(("strong", "em"))
                    chosen[at] = f"<{tag}>{chosen[at]}</{tag}>"
            text = " ".join(chosen)
            self.paragraphs.append(
                '<div class="article__block article__block--text" data-component="paragraph">\n'
                f'  <p class="article__paragraph">{text[0].upper()}{text[1:]}.</p>\n</div>\n'
            )
        self.words = words

    def _related(self, rng: random.Random) -> str:
        items = []
        for _ in range(rng.randint(3, 6)):
            slug = "-".join(rng.choices(self.words[:300], k=rng.randint(3, 7)))
            items.append(
                f'  <li class="related-list__item"><a class="related-list__link" '
                f'href="https://news.example/2026/01/{rng.randint(1, 28):02d}/world/{slug}" '
                f'data-track="related-link">{slug.replace("-", " ").capitalize()}</a></li>\n'
            )
        return (
            '<aside class="related"><h3 class="related__title">Read more</h3>\n'
            f'<ul class="related-list">\n{"".join(items)}</ul></aside>\n'
        )

    def page(self, kind: str, number: int, size: int) -> bytes:
        rng = random.Random(f"{kind}-{number}")
        title = " ".join(rng.choices(self.words[:800], k=6)).capitalize()
        nav = "".join(
            f'<li class="nav__item"><a class="nav__link" href="/section/{w}">{w.capitalize()}</a></li>\n'
            for w in rng.sample(self.words[:200], 10)
        )
        parts = [
            f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title} #{number}</title>\n'
            f'<meta name="description" content="{title}">\n{_HEAD_EXTRA}</head>\n<body class="page page--article">\n'
            f'<header class="site-header"><nav class="nav"><ul class="nav__list">\n{nav}</ul></nav></header>\n'
            f'<main class="main"><article class="article" id="a{number}">\n<h1 class="article__title">{title}</h1>\n'
            f'<p class="article__byline">By {rng.choice(self.words)} {rng.choice(self.words)}, '
            f'<time datetime="2026-01-{1 + number % 28:02d}">2026-01-{1 + number % 28:02d}</time></p>\n'
        ]
        length = len(parts[0])
        while length < size - 200:
            roll = rng.random()
            if roll < 0.05:
                heading = " ".join(rng.choices(self.words[:1500], k=4)).capitalize()
                piece = f'<h2 class="article__subtitle">{heading}</h2>\n'
            elif roll < 0.08:
                piece = self._related(rng)
            elif roll < 0.10:
                rows = "".join(
                    f'<tr class="data-table__row"><td class="data-table__cell">{rng.choice(self.words)}</td>'
                    f'<td class="data-table__cell data-table__cell--number">{rng.randrange(10**5)}</td></tr>\n'
                    for _ in range(rng.randint(3, 10))
                )
                piece = f'<table class="data-table">\n{rows}</table>\n'
            else:
                piece = rng.choice(self.paragraphs)
            parts.append(piece)
            length += len(piece)
        parts.append(f"</article></main>\n<footer>page {kind} {number}</footer>\n</body>\n</html>\n")
        body = "".join(parts).encode("utf-8")
        return body[: size - 16] + b"\n</html>\n" if len(body) > size else body + b" " * (size - len(body))


def _head(length: int) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nServer: bench-site\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Length: %d\r\n\r\n" % length
    )


def serve(pages_50k: int, pages_1m: int) -> None:
    """Child process: pre-generate every response, print the port, serve until stdin closes."""
    site = Site()
    responses: dict[bytes, bytes] = {}
    for n in range(pages_50k):
        body = site.page("50k", n, 50 * KB)
        responses[b"/p50k/%d" % n] = _head(len(body)) + body
    for n in range(pages_1m):
        body = site.page("1m", n, MB)
        responses[b"/p1m/%d" % n] = _head(len(body)) + body
    big_block = b"".join(site.page("big", n, 64 * KB) for n in range(16))  # 1 MB, re-stamped per copy
    not_found = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"

    def big(connection: socket.socket, size: int) -> None:
        """size bytes of a 1 MB block re-stamped per copy, sent as the socket drains."""
        connection.sendall(_head(size))
        sent = copy = 0
        while sent < size:
            piece = (b"<!-- %010d -->" % copy + big_block[16:])[: size - sent]
            connection.sendall(piece)
            sent += len(piece)
            copy += 1

    class Handler(socketserver.BaseRequestHandler):
        """One thread per connection, answering each request with one sendall of its pre-built bytes:
        blocking sockets cost the site less CPU per request than an event loop, and on a 2-core
        machine that CPU is taken from whichever tool is capturing."""

        def handle(self) -> None:
            connection: socket.socket = self.request
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            pending = b""
            try:
                while data := connection.recv(65536):
                    pending += data
                    while (end := pending.find(b"\r\n\r\n")) >= 0:
                        head, pending = pending[:end], pending[end + 4 :]
                        path = head.split(b" ", 2)[1] if head.count(b" ") >= 2 else b""
                        if path.startswith(b"/big/"):
                            big(connection, int(path[5:]))
                            return
                        connection.sendall(responses.get(path, not_found))
                        if b"\r\nconnection: close" in head.lower():
                            return
            except (ConnectionError, ValueError):
                pass

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        request_queue_size = 256

    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # the parent closes stdin to stop us
    os._exit(0)  # nothing to flush; skips closing the open keep-alive connections one by one


# --------------------------------------------------------------------------- the runs


@dataclass
class Figures:
    label: str
    pages: int
    ok: int
    seconds: float
    body_bytes: int
    warc_bytes: int

    @property
    def pages_per_s(self) -> float:
        return self.ok / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.body_bytes / MB / self.seconds

    def line(self) -> str:
        return (
            f"{self.label:34} {self.ok:5}/{self.pages:<5} {self.seconds:7.2f} s {self.pages_per_s:8.1f} pages/s "
            f"{self.mb_per_s:7.1f} MB/s  WARC {self.warc_bytes / MB:7.1f} MB"
        )


def _warc_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*.warc.gz"))


def bench_settings(folder: Path, workers: int, gzip_level: int | None, processes: int = 1, **extra: object):  # type: ignore[no-untyped-def]
    from archiver.settings import Settings

    values: dict[str, object] = {
        "archive": folder, "allow_private": True, "workers": workers, "processes": processes,
        "host_concurrency": workers * processes, "host_delay": 0.0, **extra,
    }
    if gzip_level is not None:
        values["gzip_level"] = gzip_level
    return Settings(**values)  # type: ignore[arg-type]


def run_archiver(
    label: str, urls: list[str], size: int, folder: Path, workers: int, gzip_level: int | None, processes: int
) -> Figures:
    from archiver.archive import Archive
    from archiver.flow.capture_list import capture_urls
    from archiver.warc.provenance import Reason

    archive = Archive(bench_settings(folder, workers, gzip_level, processes))
    ok = 0
    started = time.perf_counter()
    try:
        for result in capture_urls(archive, urls, Reason("benchmark", command="capture_vs_wget")):
            ok += result.ok
            if not result.ok:
                print(f"  archiver failed {result.url}: {result.error}", file=sys.stderr)
    finally:
        archive.close()
    seconds = time.perf_counter() - started
    return Figures(label, len(urls), ok, seconds, ok * size, _warc_bytes(folder))


def run_wget(label: str, urls: list[str], size: int, folder: Path) -> Figures:
    folder.mkdir(parents=True)
    url_file = folder / "urls.txt"
    url_file.write_text("\n".join(urls) + "\n")
    command = [
        shutil.which("wget") or "/usr/bin/wget", "--no-config", "--no-verbose", "--no-proxy",
        f"--input-file={url_file}", "--output-document=/dev/null", f"--warc-file={folder / 'wget'}",
        f"--warc-tempdir={folder}",
    ]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    ok = sum(" URL:" in line and " -> " in line for line in done.stderr.splitlines())  # one per page saved
    if done.returncode != 0:
        print(f"  wget exit {done.returncode}: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
    return Figures(label, len(urls), ok, seconds, ok * size, _warc_bytes(folder))


# Peak RSS as VmHWM (resident high-water mark of this process image) and as getrusage's ru_maxrss, which
# also counts pages shared with the parent between fork and exec (so it is only right for a small parent).
MEASURE_BIG = r"""
import json, re, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from benchmarks.capture_vs_wget import bench_settings
from archiver.archive import Archive
from archiver.flow.capture import capture_url
from archiver.warc.provenance import Reason
url, size, folder, level = sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), sys.argv[5]
settings = bench_settings(folder, 1, None if level == "default" else int(level), max_body=size + 1)
started = time.perf_counter()
with Archive(settings) as archive:
    result = capture_url(archive, url, Reason("benchmark", command="capture_vs_wget big"))
seconds = time.perf_counter() - started
with open("/proc/self/status") as status:
    hwm = int(re.search(r"VmHWM:\s+(\d+) kB", status.read()).group(1)) / 1024
print(json.dumps({"ok": result.ok, "error": result.error, "seconds": seconds, "vm_hwm_mb": hwm,
                  "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_big(url: str, size: int, folder: Path, gzip_level: int | None) -> tuple[Figures, dict[str, float]]:
    level = "default" if gzip_level is None else str(gzip_level)
    command = [sys.executable, "-c", MEASURE_BIG, str(ROOT), url, str(size), str(folder), level]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise SystemExit(f"big-body run failed: {done.stderr.strip()}")
    stats = json.loads(done.stdout.strip().splitlines()[-1])
    if not stats["ok"]:
        print(f"  archiver failed the big body: {stats['error']}", file=sys.stderr)
    label = f"archiver {size // MB} MB body"
    figures = Figures(label, 1, int(stats["ok"]), stats["seconds"], size, _warc_bytes(folder))
    return figures, stats


ZLIB_PROBE = r"""
import sys, time, zlib
data = bytes.fromhex(sys.argv[1]) * 2048
started = time.perf_counter()
for _ in range(8):
    zlib.compress(data, 6)
print(8 * len(data) / (time.perf_counter() - started))
"""


def zlib_cores() -> float:
    """How many zlib streams this machine really runs at once: one process alone, then two together."""
    sample = Site().page("probe", 0, 512).hex()

    def rate(copies: int) -> float:
        procs = [subprocess.Popen([sys.executable, "-c", ZLIB_PROBE, sample], stdout=subprocess.PIPE, text=True)
                 for _ in range(copies)]
        return sum(float(p.communicate()[0]) for p in procs)

    single = rate(1)
    return rate(2) / single


def check(folder: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.warc_rules import check_warc

    problems = 0
    for path in sorted(folder.rglob("*.warc.gz")):
        found = check_warc(path)
        problems += len(found)
        for problem in found[:5]:
            print(f"  {path.name}: {problem}", file=sys.stderr)
    return problems


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _levels(text: str) -> list[int]:
    """'6,1' -> [6, 1]; '' -> []."""
    try:
        levels = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected gzip levels like 6,1, got {text!r}") from None
    if any(not 0 <= lv <= 9 for lv in levels):
        raise argparse.ArgumentTypeError("gzip levels are 0-9")
    return levels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--serve", nargs=2, type=int, metavar=("PAGES_50K", "PAGES_1M"), help=argparse.SUPPRESS)
    parser.add_argument("--pages-50k", type=int, default=1000)
    parser.add_argument("--pages-1m", type=int, default=200)
    parser.add_argument("--big-mb", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="archiver/wget pairs per workload; ratios are medians")
    parser.add_argument("--workers", type=int, default=1,
                        help="archiver capture threads per process (default 1: loopback answers in microseconds, so "
                             "more threads only contend for the GIL)")
    parser.add_argument("--processes", type=int, default=2, help="archiver capture processes (default 2 for 2 cores)")
    parser.add_argument("--gzip-level", type=int, default=None, help="default: archiver's own default")
    parser.add_argument("--extra-levels", type=_levels, default=[6, 1],
                        help="also run archiver at these gzip levels, for the trade-off (default 6,1; '' skips)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the WARCs in this folder")
    parser.add_argument("--no-check", action="store_true", help="skip the WARC rule check")
    args = parser.parse_args(argv)
    if args.serve:
        serve(*args.serve)
        return 0

    sys.path.insert(0, str(ROOT))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="capture-bench-", dir=args.keep))
    site = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(args.pages_50k), str(args.pages_1m)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    level = args.gzip_level if args.gzip_level is not None else "default"
    workloads = [("50k", 50 * KB, args.pages_50k), ("1m", MB, args.pages_1m)]
    figures: dict[str, list[Figures]] = {}
    try:
        port = int((site.stdout.readline() if site.stdout else "").strip() or 0)
        if not port:
            raise SystemExit("the synthetic site did not start")
        base = f"http://127.0.0.1:{port}"
        from archiver.warc.encode import DEFLATE

        print(f"site {base}; deflate: {DEFLATE}; {os.cpu_count()} cores, zlib runs {zlib_cores():.2f}x faster "
              f"on 2 processes than on 1 (2.0 = two free cores); load {os.getloadavg()[0]:.2f}; archiver processes={args.processes} "
              f"workers={args.workers} gzip_level={level}", flush=True)
        # 1. the big body first, while this process is small (see MEASURE_BIG)
        big, memory = run_big(f"{base}/big/{args.big_mb * MB}", args.big_mb * MB, work / "big", args.gzip_level)
        peak = memory["vm_hwm_mb"]
        print(f"{big.line()}  peak RSS {peak:.0f} MB (ru_maxrss {memory['ru_maxrss_mb']:.0f} MB)", flush=True)
        # 2. rounds of archiver then wget on the same pages
        for n in range(args.rounds):
            for name, size, count in workloads:
                urls = [f"{base}/p{name}/{i}" for i in range(count)]
                runs: list[tuple[str, int | None]] = [("archiver", args.gzip_level), ("wget", None)]
                runs += [(f"archiver-{extra}", extra) for extra in args.extra_levels]
                for tool, tool_level in runs:
                    folder = work / f"round{n}" / f"{tool}-{name}"
                    if tool == "wget":
                        result = run_wget(f"wget --warc-file {name}", urls, size, folder)
                    else:
                        label = f"archiver {name} (gzip {level if tool == 'archiver' else tool_level})"
                        result = run_archiver(label, urls, size, folder, args.workers, tool_level, args.processes)
                    figures.setdefault(f"{tool} {name}", []).append(result)
                    print(f"round {n + 1}  {result.line()}", flush=True)
                    if n and not args.keep:
                        shutil.rmtree(folder, ignore_errors=True)
        if not args.no_check:
            problems = sum(check(work / "round0" / f"archiver-{name}") for name, _, _ in workloads)
            print(f"WARC check (tests/warc_rules) on archiver's round-1 output: {problems} problems")
            if problems:
                return 1
    finally:
        if site.stdin:
            site.stdin.close()
        site.wait(10)
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"WARCs kept in {work}")
    ratios = {}
    print(f"medians over {args.rounds} rounds:")
    for name, _, _ in workloads:
        tools = ["archiver", *(f"archiver-{extra}" for extra in args.extra_levels), "wget"]
        for tool in tools:
            runs = figures[f"{tool} {name}"]
            print(f"  {tool:11} {name:3} {_median([r.pages_per_s for r in runs]):8.1f} pages/s "
                  f"{_median([r.mb_per_s for r in runs]):7.1f} MB/s  WARC {runs[0].warc_bytes / MB:6.1f} MB")

        def ratio(tool: str, name: str = name) -> float:
            pairs = zip(figures[f"{tool} {name}"], figures[f"wget {name}"], strict=True)
            return _median([a.pages_per_s / w.pages_per_s for a, w in pairs if w.ok])

        ratios[name] = ratio("archiver")
        extras = "".join(f", {ratio(f'archiver-{extra}'):.2f} at gzip {extra}" for extra in args.extra_levels)
        print(f"  ratio vs wget {name}: {ratios[name]:.2f} at gzip {level}{extras}")
    print(f"ratio_vs_wget_50k={ratios['50k']:.2f} ratio_vs_wget_1m={ratios['1m']:.2f} peak_rss_mb_200mb={peak:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
