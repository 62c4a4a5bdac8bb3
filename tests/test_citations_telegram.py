"""Telegram channels named in prose (English, Russian, Kazakh) — and channels that are not Telegram."""

from __future__ import annotations

import pytest

from archiver.citations import Citation, article_from_text, extract_citations


def telegram(text: str) -> list[Citation]:
    return [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]


def names(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.owner) for c in telegram(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: quoted after, any quote style, punctuation inside the quotes
        ('Screenshot from the Telegram channel "Military Chronicles."', [("Military Chronicles", None)]),
        ("The telegram channel “Secret Chancellery” writes about this.", [("Secret Chancellery", None)]),
        ("(Screenshot from Telegram channel 'Z.O.V.')", [("Z.O.V.", None)]),
        ("the Telegram channel «Rybar!» wrote", [("Rybar!", None)]),
        ("a Telegram-channel called „Two Majors“ said", [("Two Majors", None)]),
        ('the Telegram channel "Rybar", "the most popular war blog", said', [("Rybar", None)]),
        ('the Telegram channels "Rybar", "Two Majors" and "Military Informant" agree',
         [("Rybar", None), ("Two Majors", None), ("Military Informant", None)]),
        # quoted before, named before, possessive, appositive, unquoted after
        ('the "Rybar" Telegram channel reported', [("Rybar", None)]),
        ("Screenshot from the Russian Defense Ministry Telegram channel", [("Russian Defense Ministry", None)]),
        ("Rybar's Telegram channel posted a map.", [("Rybar", None)]),
        ("Zelensky's Telegram channel posted a video.", [(None, "Zelensky")]),
        ("Rybar, a popular Telegram channel, wrote that", [("Rybar", None)]),
        ("on the Telegram channel of the Russian Defense Ministry", [("Russian Defense Ministry", None)]),
        ("the Telegram channel Readovka reported", [("Readovka", None)]),
        # owners
        ('Military expert Mikhail Zvintseuk, author of the Telegram channel "Fisherman," also agreed.',
         [("Fisherman", "Mikhail Zvintseuk")]),
        ('The author of the Telegram channel "Fisherman", Mikhail Zvintseuk, said',
         [("Fisherman", "Mikhail Zvintseuk")]),
        ("Maria Zakharova wrote in her Telegram channel that talks are over.", [(None, "Maria Zakharova")]),
        ("Maria Zakharova, the ministry spokeswoman, also wrote on her Telegram channel that",
         [(None, "Maria Zakharova")]),
        ("In his Telegram channel, Ramzan Kadyrov wrote that", [(None, "Ramzan Kadyrov")]),
        ("Dmitry Medvedev wrote on Telegram that", [(None, "Dmitry Medvedev")]),
        ("Maria Zakharova said in a Telegram post that", [(None, "Maria Zakharova")]),
        ("Zvintseuk wrote in the Telegram channel \"Fisherman\" that", [("Fisherman", None)]),
        ('Blogger Evgeny "Topaz" Raskazov posted in his Telegram channel', [(None, 'Evgeny "Topaz" Raskazov')]),
        # channel word elsewhere, lists after "including"
        ('the channel "Rybar" on Telegram wrote', [("Rybar", None)]),
        ("Several Telegram channels, including WarGonzo and Grey Zone, claimed that.",
         [("WarGonzo", None), ("Grey Zone", None)]),
        ("The video appeared on the Telegram channel January 5.", []),
        # "of" a place's office and the person: the person owns it
        ("A video posted on the Telegram channel of Chechen leader Ramzan Kadyrov showed the troops.",
         [(None, "Ramzan Kadyrov")]),
        ("Wagner chief Yevgeny Prigozhin said in an audio message released by his press service on Telegram that he "
         "was leaving.", [(None, "Yevgeny Prigozhin")]),
        # a type noun between the outlet and the place, the verb after it; a lowercase head after "of the"
        ("The Orda.kz edition on the Telegram channel reported that the detainee was released.", [("Orda.kz", None)]),
        ("Ukrainska Pravda reported, citing a post on the Telegram channel of the Kharkiv police.",
         [("Kharkiv police", None)]),
        ("Andriy Kovalenko, confirming the news via the Telegram application, said the refinery was hit.",
         [(None, "Andriy Kovalenko")]),
    ],
)
def test_english_prose(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом сообщает телеграм-канал «Рыбарь».", [("Рыбарь", None)]),
        ("Как отмечают в Telegram-канале «Военный осведомитель», фронт стабилен.", [("Военный осведомитель", None)]),
        ("Об этом написал ТГ-канал „Два майора“.", [("Два майора", None)]),
        ("Телеграмм-каналом «Z.O.V.» опубликовано видео.", [("Z.O.V.", None)]),
        ("по данным телеграм канала “Старше Эдды”", [("Старше Эдды", None)]),
        ("В телеграм-каналах «Рыбарь» и «Два майора» пишут", [("Рыбарь", None), ("Два майора", None)]),
        ("Автор телеграм-канала «Рыбарь» Михаил Звинчук считает, что", [("Рыбарь", "Михаил Звинчук")]),
        ("Военный эксперт Михаил Звинчук, автор телеграм-канала «Рыбарь», считает", [("Рыбарь", "Михаил Звинчук")]),
        ("Официальный представитель МИД России Мария Захарова написала в своём телеграм-канале, что",
         [(None, "Мария Захарова")]),
        ("Захарова в своем Telegram-канале заявила, что", [(None, "Захарова")]),
        ("В своём телеграм-канале Рамзан Кадыров написал, что", [(None, "Рамзан Кадыров")]),
        ("Дмитрий Медведев написал в Telegram, что", [(None, "Дмитрий Медведев")]),
        ("Об этом в своём Telegram-канале сообщил глава Чечни Рамзан Кадыров.", [(None, "Рамзан Кадыров")]),
        # an impersonal verb, the bare word, then whose it is in quotes
        ("Про це повідомляється в Telegram \"Приклад-енерго\".", [("Приклад-енерго", None)]),
        ("Об этом сообщается в Telegram «Россетей».", [("Россетей", None)]),
        # two offices in apposition, then the person
        ("Об этом в своём Telegram-канале сообщил представитель Росавиации, пресс-секретарь ФАВТ Артем Кореняко.",
         [(None, "Артем Кореняко")]),
        ("Канал «Операция Z» в Telegram опубликовал кадры.", [("Операция Z", None)]),
        ("В Telegram-канале Mash появилось видео.", [("Mash", None)]),
        ("в телеграм-канале Минобороны России сообщили", [("Минобороны России", None)]),
        ("«Рыбарь» Telegram-арнасы жазды.", [("Рыбарь", None)]),
        ("деп жазады «Әскери шежіре» Telegram-арнасында.", [("Әскери шежіре", None)]),
        ("ҚР Денсаулық сақтау министрлігі Telegram-арнасында хабарлады.",
         [("ҚР Денсаулық сақтау министрлігі", None)]),
        # a list after the nominative plural; a stray space after the hyphen; a common typo
        ("Telegram-каналы Ostorozhno, Baza и SHOT сообщили о задержании.",
         [("Ostorozhno", None), ("Baza", None), ("SHOT", None)]),
        ("Об этом сообщает Telegram- канал «Северный ветер».", [("Северный ветер", None)]),
        ("Видео опубликовано в телегам-канале «Северный ветер».", [("Северный ветер", None)]),
        ("Главком Иван Петров подтвердил в своем телеграм-канале, что мост цел.", [(None, "Иван Петров")]),
        # «собственный» / «власний»: own, as «свой»
        ("Глава Минстроя Иван Петров в собственном Telegram-канале подвел итоги.", [(None, "Иван Петров")]),
        ("Петро Коваленко у власному Telegram-каналі повідомив про обстріл.", [(None, "Петро Коваленко")]),
        # an office alone is its holder, not the channel's name
        ("Губернатор опубликовал обращение к жителям в Telegram.", [(None, "Губернатор")]),
        # a medium by its type word and its name, quoted or not, then "in its Telegram channel"
        ("За даними ресурсу \"Примерний Оперативний\" в Telegram-каналі, аварія сталася вранці.",
         [("Примерний Оперативний", None)]),
        ("Про це повідомляє ресурс dtp.example.ua в Telegram-каналі.", [("dtp.example.ua", None)]),
        ("Про це повідомляє видання «Приклад» у своєму Telegram-каналі.", [("Приклад", None)]),
        # an outlet citing channels "in Telegram", a list of them: theirs, not the outlet's
        ("Об этом сообщает РБК-Примерка со ссылкой на “Новости-Примера” в Telegram, Primer life в Telegram и "
         "“Эхо Примера” в Telegram.", [("Новости-Примера", None), ("Primer life", None), ("Эхо Примера", None)]),
    ],
)
def test_russian_and_kazakh_prose(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


def test_later_mentions_of_a_known_channel() -> None:
    text = "Телеграм-канал «Рыбарь» выложил карту. Позже «Рыбарь» пишет, что бои идут. Как пишет «Рыбаря» автор, нет."
    found = telegram(text)
    assert [c.rule for c in found] == ["tg.prose.quoted_after", "tg.prose.known_name", "tg.prose.known_name"]
    assert [c.name for c in found] == ["Рыбарь", "Рыбарь", "Рыбаря"]  # names as written


@pytest.mark.parametrize(
    "text",
    [
        "investing is a way to reach Central Asian logistics channels and natural resources",
        "London acts through British channels and diplomatic channels.",
        "The TV channel “Rossiya 1” and the YouTube channel “Solovyov Live” showed it.",
        "Логистические каналы и канал связи работают; телеканал «Россия 24» и YouTube-канал «Соловьёв LIVE» молчат.",
        "Телеграмма пришла вчера. He sent a telegram to Moscow.",
        "Russian Telegram channels reported many things. Ukrainian Telegram channel users disagree.",
        "Telegram channel Telegram channel Telegram",
        "She uses Telegram every day.",
        "Дмитрий Медведев создал свой Telegram-канал в 2022 году.",  # having a channel cites nothing
        "The governor launched his own Telegram channel last year.",
        "Долучайся до телеграм-каналу «Новини Полтави»!",  # a promotion, in Ukrainian too
        "Присоединяйся к телеграм-каналу «Новости Омска».",
        # a person by their channel, nothing said there
        "Задержан админ телеграм-канала «Омский щит» Иван Петров.",
        "The founder of Telegram channel Prairie News, which was banned, was detained.",
    ],
)
def test_not_telegram(text: str) -> None:
    assert telegram(text) == []


def test_handles_and_links_join_prose_mentions() -> None:
    text = "the Telegram channel «Рыбарь» (@rybar) and телеграм-канал «Два майора» (https://t.me/dva_majors/77)."
    found = telegram(text)
    assert [(c.name, c.handle, c.url) for c in found] == [
        ("Рыбарь", "rybar", "https://t.me/s/rybar"),
        ("Два майора", "dva_majors", "https://t.me/dva_majors/77"),
    ]
    for c in found:
        assert text[c.start : c.end] == c.text and c.text in c.context


def test_spans_and_context() -> None:
    text = 'Intro. Screenshot from the Telegram channel "Military Chronicles."\nNext.'
    (c,) = telegram(text)
    assert c.text == 'Telegram channel "Military Chronicles."'
    assert c.context == 'Screenshot from the Telegram channel "Military Chronicles."'
    assert c.url is None and c.handle is None and c.rule == "tg.prose.quoted_after"


@pytest.mark.parametrize(
    "text",
    [
        "Телеграм-каналы публикуют кадры пожара.",
        "Про це повідомляють місцеві телеграм-канали.",
        "Заявление было опубликовано в телеграм-канале.",
        "Several Telegram channels reported the blast.",
        "A video published by anonymous Telegram news channels showed the strike.",
        "He was detained this month, pro-government Telegram channels reported on March 14.",
        "Бұл туралы Астана тілшісі Telegram-арнасына сілтеме жасап хабарлайды.",
        "Telegram-арналары оқиға туралы жазды.",
        "Later, the Telegram channel reported an explosion near the base.",
        # any plural adjective before the channels, and the verb after «в … телеграм-каналах»
        "Об этом сообщили провоенные телеграм-каналы.",
        "Про це написали харківські телеграм-канали.",
        "В анонимных телеграм-каналах пишут, что мост закрыт.",
        "У місцевих телеграм-каналах писали про вибухи.",
        # two adjectives; the channels "in Telegram", before or after the verb
        "Про це повідомили російські пропагандистські канали у Telegram.",
        "Про це написали російські пропагандистські телеграм-канали.",
        "Российские каналы в Telegram сообщили о взрыве.",
        # "also" between the channels and their verb
        "Місцеві Telegram-канали також повідомляють про вибухи у місті.",
        "В телеграм-каналах также пишут о взрывах.",
        # how many channels: «низка», «несколько», «ряд»
        "Про це повідомляє низка місцевих Telegram-каналів.",
        "Несколько телеграм-каналов сообщили о взрыве.",
        # whom they cite between them and their verb
        "Російські Telegram-канали з посиланням на слова очевидців пишуть про вибухи.",
        # something appeared there: «В телеграм-каналах появились сообщения», «з’явилися кадри»
        "Ранее в телеграм-каналах появились сообщения о взрыве.",
        "У місцевих телеграм-каналах з’явилися кадри вибуху.",
        # "according to" channels with no name
        "According to Belarusian Telegram channels, the column turned back.",
        "По данным провоенных телеграм-каналов, колонна отошла.",
        "За даними моніторингових телеграм-каналів, ракета летіла на захід.",
        # opening the sentence: what they said follows ("that …"), or what they showed
        "The ministry confirmed it. Russian Telegram channels report that reeds are on fire.",
        "Pro-government Russian Telegram channels have published a two-minute video of the attack.",
        "Some Telegram outlets speculated that the outage was deliberate.",
        "Pro-government Telegram channels in Belarus said on August 23 that the march was banned.",
        "Information about this was spread by Russian Telegram channels.",
    ],
)
def test_telegram_cited_without_a_channel_name(text: str) -> None:
    """The source is "Telegram channels": a citation with no name, owner or handle, which nothing resolves."""
    from archiver.resolve.resolver import resolve

    found = telegram(text)
    assert [(c.name, c.owner, c.handle, c.rule) for c in found] == [(None, None, None, "tg.prose.unnamed")]
    assert resolve(found[0], []).status == "not_capturable"


@pytest.mark.parametrize(
    "text",
    [
        "Подписывайтесь на наш телеграм-канал.",
        "В телеграм-канале уже 200 тыс. подписчиков.",
        "В провоенных телеграм-каналах много подписчиков.",
        "В телеграм-каналах появились новые подписчики.",
        "Follow our Telegram channel for updates.",
        "Russian Telegram channels reported many things last year.",
    ],
)
def test_a_channel_word_without_saying_is_no_unnamed_citation(text: str) -> None:
    assert [c for c in telegram(text) if c.rule == "tg.prose.unnamed"] == []


def test_a_channel_named_after_the_words_is_cited_by_name() -> None:
    assert names("— сообщается в телеграм-канале «Северный ветер».") == [("Северный ветер", None)]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baza, a Telegram channel, reported a raid at the office. The channel confirmed the raid on Monday.",
         [("Baza", None), ("Baza", None)]),
        ("Об этом сообщает телеграм-канал «Рыбарь». Как уточнил канал, бои продолжаются.",
         [("Рыбарь", None), ("Рыбарь", None)]),
        ("The channel said nothing.", []),  # no channel named before
        # a well-known Telegram medium named before without being cited; any other name is no channel
        ("Police raided the offices of Mash on Monday. The channel confirmed the raid.", [("Mash", None)]),
        ("Police raided the offices of Primerinform on Monday. The channel confirmed the raid.", []),
        ("Он смотрел телеканал. Канал сообщил о погоде.", []),
    ],
)
def test_the_channel_points_back_to_the_channel_cited_before(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


def test_unnamed_channel_patterns_run_only_near_a_telegram_word_and_miss_nothing() -> None:
    """The windows around Telegram words only speed the scan up: on the whole corpus they give what a scan of
    the whole text gives."""
    from pathlib import Path

    from archiver.citations import unnamed

    corpus = Path(__file__).parent / "data" / "corpus"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    patterns = (unnamed._UNNAMED_RU, unnamed._UNNAMED_EN, unnamed._UNNAMED_EN_MORE, unnamed._UNNAMED_KK)
    whole = [m.span() for pattern in patterns for m in pattern.finditer(text)]
    windowed = [m.span() for pattern in patterns for lo, hi in unnamed._windows(text)
                for m in pattern.finditer(text, lo, hi)]
    assert len(whole) >= 10 and windowed == whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner named in full in a sentence before the possessive
        ("Governor Ivan Petrenko visited the hospital on Monday. The announcement was made through his Telegram "
         "channel.", [(None, "Ivan Petrenko")]),
        ("Политолог Аркадий Смирнов изучил публикации. После этого эксперт в собственном Telegram-канале "
         "подвел итоги.", [(None, "Аркадий Смирнов")]),
        ("Депутат Ерлан Сапаров сөз сөйледі. Депутат кейін өзінің Telegram арнасында ойын айтты.",
         [(None, "Ерлан Сапаров")]),
        # a pronoun's person: a full name before a place ("the Kiev region"), not a date opening the sentence
        ("The deputy chief of staff, Kirill Timoshenko, reported on the attacks in the Kiev region. On Thursday, he "
         "posted on his Telegram channel that the city was calm.", [(None, "Kirill Timoshenko")]),
        # the name opening the text itself, and a name after its office ("Kiev Mayor Vitali Klitschko")
        ("Volodymyr Saldo, the head of Ukraine’s Kherson region, has been hospitalised, he said on his Telegram "
         "channel.", [(None, "Volodymyr Saldo")]),
        ("Kiev Mayor Vitali Klitschko visited the site. Later, he wrote on his Telegram channel that all was calm.",
         [(None, "Vitali Klitschko")]),
        # "through"/"via" as the place's preposition; the person at the end of a long run of capitals; a sea
        # named after the person is no person (and with no person named, "he" is the body named before)
        ("Russian Grandmaster Sergey Alexandrovich Karjakin has plans: “I hasten to share this good news!”, he said "
         "through his Telegram account.", [(None, "Sergey Alexandrovich Karjakin")]),
        ("The Defense Ministry said a ship was hit in the Black Sea. “The ship is destroyed,” he wrote via his "
         "Telegram channel.", [("Defense Ministry", None), ("Defense Ministry", None)]),  # (its "said" too)
        # or the subject named after its verb, a title between
        ("Про всі події у своєму телеграм-каналі щодня повідомляє міський голова Ігор Сапожко.",
         [(None, "Ігор Сапожко")]),
        # the subject after the comma ("…on their Telegram channel, Hamas expressed"); an office word's holder
        ("In a statement released on their Telegram channel, Hezbollah expressed regret.", [("Hezbollah", None)]),
        ("Мер Луцька Ігор Поліщук відвідав школу. Про це мер повідомив у своєму Telegram у понеділок.",
         [(None, "Ігор Поліщук")]),
        # "its / their": the group opening the sentence, its verb next (a group's channel: its name); "established
        # its channel" starts one
        ("Killnet Collective boasted about the attack on its Telegram channel.", [("Killnet Collective", None)]),
        ("The group established its Telegram channel in January.", []),
        # "its": a group named in the clause, never a person; "the group's": the group that spoke before
        ("A militia that calls itself the Volya Battalion is using its Telegram channel to recruit men.",
         [("Volya Battalion", None)]),
        ("The Islamic Resistance in Iraq, an umbrella group, in separate statements published on its Telegram channel "
         "claimed the strikes.", [("Islamic Resistance in Iraq", None)]),
        ("Governor Ivan Petrenko visited the plant. Photos of the damage appeared on its Telegram channel.",
         [(None, None)]),
        # a post "published in Telegram", then the pronoun
        ("Иван Ургант ответил критикам. В посте, опубликованном в Telegram, он заявил, что не уедет.",
         [(None, "Иван Ургант")]),
        # the pronoun before its verb, Ukrainian and Russian word order
        ("Мер Києва Віталій Кличко прокоментував ситуацію. Про це він написав у Telegram.",
         [(None, "Віталій Кличко")]),
        # "the media outlet's": the outlet named with that word before
        ("Five journalists of the Kloop outlet were released. The media outlet’s Telegram channel reported it.",
         [("Kloop", None)]),
        ("The founder of the Example project Ivan Petrov was wounded, reports the project’s Telegram channel.",
         [("Example", None)]),
        ("CAIRO, May 2 — Hamas said it had lost contact with the unit. The hostages were killed, its spokesman was "
         "quoted as saying in a statement on the group’s Telegram channel.", [("Hamas", None)]),
        # nobody named before: still a channel cited, without its owner's name
        ("Обращение появилось на его Telegram-канале.", [(None, None)]),
        # the possessive must stand right before the channel: "their Telegram messages" cite no channel
        ("Police read their Telegram messages.", []),
        ("He likes his Telegram too much.", []),  # the bare word only after a verb of saying
        ("Он завел свой Telegram-канал в 2020 году.", []),
    ],
)
def test_a_possessive_channel_takes_the_person_named_before(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun for a person after the channel word, whichever office (the dictionary's animacy), its holder named
        # later in the clause or sentences before
        ("Ролик появился на Telegram-канале чеченского лидера Рамзана Кадырова.", [(None, "Рамзана Кадырова")]),
        ("Об этом сообщается в Telegram-канале ректора университета «Горный» Олега Смирнова.",
         [(None, "Олега Смирнова")]),
        ("Глава Чечни Рамзан Кадыров поздравил всех. Ролик появился на Telegram-канале чеченского руководителя.",
         [(None, "Рамзан Кадыров")]),
        # a thing, not a person: nobody's channel
        ("Ролик появился на Telegram-канале городского транспорта.", []),
        # the bare word, the office in the genitive, a Ukrainian name with an apostrophe
        ("Про це пише видання з посиланням на Telegram начальника Сумської обласної військової адміністрації "
         "В’ячеслава Бунечка.", [(None, "В’ячеслава Бунечка")]),
        # (who wrote, not whose channel: the said-on rule's)
        ("Про це повідомив у Telegram голова Київської ОВА Руслан Кравченко.", [(None, "Руслан Кравченко")]),
        # Telegram itself the subject of the verb, whose it is after it; the Russian genitive «главы» too
        ("Про це повідомляє Telegram глави Примерної ОВА Андрія Райковича.", [(None, "Андрія Райковича")]),
        ("Об этом сообщает Telegram главы Белгородской области Вячеслава Гладкова.", [(None, "Вячеслава Гладкова")]),
        ("Об этом сообщает Telegram Павла Дурова.", []),  # the messenger and its founder: nobody's channel
        # an animate noun whose genitive the dictionary reads as the accusative first: «чиновника»
        ("Глава округа Алексей Примеров опубликовал видео. Кадры появились в Telegram-канале чиновника.",
         [(None, "Алексей Примеров")]),
        ("Алексей Примеров выступил с заявлением. Об этом сообщили в телеграм-канале политика.",
         [(None, "Алексей Примеров")]),  # «политика»: "politics" is only the word's likelier reading
        # the office after adjectives («городского председателя»), and a body as an agency
        ("Об этом говорится в Телеграме городского председателя Александра Сенкевича.",
         [(None, "Александра Сенкевича")]),
        ("Об этом сообщается в Telegram-канале республиканского агентства МЧС.",
         [("республиканского агентства МЧС", None)]),
    ],
)
def test_channel_of_a_person_named_by_any_office(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected



def test_an_author_who_writes_cites_the_channel() -> None:
    assert names("Автор телеграм-канала «Рыбарь» Михаил Звинчук написал, что бои продолжаются.") == [
        ("Рыбарь", "Михаил Звинчук")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сейчас в Telegram-канале «Рыбарь» более 900 тыс. подписчиков.", []),
        ("The Telegram channel Rybar has more than a million subscribers.", []),
        # a channel's audience beside what it said: still cited
        ("В Telegram-канале «Рыбарь» более 900 тыс. подписчиков, сообщил он вчера.", [("Рыбарь", None)]),
        ("The Rybar Telegram channel, which has a million subscribers, reported the strike.", [("Rybar", None)]),
    ],
)
def test_a_channels_audience_is_no_citation(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the ministry" said it on Telegram: the ministry named before; its own mention there stays an outlet
        ("The Kazakh Emergencies Ministry confirmed the fire. Later the ministry said on Telegram that it was out.",
         [("Kazakh Emergencies Ministry", None)]),
        ("The Ministry of Defence of Latvia confirmed it. The ministry said on Telegram that drills begin today.",
         [("Ministry of Defence of Latvia", None)]),
        # «в Telegram-канале, он отметил»: a pronoun after the channel, no possessive before it
        ("Губернатор Олег Мельниченко выступил. В обращении, опубликованном в Telegram-канале, он отметил, что "
         "угроза сохраняется.", [(None, "Олег Мельниченко")]),
    ],
)
def test_a_later_mention_points_back_to_who_was_named(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


def test_whose_statement_in_telegram() -> None:
    assert names('Про це повідомляє РБК-Україна з посиланням на заяву "Нафтогазу" в Telegram.') == [
        ("Нафтогазу", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Grey Zone channel, which has half a million subscribers, said the jet was downed.", ["Grey Zone"]),
        ("A pro-war Telegram channel, Military Chronicles, wrote that the unit had withdrawn.",
         ["Military Chronicles"]),
        ("The news was confirmed by the Telegram channel of the regional police.", ["regional police"]),
        ("According to the Telegram channel, Moscow, which denies it, lost.", []),
        ("The Discovery channel, which is on cable, showed it.", []),
    ],
)
def test_channel_names_beside_the_word_channel(text: str, expected: list[str]) -> None:
    assert [c.name for c in telegram(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body with its genitive complement before "в Telegram" is the channel's name, whole
        ("Відео оприлюднило командування Повітряних сил ЗСУ в Telegram.", [("командування Повітряних сил ЗСУ", None)]),
        ("Кадри опублікувала Національна поліція України в Telegram.", [("Національна поліція України", None)]),
        # where on Telegram it wrote is no part of its name
        ("Про це повідомила пресслужба ДСНС у каналі в Telegram.", [("пресслужба ДСНС", None)]),
        ("Об этом сообщила пресс-служба МЧС на странице в Telegram.", [("пресс-служба МЧС", None)]),
        # a person right before it stays a person; the object opening the sentence is nobody
        ("Про це повідомив голова обласної адміністрації Олег Синєгубов у Telegram.", [(None, "Олег Синєгубов")]),
        ("Відео оприлюднив у Телеграмі військовий Андрій Коваленко.", [(None, "Андрій Коваленко")]),
    ],
)
def test_a_body_or_person_before_in_telegram(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article that speaks of Telegram: "according to the channel X" names a channel there, quotes or not
        ("Andriy Yermak wrote on Telegram that the offensive goes on. Troops are on the way, according to the channel "
         "Operativnye Svodki (Operational Reports).", [(None, "Andriy Yermak"), ("Operativnye Svodki", None)]),
        # no Telegram in the article: a TV channel, perhaps
        ("Troops are on the way, according to the channel Rossiya One.", []),
    ],
)
def test_according_to_the_channel_by_name(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


def test_quoted_names_speaking_after_unnamed_channels_are_channels() -> None:
    text = ("Телеграм-каналы публикуют кадры аварии на трассе.\n\nТак, «Северный патруль» опубликовал видео с места "
            "ДТП. Об этом же пишет ТАСС, а «Известия» пишут о трёх пострадавших.")
    assert names(text) == [(None, None), ("Северный патруль", None)]
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == ["ТАСС", "Известия"]


def test_a_headline_about_channels_makes_the_quoted_speakers_channels() -> None:
    text = ("Что обсуждали телеграм-каналы на этой неделе\n\nГлавной темой стала погода. «Дозор» сообщил, что весна "
            "не наступит.")
    assert names(text) == [("Дозор", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukrainian: adjectives before a body's noun; the verb after the place; an office with capitals in it
        ("Відповідне повідомлення з'явилося у Telegram-каналі Київської міської військової адміністрації.",
         [("Київської міської військової адміністрації", None)]),
        ("Міністр цифрової трансформації Михайло Федоров у Telegram розповів про нові послуги.",
         [(None, "Михайло Федоров")]),
        ("Про це у Telegram написав речник Повітряних сил Юрій Ігнат.", [(None, "Юрій Ігнат")]),
        # a number for a name, before an English verb; not a number that counts something
        ("The Telegram channel 112 reported that the suspect was detained.", [("112", None)]),
        ("The Telegram channel 112 members were arrested.", []),
        # a verb, the bare word, a medium's name ending the clause
        ("Об этом пишет Telegram Mash.", [("Mash", None)]),
        ("Как сообщает телеграм Baza, задержаны трое.", [("Baza", None)]),
        ("Про це пише Telegram «Труха».", [("Труха", None)]),
        # a person after "в Telegram" is who wrote there
        ("Об этом сообщил в Telegram Сергей Собянин.", [(None, "Сергей Собянин")]),
    ],
)
def test_a_name_right_after_the_bare_word(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «у себя в канале»: one's own channel, in an article that speaks of Telegram
        ("Блогер Иван Петров ведёт Telegram-канал. Политолог Илья Лифанцев у себя в канале отмечает, что выборы "
         "прошли спокойно.", [(None, "Илья Лифанцев")]),
        ("Политолог Илья Лифанцев у себя в канале отмечает, что выборы прошли спокойно.", []),
    ],
)
def test_a_persons_channel_at_their_own_place(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом сообщает тгк Губернатор Чибис.", [("Губернатор Чибис", None)]),
        ("Как пишет ТГК «Осторожно, новости», пожар потушен.", [("Осторожно, новости", None)]),
        ("По данным тг-канала «Мош», пострадавших нет.", [("Мош", None)]),
        # the abbreviation alone names nothing: neither a channel nor an outlet called "ТГ-канал"
        ("В Telegram об этом писали. «Всё спокойно», — говорится в сообщении ТГ-канала.", []),
    ],
)
def test_tgk_is_short_for_telegram_channel(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner before «өзінің» ("his own"), the words after the channel a place in the locative
        ("Облыс әкімі Марат Ахметов өзінің Telegram арнасында Шымкентте жиын өтетінін жазды.",
         [(None, "Марат Ахметов")]),
        ("Облыс әкімі Марат Ахметов өз телеграм арнасында жиын өтетінін жазды.", [(None, "Марат Ахметов")]),  # «өз»
        # «ол» ("he") before the channel word: the person named before, never a channel called «Ол»
        ("Облыс әкімі Марат Ахметов жиынға барды. Бұл туралы ол Telegram-арнасында жазды.", [(None, "Марат Ахметов")]),
        ("Облыс әкімі Марат Ахметов жиынға барды. Ол Telegram-арнасында жиын өткенін жазды.",
         [(None, "Марат Ахметов")]),
        # a place ending the name after the channel word is cut off
        # (a known first name: the person is the owner)
        ("Бұл туралы Telegram-арнасында Айгүл Сейітова Алматыда жазды.", [(None, "Айгүл Сейітова")]),
        # channels (plural) and then a district's genitive phrase: no channel is named
        ("БАҚ және Telegram-арналар Оңтүстік әскери округтің видеосын жариялады.", []),
    ],
)
def test_kazakh_owner_before_own_and_names_that_are_places(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Про це пишуть російські телеграм-канали Astra та Baza.", [("Astra", None), ("Baza", None)]),
        ("Про це повідомляють Telegram-канали «Північ» і «Схід».", [("Північ", None), ("Схід", None)]),
    ],
)
def test_ukrainian_lists_of_channels(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом сообщили в Министерстве обороны через их официальный Telegram-канал.",
         [("Министерстве обороны", None)]),
        ("Об этом сообщил Роскомнадзор через свой Telegram-канал.", [("Роскомнадзор", None)]),
    ],
)
def test_a_source_that_said_it_through_its_telegram_channel(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


def test_a_long_list_of_channels_with_no_verb_of_saying_only_names_them() -> None:
    text = ("СБУ оприлюднила перелік. До нього увійшли телеграм-канали Альфа, Бета, Гамма, Дельта та Омега, "
            "які координуються з Москви.")
    assert len(names(text)) == 1  # the first, as the rule that reads one name after the channel word always did
    said = "Про це пишуть телеграм-канали Альфа, Бета, Гамма, Дельта та Омега."
    assert names(said) == [(n, None) for n in ("Альфа", "Бета", "Гамма", "Дельта", "Омега")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian Telegram channels reported the blast. Colleagues from the DTM channel have drawn attention to it.",
         [("DTM", None)]),
        ("The news spread on Telegram. Iran's state-aligned Tasnim News English channel posted that the jets fell.",
         [("Tasnim News English", None)]),
        # a nationality is no channel's name, nor is Telegram itself, and TV stays TV
        ("The news spread on Telegram. The Russian channel said so.", []),
        ("The news spread on Telegram. The BBC channel aired the footage.", []),
        # no Telegram in the article: a channel is as likely TV or YouTube
        ("The DTM channel said the race was cancelled.", []),
    ],
)
def test_a_channel_named_before_the_word_channel_in_an_article_about_telegram(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом сообщает Telegram-канал российской группировки войск «Днепр».",
         [("российской группировки войск «Днепр»", None)]),
        ("Об этом сообщает Telegram-канал бригады «Азов».", [("бригады «Азов»", None)]),
        ("Об этом сообщается в Telegram-канале надзорного ведомства Москвы.", [("надзорного ведомства Москвы", None)]),
    ],
)
def test_the_channel_of_a_body_with_an_adjective_or_a_unit(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


def test_a_headlines_verb_after_telegram_channel_is_no_name() -> None:
    assert names("Pro-Russian Telegram Channel Claims Russian Advances Near Avdiivka") == []
    assert names("The Telegram channel Rybar said so.") == [("Rybar", None)]


def test_whose_side_a_channel_is_on_is_no_name() -> None:
    assert names("Telegram channels affiliated with Iran-backed militias in Primeria published posters.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's Southern Defence Forces said the attack was repelled. They wrote on Telegram that 12 drones "
         "were downed.", [("Southern Defence Forces", None)]),
        ("В Генштабе ВСУ заявили об отражении атаки. Они написали в Telegram, что сбито 12 дронов.",
         [("Генштабе ВСУ", None)]),
    ],
)
def test_they_on_telegram_is_the_body_named_before(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert set(names(text)) == set(expected)
    assert any(c.text.startswith(("They", "Они")) for c in telegram(text))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Врио губернатора Омской области Виталий Хоценко объехал районы. Об этом Хоценко сообщил в своём "
         "Telegram-канале.", "Виталий Хоценко"),
        ("Chechen strongman Ramzan Kadyrov met the troops. Two videos appeared on Kadyrov's Telegram channel.",
         "Ramzan Kadyrov"),
        # first names as Ukrainian names are spelled in English
        ("Two people were hurt, Head of the regional administration Oleh Kiperenko said. \"They shell homes,\" "
         "Kiperenko said in his Telegram channel.", "Oleh Kiperenko"),
        ("Mayor Vitaliy Tkachuk visited the site. Tkachuk wrote on his Telegram channel that repairs began.",
         "Vitaliy Tkachuk"),
        # a surname nobody named in full stays as written
        ("Об этом Хоценко сообщил в своём Telegram-канале.", "Хоценко"),
    ],
)
def test_an_owner_by_surname_is_reported_by_the_full_name_the_article_gives(text: str, owner: str) -> None:
    assert [c.owner for c in telegram(text)] == [owner]


