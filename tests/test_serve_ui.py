"""Issue 6: the web UI — pages with JSON twins, provenance, escaping of hostile content, one error shape."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.test_serve_archive import (
    POST_TEXT,
    QUOTE,
    Filled,
    Served,
    fetch,
)

JSON = "application/json; charset=utf-8"


def page_paths(filled: Filled) -> list[str]:
    return [
        "/", f"/search?q={quote(filled.page, safe='')}", f"/source?url={quote(filled.page, safe='')}",
        f"/article/{filled.article_sha256}", "/telegram/milchronicles", "/telegram/milchronicles/5",
    ]


def twin(path: str, how: str) -> str:
    """The JSON twin of a page path: the same path with .json, or ?format=json."""
    base, _, query = path.partition("?")
    if how == "suffix":
        base = "/index" if base == "/" else base
        return f"{base}.json" + (f"?{query}" if query else "")
    return f"{base}?{query + '&' if query else ''}format=json"


def capture_page(served: Served, url: str, day: str) -> str:
    data = fetch(f"{served.base}/source.json?url={quote(url, safe='')}").json()
    return next(c["page"] for c in data["captures"] if c["captured_at"].startswith(day))


# -- JSON twins -----------------------------------------------------------------------------------
def test_every_page_has_a_json_twin_built_from_the_same_data(served: Served, filled: Filled) -> None:
    paths = page_paths(filled) + [capture_page(served, filled.page, "2026-01-01").removeprefix(served.base)]
    for path in paths:
        page = fetch(served.base + path)
        assert page.status == 200, path
        assert page.headers["Content-Type"] == "text/html; charset=utf-8"
        assert "default-src 'none'" in page.headers["Content-Security-Policy"]
        assert "frame-ancestors 'self'" in page.headers["Content-Security-Policy"]
        suffix, query = fetch(served.base + twin(path, "suffix")), fetch(served.base + twin(path, "query"))
        assert suffix.status == query.status == 200, path
        assert suffix.headers["Content-Type"] == JSON and suffix.headers["X-Content-Type-Options"] == "nosniff"
        assert suffix.json() == query.json(), path
        assert suffix.json()["kind"] in ("home", "search", "source", "article", "telegram_channel", "telegram_post",
                                         "capture")


def test_capture_json_has_provenance_citations_and_a_robust_link(served: Served, filled: Filled) -> None:
    data = fetch(capture_page(served, filled.page, "2026-01-01") + ".json").json()
    capture = data["capture"]
    assert capture["url"] == filled.page and capture["ip"] == "127.0.0.1" and capture["status"] == 200
    assert len(capture["payload_sha256"]) == 64 and capture["started_at"] <= capture["captured_at"]
    assert capture["provenance"]["prov:wasGeneratedBy"]["reason"]["kind"] == "ingest"
    assert any(name == "WARC-Block-Digest" and value.startswith("sha256:") for name, value in data["warc_headers"])
    [cited] = data["citations"]
    assert cited["article"]["sha256"] == filled.article_sha256
    assert cited["highlight"]["quote"] == filled.page
    assert QUOTE in cited["highlight"]["before"] and cited["highlight"]["after"] == ")."
    link = data["robust_link"]
    assert link["originalurl"] == link["href"] == filled.page
    assert link["versionurl"] == f"{served.base}/web/20260101120000/{filled.page}"
    assert link["versiondate"] == "2026-01-01"
    assert link["html"] == (f'<a href="{filled.page}" data-originalurl="{filled.page}" data-versionurl="'
                            f'{link["versionurl"]}" data-versiondate="2026-01-01">{filled.page}</a>')
    assert fetch(data["memento"]["raw_uri"]).status == 200


def test_revisit_capture_page_points_at_the_record_it_refers_to(served: Served, filled: Filled) -> None:
    data = fetch(capture_page(served, filled.page, "2026-01-10") + ".json").json()
    assert data["capture"]["record_type"] == "revisit"
    original = fetch(data["refers_to"] + ".json").json()
    assert original["capture"]["captured_at"].startswith("2026-01-01")


def test_article_page_lists_every_citation_and_the_state_of_its_capture(served: Served, filled: Filled) -> None:
    data = fetch(f"{served.base}/article/{filled.article_sha256}.json").json()
    assert data["article"]["title"] == "<script>alert(1)</script> Bridge story"
    kinds = sorted((c["citation_kind"], c["status"]) for c in data["citations"])
    assert kinds == [("telegram", "captured"), ("url", "captured"), ("url", "captured")]
    for citation in data["citations"]:
        [capture] = citation["captures"]
        assert fetch(capture["page"]).status == 200
    page = fetch(f"{served.base}/article/{filled.article_sha256}").text
    assert page.count("<mark>") == 3


def test_source_page_shows_the_timeline_of_captures(served: Served, filled: Filled) -> None:
    data = fetch(f"{served.base}/source.json?url={quote(filled.page, safe='')}").json()
    assert [c["captured_at"][:10] for c in data["captures"]] == ["2026-01-20", "2026-01-10", "2026-01-01"]
    assert [c["record_type"] for c in data["captures"]] == ["response", "revisit", "response"]
    assert [e["event"] for e in data["events"]] == ["first", "unchanged", "changed"]
    assert data["status"] == "changed"


def test_telegram_post_is_shown_from_its_structured_json(served: Served, filled: Filled) -> None:
    data = fetch(f"{served.base}/telegram/milchronicles/5.json").json()
    post = data["post"]
    assert post["text"] == POST_TEXT and post["views"] == 3710000 and post["date"] == "2026-01-01T08:00:00+00:00"
    assert [m["type"] for m in post["media"]] == ["photo"] and post["media"][0]["archived"]
    assert post["edited"] is False and post["deleted"] is False
    assert fetch(post["page_capture"]).status == 200
    assert data["cited_by"][0]["highlight"]["quote"].startswith("Telegram channel")
    edited = fetch(f"{served.base}/telegram/milchronicles/6.json").json()["post"]
    assert edited["edited"] is True and edited["text"] == "second wording"
    html = fetch(f"{served.base}/telegram/milchronicles/5").text
    assert POST_TEXT in html and "3710000" in html
    assert "&lt;span" not in html  # the title's status flag is markup, not escaped text (issue 19)


@pytest.mark.parametrize("query, kind", [
    ("@milchronicles", "telegram_channel"),
    ("Military Chronicles", "telegram_channel"),
    ("https://t.me/milchronicles/5", "telegram_post"),
    ("bridge is open", "text"),
])
def test_search_box_answers_channels_names_posts_and_quotations(served: Served, query: str, kind: str) -> None:
    data = fetch(f"{served.base}/search.json?q={quote(query, safe='')}").json()
    assert kind in {r["kind"] for r in data["results"]}, data
    for result in data["results"][:3]:
        assert fetch(result["page"]).status == 200


def test_search_finds_a_captured_url_and_an_article(served: Served, filled: Filled) -> None:
    data = fetch(f"{served.base}/search.json?q={quote(filled.page, safe='')}").json()
    assert data["mode"] == "url" and data["results"][0]["kind"] == "source"
    assert data["results"][0]["page"] == f"{served.base}/source?url={quote(filled.page, safe='')}"
    data = fetch(f"{served.base}/search.json?q={filled.article_sha256}").json()
    assert data["results"][0]["page"] == f"{served.base}/article/{filled.article_sha256}"


# -- hostile content ------------------------------------------------------------------------------
def test_hostile_content_is_escaped_everywhere(served: Served, filled: Filled) -> None:
    pages = [
        capture_page(served, filled.hostile, "2026-01-01"),
        f"{served.base}/article/{filled.article_sha256}",
        f"{served.base}/telegram/milchronicles",
        f"{served.base}/telegram/milchronicles/3",
        f"{served.base}/search?q={quote('<script>alert(5)</script>', safe='')}",
        f"{served.base}/source?url={quote(filled.hostile, safe='')}",
        f"{served.base}/",
    ]
    for url in pages:
        text = fetch(url).text
        assert "<script" not in text.lower() and "onerror=" not in text.lower(), url
        assert "&lt;script&gt;" in text or url.endswith(quote(filled.hostile, safe="")), url
    hostile = fetch(capture_page(served, filled.hostile, "2026-01-01")).text
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in hostile  # the captured X-Note header


def test_error_answers_share_one_json_shape(served: Served) -> None:
    for path, status in [("/nope", 404), ("/capture/00000000-0000-0000-0000-000000000000.json", 404),
                         ("/source.json?url=http://nowhere.example/", 404), ("/telegram/nobody.json", 404),
                         ("/telegram/nobody/1?format=json", 404), ("/source.json", 400),
                         (f"/article/{'0' * 64}.json", 404), ("/web/99999999999999999999999/http://x/", 404)]:
        answer = fetch(served.base + path)
        assert answer.status == status, path
        assert answer.headers["Content-Type"] == JSON
        body = answer.json()
        assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"], path
    html = fetch(f"{served.base}/capture/00000000-0000-0000-0000-000000000000")
    assert html.status == 404 and html.headers["Content-Type"].startswith("text/html") and 'id="error"' in html.text
    post = fetch(f"{served.base}/index.json", method="POST")
    assert post.status == 405 and post.headers["Allow"] == "GET, HEAD" and post.json()["error"]["status"] == 405


# -- the command ----------------------------------------------------------------------------------
def test_serve_command_listens_on_loopback_and_prints_its_url(filled: Filled, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "archiver", "--archive", str(filled.settings.archive), "serve", "--port", "0",
               "--json", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        started = json.loads(line)
        assert started["host"] == "127.0.0.1" and started["port"] > 0
        assert started["url"] == f"http://127.0.0.1:{started['port']}/"
        deadline = time.monotonic() + 5
        while True:
            try:
                answer = fetch(started["url"] + "index.json")
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert answer.status == 200 and answer.json()["kind"] == "home"
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert f"serving {filled.settings.archive} at http://127.0.0.1:" in err


@pytest.mark.parametrize("query", ['"', "…", "..."])
def test_search_with_no_words_is_a_400_with_the_reason(served: Served, query: str) -> None:
    answer = fetch(f"{served.base}/search.json?q={quote(query, safe='')}")
    assert answer.status == 400, answer.body[:300]
    assert "has no words to search for" in answer.json()["error"]["message"]
    page = fetch(f"{served.base}/search?q={quote(query, safe='')}")
    assert page.status == 400 and b"has no words to search for" in page.body


def test_cli_text_search_with_no_words_is_one_error_line(run) -> None:
    assert run("aliases", "add", "Some Channel", "somechannel").exit_code == 0  # makes the archive
    result = run("lookup", "--text", '"')
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == ["archiver: error: '\"' has no words to search for"]
