"""Session 21, Russian Telegram citations seen on fresh news pages: constructions made general (any verb of saying
by its lemma, either word order, any case). Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.citations_found import names, owners, telegram


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a well-known Telegram medium beside any verb of saying or publishing, before it or after it
        ("Пожар начался ночью на складе, написала Baza.", "Baza"),
        ("Пожар начался ночью на складе, написал Mash. Пострадавших нет.", "Mash"),
        ("Mash написал, что пожар начался ночью.", "Mash"),
        ("Baza уже писала, что склад горел и раньше.", "Baza"),
        ("Кадры с места аварии публикует Shot.", "Shot"),
        ("Видео задержания опубликовала «Readovka».", "Readovka"),
        ("Рыбарь пишет, что наступление продолжается.", "Рыбарь"),
    ],
)
def test_known_channel_beside_a_verb(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "База данных сообщает об ошибке при входе.",  # the common word, not the channel
        "Топор упал и пишет историю заново.",
    ],
)
def test_known_channel_word_in_its_common_sense(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the messenger's name in quotes, as a name is written, in any case
        ("Андрей Смирнов написал в «Телеграме», что дороги отремонтируют к осени.", "Андрей Смирнов"),
        ("Губернатор Олег Лебедев в своем «Телеграме» сообщил, что мост откроют в мае.", "Олег Лебедев"),
        ("Иван Кравцов опубликовал в «Телеграм» обращение к жителям.", "Иван Кравцов"),
        ("«Ситуация тяжелая», — написала в «Телеграме» Ольга Смирнова.", "Ольга Смирнова"),
    ],
)
def test_telegram_in_quotes(text: str, owner: str) -> None:
    found = telegram(text)
    assert owner in [c.owner for c in found], found
    assert all(c.text.count("«") == c.text.count("»") for c in found)  # the mention keeps both quotes


def test_telegram_in_quotes_as_the_company() -> None:
    assert telegram("Мессенджер «Телеграм» снова работает после сбоя.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Latin-script title after a Cyrillic channel word keeps its lowercase words and a leading preposition
        ("Как отмечает телеграм-канал From Moscow with love, заявления отправили в прокуратуру.",
         "From Moscow with love"),
        ("Telegram-канал Kazan by night сообщил о пожаре на рынке.", "Kazan by night"),
        ("Об этом пишет телеграм-канал Made in Tula.", "Made in Tula"),
    ],
)
def test_latin_title_after_a_cyrillic_channel_word(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # «её/его канал» right after that person's channel was cited by surname alone: the same owner
        ("Об этом Петрова написала в своем телеграм-канале. По ее словам, видео появилось в ее телеграм-канале.",
         "Петрова"),
        ("Ранее Сидоров сообщил в своем Telegram-канале о проверке. Позже в его телеграм-канале вышло видео.",
         "Сидоров"),
    ],
)
def test_possessive_after_a_channel_cited_by_surname(text: str, owner: str) -> None:
    found = telegram(text)
    assert len(found) == 2 and all(c.owner == owner for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the channel as what the news is about: its head or editor, its readers
        "Руководитель телеграм-канала «Горячая линия» Иван Петров дал интервью радио.",
        "Главный редактор телеграм-канала «Горячая линия» Иван Петров задержан в аэропорту.",
        "Тысячи людей читают телеграм-канал «Горячая линия» каждый день.",
        "В Казани читают ТГ-канал «Горячая линия» больше, чем газеты.",
    ],
)
def test_channel_talked_about(text: str) -> None:
    assert telegram(text) == []


def test_channel_cited_then_talked_about() -> None:
    found = names("Об этом сообщил телеграм-канал «Горячая линия», который читают тысячи.")
    assert found == ["Горячая линия"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body named before, its name going on after «и» with a genitive group (and the region it serves)
        ("Министерство культуры и массовых коммуникаций Примерной области опровергло слухи. "
         "Сообщение разместили в телеграм-канале министерства.",
         "Министерство культуры и массовых коммуникаций Примерной области"),
        ("Министерство образования и науки предупредило о фейках. Подробности — в телеграм-канале министерства.",
         "Министерство образования и науки"),
        ("Министерство строительства и жилищно-коммунального хозяйства Примерного края сообщило о ремонте. Схема "
         "опубликована в телеграм-канале министерства.",
         "Министерство строительства и жилищно-коммунального хозяйства Примерного края"),
    ],
)
def test_body_named_in_full_before_its_channel(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a post made on Telegram: «сделал (первый, новый) пост / сделала запись»
        ("Губернатор Иван Петров сделал пост в Telegram о ремонте дорог.", "Иван Петров"),
        ("Мэр Олег Лебедев сделал новый пост в телеграме: дороги отремонтируют к осени.", "Олег Лебедев"),
        ("Сенатор Андрей Климов сделал первую публикацию в Telegram, посвятив ее выборам.", "Андрей Климов"),
    ],
)
def test_post_made_on_telegram(text: str, owner: str) -> None:
    assert owner in owners(text)


def test_something_else_made_is_no_post() -> None:
    assert telegram("Губернатор Иван Петров сделал ремонт в офисе и открыл школу.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body's channel by its common noun, the clause ending there or the verb of what was said following
        ("МЧС сообщило о пожаре. В Telegram-канале ведомства уточнили, что пострадавших нет.", "МЧС"),
        ("Информацию о перекрытии моста подтвердили в телеграм-канале мэрии.", "мэрии"),
        ("Прокуратура Примерной области начала проверку, сообщается в телеграм-канале прокуратуры.",
         "Прокуратура Примерной области"),
        ("Об отключении воды сообщили в телеграм-канале администрации.", "администрации"),
    ],
)
def test_body_channel_by_its_common_noun(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Подписывайтесь на телеграм-канал мэрии.",  # a promotion
        "Хакеры взломали телеграм-канал мэрии.",  # the news is about the channel
        "В телеграм-канале полиции нет ни слова о задержании.",
    ],
)
def test_body_channel_not_cited(text: str) -> None:
    assert telegram(text) == []
