"""A source that said something on Telegram, in any order of who / verb / place (made-up sentences)."""

from __future__ import annotations

import pytest

from archiver.citations import Citation, article_from_text, extract_citations


def found(text: str, kind: str) -> list[Citation]:
    citations = extract_citations(article_from_text(text))
    for c in citations:
        assert text[c.start : c.end] == c.text and c.text in c.context and c.rule
    return [c for c in citations if c.kind == kind]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Governor Roman Starovoit said in a post on Telegram that the fire was out.", None, "Roman Starovoit"),
        ("The Latvian air force said on its official Telegram channel that two jets took off.",
         "Latvian air force", None),
        ("In a statement on Telegram, the Russian Emergencies Ministry said the road was closed.",
         "Russian Emergencies Ministry", None),
        ("The footage was posted on Telegram by the Belarusian Defence Ministry.", "Belarusian Defence Ministry", None),
        ("According to a Telegram post by the regional governor Igor Artamonov, the drone fell.", None,
         "Igor Artamonov"),
        ("The mayor, Vitali Klitschko, writing on the Telegram messaging app, said two were hurt.", None,
         "Vitali Klitschko"),
        ("In a post on Telegram, the Ukrainian navy said two boats were sunk.", "Ukrainian navy", None),
        ("Lithuania's military intelligence said in a Telegram post that the jets left.",
         "Lithuania's military intelligence", None),
        ("Ivan Fedorov wrote on the messaging app Telegram that the bridge was hit.", None, "Ivan Fedorov"),
        ("Vadim Filashkin, Donetsk's governor, wrote on Telegram that three were hurt.", None, "Vadim Filashkin"),
        ("The head of the republic, Ivan Petrov, released a statement on Telegram, saying that all is calm.", None,
         "Ivan Petrov"),
        # more Ukrainian verbs of saying
        ("Про це поінформував міністр освіти Сергій Коваль в Телеграмі.", None, "Сергій Коваль"),
        ("Про це пояснив у телеграмі голова Волинської ОВА Юрій Петренко.", None, "Юрій Петренко"),
        # an English office alone: its holder named before
        ("President Ivan Petrenko met the troops. The head of state announced this on Telegram.", None,
         "Ivan Petrenko"),
        ("Governor Oleh Kovalenko visited the site. The governor also wrote on Telegram that repairs began.", None,
         "Oleh Kovalenko"),
        # addressing someone there is saying something there
        ("Protesters gathered at the airport. Primerinform addressed its readers on Telegram.", "Primerinform", None),
    ],
)
def test_who_said_it_on_telegram(text: str, name: str | None, owner: str | None) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(name, owner)]
    assert found(text, "outlet") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Ministry stated that the claims spread in Telegram channels were fake.",
        "The ministry emphasised that the minister does not have official accounts in Telegram.",
        "Interfax said, citing posts on Telegram channels, that the bridge was closed.",
        "Follow us on Telegram: the ministry said it will post updates there.",
    ],
)
def test_saying_something_about_telegram_is_not_saying_it_there(text: str) -> None:
    assert [c for c in found(text, "telegram") if c.rule.startswith("tg.said_on")] == []


def test_a_surname_of_a_person_named_earlier_is_no_outlet() -> None:
    text = "The region's governor is Alexander Krutov. Krutov earlier reported that a village was shelled."
    assert found(text, "outlet") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia's foreign ministry said the ambassador had been summoned.", "Russia's foreign ministry"),
        ("Zelensky's office said the meeting had been postponed.", "Zelensky's office"),
        ("Ukraine's military intelligence agency said the ship was hit.", "Ukraine's military intelligence agency"),
        ("Russia's ministry of defense reported the strike.", "Russia's ministry of defense"),
        ("Ukraine’s HUR military intelligence agency said in a statement that the ship was hit.",
         "Ukraine’s HUR military intelligence agency"),
    ],
)
def test_a_body_with_a_lowercase_head_after_a_possessive(text: str, name: str) -> None:
    assert [c.name for c in found(text, "outlet")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ASTANA, May 7 (Reuters) - The tenge firmed against the dollar.", "Reuters"),
        ("The decision was announced by the Ministry of Digital Development.", "Ministry of Digital Development"),
        ("A new report by Amnesty International documented the abuses.", "Amnesty International"),
        ("Economists at Morgan Stanley expect the central bank to pause.", "Morgan Stanley"),
        ("Speaking to Sky News, the minister denied the claims.", "Sky News"),
    ],
)
def test_common_english_source_forms(text: str, name: str) -> None:
    assert [c.name for c in found(text, "outlet")] == [name]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Як передає кореспондент Укрінформу, засідання триває.", "outlet", "Укрінформу"),
        ("Як пише видання «Дзеркало тижня», угоду підписано.", "outlet", "Дзеркало тижня"),
        ("Про це повідомили в Telegram-каналі Національної гвардії.", "telegram", "Національної гвардії"),
        ("Об этом пишет Mash в Telegram.", "telegram", "Mash"),
    ],
)
def test_ukrainian_forms_and_a_channel_in_the_owners_place(text: str, kind: str, name: str) -> None:
    assert [c.name for c in found(text, kind)] == [name]
    assert [c.name for c in extract_citations(article_from_text(text)) if c.name == "Як"] == []


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # an apposition between the subject and the verb, ending in someone else's name
        ("Petrov, the deputy head of the council and a close ally of Governor Ivan Sidorov wrote on Telegram "
         "that the bridge was shut.", None, "Petrov"),
        # a pronoun: the person the sentence before opens with, not the last name it mentions
        ("The head of the region, Anton Belov, vowed to find Oleg Markin. He published an appeal in the local "
         "language in Telegram.", None, "Anton Belov"),
        # a clause with no subject, the channel his: the person just named
        ("The Mayor of the city, Boris Orlov, reported blasts. Sharing from his Telegram account that two "
         "districts were hit, he asked people to stay inside.", None, "Boris Orlov"),
        # "the group": the group named before
        ("The monitoring group River Watch counted nine boats. \"No drones were seen,\" the group reported on "
         "Telegram.", "River Watch", None),
        # the place first
        ("In a Telegram post on Sunday, Dmitry Volkov said the talks had failed.", None, "Dmitry Volkov"),
        # the quotation first, then the subject with a long apposition
        ("\u201cThe enemy took the bridge,\u201d DeepFront, a group with close links to the army that studies combat "
         "footage, wrote on the Telegram messaging app late Saturday.", "DeepFront", None),
    ],
)
def test_who_speaks_when_no_name_stands_before_the_verb(text: str, name: str | None, owner: str | None) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(name, owner)]


