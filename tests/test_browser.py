"""Issue 6: the web UI in real headless Chromium (Debian's ``chromium``), over a served archive.

Each test loads one page with ``--dump-dom`` (the DOM after load, iframes included) and reads it with
BeautifulSoup. Skipped when chromium is not installed (scripts/install-oracles.sh installs it).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from tests.test_serve_archive import (
    POST_TEXT,
    QUOTE,
    Filled,
    Served,
    fetch,
)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (bash scripts/install-oracles.sh DIR)"),
]


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("chromium-profile")


def dom(url: str, profile: Path) -> BeautifulSoup:
    """The page's DOM after load, as headless Chromium built it."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
        f"--user-data-dir={profile}", "--virtual-time-budget=2000", "--dump-dom", url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return BeautifulSoup(done.stdout, "html.parser")


def test_search_box_finds_a_captured_url(served: Served, filled: Filled, profile: Path) -> None:
    home = dom(served.base + "/", profile)
    form = home.select_one("form.search")
    assert form is not None and form["action"] == "/search" and form.select_one("input[name=q]") is not None
    # what the form submits for a captured URL
    results = dom(f"{served.base}{form['action']}?q={quote(filled.page, safe='')}", profile)
    assert results.select_one("input[name=q]")["value"] == filled.page
    links = [a["href"] for a in results.select("#results a")]
    assert f"{served.base}/source?url={quote(filled.page, safe='')}" in links


def test_capture_page_shows_provenance_the_highlighted_quote_and_a_robust_link(
        served: Served, filled: Filled, profile: Path) -> None:
    data = fetch(f"{served.base}/source.json?url={quote(filled.page, safe='')}").json()
    page = next(c["page"] for c in data["captures"] if c["captured_at"].startswith("2026-01-01"))
    doc = dom(page, profile)
    facts = doc.select_one("#provenance dl.facts").get_text(" ")
    assert "127.0.0.1" in facts and "ingest" in facts and data["captures"][-1]["payload_sha256"] in facts
    mark = doc.select_one("#citations blockquote mark")
    assert mark is not None and mark.get_text() == filled.page
    assert QUOTE in mark.parent.get_text()
    robust = doc.select_one("#robust-link a[data-versionurl]")
    assert robust["data-originalurl"] == filled.page == robust["href"]
    assert robust["data-versionurl"] == f"{served.base}/web/20260101120000/{filled.page}"
    assert robust["data-versiondate"] == "2026-01-01"
    assert "data-versionurl=" in doc.select_one("textarea.snippet").get_text()
    frame = doc.select_one("iframe[sandbox]")
    assert frame is not None and frame["src"] == f"{served.base}/web/20260101120000id_/{filled.page}"


def test_hostile_capture_cannot_act_on_the_page(served: Served, filled: Filled, profile: Path) -> None:
    data = fetch(f"{served.base}/source.json?url={quote(filled.hostile, safe='')}").json()
    doc = dom(data["captures"][0]["page"], profile)
    assert doc.select_one("#provenance") is not None  # the captured script did not replace the page
    assert "owned" not in doc.get_text()
    assert doc.select("script") == []


def test_article_page_lists_citations(served: Served, filled: Filled, profile: Path) -> None:
    doc = dom(f"{served.base}/article/{filled.article_sha256}", profile)
    assert doc.select_one("h1").get_text() == "<script>alert(1)</script> Bridge story"
    cards = doc.select("#article-citations > li.card")
    assert len(cards) == 3
    marks = [m.get_text() for m in doc.select("#article-citations mark")]
    assert filled.page in marks and any("Military Chronicles" in m for m in marks)
    assert all("Captured 2026-01-01 12:00:00 UTC" in card.get_text() for card in cards)
    page = next(card for card in cards if card.select_one(".url").get_text() == filled.page)
    assert page.select_one(".fate")["data-state"] == "changed"  # v2 was captured on 2026-01-20


def test_telegram_post_shows_its_text(served: Served, profile: Path) -> None:
    doc = dom(f"{served.base}/telegram/milchronicles/5", profile)
    post = doc.select_one("article.tg-post")
    assert post is not None and post.select_one(".post").get_text() == POST_TEXT
    assert "3710000" in post.get_text() and "photo" in post.get_text()
    channel = dom(f"{served.base}/telegram/milchronicles", profile)
    texts = [p.get_text() for p in channel.select("article.tg-post .post")]
    assert "<script>alert(4)</script> & <b>bold</b>" in texts  # shown as text, not markup
    assert any("edited" in flag.get_text() for flag in channel.select(".flag"))
