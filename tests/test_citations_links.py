"""URLs, Telegram links and @handles written in text or carried by anchors."""

from __future__ import annotations

import pytest

from archiver.citations.links import (
    find_anchor_links,
    find_handles,
    find_links,
    telegram_link,
    trim_url,
)


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("https://example.com/a.", "https://example.com/a"),
        ("https://example.com/a),", "https://example.com/a"),
        ("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("https://en.wikipedia.org/wiki/Foo_(bar)).", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("https://example.com/?q=1&x=2!?", "https://example.com/?q=1&x=2"),
        ("https://example.com/path»", "https://example.com/path"),
        ("https://example.com/" + ")" * 10_000, "https://example.com/"),
    ],
)
def test_trim_url(raw: str, url: str) -> None:
    assert trim_url(raw) == url


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("t.me/rybar", ("rybar", "https://t.me/s/rybar")),
        ("https://t.me/rybar/71234", ("rybar", "https://t.me/rybar/71234")),
        ("https://t.me/s/rybar", ("rybar", "https://t.me/s/rybar")),
        ("https://t.me/s/rybar/71234?single", ("rybar", "https://t.me/rybar/71234")),
        ("http://telegram.me/Two_Majors/5?comment=7", ("Two_Majors", "https://t.me/Two_Majors/5")),
        ("telegram.dog/durov", ("durov", "https://t.me/s/durov")),
        ("https://rybar.t.me/", ("rybar", "https://t.me/s/rybar")),
        ("https://t.me/c/1234567/89", (None, "https://t.me/c/1234567/89")),
        ("t.me/+AbCdEf123", (None, "https://t.me/+AbCdEf123")),
        ("https://t.me/joinchat/AAAAAE", (None, "https://t.me/joinchat/AAAAAE")),
        ("https://t.me/share/url?url=x", (None, "https://t.me/share/url?url=x")),
        ("tg://resolve?domain=rybar", ("rybar", "https://t.me/s/rybar")),
        ("https://example.com/t.me/x", None),
    ],
)
def test_telegram_link(raw: str, expected: tuple[str | None, str] | None) -> None:
    assert telegram_link(raw) == expected


def test_find_links_classifies_and_keeps_spans() -> None:
    text = (
        "See https://example.com/a.b?c=1, www.example.org/page. and (t.me/rybar/5).\n"
        "Original Source: https://www.toutiao.com/article/7513490419024511527/\n"
        "Источник: https://t.me/s/dva_majors\nhttp://x  smart.me/x notat.me/y https://"
    )
    found = find_links(text)
    for m in found:
        assert text[m.start : m.end] and " " not in text[m.start : m.end]
    got = [(m.kind, m.rule, m.url, m.handle) for m in found]
    assert got == [
        ("url", "url.bare", "https://example.com/a.b?c=1", None),
        ("url", "url.www", "http://www.example.org/page", None),
        ("telegram", "tg.link", "https://t.me/rybar/5", "rybar"),
        ("url", "url.source_line", "https://www.toutiao.com/article/7513490419024511527/", None),
        ("telegram", "tg.link.source_line", "https://t.me/s/dva_majors", "dva_majors"),
    ]


def test_a_telegram_host_with_no_path_names_no_channel() -> None:
    assert find_links("It is personal to me and Telegram (https://t.me/\nAnd t.me/ too.") == []
    assert [m.handle for m in find_links("Join https://t.me/+AbCdEf12 or t.me/primer_news.")] == [None, "primer_news"]


def test_sites_under_cyrillic_domains_need_no_scheme() -> None:
    text = ("Подробности на сайте стопкоронавирус.рф, данные — мвд.рф/news/item/123. Сайт mvs.gov.укр; "
            "Источник: объясняем.рф\nа вот Lenta.ru, адрес info@почта.рф и т.д./пр. — не ссылки.")
    found = find_links(text)
    assert [(m.rule, text[m.start : m.end], m.url) for m in found] == [
        ("url.domain", "стопкоронавирус.рф", "http://стопкоронавирус.рф"),
        ("url.domain", "мвд.рф/news/item/123", "http://мвд.рф/news/item/123"),
        ("url.domain", "mvs.gov.укр", "http://mvs.gov.укр"),
        ("url.source_line", "объясняем.рф", "http://объясняем.рф"),
    ]
    assert find_links("Загляните на https://мвд.рф/news.")[0].rule == "url.bare"  # one citation, not two


