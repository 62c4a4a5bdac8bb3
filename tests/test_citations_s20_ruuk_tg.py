"""Session 20, Russian and Ukrainian Telegram citations: constructions made general (any verb of saying, any case,
pronouns resolved by agreement). Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.citations_found import names, owners, telegram


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # verbs of reacting and reporting back are verbs of saying too
        ("Мария Захарова отреагировала в Telegram на заявление Макрона.", "Мария Захарова"),
        ("Ольга Петрова отреагировала в своем телеграм-канале на слова министра.", "Ольга Петрова"),
        ("Александр Богомаз отчитался в телеграм-канале об отражении атаки.", "Александр Богомаз"),
        ("Об этом отчитался в телеграм-канале глава региона Александр Богомаз.", "Александр Богомаз"),
        ("Губернатор Игорь Смирнов выступил на совещании. Позже он отреагировал в Telegram на атаку.", "Игорь Смирнов"),
        ("Маргарита Симоньян відреагувала у Telegram на заяву.", "Маргарита Симоньян"),
        ("Віталій Кличко прозвітував у Telegram про роботу.", "Віталій Кличко"),
        # a misspelt Telegram
        ("Про це повідомив голова Вінницької ОВА Сергій Борзов у Telergram.", "Сергій Борзов"),
        ("Об этом написал губернатор Сергей Борзов в Telergram.", "Сергей Борзов"),
    ],
)
def test_more_verbs_and_spellings(text: str, owner: str) -> None:
    assert owner in owners(text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # «она» is not the masculine thing the sentence before had as subject, nor a place
        ("Об этом заявила Мария Захарова. Запад не заинтересован в мире, добавила она. "
         "Остроумный ответ она опубликовала на своей странице в Telegram.", "Мария Захарова"),
        ("Об этом заявила Мария Захарова. Кремль не заинтересован в мире, добавила она. "
         "Ответ она опубликовала в своем Telegram-канале.", "Мария Захарова"),
        ("Об этом заявила Мария Захарова. Россия не заинтересована в мире, сказала она. "
         "Позже она написала в своем Telegram-канале, что это ложь.", "Мария Захарова"),
        ("Об этом заявил Сергей Лавров. Европа ведет войну, добавил он. "
         "Позже он написал в своем Telegram-канале, что это ложь.", "Сергей Лавров"),
        ("Певица Алла Пугачева вернулась в Москву. Рынок отреагировал ростом. "
         "Позже она написала в своем Telegram-канале, что рада.", "Алла Пугачева"),
    ],
)
def test_pronoun_agrees_with_its_antecedent(text: str, owner: str) -> None:
    found = telegram(text)
    assert [c.owner for c in found] == [owner], found



@pytest.mark.parametrize(
    ("text", "name"),
    [
        # «в телеграм-канале ведомства/банка»: the body named before, a compound agency name («…надзор»,
        # «…служба», «…інспекція», «…банк») and the area it serves («по региону») included
        ("Роспотребнадзор проверит кафе, написали в Telegram-канале ведомства.", "Роспотребнадзор"),
        ("Роспотребнадзор по региону проверит кафе. Об этом сообщили в телеграм-канале ведомства.",
         "Роспотребнадзор по региону"),
        ("Ространснадзор запретил рейсы. Об этом говорится в Telegram-канале ведомства.", "Ространснадзор"),
        ("Рособрнадзор отменил экзамен, сообщается в телеграм-канале ведомства.", "Рособрнадзор"),
        ("Держпродспоживслужба перевірила кафе. Про це повідомили в телеграм-каналі відомства.",
         "Держпродспоживслужба"),
        ("Держекоінспекція виявила забруднення, йдеться у Telegram-каналі відомства.", "Держекоінспекція"),
        ("Сбербанк повысил ставки. Об этом сообщили в телеграм-канале банка.", "Сбербанк"),
        ("Приватбанк змінив тарифи. Про це повідомили в телеграм-каналі банку.", "Приватбанк"),
    ],
)
def test_channel_of_the_body_named_before(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # Telegram the company: restricted, slowed down, blocked — the body that says so owns no channel there
        "10 марта Роскомнадзор подтвердил введение ограничений в Telegram, заявив, что они связаны с нарушениями.",
        "Роскомнадзор сообщил о замедлении Telegram в России.",
        "Роскомнадзор заявил, что продолжит блокировку Telegram.",
        "Минцифры сообщило, что ограничит работу Telegram.",
        "Мінцифри повідомило про обмеження Telegram в Україні.",
    ],
)
def test_telegram_the_company(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a pronoun, what was posted, then the place: «опублікувала допис у …», «зробила публікацію у …»
        ("Маргарита Симоньян вчергове осоромилась. Вона зробила публікацію у своєму телеграмі.", "Маргарита Симоньян"),
        ("Маргарита Симоньян вчергове осоромилась. Вона опублікувала допис у своєму Telegram.", "Маргарита Симоньян"),
        ("Ольга Стефанішина прибула до Брюсселя. Вона опублікувала новий допис у своєму Telegram.",
         "Ольга Стефанішина"),
        ("Віталій Кличко виступив на засіданні. Він записав звернення у своєму Telegram.", "Віталій Кличко"),
        ("Віталій Кличко виступив на засіданні. Він оприлюднив відео у своєму телеграмі.", "Віталій Кличко"),
        ("Анна Петрова снова опозорилась. Она сделала публикацию в своем Telegram.", "Анна Петрова"),
        ("Анна Петрова снова опозорилась. Она сделала заявление в Telegram.", "Анна Петрова"),
        ("Анна Петрова снова опозорилась. Она оставила комментарий в своем Telegram.", "Анна Петрова"),
        ("Сергей Лавров встретился с коллегой. Позже он разместил фото встречи в своем Telegram.", "Сергей Лавров"),
        # «вона» is not the man named nearest before it: his first name tells him («Сергій», «Сергея»)
        ("Так вчинила Маргарита Симоньян. Про це сказав журналіст Сергій Лещенко. «Вона зробила публікацію у своєму "
         "телеграмі», – сказав журналіст.", "Маргарита Симоньян"),
        ("Так поступила Анна Петрова. Об этом рассказал журналист Игорь Сидоров. «Она сделала публикацию в своем "
         "Telegram», — сказал журналист.", "Анна Петрова"),
    ],
)
def test_pronoun_posted_something(text: str, owner: str) -> None:
    assert owner in owners(text)


@pytest.mark.parametrize(
    "text",
    [
        "Анна Петрова снова опозорилась. Она сделала ремонт в своем доме.",
        "Анна Петрова снова опозорилась. Она сделала покупку в Telegram.",
    ],
)
def test_pronoun_made_no_post(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # three words of description between the verb and the name: the verb still says who wrote
        ("Про це повідомляє моніторинговий аналітичний проєкт DeepState в Telegram.", "DeepState"),
        ("Як пише РБК-Україна, про це повідомляє моніторинговий аналітичний проєкт DeepState в Telegram.", "DeepState"),
        ("Про це повідомив відомий український волонтер Сергій Притула у Telegram.", "Сергій Притула"),
        ("Об этом пишет популярный провоенный блогер Рыбарь в Telegram.", "Рыбарь"),
    ],
)
def test_described_at_length_before_the_place(text: str, who: str) -> None:
    assert any(who in (c.name, c.owner) for c in telegram(text))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the place opens the sentence, then who (an office before the name) and any verb in a finite form
        ("В своем Telegram Мария Захарова назвала Макрона лжецом.", "Мария Захарова"),
        ("В своем Telegram мэр Москвы Сергей Собянин объявил о закрытии парков.", "Сергей Собянин"),
        ("В своём телеграме Рамзан Кадыров высмеял Зеленского.", "Рамзан Кадыров"),
        ("На своей странице в Telegram Мария Захарова высмеяла Макрона.", "Мария Захарова"),
        ("У своєму Telegram мер Києва Віталій Кличко написав, що вибухи стихли.", "Віталій Кличко"),
        ("У своєму телеграмі Юлія Свириденко назвала санкції ефективними.", "Юлія Свириденко"),
        ("У своєму Telegram Олег Синєгубов закликав людей до укриттів.", "Олег Синєгубов"),
    ],
)
def test_place_before_the_subject(text: str, owner: str) -> None:
    assert owner in owners(text)


@pytest.mark.parametrize(
    "text",
    [
        "В своем Telegram Мария Захарова и Сергей Лавров.",  # no verb
        "В своем Telegram Мария Захарова, как известно, не стесняется.",  # not right after the name
    ],
)
def test_place_before_a_name_without_its_verb(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # an office whose region follows it names no one by that adjective: the holder named before, else the office
        ("Об этом говорится в телеграм-канале губернатора Курской области.", "губернатора Курской области"),
        ("Об этом сообщили в Telegram-канале главы Курской области.", "главы Курской области"),
        ("Об этом говорится в телеграм-канале губернатора Краснодарского края.", "губернатора Краснодарского края"),
        ("Про це йдеться в телеграм-каналі голови Харківської області.", "голови Харківської області"),
        ("Губернатор Курской области Алексей Смирнов открыл мост. Об этом говорится в телеграм-канале губернатора "
         "Курской области.", "Алексей Смирнов"),
        # a place after an office is no name: «Мэр Москвы … — написал он» is the mayor's
        ("Мэр Москвы открыл парк. «Парк открыт», — написал он в своем Telegram-канале.", "Мэр Москвы"),
        ("Губернатор Кубани провел совещание. «Угроза сохраняется», — написал он в своем Telegram-канале.",
         "Губернатор Кубани"),
        ("Глава Крыма провел совещание. Об этом он сообщил в своем Telegram-канале.", "Глава Крыма"),
    ],
)
def test_office_with_its_region(text: str, owner: str) -> None:
    assert owners(text) == [owner]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a legal form before a quoted name: both are the name
        ("Об этом сообщил Telegram-канал ФК «Спартак».", "ФК «Спартак»"),
        ("Об этом сообщили в телеграм-канале ХК «Динамо».", "ХК «Динамо»"),
        ("Об этом сообщили в Telegram-канале ПАО «Аэрофлот».", "ПАО «Аэрофлот»"),
        ("Про це повідомили в телеграм-каналі ТОВ «Укрнафта».", "ТОВ «Укрнафта»"),
    ],
)
def test_legal_form_and_quoted_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article about Telegram channels names them as speakers, any verb of saying (by lemma), no channel word
        ('Что пишут телеграм-каналы. "Адекват", например, заметил, что май близко. А "Доктор прописал" обратил '
         "внимание на Корею.", ["Адекват", "Доктор прописал"]),
        ("О задержании сообщил телеграм-канал «Сводки». Также о задержании адвокатов сообщил провластный «Беларусский "
         "силовик».", ["Сводки", "Беларусский силовик"]),
        ("Телеграм-каналы обсуждают выборы. «Ночной дозорный» утверждает, что кандидат уже выбран.",
         ["Ночной дозорный"]),
        ("Телеграм-каналы обсуждают выборы. Об этом пишет популярный «Ночной дозорный».", ["Ночной дозорный"]),
        ("Телеграм-каналы обсуждают выборы. «Серый кардинал», например, считает, что кандидат уже выбран.",
         ["Серый кардинал"]),
        # a channel named after its city is still a channel
        ("Телеграм-каналы публикуют кадры взрыва. Так, «ЧП Самара» опубликовал видео с места.", ["ЧП Самара"]),
        # bodies, places, first names and quotations are not channels
        ("Телеграм-каналы обсуждают выборы. «Единая Россия» заявила о победе.", []),
        ("Телеграм-каналы обсуждают выборы. «Газпром» сообщил о прибыли.", []),
        ("Телеграм-каналы обсуждают выборы. «Спартак» сообщил о трансфере.", []),
        ("Телеграм-каналы обсуждают выборы. «Мы победим», — заявил кандидат.", []),
        # no channels talked of: a quoted speaker is no channel
        ("Газета вышла утром. «Ночной дозорный» утверждает, что кандидат уже выбран.", []),
    ],
)
def test_channels_as_speakers(text: str, expected: list[str]) -> None:
    assert [n for n in names(text) if n is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same in Ukrainian, its verbs by their stems
        ("Телеграм-канали обговорюють вибори. «Нічний вартовий» стверджує, що кандидата вже обрано.",
         ["Нічний вартовий"]),
        ("Телеграм-канали обговорюють вибори. «Нічний вартовий», наприклад, пише, що кандидата вже обрано.",
         ["Нічний вартовий"]),
        ("Телеграм-канали обговорюють вибори. Про це пише популярний «Нічний вартовий».", ["Нічний вартовий"]),
        ("Телеграм-канали обговорюють вибори. Також про затримання повідомив проросійський «Сірий кардинал».",
         ["Сірий кардинал"]),
        ("Телеграм-канали обговорюють вибори. «Укрзалізниця» повідомила про зміни.", []),
        ("Газета вийшла вранці. «Нічний вартовий» стверджує, що кандидата вже обрано.", []),
    ],
)
def test_channels_as_speakers_ukrainian(text: str, expected: list[str]) -> None:
    assert [n for n in names(text) if n is not None] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a channel named right after a bare «телеграму»/«Telegram» it was taken from
        ("За даними телеграму «Північний вітер», пролунали вибухи.", "Північний вітер"),
        ("По данным Telegram «Северный ветер», прогремели взрывы.", "Северный ветер"),
        ("Згідно з даними Telegram Exilenova+, пролунали вибухи.", "Exilenova+"),
        # a name the text places in Telegram, if only in a photo credit, is that channel where it is cited
        ("Про це пише 24 Канал з посиланням на Exilenova+. Фото з телеграму Exilenova+", "Exilenova+"),
        ("Об этом пишет РБК со ссылкой на Nord News. Фото из Telegram Nord News", "Nord News"),
    ],
)
def test_taken_from_telegram(text: str, name: str) -> None:
    assert names(text) == [name]


def test_credit_alone_cites_nothing() -> None:
    assert telegram("Вибухи пролунали вночі.\nКадри з телеграму Exilenova+.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a project's quoted name before «у Telegram», its parent's name between
        ('Про це повідомляє проєкт "Радіо Свобода" "Крим.Реалії" у Telegram.', "Крим.Реалії"),
        ("Об этом сообщает проект «Радио Свобода» «Крым.Реалии» в Telegram.", "Крым.Реалии"),
        ('Про це повідомляє проєкт Радіо Свобода "Крим.Реалії" у Telegram.', "Крим.Реалії"),
        ("Об этом сообщает проект «Крым.Реалии» в своем Telegram-канале.", "Крым.Реалии"),
        ("Об этом сообщает издание «Крым.Реалии» в Telegram.", "Крым.Реалии"),
    ],
)
def test_project_named_before_the_place(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body described in Ukrainian after the channel word, adjectives before its noun, its quoted name after
        ('Про це пише ЗМІ з посиланням на telegram-канал незаконного збройного формування "ДНР".',
         'незаконного збройного формування "ДНР"'),
        ('Про це повідомили у телеграм-каналі руху "Атеш".', 'руху "Атеш"'),
        ("Про це повідомили у телеграм-каналі партизанського руху «Атеш».", "партизанського руху «Атеш»"),
        ("Про це повідомили у телеграм-каналі угруповання «Схід».", "угруповання «Схід»"),
        ("Про це повідомили у телеграм-каналі обласної адміністрації.", "обласної адміністрації"),
        ("Об этом сообщили в телеграм-канале российской группировки войск «Днепр».",
         "российской группировки войск «Днепр»"),
    ],
)
def test_body_described_after_the_channel_word(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # «в сообщении пресс-службы «X» в Telegram»: the press service is the name's head, kept with it
        ("«Спасибо всем», — говорится в сообщении пресс-службы «Спартака» в телеграм-канале.",
         "пресс-службы «Спартака»"),
        ("Об этом говорится в сообщении пресс-службы ФК «Зенит» в Telegram.", "пресс-службы ФК «Зенит»"),
        ("Про це йдеться в повідомленні пресслужби «Динамо» у телеграм-каналі.", "пресслужби «Динамо»"),
        ("Об этом говорится в заявлении штаба «Северного флота» в Telegram.", "штаба «Северного флота»"),
        # a project is no body: its name alone
        ("Про це йдеться в аналізі проєкту DeepState в Telegram.", "DeepState"),
    ],
)
def test_statement_of_a_press_service(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a body inside the quotation before «— отмечается в Telegram» is what was said, not who said it
        '"Чиновник требовал согласование ГПЗУ (градостроительного плана)", – отмечается в Telegram.',
        "«Министерство ничего не сделало», — отмечается в Telegram.",
        # a bot posts through no channel
        "Продавцы с помощью бота в Telegram публиковали рекламу на площадке.",
        "Мошенники через чат-бот в Telegram рассылали сообщения.",
        # a lowercase word in quotes before channels says what kind they are
        "На подъездах расклеивают приглашения в якобы «домовые» телеграм-каналы.",
        "Жителей зовут в «районные» телеграм-каналы.",
    ],
)
def test_not_a_channel_citation(text: str) -> None:
    assert telegram(text) == []


def test_a_bot_mentioned_after_the_citation() -> None:
    assert owners("Глава региона Александр Богомаз сообщил в Telegram о работе бота для жалоб.") == [
        "Александр Богомаз"]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # a channel's author cited: any verb of saying in the sentence makes it a citation («отметил», «зазначив»)
        ("Как отметил автор телеграм-канала «Северный ветер» Иван Петров, атака отражена.", "Северный ветер",
         "Иван Петров"),
        ("Як зазначив автор телеграм-каналу «Північний вітер» Іван Петренко, атаку відбито.", "Північний вітер",
         "Іван Петренко"),
        ("Как подчеркнул автор телеграм-канала «Северный ветер» Иван Петров, атака отражена.", "Северный ветер",
         "Иван Петров"),
    ],
)
def test_author_of_a_channel_cited(text: str, name: str, owner: str) -> None:
    assert [(c.name, c.owner) for c in telegram(text)] == [(name, owner)]


def test_author_of_a_channel_merely_mentioned() -> None:
    assert telegram("Автор телеграм-канала «Северный ветер» Иван Петров задержан в Москве.") == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a statement by a person in Telegram: the person owns the channel (not a name of a channel)
        ("Об этом говорится в посте губернатора Вячеслава Гладкова в Telegram.", "Вячеслава Гладкова"),
        ("Про це йдеться у дописі Олега Синєгубова в Telegram.", "Олега Синєгубова"),
        ("Про це йдеться у дописі очільника ОВА Олега Синєгубова у телеграм-каналі.", "Олега Синєгубова"),
        ("Об этом говорится в видеообращении Рамзана Кадырова в Telegram.", "Рамзана Кадырова"),
        ("Про це йдеться у відеозверненні Володимира Зеленського в Telegram.", "Володимира Зеленського"),
        # an office after the verb, the holder named before (Ukrainian offices too)
        ("Віталій Кличко: «Парки закриті», — повідомив мер у Telegram.", "Віталій Кличко"),
        ("Міністр оборони Денис Шмигаль провів нараду. Про це повідомив міністр у Telegram.", "Денис Шмигаль"),
        ("Прем'єр-міністерка Юлія Свириденко провела нараду. Про це повідомила прем'єр-міністерка у Telegram.",
         "Юлія Свириденко"),
        ("Голова Харківської ОВА Олег Синєгубов провів нараду. «Загроза зберігається», — написав очільник ОВА у "
         "своєму телеграм-каналі.", "Олег Синєгубов"),
        ("Сергей Собянин открыл парк. Об этом сообщил мэр в Telegram.", "Сергей Собянин"),
        ("Вячеслав Гладков провел совещание. «Угроза сохраняется», — написал губернатор в Telegram.",
         "Вячеслав Гладков"),
    ],
)
def test_person_by_statement_or_office(text: str, owner: str) -> None:
    assert owners(text) == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the place opening the sentence, a post in it or not, then who and a finite verb
        ("Атаку відбито. У дописі в Telegram Олег Синєгубов зазначив, що атаку відбито.", "Олег Синєгубов"),
        ("У зверненні в Telegram Володимир Зеленський подякував воїнам.", "Володимир Зеленський"),
        ("В посте в Telegram Вячеслав Гладков заявил, что погибших нет.", "Вячеслав Гладков"),
        ("В Telegram Вячеслав Гладков заявил, что погибших нет.", "Вячеслав Гладков"),
        ("У Telegram Віталій Кличко повідомив, що вибухи стихли.", "Віталій Кличко"),
    ],
)
def test_place_opening_the_sentence(text: str, owner: str) -> None:
    assert owners(text) == [owner]


def test_place_opening_a_sentence_without_a_verb() -> None:
    assert telegram("В Telegram Иван Петров и его друзья.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # «правительственный ТГ-канал», «урядовий телеграм-канал»: the government named before
        ("Правительство Молдовы опровергает сведения. Корреспонденты пишут об этом со ссылкой на официальный "
         "правительственный ТГ-канал.", "Правительство Молдовы"),
        ("Правительство Курской области сообщило о выплатах. Об этом говорится в правительственном "
         "телеграм-канале.", "Правительство Курской области"),
        ("Уряд України ухвалив рішення. Про це повідомили в урядовому телеграм-каналі.", "Уряд України"),
    ],
)
def test_owner_by_adjective(text: str, name: str) -> None:
    assert name in names(text)


def test_owner_by_adjective_named_nowhere() -> None:
    assert [c.name for c in telegram("Об этом говорится в правительственном телеграм-канале.")] in ([], [None])


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # Telegram after another network: the place's preposition stands before the first
        ("Про це написав Віталій Кличко у Facebook та Telegram.", "Віталій Кличко"),
        ("Про це написав Віталій Кличко у своїх Facebook та Telegram.", "Віталій Кличко"),
        ("Про це Олег Синєгубов повідомив на своїх сторінках у Facebook і Telegram.", "Олег Синєгубов"),
        ("Об этом Вячеслав Гладков сообщил в своих Telegram и VK.", "Вячеслав Гладков"),
        # his page on Telegram, a verb of no saying: the person named before
        ("Володимир Зеленський провів нараду. На його сторінці в Telegram з'явилося відео.", "Володимир Зеленський"),
        ("Рамзан Кадыров провел совещание. На его странице в Telegram появилось видео.", "Рамзан Кадыров"),
        # an office's channel, the office ending the clause: its holder named before
        ("Глава Чечни Рамзан Кадыров провел совещание. Видео опубликовано в Telegram-канале главы Чечни.",
         "Рамзан Кадыров"),
        ("Губернатор Белгородской области Вячеслав Гладков провел совещание. Видео появилось в телеграм-канале "
         "губернатора.", "Вячеслав Гладков"),
    ],
)
def test_more_places_and_offices(text: str, owner: str) -> None:
    assert owners(text) == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # «вона»: a man named nearer is passed over for a name that tells no gender to the rules
        ("Юлія Свириденко зустрілася з Андрієм Сибігою. Вона написала у своєму телеграм-каналі, що зустріч була "
         "продуктивною.", "Юлія Свириденко"),
        ("Прем'єр-міністерка Юлія Свириденко провела нараду з міністром Андрієм Сибігою. Про це вона написала у "
         "Telegram.", "Юлія Свириденко"),
        ("Ольга Стефанішина зустрілася з Олегом Синєгубовим. «Зустріч була продуктивною», — написала вона у "
         "Telegram.", "Ольга Стефанішина"),
    ],
)
def test_she_is_not_the_man_named_nearer(text: str, owner: str) -> None:
    assert owners(text) == [owner]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a quoted name right after a verb of saying, then «в своём Telegram(-канале)»: the channel is its own
        ("Видео, которое опубликовал «Северный ветер» в своем телеграм-канале, набрало миллион просмотров.",
         "Северный ветер"),
        ("Об этом сообщил «Северный ветер» в своем Telegram-канале.", "Северный ветер"),
        ("Про це повідомив «Північний вітер» у своєму телеграм-каналі.", "Північний вітер"),
        ("Відео, яке оприлюднив «Північний вітер» у своєму Telegram, набрало мільйон переглядів.", "Північний вітер"),
    ],
)
def test_quoted_subject_after_its_verb(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a number's name with a word after it, any quote style, Latin names with dots
        ("Об этом сообщил телеграм-канал 112 Украина.", "112 Украина"),
        ("Об этом пишет телеграм-канал 112 Украина, ссылаясь на очевидцев.", "112 Украина"),
        ("Об этом сообщил Telegram-канал 112.", "112"),
        ("Об этом сообщил телеграм-канал „Северный ветер“.", "Северный ветер"),
        ("Про це повідомив телеграм-канал ‘Північний вітер’.", "Північний вітер"),
        ("Об этом сообщил телеграм-канал Astra.press.", "Astra.press"),
    ],
)
def test_channel_name_shapes(text: str, name: str) -> None:
    assert names(text) == [name]