def test_citing_telegram_channels_in_the_ukrainian_plural() -> None:
    cited = telegram("Про це пишуть ЗМІ з посиланнями на російські телеграм-канали.")
    assert [(c.name, c.owner, c.text) for c in cited] == [(None, None, "посиланнями на російські телеграм-канали")]


def test_a_groups_name_given_in_passing_owns_their_telegram_channel() -> None:
    text = ("The group responsible for the attack, which goes by Orchid Team, began releasing documents on their "
            "Telegram channel over the weekend.")
    assert [(c.name, c.text) for c in telegram(text)] == [("Orchid Team", "their Telegram channel")]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Губернатор Иван Петров сообщил о пожаре.\n«Пострадавших нет», – написал глава региона в своем "
         "телеграм-канале.", "Иван Петров"),
        ("Интервью дал глава Заречного района Пётр Сидоров.\n\nГлава района в своем телеграм-канале сообщил, что "
         "находится в районе.", "Пётр Сидоров"),
    ],
)
def test_an_office_alone_owns_the_channel_of_the_person_named_before(text: str, owner: str) -> None:
    assert [c.owner for c in telegram(text)] == [owner]


def test_a_pronoun_then_the_post_then_telegram() -> None:
    text = "У кабінеті міського голови Андрія Коваля знайшли жучок.\n\nПро це він повідомив у своєму дописі в Telegram."
    assert [c.owner for c in telegram(text)] == ["Андрія Коваля"]


