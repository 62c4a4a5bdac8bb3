"""Issue 15: browser capture in real headless Chromium (Debian's), driven by Playwright, against local servers.

Every page is served on 127.0.0.1 by tests.servers.OriginServer. Skipped when Chromium or Playwright is
missing (scripts/install-oracles.sh installs chromium; Playwright comes with the `test` extra).
"""

from __future__ import annotations

import base64
import json
import re
import socketserver
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from warcio.archiveiterator import ArchiveIterator

from archiver.capture.browser import browser_problem
from archiver.settings import Settings, load_settings
from tests.servers import OriginServer, Response
from tests.test_capture import assert_valid_archive, warcs
from tests.test_serve_archive import Served, fetch
from tests.test_telegram_capture import mirror  # noqa: F401  (the local t.me the `tg` fixture captures from)
from tests.warc_rules import check_warc, check_with_warcio

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(browser_problem(Settings()) is not None, reason=str(browser_problem(Settings()))),
]

SCRIPT_TEXT = "Text that only the script put on this page"
SHELL = b"""<!DOCTYPE html><html><head><title>Script-built</title></head>
<body><div id="root"></div><script src="/app.js"></script></body></html>"""
APP_JS = b"""fetch('/data.json').then((r) => r.json()).then((d) => {
  document.getElementById('root').textContent = d.text;
});"""
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
LAZY = b"""<!DOCTYPE html><html><body><p>Top of a long page.</p>
<div style="height: 5000px"></div><img loading="lazy" src="/lazy.png" alt="far below"></body></html>"""
JS = (("Content-Type", "application/javascript"),)


@pytest.fixture(scope="module")
def site() -> Iterator[OriginServer]:
    with OriginServer() as server:
        server.set_route("/app", SHELL)
        server.set_route("/app.js", Response(200, APP_JS, JS))
        body = json.dumps({"text": SCRIPT_TEXT}).encode()
        server.set_route("/data.json", Response(200, body, (("Content-Type", "application/json"),)))
        server.set_route("/lazy", LAZY)
        server.set_route("/lazy.png", Response(200, PIXEL, (("Content-Type", "image/png"),)))
        yield server


def records(archive: Path) -> list[dict[str, Any]]:
    """Every record of the archive: type, target, headers and decoded content."""
    found = []
    for path in warcs(archive):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                found.append({
                    "type": record.rec_type,
                    "uri": record.rec_headers.get_header("WARC-Target-URI"),
                    "id": record.rec_headers.get_header("WARC-Record-ID"),
                    "concurrent": record.rec_headers.get_header("WARC-Concurrent-To"),
                    "mime": record.rec_headers.get_header("Content-Type"),
                    "content": record.content_stream().read(),
                })
    return found


def provenance(archive: Path) -> dict[str, Any]:
    [meta] = [r for r in records(archive) if r["type"] == "metadata"]
    return json.loads(meta["content"])  # type: ignore[no-any-return]


def document_limit(archive: Path) -> str | None:
    return provenance(archive)["browser"]["limit"]  # type: ignore[no-any-return]


def paths(server: OriginServer, since: int = 0) -> list[str]:
    return [request.path for request in server.requests[since:]]


