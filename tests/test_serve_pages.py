"""Issue 19: the web UI as a person sees it — the article page, errors for browsers, unresolved names, snippets,
dates — over an archive whose cited sources were later kept, changed, deleted, or never answered.

The layout tests (marked browser) load each page in real headless Chromium at 1280 and 420 px wide, with a
script added by the test (the app's CSP forbids scripts, so a test-only wrapper drops it) that measures the
laid-out page: words split over two lines, titles and table headers over more lines than they should take.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

import pytest
from bs4 import BeautifulSoup

from archiver.archive import Archive
from archiver.flow.capture import capture_url
from archiver.flow.ingest import ingest
from archiver.flow.resolving import Landing
from archiver.serve.app import App, make_server
from archiver.settings import Settings, load_settings
from archiver.warc.provenance import Reason
from tests.servers import OriginServer, Response
from tests.test_serve_archive import Filled, StepClock, fetch

T1 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 2, 8, 9, 0, tzinfo=UTC)
T3 = datetime(2026, 2, 15, 9, 0, tzinfo=UTC)
CHANNEL = "Rybar Digest"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NEEDS_CHROMIUM = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (scripts/install-oracles.sh)")


@dataclass
class Gazette:
    settings: Settings
    sha256: str
    kept: str
    changed: str
    gone: str
    dead: str


def _no_such_channel(archive: Archive, handle: str, reason: Reason) -> Landing:
    return Landing(handle, "not_found")


def fill_gazette(root: Path, origin: OriginServer) -> Gazette:
    kept, changed, gone = (origin.url(f"/gazette/{name}") for name in ("kept", "changed", "gone"))
    dead = "http://127.0.0.1:1/gazette/never-answers"  # port 1: connection refused
    for path in ("kept", "changed", "gone"):
        origin.set_route(f"/gazette/{path}", Response(200, f"<html><body><p>{path} version one</p></body></html>"
                                                      .encode()))
    article = root / "gazette.txt"
    article.write_text(
        "Gazette: what the ministry said, and what became of it\n\n"
        "According to Reuters, the convoy moved at night.\n"
        f'The Telegram channel "{CHANNEL}" reported the strike first.\n'
        f"The ministry's statement ({kept}) was later rewritten ({changed}).\n"
        f"Its photo page ({gone}) is gone, and the live feed ({dead}) never answered.\n", encoding="utf-8")
    settings = load_settings({"archive": str(root / "archive"), "allow_private": True, "host_delay": 0,
                              "telegram_url": "http://127.0.0.1:1"}, environ={})
    clock = StepClock(T1)
    with Archive(settings, clock=clock) as archive:
        [summary] = list(ingest(archive, [str(article)], "test ingest", prober=_no_such_channel))
        assert summary.captured == 3 and summary.failed == 1 and summary.unresolved == 1, summary
        clock.set(T2)
        origin.set_route("/gazette/changed", Response(200, b"<html><body><p>changed version two</p></body></html>"))
        origin.set_route("/gazette/gone", Response(404, b"<html><body>Not Found</body></html>"))
        for url in (changed, gone):
            capture_url(archive, url, Reason("test"))
        clock.set(T3)
        assert capture_url(archive, kept, Reason("test")).revisit
    return Gazette(settings, summary.sha256 or "", kept, changed, gone, dead)


@dataclass
class Site:
    gazette: Gazette
    base: str  # the app as it is
    measured: str  # the same app, pages carrying the test's measuring script


_MEASURE = """<script>
(function () {
  function lines(el) {
    return el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight);
  }
  var broken = [], walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  var word = /^[A-Za-z_'\\u2019-]{2,25}[.,;:)!?\\u201d"]*$/;
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('pre, textarea, code, .url, .h-url')) continue;
    var re = /\\S+/g, m;
    while ((m = re.exec(node.data))) {
      if (!word.test(m[0])) continue;
      var range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      var tops = {};
      Array.prototype.forEach.call(range.getClientRects(), function (r) {
        if (r.width > 0) tops[Math.round(r.top)] = 1;
      });
      if (Object.keys(tops).length > 1) broken.push(m[0]);
    }
  }
  var out = {broken: broken, width: innerWidth,
    h1: Array.prototype.map.call(document.querySelectorAll('h1'), lines),
    th: Array.prototype.map.call(document.querySelectorAll('th'), lines),
    cards: Array.prototype.map.call(document.querySelectorAll('.card'), function (c) {
      return c.getBoundingClientRect().width;
    }),
    overflow: document.documentElement.scrollWidth - innerWidth};
  (parent === window ? document : parent.document).body.setAttribute('data-measure', JSON.stringify(out));
})();
</script>"""


def _measuring(app: App) -> Any:
    """The app with the test's script at the end of each HTML page and no CSP (which would block it).

    /__at-width?w=W&path=P frames page P W px wide: headless Chromium lays out no narrower than 500 px.
    """

    def wsgi(environ: dict[str, Any], start_response: Any) -> Any:
        if environ.get("PATH_INFO") == "/__at-width":
            query = parse_qs(environ.get("QUERY_STRING", ""))
            frame = (f'<!DOCTYPE html><html><body style="margin:0"><iframe src="{html.escape(query["path"][0])}" '
                     f'style="border:0;width:{int(query["w"][0])}px;height:1600px"></iframe></body></html>')
            start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
            return [frame.encode()]
        captured: dict[str, Any] = {}

        def keep(status: str, headers: list[tuple[str, str]]) -> None:
            captured.update(status=status, headers=headers)

        body = b"".join(app(environ, keep))
        headers = [(k, v) for k, v in captured["headers"] if k.lower() not in ("content-security-policy",
                                                                              "content-length")]
        if any(k.lower() == "content-type" and v.startswith("text/html") for k, v in headers):
            body = body.replace(b"</body>", _MEASURE.encode() + b"</body>")
        start_response(captured["status"], headers + [("Content-Length", str(len(body)))])
        return [body]

    return wsgi


@contextmanager
def serving(settings: Settings, measure: bool) -> Iterator[str]:
    """archiver serve over settings' archive on 127.0.0.1:0 (with the measuring script when measure)."""
    archive = Archive(settings)
    server = make_server(archive, "127.0.0.1", 0, quiet=True)
    if measure:
        server.set_app(_measuring(App(archive)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.url.rstrip("/")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
        archive.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with OriginServer() as origin:
        gazette = fill_gazette(tmp_path_factory.mktemp("gazette"), origin)
        with serving(gazette.settings, False) as base, serving(gazette.settings, True) as measured:
            yield Site(gazette, base, measured)


@pytest.fixture(scope="module")
def measured_filled(filled: Filled) -> Iterator[str]:
    """The serve tests' archive (tests/test_serve_archive.py: Telegram posts and channels), measured."""
    with serving(filled.settings, True) as measured:
        yield measured


# -- the article page: what it cited, and what became of it ----------------------------------------
def test_article_json_flags_each_source_deleted_changed_or_unavailable_with_the_date_seen(site: Site) -> None:
    g = site.gazette
    data = fetch(f"{site.base}/article/{g.sha256}.json").json()
    by_target = {c["target_url"]: c for c in data["citations"] if c["target_url"]}
    fates = {url: (by_target[url]["fate"]["state"], (by_target[url]["fate"]["since"] or "")[:10]) for url in by_target}
    assert fates[g.kept] == ("unchanged", "")
    assert fates[g.changed] == ("changed", "2026-02-08")
    assert fates[g.gone] == ("deleted", "2026-02-08")
    assert fates[g.dead] == ("unavailable", "2026-02-01")
    assert data["flagged"] == 3
    labels = {c["citation_kind"]: (c["kind_label"], c["status_label"]) for c in data["citations"]}
    assert labels["outlet"] == ("News outlet (named only)", "Named only: no link to capture")
    assert labels["telegram"] == ("Telegram", "Channel not identified yet")


def test_article_page_shows_human_labels_and_a_dated_flag_per_source(site: Site) -> None:
    g = site.gazette
    doc = BeautifulSoup(fetch(f"{site.base}/article/{g.sha256}").text, "html.parser")
    cards = doc.select("#article-citations > li.card")
    assert len(cards) == 6
    text = doc.select_one("#article-citations").get_text(" ")
    for raw in ("not_capturable", "unresolved", "linked"):
        assert raw not in text, raw  # state codes are for the JSON twin
    assert {k.get_text() for k in doc.select(".card .kind")} == {"News outlet (named only)", "Telegram", "Web page"}
    flags = {card.select_one(".url").get_text(): card.select_one(".fate") for card in cards if card.select_one(".url")}
    assert flags[g.gone]["data-state"] == "deleted" and "seen 2026-02-08 09:00:00 UTC" in flags[g.gone].get_text()
    assert flags[g.changed]["data-state"] == "changed" and "2026-02-08 09:00:00 UTC" in flags[g.changed].get_text()
    assert flags[g.kept]["data-state"] == "unchanged" and "bad" not in flags[g.kept]["class"]
    assert all("bad" in flags[url]["class"] for url in (g.gone, g.changed, g.dead))
    assert "3 of 6 cited sources" in doc.select_one("#flagged").get_text()
    unresolved = next(card for card in cards if card["data-status"] == "unresolved")
    assert f'archiver resolve --accept "{CHANNEL}" HANDLE' in unresolved.get_text()


def test_dates_are_shown_to_the_second_in_utc(site: Site) -> None:
    g = site.gazette
    source = fetch(f"{site.base}/source.json?url={quote(g.kept, safe='')}").json()
    pages = [f"/article/{g.sha256}", "/", f"/source?url={quote(g.kept, safe='')}",
             source["captures"][0]["page"].removeprefix(site.base)]
    for path in pages:
        main = BeautifulSoup(fetch(site.base + path).text, "html.parser").select_one("main")
        for stored in main.select("pre, .table-wrap"):  # records and headers are shown as stored
            if stored.name == "pre" or stored.select_one("th").get_text() == "name":
                stored.decompose()
        text = main.get_text(" ")
        assert not re.search(r"\d\d:\d\d:\d\d\.\d", text), path  # no fractions of a second
        assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", text), path  # no ISO "T"
        assert re.search(r"2026-02-\d\d \d\d:\d\d:\d\d UTC", text), path


# -- errors: HTML for a browser, JSON for a JSON client -------------------------------------------
@pytest.mark.parametrize("path", ["/nope", "/articles/123", "/web/99999999999999999999999/http://x/",
                                  "/static/nothing.css"])
def test_a_mistyped_path_answers_a_browser_with_an_html_page_and_a_json_client_with_json(site: Site,
                                                                                        path: str) -> None:
    browser_accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    page = fetch(site.base + path, headers={"Accept": browser_accept})
    assert page.status == 404 and page.headers["Content-Type"].startswith("text/html"), path
    doc = BeautifulSoup(page.text, "html.parser")
    assert doc.select_one("#error") is not None and doc.select_one("form.search") is not None
    for accept in ({"Accept": "application/json"}, {}):
        answer = fetch(site.base + path, headers=accept)
        assert answer.status == 404 and answer.headers["Content-Type"].startswith("application/json"), path
        assert answer.json()["error"]["status"] == 404


def test_a_page_asked_for_as_json_by_accept_answers_json(site: Site) -> None:
    answer = fetch(f"{site.base}/article/{site.gazette.sha256}", headers={"Accept": "application/json"})
    assert answer.headers["Content-Type"].startswith("application/json") and answer.json()["kind"] == "article"
    missing = fetch(f"{site.base}/article/{'0' * 64}.json", headers={"Accept": "text/html"})
    assert missing.status == 404 and missing.json()["error"]["status"] == 404  # .json wins over Accept


# -- search ---------------------------------------------------------------------------------------
def test_searching_an_unresolved_channel_name_shows_who_cites_it_and_how_to_resolve_it(site: Site) -> None:
    data = fetch(f"{site.base}/search.json?q={quote(CHANNEL.lower())}").json()
    found = data["unresolved"]
    assert found["name"] == CHANNEL and [c["page"] for c in found["cited_by"]] == [
        f"{site.base}/article/{site.gazette.sha256}"]
    doc = BeautifulSoup(fetch(f"{site.base}/search?q={quote(CHANNEL)}").text, "html.parser")
    assert doc.select_one("#no-results") is None
    notice = doc.select_one("#unresolved")
    assert f'archiver resolve "{CHANNEL}"' in notice.get_text()
    assert f'archiver resolve --accept "{CHANNEL}" HANDLE' in notice.get_text()
    assert notice.select_one(f'a[href="{site.base}/article/{site.gazette.sha256}"]') is not None
    assert fetch(f"{site.base}/search.json?q=Nobody+Cites+This").json()["unresolved"] is None


def test_full_text_snippets_mark_every_matched_term_and_keep_literal_brackets(site: Site) -> None:
    from archiver.serve.snippets import snippet_parts

    parts = snippet_parts("The [bridge is open] [1]; the bridge reopened, open again", "bridge is open")
    assert "".join(text for text, _ in parts) == "The bridge is open [1]; the bridge reopened, open again"
    assert [text for text, marked in parts if marked] == ["bridge is open", "bridge", "open"]
    doc = BeautifulSoup(fetch(f"{site.base}/search?q=version+one").text, "html.parser")
    marks = [m.get_text() for m in doc.select("#results mark")]
    assert marks and all(m.lower() == "version one" for m in marks)


# -- layout in a real browser ---------------------------------------------------------------------
def measure(base: str, path: str, width: int, profile: Path) -> dict[str, Any]:
    """What the measuring script found on page path laid out width px wide."""
    url = f"{base}/__at-width?w={width}&path={quote(path, safe='')}"
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
        "--hide-scrollbars", f"--user-data-dir={profile}", f"--window-size={max(width, 500) + 100},1700",
        "--virtual-time-budget=2000", "--dump-dom", url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    body = BeautifulSoup(done.stdout, "html.parser").body
    assert body is not None and body.get("data-measure"), f"the measuring script did not run on {url}"
    return json.loads(str(body["data-measure"]))


@pytest.mark.browser
@NEEDS_CHROMIUM
@pytest.mark.parametrize("width", [1280, 420])
@pytest.mark.parametrize("page", ["article", "home", "source", "capture", "search"])
def test_pages_wrap_whole_words_and_keep_titles_and_headers_short(site: Site, page: str, width: int,
                                                                  tmp_path: Path) -> None:
    g = site.gazette
    capture = fetch(f"{site.base}/source.json?url={quote(g.changed, safe='')}").json()["captures"][0]["page"]
    paths = {"article": f"/article/{g.sha256}", "home": "/", "source": f"/source?url={quote(g.changed, safe='')}",
             "capture": capture.removeprefix(site.base), "search": "/search?q=version+one"}
    found = measure(site.measured, paths[page], width, tmp_path)
    assert found["width"] == width
    assert found["broken"] == [], f"words split over two lines at {width}px: {found['broken']}"
    assert all(lines < 2.6 for lines in found["h1"]), f"a title takes {found['h1']} lines at {width}px"
    assert all(lines < 1.6 for lines in found["th"]), f"a table header takes {found['th']} lines at {width}px"
    assert found["overflow"] <= 1, f"the page scrolls sideways by {found['overflow']}px at {width}px"
    if page == "article":
        assert len(found["cards"]) == 6 and min(found["cards"]) > width * 0.8


@pytest.mark.browser
@NEEDS_CHROMIUM
@pytest.mark.parametrize("width", [1280, 420])
@pytest.mark.parametrize("path", ["/telegram/milchronicles", "/telegram/milchronicles/5"])
def test_telegram_pages_wrap_whole_words_and_keep_titles_short(measured_filled: str, path: str, width: int,
                                                               tmp_path: Path) -> None:
    found = measure(measured_filled, path, width, tmp_path)
    assert found["broken"] == [], f"words split over two lines at {width}px: {found['broken']}"
    assert all(lines < 2.6 for lines in found["h1"]), f"a title takes {found['h1']} lines at {width}px"
    assert all(lines < 1.6 for lines in found["th"]), f"a table header takes {found['th']} lines at {width}px"
    assert found["overflow"] <= 1, f"the page scrolls sideways by {found['overflow']}px at {width}px"

