"""Session 23: in English the place of saying may stand in an adjunct set off by commas, with whoever posted as the
clause's subject on its other side ("The Wagner group, in a Telegram post, denied it"; "In a video posted on
Telegram, the air force said"). Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.citations_found import names, outlets, owners, telegram


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the subject, then the adjunct between commas, then the verb
        ("The Wagner group, in a Telegram post, said the claim was false.", "The Wagner group"),
        ("The Kherson regional ministry, in a statement on Telegram on Friday, denied the reports of looting.",
         "The Kherson regional ministry"),
        # the subject opening the sentence right before its verb, the place later in the same clause
        ("The government of the Belgorod region reported this on Telegram.", "The government of the Belgorod region"),
        # the adjunct first, then the subject up to its verb
        ("In a Telegram post, Ukraine's air force said it shot down 40 drones.", "Ukraine's air force"),
        ("In a video posted on Telegram, Ukraine's military intelligence agency also claimed the hit.",
         "Ukraine's military intelligence agency"),
    ],
)
def test_the_subject_around_an_adjunct_owns_the_channel(text: str, who: str) -> None:
    assert who in names(text) + owners(text)


def test_the_subject_is_the_channel_not_an_outlet_too() -> None:
    # one citation of the air force: said on Telegram, so no longer an outlet besides
    text = "In a Telegram post, Ukraine's air force said it shot down 40 drones."
    assert "Ukraine's air force" not in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        # no verb of saying right after the adjunct: the comma closes something else
        "The Volunteer Corps, in a Telegram post that went viral, the video and its caption were shared widely.",
        # the adjunct is about reading, not posting: nobody in the sentence posted there
        "Asked about it, the mayor said he had read about the explosion on Telegram.",
        # a kind of body, no name of its own: nobody's channel in particular
        "The Iraqi coalition, in a statement on Telegram, said it hit the target.",
        "The regional ministry, in a statement on Telegram, denied the reports.",
        # Russian text keeps to its own rules
        "Министерство, в своём Telegram-канале, сообщило о погоде.",
    ],
)
def test_no_subject_without_the_shape(text: str) -> None:
    assert not [c for c in telegram(text) if c.rule == "tg.fallback.clause_subject"]


def test_its_channel_is_the_body_a_place_name_closes() -> None:
    # "its" stands for the body, not for the place whose name ends the body's
    text = "The government of the Tula region announced the closure in its Telegram channel."
    assert names(text) == ["The government of the Tula region"]


def test_the_ministry_is_the_one_described_before_not_a_place_in_the_clause_before() -> None:
    # "its" is the ministry's, the clause's subject; the ministry is the one the text described before in lowercase
    text = ("Air defences downed 30 drones overnight, the Moldovan interior ministry said. Ten were downed over the "
            "Sea of Azov, the ministry said in a statement on its Telegram channel.")
    assert names(text) == ["Moldovan interior ministry"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # «компанія» before its verb stands for the company named before; a city utility's compound name is a body's
        ("Львівводоканал проводить ремонт мереж. Про це компанія повідомляє в телеграм-каналі.", "Львівводоканал"),
        ("Компанія Тернопільводоканал відключила воду. Про це компанія повідомила в Telegram.", "Тернопільводоканал"),
    ],
)
def test_the_company_before_its_verb_is_the_one_named_before(text: str, name: str) -> None:
    assert any(n and n.endswith(name) for n in names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the word Telegram closing a list the citing words open: the channel of whose name follows it
        ("Про це повідомили з посиланням на “Суспільне” та Telegram Укрзалізниці.", "Укрзалізниці"),
        ("Об этом сообщили со ссылкой на ТАСС и Telegram Минобороны России.", "Минобороны России"),
    ],
)
def test_telegram_listed_after_citing_words(text: str, name: str) -> None:
    assert name in names(text) and not [o for o in outlets(text) if o and o.startswith("Telegram")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # whose channel it is, in the genitive, between the channel word and its quoted name
        ('Про це повідомляється в телеграм-каналі міської влади "Рівне. Офіційно".', "Рівне. Офіційно"),
        ("Об этом сообщается в телеграм-канале городских властей «Тула. Официально».", "Тула. Официально"),
    ],
)
def test_the_quoted_name_after_whose_channel(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # said or put there by no one named: the possessive's owner is the one named before
        "Депутатка Ірина Коваль звернулася до міністра. Про це йдеться в її Telegram.",
        "Депутат Иван Соколов обратился к министру. Обращение опубликовано в его Telegram-канале.",
    ],
)
def test_impersonal_said_in_a_possessive_channel(text: str) -> None:
    assert [o for o in owners(text) if o in ("Ірина Коваль", "Иван Соколов")]


def test_a_channel_in_telegram_as_the_topic_is_no_place_of_saying() -> None:
    # «канала в Telegram»: the channel is what the news is about; the administration said it elsewhere
    text = "Днем ранее о создании канала в Telegram сообщила администрация Примерского городского округа."
    assert telegram(text) == [] and outlets(text) == ["администрация Примерского городского округа"]


def test_an_oblique_first_name_before_the_verb_is_not_its_subject() -> None:
    # «Владимира» can only be genitive or accusative: whoever wrote is named after the place
    text = ("Киев ответит за нападение на резиденцию президента России Владимира Путина, заявила в своем "
            "Telegram-канале официальный представитель МИД Анна Смирнова.")
    assert "Владимира Путина" not in owners(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Про це повідомили з посиланням на Telegram "Укрзалізниці".', "Укрзалізниці"),
        ("Об этом сообщили со ссылкой на Telegram «Мосгортранса».", "Мосгортранса"),
    ],
)
def test_a_quoted_body_right_after_the_word_telegram(text: str, name: str) -> None:
    assert names(text) == [name]
