"""Issue 6: full-text search over captured text (HTML, text/plain, Telegram posts) with FTS5."""

from __future__ import annotations

import gzip
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.index.fulltext import extract_text, match_expression
from tests.servers import GZIP_HTML, OriginServer, Response
from tests.tme_mirror import TmeMirror

RU_PAGE = (
    "<html><head><title>Заявление министра</title><script>var secret = 'скрытый текст скрипта';</script></head>"
    "<body><p>Министр заявил: «Мы не допустим повторения этих событий никогда и ни при каких условиях».</p>"
    "<p>Ёлка стояла в зале. Café déjà vu.</p><style>.x{color:red}</style></body></html>"
)


@pytest.fixture
def pages(origin: OriginServer) -> dict[str, str]:
    origin.set_route("/ft/ru", Response(200, RU_PAGE.encode("utf-8")))
    origin.set_route("/ft/cp1251", Response(200, "<p>Приказ номер сорок два вступает в силу</p>".encode("cp1251"),
                                            (("Content-Type", "text/html; charset=windows-1251"),)))
    origin.set_route("/ft/plain", Response(200, b"Plain words: the harbour (\"NEAR\" OR *) closed at noon.",
                                           (("Content-Type", "text/plain; charset=utf-8"),)))
    return {name: origin.url(f"/ft/{name}") for name in ("ru", "cp1251", "plain")}


def search(run, quote: str) -> list[dict]:  # type: ignore[no-untyped-def]
    result = run("lookup", "--text", quote, "--json")
    assert result.exit_code in (0, 1), result.stderr
    return result.json_lines()


def test_search_finds_quotes_in_html_plain_gzip_and_legacy_charsets(run, pages: dict[str, str],
                                                                     origin: OriginServer) -> None:
    assert run("capture", *pages.values(), origin.url("/gzip")).exit_code == 0
    [hit] = search(run, "мы НЕ допустим повторения этих событий")
    assert hit["url"] == pages["ru"] and hit["kind"] == "page" and hit["title"] == "Заявление министра"
    assert "[Мы не допустим повторения этих событий]" in hit["snippet"]
    assert hit["record_id"].startswith("<urn:uuid:") and hit["warc_file"].startswith("warcs/")
    assert isinstance(hit["offset"], int) and hit["captured_at"].endswith("Z")
    assert [h["url"] for h in search(run, "номер сорок два")] == [pages["cp1251"]]
    # Content-Encoding: gzip is undone before the text is read.
    words = " ".join(GZIP_HTML.decode().split("<p id=\"p3\">")[1].split()[:6])
    assert [h["url"] for h in search(run, words)] == [origin.url("/gzip")]
    # Script and style text is not page text.
    assert search(run, "скрытый текст скрипта") == []


def test_fts_syntax_in_a_quote_is_literal_and_folding_is_symmetric(run, pages: dict[str, str]) -> None:
    run("capture", pages["plain"], pages["ru"])
    assert [h["url"] for h in search(run, 'harbour ("NEAR" OR *) closed')] == [pages["plain"]]
    assert search(run, "harbour AND noon") == []  # not an AND query: the phrase is not there
    assert [h["url"] for h in search(run, "елка стояла")] == [pages["ru"]]  # ё written as е
    assert [h["url"] for h in search(run, "cafe deja vu")] == [pages["ru"]]  # diacritics removed
    assert [h["url"] for h in search(run, "Мы не допустим … ни при каких условиях")] == [pages["ru"]]
    result = run("lookup", "--text", "«» …")
    assert result.exit_code == 2 and "no words" in result.stderr


def test_index_is_incremental_and_revisits_share_their_original_text(run, pages: dict[str, str],
                                                                     archive_dir: Path) -> None:
    run("capture", pages["ru"])
    assert len(search(run, "ни при каких условиях")) == 1
    run("capture", pages["ru"])  # identical payload: a revisit
    hits = search(run, "ни при каких условиях")
    assert len(hits) == 2 and {h["url"] for h in hits} == {pages["ru"]}
    assert hits[0]["captured_at"] > hits[1]["captured_at"]  # newest first
    db = sqlite3.connect(archive_dir / "index.sqlite3")
    assert db.execute("SELECT count(*) FROM text_docs").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM text_links").fetchone()[0] == 2
    result = run("index-text", "--rebuild", "--json")
    assert result.exit_code == 0 and result.json_lines() == [{"indexed": 2}]
    assert len(search(run, "ни при каких условиях")) == 2


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as server:
        server.add_channel("frontnews", "Front News", posts=[
            (1, "2026-01-01T10:00:00+00:00", "Мы будем стоять до конца, сказал командир батальона"),
            (2, "2026-01-02T10:00:00+00:00", "Погода сегодня хорошая"),
        ])
        yield server


