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
        # a body's head noun (министрлігі, әкімдігі, департаменті) stands for the type noun
        ("Бұл туралы Төтенше жағдайлар министрлігі хабарлады.", "Төтенше жағдайлар министрлігі"),
        ("Бұл фактіні Павлодар қаласының әкімдігі растады.", "Павлодар қаласының әкімдігі"),
        ("Қостанай облысы полиция департаменті жол жабылғанын хабарлады.", "Қостанай облысы полиция департаменті"),
        # the body opening the sentence, its verb far after it
        ("Экология министрлігі әлеуметтік желілерде таралған бейнероликке қатысты мәлімдеме жасады.",
         "Экология министрлігі"),
        ("Алматы қалалық полиция департаменті орын алған жағдайға қатысты пікір білдірді.",
         "Алматы қалалық полиция департаменті"),
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Бұл туралы Алматы әкімдігінің Telegram-арнасында жазылған.", "Алматы әкімдігінің"),
        ("Төтенше жағдайдың видеосы Ustanovka 98 telegram арнасында жарияланды.", "Ustanovka 98"),
        ("Бұл туралы ақпарат ҚР Денсаулық сақтау министрлігінің Telegram-арнасында жарияланды.",
         "ҚР Денсаулық сақтау министрлігінің"),
    ],
)
def test_whose_telegram_channel_kazakh(text: str, name: str) -> None:
    citations = extract_citations(article_from_text(text))
    assert [(c.kind, c.name) for c in citations] == [("telegram", name)]


def test_our_telegram_channel_is_a_promo_line() -> None:
    assert extract_citations(article_from_text("Жаңалықтарды біздің Telegram-арнамызда оқыңыз.")) == []


def test_own_channel_named_after_it_is_not_owned_by_the_words_before() -> None:
    citations = extract_citations(article_from_text(
        "Жуырда ғана өзінің Telegram арнасында Айгүл Серікова жаңа кітабы туралы жазды."))
    assert [c.name for c in citations if c.kind == "telegram"] != ["Жуырда ғана өзінің"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Өрт сөндірілді, деп хабарлайды Qazinfo Алматы облысы әкімдігіне сілтеме жасап.", "Qazinfo"),
        ("Жол жабылды, деп жазды ТЖМ баспасөз қызметі.", "ТЖМ баспасөз қызметі"),
        ("Ақмола облысы полиция департаменті баспасөз қызметінің хабарлауынша, екі адам ұсталды.",
         "Ақмола облысы полиция департаменті баспасөз қызметінің"),
    ],
)
def test_kazakh_source_names_as_a_whole(text: str, name: str) -> None:
    assert outlets(text)[:1] == [name]
