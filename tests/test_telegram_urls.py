"""t.me reference recognition and URL building (archiver.capture.telegram.urls)."""

from __future__ import annotations

import pytest

from archiver.capture.telegram.urls import (
    TELEGRAM_HOSTS,
    TelegramRef,
    embed_url,
    feed_url,
    is_valid_handle,
    landing_url,
    parse_telegram_ref,
    post_url,
)


@pytest.mark.parametrize(
    ("value", "handle", "post_id"),
    [
        ("durov", "durov", None),
        ("@durov", "durov", None),
        ("  @durov \n", "durov", None),
        ("t.me/durov", "durov", None),
        ("t.me/durov/", "durov", None),
        ("www.t.me/durov", "durov", None),
        ("https://t.me/s/durov", "durov", None),
        ("https://t.me/s/durov?before=505", "durov", None),
        ("http://t.me/durov", "durov", None),
        ("https://telegram.me/durov/505", "durov", 505),
        ("https://telegram.dog/durov/505", "durov", 505),
        ("https://T.ME/Durov/505", "Durov", 505),
        ("https://t.me:443/durov", "durov", None),
        ("https://t.me/s/durov/505", "durov", 505),
        ("https://t.me/durov/505?embed=1", "durov", 505),
        ("https://t.me/durov/505?embed=1&mode=tme", "durov", 505),
        ("https://t.me/durov/510?single", "durov", 510),
        ("https://t.me/durov/505#comments", "durov", 505),
        ("durov.t.me", "durov", None),
        ("https://durov.t.me/", "durov", None),
        ("durov.t.me/505", "durov", 505),
        ("tg://resolve?domain=durov", "durov", None),
        ("tg://resolve?domain=durov&post=505", "durov", 505),
        ("https://t.me/test_channel/1001", "test_channel", 1001),
        ("https://t.me/BotFather", "BotFather", None),
        ("a" * 32, "a" * 32, None),
    ],
)
def test_recognised_forms(value: str, handle: str, post_id: int | None) -> None:
    ref = parse_telegram_ref(value)
    assert ref is not None
    assert ref.handle == handle
    assert ref.post_id == post_id


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "https://example.com/durov",
        "https://example.com/t.me/durov",
        "https://not-t.me/durov",
        "https://t.me.evil.example/durov",
        "https://t.me/c/1006503122/505",  # members only
        "https://t.me/+AbCdEfGhIjKlMnOp",  # invitation
        "t.me/+AbCdEfGhIjKlMnOp",
        "https://t.me/joinchat/AbCdEfGhIjKl",  # invitation
        "https://t.me/addstickers/SomePack",
        "https://t.me/share/url?url=https://example.com",
        "https://t.me/proxy?server=1.2.3.4",
        "https://t.me/",
        "https://t.me/s/",
        "https://t.me/durov/abc",
        "https://t.me/durov/0",
        "https://t.me/group/12/34",  # topic links are not channel posts
        "@dur",  # too short
        "abc",  # 3 characters
        "a" * 33,  # too long
        "1durov",  # must start with a letter
        "_durov",
        "du-rov",
        "@du rov",
        "durov/505",
        "https://www.t.me.example.org/durov",
        "ftp://t.me/durov",
        "https://www.durov.t.me/",
        "mailto:durov@t.me",
        "tg://msg?to=durov",
        "http://[::1/durov",  # invalid IPv6 literal
    ],
)
def test_refused_forms(value: str) -> None:
    assert parse_telegram_ref(value) is None


def test_ref_keeps_case_but_compares_case_insensitively() -> None:
    a = parse_telegram_ref("https://t.me/Durov/505")
    b = parse_telegram_ref("@durov")
    assert a is not None and b is not None
    assert a.handle == "Durov"
    assert a.key == "durov" == b.key
    assert a == TelegramRef("DUROV", 505)
    assert a != b  # different post
    assert len({a, TelegramRef("durov", 505), TelegramRef("DuRoV", 505)}) == 1
    assert a.url == "https://t.me/Durov/505"
    assert b.url == "https://t.me/durov"


def test_hosts() -> None:
    assert {"t.me", "telegram.me", "telegram.dog", "www.t.me"} <= TELEGRAM_HOSTS


def test_is_valid_handle() -> None:
    assert is_valid_handle("durov")
    assert is_valid_handle("test_channel")
    assert not is_valid_handle("joinchat")
    assert not is_valid_handle("durov!")


def test_url_builders_use_the_configurable_base() -> None:
    assert feed_url("https://t.me", "durov") == "https://t.me/s/durov"
    assert feed_url("https://t.me/", "durov", before=505) == "https://t.me/s/durov?before=505"
    assert feed_url("http://127.0.0.1:8080", "durov", 10) == "http://127.0.0.1:8080/s/durov?before=10"
    assert embed_url("https://t.me", "durov", 505) == "https://t.me/durov/505?embed=1&mode=tme"
    assert embed_url("http://127.0.0.1:8080", "durov", 5) == "http://127.0.0.1:8080/durov/5?embed=1&mode=tme"
    assert landing_url("https://telegram.me", "durov") == "https://telegram.me/durov"


def test_post_url_is_always_canonical_t_me() -> None:
    assert post_url("durov", 505) == "https://t.me/durov/505"
    assert post_url("Test_Channel", 1) == "https://t.me/Test_Channel/1"


def test_built_urls_round_trip_through_the_recogniser() -> None:
    for url in (feed_url("https://t.me", "durov", 7), embed_url("https://t.me", "durov", 7), post_url("durov", 7)):
        ref = parse_telegram_ref(url)
        assert ref is not None and ref.key == "durov"
    assert parse_telegram_ref(embed_url("https://t.me", "durov", 7)) == TelegramRef("durov", 7)
