"""English citations (session 22, fresh pages citing Telegram channels): constructions, each with made-up variants."""

from __future__ import annotations

import pytest

from tests.citations_found import names, outlets, owners, telegram


def who(text: str) -> list[str]:
    return [name or owner or "" for name, owner in zip(names(text), owners(text), strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Late on Friday, the Zorvan Brigade militia, one of the network's strongest factions, vowed revenge "
         "for its fallen commander in a message on Telegram.", "Zorvan Brigade"),
        ("The Kestrel Front, a group close to the army, thanked its supporters in a post on Telegram.",
         "Kestrel Front"),
        ("The Harven Guard militia, one of Dorland's oldest armed units, denied the claims on Telegram.",
         "Harven Guard"),
    ],
)
def test_a_description_set_off_by_commas_leaves_the_name_before_it_the_speaker(text: str, expected: str) -> None:
    # "X, one of …, vowed … in a message on Telegram": the verb's subject is the name before the aside
    assert expected in who(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbor Council said the port had reopened. \"All ships may dock again,\" the message on the Telegram "
         "channel said.", "Harbor Council"),
        ("The regional health department said three clinics had closed. \"Patients will be moved,\" the statement "
         "on the Telegram channel said.", "regional health department"),
    ],
)
def test_the_telegram_channel_first_named_after_a_body_spoke_is_that_bodys(text: str, expected: str) -> None:
    # a definite "the Telegram channel" nobody introduced, right after a body said something: that body's channel
    assert expected in [n for n, _ in telegram_of(text) if "Telegram" in _]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported the port had reopened. \"All ships may dock again,\" the Telegram channel said.",
        "The Harbor Council said the port had reopened. A Telegram channel close to the crews posted a video. "
        "\"All ships may dock again,\" the Telegram channel said.",
    ],
)
def test_no_body_or_a_channel_introduced_before_leaves_the_telegram_channel_unnamed(text: str) -> None:
    assert {n for n, t in telegram_of(text) if "Telegram" in t} == {None}


def telegram_of(text: str) -> list[tuple[str | None, str]]:
    return [(c.name, c.text) for c in telegram(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A channel on messaging service Telegram, considered close to the rebels, has identified the driver as a "
        "member.",
        "A Telegram channel close to the rebels has identified the driver as a member.",
        "A pro-government Telegram channel linked to the ministry claimed that the bridge was hit.",
    ],
)
def test_one_unnamed_channel_described_before_its_verb_is_cited(text: str) -> None:
    # "A channel on Telegram, <what it is>, has <verb>": a channel cited without its name
    assert [c.name for c in telegram(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "A Telegram channel close to the rebels has 40,000 followers.",
        "A channel on Telegram, which he founded in 2019, has grown quickly.",
    ],
)
def test_a_channel_described_with_no_verb_of_saying_is_no_citation(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The news was confirmed by State Duma Deputy Mikhail Delyagin. Later, he deleted his post.",
        "The report was confirmed by Senate Majority Leader John Thune on Monday.",
        "The figures were published by Bundestag member Anna Keller on Friday.",
    ],
)
def test_a_body_then_an_office_in_it_and_its_holder_is_a_person_not_an_outlet(text: str) -> None:
    # "by <Body> <Office> <First Last>": the holder is the source, the body only says where the office is
    assert outlets(text) == []


def test_the_body_alone_after_by_stays_an_outlet() -> None:
    assert outlets("The report was confirmed by the State Duma on Monday.") == ["State Duma"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said the road was closed.\n\n(With information from Europa Press)", ["Europa Press"]),
        ("Prices rose again in May.\n(With information from AFP and EFE)", ["AFP", "EFE"]),
    ],
)
def test_a_closing_line_with_information_from_an_agency_cites_it(text: str, expected: list[str]) -> None:
    # "(With information from X)" closing the story: the agencies it was put together from
    assert all(name in outlets(text) for name in expected)


def test_information_from_inside_a_sentence_is_no_source_line() -> None:
    assert outlets("He came back with information from the front.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The outage ended at noon. Only verified information is available on ZETA.NEWS Telegram channel and Viber. "
        "Do not fall for fakes!",
        "The outage ended at noon. All the latest news is available on the Kestrel Daily Telegram channel.",
    ],
)
def test_where_news_is_available_is_the_publishers_feed_not_a_source(text: str) -> None:
    # "<information/news> is available on X Telegram channel": a pointer to a feed to follow
    assert telegram(text) == []


