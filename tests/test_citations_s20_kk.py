"""Kazakh Telegram channels and outlets, session 20: the constructions in general forms (made-up sentences, none
copied from the corpus)."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations
from tests.citations_found import outlets


def telegram(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.owner) for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]



@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a quoted name or a name in Latin letters before its type noun, nominative or genitive, then the channel
        ("«Примерхабар» агенттігі Telegram-арнасында жариялады.", "«Примерхабар» агенттігі"),
        ("Бұл туралы «Ақ бастау» партиясы Telegram-арнасында мәлімдеді.", "«Ақ бастау» партиясы"),
        ("Бұл туралы «Жаңа жол» партиясының телеграм-арнасы хабарлайды.", "«Жаңа жол» партиясының"),
        ("Бұл туралы «Примерск темір жолы» ұлттық компаниясының Telegram арнасында жазылған.",
         "«Примерск темір жолы» ұлттық компаниясының"),
        ("Бұл туралы Primer.kz басылымының Telegram-арнасы хабарлайды.", "Primer.kz басылымының"),
        ("Бұл туралы Primernews.kz ақпарат порталының телеграм-арнасында жазылған.",
         "Primernews.kz ақпарат порталының"),
        # a long owner: a city's akimat's press service, five words
        ("Ақпаратты Примерск қаласы әкімдігінің баспасөз қызметі Telegram-арнасында жариялады.",
         "Примерск қаласы әкімдігінің баспасөз қызметі"),
        # words opening the sentence are not the owner's: "before this", "the information"
        ("Бұған дейін Примеровтың телеграм-арнасында жазылғандай, кездесу өтті.", "Примеровтың"),
        ("Ақпарат Примерорданың ресми телеграм-арнасында жарияланды.", "Примерорданың"),
        # «Telegram желісіндегі»: its page on the Telegram network
        ("Бұл туралы «Примерск облысы әкімдігі» Telegram желісіндегі парақшасында жазылған.",
         "Примерск облысы әкімдігі"),
        # the name between «Telegram-дағы» / «Телеграмдағы» / «Telegram-да» and the channel word
        ("Бұл туралы Telegram-дағы «Primer Today» арнасы хабарлады.", "Primer Today"),
        ("Telegram-дағы Primerbaza арнасының мәліметінше, жарылыс болған.", "Primerbaza"),
        ("Телеграмдағы «Абайлаңыз, жаңалық» каналы хабарлады.", "Абайлаңыз, жаңалық"),
        ("Бұл туралы Telegram желісіндегі «Primer Times» парақшасында жазылған.", "Primer Times"),
        ("Telegram-да Primermash арнасы видео жариялады.", "Primermash"),
        # Kazakh «каналы» is "its channel", one channel, not the Russian plural
        ("Бұл туралы ҚР Примерия істері министрлігінің телеграм каналы хабарлайды.",
         "ҚР Примерия істері министрлігінің"),
        # a body by its common noun, lowercase or alone: the body named before it, else the noun
        ("Примерия істері министрлігі хабарлама таратты. Бұл туралы ведомствоның телеграм-арнасы хабарлады.",
         "Примерия істері министрлігі"),
        ("Примерия істері министрлігі шешім қабылдады. Министрлік телеграм-арнасында бұл ақпаратты жоққа шығарды.",
         "Примерия істері министрлігі"),
        ("Бұл туралы ведомство өз Telegram-арнасында хабарлады.", "ведомство"),
        # a body writing «Telegram-да», on Telegram
        ("Бұл туралы ҚР Примерия істері министрлігі Telegram-да хабарлады.", "ҚР Примерия істері министрлігі"),
        # a one-word Cyrillic name before «телеграм каналында» (Kazakh «канал» in its cases, not only «арна»)
        ("Бұл туралы Примерхабар телеграм каналында жазылды.", "Примерхабар"),
        ("Бұл туралы Құмтест Телеграм каналында видео жарияланды.", "Құмтест"),
        ("Almatyda jük kölıgı apatqa ūşyrady. Bul turaly Qumtest Telegram kanalynda video jariialandy, dep "
         "habarlaidy Primer.kz.", "Qumtest"),  # (Latin letters: read through the Cyrillic shadow)
    ],
)
def test_kazakh_channel_names(text: str, name: str) -> None:
    assert name in [n for n, _ in telegram(text)]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # «оның» ("his"), «ол» ("he"): the person named before
        ("Ерлан Примеров ұзақ сөйледі. Оның телеграм-арнасында жарияланған видеода ерлер көрінеді.",
         "Ерлан Примеров"),
        ("Марат Примеров сұхбат берді. Бұл туралы оның Telegram-арнасында жазылған.", "Марат Примеров"),
        ("Дмитрий Примеров сөйледі. Кейін ол Telegram-да жазба жариялады.", "Дмитрий Примеров"),
        # a Kazakh first name the lists did not know, before «өзінің» or the channel word
        ("Примерорда баспасөз хатшысы Берік Примерұлы өзінің Telegram-арнасында жазды.", "Берік Примерұлы"),
        ("Бұл туралы Жандос Примерәлі Telegram-арнасында жазды.", "Жандос Примерәлі"),
        # writing «Telegram-да», «Телеграмдағы парақшасында»; more verbs and tenses after the channel word
        ("Бұл туралы Рамзан Примеров Telegram-да жазды.", "Рамзан Примеров"),
        ("Бұл туралы Рамзан Примеров Телеграмдағы парақшасында жазды.", "Рамзан Примеров"),
        ("Бұл туралы Сергей Примеров Telegram-арнасында мәлімдеме жасады.", "Сергей Примеров"),
        ("Бұл туралы Марат Примеров телеграм-арнасында хабарлайды.", "Марат Примеров"),
        # an office in the genitive before the channel word: its holder named before (by the office, or the
        # person named last), the office's region or a place in the dative after the name no part of it
        ("Примерск мэрі Сергей Примеров шабуыл болғанын мәлімдеді, деп хабарлайды Primer.kz қала басшысының ресми "
         "телеграм-арнасына сілтеме жасап.", "Сергей Примеров"),
        ("Облыс әкімі Марат Примеров жиынға барды. Бұл туралы облыс әкімінің Telegram-арнасында жазылған.",
         "Марат Примеров"),
        ("Мемлекет басшысы Қасым-Жомарт Примеров Астанаға келді. Мемлекет басшысының Telegram-арнасында бұл туралы "
         "айтылған.", "Қасым-Жомарт Примеров"),
        ("Примерия СІМ ресми өкілі Мария Примерова сөйледі. Бұл туралы Примерия СІМ ресми өкілінің "
         "Telegram-арнасында жазылған.", "Мария Примерова"),
        # a name opening with a Kazakh capital is found as the one named before «ол»
        ("Әсел Примерова келді. Ол Telegram-арнасында жазды.", "Әсел Примерова"),
    ],
)
def test_kazakh_channel_owners(text: str, owner: str) -> None:
    assert owner in [o for _, o in telegram(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Telegram компаниясы жаңа функцияны іске қосты.",  # Telegram the company
        "Жаңалықтарды біздің Telegram-арнамыздан оқыңыз.",  # promo lines: "our channel"
        "Telegram-арнамызға жазылыңыз!",
        "Telegram-да тараған видеода ерлер көрінеді.",  # a video spread on Telegram: nobody's channel
        "Сарапшылар Telegram-да ақпарат тез тарайтынын айтты.",
        "Примерия қаласында Telegram-да жарнама жасау қымбаттады.",
        # "Russian Telegram channels", "a Russian Telegram channel": an adjective of place, plural or singular
        "Бұл туралы Ресейлік Telegram-арналар жазды.",
        "Бұл туралы Ресейлік Telegram-арнасы хабарлады.",
    ],
)
def test_kazakh_telegram_not_cited(text: str) -> None:
    assert telegram(text) == []


def test_russian_plural_kanaly_stays_plural() -> None:
    # Russian «каналы» (plural) in a Russian sentence: the listed channels, not one "its channel"
    found = telegram("Об этом сообщили телеграм каналы Примерграм и Тестограм.")
    assert [n for n, _ in found] == ["Примерграм", "Тестограм"]


def test_kazakh_office_holder_is_no_place_or_brand() -> None:
    # «блогер» before a quoted brand opening with a Kazakh capital: the blogger named before it, not the brand
    text = ("Ресейлік блогер Иван Примеров “Құрттай” шоколадына қатысты пікірі үшін кешірім сұрады. "
            "Блогер Telegram-арнасында жариялаған үндеуінде қателігін мойындады.")
    assert (None, "Иван Примеров") in telegram(text)


@pytest.mark.parametrize(
    ("text", "reporter", "referred"),
    [
        # «X арнасына сілтеме жасап»: a channel referred to, a known Telegram one or a TV channel
        ("Бұл туралы Reuters Mash арнасына сілтеме жасап хабарлады. Telegram бұғатталды.", "Reuters", None),
        ("Бұл туралы Primer.kz Хабар арнасына сілтеме жасап хабарлады.", "Primer.kz", "Хабар"),
        # a quoted name referred to between the reporter and the verb
        ("Бұл туралы Orda.kz «Примерия 24» арнасына сілтеме жасап жазды.", "Orda.kz", "Примерия 24"),
        ("Бұл туралы Primer.kz «Примерия» порталына сілтеме жасап хабарлайды.", "Primer.kz", "Примерия"),
    ],
)
def test_kazakh_channel_referred_to(text: str, reporter: str, referred: str | None) -> None:
    found = outlets(text)
    assert reporter in found
    if referred is not None:
        assert referred in found


def test_known_telegram_channel_referred_to_in_kazakh() -> None:
    assert ("Mash", None) in telegram("Бұл туралы Primernews Mash арнасына сілтеме жасап хабарлады.")


def test_telegram_word_is_no_referred_name() -> None:
    found = telegram("Бұл туралы ҚР ТЖМ Telegram арнасына сілтеме жасап хабарлады.")
    assert ("ҚР ТЖМ", None) in found and "Telegram" not in outlets("Бұл туралы ҚР ТЖМ Telegram арнасына сілтеме жасап "
                                                                       "хабарлады.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office in the nominative, its holder named before by the same office
        ("Примерия президенті Ерлан Примеров сапармен келді. Кейін Примерия президенті өз Telegram-арнасында "
         "мәлімдеді.", (None, "Ерлан Примеров")),
        ("Ресейлік блогер Иван Примеров кешірім сұрады. Блогер Telegram-арнасында үндеу жариялады.",
         (None, "Иван Примеров")),
        # no holder named: the office's words themselves, the sentence's opening words left out
        ("Бұл туралы Примерия президенті өз Telegram-арнасында мәлімдеді.", ("Примерия президенті", None)),
        ("Бұл туралы Примерия Сыртқы істер министрі Telegram-арнасында жазды.",
         ("Примерия Сыртқы істер министрі", None)),
        ("Мемлекет басшысы Telegram-арнасында құттықтау жариялады.", ("Мемлекет басшысы", None)),
    ],
)
def test_kazakh_office_in_the_nominative(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in telegram(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # more verbs after a named type noun: "spread", "had reported", "made known", "noted"
        ("Ақпаратты Primer.kz сайты таратты.", "Primer.kz"),
        ("Бұл туралы Primer Today басылымы хабарлаған.", "Primer Today"),
        ("Примерия полиция департаменті мәлім етті.", "Примерия полиция департаменті"),
        ("Бұл туралы Примерск облыстық полиция департаменті атап өтті.", "Примерск облыстық полиция департаменті"),
        # "relying on its sources / its data", "according to its report"
        ("Primerberg агенттігінің дереккөздеріне сүйенсек, келіссөз тоқтады.", "Primerberg"),
        ("Primer.kz порталының мәліметтеріне сүйене отырып, жол жабылды деп айтуға болады.", "Primer.kz"),
        ("Примерия Ұлттық банкінің есебіне сәйкес, инфляция өсті.", "Примерия Ұлттық банкінің"),
        # published in an outlet, or on a body's site: its name before the type noun in the locative
        ("Бұл туралы Primer.kz басылымында жазылған.", "Primer.kz"),
        ("Primer.kz басылымында жарияланған мақалада айтылғандай, жол жабылды.", "Primer.kz"),
        ("Бұл туралы «Жас Примерия» газетінде жазылды.", "Жас Примерия"),
        ("Бұл ақпарат Primer Today ақпарат порталында жарияланды.", "Primer Today"),
        ("Primernews сайтындағы мақалада айтылуынша, жол жабылды.", "Primernews"),
        ("Бұл туралы Примерия Денсаулық сақтау министрлігінің сайтында жарияланған.",
         "Примерия Денсаулық сақтау министрлігінің"),
        ("Примерия Денсаулық сақтау министрлігі шешім шығарды. Бұл туралы ведомствоның ресми сайтында жарияланған.",
         "Примерия Денсаулық сақтау министрлігі"),
        # a press service referred to: named whole, as written
        ("Ескерту жарияланды, деп хабарлайды Primer.kz «Примергидромет» РМК баспасөз қызметіне сілтеме жасап.",
         "«Примергидромет» РМК баспасөз қызметіне"),
    ],
)
def test_kazakh_outlet_constructions(text: str, name: str) -> None:
    assert name in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мен Primer.kz сайтында жұмыс істеймін.",  # working at a site, nothing published
        "Бұл туралы Ерлан Примеровтың жеке сайтында жазылған.",  # a person's own site
        "Ерлан Примеров хабарлаған ақпаратқа сәйкес, жол жабылды.",  # a person, no type noun
        "Президент сөгіс жариялаған.",
    ],
)
def test_kazakh_outlet_constructions_not_outlets(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a quoted company name and its legal form, no type noun
        ("Бұл туралы «Примертрансгаз» АҚ хабарлады.", "«Примертрансгаз» АҚ"),
        ("Бұл туралы «Примерэнерго» ЖШС мәлімдеді.", "«Примерэнерго» ЖШС"),
        # the reporting site written as its address after «деп хабарлайды»
        ("Жол жабылды, деп хабарлайды http://PRIMER.KZ.", "PRIMER.KZ"),
        ("Жол жабылды, деп жазады https://www.primer.kz/", "primer.kz"),
        # a quoted name and its type noun, the subject, the verb of saying a few words on
        ("«Примерия 24» телеарнасы Primer арнайы жобасында жариялады.", "Примерия 24"),
        ("«Жас Примерия» газеті бұл туралы кеше жазды.", "Жас Примерия"),
        ("«Примертранс» корпорациясы бұл ақпаратты жоққа шығарды.", "Примертранс"),
    ],
)
def test_kazakh_quoted_and_linked_sources(text: str, name: str) -> None:
    assert name in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ол «Примерия» газеті үшін мақала жазды.",  # wrote for the paper: its object
        "Ол «Примерия» газеті туралы кітап жазды.",  # wrote about it
        "«Примерия» телеарнасы жаңа маусымды бастады.",  # no verb of saying
    ],
)
def test_kazakh_quoted_type_not_a_source(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "said the department's representative": the body named before by its common noun
        ("Примерск облысының полиция департаменті тексеріс бастады. «Күдікті ұсталды», - деді департамент өкілі.",
         "Примерск облысының полиция департаменті"),
        ("Примерия Денсаулық сақтау министрлігі жаңа ереже енгізді. «Бұл уақытша шара», - деп түсіндірді министрлік "
         "өкілдері.", "Примерия Денсаулық сақтау министрлігі"),
        # a body "in its statement", a particle or an adjective between
        ("Примерия қорғаныс министрлігі де бүгінгі мәлімдемесінде шабуылды растады.", "Примерия қорғаныс министрлігі"),
        ("Примерия Ұлттық банкі мәлімдемесінде пайыздық мөлшерлеме өзгермейтінін айтты.", "Примерия Ұлттық банкі"),
    ],
)
def test_kazakh_body_representatives_and_statements(text: str, name: str) -> None:
    assert name in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "«Күдікті ұсталды», - деді департамент өкілі.",  # no department named before
        "Министрдің мәлімдемесінде бұл туралы айтылмаған.",  # a minister, no body
        "Ерлан Примеров өз мәлімдемесінде бұл туралы айтты.",
    ],
)
def test_kazakh_body_representatives_and_statements_none(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # its own channel after a body's initials; a Latin name with a Cyrillic case ending
        ("Бұл туралы Примерия ІІМ өзінің Telegram-арнасында хабарлады.", ("ІІМ", None)),
        ("Бұл туралы Primer Today-дің Telegram-арнасында айтылған.", ("Primer Today-дің", None)),
        # a body's press service by its common noun: the body named before
        ("Примерия Денсаулық сақтау министрлігі шешім шығарды. «Жол жабылды», - деп хабарлады министрліктің "
         "баспасөз қызметі Telegram-арнасында.", ("Примерия Денсаулық сақтау министрлігі", None)),
        # «деп хабарлайды X Telegram-да»: the verb first, who said it on Telegram after it
        ("Жол жабылды, деп хабарлайды Примерия әкімдігі Telegram-да.", ("Примерия әкімдігі", None)),
        ("Бұл туралы «Примерград» арнасы Telegram-да хабарлады.", ("Примерград", None)),
        # the speaker named before the quotation that «деп жазды» closes
        ("Примерия әкімдігі: «Жол жабылды», - деп жазды Telegram-арнасында.", ("Примерия әкімдігі", None)),
        ("Ерлан Примеров: «Жол жабылды», - деп жазды өз Telegram-арнасында.", (None, "Ерлан Примеров")),
        # a place whose possession follows is no part of the name before it
        ("Примерск мэрі Виталий Примеренко Украина астанасында жарылыс болғанын айтты. «Жарылыс болды», - деп жазды "
         "ол Telegram-да.", (None, "Виталий Примеренко")),
    ],
)
def test_kazakh_channel_more_forms(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in telegram(text)


def test_quotation_opening_its_sentence_names_no_speaker_before() -> None:
    assert telegram("Кеше түнде «Жол жабылды», - деп жазды Telegram-арнасында.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a channel blocked (the accusative: the news is about it), a fake channel
        "Примерия билігі «Примерград» Telegram-арнасын бұғаттады.",
        "Жалған Telegram-арна Примерия әкімдігінің атынан хабарлама таратты.",
        # the publisher's promotion: a polite imperative, «біздің» ("our"), a bare link after the call
        "Ақпаратты t.me/primerfake_kz Telegram-арнасына немесе WhatsApp номеріне жіберіңіз.",
        "Жаңалықтарды біздің t.me/primernews Telegram-арнасынан оқыңыз.",
        "Біздің Telegram-арнамызға жазылыңыз: t.me/primernews",
    ],
)
def test_kazakh_channels_acted_on_or_promoted(text: str) -> None:
    assert telegram(text) == []


def test_kazakh_imperative_in_the_next_sentence_keeps_the_citation() -> None:
    text = "Бұл туралы Примерия әкімдігі Telegram-арнасында хабарлады. Толығырақ сайттан оқыңыз."
    assert ("Примерия әкімдігі", None) in telegram(text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a person's name in the genitive before the channel word: the owner, not the channel's name
        ("Бұл туралы Ерлан Примеровтың Telegram-арнасында жазылған.", "Ерлан Примеровтың"),
        ("Бұл туралы Мария Примерованың телеграм-арнасында айтылған.", "Мария Примерованың"),
    ],
)
def test_kazakh_person_in_the_genitive_owns_the_channel(text: str, owner: str) -> None:
    assert (None, owner) in telegram(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body's noun group in lowercase before the channel word (unnamed, or in the Arabic script: no capitals)
        ("Бұл туралы облыс әкімдігі Telegram-арнасында хабарлады.", "облыс әкімдігі"),
        ("Бұл туралы қала әкімдігінің баспасөз қызметі телеграм-арнасында жазды.", "қала әкімдігінің баспасөз қызметі"),
        ("Жол жабылды, деп хабарлады облыстық полиция департаменті Telegram-арнасында.",
         "облыстық полиция департаменті"),
        ("بۇل تۋرالى پرىمەر اۋدانى ۇكىمەتى تەلەگرام ارناسىندا حابارلادى.", "پرىمەر اۋدانى ۇكىمەتى"),
    ],
)
def test_kazakh_lowercase_body_owns_the_channel(text: str, name: str) -> None:
    assert (name, None) in telegram(text)


def test_kazakh_lowercase_words_without_a_body_name_no_channel() -> None:
    assert telegram("Оқиға туралы ақпарат Telegram-арнасында жарияланды.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body in lowercase (its place and head noun), the subject, its verb of saying later in the clause
        ("18 наурызға қараған түні қала әкімдігінің баспасөз қызметі ұзақ үнсіздіктен кейін Instagram желісіндегі "
         "парақшасында түсініктеме берді.", "қала әкімдігінің баспасөз қызметі"),
        ("Дегенмен қалалық полиция бұл ақпарат шындыққа жанаспайтынын мәлім етті.", "қалалық полиция"),
        ("Кешке аудандық ішкі істер басқармасы оқиғаға қатысты мәлімдеме жасады.", "аудандық ішкі істер басқармасы"),
        # "then", opening the sentence, is no part of a body's name
        ("Кейін Примерск облысы әкімдігі бұл туралы мәлімдеді.", "Примерск облысы әкімдігі"),
    ],
)
def test_kazakh_lowercase_body_says(text: str, name: str) -> None:
    assert name in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Тұрғындар бұл туралы қала әкімдігіне хабарлады.",  # told the akimat: the dative
        "Газет облыс әкімдігінің шешімін жариялады.",  # the akimat's decision: the genitive
    ],
)
def test_kazakh_lowercase_body_not_the_subject(text: str) -> None:
    assert not any(n and "әкімдіг" in n for n in outlets(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name opening its sentence, the subject of a verb of saying, no type noun
        ("«ПримерЖол» Жетісу облысындағы трассаның жабылғаны туралы мәлім етті.", ["ПримерЖол"]),
        ("«Примергаз» газ беру уақытша тоқтатылатынын хабарлады.", ["Примергаз"]),
        # a quotation of what was said, its verb after «деп»: no name
        ("«Біз дайынбыз» деп хабарлады ол.", []),
        ("«Жол жабық», - деп хабарлады Ерлан Примеров.", []),
    ],
)
def test_kazakh_quoted_subject(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the channel "called X" (атты, деген, деп аталатын), what it said after
        ("Бұл туралы Примерград атты Telegram-арна хабарлады.", ["Примерград"]),
        ("Бұл туралы «Примерград» деп аталатын Telegram-арна хабарлады.", ["Примерград"]),
        ("Примерград деген Telegram-арнаның хабарлауынша, жарылыс болды.", ["Примерград"]),
        # nothing said: blocked
        ("Примерград атты Telegram-арна бұғатталды.", []),
        # a list joined by «пен» / «бен»
        ("Бұл туралы Primermash пен Primerbaza телеграм-арналары жазды.", ["Primermash", "Primerbaza"]),
    ],
)
def test_kazakh_channel_called_and_listed(text: str, names: list[str]) -> None:
    assert sorted(n for n, _ in telegram(text) if n) == sorted(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body referred to in the dative, the reporter's Latin name before it left out
        ("Жол жабылды, деп хабарлайды Primer.kz сайты Примерия әкімдігіне сілтеме жасап.", "Примерия әкімдігіне"),
        ("Жол жабылды, деп хабарлайды Primer Today Примерия полициясына сілтеме жасап.", "Примерия полициясына"),
        ("Бұл туралы Primer Today Примерия Ішкі істер министрлігіне сілтеме жасап хабарлады.",
         "Примерия Ішкі істер министрлігіне"),
        # the body by its common noun after the verb, the one named before; a named body's representative
        ("Примерия Ішкі істер министрлігі тексеріс бастады. Жол жабылды, деп мәлімдеді ведомство.",
         "Примерия Ішкі істер министрлігі"),
        ("«Жол жабылды», - дейді Примерия әкімдігінің өкілі.", "Примерия әкімдігінің"),
        ("«Жол жабылды», - деді Примерия облысы полиция департаментінің баспасөз хатшысы.",
         "Примерия облысы полиция департаментінің"),
    ],
)
def test_kazakh_bodies_referred_to_and_representatives(text: str, name: str) -> None:
    assert name in outlets(text)


def test_kazakh_common_noun_after_the_verb_with_no_body_before() -> None:
    assert outlets("Жол жабылды, деп мәлімдеді ведомство.") == []


def test_known_telegram_channel_before_arnasy() -> None:
    # a known Telegram medium before the Kazakh word for channel, no Telegram word: its channel
    assert ("Mash", None) in telegram("Бұл туралы Mash арнасы хабарлайды.")
    assert ("Рыбарь", None) in telegram("Рыбарь арнасының жазуынша, шабуыл болды.")
    assert telegram("Бұл туралы Примерхабар арнасы хабарлады.") == []  # (a TV channel's, perhaps: not known)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Primerberg-ке сүйенсек, келіссөз тоқтады.", ["Primerberg"]),  # "relying on X"
        ("Primer.kz-ке сүйене отырып, жол жабылды деуге болады.", ["Primer.kz"]),
        ("Ерлан Примеровқа сүйенсек, бәрі жақсы.", []),  # a person, no hyphen: not this rule's
    ],
)
def test_kazakh_relying_on_a_latin_name(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in its post on Telegram («Telegram-дағы жазбасында / постында»), its official channel there
        ("Ерлан Примеров Telegram-дағы жазбасында бұл туралы айтты.", (None, "Ерлан Примеров")),
        ("Примерия әкімдігі Telegram-дағы постында ескерту жасады.", ("Примерия әкімдігі", None)),
        ("Бұл туралы Ерлан Примеров Telegram-дағы ресми арнасында жазды.", (None, "Ерлан Примеров")),
        ("Бұл туралы Примерия әкімдігінің Telegram-дағы ресми арнасында хабарланды.",
         ("Примерия әкімдігінің", None)),
    ],
)
def test_kazakh_post_on_telegram(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in telegram(text)


@pytest.mark.parametrize(
    "text",
    ["Ерлан Примеров Telegram-дағы жазбасын өшіріп тастады.",  # deleted his post: the accusative
     "Бұл видео Telegram-дағы жазбалар арқылы тарады."],
)
def test_kazakh_post_on_telegram_not_cited(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «Telegram арқылы»: said via Telegram, as «Telegram-да»
        ("Бұл туралы Примерия әкімдігі Telegram арқылы хабарлады.", [("Примерия әкімдігі", None)]),
        ("Ерлан Примеров Telegram арқылы үндеу жолдады.", [(None, "Ерлан Примеров")]),
        ("Алаяқтар Telegram арқылы ақша сұрап жүр.", []),  # fraudsters asking for money: nothing said
    ],
)
def test_kazakh_via_telegram(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert telegram(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «бұл туралы» ("about this") between who wrote and the channel word
        ("Президенттің баспасөз хатшысы Ерлан Примеров бұл туралы Telegram-арнасында жазды.",
         (None, "Ерлан Примеров")),
        ("Примерия әкімдігі бұл туралы Telegram-арнасында хабарлады.", ("Примерия әкімдігі", None)),
        # "then", opening the sentence, is no part of the office's words; its holder named before
        ("Примерск облысының әкімі Ерлан Примеров жиналыс өткізді. Кейін әкімнің Telegram-арнасында бейнежазба "
         "жарияланды.", (None, "Ерлан Примеров")),
    ],
)
def test_kazakh_about_this_and_then(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in telegram(text)
