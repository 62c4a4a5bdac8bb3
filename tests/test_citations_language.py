"""Citation finding in the forms real news uses (made-up sentences, none copied from the corpus)."""

from __future__ import annotations

import pytest

from archiver.citations import Citation, article_from_text, extract_citations
from archiver.citations.morph import nominative, person_word, place_word


def found(text: str, kind: str) -> list[Citation]:
    citations = extract_citations(article_from_text(text))
    for c in citations:
        assert text[c.start : c.end] == c.text and c.text in c.context and c.rule
    return [c for c in citations if c.kind == kind]


def telegram(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.owner) for c in found(text, "telegram")]


def outlets(text: str) -> list[str | None]:
    return [c.name for c in found(text, "outlet")]


@pytest.mark.parametrize(
    ("written", "nominative_form"),
    [
        ("Ербола Едилова", "Ербол Едилов"),
        ("Марии Захаровой", "Мария Захарова"),
        ("Северного ветра", "Северный ветер"),
        ("пресс-службы полиции", "пресс-служба полиции"),
        ("Министерства обороны Республики Казахстан", "Министерство обороны Республики Казахстан"),
        ("партии «Слуга народа»", "партия «Слуга народа»"),
        ("Минобороны России", "Минобороны России"),  # indeclinable head: the complement stays genitive
        ("Known Channel", "Known Channel"),  # not Russian: as written
        ("Українська правда", "Українська правда"),
    ],
)
def test_nominative(written: str, nominative_form: str) -> None:
    assert nominative(written) == nominative_form


def test_people_and_places_by_dictionary() -> None:
    assert person_word("Захаровой") and person_word("Ербола") and not person_word("Московский")
    assert place_word("Москве") and not place_word("Кремле") and not place_word("МВД")


def test_a_pronoun_mention_spans_the_mention_not_the_sentences_before() -> None:
    (c,) = found("Губернатор Иван Петров выступил. «Всё спокойно», — написал он в Telegram-канале.", "telegram")
    assert (c.text, c.owner) == ("написал он в Telegram-канале", "Иван Петров")
    assert c.rule in ("tg.prose.pronoun_owner", "tg.subject.syntax")  # the parser's subject, or the rule's guess


def test_name_normalized_is_reported_beside_the_name_as_written() -> None:
    (c,) = found("Об этом сообщил телеграм-канал политолога Ербола Едилова.", "telegram")
    assert (c.owner, c.owner_normalized) == ("Ербола Едилова", "Ербол Едилов")
    (c,) = found("По данным пресс-службы полиции, задержаны двое.", "outlet")
    assert (c.name, c.name_normalized) == ("пресс-службы полиции", "пресс-служба полиции")
    assert c.to_dict()["name_normalized"] == "пресс-служба полиции"


def test_the_text_language_tells_kazakh_from_ukrainian_though_both_write_i() -> None:
    from archiver.citations.morph import text_language

    assert text_language("Про це йдеться в Telegram-каналі голови Київської ОВА.") == "uk"
    assert text_language("Бұл туралы облыс әкімдігінің баспасөз қызметі хабарлады, деп жазды ол.") == "kk"
    assert text_language("Об этом сообщили в пресс-службе. Подробности выясняются.") == "ru"