def test_a_source_line_on_telegram_is_a_telegram_citation() -> None:
    [cited] = found("Olena Hrytsenko, the deputy minister, urged calm.\n\nSource: Hrytsenko on Telegram\n\n"
                    "Quote: \"Stay inside.\"", "telegram")
    assert cited.text.endswith("on Telegram") and "Hrytsenko" in (cited.name or cited.owner or "")


def test_an_outlet_reporting_and_quoting_another_is_a_source() -> None:
    citations = extract_citations(article_from_text(
        "The talks will go on, Steppewire reports quoting the ministry's spokesman."))
    assert [(c.kind, c.name) for c in citations] == [("outlet", "Steppewire")]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Two boats were seized, the Navy’s official Telegram channel said on Friday.", "Navy", None),
        ("A Telegram channel linked to the Coastal Legion announced the strike.", "Coastal Legion", None),
        ("Об этом сообщает «Интерфакс» со ссылкой на Telegram-канал 360.", "360", None),
        # "In his Telegram channel, he said": the person the sentence before opens with
        ("The head of the republic, Anzor Dudov, met the envoys. In his Telegram channel, he said the talks went "
         "well.", None, "Anzor Dudov"),
    ],
)
def test_channel_names_in_more_forms(text: str, name: str | None, owner: str | None) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(name, owner)]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Про це повідомляє голова Полтавської ОВА Петро Коваленко в Telegram.", "Петро Коваленко"),
        ("Про це повідомляє в Telegram голова Сумської ОВА Іван Мельник.", "Іван Мельник"),
        ("«Працюємо», — написав він у своєму Telegram-каналі. Так заявив Андрій Шевчук.", None),
        ("Об этом заявил губернатор области Иван Петров в Telegram.", "Иван Петров"),
        # the place first, then the verb, then the office and the person
        ("Про це в Телеграмі повідомив начальник Полтавської ОВА Петро Коваленко.", "Петро Коваленко"),
        ("Про це у Telegram повідомив міністр внутрішніх справ Ігор Мельник.", "Ігор Мельник"),
        ("Про це в Telegram написав мер Петро Коваленко.", "Петро Коваленко"),
        ("Як написав у своєму телеграмі Петро Коваленко, у місті вибухи.", "Петро Коваленко"),
        # a long office: the Rada's ombudsman
        ("Відео опублікував у Telegram уповноважений Верховної Ради України з прав людини Петро Коваленко.",
         "Петро Коваленко"),
        # Ukrainian first names the Russian dictionary does not know (Іван, Євген, Світлана): the name in full
        ("Про це в Телеграмі повідомив начальник Полтавської ОВА Іван Коваленко.", "Іван Коваленко"),
        ("Про це в Телеграмі повідомив начальник Полтавської ОВА Євген Коваленко.", "Євген Коваленко"),
    ],
)
def test_a_person_beside_the_place(text: str, owner: str | None) -> None:
    owners = [c.owner for c in found(text, "telegram")]
    assert owners == [owner] if owner else len(owners) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Delhi Police wrote to Telegram asking it to remove the channel.",
        "Он написал 214 постов. Сейчас в Telegram-канале тысячи подписчиков.",
        "Дмитрий Петров создал свой Telegram-канал 14 марта.",
        # what people did there: Telegram as the platform, not a source
        "Банк России выявил попытки повысить цены на акции путем сговора в Telegram, сообщает агентство.",
    ],
)
def test_no_channel_cited_here(text: str) -> None:
    assert [c for c in found(text, "telegram")
            if c.rule.startswith(("tg.said_on", "tg.fallback")) or c.name == "14"] == []


@pytest.mark.parametrize("text", [
    "The Toncoin community has almost 160,000 subscribers on its official Telegram channel.",
    "Гурт має 20 тисяч підписників у своєму Telegram-каналі."])