def test_the_channel_of_a_body_named_before_by_a_common_noun() -> None:
    text = "Сотрудники МЧС России продолжают разбор завалов в Заречном, сообщается в телеграм-канале ведомства."
    assert [(c.name, c.text) for c in telegram(text)] == [("МЧС России", "телеграм-канале ведомства")]


def test_the_body_behind_a_common_noun_is_no_news_agency_nor_a_place() -> None:
    text = ("Минтранс Примерной области открыл мост. Об этом пишет агентство ТАСС, ссылаясь на телеграм-канал "
            "ведомства.")
    assert [c.name for c in telegram(text)] == ["Минтранс Примерной области"]
    assert telegram("Учителя вернулись в школы ЛНР, сообщается в телеграм-канале ведомства.")[0].name != "ЛНР"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Минкомсвязи ЛНР опровергло слухи о сбоях. Об этом говорится в телеграм-канале ведомства.", "Минкомсвязи ЛНР"),
        ("Мінцифри запустило новий сервіс. Про це йдеться в телеграм-каналі відомства.", "Мінцифри"),
    ],
)
def test_a_ministry_by_its_short_name_or_a_company_behind_a_common_noun(text: str, name: str) -> None:
    assert [c.name for c in telegram(text)] == [name]

@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the same noun named before with the body's name
        ("По данным пресс-службы правительства Примерной области, мост закроют. Информация появилась на "
         "официальном телеграм-канале правительства в пятницу.", "правительства Примерной области"),
        # a club in quotes before its noun
        ("Главным тренером «Ромашки» назначен Иван Петров, сообщается в телеграм-канале клуба.", "Ромашки"),
        # nobody named before: the noun itself, the channel still cited
        ("В городском зоопарке родился детеныш. Об этом рассказали в Telegram-канале учреждения.", "учреждения"),
    ],
)
def test_a_body_behind_its_noun_by_the_same_noun_a_quoted_name_or_the_noun_alone(text: str, name: str) -> None:
    assert [c.name for c in telegram(text)] == [name]



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Про це повідомили в телеграм-спільноті «Київ сьогодні».", "Київ сьогодні"),
        ("Как рассказали в тлг-канале кубанской полиции, нарушителем оказался житель Крыма.", "кубанской полиции"),
        ("Об этом сообщили в телеграм-канале городской администрации.", "городской администрации"),
    ],
)
def test_a_telegram_community_an_abbreviation_and_a_body_described_by_adjectives(text: str, name: str) -> None:
    assert [c.name for c in telegram(text)] == [name]


