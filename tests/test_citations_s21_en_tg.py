"""English Telegram citations (session 21): constructions seen on fresh news pages, each with made-up variants."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


def telegram(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.owner) for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]


def who(text: str) -> list[str]:
    return [name or owner or "" for name, owner in telegram(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city's Russian-installed authorities said on Telegram that the shelling went on.",
         "city's Russian-installed authorities"),
        ("Kherson's Moscow-appointed authorities posted on Telegram that the ferry was cancelled.",
         "Kherson's Moscow-appointed authorities"),
        ("The occupation authorities in Melitopol wrote on Telegram that the curfew was extended.",
         "occupation authorities in Melitopol"),
        ("The authorities of Horlivka reported on Telegram that two schools were damaged.",
         "authorities of Horlivka"),
        ("The region’s “authorities” announced on Telegram that the vote would go ahead.",
         "region’s “authorities”"),
        ("The district's authorities said on its Telegram channel that water was back.", "district's authorities"),
    ],
)
def test_whose_authorities_said_on_telegram(text: str, expected: str) -> None:
    # authorities the text places (a possessive, who installed them, where they sit) own the channel
    assert expected in who(text)


@pytest.mark.parametrize(
    "text",
    [
        "Local authorities said the bridge was closed, while users on Telegram shared photos.",
        "Officials said the authorities had blocked Telegram in the region.",
    ],
)
def test_authorities_not_said_on_telegram(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A message sent out by the mayor of Sumy, Oleksiy Lysenko, through Telegram suggests the dam is intact.",
         "Oleksiy Lysenko"),
        ("Governor Pavel Orlov sent out an urgent warning on Telegram to the border villages.", "Pavel Orlov"),
        ("The appeal sent by Anna Koval through Telegram asked residents to leave.", "Anna Koval"),
        ("Roman Savchuk, the head of the district, sent a short message via Telegram about the curfew.",
         "Roman Savchuk"),
    ],
)
def test_a_message_sent_on_telegram_is_said_there(text: str, expected: str) -> None:
    assert expected in who(text)


@pytest.mark.parametrize(
    "text",
    [
        "Roman Savchuk sent troops to the border and the fighting was discussed in many Telegram chats.",
        "Anna Koval sent the documents by post; Telegram was blocked that week.",
    ],
)
def test_sending_something_else_is_not_saying(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow Labels Telegram News Channel Vesti Plus ‘Foreign Agent’\n\nThe ministry gave no reason.",
        "Kremlin Bans Telegram Channel Rodina Segodnya\n\nThe decision takes effect on Monday.",
        "The Justice Ministry designated the anti-war Telegram news channel Vesti Plus a “foreign agent” on Friday.",
        "Officials labelled the Telegram channel Rodina Segodnya extremist last week.",
    ],
)
def test_a_channel_labelled_or_designated_is_not_cited(text: str) -> None:
    # a headline's subject and verb are no channel name; a channel designated or labelled is acted on, not cited
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Justice Ministry designated the Telegram news channel Vesti Plus a “foreign agent”. "
         "The news channel said it would keep publishing.", "Vesti Plus"),
        ("Officials labelled the Telegram channel Rodina Segodnya extremist. The channel said the ruling was unlawful.",
         "Rodina Segodnya"),
    ],
)
def test_the_news_channel_said_points_back(text: str, expected: str) -> None:
    assert telegram(text) == [(expected, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police searched the office of the Telegram channel Vesti Plus on Monday, the channel said.", "Vesti Plus"),
        ("Officers raided the headquarters of the Telegram channel Rodina Segodnya, it reported.", "Rodina Segodnya"),
    ],
)
def test_the_office_of_the_channel_is_no_name(text: str, expected: str) -> None:
    # "the office of the": a body's head with an article after "of", no complement: the sentence's words before
    # it are no body's name
    assert all(name == expected for name, _owner in telegram(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Petrenko, a politician whose Telegram channel has 300,000 followers, wrote that the bridge was hit.",
         "Ivan Petrenko"),
        ("Governor Oleg Markov, a man whose Telegram channel residents follow closely, said two drones were downed.",
         "Governor Oleg Markov"),
    ],
)
def test_a_person_whose_channel_is_its_owner(text: str, expected: str) -> None:
    # "X, a … whose Telegram channel": the channel is the person's, the person no channel's name
    assert (None, expected) in telegram(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chechen leader Ramzan Kadyrov in Telegram – The channel clarified that he spoke as a blogger.",
         "Ramzan Kadyrov"),
        ("Governor Oleg Markov in his Telegram - the channel noted that the fire was out.", "Oleg Markov"),
        ("He reported about this in Telegram– the channel said the head of the regional administration Oleg Petrenko.",
         "Oleg Petrenko"),
        ("Residents were told about it in Telegram — the channel wrote the mayor of the city Anna Koval.",
         "Anna Koval"),
    ],
)
def test_telegram_then_the_channel_after_a_dash(text: str, expected: str) -> None:
    # «в Telegram-канале» split in translation: the channel word after the place, a dash between or none
    assert (None, expected) in telegram(text)
