"""Soft hyphens and zero-width characters (common on real pages, absent from the corpus), and apostrophes typed as
‘ ʼ or ` between letters, don't break a citation."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_html, article_from_text, extract_citations

SHY, ZWSP, BOM, LRM = "\u00ad", "\u200b", "\ufeff", "\u200e"


@pytest.mark.parametrize(
    "text, name",
    [
        (f"Об этом сообщил Теле{SHY}грам-канал «Рыбарь».", "Рыбарь"),
        (f"Об этом сообщил телеграм-канал «Ры{SHY}барь».", "Рыбарь"),
        (f"Об этом сообщил телеграм-канал {ZWSP}«Рыбарь».", "Рыбарь"),
        (f"{BOM}Про це повідомив теле{SHY}грам-канал «Труха».", "Труха"),
        (f"The news was reported by the Tele{SHY}gram channel {LRM}“Rybar”.", "Rybar"),
    ],
)
def test_invisible_characters_inside_a_citation(text: str, name: str) -> None:
    [c] = [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert c.name == name  # as it reads, without the invisible characters
    assert text[c.start : c.end] == c.text and c.text.replace(SHY, "").replace(ZWSP, "").endswith(("»", "”"))
    assert c.text in c.context and c.context in text  # the sentence as written too


def test_a_link_with_a_zero_width_space_is_reported_as_it_resolves() -> None:
    text = f"Источник: https://exa{ZWSP}mple.com/report"
    [c] = extract_citations(article_from_text(text))
    assert c.kind == "url" and c.url == "https://example.com/report" and text[c.start : c.end] == c.text


def test_anchor_offsets_survive_invisible_characters() -> None:
    article = article_from_html(f"<p>По{SHY}дробнее в <a href='https://t.me/rybar/7'>посте ка{SHY}нала</a>.</p>")
    [c] = [c for c in extract_citations(article) if c.kind == "telegram"]
    assert c.url == "https://t.me/rybar/7" and article.text[c.start : c.end] == c.text == f"посте ка{SHY}нала"


def test_a_trailing_invisible_character_stays_outside_the_span() -> None:
    text = f"Об этом сообщил телеграм-канал «Рыбарь»{ZWSP}{SHY}."
    [c] = extract_citations(article_from_text(text))
    assert c.text == "телеграм-канал «Рыбарь»"


def test_a_letter_without_a_unicode_name_glued_to_a_word_does_not_crash_the_dictionary() -> None:
    # pymorphy3 asks unicodedata for each letter's name; a code point with none raised from deep inside a rule
    text = ("We Are Preparing for War\U00017000Как сообщает ТАСС, документ был подписан в Лондоне. По данным "
            "Министерства обороны Республики Казахстан, соглашение подписано.")
    names = [c.name for c in extract_citations(article_from_text(text))]
    assert "Министерства обороны Республики Казахстан" in names


def test_many_anchors_on_a_page_full_of_soft_hyphens_are_mapped_in_linear_time() -> None:
    # Each anchor's offset was mapped into the text without soft hyphens by listing every hyphen again: 2,000
    # anchors over 82,000 hyphens took 11 s of CPU; a list made once takes a fraction of a second.
    import time

    words = " ".join(f"сло{SHY}во" for _ in range(40))
    page = "".join(f"<p>{words} <a href='https://example.com/{i}'>ссыл{SHY}ка {i}</a>.</p>" for i in range(2000))
    article = article_from_html(f"<html><body>{page}</body></html>", story_only=False)
    started = time.process_time()
    cited = extract_citations(article)
    assert time.process_time() - started < 5
    assert len(cited) == 2000 and all(article.text[c.start : c.end] == c.text for c in cited)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Ukraine\u2018s air force said it intercepted 30 missiles.", "outlet", "Ukraine\u2018s air force"),
        ("Про це повідомили в об\u02bcєднаному штабі.", "outlet", "об\u02bcєднаному штабі"),
        ("Moldova`s border police said the crossing would reopen.", "outlet", "Moldova`s border police"),
    ],
)
def test_an_apostrophe_typed_otherwise_reads_as_one(text: str, kind: str, name: str) -> None:
    [c] = [c for c in extract_citations(article_from_text(text)) if c.kind == kind]
    assert c.name == name  # as written, the apostrophe as typed
    assert text[c.start : c.end] == c.text and c.text in c.context and c.context in text
