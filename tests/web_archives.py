"""Local stand-ins for public web archives, answering in their documented API shapes, on 127.0.0.1:0.

    /cdx/search/cdx?url=U&output=json&fl=..&filter=statuscode:200&to=T|from=T&limit=N   Wayback CDX API
    /wayback/available?url=U&timestamp=T                                  Wayback availability API
    /web/<14 digits>id_/U  (and /web/<14 digits>/U)                      mementos, Memento-Datetime header
    /api/json/<T>/U                                                        Memento TimeTravel JSON
    /timemap/U                                                             archive.today TimeMap (link format)
    /save/U                                                                Save Page Now: 200, Content-Location

``add(url, ts14, body)`` stores a memento; ``cdx_down`` makes the CDX API answer 404 (the availability API
then has to do); ``asked`` lists every path requested.
"""

from __future__ import annotations

import json
import re
import threading
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit


def _dt(ts: str) -> datetime:
    return datetime.strptime(ts, "%Y%m%d%H%M%S").replace(tzinfo=UTC)


class WebArchiveStandIn:
    def __init__(self) -> None:
        self.mementos: dict[str, list[tuple[str, bytes]]] = {}
        self.cdx_down = False
        self.asked: list[str] = []
        self.saved: list[str] = []  # timestamps of the mementos Save Page Now made
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802  (http.server's name)
                stand_in.asked.append(self.path)
                status, headers, body = stand_in.answer(self.path)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def add(self, url: str, ts: str, body: bytes) -> None:
        self.mementos.setdefault(url, []).append((ts, body))
        self.mementos[url].sort()

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        as_json = {"Content-Type": "application/json"}
        if parts.path == "/cdx/search/cdx":
            if self.cdx_down:
                return 404, {}, b"not here"
            rows = [[ts, query["url"], "200"] for ts, _ in self.mementos.get(query["url"], [])
                    if ts <= query.get("to", "99999999999999") and ts >= query.get("from", "0")]
            limit = int(query.get("limit", "0"))
            rows = rows[limit:] if limit < 0 else rows[:limit] if limit else rows
            fields = query.get("fl", "urlkey,timestamp,original,mimetype,statuscode,digest,length").split(",")
            full = {"timestamp": 0, "original": 1, "statuscode": 2}
            out = [fields] + [[row[full[f]] if f in full else "-" for f in fields] for row in rows] if rows else []
            return 200, as_json, json.dumps(out).encode()
        if parts.path == "/wayback/available":
            found = self._closest(query["url"], query.get("timestamp", "99999999999999"))
            snapshots = {} if found is None else {"closest": {
                "status": "200", "available": True, "timestamp": found,
                "url": f"{self.base}/web/{found}/{query['url']}"}}
            return 200, as_json, json.dumps({"url": query["url"], "archived_snapshots": snapshots}).encode()
        match = re.fullmatch(r"/save/(.+)", path)
        if match:
            ts = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
            self.saved.append(ts)
            self.add(match[1], ts, b"<html>saved</html>")
            headers = {"Content-Type": "text/html", "Content-Location": f"/web/{ts}/{match[1]}"}
            return 200, headers, b"<html>saved</html>"
        match = re.fullmatch(r"/web/(\d{14})(id_)?/(.+)", path)
        if match:
            for ts, body in self.mementos.get(match[3], []):
                if ts == match[1]:
                    headers = {"Content-Type": "text/html; charset=utf-8",
                               "Memento-Datetime": format_datetime(_dt(ts), usegmt=True)}
                    return 200, headers, body
            return 404, {}, b"no such memento"
        match = re.fullmatch(r"/api/json/(\d{1,14})/(.+)", path)
        if match:
            return self._timetravel(match[2], match[1].ljust(14, "0"))
        match = re.fullmatch(r"/timemap/(.+)", path)
        if match and self.mementos.get(match[1]):
            lines = [f'<{match[1]}>; rel="original"'] + [
                f'<{self.base}/{ts}/{match[1]}>; rel="memento"; datetime="{format_datetime(_dt(ts), usegmt=True)}"'
                for ts, _ in self.mementos[match[1]]]
            return 200, {"Content-Type": "application/link-format"}, ",\n".join(lines).encode()
        return 404, {}, b"not found"

    def _closest(self, url: str, ts: str) -> str | None:
        stamps = [t for t, _ in self.mementos.get(url, [])]
        if not stamps:
            return None
        return min(stamps, key=lambda t: abs((_dt(t) - _dt(ts)).total_seconds()))

    def _timetravel(self, url: str, ts: str) -> tuple[int, dict[str, str], bytes]:
        stamps = [t for t, _ in self.mementos.get(url, [])]
        closest = self._closest(url, ts)
        if closest is None:
            return 404, {}, b""

        def entry(t: str) -> dict[str, object]:
            return {"datetime": _dt(t).strftime("%Y-%m-%dT%H:%M:%SZ"), "uri": [f"{self.base}/web/{t}/{url}"]}

        at = stamps.index(closest)
        mementos = {"first": entry(stamps[0]), "last": entry(stamps[-1]), "closest": entry(closest)}
        if at > 0:
            mementos["prev"] = entry(stamps[at - 1])
        if at + 1 < len(stamps):
            mementos["next"] = entry(stamps[at + 1])
        return 200, {"Content-Type": "application/json"}, json.dumps(
            {"original_uri": url, "mementos": mementos, "timegate_uri": f"{self.base}/timegate/{url}"}).encode()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> WebArchiveStandIn:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