def test_an_audience_on_a_channel_cites_nothing(text: str) -> None:
    assert found(text, "telegram") == []


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("The president, Ivan Shevchuk, met the troops. In a message on the telegram channel, he stressed the "
         "gains.", None, "Ivan Shevchuk"),
        ("Photos appeared on the River Patrol Kherson channel on Telegram last week.", "River Patrol Kherson", None),
        ("Telegram did not answer, said activists on the “Free Steppe” channel.", "Free Steppe", None),
        ("Він наголосив на цьому.\nДжерело: Петро Коваль/Telegram\n", None, "Петро Коваль"),
    ],
)
def test_channels_named_in_english_shapes_and_source_lines(text: str, name: str | None, owner: str | None) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(name, owner)]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # the verb first, then who, then the place
        ("Two drones were shot down, reported the military administration of the region on Telegram earlier.",
         "military administration of the region", None),
        ("About it informs press service of the Latvian Ministry of Defence in Telegram.",
         "press service of the Latvian Ministry of Defence", None),
        # a statement is the saying; a Ukrainian place with a possessive
        ("«Дорога закрыта», — говорится в сообщении МЧС в телеграм-канале в среду.", "МЧС", None),
        ("Про це йдеться у повідомленні Укренерго у його Telegram-каналі.", "Укренерго", None),
        # a date before the office, an aside between the verb and who
        ("Про це повідомив у Телеграмі 3 березня голова обласної військової адміністрації Іван Петренко.",
         None, "Іван Петренко"),
        ("«Все спокійно», - додав, своєю чергою, нардеп Петро Іваненко у Telegram.", None, "Петро Іваненко"),
    ],
)
def test_who_said_it_on_telegram_in_other_orders(text: str, name: str | None, owner: str | None) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(name, owner)]


def test_a_verb_first_clause_about_telegram_names_nobody() -> None:
    text = "The spokesman said that the ministry blocked the channel on Telegram."
    assert [c for c in found(text, "telegram") if c.rule == "tg.said_on.inverted"] == []


def test_an_office_means_the_person_named_with_it_not_the_last_subject() -> None:
    text = ("Губернатор Белгородской области Вячеслав Гладков заявил, что город обстрелян. Мэр Шебекино Иван Петров "
            "добавил подробности. «Атакован дом», — сообщил губернатор в телеграме.")
    assert [c.owner for c in found(text, "telegram")] == ["Вячеслав Гладков"]


def test_a_quotation_said_to_be_from_a_channel_named_nowhere_is_the_source_reported_just_before() -> None:
    text = ("ДТП произошли утром, сообщает Госавтоинспекция. «На 09:00 получено 200 заявок», — говорится в "
            "Telegram-канале.")
    assert [(c.name, c.rule) for c in found(text, "telegram")] == [("Госавтоинспекция", "tg.said_on.statement")]
    alone = "«На 09:00 получено 200 заявок», — говорится в Telegram-канале."
    assert [(c.name, c.rule) for c in found(alone, "telegram")] == [(None, "tg.prose.unnamed")]


def test_the_outlet_pointed_back_to_is_no_person_named_with_the_same_noun() -> None:
    text = ("Редакция издания \"Примерная газета\" сообщает об обысках. \"Нет связи с шеф-редактором издания "
            "Андреем Примеровым\", - говорится в телеграм-канале издания.")
    assert [c.name for c in found(text, "telegram")] == ["Примерная газета"]


def test_a_channel_named_by_pointing_back_to_its_outlet_leaves_the_outlet_an_outlet() -> None:
    text = ("Жительница Одессы в интервью изданию «Город.ua» рассказала о ценах. Как передает телеграм-канал "
            "издания, женщина не нашла работу.")
    assert [(c.name, c.text) for c in found(text, "telegram")] == [("Город.ua", "телеграм-канал издания")]
    assert [c.name for c in found(text, "outlet")] == ["Город.ua"]
    english = ('Blasts were heard in the city, the news portal Example Time has said. "Blasts," the portal said '
               "on its Telegram channel.")
    assert [(c.name, c.rule) for c in found(english, "telegram")] == [("Example Time", "tg.said_on.outlet")]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Видео появилось в официальном Telegram-канале губернатора \"Петров.Live\".", "Петров.Live", None),
        ("In a message posted on his Telegram channel, Durov addressed the claim.", None, "Durov"),
        ("In a statement released through the Telegram social network, the Example Ministry assures that all is calm.",
         "Example Ministry", None),
    ],
)
def test_a_channel_by_its_owners_office_or_an_intro(text: str, name: str | None, owner: str | None) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(name, owner)]


def test_a_source_line_may_name_an_office_first() -> None:
    text = "Вибухи чути в місті.\nДжерело: мер Одеси Петро Коваленко у Telegram\n"
    assert [c.owner for c in found(text, "telegram")] == ["Петро Коваленко"]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("According to a community Telegram channel called The People of Lake, the road is shut.", "People of Lake",
         None),
        ("The head of the Chechen Republic Ramzan Kadyrov has announced a new unit. He wrote about this on his "
         "Telegram channel.", None, "Ramzan Kadyrov"),
        ("Governor Ivan Petrov reported two casualties. The announcement was made through his Telegram channel.",
         None, "Ivan Petrov"),
    ],
)
def test_channels_named_after_called_and_owners_through_a_republic(text: str, name: str | None,
                                                                     owner: str | None) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(name, owner)]


