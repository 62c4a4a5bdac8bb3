"""Issue 7: bad input never crashes the tool (property-based; about 11,000 generated inputs in all).

Four parsers take input we do not control: the citation extractor (article text and HTML), the article
loader's decoder (bytes in any encoding), the t.me page parser, and the WARC reader (files cut or
damaged by a crash or a disk). Each gets generated input built from real material (the sample articles,
the saved t.me pages, a WARC written by the store) and mangled, and must return a partial result or
raise the project's own one-line error, never anything else.

Examples are derandomized, so CI sees the same inputs every run; to explore others, run
``pytest tests/test_properties.py --hypothesis-seed=N`` after removing ``derandomize`` locally.
"""

from __future__ import annotations

import io
import json
import re
import zlib
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.capture.telegram import FeedPage, parse_page
from archiver.capture.telegram.model import PAGE_KINDS
from archiver.capture.telegram.parse import INTERNAL_ERROR
from archiver.citations import (
    Article,
    article_from_html,
    article_from_text,
    extract_citations,
)
from archiver.errors import ArchiverError, ParseError
from archiver.flow.articles import parse_article
from archiver.warc.recover import complete_prefix

DATA = Path(__file__).parent / "data"
TELEGRAM = DATA / "telegram"
TME_URLS = {
    "lifemodel__telegram-test-channel.html": "https://t.me/s/test_channel",
    "neotolis-game-promotion-diary__single-post-embed.html": "https://t.me/durov/505?embed=1",
    "neotolis-game-promotion-diary__album-post.html": "https://t.me/s/durov",
    "sherlock-telegram__tme_channel.html": "https://t.me/durov",
    "sherlock-telegram__tme_bot.html": "https://t.me/BotFather",
}


def slow_property(examples: int):  # type: ignore[no-untyped-def]
    """Settings for these tests: fixed examples (derandomized), no deadline, no example database."""
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


def check_citations(article: Article) -> None:
    found = extract_citations(article)
    assert isinstance(found, list)
    for citation in found:
        assert 0 <= citation.start <= citation.end <= len(article.text)
        assert citation.text == article.text[citation.start : citation.end]
        assert citation.kind in ("url", "telegram", "outlet")
        if citation.url:  # a link never carries control characters into what gets fetched
            assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in citation.url), citation.url
        json.dumps(citation.to_dict())


# ------------------------------------------------------------------------------------ article text

@cache
def article_lines() -> tuple[str, ...]:
    lines: list[str] = []
    for path in sorted((DATA / "articles").glob("*.txt")):
        lines += [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    return tuple(lines)


CITING = st.sampled_from([
    'Screenshot from the Telegram channel "Military Chronicles."', "Source: https://t.me/rybar/123",
    "according to Reuters", "пишет телеграм-канал «Рыбарь»", "Telegram-арнасы «Orda.kz» хабарлайды",
    "Original source: https://example.org/a?b=c(d)", "@some_channel", "t.me/s/", "https://", "«", "»", "“", '"',
    "the Ministry of Defense website reported", "по данным ТАСС", "(", ")", "\n", ". ", "Mr.", "e.g.", "…",
    "\u200b", "\u202e", "\x00", "\ud7ff", "\U0001f600", "ё", "İ", "ß", "ﬁ", "t.me/+AbC", "tg://resolve?domain=x",
])


@st.composite
def mangled_article(draw: st.DrawFn) -> str:
    """Real article lines, cut, shuffled and salted with citation-shaped fragments and odd characters."""
    lines = article_lines()
    picked = draw(st.lists(st.sampled_from(lines), min_size=0, max_size=6))
    parts: list[str] = []
    for line in picked:
        i, j = sorted((draw(st.integers(0, len(line))), draw(st.integers(0, len(line)))))
        parts.append(line[i:j] if draw(st.booleans()) else line)
        parts += draw(st.lists(st.one_of(CITING, st.text(max_size=8)), max_size=4))
    return draw(st.sampled_from([" ", "\n", "", "\r\n"])).join(parts)


@pytest.mark.slow
@slow_property(2500)
@given(mangled_article())
def test_extractor_on_mangled_articles(text: str) -> None:
    check_citations(article_from_text(text))


@pytest.mark.slow
@slow_property(1500)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_extractor_on_arbitrary_text(text: str) -> None:
    check_citations(article_from_text(text))


# ------------------------------------------------------------------------------------ article HTML

TAGS = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<a href='https://t.me/rybar'>", "<a href=\"//example.org/x\">", "<a href=>",
    "<a href='http://[::1'>", "<a>", "</a>", "<br>", "<br/>", "<script>", "</script>", "<style>", "<!--", "-->",
    "<title>", "</title>", "<base href='https://news.example/a/'>", "<h1>", "<li>", "<table><tr><td>", "&amp;",
    "&#0;", "&#xD800;", "&nosuch;", "<![CDATA[", "]]>", "<?xml version='1.0'?>", "<html>", "</html>", "<body>",
    "<svg><text>", "</svg>", "<pre>", "</pre>", "<template>", "<", ">", "=", "'", '"',
])


