"""Session 21, precision of Telegram citations: text that looks like a Telegram citation and is not (Telegram in
what was reported, a channel deleted, a channel's audience), beside true citations that must stay. Every sentence
here is made up."""

from __future__ import annotations

import pytest

from tests.citations_found import telegram


@pytest.mark.parametrize(
    "text",
    [
        # Telegram inside the clause a verb of saying reports: what was said, not where
        "Эксперт по кибербезопасности Ирина Смолина предупредила, что в мессенджере Telegram появился вредоносный бот.",
        "Депутат Олег Миронов заявил журналистам, что в Telegram скоро запустят платные каналы.",
        "Аналітик Марина Коваль попередила, що в месенджері Telegram з'явилися фейкові канали банків.",
        "Researchers told the Guardian that criminals were able to hijack dozens of accounts on Telegram last year.",
        "Tom Baker and Anna Reed claim that they discovered their Telegram accounts had been accessed by strangers.",
        # a channel deleted or closed: nothing said there
        "Мэр Игорь Соколов решил удалить свой телеграм-канал после критики.",
        "Депутатка Олена Шевчук вирішила видалити свій телеграм-канал.",
        "The mayor, John Carter, deleted his Telegram channel after the scandal.",
        # a channel advertised: an invitation to subscribe to it, in any form
        "Певица Дарья Лис пригласила поклонников подписаться на её Телеграм-канал.",
        "Актор Павло Сич закликав глядачів підписатися на його телеграм-канал.",
        "The singer Mia Cole urged her fans to subscribe to her Telegram channel.",
        # the channel's people inside a span that opens with whoever speaks
        "МВД рассказало о задержании трех администраторов Telegram-каналов, публиковавших адреса полицейских.",
        "Полиция сообщила о задержании двух администраторов Telegram-каналов в Омске.",
        # a status given, a list entered, the object first and the doer after: acted on, nothing said
        "Суд Ленинского района признал экстремистским Telegram-канал активистки Анны Лозовой.",
        "Также сообщается о признании экстремистским Telegram-канала «Голос Полесья».",
        "Ещё один. Telegram-канал «Свободный Брест» признали экстремистским.",
        "В список ресурсов, признанных экстремистскими, милиция внесла Telegram-канал «Речица 24».",
        "Телеграм-канал «Одеса Новини» зламали хакери.",
        "Вчера телеграм-канал «Курск Live» взломали неизвестные.",
        "Список пополнился. В частности, речь идет о Telegram-канале «Гомель Сегодня».",
        # a verbless pointer to read more, not a source
        "Все главные новости — в телеграм-канале «Город 24».",
        "Усі новини — у телеграм-каналі «Житомир Онлайн».",
        # what people do on Telegram: their communications there, not a place of saying
        "Reporter Max Lowe, who studied the communications on Telegram of a soldier who posted photos, found the base.",
    ],
)
def test_telegram_not_cited(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a channel's audience written with a decimal figure
        'The best known of them is the Telegram channel "Frontline Notes" (2.4m subscribers), run by two bloggers.',
        "У телеграм-канала «Северный ветер» 1,5 млн подписчиков, его ведут анонимы.",
    ],
)
def test_audience_with_decimals(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a place set off by a comma goes with the verb of saying again
        ("Hamid Nasser said that the strike “was a massacre”, in his post on Telegram.", "Hamid Nasser"),
        # "that" after a noun is a relative pronoun, not what was reported
        ("Ramzan Idrisov posted a video that showed the ruins on his Telegram channel.", "Ramzan Idrisov"),
        ("Oleg Sokol shared a clip that he filmed at night on his Telegram channel.", "Oleg Sokol"),
        # a participle of saying set off by a comma goes with the main verb
        ("Governor Ivan Lebed said that a drone hit a bus, writing on his Telegram channel.", "Ivan Lebed"),
        # a verb of saying inside the reported clause cites again
        ("Губернатор Сергей Лавров сообщил, что в своем телеграм-канале он опубликовал список адресов.",
         "Сергей Лавров"),
        # a verb of commenting makes an audience's channel a citation again
        ("Roman Petrov has backed the plan, commenting on it on his Telegram channel with 1.2 million subscribers.",
         "Roman Petrov"),
    ],
)
def test_still_cited(text: str, owner: str) -> None:
    assert owner in [c.owner for c in telegram(text)]


def test_acted_on_but_speaking() -> None:
    # a verb of saying of the channel's own keeps it: «заблокированный канал X сообщил …»
    assert [c.name for c in telegram("Заблокированный ранее телеграм-канал «Пятница» сообщил о возвращении.")] == [
        "Пятница"]
    assert [c.name for c in telegram("Главное — в Харькове взрывы, пишет телеграм-канал «Сводки».")] == ["Сводки"]


def test_reported_clause_cited_by_the_channels() -> None:
    # the channels say the whole sentence, in any form of the verb: still cited
    text = "Фейк: министр Орлов заявил, что завтра отменят выборы, сообщают местные телеграм-каналы."
    assert [c.text for c in telegram(text)] == ["сообщают местные телеграм-каналы"]


def test_said_on_telegram_that() -> None:
    # the place before "that": where it was said
    assert "Ivan Frolov" in [c.owner for c in telegram("Ivan Frolov wrote on Telegram that the bridge was hit.")]
    assert [c.name for c in telegram("Песков заявил, что Telegram-канал «Утренний Кремль» сообщил неправду.")] == [
        "Утренний Кремль"]