def test_it_said_on_telegram_is_the_body_quoted_before_which_stays_an_outlet_there() -> None:
    text = ("Air defences shot down 25 drones overnight, the Latvian Air Force said.\n\nIt said in a statement on the "
            "Telegram messaging app that nine regions were targeted.")
    assert [c.name for c in found(text, "telegram")] == ["Latvian Air Force"]
    assert [c.name for c in found(text, "outlet")] == ["Latvian Air Force"]


def test_a_statement_in_telegram_with_no_author_is_the_source_reported_just_before() -> None:
    text = ("Вночі в Ніжині горів ринок, повідомляє Державна служба з надзвичайних ситуацій (ДСНС).\n\n"
            "\"Вогонь швидко поширювався\", - ідеться в повідомленні в телеграмі вранці четверга.")
    telegram, outlets = found(text, "telegram"), found(text, "outlet")
    assert [c.name for c in telegram] == [c.name for c in outlets] and outlets[0].name.startswith("Державна служба")
    assert telegram[0].text == "ідеться в повідомленні в телеграмі"
    alone = "\"Вогонь швидко поширювався\", - ідеться в повідомленні в телеграмі."
    assert found(alone, "telegram") == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Writing on his Telegram channel, Ramzan Kadyrov claimed the village was taken.", "Ramzan Kadyrov"),
        ("Speaking on her Telegram channel, Maria Zakharova said the claims were false.", "Maria Zakharova"),
        ("Writing on Telegram, Dmitry Medvedev called the plan absurd.", "Dmitry Medvedev"),
        ("Posting on Telegram, the regional governor Alexander Bogomaz said the drone was downed.",
         "Alexander Bogomaz"),
    ],
)
def test_a_participle_before_the_place_leaves_who_after_the_comma(text: str, owner: str) -> None:
    """ "Writing on his Telegram channel, X claimed": the participle is no name; X after the comma wrote."""
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(None, owner)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ukraine's military intelligence agency said in a statement on Telegram that a depot was hit.",
         "Ukraine's military intelligence agency"),
        ("The regional health department said on Telegram that the clinic was closed.",
         "regional health department"),
    ],
)
def test_a_body_with_a_lowercase_head_said_it_on_telegram(text: str, name: str) -> None:
    assert [c.name for c in found(text, "telegram")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Twenty trucks arrived, the Primer Hajun monitoring project reported via Telegram on Dec. 14.",
        "The Primer Hajun monitoring project said on Telegram that twenty trucks arrived.",
        "Twenty trucks arrived, the Primer Hajun human rights center said on Telegram.",
    ],
)
def test_a_name_then_what_it_is_said_it_on_telegram(text: str) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [("Primer Hajun", None)]


def test_an_office_of_a_place_then_the_person_between_commas() -> None:
    """ "The mayor of Kharkiv, Ihor Terekhov, said on Telegram": the person between the commas, not the place."""
    text = "The mayor of Kharkiv, Ihor Terekhov, said on Telegram that power was restored."
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(None, "Ihor Terekhov")]


def test_the_subject_set_off_by_commas_before_said_on_telegram() -> None:
    from archiver.citations import article_from_text, extract_citations

    text = "Hamas’ armed wing, the Qassam Brigades, said via the Telegram messaging app that it fired rockets."
    found = [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert [c.name or c.owner for c in found] == ["Qassam Brigades"]


def test_on_telegram_opening_the_sentence() -> None:
    from archiver.citations import article_from_text, extract_citations

    found = [(c.name, c.owner, c.text) for c in extract_citations(article_from_text(
        "On Telegram, Prigozhin reported the news. On Telegram, the news spread fast.")) if c.kind == "telegram"]
    assert found == [(None, "Prigozhin", "On Telegram, Prigozhin")]
    # a verb of saying in the sentence before is not this place's ("… reported the news. On Telegram, …")
    assert [c for c in extract_citations(article_from_text(
        "The governor reported the news. On Telegram, residents were angry.")) if c.kind == "telegram"] == []


def test_an_object_opening_the_sentence_is_not_who_said_it() -> None:
    text = "Информацию подтвердили в управлении МЧС по Курской области в Telegram."
    assert [c.name for c in found(text, "telegram")] == ["управлении МЧС по Курской области"]


def test_a_ukrainian_name_with_an_apostrophe_is_a_person() -> None:
    text = "Про це повідомив у Телеграмі начальник Житомирської ОВА В’ячеслав Бунечко."
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(None, "В’ячеслав Бунечко")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word for whose side the channel is on is no name: the name follows, or there is none
        ("The Kremlin-backed Telegram channel Readovka published the video.", "Readovka"),
        ("The Wagner-affiliated Grey Zone Telegram channel claimed the jet was downed.", "Grey Zone"),
        # a possessor is no name; the body it owns is
        ("The video came in a Telegram post by Ukraine's eastern command.", "Ukraine's eastern command"),
        # "General" opens a body's name here, not a person's
        ("The Ukrainian army's General Staff said on Telegram that 40 clashes took place.", "General Staff"),
    ],
)
def test_names_of_bodies_and_channels_are_not_their_modifiers(text: str, name: str) -> None:
    assert [c.name for c in found(text, "telegram")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Про це повідомляє в Telegram Офіс генпрокурора.", "Офіс генпрокурора"),
        ("Про це в Телеграмі повідомило Міністерство оборони.", "Міністерство оборони"),
        ("Об этом сообщило в Telegram Минобороны РФ.", "Минобороны РФ"),
        # a person or a place ending the clause is no body
        ("Про це повідомляє в Telegram Олена з Києва.", None),
    ],
)
def test_a_body_ending_the_clause_after_said_in_telegram(text: str, name: str | None) -> None:
    assert [c.name for c in found(text, "telegram") if c.name] == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name, then what it is in lowercase words, then the verb: the name
        ("Kyiv-based Energoatom national nuclear energy generating company announced this on Telegram.", "Energoatom"),
        ("Killnet hacker group said on Telegram that it attacked the site.", "Killnet"),
        # a nationality is no name, nor is the article: nobody named
        ("The Russian state energy company announced this on Telegram.", None),
        ("The hacker group said on its Telegram channel that it had stolen the data.", None),
    ],
)
def test_a_name_described_before_its_verb(text: str, name: str | None) -> None:
    assert [c.name for c in found(text, "telegram") if c.name] == ([name] if name else [])