def test_handles_but_not_emails_or_url_parts() -> None:
    text = ("Follow @rybar and (@Two_Majors). Mail info@rybar.ru or @gmail.com; https://medium.com/@someone_x; "
            "@abc is too short; @a_very_long_handle_that_is_way_too_long_for_telegram no.")
    assert [m.handle for m in find_handles(text)] == ["rybar", "Two_Majors"]
    assert all(text[m.start : m.end] == "@" + (m.handle or "") for m in find_handles(text))
    assert find_handles("on Twitter, @elonmusk wrote; в инстаграме @some_star") == []


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        # an embedded tweet's signature, as Russian and Ukrainian pages date it, and a byline's: Twitter accounts
        ("Проблема решается.\n\n— Pavel Durov (@durov) 28 апреля 2018 г.\n\nРанее сообщалось", []),
        ("— Олена Петренко (@olena_p) 3 квітня 2024 р.", []),
        ("By Mohammad Ali (@ChaudhryMAli88) Published May 04, 2023 | 09:30 AM", []),
        ("— Jane Doe (@jane_doe) October 31, 2023", []),
        # a bot to write to is no channel cited
        ("Звернутися можна у чат-бот Телеграм: @Police102Poltava або телефоном.", []),
        ("Скарги приймає бот @city_help_bot.", []),
        # a channel embedded with its name, no date after: Telegram
        ("Сергей Ерёмин (@eremin_krsk)\n\nДоброе утро!", ["eremin_krsk"]),
        ("Подробности в канале @rybar 28 апреля.", ["rybar"]),
        # an attribute in code a page printed: no handle
        ("/ html / head / meta[@name=\"og:title\"]/ @ content", []),
    ],
)
def test_handles_of_tweets_and_bots_are_not_channels(text: str, handles: list[str]) -> None:
    assert [m.handle for m in find_handles(text)] == handles


def test_anchor_links() -> None:
    text = "Reuters wrote. Рыбарь wrote. пишет here. Bad."
    links = (
        ("https://www.reuters.com/x", 0, 7),
        ("https://t.me/rybar", 15, 21),
        ("//t.me/s/two_majors/9", 29, 34),
        ("mailto:x@y.z", 35, 39),
        ("https://x.org", 40, 999),  # offsets outside the text: ignored, not an exception
    )
    found = find_anchor_links(text, links)
    assert [(m.kind, m.rule, m.url, m.handle, m.name) for m in found] == [
        ("url", "url.anchor", "https://www.reuters.com/x", None, None),
        ("telegram", "tg.anchor", "https://t.me/s/rybar", "rybar", "Рыбарь"),
        ("telegram", "tg.anchor", "https://t.me/two_majors/9", "two_majors", None),
    ]


def test_telegram_web_addresses_of_a_chat_are_telegram_links() -> None:
    assert telegram_link("https://web.telegram.org/k/#@dtek_ua") == ("dtek_ua", "https://t.me/s/dtek_ua")
    assert telegram_link("https://web.telegram.org/z/#/im?p=@rybar") == ("rybar", "https://t.me/s/rybar")
    assert telegram_link("https://web.telegram.org/a/#-1001234567") == (None, "https://web.telegram.org/a/#-1001234567")
    assert telegram_link("https://web.telegram.org/") is None  # the app itself, no chat
    found = find_links("Джерело: https://web.telegram.org/k/#@dtek_ua")
    assert [(m.kind, m.handle) for m in found] == [("telegram", "dtek_ua")]


@pytest.mark.parametrize(
    "text, url",
    [
        ("Source: example.com/news/1", "http://example.com/news/1"),
        ("Источник: ria.ru/20230101/x.html", "http://ria.ru/20230101/x.html"),
        ("Джерело – pravda.com.ua/news/2023/01/01/7385000/", "http://pravda.com.ua/news/2023/01/01/7385000/"),
        ("Дереккөз: tengrinews.kz/kazakhstan_news/123.", "http://tengrinews.kz/kazakhstan_news/123"),
    ],
)
def test_a_domain_with_a_path_on_a_source_line_is_a_link(text: str, url: str) -> None:
    [link] = [m for m in find_links(text) if m.kind == "url"]
    assert link.url == url and link.rule == "url.source_line" and "http://" + text[link.start : link.end] == url


@pytest.mark.parametrize("text", ["Источник: ria.ru", "Источник: ria.ru/", "The site example.com/news/1 says so.",
                                  "Our sources: Reuters/AP"])
def test_a_bare_domain_or_one_outside_a_source_line_is_left_to_outlets(text: str) -> None:
    assert [m for m in find_links(text) if m.kind == "url"] == []