def test_a_body_named_again_by_its_first_word_is_the_body_in_full() -> None:
    text = ("Служба внешней разведки Примерии задержала двоих.\nНа Telegram-канале Службы сообщается, что это "
            "администраторы каналов.")
    assert [c.name for c in telegram(text)] == ["Служба внешней разведки Примерии"]
    # a caption after a singer's name is no body
    assert [c.name for c in telegram("Певица Инстасамка Фото: архив.\nОб этом сообщил Telegram-канал Инстасамки.")] \
        != ["Инстасамка Фото"]


def test_a_pronoun_then_his_page_on_telegram() -> None:
    text = "Співвласник банку Олег Коваленко пожартував.\n\nПро це він повідомив на своїй сторінці у Телеграм."
    assert [c.owner for c in telegram(text)] == ["Олег Коваленко"]


def test_a_channel_quoted_in_sentence_case_before_writes() -> None:
    text = "Місцеві телеграм-канали пишуть про вибухи. “Південний вітер” пише , що вибухи пролунали біля мису."
    assert "Південний вітер" in [c.name for c in telegram(text)]


def test_an_outlet_citing_someones_telegram_is_an_outlet_and_the_channel_theirs() -> None:
    text = "Про це повідомляє Новини-Схід з посиланням на Telegram Повітряних сил ЗСУ."
    found = extract_citations(article_from_text(text))
    assert [(c.kind, c.name) for c in found] == [("outlet", "Новини-Схід"), ("telegram", "Повітряних сил ЗСУ")]
    person = "Про це повідомляє Новини-Схід з посиланням на мера Вінниці Сергія Коваленка в Telegram."
    assert [c.owner for c in telegram(person)] == ["Сергія Коваленка"]


