"""The dependency parse: whose channel, an outlet's whole name, sources named by where (made-up sentences)."""

from __future__ import annotations

import pytest

from archiver.citations import Citation, article_from_text, extract_citations


def telegram(text: str) -> list[Citation]:
    citations = extract_citations(article_from_text(text))
    for c in citations:
        assert text[c.start : c.end] == c.text and c.text in c.context
    return [c for c in citations if c.kind == "telegram"]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # the subject after the verb, a body: its channel
        ("Об этом сообщил оперативный штаб Белгородской области в своем Telegram-канале.",
         "оперативный штаб Белгородской области", None),
        # a pronoun: the person the sentence before is about
        ("Актриса Мария Соколова ответила критикам. Об этом она написала в своем Telegram-канале.",
         None, "Мария Соколова"),
        # «он» is not a plural subject: the man the sentence before names
        ("Депутаты Заксобрания Примерской области избрали Олега Примерова губернатором. Об этом он написал в "
         "Telegram-канале.", None, "Олега Примерова"),
        ("Сотрудники Примерэнерго задержали Олега Примерова. Об этом он написал в Telegram-канале.",
         None, "Олега Примерова"),
        # an office: whoever held the subject's place just before (one word that is no person's name is
        # reported as the channel's name, see extract._owner_or_name)
        ("Певец NOVA выступил в Казани. Об этом исполнитель сообщил в своем канале в Telegram.", "NOVA", None),
        # «сам политик»: the office after the emphatic «сам» is the subject
        ("Губернатор Примерного края Олег Сидоров попал в списки сайта. Об этом рассказал сам политик в своем "
         "telegram-канале.", None, "Олег Сидоров"),
        # a long office before the name: the name the parser marks
        ("Министр юстиции Республики Татарстан Олег Сидоров в своем телеграм-канале опубликовал видео.",
         None, "Олег Сидоров"),
        # the subject before the verb, a person with an office in front
        ("Губернатор Иван Петров опубликовал видео в своем Telegram-канале.", None, "Иван Петров"),
        # a pronoun for an office with no name before it: the office, not the region's adjective
        ("Губернатор Тверской области сообщил об атаке. «Угроза сохраняется», — написал он в своем "
         "Telegram-канале.", None, "Губернатор Тверской области"),
        ("Глава Курской области заявил о пожаре. Об этом он написал в своем Telegram-канале.",
         None, "Глава Курской области"),
        # «ведомство»: the body the sentence before had as its subject, its whole name
        ("Министерство иностранных дел Примерии отвергло обвинения. Об этом ведомство сообщило в своем "
         "Telegram-канале.", "Министерство иностранных дел Примерии", None),
        # a pronoun after a quotation of several sentences: who is named before it opens, not a name inside it
        ("Два дрона сбиты над областью, заявил глава региона Вячеслав Гладков. «В районе села Примерка "
         "Новооскольского округа сбиты два БПЛА. Оперативные службы выехали на место», — написал он в Telegram.",
         None, "Вячеслав Гладков"),
        # a body by its common noun: the body named before, not a person the sentences mention
        ("Основатель Олег Волков продал долю. Северный Банк отключил переводы. Об этом банк заявил в своем "
         "Telegram-канале.", "Северный Банк", None),
    ],
)
def test_the_subject_owns_the_channel(text: str, name: str | None, owner: str | None) -> None:
    found = telegram(text)
    assert [(c.name, c.owner) for c in found] == [(name, owner)]


@pytest.mark.parametrize(
    "text",
    [
        # a channel named after the phrase is someone else's
        "На официальном Telegram-канале Президента Украины Петра Порошенко было опубликовано видео.",
        # not saying anything there: creating, running or blocking a channel
        "Суд заблокировал доступ к мессенджеру, сообщил министр в своем Telegram-канале о блокировке.",
        # a promo line
        "Подписывайтесь на наш Telegram-канал, где мы пишем о главном.",
    ],
)
def test_no_subject_channel(text: str) -> None:
    assert [c for c in telegram(text) if c.rule == "tg.subject.syntax"] == []


def test_the_parser_only_runs_on_sentences_with_a_telegram_phrase() -> None:
    from archiver.citations import syntax

    syntax._PARSED.clear()
    telegram("Погода в Москве будет тёплой. Синоптики обещают дожди. Об этом пишет газета.")
    assert syntax._PARSED == {}
    telegram("Погода будет тёплой. Об этом она написала в своем Telegram-канале.")
    # the Telegram sentence, and the one before it where "она" finds whom it stands for
    assert sorted(syntax._PARSED) == ["Об этом она написала в своем Telegram-канале.", "Погода будет тёплой."]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Mash, the suspect was detained on Friday.", "Mash"),
        ("Baza reported that two people were hurt.", "Baza"),
        ("Видео обращения опубликовал канал SHOT.", "SHOT"),
        ("Как сообщает «Рыбарь», колонна прошла ночью.", "Рыбарь"),
    ],
)
def test_media_that_live_on_telegram_are_telegram_citations(text: str, name: str) -> None:
    citations = extract_citations(article_from_text(text))
    assert [(c.kind, c.name) for c in citations if c.kind != "url"] == [("telegram", name)]


