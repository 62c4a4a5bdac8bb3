"""Session 24: constructions seen on fresh pages, each written for any wording. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.citations_found import names, outlets, owners, telegram, urls


@pytest.mark.parametrize(
    ("text", "who", "not_who"),
    [
        # a prepositional phrase among the titles after the verb: its object is not who wrote
        ("Об этом в своём телеграм-канале пишет близкий к Шойгу военкор Петров.", "Петров", "Шойгу"),
        ("Об этом в своём телеграм-канале пишет близкий к Шойгу военкор Иван Петров.", "Иван Петров", "Шойгу"),
        ("Про це у своєму телеграм-каналі пише близький до Медведчука блогер Олег Сидоренко.", "Олег Сидоренко",
         "Медведчука"),
    ],
)
def test_a_prepositional_object_before_the_subject_is_not_the_owner(text: str, who: str, not_who: str) -> None:
    assert who in owners(text)
    assert not_who not in owners(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a guard is a body ("Guards" only as a whole word)
        ("Iran's Revolutionary Guards said on Monday that the ship had been seized.", "Iran's Revolutionary Guards"),
        ("The National Guard reported that the attack had been repelled.", "National Guard"),
        # the verb first, after a comma or a quotation; the body, in lowercase words, closes the clause
        ("Two suspects were detained, said the regional prosecutor's office.", "regional prosecutor's office"),
        ("\"The road is closed,\" announced the city administration.", "city administration"),
        ("The bridge was hit twice, reported the regional police department on Sunday.",
         "regional police department"),
    ],
)
def test_bodies_that_were_missed_are_outlets(text: str, body: str) -> None:
    assert body in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pep Guardiola said the team was tired.",  # a surname that opens like "guard"
        "Two suspects were detained, said the ministry.",  # the noun alone: a body named before, if any
        "He said the regional prosecutor's office was closed.",  # the body is what was said about, not who said
    ],
)
def test_no_new_outlet_without_a_body_saying_it(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # between the name and its verb: when it said so, or "already", or the verb in the progressive
        ("The Odesa City Council on Tuesday said that the water supply was restored.", "Odesa City Council"),
        ("Interfax on Saturday morning reported two explosions near the port.", "Interfax"),
        ("The Lviv Regional Military Administration has already noted that the debris fell in a field.",
         "Lviv Regional Military Administration"),
        ("Bloomberg is reporting that the talks have stalled.", "Bloomberg"),
        # whose, by an adjective of nationality, before a body in lowercase words
        ("Ukrainian military intelligence stated that the video was staged.", "Ukrainian military intelligence"),
        ("According to Georgian military intelligence, the drills were planned.", "Georgian military intelligence"),
    ],
)
def test_english_sources_with_words_between_name_and_verb(text: str, source: str) -> None:
    assert source in outlets(text)


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        # the weekday belongs to the clause before the comma: the portal after it is the source, not the place
        ("Blasts were heard in central Ukraine on Monday, the news portal Example Time has said.", "Ukraine"),
        # the nationality and the body describe the bloggers, who are not a body
        ("But according to Russian military bloggers, the attack took the army by surprise.",
         "Russian military"),
        # a name cut to its type word is no name
        ("A broadcast aired by the rebel-run al-Example TV on Wednesday said that the ship was hit.", "TV"),
    ],
)
def test_words_between_name_and_verb_do_not_make_a_source(text: str, not_source: str) -> None:
    assert not_source not in outlets(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # datelines: a city in capitals run on after a headline; a line of date, time and agency; an agency's
        # name in mixed case («ҚазТАГ»)
        ("Talks stalled again BRUSSELS, March 3 – RIA Novosti. The envoy did not comment.", "RIA Novosti"),
        ("Водопровод ремонтируют\n4 апреля 2025, 10:20, ИА Примерные вести\nВ городе нет воды.",
         "ИА Примерные вести"),
        ("Заголовок\nМосква, 9 марта, 2021, 15:01 — ИА Пример.\nТекст новости.", "ИА Пример"),
        ("Ескерту\n\nАстана. 3 наурыз. ҚазТАГ – Бүгін жел күшейеді.", "ҚазТАГ"),
        # a source line that gives a page's title: the site's name closes it, after the last bar
        ("Text.\nSource: Storm hits the coast | World News | Example Herald\n", "Example Herald"),
        # "as conveyed by", "carried earlier by", «по оценке»
        ("The talks ended, as conveyed by Ukrinform.", "Ukrinform"),
        ("Reports of the blast were carried earlier by Interfax.", "Interfax"),
        ("По оценке ГИБДД, пробки выросли вдвое.", "ГИБДД"),
        # a Ukrainian body in lowercase words after an impersonal verb, closing the clause
        ("Ремонт завершать до зими, – зазначили у міській раді.", "міській раді"),
        ("Світло повернуть увечері, повідомили в обласній військовій адміністрації.",
         "обласній військовій адміністрації"),
    ],
)
def test_credits_source_lines_and_bodies(text: str, source: str) -> None:
    assert source in outlets(text)


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("Talks ended – RIA Novosti. The envoy did not comment.", "RIA Novosti. The envoy did not comment"),
        ("Про це повідомили у великому місті.", "великому місті"),  # a place, not a body
    ],
)
def test_credits_and_bodies_stop_where_they_should(text: str, not_source: str) -> None:
    assert not_source not in outlets(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the imperfective "wrote" («писав», «писал») and a word of when between the pronoun and the place
        ("Мер Петро Коваленко закликав не панікувати. «Ми готові», – писав він тоді у Telegram.", "Петро Коваленко"),
        ("Мер Петро Коваленко закликав не панікувати. «Ми готові», – писав він у Telegram.", "Петро Коваленко"),
        ("Губернатор Олег Смирнов призвал не паниковать. «Мы готовы», – писал он вчера в Telegram.", "Олег Смирнов"),
    ],
)
def test_he_wrote_then_on_telegram(text: str, who: str) -> None:
    assert who in owners(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # "the group": a name of capitalised words opening the sentence before, never a person by the dictionary
        ("The Example Front claimed the attack. The group said on Telegram that two of its men died.",
         "Example Front"),
        # a word describing the group between "the" and its noun
        ("The Example Front claimed the attack, according to a post on the extremist group's official Telegram "
         "account.", "Example Front"),
        # "the official's Telegram" after citing words: the official named before
        ("The head of the city administration, Petro Kovalenko, spoke about it. This was reported by Example News "
         "with reference to the official's Telegram.", "Petro Kovalenko"),
    ],
)
def test_a_body_or_official_by_a_common_noun(text: str, who: str) -> None:
    assert who in names(text) + owners(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a light verb and a noun of saying: "made the threat / remarks in a post on Telegram"
        ("Dmitry Medvedev made the threat in a post on messaging app Telegram.", "Dmitry Medvedev"),
        ("Petro Kovalenko made the remarks in a post on Telegram.", "Petro Kovalenko"),
        # "He previously wrote": a word of when between the pronoun and its verb
        ("Governor Oleg Ivanov spoke about the attack. He previously wrote on his Telegram channel that drones were "
         "downed.", "Oleg Ivanov"),
        # a channel named by a number, a word of when before its verb
        ("The Russian Telegram channel 112 later claimed that the plant was hit.", "112"),
        # a quoted name, then what body it is, on Telegram, on a source line
        ('Text.\nSource: "Example" regiment on Telegram\n', "Example"),
    ],
)
def test_who_posted_on_telegram_more_forms(text: str, who: str) -> None:
    assert any(n and who in n for n in names(text) + owners(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to a Farsi report by ISNA, the talks failed.", "ISNA"),
        ("The Krasnodar region's operational headquarters reported that the fire was out.",
         "Krasnodar region's operational headquarters"),
    ],
)
def test_reports_by_and_headquarters(text: str, source: str) -> None:
    assert source in outlets(text)
    assert "Farsi" not in outlets(text)


def test_recorded_on_telegram_is_posted() -> None:
    # «записал в Telegram кружок»: a video note recorded there is a post
    assert "Іван Петренко" in owners("Мер Іван Петренко записав у Telegram відеозвернення до мешканців.")
    assert "Олег Смирнов" in owners("Губернатор Олег Смирнов записал в Telegram прощальный кружок.")


@pytest.mark.parametrize("text", ["Им пишут подписчики из разных городов.", "Про це повідомляють російські ЗМІ."])
def test_pronouns_and_the_media_at_large_are_no_outlets(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "За інформацією Telegram-каналу, вибухи в області пролунали вночі.",
        "По информации Telegram-канала, взрывы прогремели ночью.",
        "В одному з російських Telegram-каналів написали, що завод горить.",
        "В одном из Telegram-каналов сообщили, что завод горит.",
    ],
)
def test_one_channel_cited_without_a_name(text: str) -> None:
    assert [c.rule for c in telegram(text)] == ["tg.prose.unnamed"]


def test_one_channel_without_a_name_after_a_named_one_is_that_one() -> None:
    text = ("Погибли два человека, сообщает Telegram-канал Example. Стрелок задержан. По информации "
            "Telegram-канала, мэр подтвердил число жертв.")
    assert names(text) == ["Example", "Example"]


def test_what_appeared_in_one_of_the_channels_is_no_citation() -> None:
    assert telegram("В одном из Telegram-каналов появились сообщения с угрозами.") == []


def test_a_closing_line_of_outlets_names_each() -> None:
    text = "Текст новини.\nПриклад Сходу, Лівий берег, Укрінформ, NV, Слово і діло, UKR.NET\n"
    assert {"Лівий берег", "Укрінформ", "NV", "Слово і діло", "UKR.NET"} <= set(outlets(text))


def test_a_line_of_cities_names_no_outlet() -> None:
    assert outlets("Текст.\nКиїв, Харків, Одеса, Дніпро, Львів\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # «Об этом в своем Telegram-канале сообщил губернатор …», machine-translated with "my" or "your"
        "About this in my Telegram channel reported the Governor of the region Oleg Ivanov.",
        "About this in your Telegram channel reported Governor of the Example region Oleg Ivanov.",
    ],
)
def test_translated_own_channel(text: str) -> None:
    assert "Oleg Ivanov" in owners(text)


def test_subscribe_to_my_channel_cites_no_one() -> None:
    assert telegram('"Subscribe to my Telegram channel," he said.') == []


def test_a_well_known_outlets_source() -> None:
    assert "TASS" in outlets("The fire was put out, according to a TASS source in emergency services.")
    assert outlets("A Kremlin source said the talks failed.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Согласно данным Примерстата, цены выросли на 5 %.", "Примерстата"),  # at a sentence's start
        ("В МЧС посоветовали не выходить из дома.", "МЧС"),  # advice is a statement too
        ("В Роспотребнадзоре порекомендовали мыть руки.", "Роспотребнадзоре"),
    ],
)
def test_russian_sources_by_data_and_advice(text: str, source: str) -> None:
    assert source in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Погода.\n\nhttps://example.ru/?erid=2VtzqvFtSTr\n\nРеклама\n\nЖителей предупреждают о дожде.",  # an ad's label
        "The statement concluded.\n\nСсылка на новость:\nhttps://example.kg/news-1-en.html\n",  # the page's own
    ],
)
def test_links_that_cite_nothing(text: str) -> None:
    assert urls(text) == []


def test_a_source_line_link_is_still_cited() -> None:
    assert urls("Source: https://example.kz/news/1\n") == ["https://example.kz/news/1"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The meeting was held in Astana, example.kz reports.", "example.kz"),  # a site's address, lowercase
        ("У місті залишаються 5 тисяч людей. В ОВА кажуть, що мешканці не хочуть виїжджати.", "ОВА"),  # «кажуть»
        ("В Роскомнадзоре говорят, что блокировки не будет.", "Роскомнадзоре"),
    ],
)
def test_sites_and_bodies_that_say(text: str, source: str) -> None:
    assert source in outlets(text)


def test_an_email_address_is_no_site() -> None:
    assert outlets("The email info@example.kz said nothing.") == []


def test_a_kazakh_body_by_an_adjective_and_its_acronym() -> None:
    assert "қалалық ТЖД" in outlets("Өрт сөндірілді, деп хабарлады қалалық ТЖД.")


def test_he_noted_in_a_post_published_on_telegram() -> None:
    text = ("Начальник ОВА Олег Коваленко розповів про обстріли. «Ситуація складна», – зазначив він у дописі, "
            "оприлюдненому у телеграм-каналі.")
    assert "Олег Коваленко" in owners(text)


def test_a_short_surname_in_another_case_is_the_person_named_in_full() -> None:
    text = ("Начальник ОВА Віталій Ким заявив це. Про це повідомляє Суспільне з посиланням на повідомлення Кима в "
            "Telegram.")
    assert "Віталій Ким" in owners(text)
