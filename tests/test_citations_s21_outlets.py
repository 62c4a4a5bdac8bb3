"""Outlet citations seen on fresh pages in session 21 (not the corpus): constructions, each with made-up variants."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


def outlets(text: str) -> list[str | None]:
    return [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


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
