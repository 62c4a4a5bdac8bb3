"""A <br> inside a sentence (narrow-column CMSs break lines by hand) is read as the space it stands for."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_html, extract_citations


def _page(paragraphs: str) -> str:
    return f"<html><body>{paragraphs}</body></html>"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>The plant is closed, the Interior Ministry<br/>said on Monday.</p>", "Interior Ministry"),
        ("<p>Завод закрыт до конца недели из-за аварии на подстанции, сообщили<br>в пресс-службе МЧС.</p>",
         "пресс-службе МЧС"),
        ("<p>The plant on the outskirts of the city was closed on Monday, the<br>Interior Ministry said.</p>",
         "Interior Ministry"),
    ],
)
def test_a_line_break_inside_a_sentence_keeps_the_citation_whole(html: str, expected: str) -> None:
    article = article_from_html(_page(html))
    assert "\n" not in article.text
    assert expected in {c.name for c in extract_citations(article)}


@pytest.mark.parametrize(
    "html",
    [
        "<p>С уважением,<br>Иван Петров</p>",  # a signature: a short line
        "<p>The plant is closed.<br>Workers went home.</p>",  # a sentence closed before it
        "<p>Москва<br>Санкт-Петербург<br>Казань</p>",  # a list of lines
        "<p>Фото: Reuters<br>Завод закрыт.</p>",
        "<p>First paragraph ends here<br></p><p>second paragraph</p>",  # a block ends where the <br> does
    ],
)
def test_a_line_break_between_lines_stays(html: str) -> None:
    assert "\n" in article_from_html(_page(html)).text


def test_anchors_keep_their_offsets_when_lines_are_joined() -> None:
    html = _page('<p>The plant is closed, the ministry<br>said, <a href="https://example.org/a">citing</a> data.</p>')
    article = article_from_html(html)
    (href, start, end), = article.links
    assert article.text[start:end] == "citing" and href == "https://example.org/a"


def test_short_lowercase_lines_stay_lines() -> None:
    assert article_from_html(_page("<p>яблоки<br>груши<br>сливы</p>")).text.splitlines() == ["яблоки", "груши", "сливы"]