@pytest.mark.parametrize("text", ["According to the publication Baza, the suspect was detained on Friday.",
                                  "Об этом сообщает издание Readovka."])
def test_a_telegram_medium_called_a_publication_is_an_outlet(text: str) -> None:
    assert [c.kind for c in extract_citations(article_from_text(text))] == ["outlet"]


def test_an_unknown_outlet_stays_an_outlet() -> None:
    citations = extract_citations(article_from_text("According to Fontanka, the suspect was detained."))
    assert [(c.kind, c.name) for c in citations] == [("outlet", "Fontanka")]


def outlets(text: str) -> list[str | None]:
    return [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об этом сообщили в УМВД России по Тверской области.", "УМВД России по Тверской области"),
        ("Народная милиция ЛНР сообщила об обстреле.", "Народная милиция ЛНР"),
        ("Об этом рассказали в пресс-службе администрации Курской области.",
         "пресс-службе администрации Курской области"),
        ("В министерстве здравоохранения Самарской области пояснили, что очередей нет.",
         "министерстве здравоохранения Самарской области"),
    ],
)
def test_an_outlet_is_the_whole_noun_group(text: str, name: str) -> None:
    assert outlets(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "В Москве сообщили о дождях.",  # a place, not a body
        "«Задержаны двое», — заявили в пресс-службе.",  # the service named before: nothing new
        "Об этом сообщили в интервью телеканалу.",  # where it was said, not who
    ],
)
def test_no_body_where_none_is_named(text: str) -> None:
    assert [c for c in extract_citations(article_from_text(text)) if c.rule == "outlet.impersonal"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Several arrests followed, Radio Free Steppe (RFS) reported.", "Radio Free Steppe (RFS)"),
        ("Фото: архив\nАвтор Иван Сидоров Источник: Спортмания\nЧитайте нас", "Спортмания"),
        ("В областном Минтрансе поясняли: дорога закрыта.", "Минтрансе"),
        ("«Задержаны двое», — указывает пресс-служба МВД.", "пресс-служба МВД"),
        ("Об этом предупредили жителей в управлении МЧС по Камчатскому краю.", "управлении МЧС по Камчатскому краю"),
    ],
)
def test_more_outlet_forms(text: str, name: str) -> None:
    assert outlets(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В Чечне назвали фейком запись. Об этом сообщает ГТРК «Вайнах» в Telegram.", "ГТРК «Вайнах»"),
        ("Запись назвали фейком, сообщает ТРК «Звезда Севера» в Telegram.", "ТРК «Звезда Севера»"),
        ("Про це повідомило Міноборони у ТГ-каналі.", "Міноборони"),  # «ТГ-канал»: a Telegram channel too
    ],
)
def test_the_whole_noun_group_stops_before_telegram_as_the_place(text: str, name: str) -> None:
    """«сообщает ГТРК «Вайнах» в Telegram»: the parser hangs «в Telegram» on the name; it is where, not who."""
    citations = extract_citations(article_from_text(text))
    assert [(c.kind, c.name) for c in citations] == [("telegram", name)]


def test_an_office_after_a_long_quotation_is_the_one_named_before_it() -> None:
    # the quotation holds sentences of its own (and a quotation inside it): none of them says who wrote it
    text = ("Известный российский певец BOREAS сообщил, что его концерт перенесён.\n\n«Дорогие друзья! Концерт "
            "переносится. Причина уважительная, и связана с моим участием в фестивале «Своих не бросаем». Прошу "
            "прощения за неудобства», – написал певец в своём телеграм-канале.")
    assert [(c.name, c.owner) for c in telegram(text)] == [("BOREAS", None)]


def test_the_models_run_on_one_blas_thread_and_leave_the_callers_setting_alone() -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    from archiver.citations import syntax

    seen: list[list[int]] = []
    real_parser = syntax._parser

    class Watching:  # the parser as it is, noting the BLAS threads it runs with
        def map(self, batch: list[list[str]]) -> object:
            seen.append([i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"])
            return real_parser().map(batch)

    with threadpool_limits(limits=2, user_api="blas"):
        syntax._parser = lambda: Watching()  # type: ignore[assignment]
        try:
            syntax.parse_all(["Губернатор написал об этом в своем телеграм-канале (blas)."])
        finally:
            syntax._parser = real_parser  # type: ignore[assignment]
        after = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    assert seen and seen[0] and set(seen[0]) == {1}  # numpy's BLAS is loaded with the models, limited inside
    assert after and set(after) == {2}


def test_a_source_cited_through_another_keeps_its_own_name_and_the_outlet_its_own() -> None:
    text = "Министр прибыл в Херсон. Об этом со ссылкой на Минобороны России передает Reuters."
    found = [(c.kind, c.name) for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]
    assert ("outlet", "Reuters") in found
    assert all(not (name or "").startswith("ссылкой") for _kind, name in found)