def test_script_built_page_is_kept_with_its_data_screenshot_and_dom(run, site: OriginServer, archive_dir: Path) -> None:
    page = site.url("/app")
    result = run("capture", "--browser", "--json", page)
    assert result.exit_code == 0, result.stderr
    [row] = result.json_lines()
    assert row["ok"] and row["mode"] == "browser" and row["why"] == "capture_mode = browser"
    assert row["final_url"] == page and row["status"] == 200 and row["limit"] is None
    assert_valid_archive(archive_dir)  # our WARC rules and `warcio check`
    found = records(archive_dir)
    responses = {r["uri"]: r for r in found if r["type"] == "response"}
    assert set(responses) == {page, site.url("/app.js"), site.url("/data.json")}
    assert responses[site.url("/data.json")]["content"] == json.dumps({"text": SCRIPT_TEXT}).encode()
    page_id = responses[page]["id"]
    assert row["record_id"] == page_id  # the page is the capture's final response
    shot = next(r for r in found if r["uri"] == f"urn:screenshot:{page}")
    dom = next(r for r in found if r["uri"] == f"urn:dom:{page}")
    assert shot["type"] == dom["type"] == "resource" and shot["concurrent"] == dom["concurrent"] == page_id
    assert shot["mime"] == "image/png" and shot["content"].startswith(b"\x89PNG\r\n\x1a\n")
    assert SCRIPT_TEXT.encode() in dom["content"] and SCRIPT_TEXT.encode() not in responses[page]["content"]
    document = provenance(archive_dir)
    assert document["prov:wasGeneratedBy"]["reason"]["capture_mode"] == "browser"
    browser = document["browser"]
    assert browser["engine"].startswith("Chromium ") and browser["refused"] == [] and browser["limit"] is None
    assert browser["screenshot"]["record_id"] == shot["id"] and browser["dom"]["record_id"] == dom["id"]
    # The page's document was fetched once, over HTTP, and handed to the browser: not fetched twice.
    assert paths(site).count("/app") == 1

    listed = run("lookup", "--json", page).json_lines()
    assert listed[0]["screenshot"]["record_id"] == shot["id"]
    assert "screenshot: urn:screenshot:" in run("lookup", page).stdout
    assert run("lookup", "--json", site.url("/data.json")).json_lines()[0]["record_type"] == "response"
    [found] = run("lookup", "--json", "--text", SCRIPT_TEXT).json_lines()  # the rendered DOM is searchable
    assert found["fetch_url"] == page and found["url"] == f"urn:dom:{page}" and found["record_id"] == dom["id"]
    assert run("verify").exit_code == 0  # fixity: every record, digest and index pointer checks out

    # serve shows the screenshot beside the provenance, and serves the PNG itself
    served = Served(load_settings({"archive": archive_dir}))
    try:
        key = page_id.removeprefix("<urn:uuid:").removesuffix(">")
        view = fetch(f"{served.base}/capture/{key}.json").json()["capture"]
        image = fetch(view["screenshot"]["image"])
        assert image.status == 200 and image.headers["Content-Type"] == "image/png" and image.body == shot["content"]
        html = BeautifulSoup(fetch(f"{served.base}/capture/{key}").body, "html.parser")
        assert html.select_one("#screenshot img")["src"] == view["screenshot"]["image"]
        assert html.select_one("#provenance") is not None and "capture_mode = browser" in html.get_text()
        assert fetch(f"{served.base}/screenshot/{key}.png").status == 404  # the page's record is no screenshot
    finally:
        served.close()


def test_a_second_capture_stores_unchanged_subresources_as_revisits(run, site: OriginServer, archive_dir: Path) -> None:
    for _ in range(2):
        assert run("capture", "--browser", site.url("/app")).exit_code == 0
    found = records(archive_dir)
    kinds = [r["type"] for r in found if r["uri"] == site.url("/app.js")]
    assert kinds == ["response", "request", "revisit", "request"]
    first, second = warcs(archive_dir)  # one file per run: the revisits name records of the first
    assert check_warc(second, {r["id"] for r in found}) == [] and check_warc(first) == []
    check_with_warcio(second)


def test_lazy_image_below_the_fold_is_loaded_by_scrolling(run, site: OriginServer, archive_dir: Path) -> None:
    before = len(site.requests)
    result = run("capture", "--browser", "--json", site.url("/lazy"))
    assert result.exit_code == 0, result.stderr
    assert "/lazy.png" in paths(site, before)
    image = next(r for r in records(archive_dir) if r["uri"] == site.url("/lazy.png"))
    assert image["type"] == "response" and image["content"] == PIXEL