def test_a_name_in_ukrainian_text_is_not_put_through_the_russian_dictionary() -> None:
    # («Миколи Калашника» has no letter only Ukrainian uses; the Russian dictionary made it «Миколя Калашник»)
    (c,) = found("Про це йдеться в Telegram-каналі голови Київської ОВА Миколи Калашника.", "telegram")
    assert (c.owner, c.owner_normalized) == ("Миколи Калашника", "Миколи Калашника")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # owner-only, other prepositions and pronouns
        ("Jane Doe, the regional governor, wrote on her Telegram channel that schools reopen.", [(None, "Jane Doe")]),
        ("Since Monday, Petro Ivanenko, the mayor, has been posting updates on his Telegram channel.",
         [(None, "Petro Ivanenko")]),
        ("In a message on his Telegram channel late on Friday, Ivanenko wrote that", [(None, "Ivanenko")]),
        ("Губернатор Иван Петров открыл свой Telegram-канал, чтобы информировать жителей.", [(None, "Иван Петров")]),
        ("Мэр Сергей Смирнов завел свой канал в Telegram.", [(None, "Сергей Смирнов")]),
        ("«Дороги открыты», — написал Павел Сидоренко в Telegram.", [(None, "Павел Сидоренко")]),
        ("Олексій Кравчук написав у своєму Telegram-каналі, що мости відкриті.", [(None, "Олексій Кравчук")]),
        ("In a Telegram post, Ivan Petrenko said the bridge was closed.", [(None, "Ivan Petrenko")]),
        # oblique cases, names after the noun, channels of a body or of a person by role
        ("Об этом сообщает Telegram-канал политолога Ивана Сидорова.", [(None, "Ивана Сидорова")]),
        ("Пост появился в телеграм-канале мэрии Северска.", [("мэрии Северска", None)]),
        ("Видео опубликовано в Telegram-канале партии «Новый путь».", [("партии «Новый путь»", None)]),
        ("По данным канала «Северный ветер», колонна прошла. Telegram-каналы это подтвердили.",
         [("Северный ветер", None)]),
        ("Как пишет издание «Городские вести» в Telegram, пожар потушен.", [("Городские вести", None)]),
        ("Издание «Городские вести» в своём Telegram-канале сообщило, что пожар потушен.", [("Городские вести", None)]),
        ("Об этом сообщил канал Vesti24 в Telegram.", [("Vesti24", None)]),
        ("Russian Telegram sources like Northwind claimed an advance.", [("Northwind", None)]),
        ("Об этом сообщил Telegram-канал steppe_news.", [("steppe_news", None)]),
        ("the regional governor, Ivan Petrenko, said on Telegram.", [(None, "Ivan Petrenko")]),
        ("Kazakhstan's Ministry of Emergency Situations said on Telegram that",
         [("Kazakhstan's Ministry of Emergency Situations", None)]),
        ("Про це повідомив голова ОВА Олег Кравченко у Telegram.", [(None, "Олег Кравченко")]),
        ("Мост открыт, деп жазды ол Telegram-арнасында.", [(None, "ол")]),
        ("Губернатор Иван Петров выступил утром. В своем Telegram-канале он указал, что жертв нет.",
         [(None, "Иван Петров")]),
        ("Мэр города Сергей Орлов выступил. «Всё под контролем», – заключил мэр в своем Telegram-канале.",
         [(None, "Сергей Орлов")]),
        # a pronoun: the person named before, or the pronoun itself
        ("Губернатор Иван Петров прокомментировал атаку. «Всё под контролем», — написал он в Telegram-канале.",
         [(None, "Иван Петров")]),
        ("«Всё спокойно», — написал он в Telegram-канале.", [(None, "он")]),
        ("Mayor John Smith spoke. \"Stay home,\" he wrote on Telegram.", [(None, "John Smith")]),
        ("The decree was published, according to a statement on the country's government Telegram channel.",
         [("country's government", None)]),
    ],
)
def test_telegram_forms(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert telegram(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge will reopen on Monday, the Mayor's press service reported.", ["Mayor's press service"]),
        ("The road was closed, the press service of the regional akimat reported.",
         ["press service of the regional akimat"]),
        ("The plant reopened, according to the press office of the factory.", ["press office of the factory"]),
        ("Snow fell, reports with reference to the press service of the city akimat.",
         ["press service of the city akimat"]),
        ("A group was detained. This was reported by the press center of the State Committee for Primer Security.",
         ["press center of the State Committee for Primer Security"]),
        ('"They were armed," the press center noted.', []),  # whose, the text before says
        ("The deal was signed, Daily Example reported.", ["Daily Example"]),
        ("The deal was signed, Steppe Wire reported on Tuesday.", ["Steppe Wire"]),
        ("Prices will rise, according to analysts at the Finprom portal.", ["Finprom"]),
        ("ASTANA, March 3 – Example News. The parliament approved the bill.", ["Example News"]),
        ("ALMATY (Wirecorp) - Kazakhstan raised its key rate.", ["Wirecorp"]),
        ("ОРАЛ, 5 мар - Степные вести. Мост открыт.", ["Степные вести"]),
        ("The Supreme Court said the appeal was rejected.", ["Supreme Court"]),
        ("Output fell, the Kazakh energy ministry said.", ["Kazakh energy ministry"]),
        ("The Primerburg exchange said it halted trading in the shares.", ["Primerburg exchange"]),
        ("The city flooded, the Institute for Water Studies, a Geneva-based research body, wrote.",
         ["Institute for Water Studies"]),
        ("Документ подписан, сообщает ТАСС.", ["ТАСС"]),
        ("Как передает корреспондент Степь.kz, движение восстановлено.", ["Степь.kz"]),
        ("По данным пресс-службы МВД, задержаны двое.", ["пресс-службы МВД"]),
        ("В акимате Северной области заявили, что это фейк.", ["акимате Северной области"]),
        ("Об этом сообщил оперативный штаб по региону.", ["оперативный штаб по региону"]),
        ("Как сообщили в региональном управлении МЧС, пожар потушен.", ["региональном управлении МЧС"]),
        ("Об этом говорится в сообщении Следственного комитета России.", ["Следственного комитета России"]),
        ("Как пишет Новая газета, суд отложен.", ["Новая газета"]),
        ("Судя по материалу «Вечерней газеты», мост закрыт.", ["Вечерней газеты"]),
        ("Мост закрыт, деп хабарлады qala-news.kz.", ["qala-news.kz"]),
        ("Бұл туралы Астана қаласы әкімдігінің баспасөз қызметі хабарлады.",
         ["Астана қаласы әкімдігінің баспасөз қызметі"]),
        ("Про це повідомили у пресслужбі Міноборони.", ["пресслужбі Міноборони"]),
        ("Як повідомляє Українська правда з посиланням на джерела, переговори тривають.", ["Українська правда"]),
        ("Житель разместил публикацию в соцсети. — Вечерний Город.", ["Вечерний Город"]),
        ("The road reopened, Steppe Wire cites Northgate.", ["Northgate"]),
        ("About 200 people left, said the Kazakh Foreign Ministry.", ["Kazakh Foreign Ministry"]),
        ("Steppe Wire reported that the mine had closed.", ["Steppe Wire"]),
        ("According to British intelligence, the front is stable.", ["British intelligence"]),
        ("Northgate said in a statement that prices rose.", ["Northgate"]),
        ("Степные вести пишут, что шахта закрыта.", ["Степные вести"]),
        ("Между тем изданию «Степной курьер» собеседники рассказали, что шахта закрыта.", ["Степной курьер"]),
        ("The story, in the Steppe Courier newspaper, said the mine had closed.", ["Steppe Courier"]),
    ],
)
def test_outlet_forms(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Фото: Агентство «Город». Читайте нас в Telegram. Подписывайтесь на наш Telegram-канал.",
        "Read us on Telegram! Subscribe to our Telegram channel for more news.",
        "The TV channels First and Second showed it. Telegram said in a statement that it blocked the bots.",
        "Телеканал «Первый» и YouTube-канал «Второй» показали это. В Telegram появилось видео.",
        "Мессенджер Telegram заблокирован. Пресс-секретарь Telegram отказался от комментариев.",
        "Photo: Wirecorp / John Smith",
        "В Москве заявили, что всё спокойно.",
        "The ministry said the bridge is closed.",
        "Автор предлагает писать ему в сообщениях «по всем вопросам».",
        "Some reports said the mine had closed. Unconfirmed reports say more.",
        "A Russian newspaper says it was threatened.",
        "Иван Петров пишет, что шахта закрыта.",
        "But the Ukraine Crisis Center's Petrenko points out that the data is old.",
        "A thread. https://t.co/abcdef — Jane Roe (@jane_roe_x) October 31, 2023",
    ],
)
def test_not_citations(text: str) -> None:
    assert found(text, "telegram") == [] and found(text, "outlet") == []