@st.composite
def broken_html(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(TAGS, CITING, st.sampled_from(article_lines()), st.text(max_size=6)), max_size=30))
    return "".join(pieces)


@pytest.mark.slow
@slow_property(1500)
@given(broken_html(), st.sampled_from([None, "https://news.example/story/1", "not a url", "http://[::1"]))
def test_extractor_on_broken_html(html: str, base: str | None) -> None:
    article = article_from_html(html, base_url=base)
    for _href, start, end in article.links:
        assert 0 <= start <= end <= len(article.text)
    check_citations(article)


# ------------------------------------------------------------------------------------ article bytes

ENCODINGS = ["utf-8", "cp1251", "koi8-r", "latin-1", "utf-16", "utf-16-le", "cp1252", "mac-cyrillic"]


@st.composite
def article_bytes(draw: st.DrawFn) -> bytes:
    """Article lines in one or several encodings, sometimes with a BOM, a wrong meta charset or binary."""
    lines = draw(st.lists(st.sampled_from(article_lines()), min_size=0, max_size=4))
    chunks = []
    for line in lines:
        encoding = draw(st.sampled_from(ENCODINGS))
        chunks.append(line.encode(encoding, errors="replace"))
        if draw(st.integers(0, 5)) == 0:
            chunks.append(draw(st.binary(max_size=16)))
    data = b"\n".join(chunks)
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b'<meta charset="koi8-r">',
                                   b'<meta charset="no-such-codec">', b"<html><p>", b"\x00\x00"]))
    return prefix + data


@pytest.mark.slow
@slow_property(1500)
@given(article_bytes(), st.sampled_from(["a.txt", "a.html", "a.md", "-", "noext"]))
def test_article_decoding_gives_an_article_or_a_parse_error(data: bytes, source: str) -> None:
    try:
        fmt, article = parse_article(source, data)
    except ParseError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(source)
        return
    assert fmt in ("html", "text")
    check_citations(article)


# ------------------------------------------------------------------------------------ t.me pages

_TOKEN = re.compile(r"<[^>]*>|[^<]+")


@cache
def tme_tokens(name: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall((TELEGRAM / name).read_text("utf-8")))


ODD_VALUES = st.sampled_from(["", "x", "-1", "99999999999999999999", "durov/abc", "/1", "1.2Q", "2026-13-45T99:99",
                              "javascript:alert(1)", "\x00", "é", "url('')", "background-image:url(", "?before=x"])


def _set_value(value: str):  # type: ignore[no-untyped-def]
    return lambda match: f'{match.group(1)}="{value}"'


@st.composite
def mangled_tme(draw: st.DrawFn) -> tuple[str, str]:
    """A saved t.me page with tags deleted, moved, duplicated, unclosed or given odd attribute values."""
    name = draw(st.sampled_from(sorted(TME_URLS)))
    tokens = list(tme_tokens(name))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "move", "duplicate", "swap", "attr", "class", "truncate"]))
        i, j = sorted((draw(st.integers(0, len(tokens))), draw(st.integers(0, len(tokens)))))
        if op == "delete":
            del tokens[i:j]
        elif op == "move" and j > i:
            block = tokens[i:j]
            del tokens[i:j]
            at = draw(st.integers(0, len(tokens)))
            tokens[at:at] = block
        elif op == "duplicate":
            tokens[j:j] = tokens[i:j]
        elif op == "swap" and i < j < len(tokens):
            tokens[i], tokens[j] = tokens[j], tokens[i]
        elif op in ("attr", "class") and i < len(tokens) and tokens[i].startswith("<"):
            pattern = r'(class)="[^"]*"' if op == "class" else r'(?<= )([\w-]+)="[^"]*"'
            tokens[i] = re.sub(pattern, _set_value(draw(ODD_VALUES)), tokens[i], count=1)
        elif op == "truncate":
            tokens = tokens[:i]
    return name, "".join(tokens)


@pytest.mark.slow
@slow_property(1800)
@given(mangled_tme())
def test_tme_parser_on_missing_and_reordered_markup(case: tuple[str, str]) -> None:
    name, html = case
    page = parse_page(html, TME_URLS[name])
    assert isinstance(page, FeedPage) and page.kind in PAGE_KINDS
    assert not [w for w in page.warnings if w.startswith(INTERNAL_ERROR)], page.warnings
    for post in page.posts:
        assert isinstance(post.id, int) and post.url.startswith("https://t.me/")
    json.dumps(page.to_dict())