def test_a_statement_available_on_a_channel_still_cites_it() -> None:
    text = "The full statement is available on the ministry's Telegram channel, the agency said."
    assert len(telegram(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 70% of users cannot access the app. This is evidenced by data from the Downdetector portal.",
         "Downdetector"),
        ("Prices fell sharply, as shown by figures from the Kestrel Statistics Office.", "Kestrel Statistics Office"),
    ],
)
def test_data_from_a_body_that_bears_a_claim_out_cites_it(text: str, expected: str) -> None:
    # "evidenced / shown by data from X": the data are the source, as "according to data from X"
    assert expected in outlets(text)


def test_data_from_a_body_held_somewhere_cites_nothing() -> None:
    assert outlets("The archive holds data from the Kestrel Statistics Office.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The statement, republished in the state newspaper Kestrel Times, followed the vote.", "Kestrel Times"),
        ("The statement was reprinted after appearing in the Kestrel Times.", "Kestrel Times"),
        ("The statement, republished in the Iranian state newspaper Kestrel Times after appearing in the New Harbor "
         "publication, followed the vote.", "New Harbor"),
    ],
)
def test_a_statement_republished_in_or_appearing_in_a_paper_cites_it(text: str, expected: str) -> None:
    # "republished in the newspaper X", "after appearing in the Y publication": where the words were printed
    assert expected in outlets(text)


def test_appearing_in_a_film_cites_nothing() -> None:
    assert outlets("The actor, appearing in the film Kestrel Night, said he was tired.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bloggers criticized the army. This reports The Kestrel Herald with reference to a new report by the "
         "Harbor Institute.", "Kestrel Herald"),
        ("This reports Kestrel Daily citing the regional police.", "Kestrel Daily"),
    ],
)
def test_this_reports_x_with_reference_to_cites_x(text: str, expected: str) -> None:
    # a word-for-word translation of «Об этом сообщает X со ссылкой на …»: X is the outlet
    assert expected in outlets(text)


def test_it_reports_something_to_someone_cites_nobody() -> None:
    assert outlets("It reports the results to Congress with reference to the law.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Several Telegram channels close to the army reported that the bridge was hit.",
        "Some channels on Telegram, considered close to the rebels, have published the list.",
    ],
)
def test_unnamed_channels_described_before_their_verb_are_cited(text: str) -> None:
    # the plural of "A Telegram channel close to X claimed": channels cited without a name
    assert [c.name for c in telegram(text)] == [None]


def test_channels_described_with_no_verb_of_saying_are_no_citation() -> None:
    assert telegram("Many Telegram channels linked to the ministry have thousands of followers.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbor Institute, one of the country's oldest think tanks, said the plan would fail.",
         "Harbor Institute"),
        ("The Kestrel Corporation, a maker of drones, said sales fell.", "Kestrel Corporation"),
    ],
)
def test_a_description_between_a_body_and_its_verb_leaves_the_body_the_outlet(text: str, expected: str) -> None:
    # "X, one of …, said", "X, a …, said": the name before the aside speaks (as on Telegram, above)
    assert expected in outlets(text)


def test_a_person_described_between_commas_is_no_outlet() -> None:
    assert outlets("John Smith, a local farmer, said the river had flooded.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbor Council said the port had reopened. \"All ships may dock again,\" the post on its Telegram "
         "channel read.", {"Harbor Council"}),
        ("\"All ships may dock again,\" the post on its Telegram channel read.", {None}),
    ],
)
def test_its_channel_after_a_quotation_is_not_the_quotations_first_word(text: str, expected: set[str | None]) -> None:
    # a sentence opening with a quotation: a capitalised word inside it is what was said, not whose "its" is
    assert set(names(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Council said the port had reopened. \"All ships may dock again,\" the statement posted on "
        "Telegram said.",
        "The Harbor Council said the port had reopened. \"All ships may dock again,\" the message on Telegram read.",
    ],
)
def test_the_post_on_telegram_right_after_a_body_spoke_is_on_that_bodys_channel(text: str) -> None:
    # as "the message on the Telegram channel said": the body just heard is whose post it is
    assert any(n == "Harbor Council" and "Telegram" in t for n, t in telegram_of(text))


def test_the_post_on_telegram_after_a_medium_reported_names_no_channel() -> None:
    text = ("Reuters reported the port had reopened. \"All ships may dock again,\" the statement posted on "
            "Telegram said.")
    assert [n for n, _ in telegram_of(text)] in ([], [None])