def test_another_ones_statements_on_telegram_are_not_the_speakers_channel() -> None:
    text = "The IDF said it can neither confirm nor deny Hamas’s statements on Telegram."
    assert found(text, "telegram") == []
    assert [c.name for c in found(text, "outlet")] == ["IDF"]


def test_according_to_a_statement_posted_on_telegram_is_the_subjects() -> None:
    text = ("Ukraine's air force said it had shot down 24 of 26 drones overnight, according to a statement posted "
            "on the Telegram messaging app.")
    assert [c.name for c in found(text, "telegram")] == ["Ukraine's air force"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # "X, who wrote on Telegram": the name before the relative clause, past an office set off by commas
        ("The strike was confirmed by Kyiv mayor Vitali Klitschko, who wrote on Telegram that two people died.",
         "Vitali Klitschko"),
        ("That's according to Lieutenant General Mykola Oleshchuk, Commander of Ukraine's Air Force, who broke the "
         "news on Telegram.", "Mykola Oleshchuk"),
    ],
)
def test_who_said_it_before_a_relative_clause(text: str, owner: str) -> None:
    assert [c.owner for c in found(text, "telegram")] == [owner]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the message is "posted on Telegram": who said it comes before the message
        ("Israeli spokesman Dmitry Gendelman spoke about the strike. Gendelman shared these sentiments in a message "
         "posted on Telegram.", [(None, "Dmitry Gendelman")]),
        # a bulletin opening the sentence
        ("In a bulletin published on Telegram, Hezbollah stated that it had no role.", [("Hezbollah", None)]),
    ],
)
def test_a_message_or_bulletin_posted_on_telegram(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == expected


def test_a_name_then_its_kind_then_said_on_telegram() -> None:
    text = "Members of the ByPol association said on Telegram that the plane was hijacked."
    assert [c.name for c in found(text, "telegram")] == ["ByPol"]


def test_in_a_telegram_statement_beside_a_channels_audience() -> None:
    # "subscribers" nearby is a channel's audience, not a "subscribe to us" line
    text = ("The pro-Kremlin channel Rybar has over a million subscribers.\n\nUkraine's military intelligence said "
            "in a Telegram statement that the ship was hit.")
    assert "Ukraine's military intelligence" in [c.name for c in found(text, "telegram")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # war bloggers and war correspondents speak on Telegram, in an article that says so anywhere
        ("Russian milblogger Yuri Podolyaka wrote that the front was stable. Others said so on Telegram too.",
         (None, "Yuri Podolyaka")),
        ("Военкор Александр Коц написал, что бои идут. Об этом же пишут телеграм-каналы.", (None, "Александр Коц")),
        # a known Telegram medium needs no other mention
        ("Russian war blogger Rybar reported that the troops crossed the river.", ("Rybar", None)),
    ],
)
def test_war_bloggers_speaking(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in [(c.name, c.owner) for c in found(text, "telegram")]


def test_a_blogger_in_an_article_that_never_says_telegram_is_no_channel() -> None:
    assert found("Russian milblogger Yuri Podolyaka wrote that the front was stable.", "telegram") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office set off by commas between the name and the verb
        ("“Air defenses are addressing targets,” Andrei Yermak, chief of staff to President Volodymyr Zelensky, said "
         "in a post on the Telegram messaging app.", (None, "Andrei Yermak")),
        # officials speaking for a body: the body
        ("Kiev military administration officials said on Telegram that debris fell.",
         ("Kiev military administration", None)),
        # the place between who and the verb
        ("The Emergency Situations Ministry in a statement on Telegram said 404 residents were evacuated.",
         ("Emergency Situations Ministry", None)),
    ],
)
def test_who_said_it_around_an_aside_or_the_place(text: str, expected: tuple[str | None, str | None]) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality is no name: the body it qualifies is, or nobody
        ("The footage, shared on Telegram by the Ukrainian military, shows the strike.",
         [("Ukrainian military", None)]),
        ("Ukrainian officials, writing on Telegram, said the attack had failed.", []),
        ("A video posted to the Telegram channel of the Chechen leader shows the meeting.", []),
        # "took to Telegram", the idiom
        ("Vitali Klitschko took to Telegram to warn residents.", [(None, "Vitali Klitschko")]),
        ("He took photos and posted them on Telegram.", []),
    ],
)
def test_nationalities_and_took_to_telegram(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a post does besides saying
        ("Vitali Klitschko, the mayor of Kyiv, urged residents on Telegram to stay in shelters.",
         (None, "Vitali Klitschko")),
        ("Mykola Tochytskyi denied the claims on Telegram on Friday.", (None, "Mykola Tochytskyi")),
        # after a quotation: the verb, who, an aside, then the place
        ('"We are ready," said Denis Pushilin, the Moscow-installed leader of Donetsk, in a Telegram post.',
         (None, "Denis Pushilin")),
        # "by" an office, then its holder's name
        ("According to a Telegram post by the head of the Odesa regional administration, Oleh Kiper, the port was hit.",
         (None, "Oleh Kiper")),
        # "by" a place's body: the place and the lowercase body together
        ("A Telegram post by the Kharkiv regional administration said two people were hurt.",
         ("Kharkiv regional administration", None)),
    ],
)
def test_who_posted_it_with_other_verbs_after_quotes_and_offices(
        text: str, expected: tuple[str | None, str | None]) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [expected]