@pytest.mark.slow
@slow_property(300)
@given(st.binary(max_size=2000), st.sampled_from(sorted(TME_URLS.values()) + ["not a url", "https://t.me/", ""]))
def test_tme_parser_on_arbitrary_bytes(data: bytes, url: str) -> None:
    page = parse_page(data, url)
    assert page.kind in PAGE_KINDS
    assert not [w for w in page.warnings if w.startswith(INTERNAL_ERROR)], page.warnings


# ------------------------------------------------------------------------------------ WARC files

@cache
def sample_warc() -> tuple[bytes, tuple[int, ...]]:
    """A WARC written by the store (warcinfo + three captures), and the offsets where its records start."""
    import tempfile

    from warcio.statusandheaders import StatusAndHeaders

    from archiver.warc import records as rec
    from archiver.warc.store import WarcStore

    folder = Path(tempfile.mkdtemp(prefix="archiver-props-"))
    store = WarcStore(folder, gzip_level=1)
    date = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    for n, body in enumerate([b"<html>one</html>", b"x" * 5000, "тело ответа".encode()]):
        url = f"https://example.org/{n}"

        def build(warcinfo_id: str, body: bytes = body, url: str = url, n: int = n) -> list:  # type: ignore[type-arg]
            head = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            import hashlib

            response = rec.response_record(url, date, head, io.BytesIO(body), len(body),
                                           hashlib.sha256(body).hexdigest(), "192.0.2.1", None, warcinfo_id)
            request = rec.request_record(url, date, StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")],
                                         is_http_request=True), "192.0.2.1", response.record_id, warcinfo_id)
            meta = rec.metadata_record("urn:provenance:" + url, rec.warc_date(date), {"n": n}, None, warcinfo_id)
            return [response, request, meta]

        store.append(build)
    store.close()
    [path] = (folder / "warcs").glob("*.warc.gz")
    data = path.read_bytes()
    offsets = [0]
    while offsets[-1] < len(data):
        inflater = zlib.decompressobj(zlib.MAX_WBITS + 16)
        inflater.decompress(data[offsets[-1] :])
        offsets.append(len(data) - len(inflater.unused_data))
    return data, tuple(offsets)


@st.composite
def damaged_warc(draw: st.DrawFn) -> tuple[bytes, int]:
    """The sample WARC damaged from some position on; returns (bytes, first damaged position)."""
    data, _ = sample_warc()
    at = draw(st.integers(0, len(data)))
    op = draw(st.sampled_from(["truncate", "flip", "zero", "garbage", "splice"]))
    if op == "truncate":
        return data[:at], at
    if op == "flip" and at < len(data):
        bit = 1 << draw(st.integers(0, 7))
        return data[:at] + bytes([data[at] ^ bit]) + data[at + 1 :], at
    if op == "zero":
        n = draw(st.integers(1, 64))
        return data[:at] + bytes(min(n, len(data) - at)) + data[at + n :], at
    if op == "garbage":
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:], at
    other = draw(st.integers(0, len(data)))
    return data[:at] + data[other:], at


@pytest.mark.slow
@slow_property(1500)
@given(damaged_warc())
def test_recovery_keeps_every_record_before_the_damage(case: tuple[bytes, int]) -> None:
    data, damaged_at = case
    _, offsets = sample_warc()
    kept = complete_prefix(io.BytesIO(data))
    assert 0 <= kept <= len(data)
    assert kept == complete_prefix(io.BytesIO(data[:kept]))  # what it keeps is itself complete
    intact = max(o for o in offsets if o <= damaged_at)  # record boundaries before the damage survive
    assert kept >= min(intact, len(data))


@pytest.mark.slow
@slow_property(600)
@given(damaged_warc(), st.integers(0, 3))
def test_reading_a_damaged_record_gives_a_clear_error(case: tuple[bytes, int], which: int) -> None:
    import tempfile

    from archiver.warc.read import read_json_record, read_payload

    data, _ = case
    _, offsets = sample_warc()
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "warcs").mkdir()
        (Path(folder) / "warcs" / "a.warc.gz").write_bytes(data)
        offset = offsets[min(which * 3 + 1, len(offsets) - 1)]  # a response record of the undamaged file
        for read in (read_payload, read_json_record):
            try:
                read(Path(folder), "warcs/a.warc.gz", offset)
            except ArchiverError as exc:
                assert "\n" not in str(exc) and len(str(exc)) < 400
