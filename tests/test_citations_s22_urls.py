"""Links given as sources (session 22): constructions of source lines and link citations, with made-up text."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations
from tests.citations_found import outlets


def urls(text: str) -> list[str]:
    return [c.url or "" for c in extract_citations(article_from_text(text)) if c.kind == "url"]


@pytest.mark.parametrize(
    ("text", "name", "site"),
    [
        ("Мост закрыли на ремонт.\nИсточник: Вечерний курьер - vecherniy-kurier.ru\nДругие новости:",
         "Вечерний курьер", "vecherniy-kurier.ru"),
        ("Міст закрили на ремонт.\nДжерело: Нове слово — novesl.com.ua\n", "Нове слово", "novesl.com.ua"),
        ("The bridge was closed for repairs.\nSource: Steppe Herald – steppeherald.kz", "Steppe Herald",
         "steppeherald.kz"),
        ("Көпір жөндеуге жабылды.\nДереккөз: Дала жаршысы (dalajarshy.kz)\n", "Дала жаршысы", "dalajarshy.kz"),
        ("Мост закрыли.\nИсточник: Городские вести / gorvesti.info\n", "Городские вести", "gorvesti.info"),
    ],
)
def test_a_source_line_naming_an_outlet_and_its_address(text: str, name: str, site: str) -> None:
    # "Source: Name - domain", "Source: Name (domain)": the outlet by its name, and the site's address as a link
    assert name in outlets(text)
    assert "http://" + site in urls(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мост закрыли на ремонт - vecherniy-kurier.ru\n",  # no source label on the line
        "Источник вдохновения - природа.\nПодробности на сайте.",  # a source of inspiration, no site
    ],
)
def test_a_dash_and_a_domain_without_a_source_label_is_no_link(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Пожежу загасили.\nДжерело: ГУ ДСНС у Львівській області\n", "ГУ ДСНС у Львівській області"),
        ("Пожежу загасили, повідомили в ГУНП в Черкаській області.", "ГУНП в Черкаській області"),
        ("Пожар потушили.\nИсточник: ГУ МЧС в Тверской области\n", "ГУ МЧС в Тверской области"),
        ("Об этом сообщили в УФСИН в Омской области.", "УФСИН в Омской области"),
    ],
)
def test_a_body_named_with_its_region_keeps_the_region(text: str, name: str) -> None:
    # «ГУ ДСНС у Львівській області»: the regional branch is the body, its place part of its name
    assert name in outlets(text)


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Prices rose by five percent last year (stepnews.kz/economy/prices-2024).", "stepnews.kz/economy/prices-2024"),
        ("Цены выросли на пять процентов (stat.gov.kz/ru/news/4521).", "stat.gov.kz/ru/news/4521"),
        ("Ціни зросли на п'ять відсотків [stat.gov.ua/news/4521].", "stat.gov.ua/news/4521"),
        ("Prices rose by five percent last year (via stepnews.kz/economy/prices-2024).",
         "stepnews.kz/economy/prices-2024"),
        ("The figures came out on Monday, h/t stepnews.kz/economy/prices-2024", "stepnews.kz/economy/prices-2024"),
        ("Бағалар өсті (дереккөз: stepnews.kz/economy/prices-2024).", "stepnews.kz/economy/prices-2024"),
    ],
)
def test_a_page_address_in_brackets_after_a_claim_is_its_source(text: str, link: str) -> None:
    # a claim, then the page it comes from in brackets, "via" or "h/t" before it or not: a link given as the source
    assert urls(text) == ["http://" + link]


@pytest.mark.parametrize(
    "text",
    [
        "Фото: глава района Иван Примеров (socnet.com/primerov.ivan)\nРабота продолжается.",
        "Photo: the mayor at the site (socnet.com/mayor.page)\nWork goes on.",
        "Prices rose by five percent (see the table in the annex) and stepnews.kz/economy is down.",
    ],
)
def test_a_bracketed_address_in_a_photo_credit_or_unbracketed_is_no_source(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "link", "name"),
    [
        ("Міст закрили.\nПершоджерело: novesl.com.ua/news/123\n", "http://novesl.com.ua/news/123", None),
        ("Мост закрыли.\nПервоисточник: Вечерний курьер\n", None, "Вечерний курьер"),
        ("Міст закрили.\nПершоджерело: Нове слово\n", None, "Нове слово"),
        ("Міст закрили.\nПершоджерело: Нове слово - novesl.com.ua\n", "http://novesl.com.ua", "Нове слово"),
    ],
)
def test_an_original_source_label_opens_a_source_line(text: str, link: str | None, name: str | None) -> None:
    # «Первоисточник:», «Першоджерело:» ("the original source") label a source line as «Источник:» does
    if link:
        assert link in urls(text)
    if name:
        assert name in outlets(text)


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("This story was originally published at stepnews.kz/economy/prices-2024", "stepnews.kz/economy/prices-2024"),
        ("The article first appeared on stepnews.kz/economy/prices-2024.", "stepnews.kz/economy/prices-2024"),
        ("Міст закрили, пише novesl.com.ua/news/123", "novesl.com.ua/news/123"),
        ("Мост закрыли, сообщает vecherniy-kurier.ru/news/12.", "vecherniy-kurier.ru/news/12"),
        ("According to stepnews.kz/economy/prices-2024, prices rose.", "stepnews.kz/economy/prices-2024"),
        ("Көпір жабылды, деп хабарлайды dalajarshy.kz/news/77.", "dalajarshy.kz/news/77"),
    ],
)
def test_a_page_address_a_report_is_credited_to_is_a_link(text: str, link: str) -> None:
    # "originally published at x.kz/a", «пише x.ua/a»: the page the story comes from, written without scheme
    assert "http://" + link in urls(text) + [c.url for c in extract_citations(article_from_text(text))]


@pytest.mark.parametrize(
    "text",
    [
        "«Обломки упали на пустырь», — написал градоначальник в своём канале в Max.",
        "«Работы продолжаются», — сообщил глава округа в своем канале в MAX.",
    ],
)
def test_a_channel_in_the_max_messenger_is_no_outlet(text: str) -> None:
    # MAX is a messenger, as VK or WhatsApp: its name where a channel is is no outlet's
    assert "Max" not in outlets(text) and "MAX" not in outlets(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The birds were released, the agency learned from the local mayor's office.", "the local mayor's office"),
        ("The school reopened, Kursiv learned from the regional education department.",
         "the regional education department"),
        ("The road reopened, Vlast learnt from the city akimat.", "the city akimat"),
    ],
)
def test_a_body_in_lowercase_a_newsroom_learned_from_is_a_source(text: str, name: str) -> None:
    # "learned from the local mayor's office": who told the newsroom, named by its office in lowercase
    assert name in outlets(text)


def test_learning_from_a_person_or_a_mistake_cites_no_body() -> None:
    assert outlets("The team learned from the mistakes of the past season.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Мост закрыли.\nРеклама: https://shop-best.ru/promo\n",
        "Мост закрыли.\nРеклама. ООО «Лучший магазин», https://shop-best.ru/sale\n",
        "Міст закрили.\nНа правах реклами: https://shop-best.ua/sale\n",
        "The bridge was closed.\nAdvertisement: https://shop-best.com/sale\n",
        "The bridge was closed.\nSponsored: https://shop-best.com/sale\n",
        "Көпір жабылды.\nЖарнама: https://shop-best.kz/sale\n",
    ],
)
def test_a_link_on_an_advertising_line_is_no_source(text: str) -> None:
    # a line that says it is an advertisement: its link sells, it cites nothing
    assert urls(text) == []


def test_a_source_line_after_an_advertisement_still_cites() -> None:
    text = "Мост закрыли.\nРеклама: https://shop-best.ru/promo\nИсточник: https://vecherniy-kurier.ru/news/12\n"
    assert urls(text) == ["https://vecherniy-kurier.ru/news/12"]


@pytest.mark.parametrize(
    "text",
    [
        "Мост закрыли.\nПри использовании материалов гиперссылка на https://vecherniy-kurier.ru обязательна.",
        "Міст закрили.\nПри передруку посилання на https://novesl.com.ua/ обов'язкове.",
        "The bridge was closed.\nReproduction is allowed only with a hyperlink to https://steppeherald.kz",
        "Көпір жабылды.\nМатериалды көшіргенде https://dalajarshy.kz сайтына гиперсілтеме міндетті.",
    ],
)
def test_the_home_page_a_reprint_notice_asks_to_link_is_no_source(text: str) -> None:
    # «при перепечатке ссылка на https://site.ru обязательна»: the publisher's own site, asked for, cites nothing
    assert urls(text) == []


def test_a_reprint_notice_keeps_a_source_line_after_it() -> None:
    text = ("Мост закрыли.\nПри перепечатке ссылка на https://vecherniy-kurier.ru обязательна.\n"
            "Источник: https://gorvesti.info/news/5")
    assert urls(text) == ["https://gorvesti.info/news/5"]


@pytest.mark.parametrize(
    "text",
    [
        "Мост закрыли, сообщили в мэрии.\nНаш Telegram: t.me/vecherniy_kurier",
        "The bridge was closed, the akimat said.\nOur Telegram channel: t.me/steppeherald",
        "Көпір жабылды.\nБіздің Telegram-арнамыз: t.me/dalajarshy",
        "Міст закрили.\nНаш телеграм — https://t.me/novesl_ua",
    ],
)
def test_our_channel_labelled_before_its_link_is_a_promotion(text: str) -> None:
    # «Наш Telegram: t.me/x», "Our Telegram channel: …": the publisher's own channel, not a source
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == []


def test_a_channel_cited_after_a_promotion_line_is_still_cited() -> None:
    text = "Наш Telegram: t.me/vecherniy_kurier\nОб этом сообщил канал «Примерный» (t.me/primerny_kanal/15)."
    found = [c.url for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert found == ["https://t.me/primerny_kanal/15"]