def test_a_name_inside_the_quotation_is_not_who_wrote_it() -> None:
    text = ("The city’s mayor, Alexey Petrenko, gave the toll. \"A woman was killed when a shell hit an apartment in "
            "Stakhanov Street,\" he wrote on his Telegram channel.")
    assert [c.owner for c in telegram(text)] == ["Alexey Petrenko"]


def test_an_office_given_with_its_holders_name_is_not_resolved_again() -> None:
    text = ("Hours later, the governor of the Rostov region, in the southwest of the country, has denounced another "
            "impact.\n\nThrough his Telegram channel, Governor Ivan Petrov explained that the drone exploded.")
    assert [c.owner for c in telegram(text)] == ["Governor Ivan Petrov"]


def test_a_channel_of_someone_by_role_and_name() -> None:
    text = "The Telegram channel of insider Ivan Petrov reports that the deal is off."
    assert [(c.name, c.owner) for c in telegram(text)] == [(None, "Ivan Petrov")]


@pytest.mark.parametrize(
    ("text", "not_cited"),
    [
        # a channel on another messenger (in an article that speaks of Telegram)
        ("The governor wrote on Telegram about the strike. All the news is on the Herald channel in the MAX "
         "messenger.", "Herald"),
        ("Губернатор написал об этом в Telegram. Позже это подтвердил канал «Вестник» в мессенджере Max.", "Вестник"),
        ("Губернатор написал об этом в Telegram. По данным канала «Вестник» в ВКонтакте, жертв нет.", "Вестник"),
        # "the TG channel": the Telegram channel named before, not one named "TG"
        ('Protesters marched, according to the "Northern Wind" Telegram channel. "The police stood back," the TG '
         "channel writes.", "TG"),
        # the channel's people or a fake of it: the news is about the channel, which cites nothing
        ("Сотрудники ФСБ задержали авторов Telegram-канала «Северный ветер», сообщает агентство.", "Северный ветер"),
        ("Владельца телеграм-канала «Северный ветер» оштрафовали на 30 тысяч рублей.", "Северный ветер"),
        ("Актер пожаловался на фейковый Telegram-канал «Северный ветер».", "Северный ветер"),
        ("Власника телеграм-каналу «Північний вітер» затримали у Києві.", "Північний вітер"),
        ("Police detained the founder of the Telegram channel Northern Wind on Monday.", "Northern Wind"),
        ("\u201cA criminal case was opened against the administrator of the Kazan Calling telegram channel Ivan Petrov "
         "for fake news about the army,\u201d the agency said Thursday.", "Kazan Calling"),
        # deleting one's channel, as creating one
        ("Губернатор Вячеслав Федорищев удалил свой Telegram-канал после критики.", "Вячеслав Федорищев"),
        ("Мер Олег Петренко видалив свій телеграм-канал.", "Олег Петренко"),
        ("The mayor, John Carter, deleted his Telegram channel on Monday.", "John Carter"),
    ],
)
def test_a_channel_mentioned_but_not_cited(text: str, not_cited: str) -> None:
    assert not_cited not in [c.name or c.owner for c in telegram(text)]


