"""Article building (plain text, HTML with anchor offsets) and sentence lookup."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.citations import (
    Article,
    article_from_html,
    article_from_text,
    sentence_at,
)
from archiver.citations.phrases import (
    cap_phrase_after,
    cap_phrase_before,
    clean_name,
    quoted_at,
    quoted_before,
)

DATA = Path(__file__).resolve().parent / "data" / "articles"


def test_article_from_text_title_is_first_non_empty_line() -> None:
    article = article_from_text("\n\n   Headline here  \nBody.")
    assert article == Article(text="\n\n   Headline here  \nBody.", title="Headline here", links=())
    assert article_from_text("").title is None and article_from_text(" \n\t").title is None
    assert article_from_text("Title\r\nBody").title == "Title"
    assert len(article_from_text("x" * 1000).title or "") == 300


def test_article_from_html_drops_chrome_and_records_anchor_offsets() -> None:
    html = (DATA / "html_001.html").read_bytes()
    article = article_from_html(html, base_url="https://news.example.com/a/1")
    assert article.title == "Kazakhstan and the UK: what the deal hides"
    assert "Fake" not in article.text and "color" not in article.text  # script, style
    assert "Home" not in article.text and "footer" not in article.text  # nav, footer
    hrefs = [href for href, _, _ in article.links]
    assert "https://news.example.com/world/2025/uk-kazakhstan" in hrefs  # relative href resolved
    assert "https://t.me/footer_channel" not in hrefs
    for _href, start, end in article.links:
        assert article.text[start:end].strip() == article.text[start:end] != ""
    texts = {href: article.text[s:e] for href, s, e in article.links}
    assert texts["https://t.me/rybar"] == "«Рыбарь»"
    assert texts["https://t.me/s/dva_majors/12345?single"] == "Two Majors"


def test_article_from_html_honours_base_href() -> None:
    html = '<head><base href="https://cdn.example.org/news/"></head><p><a href="item/1">x</a></p>'
    links = article_from_html(html, base_url="https://example.com/").links
    assert links == (("https://cdn.example.org/news/item/1", 0, 1),)
    assert article_from_html('<p><a href="item/1">x</a></p>').links == (("item/1", 0, 1),)


def test_article_from_html_blocks_become_lines_and_inline_whitespace_collapses() -> None:
    article = article_from_html(
        "<div><p>One\n   two</p><p>Three<br>four <b>five</b></p><ul><li>a</li><li>b</li></ul></div>"
    )
    assert article.text.splitlines() == ["One two", "Three", "four five", "a", "b"]


def test_article_from_html_anchor_inside_words_and_empty_anchor() -> None:
    article = article_from_html('<p>See <a href="http://x.org/a"> the <i>report</i> </a>now<a href="http://x.org/img"><img></a>.</p>')
    (_, s1, e1), (h2, s2, e2) = article.links
    assert article.text[s1:e1] == "the report"
    assert (h2, s2, e2) == ("http://x.org/img", len("See the report now"), len("See the report now"))


def test_article_from_html_title_falls_back_to_h1_and_tolerates_junk() -> None:
    assert article_from_html("<h1> Big  news </h1><p>x</p>").title == "Big news"
    assert article_from_html("").text == ""
    assert article_from_html("http://example.com").text == "http://example.com"  # bs4 would warn: silenced
    deep = "<div>" * 5000 + "deep" + "</div>" * 5000
    assert article_from_html(deep).text.strip() == "deep"  # no recursion limit


def test_sentence_at_handles_punctuation_quotes_and_newlines() -> None:
    text = 'First one. Screenshot from the Telegram channel "Military Chronicles."\nNext line! Ещё «Рыбарь». Конец…'
    span = text.index("Telegram")
    assert sentence_at(text, span, span + 8) == 'Screenshot from the Telegram channel "Military Chronicles."'
    r = text.index("Рыбарь")
    assert sentence_at(text, r, r + 6) == "Ещё «Рыбарь»."
    assert sentence_at(text, 0, 5) == "First one."


def test_sentence_at_keeps_abbreviations_and_lowercase_continuations() -> None:
    text = 'Mr. Smith met J. R. Doe in the U.S. yesterday. He said "hello." and left. Next.'
    doe = text.index("Doe")
    assert sentence_at(text, doe, doe + 3) == "Mr. Smith met J. R. Doe in the U.S. yesterday."
    i = text.index("hello")
    assert sentence_at(text, i, i + 5) == 'He said "hello." and left.'


def test_sentence_at_is_bounded_on_text_without_punctuation() -> None:
    text = "word " * 10_000
    sentence = sentence_at(text, 25_000, 25_004)
    assert "word" in sentence and len(sentence) <= 2_010


@pytest.mark.parametrize(
    ("inner", "name"),
    [("Military Chronicles.", "Military Chronicles"), ("Fisherman,", "Fisherman"), ("Z.O.V.", "Z.O.V."),
     ("Rybar!", "Rybar!"), ("Lenta.ru.", "Lenta.ru"), (" Два майора ", "Два майора"), (",", None), ("x" * 61, None)],
)
def test_clean_name(inner: str, name: str | None) -> None:
    assert clean_name(inner) == name


def test_quotes_of_every_kind() -> None:
    for text in ['"Rybar"', "“Rybar”", "„Rybar“", "«Rybar»", "‘Rybar’", "'Rybar'"]:
        assert quoted_at(text, 0) == (0, len(text), "Rybar")
        assert quoted_before(text, len(text)) == (0, len(text), "Rybar")
    assert quoted_at("«Газета «Вести»» x", 0) == (0, 16, "Газета «Вести»")
    assert quoted_at("'Rybar's channel' x", 0) == (0, 17, "Rybar's channel")
    assert quoted_at('"no closing\nquote"', 0) is None


def test_capitalised_phrases() -> None:
    text = "According to the Central Asia Times, Cameron came. Data from the Ministry of Defense of Kazakhstan shows"
    s, e, nxt = cap_phrase_after(text, text.index("Central"))  # type: ignore[misc]
    assert (text[s:e], nxt) == ("Central Asia Times", None)
    s, e, nxt = cap_phrase_after(text, text.index("Ministry"))  # type: ignore[misc]
    assert (text[s:e], nxt) == ("Ministry of Defense of Kazakhstan", "shows")
    ru = "по данным Министерства обороны России, сказано"
    s, e, _ = cap_phrase_after(ru, ru.index("Мин"))  # type: ignore[misc]
    assert ru[s:e] == "Министерства обороны России"
    uk = "повідомила Одеська міська рада, що"  # a second adjective with a short stem still leads to its noun
    s, e, _ = cap_phrase_after(uk, uk.index("Од"))  # type: ignore[misc]
    assert uk[s:e] == "Одеська міська рада"
    before = "Screenshot from the Russian Defense Ministry Telegram"
    s, e = cap_phrase_before(before, before.index(" Telegram"))  # type: ignore[misc]
    assert before[s:e] == "Russian Defense Ministry"