def test_a_quotation_said_by_someone_citing_telegram_is_not_their_channel() -> None:
    assert found('"Go," said Reuters, citing posts on Telegram.', "telegram") == []


def test_a_source_line_with_the_persons_office_set_off_by_commas() -> None:
    text = "Shelling went on all week.\nSource: Olena Hrytsenko, Deputy Minister of Energy, on Telegram\nDetails:"
    assert [(c.owner, c.rule) for c in found(text, "telegram")] == [("Olena Hrytsenko", "tg.said_on.source_line")]
    assert found(text, "outlet") == []


def test_an_outlet_that_reported_it_in_its_hyphenated_telegram_channel() -> None:
    text = "It is reported by “Kostanay Today” in its Telegram-channel with a link to the police."
    assert [(c.name, c.rule) for c in found(text, "telegram")] == [("Kostanay Today", "tg.said_on.source")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a group named before speak for it
        ("The hacker group Malek Team claimed the attacks. The hackers stated on their Telegram channel that more "
         "would come.", [("Malek Team", None)]),
        # who speaks for the group
        ("The hacker group Malek Team claimed the attacks. A spokesperson for the group said on its Telegram "
         "channel that more would come.", [("Malek Team", None)]),
        # a statement released there
        ("The group Cyber Front Z later released a statement from its own Telegram account.",
         [("Cyber Front Z", None)]),
    ],
)
def test_a_group_speaking_through_members_spokespeople_and_statements(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    cited = found(text, "telegram")
    assert {(c.name, c.owner) for c in cited} == set(expected)
    assert any("Telegram" in c.text for c in cited)  # the post itself, not only the first mention


def test_a_name_never_runs_across_a_sentence_end() -> None:
    text = ("The attack was claimed by the Russian Army Cyber Team. A spokesperson for the group said on its "
            "Telegram channel on Sunday that it was revenge.")
    assert all(". " not in (c.name or "") for c in found(text, "telegram"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dmitry Peskov told reporters. Later, Medvedev weighed in on Telegram, calling the move provocative.",
         [(None, "Medvedev")]),
        ("Zelensky said in his nightly video address, which was also posted on Telegram, that Ukraine would respond.",
         [(None, "Zelensky")]),
        ("The report, which was posted on Telegram, was fake.", []),
    ],
)
def test_weighing_in_and_an_address_also_posted_on_telegram(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sievierodonetsk's mayor, Oleksandr Striuk, told residents on Telegram that evacuation was impossible.",
         [(None, "Oleksandr Striuk")]),
        ("Ukraine's Air Force, in a post on Telegram, said it downed all 20 drones.",
         [("Ukraine's Air Force", None)]),
        ("The regional governor, Oleh Syniehubov, in a statement on Telegram, said two people were hurt.",
         [(None, "Oleh Syniehubov")]),
        # no name: the bloggers are cited all the same
        ("Pro-Russian military bloggers reported on Telegram that Ukrainian forces had crossed the river.",
         [(None, None)]),
        ("Bloggers said the weather was nice.", []),
    ],
)
def test_an_office_then_told_a_post_set_off_by_commas_and_bloggers(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == expected


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Голова ОВА В'ячеслав Чаус повідомив про обстріли. «Ситуація складна», – сказав Чаус у відеозверненні, "
         "розміщеному в телеграмі.", "В'ячеслав Чаус"),
        ("Об этом заявил Вячеслав Гладков в видеообращении, опубликованном в Telegram.", "Вячеслав Гладков"),
        # a Ukrainian name written in full before: the surname alone is that person
        ("Голова ОВА Олег Синєгубов приїхав на місце. Про наслідки написав Синєгубов у Telegram.", "Олег Синєгубов"),
    ],
)
def test_a_video_address_posted_on_telegram_and_ukrainian_full_names(text: str, owner: str) -> None:
    assert [c.owner for c in found(text, "telegram")] == [owner]


def test_a_lowercase_body_for_something_said_on_telegram() -> None:
    text = "The fires spread to 200 buildings, the regional ministry for emergencies said on Telegram."
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [("regional ministry for emergencies", None)]