def test_a_channel_that_reports_is_still_cited() -> None:
    assert [c.name for c in telegram("Об этом сообщил Telegram-канал «Северный ветер».")] == ["Северный ветер"]
    text = 'Protesters marched, according to the "Northern Wind" Telegram channel.'
    assert "Northern Wind" in [c.name for c in telegram(text)]


def test_his_channel_is_the_subjects_not_the_name_after_of() -> None:
    text = ("Ivan Primerov recently received another award. Since the war began, he has supported the statements of "
            "President Pyotr Sidorenko, commenting on them on his Telegram channel.")
    assert [c.owner for c in telegram(text)] == ["Ivan Primerov"]
    # an office's place before the name is no preposition's object: the mayor's own channel
    [cited] = telegram('"It was loud," he wrote.\n\nIn turn, the mayor of Primersk Ivan Primerov in his Telegram '
                       "channel announced six hits.")
    assert "Ivan Primerov" in (cited.owner or "")


def test_a_title_case_article_before_the_channel_is_no_name() -> None:
    assert telegram("By The Order Of A Telegram Channel, Primerians Are Trying To Spread Panic") == []


def test_according_to_a_person_then_a_telegram_channel_is_no_apposition() -> None:
    text = "According to Primerov, a Telegram channel, which publishes calls to go to rallies, is run from abroad."
    assert telegram(text) == []
    assert names("According to Primerinform, a popular Telegram channel, the troops advanced.") == [
        ("Primerinform", None)]


