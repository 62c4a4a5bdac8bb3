"""Outlet citations seen on fresh pages in session 21 (not the corpus): constructions, each with made-up variants."""

from __future__ import annotations

import pytest

from tests.citations_found import outlets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian Transport Ministry has denied information that the plane was shot down.",
         "Russian Transport Ministry"),
        ("The Interior Ministry denied the information about the arrests.", "Interior Ministry"),
        ("The Health Ministry has refuted the news that schools will close.", "Health Ministry"),
        ("The Defence Ministry dismissed speculation that troops were moving.", "Defence Ministry"),
    ],
)
def test_a_body_denying_information_is_cited(text: str, expected: str) -> None:
    # «опровергло информацию» as translations put it: the denial is the body's statement
    assert outlets(text) == [expected]


def test_a_body_withholding_information_is_not_cited() -> None:
    assert outlets("The ministry denied information to reporters.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a statement, Roskomnadzor warned news outlets against airing the interview.", "Roskomnadzor"),
        ("Rospotrebnadzor said the outbreak was contained.", "Rospotrebnadzor"),
        ("Rostekhnadzor reported two violations at the plant.", "Rostekhnadzor"),
        ("Sberbank said its app was down for an hour.", "Sberbank"),
    ],
)
def test_a_transliterated_agency_compound_is_an_organisation(text: str, expected: str) -> None:
    # one word, no known name: its Russian compound ending (-nadzor, -bank) says it is a body, not a surname
    assert outlets(text) == [expected]


@pytest.mark.parametrize("text", ["Eisenberg said the app was down.", "Rosenberg said the plant was closed."])
def test_a_surname_is_still_no_outlet(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After Roskomnadzor announced the restrictions, the app slowed down.", "Roskomnadzor"),
        ("When Interfax reported the fire, the plant was already closed.", "Interfax"),
        ("Once Reuters reported the deal, shares rose.", "Reuters"),
        ("Когда ТАСС сообщил о пожаре, завод уже закрыли.", "ТАСС"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_not_part_of_the_name(text: str, expected: str) -> None:
    assert expected in outlets(text)
    assert not any(name and " " in name and name.split()[0] in ("After", "When", "Once", "Когда")
                   for name in outlets(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll has risen to 18, reports the country's Interior Ministry.", "Interior Ministry"),
        ("Flights resumed, said the city's Transport Department.", "Transport Department"),
        ("The bridge is closed, notes the region's Emergency Department.", "Emergency Department"),
    ],
)
def test_a_body_after_the_place_it_belongs_to_is_cited(text: str, expected: str) -> None:
    # "the country's X", "the city's X": whose body, the place named before
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ASTANA. KAZINFORM Anti-terrorist operation regime has been declared in the city.", ["KAZINFORM"]),
        ("ALMATY. KAZINFORM The weather will change tomorrow.", ["KAZINFORM"]),
        ("ALMATY. Smith Johnson said the vote was fair.", []),
        ("KYIV. UNIAN Rescuers are working at the site.", ["UNIAN"]),
    ],
)
def test_a_dateline_with_no_dash_names_a_known_agency(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regime was declared in the city, Kazinform cites Almas Sadubayev, a ministry official.", ["Kazinform"]),
        ("The talks went well, Kazinform cites Akorda.", ["Kazinform", "Akorda"]),
        ("The talks went well, El.kz cites the Foreign Ministry.", ["El.kz", "Foreign Ministry"]),
    ],
)
def test_an_outlet_that_cites_is_cited_and_so_is_what_it_cites(text: str, expected: list[str]) -> None:
    assert sorted(n for n in outlets(text) if n) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The situation is stable, the President’s press secretary, Berik Uali wrote on Facebook.",
        "The situation is stable, the President’s press secretary Berik Uali said.",
        "The situation is stable, the Governor's spokesman Nurlan Abenov said.",
        "The road is open, Zhenis Kassymbek said.",
        "The road is open, Aigul Serikova noted.",
    ],
)
def test_a_person_or_a_persons_spokesman_is_no_outlet(text: str) -> None:
    # a Kazakh first name in Latin letters reads as a person's as its Cyrillic form does
    assert outlets(text) == []
