"""Kazakh sources before their verb (made-up sentences, none copied from the corpus)."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


def outlets(text: str) -> list[str | None]:
    return [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ақпаратты Kursiv.media порталы жариялады.", "Kursiv.media"),
        ("Хабар тілшісінің хабарлауынша, жиын басталды.", "Хабар"),
        ("Ұлттық банктің дерегінше, инфляция баяулады.", "Ұлттық банктің"),
    ],
)
def test_kazakh_source_before_its_verb(text: str, name: str) -> None:
    assert outlets(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Президент бірнеше министрге сөгіс жариялады.",  # a person announces, no type noun: not a source
        "Бұл жөнінде Асқар Оспанов брифингте мәлімдеді.",  # a person speaking
    ],
)
def test_kazakh_person_speaking_is_no_outlet(text: str) -> None:
    assert [n for n in outlets(text) if n] == []
