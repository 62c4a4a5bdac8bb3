"""Kazakh sources before their verb (made-up sentences, none copied from the corpus)."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations
from archiver.citations.shadow import Shadow


def outlets(text: str) -> list[str | None]:
    return [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ақпаратты Kursiv.media порталы жариялады.", "Kursiv.media"),
        ("Хабар тілшісінің хабарлауынша, жиын басталды.", "Хабар"),
        ("Ұлттық банктің дерегінше, инфляция баяулады.", "Ұлттық банктің"),
        ("Примерск облыстық денсаулық сақтау басқармасының хабарлауынша, екеуі ауруханада.",
         "Примерск облыстық денсаулық сақтау басқармасының"),  # a long name before the genitive head
        # a quoted name before its legal form's initials, "officially" between it and the verb
        ("«Примерспорт» ФК-ның ресми хабарлауынша, жаттықтырушы ауысты.", "«Примерспорт» ФК-ның"),
        # a body's head noun (министрлігі, әкімдігі, департаменті) stands for the type noun
        ("Бұл туралы Төтенше жағдайлар министрлігі хабарлады.", "Төтенше жағдайлар министрлігі"),
        ("Бұл фактіні Павлодар қаласының әкімдігі растады.", "Павлодар қаласының әкімдігі"),
        ("Қостанай облысы полиция департаменті жол жабылғанын хабарлады.", "Қостанай облысы полиция департаменті"),
        ('"Атыс болды", - деп атап өткен Примерияның шекара қызметі.', "Примерияның шекара қызметі"),  # "noted"
        # a body's representatives, unnamed, speak for it; its lowercase head after a name in Latin letters
        ("Өтемақы беріледі, - деп түсіндірді PrimerAir әуе компаниясының өкілдері.", "PrimerAir әуе компаниясының"),
        # the body opening the sentence, its verb far after it
        ("Экология министрлігі әлеуметтік желілерде таралған бейнероликке қатысты мәлімдеме жасады.",
         "Экология министрлігі"),
        ("Алматы қалалық полиция департаменті орын алған жағдайға қатысты пікір білдірді.",
         "Алматы қалалық полиция департаменті"),
        # more verbs of saying: denied, commented, said
        ("Павлодар облысының полиция департаменті бұл ақпаратты жоққа шығарды.",
         "Павлодар облысының полиция департаменті"),
        # when or why, before the body: "in turn", "in this connection", "before this", "regarding the incident"
        ("Өз кезегінде Примерск қалалық полиция департаменті күдіктінің жеке басы анықталғанын мәлімдеді.",
         "Примерск қалалық полиция департаменті"),
        ("Аталған жағдайға қатысты Primer Air әуе компаниясы түсініктеме берді.", "Primer Air әуе компаниясы"),
        ("Примерия елшілігі Қазақстанда лентаны таратуға тыйым салынғаны туралы ақпаратты жоққа шығарды.",
         "Примерия елшілігі"),  # an embassy, a government
        # "states" (present tense), "issued an appeal"
        ("Примерия ақпарат министрлігі нысандар мемлекет меншігінде қалатынын ресми түрде мәлімдейді.",
         "Примерия ақпарат министрлігі"),
        ("Примерск ТЖД баспасөз қызметі аудан тұрғындарына мынадай үндеу таратты.", "Примерск ТЖД баспасөз қызметі"),
        ("Примерск облысының ТЖД бұл ақпараттың жалған екенін ресми түрде мәлімдеді.", "Примерск облысының ТЖД"),
        ("Примерск әкімдігі баспасөз қызметінің өкілдері бұл ақпараттың жалған екенін мәлім етті.",
         "Примерск әкімдігі баспасөз қызметінің өкілдері"),  # the press service's representatives
        # a long name, two nouns joined by «мен» in it
        ("Тауарлар мен қызметтердің сапасы мен қауіпсіздігін бақылау комитеті бұл ақпаратты жоққа шығарды.",
         "Тауарлар мен қызметтердің сапасы мен қауіпсіздігін бақылау комитеті"),
        # Telegram channels where the rumour spread are not where the body said it
        ("Примерск облысының полиция департаменті қалада Telegram-арналарда тараған ақпаратты жоққа шығарды.",
         "Примерск облысының полиция департаменті"),
        ("Түркістан облыстық ІІД баспасөз қызметі оқиғаға қатысты түсініктеме берді.",
         "Түркістан облыстық ІІД баспасөз қызметі"),
        ("Маңғыстау облыстық полиция департаменті ақпараттың жалған екенін айтты.",
         "Маңғыстау облыстық полиция департаменті"),
        # "it is said in X's message", "in the information X provided"
        ("Жол жабылды, делінген Қостанай полициясының хабарламасында.", "Қостанай полициясының"),
        ("Екі адам ұсталды, делінген облыстық Прокуратура ұсынған ақпаратта.", "облыстық Прокуратура"),
        ("Жол жабылды, делінген ПТЖД таратқан хабарламада.", "ПТЖД"),  # no possessive ending after a participle
        # no type word: a well-known outlet or a site's domain right before the verb
        ("Бұл туралы Kazinform хабарлады.", "Kazinform"),
        ("Бұл туралы Primer.kz хабарлайды.", "Primer.kz"),
        ("Kazinform хабарлағандай, көпір жабылды.", "Kazinform"),
        ("Бұл туралы ҚР ДСМ хабарлады.", "ҚР ДСМ"),  # a body's initials
        # a compound name's head with no possessive ending
        ("Бұл туралы Бас прокуратура хабарлады.", "Бас прокуратура"),
        ("Ақпаратты Ұлттық банк растады.", "Ұлттық банк"),
        # a quoted company and its form before its press service
        ("«Примерлік темір жолы» АҚ баспасөз қызметінің хабарлауынша, пойыз кешікті.",
         "«Примерлік темір жолы» АҚ баспасөз қызметінің"),
    ],
)
def test_kazakh_source_before_its_verb(text: str, name: str) -> None:
    assert outlets(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Президент бірнеше министрге сөгіс жариялады.",  # a person announces, no type noun: not a source
        "Бұл жөнінде Асқар Оспанов брифингте мәлімдеді.",  # a person speaking
        "Жол жабылды, деп жазды Ерлан Сабыров Instagram парақшасында.",  # a person wrote it, on another network
        "Жол жабылды, деп жазды Жеңіс Тоқтарбек.",  # a Kazakh surname ending in -бек
        "Бұл туралы Асқар Примеров хабарлады.",  # a bare name with no type word: a person as often as not
        "Жол жабылды, деп хабарлады Примерия президенті.",  # a country's office: its holder spoke
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
        # its official Telegram page: «ресми Telegram парақшасында»
        ("Бұл жайлы Қаржы министрлігі ресми Telegram парақшасында мәлім етті.", "Қаржы министрлігі"),
        # a press service; a date or "yesterday" between it and its channel; never the sentence before
        ("Маршрут жабылған. ТЖД баспасөз қызметі 23 қазан күні Telegram-арнасында бұны хабарлады.",
         "ТЖД баспасөз қызметі"),
        ("Жол жабылды. Алматы әкімдігі кеше Telegram-арнасында жазды.", "Алматы әкімдігі"),
        # its own channel: «өзінің» or its short form «өз» after the body
        ("Бұл туралы Қаржы министрлігі өзінің Telegram-арнасында хабарлады.", "Қаржы министрлігі"),
        ("Бұл туралы Алматы облысының әкімдігі өз ресми Telegram-арнасында хабарлады.", "Алматы облысының әкімдігі"),
    ],
)
def test_whose_telegram_channel_kazakh(text: str, name: str) -> None:
    citations = extract_citations(article_from_text(text))
    assert [(c.kind, c.name) for c in citations] == [("telegram", name)]


def test_our_telegram_channel_is_a_promo_line() -> None:
    assert extract_citations(article_from_text("Жаңалықтарды біздің Telegram-арнамызда оқыңыз.")) == []


def test_says_alone_before_a_person_names_no_outlet() -> None:
    assert outlets("Жол ашылды, дейді Асқар Жұмағалиев.") == []


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
        # more verbs after "деп"
        ("Жол ашылды, деп толықтырды Жамбыл облысы әкімдігінің баспасөз қызметі.",
         "Жамбыл облысы әкімдігінің баспасөз қызметі"),
        ("Төлем жасалады, деп жауап берді Қаржы министрлігінің баспасөз қызметі.",
         "Қаржы министрлігінің баспасөз қызметі"),
        # "says" alone, a site's address after it
        ("Жол ашылды, дейді primer.kz.", "primer.kz"),
    ],
)
def test_kazakh_source_names_as_a_whole(text: str, name: str) -> None:
    assert outlets(text)[:1] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the reporter, then the agency it refers to: two sources, not one name
        ("Келіссөз аяқталды, деп хабарлайды Qazinfo ТАСС ақпарат агенттігіне сілтеме жасап.", ["Qazinfo", "ТАСС"]),
        ("Alaıda bul málimet jalǵan, - dep habarlaıdy Qazinfo.kz 31.kz-ke silteme jasap.", ["Qazinfo.kz", "31.kz"]),
        # the reporter before the verb, the source it refers to between them
        ("Бұл туралы Primer.kz CTS-ке сілтеме жасап хабарлайды.", ["CTS", "Primer.kz"]),
        ('Бұл туралы "Примерші" порталы жергілікті басылымдарға сілтеме жасай отырып хабарлайды.', ["Примерші"]),
        # the reporter after «сілтеме жасаған» (the participle), closing the clause
        ("Мектеп ашылды, деп хабарлайды Примерск әкімдігінің баспасөз қызметіне сілтеме жасаған primer.kz "
         "ақпараттық агенттігі.", ["Примерск әкімдігінің баспасөз қызметіне", "primer.kz ақпараттық агенттігі"]),
        # a name of two words, or quoted, before its type word; "referring to" as «сілтей отырып»
        ("Жарылыс болды, деп хабарлайды Primer.kz агенттігі Primer Welle агенттігіне сілтеме жасап.",
         ["Primer.kz", "Primer Welle"]),
        ("Көпір жабылды, деп хабарлайды Primer.kz тілшісі “Примерия дауысы” радиосына сілтей отырып.",
         ["Primer.kz", "Примерия дауысы"]),
        # a dateline: the city, then the agency
        ("Шымкент, QAZ.KZ. Мұнай бағасы төмендеді.", ["QAZ.KZ"]),
    ],
)
def test_kazakh_reporter_and_whom_it_refers_to(text: str, names: list[str]) -> None:
    assert sorted(n for n in outlets(text) if n) == sorted(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a connective before the body that opens the sentence; "as the press service stated"
        ("Сондай-ақ, Денсаулық сақтау министрлігі жаңа ережелер туралы хабарлады.", "Денсаулық сақтау министрлігі"),
        ("Алматы қаласы әкімдігінің баспасөз қызметі мәлім еткендей, жол жабылды.",
         "Алматы қаласы әкімдігінің баспасөз қызметі"),
        # the same in the Latin alphabet: found through the Cyrillic spelling, reported as written
        ("Sondaı-aq, Densaýlyq saqtaý mınıstrligi jańa erejeler týraly habarlady.", "Densaýlyq saqtaý mınıstrligi"),
        ("Almaty qalasy ákimdiginiń baspasóz qyzmeti málim etkendeı, jol jabyldy.",
         "Almaty qalasy ákimdiginiń baspasóz qyzmeti"),
        ("Jıyn ótti, dep habarlaıdy Kazinform.kz.", "Kazinform.kz"),
        # the 2021 alphabet (ä ǧ ı=і i=и ŋ ö ū ü ş)
        ("Būl turaly Qarjy ministrlıgı mälımdedı.", "Qarjy ministrlıgı"),
        # "as X stated": a body's participle
        ("ҚР Оқу-ағарту министрлігі мәлімдегендей, оқу жылы аяқталды.", "ҚР Оқу-ағарту министрлігі"),
        ("Примерnews.kz порталы жазғандай, жол жабылды.", "Примерnews.kz"),
        ("Бұл туралы primer.kz сайты хабарлап отыр.", "primer.kz"),  # "is reporting"
    ],
)
def test_kazakh_bodies_in_either_alphabet(text: str, name: str) -> None:
    found = [c for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]
    assert [c.name for c in found] == [name]
    assert all(text[c.start : c.end] == c.text and c.context in text for c in found)


def _maps_back(shadow: Shadow | None, text: str) -> Shadow:
    """The shadow, after checking that every offset of it maps to the original and back."""
    assert shadow is not None and shadow.to_original(len(shadow.text)) == len(text)
    assert all(shadow.from_original(shadow.to_original(i)) == i for i in range(len(shadow.text) + 1))
    return shadow


def test_the_cyrillic_shadow_maps_every_offset_back_and_leaves_other_lines_alone() -> None:
    from archiver.citations.latin_kazakh import cyrillic_shadow

    text = ("Reuters quoted José Álvarez.\nBul týraly qalalyq ákimdik habarlaıdy: https://www.gov.kz/news Egemen.kz\n"
            "Сергей Ивановтың Telegram-арнасы\nKazinform basylymynyń habarlaýynsha, qorghanys ministrligi")
    shadow = _maps_back(cyrillic_shadow(text), text)
    first, second, third, fourth = shadow.text.split("\n")
    assert first == "Reuters quoted José Álvarez." and third == "Сергей Ивановтың Telegram-арнасы"
    assert second == "Бұл туралы қалалық әкімдік хабарлайды: https://www.gov.kz/news Egemen.kz"
    assert fourth == "Казінформ басылымының хабарлауынша, қорғаныс міністрлігі"  # digraphs: one letter each
    at = shadow.text.index("хабарлауынша")
    assert text[shadow.to_original(at) : shadow.to_original(at + len("хабарлауынша"))] == "habarlaýynsha"
    assert shadow.from_original(text.index("habarlaýynsha")) == at
    assert cyrillic_shadow("Reuters quoted José.") is None
    assert cyrillic_shadow("José María Aznar López told El País in Gdańsk.") is None  # letters, no Kazakh word
    # a line with none of the particles, but a common verb: «болды» (was)
    assert cyrillic_shadow("Qalalyq okrýginde shabýyl boldy.") is not None


def test_a_source_in_latin_kazakh_with_digraphs_is_found_as_written() -> None:
    text = "Jıyn ótti. SMARTNEWS.KZ basylymynyń habarlaýynsha, jıynǵa júz adam keldi."
    found = [c for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]
    assert [(c.name, c.text) for c in found] == [("SMARTNEWS.KZ", text[c.start : c.end]) for c in found]
    assert [c.name for c in found] == ["SMARTNEWS.KZ"]


def test_an_html_anchor_in_latin_kazakh_keeps_its_place() -> None:
    from archiver.citations import Article

    text = "Bul týraly shesh habarlaýynsha jazdy, tolyǵyraq: osy jerde oqyńyz."
    at = text.index("osy jerde")
    article = Article(text=text, links=(("https://example.kz/a", at, at + len("osy jerde")),))
    found = [c for c in extract_citations(article) if c.kind == "url"]
    assert [(c.url, c.text) for c in found] == [("https://example.kz/a", "osy jerde")]


def test_kazakh_press_service_of_a_long_ministry_name() -> None:
    text = "Бұл жалған, деп жауап берді Көлік және коммуникация министрлігінің баспасөз қызметі."
    assert outlets(text) == ["Көлік және коммуникация министрлігінің баспасөз қызметі"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after «деп хабарлады» the source runs to the clause's end, up to its last body word
        ("«Жарыс өтеді», деп хабарлады Павлодар облысының футбол федерациясы.",
         ["Павлодар облысының футбол федерациясы"]),
        ("«Ақпарат жалған», деп мәлімдеді Ұлттық қауіпсіздік комитеті.", ["Ұлттық қауіпсіздік комитеті"]),
        ("Қауіп деңгейі жойылады, – деп хабарлайды Төтенше жағдайлар жөніндегі қалалық жедел штаб.",
         ["Төтенше жағдайлар жөніндегі қалалық жедел штаб"]),
        ("«Су бар», деп толықтырды қала әкімдігінің баспасөз қызметі жұма күні.",
         ["қала әкімдігінің баспасөз қызметі"]),
        # a representative who speaks, or a body's word alone, is no named body
        ("«Жарыс өтеді», деп хабарлады комитеттің ресми өкілі Ержан Байтанаев.", []),
        ("«Су бар», деп хабарлады полиция.", []),
    ],
)
def test_kazakh_source_runs_to_the_clauses_end(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бұл туралы облыс прокуратурасы мәлімдеді.", ["облыс прокуратурасы"]),
        ("Бұл туралы \"Арал темір жолы\" ұлттық компаниясы мәлімдеді.", ['"Арал темір жолы" ұлттық компаниясы']),
        ("\"Қала су\" коммуналдық кәсіпорны мәліметінше, су берілмейді.", ['"Қала су" коммуналдық кәсіпорны']),
        # the type noun in the genitive: "according to the company", "the company's representatives commented"
        ("\"Арал темір жолы\" компаниясының хабарлауынша, пойыздар кешігеді.", ["Арал темір жолы"]),
        ("Осы жағдайға қатысты \"Арал темір жолы\" компаниясының өкілдері пікір білдірді.", ["Арал темір жолы"]),
        # a body opening its sentence, then "says" or a perfect "commented"
        ("Су мәселесі шешілмеді.\n\nТалас ауданының әкімдігі жағдайға қатысты былай дейді.",
         ["Талас ауданының әкімдігі"]),
        ("Бейне тарады.\n\nТараз әкімінің баспасөз қызметі өкілі жазбаға қатысты пікір білдірген.",
         ["Тараз әкімінің баспасөз қызметі"]),
    ],
)
def test_kazakh_bodies_in_lowercase_or_named_in_quotes(text: str, expected: list[str]) -> None:
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == expected


def test_kazakh_channels_listed_before_the_plural_channel_word() -> None:
    text = "Mash, Shot және \"Известия\" телеграм арналарының хабарлауынша, жарылыс болған."
    found = [c.name for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert sorted(n for n in found if n) == ["Mash", "Shot", "Известия"]


def test_a_person_in_the_nominative_wrote_in_telegram_dagy_kanalynda() -> None:
    text = "Облыс әкімі Асан Бекмұратов жиналыс өткізді. Асан Бекмұратов Telegram-дағы каналында жазды."
    found = [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert [(c.owner, c.text) for c in found] == [("Асан Бекмұратов", "Асан Бекмұратов Telegram-дағы каналында")]


def test_a_surname_named_in_full_before_wrote_in_her_official_telegram() -> None:
    text = ("Тележүргізуші Тина Канделаки Қазақстанға келмейді.\n\nЖақында Канделаки ресми Telegram-арнасында жазба "
            "жариялады")
    found = [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert [c.text for c in found] == ["Канделаки ресми Telegram-арнасында"]


def test_opening_a_telegram_channel_cites_nothing() -> None:
    text = "Оқушы Telegram-арна ашып, онда мектеп туралы жалған хабарламалар таратқан."
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == []


def test_a_press_service_referred_to_after_the_reporter() -> None:
    text = "Ескерту жарияланды, деп хабарлайды Zakon.kz \"Мысалгидромет\" РМК баспасөз қызметіне сілтеме жасап."
    assert outlets(text) == ["Zakon.kz", "\"Мысалгидромет\" РМК баспасөз қызметіне"]  # (the service, as written)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ҚР ТЖМ баспасөз қызметінің хабарлауынша, жол ашық.", ["ҚР ТЖМ баспасөз қызметінің"]),
        ("Бұл туралы ҚР ТЖМ баспасөз қызметі хабарлады.", ["ҚР ТЖМ баспасөз қызметі"]),
    ],
)
def test_a_press_service_of_a_body_named_by_acronyms(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurs.kz мәліметі бойынша, жол ашық.", ["Kurs.kz"]),
        ("\"КТК\" телеарнасының дерегіне сүйенсек, жол ашық.", ["КТК"]),
        # a pronoun or a body's common noun alone names no one
        ("Оның мәліметінше, жол ашық.", []),
        ("Министрлік дерегінше, жол ашық.", []),
        ("Компания мәліметіне сүйенсек, жол ашық.", []),
    ],
)
def test_kazakh_by_the_data_of_and_relying_on_the_data_of(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр \"Мысал 24\" телеарнасына берген сұхбатында айтты.", ["Мысал 24"]),
        ("Ол Азаттыққа берген сұхбатында айтты.", ["Азаттыққа"]),
        ("Мысалгидромет мамандары 16 облысқа дауыл ескертуін жариялады.", ["Мысалгидромет"]),
        ("Мысалгидромет мамандары жұмысқа кірісті.", []),  # the staff at work, saying nothing
    ],
)
def test_kazakh_interview_given_to_an_outlet_and_a_bodys_staff_saying_it(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


def test_the_arabic_script_shadow_spells_kazakh_by_vowel_harmony_and_maps_back() -> None:
    from archiver.citations.arabic_kazakh import arabic_shadow

    # «Қалада жаңа мектеп ашылды, деп хабарлайды …»; «өзінің» behind a hamza; «мәдениет» (и after a consonant)
    text = ("Reuters quoted him.\nقالادا جاڭا مەكتەپ اشىلدى، دەپ حابارلايدى Primer.kz\n"
            "ءوزىنىڭ تەلەگرام-ارناسىندا مادەنيەت")
    shadow = _maps_back(arabic_shadow(text), text)
    first, second, third = shadow.text.split("\n")
    assert first == "Reuters quoted him."
    assert second == "қалада жаңа мектеп ашылды, деп хабарлайды Primer.kz"
    assert third == "өзінің телеграм-арнасында мәдениет"  # the hamza dropped; a loanword spelled as written
    at = shadow.text.index("өзінің")
    assert text[shadow.to_original(at) : shadow.to_original(at + len("өзінің"))] == "ءوزىنىڭ"[1:]
    assert arabic_shadow("قال الرئيس إن الاجتماع ناجح") is None  # Arabic, no letter only Kazakh uses


def test_a_source_in_arabic_script_kazakh_is_found_as_written() -> None:
    text = "قالادا جاڭا مەكتەپ اشىلدى، دەپ حابارلايدى Primer.kz."
    found = [c for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]
    assert [c.name for c in found] == ["Primer.kz"]
    assert all(text[c.start : c.end] == c.text and c.context in text for c in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # «… ақорданың баспасөз қызметі хабарлады», «деп хабарлайды … баспа сөз қызметі»: қызмет and баспасөз keep
        # their back vowels though an ە or a hamza marks the word front
        ("بۇل تۋرالى پريموردانىڭ ءباسپاسوز قىزمەتى حابارلادى.", "پريموردانىڭ ءباسپاسوز قىزمەتى"),
        ("جول جابىلدى، دەپ حابارلايدى پريمەر قالاسى اكىمىنىڭ باسپا ءسوز قىزمەتى.",
         "پريمەر قالاسى اكىمىنىڭ باسپا ءسوز قىزمەتى"),
    ],
)
def test_a_press_service_in_arabic_script_kazakh(text: str, name: str) -> None:
    assert outlets(text) == [name]


def test_a_newspaper_referred_to_in_arabic_script_kazakh() -> None:
    # «… деп хабарлайды Primer.kz "Примерия" газетіне сілтеме жасап»: «گازەت» is газет, a loanword, not гәзет
    text = 'قالادا جاڭا مەكتەپ اشىلدى، دەپ حابارلايدى Primer.kz "پريمەريا" گازەتىنە سىلتەمە جاساپ.'
    assert sorted(n for n in outlets(text) if n) == ["Primer.kz", "پريمەريا"]


def test_a_channels_editor_in_kazakh_is_no_citation_of_it() -> None:
    text = "Жуырда ProTenge телеграм-арнасының бас редакторы Жәмила Маричева сотқа шақырылды."
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Бұл туралы Ақорданың баспасөз қызметіне сілтеме жасап Мысал.kz хабарлады.", "Ақорданың баспасөз қызметіне"),
        ("Бұл туралы мысал.kz Ұлттық банктің баспасөз қызметіне сілтеме жасап хабарлайды.",
         "Ұлттық банктің баспасөз қызметіне"),  # a name of two words
        ('Деп хабарлайды Мысал.kz "Мысалгидромет" РМК-ның баспасөз қызметіне сілтеме жасап.',
         '"Мысалгидромет" РМК-ның баспасөз қызметіне'),
    ],
)
def test_a_press_service_referred_to_after_a_genitive_is_named_with_it(text: str, name: str) -> None:
    # "Akorda's" alone is no name: the press service it owns is the source
    assert name in [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


def test_he_wrote_on_telegram_after_a_quotation_is_the_person_named_before_it() -> None:
    # «Telegram-да» (on Telegram); the name inside the quotation is what was said, not who said it
    text = ("Қала әкімі Иван Мысалов жарылыс болғанын айтты.\n\n\"Мысал ауданының орталығында жарылыс болды\", - деп "
            "жазды ол Telegram-да.")
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == ["Иван Мысалов"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # «ол … каналында» after a quotation holding a place's name: the person named before the quotation
        ("Дума спикері Иван Мысалов мәлімдеді. «Қазір ол Мысалдада», – деп жазды ол Telegram-каналында.",
         "Иван Мысалов"),
        # who wrote after «деп жазды», before where: a name, or an office whose holder is named before
        ("«Қазір ол Мысалдада», – деп жазды Иван Мысалов Telegram-каналында.", "Иван Мысалов"),
        ("Дума спикері Иван Мысалов мәлімдеді. «Қазір ол Мысалдада», – деп жазды саясаткер Telegram-каналында.",
         "Иван Мысалов"),
        # the subject, not a name in the genitive in what it said
        ("Дума спикері Иван Мысалов кеше Мысалия президенті Петр Примеровтың кеткенін хабарлады. «Қазір ол "
         "Мысалдада», – деп жазды саясаткер Telegram-каналында.", "Иван Мысалов"),
        # «өз»: one's own, never the office
        ("«Қазір ол Мысалдада», – деп жазды өз телеграм арнасында Мысалов.", "Мысалов"),
    ],
)
def test_who_wrote_after_deb_zhazdy_before_the_channel(text: str, owner: str) -> None:
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == [owner]


def test_a_sites_report_referring_to_a_bodys_press_service_by_its_acronym() -> None:
    text = "Бұл туралы деп хабарлайды MYSAL.KZ ТЖМ баспасөз қызметіне сілтеме жасап."
    names = [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]
    assert "ТЖМ баспасөз қызметіне" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Мысал министрлігінің ақпаратына сәйкес, көпір жабылды.", "Мысал министрлігінің"),
        ("Мысалгидромет хабарлағандай, көпір жабылды.", "Мысалгидромет"),
    ],
)
def test_kazakh_according_to_forms(text: str, name: str) -> None:
    assert any(name in (c.name or "") for c in extract_citations(article_from_text(text)) if c.kind == "outlet")


def test_as_a_person_reported_is_no_outlet_in_kazakh() -> None:
    assert extract_citations(article_from_text("Сергей Мысалов хабарлағандай, көпір жабылды.")) == []


def test_a_company_by_its_common_noun_is_the_company_named_before() -> None:
    text = ("Бүгін Мысал Эйр әуе компаниясы ұшуларды қайта бастайтынын жариялады.\n"
            "Компанияның Telegram-каналында жарияланған мәліметке сәйкес, рейстер қалпына келеді.")
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == ["Мысал Эйр"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «Министрлік дерегінше», «Ведомствоның мәліметінше»: the body named before, its head noun the same
        ("Примерия қорғаныс министрлігі жаттығу басталғанын айтты.\nМинистрліктің мәліметінше, оған мың адам қатысады.",
         ["Примерия қорғаныс министрлігі", "Примерия қорғаныс министрлігі"]),
        ("Бұл туралы Примерск полиция департаменті хабарлады. Ведомствоның мәліметінше, екі адам ұсталды.",
         ["Примерск полиция департаменті", "Примерск полиция департаменті"]),
        ("Мекеме мәліметінше, шекарада атыс болды.", []),  # named after it, if at all
        # «министрліктің баспасөз қызметі»: the ministry's press service, the ministry named before
        ("Примерия денсаулық сақтау министрлігі жаңа деректі жария етті. Бұл туралы министрліктің баспасөз қызметі "
         "хабарлады.", ["Примерия денсаулық сақтау министрлігі"]),
    ],
)
def test_a_body_by_its_common_noun_before_according_to_is_the_body_named_before(text: str,
                                                                                   expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «деді … баспасөз қызметінен», «деп нақтылайды ведомстводан»: said from a body, as «сообщили в ведомстве»
        ("«Өрт сөндірілді», - деді Примерск ІІД баспасөз қызметінен.", ["Примерск ІІД баспасөз қызметінен"]),
        ("АСТАНА. KAZINFORM – Примерия ішкі істер министрлігі хабарландыру таратты. «Бұл жалған», - деп нақтылайды "
         "ведомстводан.", ["KAZINFORM", "Примерия ішкі істер министрлігі"]),
    ],
)
def test_kazakh_said_from_a_body_in_the_ablative(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


def test_a_role_alone_before_the_channel_is_whoever_the_text_named_with_it() -> None:
    text = ("Ресейлік блогер Иван Мысалов кешірім сұрады, деп хабарлайды Stan.kz.\n"
            "Блогер Telegram-арнасында жариялаған үндеуінде өз қателігін мойындады.")
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == ["Иван Мысалов"]


def test_a_full_name_then_a_place_in_kazakh_is_the_persons_full_name() -> None:
    from archiver.citations.people import full_names

    # «Сергей Примеров Мысалск қаласында …»: the subject named in full, then the place it speaks of
    found = full_names("Қала мэрі Сергей Примеров Мысалск қаласында болғанын айтты.")
    assert found.get("примеров") == "Сергей Примеров"


def test_he_wrote_in_latin_kazakh_is_the_person_named_in_full_lines_before() -> None:
    # «… -dep jazdy ol Telegram arnasynda»: "he", named by surname just before, in full in the first line
    text = ("Máskeý meri Sergeı Primerov Bogorodsk qalalyq okrýginde jarylys bolǵanyn aıtty, dep habarlaıdy Primer.kz."
            "\n" + "Qala ortalyǵynda túnde úı órtendi, ony sóndirýge otyz qutqarýshy jumyldyryldy, dep habarlaıdy "
            "Primer.kz. " * 3 + "\nBogorodsk qalalyq okrýginde drondar shabýyly boldy. Máskeý meri Primerov:\n"
            '"Qulaý saldarynan qıraý men zardap shekkender joq",-dep jazdy ol Telegram arnasynda.')
    assert [c.owner for c in extract_citations(article_from_text(text)) if c.kind == "telegram"] == ["Sergeı Primerov"]
