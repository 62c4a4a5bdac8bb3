"""Traps every rule's output passes through: photo credits, the publisher's own channel, TV channels
(made-up sentences, none copied from the corpus)."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.name or c.owner) for c in extract_citations(article_from_text(text)) if c.kind != "url"]


@pytest.mark.parametrize(
    "text",
    [
        "Взрыв прогремел ночью.\nФото: телеграм-канал «Северный ветер»\nЖители не пострадали.",
        "The blast was heard at night.\nPhoto: Telegram channel of the Latvian Navy\nNo one was hurt.",
        "Скриншот: Telegram-канал «Утренний город»",
        "Больше новостей — в нашем телеграм-канале «Город N».",
        "As our Telegram channel reported, the roads are closed.",
        "Об этом пишет Telegram-канал «Пятый угол». Новости канала «Шестой канал» показали сюжет о пожаре.",
        "Кадр из видео/Telegram-канал «Северный ветер»\nЖители не пострадали.",
        "Новости города каждый день: подпишитесь на канал Город N в Telegram.",
        "Сообщить о нарушении можно через бот t.me/city_help_bot.",
        # a credit line with no colon: the word, then whose picture it is, no full stop
        "Пожар потушен.\nФото пресс-службы МЧС и Telegram-канала «Город N»\nКомментарии",
        "Пожар потушен.\nФото из tg-канала «Город N»",
        "Пожар потушен.\nФото из tg-канала Город N",
    ],
)
def test_traps_are_not_citations(text: str) -> None:
    found = kinds(text)
    assert all(name not in ("Северный ветер", "Latvian Navy", "Утренний город", "Город N", "Шестой канал")
               for _, name in found), found
    assert all(kind != "telegram" or name == "Пятый угол" for kind, name in found), found


def test_a_channel_cited_on_a_line_after_a_credit_still_counts() -> None:
    text = "Фото: Иван Петров\nОб этом сообщил телеграм-канал «Северный ветер»."
    assert kinds(text) == [("telegram", "Северный ветер")]


@pytest.mark.parametrize(
    "text",
    [
        "Новини щодня. Підпишіться, щоб мати ще більше новин: t.me/some_news_ua",
        "Ви досі не підписані на телеграм-канал Вечірнього міста? Натисніть тут.",
        "Підписуйтесь на наш Telegram-канал «Ранок».",
        "Следите за самым важным и интересным в мире спорта в Telegram-канале Пример-Спорт, а также читайте нас в Дзен",
        "Слідкуйте за найважливішими новинами регіону в нашому телеграм-каналі «Ранок».",
        # "read it there"; the call to subscribe in the next sentence
        "Термінові та важливі повідомлення читайте на каналі Примерка в Telegram.",
        "Самое интересное – в Telegram-канале «Примерные новости». Подписывайтесь!",
        "Все новости — в Telegram-канале «Примерные новости». Підписуйтесь на канал, щоб бути в курсі.",
    ],
)
def test_ukrainian_promo_lines_in_every_form(text: str) -> None:
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == []


def test_a_sentence_opening_with_photo_still_cites() -> None:
    text = "Фото появилось в Telegram-канале «Северный ветер» утром."  # a sentence, with its full stop
    assert kinds(text) == [("telegram", "Северный ветер")]


def test_a_call_to_subscribe_to_the_publisher_leaves_the_channel_before_cited() -> None:
    text = "Об этом сообщил Telegram-канал «Примерные новости». Подписывайтесь на нас в Дзене."
    assert kinds(text) == [("telegram", "Примерные новости")]


def test_how_to_reach_the_author_is_no_citation() -> None:
    text = ("Do you know more? From a non-working device, Ivan Primerov can be reached securely on Signal at "
            "+1 555 0100 or via Telegram, Keybase and Wire @primerov_ivan or via email.")
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == []


def test_following_someone_elses_posts_is_no_promotion() -> None:
    text = 'Primerov wrote: "If you follow my posts, you know that my family (https://t.me/primerov/15) is from Kyiv."'
    assert [c.handle for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == ["primerov"]
    assert [c for c in extract_citations(article_from_text("Follow us on Telegram: t.me/primer_news"))
            if c.kind == "telegram"] == []


def test_a_channels_subscribers_reporting_is_still_the_channel() -> None:
    text = ("Читачі місцевих Telegram-каналів писали про вибух.\n"
            "Підписники каналу «Південний вітер» повідомили про два вибухи.")
    assert kinds(text) == [("telegram", "Південний вітер")]


def test_a_photo_credit_after_the_captions_sentence_is_a_trap() -> None:
    text = "Президент встретился с министром. Фото: t.me/example_press\n\nВстреча прошла в Астане."
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Telegram-канали «Штаб Прикладу» та «Черговий Приклад» є російськими проєктами.",
        "Он сказал, что канал \"Утро Примера\" администрируется из-за рубежа.",
    ],
)
def test_what_a_channel_is_is_no_citation(text: str) -> None:
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В редакции Telegram-канала Пример прошли обыски.", []),
        ("В редакции Telegram-канала Пример сообщили, что обысков не было.", ["Пример"]),
    ],
)
def test_a_channels_newsroom_is_a_place_unless_it_says_something(text: str, expected: list[str]) -> None:
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == expected


def test_what_a_channel_is_with_a_verb_of_saying_is_still_cited() -> None:
    text = "Telegram-канал «Пример» является крупнейшим в регионе и первым сообщил о взрыве."
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == ["Пример"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # introduced by its name, nothing said: the story is about the channel
        ("The police found a Telegram channel named “Primer Horror.”", []),
        ("Суд заблокировал Telegram-канал под названием «Примерный город».", []),
        # introduced so, then it says something: cited
        ("A Telegram channel called “Primer Horror” reported the arrests.", [("telegram", "Primer Horror")]),
    ],
)
def test_a_channel_introduced_by_its_name_is_cited_only_when_it_says_something(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Хакеры взломали Telegram-канал Ивана Примерова.", []),
        ("Суд заблокировал Telegram-канал «Примерный».", []),
        ("Telegram-канал «Примерный» был заблокирован в России.", []),
        ("The Telegram channel Primer was banned in Belarus.", []),
        ("On July 16, the court declared extremist the Telegram channel “Primer 97%”.", []),
        ("Also, the Telegram channel “Primer 98%” was found extremist by the court.", []),
        ("МВД Примерии запустило телеграм-канал «Разыскивает полиция». В нем будет информация о розыске.", []),
        # a verb of saying in the sentence makes the channel a source again
        ("Суд заблокировал Telegram-канал «Примерный», сообщили в суде.", [("telegram", "Примерный")]),
        # unless that verb is another source's: here the rights centre said it
        ("Primer, whose Primer News Telegram channel was designated as extremist, was detained, the Primer Human "
         "Rights Centre said.", []),
        # the founder before "Telegram channel X" (a channel known by name: its own rule reads "channel Mash"), or
        # after the channel in a headline
        ("The Primer Interior Ministry confirmed that the founder of Telegram channel Mash was detained.", []),
        ("Primerinform Telegram Channel Founder Detained In Primeria", []),
        # a headline without the auxiliary
        ("Website run by Primer TV, its Telegram channel and pages on social media declared extremist", []),
    ],
)
def test_a_channel_something_was_done_to_is_not_cited(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [k for k in kinds(text) if k[0] == "telegram"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Мост закрыт. Больше срочных и эксклюзивных новостей — в телеграм-канале Примерные Вести",
        "Мост закрыт. Больше актуальных новостей и эксклюзивных видео смотрите в телеграм канале ПВН. Присоединяйтесь!",
        "Міст закрито. Оперативну інформацію публікуємо у телеграм-каналі t.me/primer_news. Приєднуйтеся!",
        "The bridge is closed. More news and videos on our partner's Telegram channel Primer News.",
        # the publisher's own channel by "we" / «наш», a credit line with "credit", Telegram's users
        "Мост закрыт. Мы в Telegram: t.me/primer_news",
        "Мост закрыт.\nНаш канал в Telegram: https://t.me/primer_news",
        "The bridge is closed.\nPhoto credit: Primer Ministry of Defense Telegram channel",
        "Users of Telegram reported outages on Monday.",
    ],
)
def test_the_publishers_more_news_and_join_us_lines_are_promotions(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Мост закрыт на ремонт\n15.05.2024, 10:00\nЧитать на сайте Primersk-news.net\n\nМост закрыли утром.",
        "Мост закрыли утром. Подробнее об этом читайте в материале Примерской службы новостей.",
        "Міст закрили вранці. Читайте також на порталі \"Примерні вісті\" про ремонт доріг.",
    ],
)
def test_an_invitation_to_read_elsewhere_is_no_outlet_cited(text: str) -> None:
    assert [k for k in kinds(text) if k[0] == "outlet"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Школу достроят к декабрю.\nАлина Примерова, ИА «Примеринформ». Фото из телеграм-канала «Примерск сегодня».",
         []),
        ("Скриншот с видео телеграм-канала Primernews\nТакси наехало на людей.", []),
        # a verb in the sentence: the channel published it, a citation
        ("Кадры из видео, опубликованного в телеграм-канале «Примерск сегодня», показывают пожар.",
         [("telegram", "Примерск сегодня")]),
    ],
)
def test_a_sentence_saying_where_a_picture_came_from_is_a_credit(text: str,
                                                                 expected: list[tuple[str, str | None]]) -> None:
    assert [k for k in kinds(text) if k[0] == "telegram"] == expected