class _Recording(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture
def private_server() -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.2 (loopback, but not the address the guard is told is public)."""
    seen: list[str] = []

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            seen.append(self.rfile.readline().decode("latin-1").strip())
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\nsecret")

    server = _Recording(("127.0.0.2", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.2:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def _nosy_page(site: OriginServer, private: str) -> str:
    body = f"""<!DOCTYPE html><html><body><p id="out">Public page text, long enough to be a page.</p>
<img src="{private}/pixel.png"><script>
fetch('{private}/internal.json').then((r) => r.text()).then((t) => {{ document.title = 'got ' + t; }});
</script></body></html>"""
    site.set_route("/nosy", body.encode())
    return site.url("/nosy")


def test_subresources_on_private_addresses_are_refused(run, site: OriginServer, archive_dir: Path,
                                                       private_server: tuple[str, list[str]], monkeypatch) -> None:
    from archiver.capture import guard

    private, seen = private_server
    monkeypatch.setattr(guard, "address_is_public", lambda address: address == "127.0.0.1")
    page = _nosy_page(site, private)
    result = run("capture", "--browser", "--json", page, private=False)
    assert result.exit_code == 0, result.stderr
    assert seen == []  # nothing reached the private address
    refused = {r["url"]: r["reason"] for r in provenance(archive_dir)["browser"]["refused"]}
    assert set(refused) == {f"{private}/pixel.png", f"{private}/internal.json"}
    assert all(reason.startswith("refused 127.0.0.2") for reason in refused.values())
    assert not [r for r in records(archive_dir) if r["uri"] and r["uri"].startswith(private)]


def test_private_subresources_load_when_allowed(run, site: OriginServer, archive_dir: Path,
                                                private_server: tuple[str, list[str]]) -> None:
    private, seen = private_server
    result = run("capture", "--browser", "--json", _nosy_page(site, private), private=True)
    assert result.exit_code == 0, result.stderr
    assert sorted(seen) == ["GET /internal.json HTTP/1.1", "GET /pixel.png HTTP/1.1"]
    assert provenance(archive_dir)["browser"]["refused"] == []


HOSTILE = {
    "never-quiet": b"""<html><body><p>ticking</p><script>
setInterval(() => fetch('/data.json?' + Math.random()), 100);</script></body></html>""",
    "request-flood": b"""<html><body><script>
for (let i = 0; i < 2000; i++) fetch('/data.json?n=' + i);</script></body></html>""",
    "huge-body": b"""<html><body><img src="/big?size=8000000"><iframe src="file:///etc/passwd"></iframe>
<script>new WebSocket('ws://127.0.0.1:9/socket')</script></body></html>""",
    "alert-loop": b"""<html><body><p>boxes</p><script>while (true) { alert('again'); }</script></body></html>""",
}


@pytest.mark.parametrize(("name", "limit", "requests"), [
    ("never-quiet", "time limit", 1000), ("request-flood", "request limit", 30), ("huge-body", "byte limit", 30),
    ("alert-loop", "time limit", 30),
])
def test_hostile_pages_end_within_their_limits(run, site: OriginServer, archive_dir: Path, name: str,
                                               limit: str, requests: int) -> None:
    site.set_route(f"/hostile/{name}", HOSTILE[name])
    settings = {"browser_timeout": 4, "browser_max_requests": requests, "browser_max_bytes": 1_000_000}
    started = time.monotonic()
    result = run("capture", "--browser", "--json", site.url(f"/hostile/{name}"), settings=settings)
    took = time.monotonic() - started
    assert result.exit_code == 0, result.stderr
    [row] = result.json_lines()
    assert took < 4 + 2 * 2 + 10, took  # the page's limit, the snapshots' (half of it each) and a launch
    assert row["ok"] and limit in row["limit"] and document_limit(archive_dir) == row["limit"]
    document = provenance(archive_dir)
    browser = document["browser"]
    assert browser["requests"] <= requests
    found = records(archive_dir)
    assert any(r["type"] == "response" and r["uri"] == site.url(f"/hostile/{name}") for r in found)
    if name == "request-flood":
        assert browser["refused_count"] >= 2000 - 30
    if name == "huge-body":
        big = next(r for r in found if r["uri"] == site.url("/big?size=8000000"))
        assert len(big["content"]) == 1_000_000  # truncated at the byte limit, and marked so
        sockets = [r for r in browser["refused"] if r["url"].startswith("ws:")]
        assert sockets and "not archived" in sockets[0]["reason"]
        dom = next(r for r in found if (r["uri"] or "").startswith("urn:dom:"))
        assert b"root:x:0" not in dom["content"]
    assert_valid_archive(archive_dir)


SERVER_RENDERED = b"<!DOCTYPE html><html><head><title>Article</title><script src='/app.js'></script></head><body>" + (
    b"<p>" + b"A paragraph of server-rendered text about the bridge. " * 20 + b"</p>"
) + b"</body></html>"


def test_auto_mode_takes_the_browser_only_for_script_shells(run, site: OriginServer, archive_dir: Path) -> None:
    site.set_route("/article", SERVER_RENDERED)
    result = run("capture", "--json", site.url("/article"), site.url("/app"), settings={"capture_mode": "auto"})
    assert result.exit_code == 0, result.stderr
    article, shell = result.json_lines()
    assert article["mode"] == "http" and article["why"].startswith("auto: server-rendered")
    assert shell["mode"] == "browser" and 'empty framework root <div id="root">' in shell["why"]
    listed = run("lookup", "--json", site.url("/article")).json_lines()
    reason = listed[0]["provenance"]["prov:wasGeneratedBy"]["reason"]
    assert reason["capture_mode"] == "http" and reason["capture_mode_why"] == article["why"]
    assert listed[0]["screenshot"] is None


def test_auto_mode_obeys_browser_hosts(run, site: OriginServer) -> None:
    site.set_route("/article", SERVER_RENDERED)
    settings = {"capture_mode": "auto", "browser_hosts": "example.org, 127.0.0.1"}
    [row] = run("capture", "--json", site.url("/article"), settings=settings).json_lines()
    assert row["mode"] == "browser" and row["why"] == "auto: host 127.0.0.1 is listed in browser_hosts"


def test_telegram_links_stay_on_http(tg) -> None:  # type: ignore[no-untyped-def]
    result = tg("capture", "--browser", "--json", "https://t.me/milchronicles/5")
    [row] = result.json_lines()
    assert row["ok"] and row["mode"] is None  # the Telegram capture, not the browser's


def test_each_capture_of_a_run_gets_a_fresh_profile_and_a_hung_page_spoils_nothing(
        run, site: OriginServer, archive_dir: Path) -> None:
    site.set_route("/remember", b"""<html><body><p>setting a cookie</p><script>
document.cookie = 'seen=yes; max-age=3600'; localStorage.setItem('seen', 'yes');</script></body></html>""")
    site.set_route("/recall", b"""<html><body><div id="root"></div><script>
document.getElementById('root').textContent =
  'cookie=[' + document.cookie + '] storage=[' + (localStorage.getItem('seen') || '') + ']';</script></body></html>""")
    site.set_route("/ticking", HOSTILE["never-quiet"])
    urls = [site.url(path) for path in ("/remember", "/recall", "/ticking", "/app")]
    settings = {"browser_workers": 1, "browser_timeout": 3}  # one thread: one browser kept for the run
    result = run("capture", "--browser", "--json", *urls, settings=settings)
    assert result.exit_code == 0, result.stderr
    rows = result.json_lines()
    assert [row["limit"] is not None for row in rows] == [False, False, True, False]
    doms = {r["uri"]: r["content"] for r in records(archive_dir) if r["type"] == "resource" and "dom:" in r["uri"]}
    assert b"cookie=[] storage=[]" in doms[f"urn:dom:{site.url('/recall')}"]
    assert SCRIPT_TEXT.encode() in doms[f"urn:dom:{site.url('/app')}"]  # a new browser after the hung page


def test_the_browser_benchmark_runs_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import browser_capture

    assert browser_capture.main(["--pages", "3", "--workers", "1"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert re.fullmatch(r"browser_pages_per_min=\d+ http_pages_per_min=\d+ http_over_browser=\d+ peak_pss_mb=\d+",
                        last)
    assert int(last.rsplit("=", 1)[1]) > 50  # Chromium's processes are counted, not just Python's


def test_the_pages_document_is_fetched_once_even_when_the_browser_spells_its_url_otherwise(
        run, site: OriginServer) -> None:
    site.set_route("/", SHELL)
    before = len(site.requests)
    [row] = run("capture", "--browser", "--json", site.base_url.replace("http://", "HTTP://")).json_lines()
    assert row["ok"] and row["final_url"] == site.base_url.replace("http://", "HTTP://")
    assert paths(site, before).count("/") == 1 and "/data.json" in paths(site, before)


def test_a_subresource_host_that_rebinds_to_a_private_address_is_refused(
        run, site: OriginServer, archive_dir: Path, private_server: tuple[str, list[str]], monkeypatch) -> None:
    """Chromium resolves nothing itself (every request is routed to the fetcher): the name is checked,
    then resolved again to connect, and the second answer is what the guard refuses."""
    from archiver.capture import guard

    private, seen = private_server
    port = private.rsplit(":", 1)[1]
    original = guard.resolve_addresses
    answers = {"rebind.test": ["127.0.0.1", "127.0.0.2"]}  # public when checked, private when dialled
    asked: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        if host in answers:
            asked.append(host)
            return [answers[host].pop(0)] if len(answers[host]) > 1 else [answers[host][0]]
        return original(host, port)

    monkeypatch.setattr(guard, "address_is_public", lambda address: address == "127.0.0.1")
    monkeypatch.setattr(guard, "resolve_addresses", rebinding)
    site.set_route("/rebind", f'<html><body><p>A page.</p><img src="http://rebind.test:{port}/pixel.png">'
                              "</body></html>".encode())
    result = run("capture", "--browser", "--json", site.url("/rebind"), private=False)
    assert result.exit_code == 0, result.stderr
    assert seen == [] and asked == ["rebind.test", "rebind.test"]
    [refused] = provenance(archive_dir)["browser"]["refused"]
    assert refused["url"] == f"http://rebind.test:{port}/pixel.png" and "127.0.0.2" in refused["reason"]