def test_according_to_his_telegram_post_is_the_person_opening_the_sentence() -> None:
    # not the president named inside the relative clause about him; a post cited, not posts compiled by others
    text = ("Former Primerian President Ivan Primerov threatened the enemies. Primerov, who is now a close ally of "
            "President Pyotr Sidorenko, said he will “do anything” to win, according to his Telegram post.")
    assert [c.owner for c in telegram(text)] == ["Ivan Primerov"]
    assert telegram("The ministry has revealed a video that compiles their Telegram messages.") == []


def test_their_channels_are_each_persons_named_together() -> None:
    text = ("The governors, Ivan Primerov of Primersk and Pyotr Sidorenko of Obrazets, announced the alert via their "
            "official Telegram channels.")
    assert sorted(c.owner or "" for c in telegram(text)) == ["Ivan Primerov", "Pyotr Sidorenko"]


def test_he_is_the_person_the_sentences_before_go_on_about() -> None:
    # each sentence back to the one opening with his name says "he" or "his": not the other man named nearer
    text = ("Election officials led by Pyotr Sidorenko rejected the signatures on Monday. Primerov is running a "
            "last-minute campaign. In his manifesto, he said the war was a mistake. He said he would appeal. "
            '"I do not agree with the decision," he wrote on his Telegram channel.')
    assert [c.owner for c in telegram(text)] == ["Primerov"]


def test_he_with_no_one_named_is_the_body_the_sentence_before_names() -> None:
    text = ("The Primer Defense Ministry said on Tuesday that it had destroyed a boat near the coast. “Tonight the "
            "crew of the aircraft destroyed a ship,” he announced via his Telegram channel.")
    assert [c.name for c in telegram(text) if c.text.startswith("he ")] == ["Primer Defense Ministry"]


def test_who_wrote_a_long_quotation_is_named_before_it() -> None:
    quote = " ".join(["Not a single fighter of ours was killed in the area, and the reports are false."] * 6)
    text = (f"GROZNY, November 8. The regional head Ramzan Kadyrov said that the losses were invented.\n\n"
            f'"{quote}" he wrote on his Telegram channel.')
    assert [c.owner for c in telegram(text)] != ["he"]
    assert any("Ramzan Kadyrov" in (c.owner or "") for c in telegram(text))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Клуб може зникнути, повідомляє журналіст Кирило Прикладський. З його поста в Телеграмі випливає, що "
         "мова йде про Львів.", "Кирило Прикладський"),
        ("Governor Ivan Petrov spoke. In his post on Telegram, the official added that nobody was hurt.",
         "Ivan Petrov"),
        # the post first, then whose Telegram it was on
        ("Ivan Primerov, the founder of Primerbank, announced a new exchange today. The chief executive made this "
         "known in a message on his own Telegram.", "Ivan Primerov"),
    ],
)
def test_a_possessive_post_on_telegram_is_the_persons_named_before(text: str, owner: str) -> None:
    assert [c.owner for c in telegram(text)] == [owner]


def test_an_office_holder_named_a_paragraph_before_owns_the_channel_and_the_span_stays_the_mention() -> None:
    text = ("Президент Іван Прикладенко заслухав доповідь міністра енергетики щодо ситуації в енергетиці. "
            "Глава держави повідомив, що збій стався через технологічні причини на лініях.\n"
            "\"Усе необхідне реагування є, роботи тривають\", — написав президент в своєму Telegram.")
    assert [(c.text, c.owner) for c in telegram(text)] == [("президент в своєму Telegram", "Іван Прикладенко")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Source: Russian Telegram channels Primer and Exampla", [("Primer", None), ("Exampla", None)]),
        ("This was reported by the Telegram channels Primer and Exampla.", [("Primer", None), ("Exampla", None)]),
        # channels only named, something done to them, nothing said: none is cited
        ("The opposition Telegram channels Primer, Primer-Live and Exampla were added to the list.",
         []),
    ],
)
def test_an_english_list_of_channels_is_cited_with_a_verb_or_a_source_line(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text) == expected


def test_a_known_channel_read_short_is_given_in_full() -> None:
    assert [c.name for c in telegram("Об этом сообщает Telegram-канал Mash на Мойке.")] == ["Mash на Мойке"]
    assert [c.name for c in telegram("Об этом сообщает Telegram-канал Mash на выходных.")] == ["Mash"]


def test_a_channel_named_between_commas_before_a_relative_clause() -> None:
    text = "The figures came from the mayor’s office via its Telegram channel, Primerorsk, which posts updates."
    assert [c.name for c in telegram(text)] == ["Primerorsk"]


def test_unnamed_channels_written_in_lowercase() -> None:
    assert [c.text for c in telegram("Explosions thundered. This is reported by local telegram channels.")] == [
        "reported by local telegram channels"]


def test_telegram_restricted_is_no_place_where_something_was_said() -> None:
    assert telegram("Регулятор Примернадзор подтвердил введение ограничений в Telegram.") == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a surname read after the channel word: the person named in full before, not a channel's name
        ("Треть города осталась без тепла, заявил мэр Примерска Виталий Пилько.\n«Без тепла треть города», — "
         "говорится в сообщении, опубликованном в Telegram-канале Пилько.", "Виталий Пилько"),
        # an office after a place's adjective: its holder named before
        ('Chechen leader Ivan Primerov spoke on Monday.\n"It is the village," the Chechen leader said in a post '
         "on Telegram.", "Ivan Primerov"),
        # «глава региона» is the governor named before, not a district head inside the quotation
        ("Губернатор Иван Примеров сообщил об обстреле.\n«Жертв нет. На месте находятся глава района Петр "
         "Образцов и оперативные службы», – написал в своём Telegram-канале глава региона.", "Иван Примеров"),
        # the tagger's span loses «Про це», then the name is given in full
        ("Президент Олег Вигаданський запропонував новий уряд.\nПро це Вигаданський написав у Telegram.",
         "Олег Вигаданський"),
        # one's own channel, then the network
        ("Радник Олег Примеренко на своєму каналі у Telegram стверджує, що вибухів не було.", "Олег Примеренко"),
    ],
)
def test_the_owner_is_the_person_the_text_means(text: str, owner: str) -> None:
    assert [(c.name, c.owner) for c in telegram(text)] == [(None, owner)]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ('Fires broke out, Regional Governor Oleh Primerenko said. "Homes are on fire," Primerenko wrote on the '
         "Telegram messaging app.", "Oleh Primerenko"),
        ("Former Russian President Dmitry Primerov has warned Europe. Primerov wrote on his Telegram channel that "
         "the strike was a warning.", "Dmitry Primerov"),
    ],
)
def test_a_surname_is_reported_by_the_full_name_after_a_long_run_of_titles(text: str, owner: str) -> None:
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the day between the channel and the verb; a person named in the sentence before is not the owner
        ("Міністр приїхав до Сергія Примерова. Про це у своєму Телеграм-каналі 18 травня повідомив радник мера "
         "Маріуполя Петро Примеренко.", "Петро Примеренко"),
        # the object opens the sentence («Його»), who posted it is named after the channel
        ("Його опублікував у Telegram-каналі український журналіст і блогер Денис Примерний.", "Денис Примерний"),
        # a verb of reposting
        ("Відео перепостив у тому числі радник голови МВС Антон Примеренко у Telegram.", "Антон Примеренко"),
        # the object a noun phrase («Аналогічні дані»), "her page on Telegram", the name set off by a comma
        ("Аналогічні дані опублікував на своїй сторінці в Telegram інший український журналіст, Андрій Примеренко.",
         "Андрій Примеренко"),
    ],
)
def test_ukrainian_owner_named_after_the_verb_and_the_channel(text: str, owner: str) -> None:
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # "she": not the man named nearest before
        ("Ivan Primerov met Anna Primerova. “We won,” she wrote on Telegram.", "Anna Primerova"),
        ("Thus, she answered President Pavel Primerenko. “Europe is sinking,” she wrote on Telegram. Primerova "
         "stressed that.", "Primerova"),
        # the pronoun opens the text: the person named next
        ("In his Telegram channel, he said that units were advancing. Ramzan Primerov also said so.",
         "Ramzan Primerov"),
    ],
)
def test_an_english_pronoun_stands_for_a_person_of_its_gender(text: str, owner: str) -> None:
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [owner]


