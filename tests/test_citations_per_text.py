"""The per-article caches are keyed by the text object: the same object hits, an equal copy is worked out anew
(no comparison of whole texts at every lookup), and only the last few texts worked out are kept."""

from __future__ import annotations

from archiver.citations import article_from_text, extract_citations
from archiver.citations.per_text import per_text


def test_the_same_text_object_hits_and_an_equal_copy_is_worked_out_anew() -> None:
    calls: list[str] = []

    @per_text(keep=2)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    first = "x" * 5000
    copy = "".join(["x"] * 5000)  # equal, another object
    assert first == copy and first is not copy
    assert length(first) == length(first) == 5000 and len(calls) == 1
    assert length(copy) == 5000 and len(calls) == 2
    assert length(first) == 5000 and len(calls) == 2  # still kept
    length("y")  # a third text: the first worked out goes
    length(copy)
    assert len(calls) == 3
    length(first)
    assert len(calls) == 4


def test_an_article_read_twice_gives_the_same_citations() -> None:
    text = "Об этом сообщил Telegram-канал «Северный ветер». По данным ТАСС, жертв нет."
    again = "".join(list(text))
    assert again == text and again is not text
    first = [(c.kind, c.name, c.start, c.end) for c in extract_citations(article_from_text(text))]
    assert first == [(c.kind, c.name, c.start, c.end) for c in extract_citations(article_from_text(again))] != []