def test_two_office_holders_said_it_on_telegram() -> None:
    text = "Про це у Telegram повідомили голова Вінницької ОВА Сергій Борзов та міський голова Вінниці Сергій Моргунов."
    assert [c.owner for c in found(text, "telegram")] == ["Сергій Борзов", "Сергій Моргунов"]
    alone = "Про це у Telegram повідомив голова Вінницької ОВА Сергій Борзов та інші посадовці."
    assert [c.owner for c in found(alone, "telegram")] == ["Сергій Борзов"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Дружина Президента Олена Зеленська оприлюднює розповіді. Як передає Укрінформ, про це перша леді "
         "повідомляє в Телеграмі.", "Олена Зеленська"),
        ("Мер Львова Андрій Садовий приїхав на місце. Згодом мер повідомив у Telegram, що світло є.",
         "Андрій Садовий"),
    ],
)
def test_an_office_alone_before_the_verb_is_the_person_named_before(text: str, owner: str) -> None:
    assert [c.owner for c in found(text, "telegram")] == [owner]


@pytest.mark.parametrize(
    "text",
    [
        "МВД предупредило о сеющих панику закрытых сообществах в Telegram.",
        "The police warned about fraud groups on Telegram.",
    ],
)
def test_groups_on_telegram_are_where_the_groups_are_not_where_it_was_said(text: str) -> None:
    assert found(text, "telegram") == []


def test_in_his_post_on_telegram_closing_the_sentence_of_the_one_who_said_it() -> None:
    text = "Obaida said that the raid “posed a great danger” to the hostages, in his post on Telegram."
    assert [(c.name or c.owner, c.text) for c in found(text, "telegram")] == [("Obaida", "in his post on Telegram")]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("This was reported in Telegram by the head of the Sumy Regional Military Administration Ivan Kovalenko, "
         "Example News reports.", "Ivan Kovalenko"),
        ("The damage was announced on the Telegram channel by Oleksandr Hrytsenko.", "Oleksandr Hrytsenko"),
        # a surname that ends like a nationality ("-kh", "-ych") after a first name is still a person's
        ("This was stated in Telegram by the head of Zaporizhzhia RMA Oleksandr Starukh.", "Oleksandr Starukh"),
        ("This was reported in Telegram by the former president Viktor Yanukovych.", "Viktor Yanukovych"),
    ],
)
def test_said_on_telegram_by_a_person_after_the_place(text: str, owner: str) -> None:
    assert [(c.owner, c.rule) for c in found(text, "telegram")] == [(owner, "tg.said_on.by")]


def test_a_video_recording_on_telegram_then_the_pronoun() -> None:
    text = ("Ivan Petrov, the head of the region, spoke on Monday. In a video recording on the Telegram channel, he "
            "stated that 17 people had died.")
    assert [(c.owner, c.rule) for c in found(text, "telegram")] == [("Ivan Petrov", "tg.said_on.intro")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Про це йдеться в аналізі моніторингового проєкту ExampleMap в Telegram.", "ExampleMap"),
        # (the press service with its club: the guide's names keep it, «пресс-службы МВД»)
        ("Об этом говорится в сообщении пресс-службы «Факела» в телеграм-канале.", "пресс-службы «Факела»"),
    ],
)
def test_a_statement_whose_author_is_named_before_in_telegram(text: str, name: str) -> None:
    assert [(c.name, c.rule) for c in found(text, "telegram")] == [(name, "tg.said_on.statement")]


def test_the_company_said_on_telegram_is_the_company_named_before() -> None:
    text = ("Компанія \"Швидка пошта\" попередила про затримки.\n\n\"Доставка затримується до завтра\", - повідомила "
            "компанія у Телеграм.")
    assert [(c.name, c.rule) for c in found(text, "telegram")] == [("Швидка пошта", "tg.said_on.body_noun")]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Мэр города Иван Петров сообщил в соцсети Telegram, что света нет.", "Иван Петров"),
        ("Mayor Ivan Petrenko wrote on the social network Telegram that there was no light.", "Ivan Petrenko"),
        ("Мер міста Іван Петренко прокоментував обшуки. Про це він повідомив у соцмережі Telegram.",
         "Іван Петренко"),
    ],
)
def test_telegram_named_as_a_social_network(text: str, owner: str) -> None:
    assert [c.owner for c in found(text, "telegram")] == [owner]


def test_a_body_that_said_it_on_telegram_is_that_channel_wherever_it_speaks() -> None:
    text = ('Світла немає у трьох районах, повідомив "Світлоенерго" у телеграм-каналі.\n\n'
            "Світлоенерго повідомив, що ремонт триває. Як повідомляє телеканал \"Світлоенерго\", ремонт завершать.")
    kinds = [(c.kind, c.name) for c in extract_citations(article_from_text(text)) if c.name]
    assert kinds[:2] == [("telegram", "Світлоенерго"), ("telegram", "Світлоенерго")]
    assert kinds[2:] == [("outlet", "Світлоенерго")]  # the text calls it a TV channel there: an outlet


def test_the_company_said_on_telegram_in_english_is_the_company_named_before() -> None:
    text = ("Two trains were late, the Northern Railways company said on Thursday.\n\n"
            "The delays were caused by snow, the company said in a statement on Telegram.")
    assert [(c.name, c.rule) for c in found(text, "telegram")] == [
        ("Northern Railways", "tg.prose.known_name"), ("Northern Railways", "tg.said_on.body_noun")]
    assert found(text, "outlet") == []