def test_telegram_posts_are_searchable_as_posts(run, mirror: TmeMirror) -> None:
    settings = {"telegram_url": mirror.base_url, "telegram_delay": 0}
    assert run("telegram", "capture", "frontnews", "--no-media", settings=settings).exit_code == 0
    hits = search(run, "стоять до конца")
    assert len(hits) == 1
    [hit] = hits
    assert hit["kind"] == "telegram_post" and hit["post_url"] == "https://t.me/frontnews/1"
    assert hit["post_id"] == 1 and hit["channel"] == "frontnews" and hit["record_id"].startswith("<urn:uuid:")
    assert "[стоять до конца]" in hit["snippet"]
    human = run("lookup", "--text", "стоять до конца")
    assert human.exit_code == 0 and "https://t.me/frontnews/1" in human.stdout


def test_extract_text_and_match_expression() -> None:
    extracted = extract_text(RU_PAGE.encode(), "text/html", "text/html; charset=utf-8")
    assert extracted.title == "Заявление министра" and "secret" not in extracted.text
    assert extracted.text.startswith("Министр заявил") and "Елка" in extracted.text
    assert match_expression('say "hi" NEAR(x)') == '"say ""hi"" NEAR(x)"'
    assert match_expression("one ... two [...] three") == '"one " " two " " three"'


def test_a_read_only_archive_searches_what_is_indexed_and_says_what_is_not(
    run, origin: OriginServer, archive_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An archive copied to read-only media cannot extend its text index: search the rest, warn once."""
    import logging

    from archiver.archive import Archive
    from archiver.lookup.text import search_text
    from archiver.settings import Settings

    origin.set_route("/ro/one", Response(200, b"<p>harbour lights were seen at dawn</p>"))
    origin.set_route("/ro/two", Response(200, b"<p>harbour lights again, a day later</p>"))
    run("capture", origin.url("/ro/one"))
    assert run("index-text").exit_code == 0
    run("capture", origin.url("/ro/two"))  # captured after the text index was last brought up to date
    archive = Archive(Settings(archive=archive_dir, allow_private=True))
    try:
        archive.index.db.close()
        archive.index._open_read_only()  # as on read-only media (root can write anywhere here)
        with caplog.at_level(logging.WARNING, logger="archiver.index.fulltext"):
            hits = search_text(archive, "harbour lights")
        texts = archive.index.query("SELECT count(*) AS n FROM text_docs")
    finally:
        archive.close()
    assert [hit["url"] for hit in hits] == [origin.url("/ro/one")]
    assert "misses 1 capture(s) or post(s)" in caplog.text and texts == [{"n": 1}]


# Indexes the archive in a child process whose peak memory it reports; its address space is capped so an
# unbounded parser fails fast (MemoryError) instead of taking the machine's memory.
_INDEX_IN_A_CHILD = """
import json, logging, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
logging.basicConfig(level=logging.WARNING, format="%(message)s")
from archiver.archive import Archive
from archiver.index.fulltext import update_fulltext
from archiver.settings import load_settings
with Archive(load_settings({"archive": sys.argv[1]})) as archive:
    update_fulltext(archive.index, archive.settings.archive)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forked copy of the parent (pytest, which
# may hold the citation NER models by now), so it measured the parent; VmHWM belongs to this process alone.
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"peak_rss_mb": int(hwm.split()[1]) / 1024}))
"""


def test_markup_bomb_is_read_within_a_budget_and_the_cut_is_recorded(run, origin: OriginServer,
                                                                     archive_dir: Path) -> None:
    # 20 MB of <p> in a ~20 KB gzip body: BeautifulSoup's tree of it took ~3 GB and 90 s.
    markup = b"<title>Bomb</title><p>harbour lights at dawn" + b"<p>" * (20 * 1024 * 1024 // 3) + b"never read"
    origin.set_route("/ft/bomb", Response(200, gzip.compress(markup, 9), (("Content-Type", "text/html"),
                                                                          ("Content-Encoding", "gzip"))))
    assert run("capture", origin.url("/ft/bomb")).exit_code == 0
    child = subprocess.run([sys.executable, "-c", _INDEX_IN_A_CHILD, str(archive_dir)], capture_output=True,
                           text=True, timeout=120)
    assert child.returncode == 0, child.stderr[-1000:]
    peak = json.loads(child.stdout)["peak_rss_mb"]
    print(f"peak_rss_mb={peak:.0f}")
    assert peak < 300  # 20 MB inflated, its text and the interpreter
    assert f"{origin.url('/ft/bomb')}" in child.stderr and "the rest of its markup is not searchable" in child.stderr
    with sqlite3.connect(archive_dir / "index.sqlite3") as db:
        assert db.execute("SELECT title, truncated FROM text_docs").fetchall() == [("Bomb", 2)]  # 2: markup cut
    assert [hit["url"] for hit in search(run, "harbour lights at dawn")] == [origin.url("/ft/bomb")]
