"""Kazakh citations (session 21): constructions seen on fresh Kazakh news pages, each with made-up variants."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


def outlets(text: str) -> list[str | None]:
    return [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


def telegram(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.owner) for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жол жабылды,-деп хабарлайды Примерия облыстық ТЖ департаментінің баспасөз қызметі.",
         "Примерия облыстық ТЖ департаментінің баспасөз қызметі"),
        ("«Көпір жөнделеді»,-деп жазды Qazpress.kz.", "Qazpress.kz"),
        ("«Су тазартылды» -деп мәлімдеді Примерия облысының әкімдігі.", "Примерия облысының әкімдігі"),
        ("Мектептер ашық.-деп хабарлады Примерград қаласының білім бөлімі.", "Примерград қаласының білім бөлімі"),
    ],
)
def test_a_dash_glued_to_dep_still_opens_the_source(text: str, expected: str) -> None:
    # «…,-деп хабарлайды X»: the quotation's closing dash written without a blank
    assert expected in outlets(text)


def test_a_word_hyphenated_to_dep_is_no_cue() -> None:
    assert outlets("Бұл сөз Примерман-деп хабарлайды деген сөз емес.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ШҚО Төтенше жағдайлар департаменті баспасөз қызметінің мәліметіне сүйенсек, бүгін жол жабылады.",
         "ШҚО Төтенше жағдайлар департаменті баспасөз қызметінің"),
        ("Примерия облысы әкімдігінің баспасөз қызметінің мәліметі бойынша, жол жабық.",
         "Примерия облысы әкімдігінің баспасөз қызметінің"),
        ("Ақтөбе қалалық полиция басқармасы баспасөз қызметінің дерегінше, екі адам ұсталды.",
         "Ақтөбе қалалық полиция басқармасы баспасөз қызметінің"),
        ("Примерград әкімдігінің баспасөз қызметінің хабарламасына сәйкес, су берілді.",
         "Примерград әкімдігінің баспасөз қызметінің"),
    ],
)
def test_a_press_service_by_whose_data(text: str, expected: str) -> None:
    # "by the data of X's press service": «мәліметіне сүйенсек», «мәліметі бойынша», «дерегінше», «… сәйкес»
    assert expected in outlets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Примерград аудандық білім бөлімі бүгін сабақтар қашықтан өтетінін мәлімдеді.",
         "Примерград аудандық білім бөлімі"),
        ("Сабақ онлайн өтеді, деп хабарлады Жаңаөзен қаласының білім бөлімі.", "Жаңаөзен қаласының білім бөлімі"),
        ("Примерқала аудандық жұмыспен қамту бөлімінің мәліметінше, 40 адам жұмысқа орналасты.",
         "Примерқала аудандық жұмыспен қамту бөлімінің"),
    ],
)
def test_a_town_department_bolimi_is_a_body(text: str, expected: str) -> None:
    # «білім бөлімі», «жұмыспен қамту бөлімі»: a town's or district's department, as «басқармасы» is a region's
    assert expected in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Жолдың бір бөлімі жабылды.",
        "Кітаптың бірінші бөлімі жарық көрді.",
    ],
)
def test_a_part_bolimi_is_no_body(text: str) -> None:
    assert outlets(text) == []