def test_citing_the_statement_of_a_body_named_by_a_common_noun() -> None:
    text = ("Ділянки залізниці знеструмлено. \"Північна залізниця\" попередила про затримку поїздів.\n\n"
            "Про це повідомляє Приклад-Інфо з посиланням на повідомлення компанії в Telegram.")
    assert [(c.name, c.rule) for c in found(text, "telegram")] == [("Північна залізниця", "tg.said_on.body_noun")]


def test_the_center_said_on_telegram_is_the_center_named_before() -> None:
    text = ("The blogger was detained, the Example News agency said. He was detained in Minsk, an unregistered "
            "human rights center Examplia said Sunday.\n\n\"He was on a flight,\" the center said on Telegram.")
    assert [(c.name, c.rule) for c in found(text, "telegram")][-1] == ("Examplia", "tg.said_on.body_noun")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At Examplevo Airport, 16 flights were canceled. This was announced in the airport's Telegram channel.",
         "Examplevo Airport"),
        ("Sudan’s paramilitary Example Support Forces (ESF) took the city. “It is a victory,” the paramilitary group "
         "said in a statement released on the social media platform Telegram.", "ESF"),
    ],
)
def test_a_body_called_by_its_noun_on_telegram(text: str, name: str) -> None:
    assert [c.name for c in found(text, "telegram")][-1] == name


def test_a_source_line_on_telegram_after_other_sources_keeps_them() -> None:
    text = "Debris fell.\nSource: Kyiv City Administration; Ivan Primerov, Mayor of Kyiv, on Telegram\n"
    assert [(c.name, c.text) for c in found(text, "outlet")] == [
        ("Kyiv City Administration", "Source: Kyiv City Administration")]
    assert [(c.owner, c.text) for c in found(text, "telegram")] == [
        ("Ivan Primerov", "Ivan Primerov, Mayor of Kyiv, on Telegram")]


def test_the_group_said_on_telegram_is_the_subject_of_the_sentence_before() -> None:
    # no organisation's word marks the name: the sentence before opens with it, a verb after it
    text = ("The Islamic Resistance of Primer claimed the attack on Monday. The coalition said in a statement on "
            "Telegram that more attacks would follow.")
    assert [c.name for c in found(text, "telegram") if c.rule == "tg.said_on.body_noun"] == [
        "Islamic Resistance of Primer"]


def test_a_body_named_before_a_sentence_that_ends_with_a_capitalised_word() -> None:
    # "Monday." closes the sentence before: it is no part of the body's name
    text = ("The Primer Defense Ministry reported strikes on Monday. The ministry said in a statement on Telegram "
            "that more attacks would follow.")
    assert [c.name for c in found(text, "telegram")] == ["Primer Defense Ministry"]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Ivan Primerov's Telegram post said the bridge was closed.", None, "Ivan Primerov"),
        ("According to the Primer Ministry's Telegram statement, the bridge was closed.", "Primer Ministry", None),
    ],
)
def test_whose_telegram_post_by_a_possessive(text: str, name: str | None, owner: str | None) -> None:
    assert [(c.name, c.owner) for c in found(text, "telegram")] == [(name, owner)]


def test_a_possessive_telegram_post_nothing_cites_is_no_citation() -> None:
    assert found("Ivan Primerov's Telegram posts are popular.", "telegram") == []



@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the group introduced by name ("known as"), a hashtag and another body named nearer
        ("A collective of hackers known as the Primer Cyber Team hit the Primer Agency for Safety under the hashtag "
         "#FreePrimer. “We are here,” a spokesperson for the group said on its Telegram channel on Sunday.",
         "Primer Cyber Team"),
        # a group word in its name («Brigades»), an agency's credit in the dateline
        ("PRIMER CITY (AA) - Primer Brigades fighters “are engaged in battles,” the group said in a statement on "
         "Telegram.", "Primer Brigades"),
    ],
)
def test_the_group_is_the_group_named_before_not_the_nearest_capitalised_word(text: str, name: str) -> None:
    assert [c.name for c in found(text, "telegram")] == [name]


@pytest.mark.parametrize("place", ["Телеграмм", "Телеграм", "телеграмі"])
def test_a_source_line_names_telegram_in_cyrillic_too(place: str) -> None:
    text = f"Губернатор Вячеслав Примеров заявил, что попал под обстрел.\n\nИсточник: Примеров в {place}\n"
    assert [c.owner for c in found(text, "telegram")] == ["Вячеслав Примеров"]


def test_a_personal_telegram_channel_is_a_place_to_say_it() -> None:
    text = ("The Primer Battalion claimed the attack on Sunday. The group released a video on their personal "
            "Telegram channel.")
    said = [c for c in found(text, "telegram") if c.text.startswith("The group")]
    assert [c.name for c in said] == ["Primer Battalion"]


def test_a_quoted_name_before_an_english_noun_is_no_group() -> None:
    text = ("The Primer Battalion, a militia group, claimed a strike on the American “Primer Hill” base. The group "
            "released a video of the attack on its Telegram channel.")
    said = [c for c in found(text, "telegram") if c.text.startswith("The group")]
    assert [c.name for c in said] == ["Primer Battalion"]
