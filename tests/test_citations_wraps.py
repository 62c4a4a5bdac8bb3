"""A hard-wrapped article (e-mail, Markdown, a copy out of a PDF) is read as the paragraphs it was cut from."""

from __future__ import annotations

import textwrap

from archiver.citations import article_from_text, extract_citations
from archiver.citations.wraps import unwrapped

_RU = ("Переговоры продолжатся в понедельник, об этом сообщает РИА Новости со ссылкой на источник в МИД. "
       "Губернатор Вячеслав Гладков написал в своем телеграм-канале, что ущерб оценивается. Как сообщил "
       "телеграм-канал «Рыбарь», бои продолжаются. Это второй абзац текста, и он тоже разбит на строки.")
_EN = ("The governor wrote on his Telegram channel that the damage is being assessed, Reuters reported. The "
       "Ministry of Defence said in a statement released late on Sunday. According to the Telegram channel "
       "Rybar, fighting continues along the whole front line, the channel said. This is the last sentence.")


def _names(text: str) -> set[str]:
    return {c.name or c.owner or "" for c in extract_citations(article_from_text(text))}


def test_citations_cut_by_a_wrap_are_found_as_in_the_paragraph() -> None:
    for paragraph, width in ((_RU, 55), (_RU, 72), (_EN, 60), (_EN, 80)):
        wrapped = textwrap.fill(paragraph, width)
        assert _names(wrapped) == _names(paragraph), width
        for c in extract_citations(article_from_text(wrapped)):
            assert wrapped[c.start : c.end] == c.text  # the span as written, newline and all
            assert c.text in c.context and c.context in wrapped  # and its sentence
    assert {"Рыбарь", "РИА Новости"} <= _names(textwrap.fill(_RU, 55))
    assert {"Ministry of Defence", "Reuters", "Rybar"} <= _names(textwrap.fill(_EN, 60))


def test_a_newline_that_wraps_is_a_space_and_nothing_else_moves() -> None:
    wrapped = textwrap.fill(_RU, 60) + "\n\n" + textwrap.fill(_EN, 60)
    flat = unwrapped(wrapped)
    assert flat is not None and len(flat) == len(wrapped)
    assert flat.split("\n\n") == [_RU, _EN]  # the blank line between paragraphs stays


def test_lines_that_stand_on_their_own_stay_lines() -> None:
    body = textwrap.fill(_RU, 60)
    markdown = f"# Заголовок статьи\n\n{body}\n- первый пункт списка\n- второй пункт\n> цитата из текста"
    flat = unwrapped(markdown)
    assert flat is not None
    assert "\n- первый пункт списка\n- второй пункт\n> цитата" in flat and flat.startswith("# Заголовок статьи\n\n")


def test_a_line_a_paragraph_is_not_a_wrapped_text() -> None:
    # short paragraphs one to a line, a source line, a date: the next line's first word would have fitted
    text = ("В городе произошёл взрыв.\nПро это сообщил телеграм-канал «Новости».\nИсточник - ТАСС\n"
            "Очевидцы слышали хлопки в нескольких районах.\nОфициальных заявлений пока нет.\n21.08.2022 12:18\n"
            "Жителей просят оставаться в укрытиях до отбоя тревоги.")
    assert unwrapped(text) is None
    assert unwrapped(_RU) is None and unwrapped("\n".join([_RU] * 10)) is None


def test_a_large_wrapped_text_is_read_in_one_pass() -> None:
    import time

    wrapped = "\n\n".join([textwrap.fill(_RU, 70)] * 3000)  # ~1.1 MB
    started = time.process_time()
    flat = unwrapped(wrapped)
    assert flat is not None and flat.count("\n") == 2 * 2999
    assert time.process_time() - started < 5
