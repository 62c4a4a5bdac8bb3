"""Browser capture throughput and memory on a local script-built site, beside plain HTTP capture.

    .venv/bin/python benchmarks/browser_capture.py [--pages 40] [--workers 2]

A site on 127.0.0.1 (a thread per connection) serves --pages script-built pages: each an HTML shell whose
script (one /app.js shared by every page) fetches /data/N.json and fills in ~3 KB of text, plus one
image per page. The pages are captured with `capture_mode = browser` (--workers Chromiums at once, each
capture a fresh browser) and then over plain HTTP, into separate archives. Peak memory is the largest
proportional set size (PSS) of this process and all its descendants together (Playwright's driver,
Chromium's processes), sampled every 0.1 s. The last line is

    browser_pages_per_min=X http_pages_per_min=Y http_over_browser=Z peak_pss_mb=M

Each capture thread keeps its Chromium between captures (starting Playwright's driver and Chromium
costs ~1.3 s of CPU here) and gives each capture a new context; the rate is bound by CPU (rendering,
screenshots), not by the network.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from archiver.archive import Archive
from archiver.capture.browser import browser_problem
from archiver.flow.browser_capture import BrowserCapture
from archiver.flow.capture_list import capture_urls
from archiver.settings import load_settings
from archiver.warc.provenance import Reason

WORDS = "archive capture citation source preserve record article link page replay evidence quote".split()
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63646060f80f0002870180eb47ba920000000049454e44ae426082"
)
APP_JS = b"""const n = location.pathname.split('/').pop();
fetch('/data/' + n + '.json').then((r) => r.json()).then((d) => {
  document.getElementById('root').innerHTML = d.paragraphs.map((p) => '<p>' + p + '</p>').join('');
});"""


def _page(n: int) -> bytes:
    return (f'<!DOCTYPE html><html><head><title>Page {n}</title></head><body><div id="root"></div>'
            f'<img src="/img/{n}.png" alt=""><script src="/app.js"></script></body></html>').encode()


def _data(n: int) -> bytes:
    paragraphs = [" ".join(WORDS[(n + i + j) % len(WORDS)] for j in range(40)) for i in range(10)]
    return json.dumps({"paragraphs": paragraphs}).encode()


class _Site(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        path = self.path.split("?")[0]
        number = path.rsplit("/", 1)[-1].split(".")[0]
        if path == "/app.js":
            body, kind = APP_JS, "application/javascript"
        elif path.startswith("/page/"):
            body, kind = _page(int(number)), "text/html; charset=utf-8"
        elif path.startswith("/data/"):
            body, kind = _data(int(number)), "application/json"
        elif path.startswith("/img/"):
            body, kind = PIXEL, "image/png"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _tree_pss_kb(root: int) -> int:
    """Proportional set size of root and all its descendants, in KB (from /proc): shared pages (Chromium's
    processes share most of their code) are counted once, split between their sharers, not once each."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, queue = 0, [root]
    while queue:
        pid = queue.pop()
        queue += children.get(pid, [])
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return total


class _PeakMemory:
    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            self.peak_kb = max(self.peak_kb, _tree_pss_kb(os.getpid()))

    def __enter__(self) -> _PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _capture(folder: Path, urls: list[str], mode: str, workers: int) -> tuple[float, int]:
    """(seconds, pages captured ok) for urls captured in mode into a new archive at folder."""
    settings = load_settings({"archive": folder, "allow_private": True, "host_delay": 0, "capture_mode": mode,
                              "browser_workers": workers, "workers": workers})
    browser = BrowserCapture() if mode != "http" else None
    with Archive(settings) as archive:
        started = time.perf_counter()
        try:
            results = list(capture_urls(archive, urls, Reason("benchmark"), capture=browser))
        finally:
            if browser is not None:
                browser.close()
        took = time.perf_counter() - started
    return took, sum(result.ok for result in results)


def _serve() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2, help="browser captures at once (browser_workers)")
    args = parser.parse_args(argv)
    problem = browser_problem(load_settings({}))
    if problem:
        parser.error(problem)
    with tempfile.TemporaryDirectory() as scratch:
        for base in _serve():
            urls = [f"{base}/page/{n}" for n in range(args.pages)]
            with _PeakMemory() as memory:
                browser_s, browser_ok = _capture(Path(scratch, "browser"), urls, "browser", args.workers)
            http_s, http_ok = _capture(Path(scratch, "http"), urls, "http", args.workers)
    browser_rate, http_rate = browser_ok / browser_s * 60, http_ok / http_s * 60
    print(f"browser: {browser_ok}/{args.pages} pages in {browser_s:.1f} s ({args.workers} at once)")
    print(f"http:    {http_ok}/{args.pages} pages in {http_s:.2f} s")
    print(f"browser_pages_per_min={browser_rate:.0f} http_pages_per_min={http_rate:.0f} "
          f"http_over_browser={http_rate / browser_rate:.0f} peak_pss_mb={memory.peak_kb / 1024:.0f}")
    return 0 if browser_ok == http_ok == args.pages else 1


if __name__ == "__main__":
    raise SystemExit(main())
