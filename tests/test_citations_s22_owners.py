"""Session 22: whose Telegram channel it is, in three constructions of any wording: an office opening the sentence
(its holder named before), a verb of expressing with a reflexive place («у себя в»), and a passive agent after
Telegram as the place ("denied on Telegram by X"). Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.citations_found import names, owners, telegram


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # an office capitalised only because it opens the sentence stands for its holder named before
        ("Сенатор Иван Петров выступил на форуме. Сенатор в своем Telegram-канале поясняет, что закон не изменится.",
         "Иван Петров"),
        ("Депутат Мария Сидорова провела приём граждан. Депутат в своем Telegram-канале рассказала о его итогах.",
         "Мария Сидорова"),
        # «высказать» is a verb of saying; «у себя в Telegram-канале» is the place as «в своём» is
        ("Певица Анна Иванова пропустила концерт. Она высказала у себя в Telegram-канале недовольство организаторами.",
         "Анна Иванова"),
        ("Актёр Пётр Смирнов ушёл из театра. Он высказал в своем Telegram-канале претензии к режиссёру.",
         "Пётр Смирнов"),
    ],
)
def test_owner_of_a_russian_sentence(text: str, owner: str) -> None:
    assert owner in owners(text)


def test_a_channel_named_like_an_office_with_no_holder_keeps_its_name() -> None:
    # «рыбарь» is an animate noun too, but nobody holds it: the channel's own name
    text = "Рыбарь опубликовал карту. Рыбарь в своем Telegram-канале пишет, что наступление продолжается."
    assert "Рыбарь" in names(text) and "Рыбарь" not in owners(text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The reports were later denied on Telegram by John Smith, the head of the regional administration.",
         "John Smith"),
        ("The attack was confirmed in a Telegram post by the regional governor, John Smith.", "John Smith"),
        ("The figures were disputed on Telegram by Anna Brown.", "Anna Brown"),
        ("The video was published on Telegram by Governor John Smith.", "John Smith"),
    ],
)
def test_passive_agent_after_telegram(text: str, owner: str) -> None:
    assert owner in owners(text)


@pytest.mark.parametrize(
    "text",
    [
        "The channel was blocked on Telegram by Apple in March.",
        "Dozens of teenagers were recruited on Telegram by Russian Intelligence officers.",
        "The group was created on Telegram by Mark Jones in 2019.",
    ],
)
def test_acts_done_on_telegram_are_no_citation(text: str) -> None:
    assert telegram(text) == []