def test_a_surname_that_is_also_a_noun_is_the_pronouns_antecedent_when_named_in_full() -> None:
    # «Железняк» (an ore) alone reads as a common noun; the text names him in full, further back than a pronoun
    # looks for a full name
    filler = "Поправка прибирає необхідність підтверджувати володіння мовою. " * 8
    text = ("Народний депутат Ярослав Железняк заявив про правки. " + filler + "Авторів правок Железняк не називав. "
            "Сьогодні в Telegram він повідомив, що однієї правки не відкликали.")
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [
        "Ярослав Железняк"]


@pytest.mark.parametrize(
    "text",
    [
        "Explosions were heard in the city, according to a local Telegram channel.",
        "Про вибухи повідомляють з посиланням на повідомлення телеграм-каналів.",
    ],
)
def test_one_unnamed_channel_cited_or_channels_posts_cited(text: str) -> None:
    assert [(c.rule, c.name, c.owner) for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [
        ("tg.prose.unnamed", None, None)]


@pytest.mark.parametrize(
    "text",
    ['Екс-президент Примерії Дмитро Примерєв не зміг втриматися, обізвавши Банкову "сатаністами". Примерєв '
     "поскаржився у своєму Telegram, що в УПЦ відбирають майно.",
     'Экс-президент Примерии Дмитрий Примеров не удержался, назвав Банковую "сатанистами". Примеров пожаловался в '
     "своем Telegram, что у церкви отбирают имущество."],
)
def test_complaining_in_ones_channel_is_citing_it(text: str) -> None:
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] in (
        [["Дмитро Примерєв"], ["Дмитрий Примеров"]])


def test_the_name_closing_the_clause_after_in_telegram_and_the_verb_is_the_owner() -> None:
    text = "Про це у Telegram опублікував уповноважений Верховної Ради з прав людини Дмитро Примеренко."
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [
        "Дмитро Примеренко"]


def test_the_groups_channel_is_the_groups_not_its_spokespersons() -> None:
    text = ("Primer Front condemned the strike. A statement by Primer Front spokesperson Abd al-Primer was published "
            "on the group's official Telegram channel.")
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == ["Primer Front"]


def test_a_language_adjective_before_telegram_channel_is_no_name() -> None:
    text = "Ivan Primerov posted on his English-language Telegram channel that the strike failed."
    assert "English-language" not in [c.name for c in extract_citations(article_from_text(text))]


@pytest.mark.parametrize(
    "text",
    [
        # the bare word «канал» in a clause that cites nothing: the channel's owner, a list, a channel to come
        "Примерний власник каналу «Примерна війна» Іван Примеров отримав бронювання. Про це пише Telegram-канал Mash.",
        "Среди заблокированных в Telegram ресурсов:\n • канал «Примерный», собирающий информацию\n • канал «Второй»",
        "Губернатор заявил в Telegram, что появится новый канал «Примеров. Официально».",
    ],
)
def test_a_channel_by_the_bare_word_in_a_clause_citing_nothing_is_no_citation(text: str) -> None:
    names = [c.name for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert not {"Примерна війна", "Примерный", "Второй", "Примеров. Официально"} & set(names)


@pytest.mark.parametrize(
    "text",
    [
        "Видео из офиса в Telegram опубликовал канал «Примерно всех». Кадры подлинные.",
        "Підписники каналу «Примерний вітер» повідомили про два вибухи, пишуть Telegram-канали.",
    ],
)
def test_a_channel_by_the_bare_word_in_a_clause_that_cites_it(text: str) -> None:
    names = [c.name for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert {"Примерно всех", "Примерний вітер"} & set(names)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ivan Primerov visited the plant. Primerov told his Telegram followers that the plant was closed.",
        "Governor Ivan Primerov visited the plant. Primerov has written on Telegram that the plant was closed.",
    ],
)
def test_telling_ones_telegram_followers_or_having_written_there(text: str) -> None:
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [
        "Ivan Primerov"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the word in mixed scripts (a Cyrillic Т); a body's noun after an adjective, the body named before
        ("Генпрокуратура проверила сведения. Об этом сообщается в официальном Тelegram-канале надзорного ведомства.",
         "Генпрокуратура"),
        # "her own page on Telegram", then the verb, then titles and the name closing the clause
        ("Про це на своїй сторінці в телеграмі написав перший заступник голови Примерної облради Юрій Примеренко.",
         "Юрій Примеренко"),
    ],
)
def test_mixed_script_telegram_and_the_person_closing_the_clause(text: str, who: str) -> None:
    assert [c.name or c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [who]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Про це повідомляє Примерна міська державна адміністрація (ПМДА) у Телеграм.",
         "Примерна міська державна адміністрація"),
        ('Про це повідомила пресслужба АТ "Примеробленерго" у Telegram.', 'пресслужба АТ "Примеробленерго"'),
        ("В телеграм-канале подмосковной полиции уточнили, что задержан мужчина.", "подмосковной полиции"),
        ("Про вибухи пишуть у Telegram. За даними каналу Примерний Ванек, вибухи були в порту.", "Примерний Ванек"),
    ],
)
def test_bodies_and_channels_from_the_dev_misses_of_session_16(text: str, name: str) -> None:
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # «издания», «СМИ»: the medium named before, whatever its kind (a TV channel, a paper)
        "Корреспондент телеканала «Вести Примерска» заявил об обстреле. Об этом сообщается в телеграм-канале СМИ.",
        "Газета «Вести Примерска» опубликовала фото. Об этом сообщается в телеграм-канале издания.",
    ],
)
def test_the_channel_of_the_media_is_the_medium_named_before(text: str) -> None:
    assert [c.name for c in telegram(text)] == ["Вести Примерска"]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, military bloggers and pro-war Telegram channels issued a barrage of statements about the attack.",
        "On October 5, an anti-government Telegram channel published a post saying that four fighters were killed.",
        "A video of the governor began circulating on March 13 on pro-Russian Telegram channels.",
        "According to a statement released on Telegram, a fire broke out at the refinery.",
        "\u201cHe is here,\u201d the Telegram channel that published the video reported.",
        "This was reported by a major Russian channel in Telegram with reference to emergency services.",
    ],
)
def test_more_english_channels_cited_without_a_name(text: str) -> None:
    assert [(c.name, c.owner, c.rule) for c in telegram(text)] == [(None, None, "tg.prose.unnamed")]


def test_the_channel_named_before_beats_the_channel_found_unnamed() -> None:
    text = ("The Telegram channel SHOT reported the blast. Later the Telegram channel published a video of the "
            "firefighters.")
    assert [c.name for c in telegram(text)] == ["SHOT", "SHOT"]
