"""Russian Telegram and outlet citations (session 22): constructions met on fresh pages, with made-up variants."""

from __future__ import annotations

import pytest

from tests.citations_found import names, outlets, owners, telegram


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Известный блогер-путешественник Павел Смирнов отменил поездку в Тверь. «Не приеду, извините», — "
         "написал бородатый блогер в своём телеграм-канале.", "Павел Смирнов"),
        ("Певица Анна Светлова перенесла концерт в Омске. «Всех обнимаю», — сообщила популярная певица в своём "
         "Telegram-канале.", "Анна Светлова"),
        ("Сенатор Олег Дымов раскритиковал новый закон. Об этом написал опытный сенатор в своём Telegram-канале.",
         "Олег Дымов"),
    ],
)
def test_an_office_with_an_epithet_stands_for_the_person_named_with_it(text: str, owner: str) -> None:
    # «написал кудрявый блогер в своём канале»: an adjective before the office word, still that person
    assert owner in " ".join(o or "" for o in owners(text))
    assert not any(n and n.islower() for n in names(text))  # never a channel named «бородатый блогер»


@pytest.mark.parametrize(
    "text",
    [
        "Певица Анна Светлова перенесла концерт в Омске. «Всех обнимаю», — сообщила певица в своём Telegram-канале.",
        "Губернатор Олег Дымов провёл совещание в Курске. «Всё под контролем», — написал губернатор в своём "
        "Telegram-канале.",
    ],
)
def test_a_place_after_the_office_holder_is_not_who_holds_it(text: str) -> None:
    # the office word looks back for its holder: «в Омске», a place, is never the one
    assert names(text) == [None]
    assert any(o and o.endswith(("Светлова", "Дымов")) for o in owners(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Росавиации 3 февраля сообщили о введении ограничений в аэропорту Тамбова.", "Росавиации"),
        ("В Росморречфлоте 7 мая сообщили о закрытии навигации.", "Росморречфлоте"),
        ("В Минтрансе Якутии 2 апреля заявили, что переправа закрыта.", "Минтрансе Якутии"),
    ],
)
def test_a_body_said_keeps_no_date_in_its_name(text: str, expected: str) -> None:
    # «В X 18 января сообщили»: when it was said stands between the body and its verb, it names no one
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Сезон был тяжёлым», — признался тренер в разговоре с «Спорт-Экспрессом».", "Спорт-Экспрессом"),
        ("В разговоре с «Фонтанкой» депутат пообещал вернуться к вопросу.", "Фонтанкой"),
        ("«Я не жалею», — сказал актёр у розмові з «Українською правдою».", "Українською правдою"),
    ],
)
def test_a_conversation_with_an_outlet_cites_it(text: str, expected: str) -> None:
    # «в разговоре с X», like «в беседе с X»: the outlet the speaker talked to
    assert any(n and expected in n for n in outlets(text))


@pytest.mark.parametrize(
    "text",
    [
        "Актриса Эвелина Кордис вышла на сцену после болезни. «Я снова в строю», — заявила Кордис журналистам.",
        "Певец Арсений Вуйк отменил тур. «Так надо», — сообщил Вуйк поклонникам.",
    ],
)
def test_a_surname_of_someone_named_in_full_is_no_outlet(text: str) -> None:
    # «заявила X», X the surname of a person named in full before (first name known, surname of any ending)
    assert outlets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Telegram-канал Городского центра обращений прекратил работу с 1 марта.",
        "Телеграм-канал ЦУР Самары начал работу в мае 2021 года и быстро набрал подписчиков.",
        "Телеграм-канал «Вечерний Омск» перестал обновляться после ухода редактора.",
        "Telegram-канал Міського центру звернень припинив роботу з 1 березня.",
    ],
)
def test_a_channel_that_starts_or_stops_working_says_nothing(text: str) -> None:
    # the channel as the subject of its own life («прекратил работу», «начал работу»): told about, not cited
    assert names(text) == []


def test_a_channel_that_started_working_and_reported_is_cited() -> None:
    text = "Телеграм-канал «Вечерний Омск», который начал работу в 2021 году, сообщил о пожаре на складе."
    assert names(text) == ["Вечерний Омск"]


def test_a_body_said_by_name_stays_an_outlet_beside_its_channel() -> None:
    # «В X сообщили», X written there: the body's people, an outlet, even when the text cites X's channel too
    text = ("«Трасса М-4 закрыта для грузовиков», — приводит его слова в Telegram-канале Росавтодор. "
            "В Росавтодоре 4 марта сообщили, что ограничения продлятся до утра.")
    assert outlets(text) == ["Росавтодоре"]
    assert names(text) == ["Росавтодор"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом сообщили в облпрокуратуре.", "облпрокуратуре"),
        ("Об этом пишут в горпрокуратуре.", "горпрокуратуре"),
        ("Об этом сообщили в райадминистрации.", "райадминистрации"),
        ("Про це повідомили у міськадміністрації.", "міськадміністрації"),
        ("Об этом пишут в Минтрансе.", "Минтрансе"),
    ],
)
def test_a_body_with_its_level_as_a_prefix_said_it(text: str, expected: str) -> None:
    # «сообщили в облпрокуратуре», «пишут в X»: the level of government written into the body's word
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Телеграм-канал, близкий к мэрии Самары, опубликовал список закрытых улиц.",
        "Ранее Telegram-канал, связанный с «Северным флотом», сообщил об учениях.",
        "Один из телеграм-каналов опубликовал видео задержания.",
        "Один із телеграм-каналів, близьких до ОВА, повідомив про вибухи.",
    ],
)
def test_one_channel_told_by_what_it_is_is_cited_without_a_name(text: str) -> None:
    # «телеграм-канал, близкий к X, опубликовал»: a citation of a channel the text does not name
    found = [c for c in telegram(text) if c.rule == "tg.prose.unnamed"]
    assert len(found) == 1 and found[0].name is None


def test_a_bare_channel_word_with_its_verb_is_left_to_the_channel_named_before() -> None:
    assert telegram("Телеграм-канал сообщил, что задержанных двое.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Политик отреагировал на появление Telegram-канала с заявлениями про него и «Роснефть».",
        "Мэр отреагировал на создание телеграм-канала с сообщениями про него и Росгвардию.",
    ],
)
def test_what_a_channel_is_about_does_not_name_it(text: str) -> None:
    # «Telegram-канал с заявлениями про X»: X is the channel's topic, not its name or owner
    assert names(text) == []


def test_a_pronoun_opening_the_text_stands_for_the_person_named_next() -> None:
    # the title that named him left out: «Об этом он написал в Telegram. Как рассказал Петров, …»
    text = ("Об этом он написал в Telegram.\nКак рассказал губернатор Олег Петров, ремонт моста завершат к осени. "
            "«Работы идут по графику», — говорится в сообщении.")
    assert owners(text) == ["Олег Петров"]
