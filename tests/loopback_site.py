"""One loopback host for multi-host tests and benchmarks: /page/N answers after ``latency`` seconds (a remote
server's think time), and each request's arrival time is logged, so per-host spacing can be checked."""

from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Site:
    def __init__(self, host: str, latency: float = 0.25, filler: int = 0) -> None:
        self.arrivals: list[tuple[float, str]] = []
        self.slow: dict[str, float] = {}  # paths that answer later than ``latency``
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.arrivals.append((time.monotonic(), self.path))
                time.sleep(site.slow.get(self.path, latency))
                body = (f"<html><title>{host}{self.path}</title><p>page {self.path} on {host}</p>"
                        f"<p>{'news ' * filler}</p></html>").encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a killed client's
                    self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.base = f"http://{host}:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
