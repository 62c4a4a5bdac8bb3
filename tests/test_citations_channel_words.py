"""A Telegram channel called by another word: «паблик», «блог», «страница»/«сторінка»."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


@pytest.mark.parametrize(
    "text, name, owner",
    [
        ("Об этом сообщает Telegram-паблик «Вечерний город».", "Вечерний город", None),
        ("Про це повідомляє телеграм-паблік «Нічне місто».", "Нічне місто", None),
        ("Об этом написал в своем Telegram-блоге политолог Иван Петров.", None, "Иван Петров"),
        ("Про це написав у своєму телеграм-блозі Іван Петренко.", None, "Іван Петренко"),
    ],
)
def test_other_words_for_a_channel(text: str, name: str | None, owner: str | None) -> None:
    [c] = extract_citations(article_from_text(text))
    assert c.kind == "telegram" and c.name == name and c.owner == owner


@pytest.mark.parametrize("text", ["Подписывайтесь на наш Telegram-паблик!", "Он ведет Telegram-блог о кулинарии."])
def test_a_promotion_or_a_mention_cites_nothing(text: str) -> None:
    assert extract_citations(article_from_text(text)) == []
