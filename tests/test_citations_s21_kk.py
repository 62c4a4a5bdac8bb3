"""Kazakh citations (session 21): constructions seen on fresh Kazakh news pages, each with made-up variants."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations
from tests.citations_found import outlets


def telegram(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.owner) for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Көпір жабылды,-деп хабарлайды Примерия облыстық полиция департаментінің баспасөз қызметі.",
         "Примерия облыстық полиция департаментінің баспасөз қызметі"),
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
        ("Примерия облысы денсаулық сақтау басқармасы баспасөз қызметінің мәліметіне сүйенсек, екпе жалғасады.",
         "Примерия облысы денсаулық сақтау басқармасы баспасөз қызметінің"),
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


@pytest.mark.parametrize(
    "text",
    [
        "Әкім тілші Самат Примерұлына берген сұхбатында жол жөндеу туралы айтты.",
        "Министр Ерлан Примеровке берген сұхбатында бұл туралы айтты.",
        "Депутат Айгүл Сапароваға берген сұхбатында жоспарын айтты.",
        "Әкім блогер Примерұлына берген сұхбатында жауап берді.",
    ],
)
def test_an_interview_given_to_a_person_names_no_outlet(text: str) -> None:
    # «X-ке берген сұхбатында»: X a journalist's name (a first name, a title before, a surname's ending)
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ол Азаттыққа берген сұхбатында бұл туралы айтты.", "Азаттыққа"),
        ("Ол Примерньюсқа берген сұхбатында бұл туралы айтты.", "Примерньюсқа"),
    ],
)
def test_an_interview_given_to_an_outlet_still_names_it(text: str, expected: str) -> None:
    assert expected in outlets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ал аймақтың көлік департаменті көпірдің уақытша жабылатынын ресми түрде мәлімдеді.",
         "аймақтың көлік департаменті"),
        ("Бірақ облыстық денсаулық сақтау басқармасы тараған хабарламаның жалған екенін бүгін хабарлады.",
         "облыстық денсаулық сақтау басқармасы"),
        ("Ал аудандық әкімдігі көпірдің жөндеуден кейін ашылатынын ресми түрде растады.", "аудандық әкімдігі"),
    ],
)
def test_a_lowercase_body_says_a_long_object(text: str, expected: str) -> None:
    # the body, its object of up to five words in the accusative, "officially", the verb of saying
    assert expected in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ал кеше Министр полиция департаменті қызметкерлерінің жұмысын жоғары бағалағанын мәлімдеді.",
        "Ал кеше Примерэйр әуе компаниясы ұшуларды қайта бастауға қатысты жаңа шартты жариялады.",
    ],
)
def test_a_body_qualifying_a_noun_or_announcing_a_decision_is_no_source(text: str) -> None:
    assert "Министр полиция департаменті" not in outlets(text)
    assert "Примерэйр әуе компаниясы" not in outlets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Примерқала қаласының мәдениет бөліміндегілер де концерт кейінге қалатынын хабарлады.",
         "Примерқала қаласының мәдениет бөлімі"),
        ("Ал Примерград облысы әкімдігіндегілер бұл ақпаратты растады.", "Примерград облысы әкімдігі"),
        ("Облыстық полиция департаментіндегілер оқиғаға қатысты түсініктеме берді.", "Облыстық полиция департаменті"),
        ("Примерград қаласының спорт бөліміндегілер де 5 наурызда қатты желге байланысты стадиондағы жарыс пен "
         "қала күніне арналған барлық шаралар келесі аптаға ауыстырылатынын хабарлады.",
         "Примерград қаласының спорт бөлімі"),
        ("Примерия Денсаулық сақтау министрлігі жаңа ереже енгізді. Министрліктегілер бұл шешімнің уақытша екенін "
         "түсіндірді.", "Примерия Денсаулық сақтау министрлігі"),
    ],
)
def test_those_at_a_body_said_it(text: str, expected: str) -> None:
    # «X бөліміндегілер … хабарлады»: "those at X's department reported", as «в ведомстве сообщили»
    assert expected in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Примерград әкімдігіндегілер жұмысқа келмеді.",
        "Әкімдіктегілер келіспеді.",
    ],
)
def test_those_at_a_body_doing_something_else_cite_nothing(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "reporter", "referred"),
    [
        ("Primerinform агенттігі тілшісінің қаланың денсаулық сақтау басқармасына сілтеме жасап хабарлауынша, екпе "
         "жалғасады.", "Primerinform агенттігі", "қаланың денсаулық сақтау басқармасына"),
        ("Примерньюс тілшісінің Примерград әкімдігіне сілтеме жасап хабарлауынша, жол жабық.",
         "Примерньюс", "Примерград әкімдігіне"),
        ("Примерньюс тілшісінің облыстық полиция департаментіне сілтеме жасап хабарлауынша, екі адам ұсталды.",
         "Примерньюс", "облыстық полиция департаментіне"),
    ],
)
def test_a_correspondent_referring_to_a_body(text: str, reporter: str, referred: str) -> None:
    # «X тілшісінің Y-ге сілтеме жасап хабарлауынша»: X's correspondent reports, referring to Y: two sources
    found = outlets(text)
    assert reporter in found
    assert referred in found


def test_according_words_after_the_referring_words_keep_them_out_of_the_name() -> None:
    found = outlets("Примерград әкімдігіне сілтеме жасап хабарлауынша, жол жабық.")
    assert not any("сілтеме" in (name or "") for name in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жарыс кейінге қалды, – деп хабарлады сенбі күні Примерград Спорт басқармасы.", "Примерград Спорт басқармасы"),
        ("Жол жабық, деп хабарлады бүгін таңертең Примерия облыстық ТЖ департаменті.",
         "Примерия облыстық ТЖ департаменті"),
        ("Жол жабық, деп хабарлады 12 мамырда Примерград әкімдігі.", "Примерград әкімдігі"),
    ],
)
def test_when_it_was_said_is_no_part_of_the_name_after_dep(text: str, expected: str) -> None:
    # «деп хабарлады жұма күні X»: the day, then who said it
    assert expected in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мүсін мұражайға қайтарылды, - деп хабарлайды Primernews.kz порталы Primerinfo.kz –ке сілтеме жасап.",
        "Bul týraly Primernews.kz portaly Primerinfo.kz –ke silteme jasap habarlaıdy.",
        "Бұл туралы Примерньюс Primerinfo.kz–ке сілтеме жасап хабарлайды.",
    ],
)
def test_a_dash_before_the_case_ending_of_a_source_referred_to(text: str) -> None:
    # «Primerinfo.kz –ке сілтеме жасап»: the dative after an en dash, a blank before it or none
    assert "Primerinfo.kz" in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Telegram-арналарда Примерград зауыты жабылады деген жалған ақпарат тарады.",
        "Кейбір Telegram-арналарда Примерия бағасы екі есе өседі деген хабар пайда болды.",
        "Мессенджерлер мен телеграм арналарда Примерқала базарында өрт шықты деген видео тарап жатыр.",
    ],
)
def test_what_spread_in_telegram_channels_names_no_channel(text: str) -> None:
    # «Telegram-арналарда X туралы ақпарат тарады»: "in Telegram channels" (plural, a case): the capital after it
    # opens what spread; the channels are cited unnamed, as «в телеграм-каналах появились сообщения»
    found = telegram(text)
    assert found == [(None, None)]


def test_channels_with_nothing_spread_are_no_citation() -> None:
    assert telegram("Telegram-арналарда көптеген жарнама бар.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Украиналық Примерзрада Telegram-арнасы бұл туралы жазды.", "Примерзрада"),
        ("Ресейлік Примербаза Telegram-арнасының мәліметінше, жарылыс түнде болған.", "Примербаза"),
    ],
)
def test_an_adjective_of_origin_opening_the_sentence_is_no_part_of_the_channel_name(text: str, expected: str) -> None:
    assert [name for name, _ in telegram(text)] == [expected]


def test_a_body_name_adjective_stays_in_the_channel_name() -> None:
    assert [name for name, _ in telegram("Ұлттық Примерцентр Telegram-арнасы бұл туралы жазды.")] == [
        "Ұлттық Примерцентр"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Примерия ТЖМ-і Telegram-арнасында бұл ақпаратты жоққа шығарды.", "ТЖМ"),
        ("«Примерспорт» ФК-ның хабарлауынша, ойын кейінге қалдырылды.", "«Примерспорт» ФК"),
        ("Бұл туралы ҰҚК-ның хабарлауынша, екі адам ұсталды.", "ҰҚК"),
    ],
)
def test_a_kazakh_ending_after_a_hyphen_is_dropped_from_the_normalised_name(text: str, expected: str) -> None:
    # «ТЖМ-і», «ФК-ның», «ҰҚК-ның»: the name as written keeps it, its normalised form does not
    normalised = [c.name_normalized for c in extract_citations(article_from_text(text))]
    assert expected in normalised


def test_a_russian_hyphenated_place_keeps_its_name() -> None:
    from archiver.citations.morph import nominative

    assert nominative("Ростов-на-Дону", "ru") == "Ростов-на-Дону"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kazakh in the Arabic script: «Алматы. KAZINFORM - Алматы қаласының әкімдігі …» read through its shadow
        ("الماتى. KAZINFORM - الماتى قالاسىنىڭ اكىمدىگى جولدىڭ جابىلعانىن حابارلادى.",
         ["KAZINFORM", "الماتى قالاسىنىڭ اكىمدىگى"]),
        ("алматы. KAZINFORM - примерия министрлігі бұл ақпаратты растады.",
         ["KAZINFORM", "примерия министрлігі"]),
    ],
)
def test_a_lowercase_city_dateline_and_the_body_after_its_dash(text: str, expected: list[str]) -> None:
    # the city in lowercase (the Arabic script has no capitals), the agency in Latin capitals, a dash, then who spoke
    found = outlets(text)
    assert all(name in found for name in expected)
    assert not any(name and "KAZINFORM -" in name for name in found)
